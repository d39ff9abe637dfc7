// external-recipients: the message goes to an address outside the council and its approved partners.
import * as z from '../zod';
import { addresses, audienceEvidence, audienceList, inAudiences } from './helpers';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'external-recipients',
    level: 'warn',
    description: 'A recipient is in the external or personal-webmail audience.',
    clause: '003_c86f3bbf0626c1ee.txt 4.2.4; 001_08ffeed0c138ba92.txt 2.2',
    options: z.strictObject({
      audiences: audienceList(['external', 'personal-webmail']),
    }),
    messages: ['external-recipients.recipients'],
    overridable: false,
    usesContent: false,
  },
  check(ctx) {
    const external = inAudiences(ctx.recipients, ctx.options.audiences);
    if (external.length === 0) return [];
    return [
      {
        messageId: 'external-recipients.recipients',
        params: { recipients: addresses(external), count: external.length },
        evidence: { recipients: audienceEvidence(external) },
      },
    ];
  },
});
