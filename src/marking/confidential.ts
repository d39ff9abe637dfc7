// Confidential markings (003_c86f3bbf0626c1ee.txt 4.1.4): subject marking, Sensitivity header, or Purview label.
import type { Policy } from '../policy/schema';
import { headerValue, replyPrefixLength } from './markings';
import { findPurviewLabel } from './purview';

type ConfidentialPolicy = Pick<Policy, 'labels' | 'confidential'>;

const BRACKETED = /\[([^[\]]{1,100})\]/g;
const SEPARATOR = /^(?:\s*[:\u2013\u2014]|\s+-(?:\s|$))/;

/** The subject carries a Confidential marking: `[CONFIDENTIAL]` anywhere, `[PROTECT - CONFIDENTIAL]`, or `CONFIDENTIAL: ...` first. */
export function hasConfidentialSubject(subject: string, policy: ConfidentialPolicy): boolean {
  const markings = policy.confidential.subjectMarkings
    .map((m) => m.trim().toUpperCase())
    .filter((m) => m !== '');
  const bracketed = new RegExp(BRACKETED.source, 'g');
  for (let match = bracketed.exec(subject); match !== null; match = bracketed.exec(subject)) {
    const parts = (match[1] ?? '').toUpperCase().split(/\s[-\u2013\u2014]\s|:/);
    if (parts.some((part) => markings.includes(part.replace(/\s+/g, ' ').trim()))) return true;
  }
  const rest = subject.slice(replyPrefixLength(subject));
  return markings.some(
    (m) => rest.slice(0, m.length).toUpperCase() === m && SEPARATOR.test(rest.slice(m.length)),
  );
}

export function isConfidential(
  item: {
    subject: string;
    headers: Readonly<Record<string, string>>;
    sensitivityLabel?: string | null;
  },
  policy: ConfidentialPolicy,
): boolean {
  if (hasConfidentialSubject(item.subject, policy)) return true;
  const sensitivity = headerValue(item.headers, 'Sensitivity')?.trim().toLowerCase();
  if (
    sensitivity !== undefined &&
    policy.confidential.sensitivityHeaderValues.some((v) => v.trim().toLowerCase() === sensitivity)
  ) {
    return true;
  }
  return findPurviewLabel(policy, item.sensitivityLabel)?.confidential === true;
}
