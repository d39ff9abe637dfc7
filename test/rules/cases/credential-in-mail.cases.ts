// Cases for credential-in-mail: a password or secret given in the message.
import { f, r, type RuleCase } from '../runner';

export const cases: RuleCase[] = [
  {
    name: 'a password in the body',
    kind: 'fires',
    given: {
      findings: [f('CREDENTIAL', 1, ['body'])],
      recipients: [r('a@examplecouncil.gov.uk', 'internal')],
    },
    expect: ['credential-in-mail.found'],
    params: [{ count: 1, locations: ['body'] }],
  },
  {
    name: 'a PIN in an attachment and the subject',
    kind: 'fires',
    given: { findings: [f('CREDENTIAL', 2, ['subject', 'attachment:access.txt'])] },
    expect: ['credential-in-mail.found'],
    params: [{ count: 2, locations: ['subject', 'attachment:access.txt'] }],
  },
  {
    name: 'other findings only',
    kind: 'passes',
    given: { findings: [f('NHS_NUMBER'), f('UK_PHONE')] },
    expect: [],
  },
  {
    name: 'no findings at all',
    kind: 'edge',
    given: {},
    expect: [],
  },
];
