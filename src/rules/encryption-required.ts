// encryption-required: a labelled message goes outside secure transport without being encrypted.
import * as z from '../zod';
import { addresses, audienceEvidence, audienceList, outsideAudiences } from './helpers';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'encryption-required',
    level: 'block',
    description:
      'The effective label is PROTECT or higher, a recipient is outside internal and secure-partner, and the message is not encrypted.',
    clause:
      '000_194040a0e7f240eb.txt 8.1; 000_194040a0e7f240eb.txt 8.4; 001_08ffeed0c138ba92.txt 3.3',
    options: z.strictObject({
      /** Lowest label that needs encryption; absent means the first label above the baseline. */
      minimumLabel: z.optional(
        z
          .string()
          .check(
            z.regex(/^[A-Z][A-Z0-9-]*$/, 'a label id is upper-case letters, digits and hyphens'),
          ),
      ),
      /** Audiences reached over enforced secure transport. */
      secureAudiences: audienceList(['internal', 'secure-partner']),
    }),
    messages: ['encryption-required.recipients'],
    overridable: false,
    usesContent: true,
  },
  check(ctx) {
    if (ctx.encrypted) return [];
    const label = ctx.effectiveLabel;
    const minimumRank =
      ctx.options.minimumLabel === undefined ? 1 : ctx.rank(ctx.options.minimumLabel);
    if (label === null || minimumRank < 1 || ctx.rank(label) < minimumRank) return [];
    const insecure = outsideAudiences(ctx.recipients, ctx.options.secureAudiences);
    if (insecure.length === 0) return [];
    const token = ctx.policy.encryption.subjectTokens[0] ?? '[ENCRYPT]';
    return [
      {
        messageId: 'encryption-required.recipients',
        params: { label, recipients: addresses(insecure), count: insecure.length, token },
        fixes: [{ kind: 'encrypt', token }],
        evidence: {
          recipients: audienceEvidence(insecure),
          labels: { applied: ctx.label, required: ctx.requiredLabel, effective: label },
        },
      },
    ];
  },
});
