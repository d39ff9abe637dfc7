// bulk-visible-recipients: many recipients outside the council can see each other's addresses.
import * as z from '../zod';
import { addresses, audienceEvidence, audienceList, outsideAudiences } from './helpers';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'bulk-visible-recipients',
    level: 'warn',
    description: '5 or more recipients outside internal are in To or Cc rather than Bcc.',
    clause: '001_08ffeed0c138ba92.txt 2.2; 003_c86f3bbf0626c1ee.txt 4.2.4',
    options: z.strictObject({
      threshold: z._default(z.int().check(z.minimum(1)), 5),
      internalAudiences: audienceList(['internal']),
    }),
    messages: ['bulk-visible-recipients.visible'],
    overridable: false,
    usesContent: false,
  },
  check(ctx) {
    const visible = outsideAudiences(
      ctx.recipients.filter((r) => r.field !== 'bcc'),
      ctx.options.internalAudiences,
    );
    if (visible.length < ctx.options.threshold) return [];
    return [
      {
        messageId: 'bulk-visible-recipients.visible',
        params: { count: visible.length },
        fixes: [{ kind: 'move-to-bcc', addresses: addresses(visible) }],
        evidence: { recipients: audienceEvidence(visible) },
      },
    ];
  },
});
