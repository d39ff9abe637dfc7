// media-recipients: a journalist is addressed without the communications team copied.
import * as z from '../zod';
import { addresses, audienceEvidence, audienceList, inAudiences } from './helpers';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'media-recipients',
    level: 'warn',
    description:
      'A media recipient is addressed and no address of the communications team is copied.',
    clause:
      '000_194040a0e7f240eb.txt 4.2; 000_194040a0e7f240eb.txt 4.3; 001_08ffeed0c138ba92.txt 4.2',
    options: z.strictObject({
      audiences: audienceList(['media']),
    }),
    messages: ['media-recipients.copy-team', 'media-recipients.no-team'],
    overridable: false,
    usesContent: false,
  },
  check(ctx) {
    const media = inAudiences(ctx.recipients, ctx.options.audiences);
    if (media.length === 0) return [];
    const team = ctx.policy.communicationsTeam.map((a) => a.toLowerCase());
    if (ctx.recipients.some((r) => team.includes(r.address))) return [];
    const evidence = { recipients: audienceEvidence(media) };
    const first = team[0];
    if (first === undefined) {
      return [
        {
          messageId: 'media-recipients.no-team',
          params: { recipients: addresses(media) },
          evidence,
        },
      ];
    }
    return [
      {
        messageId: 'media-recipients.copy-team',
        params: { recipients: addresses(media), team: first },
        fixes: [{ kind: 'add-recipient', address: first }],
        evidence,
      },
    ];
  },
});
