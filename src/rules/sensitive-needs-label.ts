// sensitive-needs-label: the findings require a higher label than the one applied.
import * as z from '../zod';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'sensitive-needs-label',
    level: 'block',
    description:
      'The sensitive data found requires a higher protective label than the one applied.',
    clause: '000_194040a0e7f240eb.txt 8.5; 000_194040a0e7f240eb.txt 8.2',
    options: z.strictObject({}),
    messages: ['sensitive-needs-label.types', 'sensitive-needs-label.bulk'],
    overridable: false,
    usesContent: true,
  },
  check(ctx) {
    const required = ctx.requiredLabel;
    if (required === null || ctx.rank(required) <= ctx.rank(ctx.label)) return [];
    const requiredRank = ctx.rank(required);
    const minimums = ctx.policy.detection.minimumLabels;
    const driving = ctx.findings.filter((f) => {
      const min = minimums[f.type];
      return min !== undefined && min !== null && ctx.rank(min) === requiredRank;
    });
    const current = ctx.label ?? ctx.policy.labels.scheme[0]?.id ?? '';
    const evidence = {
      types: ctx.findings.filter((f) => ctx.rank(minimums[f.type] ?? null) > 0).map((f) => f.type),
      locations: [...new Set(ctx.findings.flatMap((f) => f.locations))],
      labels: { applied: ctx.label, required, effective: ctx.effectiveLabel },
    };
    const fixes = [{ kind: 'apply-label' as const, label: required }];
    if (driving.length > 0) {
      return [
        {
          messageId: 'sensitive-needs-label.types',
          params: { required, current, types: driving.map((f) => f.type) },
          fixes,
          evidence,
        },
      ];
    }
    return [
      {
        messageId: 'sensitive-needs-label.bulk',
        params: { required, current, count: ctx.labelRequiringFindings },
        fixes,
        evidence,
      },
    ];
  },
});
