// Cases for external-recipients: recipients in the external or personal-webmail audiences.
import { r, type RuleCase } from '../runner';

export const cases: RuleCase[] = [
  {
    name: 'an external firm',
    kind: 'fires',
    given: {
      recipients: [
        r('a@examplecouncil.gov.uk', 'internal'),
        r('sales@acme.co.uk', 'external', 'cc'),
      ],
    },
    expect: ['external-recipients.recipients'],
    params: [{ recipients: ['sales@acme.co.uk'], count: 1 }],
  },
  {
    name: 'a personal webmail account',
    kind: 'fires',
    given: { recipients: [r('me@gmail.com', 'personal-webmail', 'bcc')] },
    expect: ['external-recipients.recipients'],
  },
  {
    name: 'internal and partners only',
    kind: 'passes',
    given: {
      recipients: [
        r('a@examplecouncil.gov.uk', 'internal'),
        r('b@nhs.net', 'secure-partner'),
        r('c@leeds.ac.uk', 'partner'),
      ],
    },
    expect: [],
  },
  {
    name: 'media is left to media-recipients',
    kind: 'edge',
    given: { recipients: [r('news@bbc.co.uk', 'media')] },
    expect: [],
  },
  {
    name: 'policy also warns for partners',
    kind: 'edge',
    given: { recipients: [r('c@leeds.ac.uk', 'partner')] },
    options: { audiences: ['external', 'personal-webmail', 'partner'] },
    expect: ['external-recipients.recipients'],
  },
];
