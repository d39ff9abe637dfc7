// Cases for audience-not-cleared: audiences barred from the effective label.
import { f, r, type RuleCase } from '../runner';

export const cases: RuleCase[] = [
  {
    name: 'PROTECT message to a journalist',
    kind: 'fires',
    given: {
      label: 'PROTECT',
      recipients: [r('news@bbc.co.uk', 'media'), r('b@examplecouncil.gov.uk', 'internal')],
    },
    expect: ['audience-not-cleared.recipients'],
    params: [{ label: 'PROTECT', audience: 'media', recipients: ['news@bbc.co.uk'] }],
    fixes: [{ kind: 'remove-recipient', address: 'news@bbc.co.uk' }],
  },
  {
    name: 'health data (RESTRICTED by findings) to a gmail address and the press',
    kind: 'fires',
    given: {
      findings: [f('SPECIAL_CATEGORY_HEALTH')],
      recipients: [r('x@gmail.com', 'personal-webmail'), r('y@itv.com', 'media')],
    },
    expect: ['audience-not-cleared.recipients', 'audience-not-cleared.recipients'],
    params: [
      { label: 'RESTRICTED', audience: 'personal-webmail' },
      { label: 'RESTRICTED', audience: 'media' },
    ],
    fixes: [
      { kind: 'remove-recipient', address: 'x@gmail.com' },
      { kind: 'remove-recipient', address: 'y@itv.com' },
    ],
  },
  {
    name: 'PROTECT message to personal webmail is allowed by this rule',
    kind: 'passes',
    given: { label: 'PROTECT', recipients: [r('x@gmail.com', 'personal-webmail')] },
    expect: [],
  },
  {
    name: 'unmarked message with no findings to the press',
    kind: 'passes',
    given: { recipients: [r('news@bbc.co.uk', 'media')] },
    expect: [],
  },
  {
    name: 'RESTRICTED to a secure partner',
    kind: 'passes',
    given: { label: 'RESTRICTED', recipients: [r('a@nhs.net', 'secure-partner')] },
    expect: [],
  },
  {
    name: 'a policy that bars partners from PROTECT',
    kind: 'edge',
    given: { label: 'RESTRICTED', recipients: [r('t@school.sch.uk', 'partner')] },
    options: { barred: { PROTECT: ['partner'] } },
    expect: ['audience-not-cleared.recipients'],
    params: [{ audience: 'partner', label: 'RESTRICTED' }],
  },
  {
    name: 'a recipient in Bcc counts too',
    kind: 'edge',
    given: { label: 'PROTECT', recipients: [r('desk@reachplc.com', 'media', 'bcc')] },
    expect: ['audience-not-cleared.recipients'],
  },
];
