// credential-in-mail: a password, PIN or other secret is written in the message.
import * as z from '../zod';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'credential-in-mail',
    level: 'warn',
    description:
      'A password, passphrase, PIN or secret is given in the subject, body or an attachment.',
    clause: '000_194040a0e7f240eb.txt 8.2',
    options: z.strictObject({}),
    messages: ['credential-in-mail.found'],
    overridable: false,
    usesContent: true,
  },
  check(ctx) {
    const credential = ctx.findings.find((f) => f.type === 'CREDENTIAL');
    if (credential === undefined) return [];
    return [
      {
        messageId: 'credential-in-mail.found',
        params: { count: credential.count, locations: credential.locations },
        evidence: { types: ['CREDENTIAL'], locations: credential.locations },
      },
    ];
  },
});
