// Cases for encryption-required: labelled mail outside secure transport must carry the encryption token.
import { f, r, type RuleCase } from '../runner';

export const cases: RuleCase[] = [
  {
    name: 'PROTECT to a partner school, not encrypted',
    kind: 'fires',
    given: {
      label: 'PROTECT',
      recipients: [r('head@oak.sch.uk', 'partner'), r('b@examplecouncil.gov.uk', 'internal')],
    },
    expect: ['encryption-required.recipients'],
    params: [{ label: 'PROTECT', recipients: ['head@oak.sch.uk'], token: '[ENCRYPT]' }],
    fixes: [{ kind: 'encrypt', token: '[ENCRYPT]' }],
  },
  {
    name: 'unmarked but findings require PROTECT, sent to an external firm',
    kind: 'fires',
    given: { findings: [f('UK_NINO')], recipients: [r('hr@acme.co.uk', 'external')] },
    expect: ['encryption-required.recipients'],
  },
  {
    name: 'PROTECT to a secure partner only',
    kind: 'passes',
    given: {
      label: 'PROTECT',
      recipients: [r('a@nhs.net', 'secure-partner'), r('b@examplecouncil.gov.uk', 'internal')],
    },
    expect: [],
  },
  {
    name: 'PROTECT and encrypted',
    kind: 'passes',
    given: { label: 'PROTECT', encrypted: true, recipients: [r('hr@acme.co.uk', 'external')] },
    expect: [],
  },
  {
    name: 'unmarked with no findings to an external firm',
    kind: 'passes',
    given: { recipients: [r('hr@acme.co.uk', 'external')] },
    expect: [],
  },
  {
    name: 'policy raises the minimum to RESTRICTED: PROTECT no longer needs encryption',
    kind: 'edge',
    given: { label: 'PROTECT', recipients: [r('hr@acme.co.uk', 'external')] },
    options: { minimumLabel: 'RESTRICTED' },
    expect: [],
  },
  {
    name: 'policy treats partners as secure',
    kind: 'edge',
    given: { label: 'RESTRICTED', recipients: [r('head@oak.sch.uk', 'partner')] },
    options: { secureAudiences: ['internal', 'secure-partner', 'partner'] },
    expect: [],
  },
];
