// Cases for sensitive-needs-label: findings that need a higher label than the one applied.
import { f, type RuleCase } from '../runner';

export const cases: RuleCase[] = [
  {
    name: 'unmarked message with an NHS number needs PROTECT',
    kind: 'fires',
    given: { findings: [f('NHS_NUMBER')] },
    expect: ['sensitive-needs-label.types'],
    params: [{ required: 'PROTECT', current: 'UNMARKED', types: ['NHS_NUMBER'] }],
    fixes: [{ kind: 'apply-label', label: 'PROTECT' }],
  },
  {
    name: 'PROTECT message with health data needs RESTRICTED',
    kind: 'fires',
    given: { label: 'PROTECT', findings: [f('NHS_NUMBER'), f('SPECIAL_CATEGORY_HEALTH')] },
    expect: ['sensitive-needs-label.types'],
    params: [{ required: 'RESTRICTED', current: 'PROTECT', types: ['SPECIAL_CATEGORY_HEALTH'] }],
    fixes: [{ kind: 'apply-label', label: 'RESTRICTED' }],
  },
  {
    name: 'ten PROTECT findings across body and attachment make bulk personal data',
    kind: 'fires',
    given: {
      label: 'PROTECT',
      findings: [f('NHS_NUMBER', 6, ['body']), f('UK_NINO', 4, ['attachment:list.csv'])],
    },
    expect: ['sensitive-needs-label.bulk'],
    params: [{ required: 'RESTRICTED', current: 'PROTECT', count: 10 }],
  },
  {
    name: 'PROTECT applied covers an NHS number',
    kind: 'passes',
    given: { label: 'PROTECT', findings: [f('NHS_NUMBER', 2)] },
    expect: [],
  },
  {
    name: 'findings that need no label (phone, postcode, email)',
    kind: 'passes',
    given: { findings: [f('UK_PHONE', 3), f('UK_POSTCODE'), f('EMAIL_ADDRESS', 5)] },
    expect: [],
  },
  {
    name: 'a higher label than required is fine',
    kind: 'passes',
    given: { label: 'RESTRICTED', findings: [f('DATE_OF_BIRTH')] },
    expect: [],
  },
  {
    name: 'nine PROTECT findings stay below the bulk threshold',
    kind: 'edge',
    given: { label: 'PROTECT', findings: [f('NHS_NUMBER', 9)] },
    expect: [],
  },
  {
    name: 'label-free findings do not count towards bulk',
    kind: 'edge',
    given: { label: 'PROTECT', findings: [f('NHS_NUMBER', 5), f('UK_PHONE', 20)] },
    expect: [],
  },
  {
    name: 'UNMARKED applied explicitly is the baseline',
    kind: 'edge',
    given: { label: 'UNMARKED', findings: [f('IBAN')] },
    expect: ['sensitive-needs-label.types'],
    params: [{ required: 'PROTECT', current: 'UNMARKED' }],
  },
];
