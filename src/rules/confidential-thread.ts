// confidential-thread: a reply or forward of a Confidential message adds someone outside the original thread.
import * as z from '../zod';
import { addresses, audienceEvidence } from './helpers';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'confidential-thread',
    level: 'block',
    description:
      'A reply or forward of a message marked Confidential adds anyone who was not a participant of the original.',
    clause: '003_c86f3bbf0626c1ee.txt 4.1.4',
    options: z.strictObject({}),
    messages: ['confidential-thread.added'],
    overridable: true,
    usesContent: false,
  },
  check(ctx) {
    const original = ctx.original;
    if (ctx.composeType === 'new' || original === null || !original.confidential) return [];
    const added = ctx.recipients.filter((r) => !original.participants.includes(r.address));
    if (added.length === 0) return [];
    return [
      {
        messageId: 'confidential-thread.added',
        params: { recipients: addresses(added), count: added.length },
        fixes: added.map((r) => ({ kind: 'remove-recipient' as const, address: r.address })),
        evidence: { recipients: audienceEvidence(added) },
      },
    ];
  },
});
