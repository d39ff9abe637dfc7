// Cases for reply-all: replying to all with three or more recipients.
import { r, type RuleCase } from '../runner';

const internal3 = [
  r('a@examplecouncil.gov.uk', 'internal'),
  r('b@examplecouncil.gov.uk', 'internal', 'cc'),
  r('c@examplecouncil.gov.uk', 'internal', 'cc'),
];

export const cases: RuleCase[] = [
  {
    name: 'reply-all to three colleagues',
    kind: 'fires',
    given: { composeType: 'replyAll', recipients: internal3 },
    expect: ['reply-all.internal'],
    params: [{ count: 3 }],
  },
  {
    name: 'reply-all that includes outsiders names them',
    kind: 'fires',
    given: {
      composeType: 'replyAll',
      recipients: [
        ...internal3,
        r('x@acme.co.uk', 'external', 'cc'),
        r('y@nhs.net', 'secure-partner', 'bcc'),
      ],
    },
    expect: ['reply-all.external'],
    params: [{ count: 5, externalCount: 2, external: ['x@acme.co.uk', 'y@nhs.net'] }],
  },
  {
    name: 'a plain reply to many',
    kind: 'passes',
    given: { composeType: 'reply', recipients: internal3 },
    expect: [],
  },
  {
    name: 'reply-all to two',
    kind: 'edge',
    given: { composeType: 'replyAll', recipients: internal3.slice(0, 2) },
    expect: [],
  },
  {
    name: 'policy raises the threshold to 10',
    kind: 'edge',
    given: { composeType: 'replyAll', recipients: internal3 },
    options: { minRecipients: 10 },
    expect: [],
  },
];
