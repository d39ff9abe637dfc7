// Cases for confidential-thread: replies and forwards of Confidential mail stay with the original participants.
import { r, type RuleCase } from '../runner';

const original = {
  confidential: true,
  participants: [
    'clerk@examplecouncil.gov.uk',
    'cllr.jones@examplecouncil.gov.uk',
    'cllr.smith@examplecouncil.gov.uk',
  ],
};

export const cases: RuleCase[] = [
  {
    name: 'reply that adds an outsider',
    kind: 'fires',
    given: {
      composeType: 'reply',
      original,
      recipients: [
        r('clerk@examplecouncil.gov.uk', 'internal'),
        r('friend@gmail.com', 'personal-webmail', 'cc'),
      ],
    },
    expect: ['confidential-thread.added'],
    params: [{ recipients: ['friend@gmail.com'], count: 1 }],
    fixes: [{ kind: 'remove-recipient', address: 'friend@gmail.com' }],
  },
  {
    name: 'forward to a colleague who was not on the thread',
    kind: 'fires',
    given: {
      composeType: 'forward',
      original,
      recipients: [r('planning@examplecouncil.gov.uk', 'internal')],
    },
    expect: ['confidential-thread.added'],
  },
  {
    name: 'reply-all to the same participants',
    kind: 'passes',
    given: {
      composeType: 'replyAll',
      original,
      recipients: [
        r('clerk@examplecouncil.gov.uk', 'internal'),
        r('cllr.smith@examplecouncil.gov.uk', 'internal', 'cc'),
      ],
    },
    expect: [],
  },
  {
    name: 'thread not marked Confidential',
    kind: 'passes',
    given: {
      composeType: 'forward',
      original: { ...original, confidential: false },
      recipients: [r('x@acme.co.uk', 'external')],
    },
    expect: [],
  },
  {
    name: 'a new message ignores a stale original',
    kind: 'edge',
    given: { composeType: 'new', original, recipients: [r('x@acme.co.uk', 'external')] },
    expect: [],
  },
  {
    name: 'dropping participants is fine',
    kind: 'edge',
    given: {
      composeType: 'reply',
      original,
      recipients: [r('cllr.jones@examplecouncil.gov.uk', 'internal')],
    },
    expect: [],
  },
];
