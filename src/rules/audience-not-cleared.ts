// audience-not-cleared: a recipient's audience may never receive the message's effective label.
import * as z from '../zod';
import { addresses, audienceEvidence } from './helpers';
import { defineRule } from './types';

const AudienceId = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]*$/, 'an audience id is lower-case letters, digits and hyphens'));

export default defineRule({
  meta: {
    id: 'audience-not-cleared',
    level: 'block',
    description:
      "A recipient's audience may never receive the message's effective label (by default PROTECT: media; RESTRICTED: media and personal webmail).",
    clause:
      '001_08ffeed0c138ba92.txt 3.3; 000_194040a0e7f240eb.txt 4.2; 003_c86f3bbf0626c1ee.txt 4.2.2',
    options: z.strictObject({
      /** Audiences barred from each label; a label also bars every audience barred from the labels below it. */
      barred: z._default(
        z.record(
          z
            .string()
            .check(
              z.regex(/^[A-Z][A-Z0-9-]*$/, 'a label id is upper-case letters, digits and hyphens'),
            ),
          z.array(AudienceId),
        ),
        { PROTECT: ['media'], RESTRICTED: ['media', 'personal-webmail'] },
      ),
    }),
    messages: ['audience-not-cleared.recipients'],
    overridable: false,
    usesContent: true,
  },
  check(ctx) {
    const label = ctx.effectiveLabel;
    const rank = ctx.rank(label);
    if (label === null || rank <= 0) return [];
    const barred = new Set<string>();
    for (const [barredLabel, audiences] of Object.entries(ctx.options.barred)) {
      const r = ctx.rank(barredLabel);
      if (r >= 0 && r <= rank) for (const a of audiences) barred.add(a);
    }
    const byAudience = new Map<string, typeof ctx.recipients>();
    for (const r of ctx.recipients) {
      if (!barred.has(r.audience)) continue;
      byAudience.set(r.audience, [...(byAudience.get(r.audience) ?? []), r]);
    }
    return [...byAudience.entries()].map(([audience, recipients]) => ({
      messageId: 'audience-not-cleared.recipients',
      params: { label, audience, recipients: addresses(recipients), count: recipients.length },
      fixes: recipients.map((r) => ({ kind: 'remove-recipient' as const, address: r.address })),
      evidence: {
        recipients: audienceEvidence(recipients),
        types: ctx.findings.map((f) => f.type),
        labels: { applied: ctx.label, required: ctx.requiredLabel, effective: label },
      },
    }));
  },
});
