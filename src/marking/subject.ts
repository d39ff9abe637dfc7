// Writes a label marking into a subject, replacing any other marking and keeping RE:/FW: prefixes.
import type { Policy } from '../policy/schema';
import { canonicalLabel } from '../policy/labels';
import { cutSpan, findSubjectMarkings, replyPrefixLength } from './markings';

/** The subject marking for a label: `[PROTECT]` or `[PROTECT - PERSONAL]`. */
export function formatSubjectMarking(label: string, descriptor?: string): string {
  const d = descriptor?.replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim().toUpperCase();
  return d ? `[${label} - ${d}]` : `[${label}]`;
}

/**
 * `RE: FW: Case 1234 [protect]` marked RESTRICTED becomes `RE: FW: [RESTRICTED] Case 1234`. Without a
 * `descriptor` the descriptor of the replaced marking is kept; an empty string removes it.
 */
export function markSubject(
  subject: string,
  label: string,
  policy: Pick<Policy, 'labels'>,
  descriptor?: string,
): string {
  const id = canonicalLabel(policy, label) ?? label.trim().toUpperCase();
  const prefixEnd = replyPrefixLength(subject);
  const markings = findSubjectMarkings(subject, policy).filter((m) => m.start >= prefixEnd);
  let body = subject.slice(prefixEnd);
  for (const marking of [...markings].reverse()) {
    body = cutSpan(body, marking.start - prefixEnd, marking.end - prefixEnd);
  }
  body = body.trim();
  const kept = descriptor ?? markings.find((m) => m.descriptor !== undefined)?.descriptor;
  const prefix = subject
    .slice(0, prefixEnd)
    .replace(/^\s+/, '')
    .replace(/\s*$/, prefixEnd > 0 ? ' ' : '');
  const marking = formatSubjectMarking(id, kept);
  return body === '' ? `${prefix}${marking}` : `${prefix}${marking} ${body}`;
}
