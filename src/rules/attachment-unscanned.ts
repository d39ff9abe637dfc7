// attachment-unscanned: an attachment could not be checked and the message leaves the council.
import * as z from '../zod';
import type { UnscannedReason } from '../message/types';
import { addresses, audienceEvidence, audienceList, outsideAudiences } from './helpers';
import { defineRule } from './types';

const REASONS: readonly UnscannedReason[] = [
  'no-content',
  'encrypted',
  'unsupported-type',
  'too-large',
  'too-deep',
  'corrupt',
];

export default defineRule({
  meta: {
    id: 'attachment-unscanned',
    level: 'warn',
    description:
      'An attachment could not be read and checked, and a recipient is outside internal.',
    clause: '000_194040a0e7f240eb.txt 8.1; 000_194040a0e7f240eb.txt 8.2',
    options: z.strictObject({
      internalAudiences: audienceList(['internal']),
    }),
    messages: REASONS.map((r) => `attachment-unscanned.${r}`),
    overridable: false,
    usesContent: true,
  },
  check(ctx) {
    if (ctx.content.unscanned.length === 0) return [];
    const outside = outsideAudiences(ctx.recipients, ctx.options.internalAudiences);
    if (outside.length === 0) return [];
    const hits = [];
    for (const reason of REASONS) {
      const names = ctx.content.unscanned.filter((u) => u.reason === reason).map((u) => u.name);
      if (names.length === 0) continue;
      hits.push({
        messageId: `attachment-unscanned.${reason}`,
        params: { attachments: names, count: names.length, recipients: addresses(outside) },
        evidence: {
          locations: names.map((n) => `attachment:${n}`),
          recipients: audienceEvidence(outside),
        },
      });
    }
    return hits;
  },
});
