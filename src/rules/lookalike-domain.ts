// lookalike-domain: a recipient's domain imitates the council's or a partner's domain.
import * as z from '../zod';
import { defineRule } from './types';

export default defineRule({
  meta: {
    id: 'lookalike-domain',
    level: 'block',
    description: "A recipient's domain imitates an internal or partner domain (a lookalike).",
    clause: '001_08ffeed0c138ba92.txt 3.3; 000_194040a0e7f240eb.txt 8.1',
    options: z.strictObject({}),
    messages: ['lookalike-domain.recipient'],
    overridable: false,
    usesContent: false,
  },
  check(ctx) {
    return ctx.recipients
      .filter((r) => r.lookalikeOf !== undefined)
      .map((r) => ({
        messageId: 'lookalike-domain.recipient',
        params: {
          address: r.address,
          domain: r.address.slice(r.address.lastIndexOf('@') + 1),
          lookalikeOf: r.lookalikeOf ?? '',
        },
        fixes: [{ kind: 'remove-recipient' as const, address: r.address }],
        evidence: { recipients: [{ address: r.address, audience: r.audience }] },
      }));
  },
});
