// Cases for media-recipients: journalists addressed without the communications team copied.
import { r, type RuleCase } from '../runner';

const team = { communicationsTeam: ['press.office@examplecouncil.gov.uk'] };

export const cases: RuleCase[] = [
  {
    name: 'a journalist without the press office',
    kind: 'fires',
    given: { policy: team, recipients: [r('news@bbc.co.uk', 'media')] },
    expect: ['media-recipients.copy-team'],
    params: [{ recipients: ['news@bbc.co.uk'], team: 'press.office@examplecouncil.gov.uk' }],
    fixes: [{ kind: 'add-recipient', address: 'press.office@examplecouncil.gov.uk' }],
  },
  {
    name: 'no communications team in the policy',
    kind: 'fires',
    given: { policy: { communicationsTeam: [] }, recipients: [r('desk@newsquest.co.uk', 'media')] },
    expect: ['media-recipients.no-team'],
    fixes: [],
  },
  {
    name: 'press office copied',
    kind: 'passes',
    given: {
      policy: team,
      recipients: [
        r('news@bbc.co.uk', 'media'),
        r('press.office@examplecouncil.gov.uk', 'internal', 'cc'),
      ],
    },
    expect: [],
  },
  {
    name: 'no media recipient',
    kind: 'passes',
    given: { policy: team, recipients: [r('x@acme.co.uk', 'external')] },
    expect: [],
  },
  {
    name: 'press office in Bcc counts as copied',
    kind: 'edge',
    given: {
      policy: team,
      recipients: [
        r('news@bbc.co.uk', 'media'),
        r('press.office@examplecouncil.gov.uk', 'internal', 'bcc'),
      ],
    },
    expect: [],
  },
];
