// Small helpers the rule modules share: option schemas for audience lists and recipient selection.
import * as z from '../zod';
import type { RecipientVerdict } from '../engine/types';

/** A list of audience ids; the policy loader checks the ids against the policy's audiences. */
export function audienceList(defaults: string[]) {
  return z._default(
    z.array(
      z
        .string()
        .check(
          z.regex(/^[a-z][a-z0-9-]*$/, 'an audience id is lower-case letters, digits and hyphens'),
        ),
    ),
    defaults,
  );
}

export function inAudiences(
  recipients: readonly RecipientVerdict[],
  audiences: readonly string[],
): RecipientVerdict[] {
  return recipients.filter((r) => audiences.includes(r.audience));
}

export function outsideAudiences(
  recipients: readonly RecipientVerdict[],
  audiences: readonly string[],
): RecipientVerdict[] {
  return recipients.filter((r) => !audiences.includes(r.audience));
}

export function addresses(recipients: readonly RecipientVerdict[]): string[] {
  return recipients.map((r) => r.address);
}

export function audienceEvidence(
  recipients: readonly RecipientVerdict[],
): { address: string; audience: string }[] {
  return recipients.map((r) => ({ address: r.address, audience: r.audience }));
}
