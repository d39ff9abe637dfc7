// Encryption markers: a policy subject token (`[ENCRYPT]`, `[SECURE]`) or a Purview label that encrypts.
import type { Policy } from '../policy/schema';
import { findSubjectMarkings, findToken, replyPrefixLength } from './markings';
import { findPurviewLabel } from './purview';

type EncryptionPolicy = Pick<Policy, 'labels' | 'encryption'>;

/** The policy's subject token present in `subject` (any case), if any. */
export function findEncryptionToken(subject: string, policy: EncryptionPolicy): string | undefined {
  return policy.encryption.subjectTokens.find((token) => findToken(subject, token) >= 0);
}

export function isEncrypted(
  item: { subject: string; sensitivityLabel?: string | null },
  policy: EncryptionPolicy,
): boolean {
  if (findEncryptionToken(item.subject, policy) !== undefined) return true;
  return findPurviewLabel(policy, item.sensitivityLabel)?.encrypts === true;
}

/**
 * Adds the policy's first token right after the label marking (`[PROTECT] [ENCRYPT] Case 1234`), or after
 * the RE:/FW: prefixes when there is no marking. A subject that already carries a token is returned as is.
 */
export function addEncryptionToken(subject: string, policy: EncryptionPolicy): string {
  const token = policy.encryption.subjectTokens[0];
  if (token === undefined || findEncryptionToken(subject, policy) !== undefined) return subject;
  const prefixEnd = replyPrefixLength(subject);
  const marking = findSubjectMarkings(subject, policy).find((m) => m.start >= prefixEnd);
  const at = marking ? marking.end : prefixEnd;
  const left = subject.slice(0, at).replace(/\s+$/, '');
  const right = subject.slice(at).replace(/^\s+/, '');
  const joined = left === '' ? token : `${left} ${token}`;
  return right === '' ? joined : `${joined} ${right}`;
}
