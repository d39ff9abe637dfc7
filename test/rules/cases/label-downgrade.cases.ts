// Cases for label-downgrade: a reply or forward must not carry a lower label than the original.
import type { RuleCase } from '../runner';

export const cases: RuleCase[] = [
  {
    name: 'reply to RESTRICTED marked PROTECT',
    kind: 'fires',
    given: { composeType: 'reply', label: 'PROTECT', original: { label: 'RESTRICTED' } },
    expect: ['label-downgrade.lower'],
    params: [{ original: 'RESTRICTED', current: 'PROTECT' }],
    fixes: [{ kind: 'apply-label', label: 'RESTRICTED' }],
  },
  {
    name: 'forward of PROTECT with the marking removed',
    kind: 'fires',
    given: { composeType: 'forward', label: null, original: { label: 'PROTECT' } },
    expect: ['label-downgrade.lower'],
    params: [{ original: 'PROTECT', current: 'UNMARKED' }],
  },
  {
    name: 'reply keeps the label',
    kind: 'passes',
    given: { composeType: 'reply', label: 'PROTECT', original: { label: 'PROTECT' } },
    expect: [],
  },
  {
    name: 'reply raises the label',
    kind: 'passes',
    given: { composeType: 'replyAll', label: 'RESTRICTED', original: { label: 'PROTECT' } },
    expect: [],
  },
  {
    name: 'original was unmarked',
    kind: 'edge',
    given: { composeType: 'reply', label: null, original: { label: null } },
    expect: [],
  },
  {
    name: 'a new message is never a downgrade',
    kind: 'edge',
    given: { composeType: 'new', label: null, original: { label: 'RESTRICTED' } },
    expect: [],
  },
];
