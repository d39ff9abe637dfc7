// reply-all: a reply to all with many recipients; says how many and which are outside the council.
import * as z from '../zod';
import { addresses, audienceEvidence, audienceList, outsideAudiences } from './helpers';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'reply-all',
    level: 'warn',
    description: 'A reply to all with 3 or more recipients in To, Cc and Bcc together.',
    clause: '003_c86f3bbf0626c1ee.txt 4.1.2; 001_08ffeed0c138ba92.txt 2.2',
    options: z.strictObject({
      minRecipients: z._default(z.int().check(z.minimum(1)), 3),
      internalAudiences: audienceList(['internal']),
    }),
    messages: ['reply-all.internal', 'reply-all.external'],
    overridable: false,
    usesContent: false,
  },
  check(ctx) {
    if (ctx.composeType !== 'replyAll' || ctx.recipients.length < ctx.options.minRecipients)
      return [];
    const external = outsideAudiences(ctx.recipients, ctx.options.internalAudiences);
    const count = ctx.recipients.length;
    const evidence = { recipients: audienceEvidence(ctx.recipients) };
    if (external.length === 0)
      return [{ messageId: 'reply-all.internal', params: { count }, evidence }];
    return [
      {
        messageId: 'reply-all.external',
        params: { count, external: addresses(external), externalCount: external.length },
        evidence,
      },
    ];
  },
});
