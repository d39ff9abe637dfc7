// label-downgrade: a reply or forward carries a lower label than the message it answers.
import * as z from '../zod';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'label-downgrade',
    level: 'block',
    description:
      "A reply or forward's applied label is lower than the label of the message it answers.",
    clause: '000_194040a0e7f240eb.txt 8.5',
    options: z.strictObject({}),
    messages: ['label-downgrade.lower'],
    overridable: true,
    usesContent: false,
  },
  check(ctx) {
    const original = ctx.original;
    if (ctx.composeType === 'new' || original === null || original.label === null) return [];
    if (ctx.rank(ctx.label) >= ctx.rank(original.label)) return [];
    const current = ctx.label ?? ctx.policy.labels.scheme[0]?.id ?? '';
    return [
      {
        messageId: 'label-downgrade.lower',
        params: { original: original.label, current },
        fixes: [{ kind: 'apply-label', label: original.label }],
        evidence: {
          labels: {
            applied: ctx.label,
            required: ctx.requiredLabel,
            effective: ctx.effectiveLabel,
            original: original.label,
          },
        },
      },
    ];
  },
});
