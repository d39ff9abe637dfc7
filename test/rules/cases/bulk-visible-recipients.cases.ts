// Cases for bulk-visible-recipients: five or more outside recipients visible in To/Cc.
import { r, type RuleCase } from '../runner';

const outside = (n: number, field: 'to' | 'cc' | 'bcc' = 'to') =>
  Array.from({ length: n }, (_, i) => r(`resident${i}@example.org`, 'external', field));

export const cases: RuleCase[] = [
  {
    name: 'five residents in To',
    kind: 'fires',
    given: { recipients: outside(5) },
    expect: ['bulk-visible-recipients.visible'],
    params: [{ count: 5 }],
    fixes: [{ kind: 'move-to-bcc', addresses: outside(5).map((x) => x.address) }],
  },
  {
    name: 'three in To and three in Cc',
    kind: 'fires',
    given: { recipients: [...outside(3), ...outside(6, 'cc').slice(3)] },
    expect: ['bulk-visible-recipients.visible'],
    params: [{ count: 6 }],
  },
  {
    name: 'many residents in Bcc',
    kind: 'passes',
    given: { recipients: [r('a@examplecouncil.gov.uk', 'internal'), ...outside(20, 'bcc')] },
    expect: [],
  },
  {
    name: 'four outside plus internal colleagues',
    kind: 'edge',
    given: {
      recipients: [
        ...outside(4),
        r('a@examplecouncil.gov.uk', 'internal'),
        r('b@examplecouncil.gov.uk', 'internal'),
      ],
    },
    expect: [],
  },
  {
    name: 'partners count as outside',
    kind: 'edge',
    given: {
      recipients: [
        r('a@nhs.net', 'secure-partner'),
        r('b@nhs.net', 'secure-partner'),
        r('c@x.sch.uk', 'partner'),
        ...outside(2),
      ],
    },
    expect: ['bulk-visible-recipients.visible'],
  },
];
