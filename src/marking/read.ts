// Reads a message's protective label from its subject, X-Protective-Marking header and Purview label.
import type { Policy } from '../policy/schema';
import { canonicalLabel, labelRank } from '../policy/labels';
import { MARKING_HEADER, parseMarkingHeader } from './header';
import { findSubjectMarkings, headerValue } from './markings';
import { findPurviewLabel } from './purview';

export type LabelSource = 'subject' | 'header' | 'purview';

export interface MarkedItem {
  subject: string;
  headers: Readonly<Record<string, string>>;
  sensitivityLabel?: string | null;
}

export interface ReadLabel {
  /** The highest scheme label found, null when the message carries none. */
  label: string | null;
  /** Descriptor of that label's marking (subject first, then the header's CAVEAT). */
  descriptor?: string;
  /** Every source that carried a scheme label, in the order subject, header, purview. */
  sources: LabelSource[];
}

interface Candidate {
  source: LabelSource;
  label: string;
  descriptor?: string;
}

/** `OFFICIAL:Sensitive` and `official sensitive` in a header name the scheme label `OFFICIAL-SENSITIVE`. */
function headerLabel(policy: Pick<Policy, 'labels'>, sec: string): string | undefined {
  return canonicalLabel(policy, sec) ?? canonicalLabel(policy, sec.trim().replace(/[\s:_]+/g, '-'));
}

export function readLabel(item: MarkedItem, policy: Pick<Policy, 'labels'>): ReadLabel {
  const candidates: Candidate[] = [];
  for (const marking of findSubjectMarkings(item.subject, policy)) {
    candidates.push({ source: 'subject', label: marking.label, descriptor: marking.descriptor });
  }
  const header = headerValue(item.headers, MARKING_HEADER);
  const parsed = header === undefined ? null : parseMarkingHeader(header);
  const sec = parsed?.sec === undefined ? undefined : headerLabel(policy, parsed.sec);
  if (sec !== undefined) {
    candidates.push({ source: 'header', label: sec, descriptor: parsed?.caveat?.toUpperCase() });
  }
  const purview = findPurviewLabel(policy, item.sensitivityLabel);
  const purviewLabel = purview === undefined ? undefined : canonicalLabel(policy, purview.label);
  if (purviewLabel !== undefined) candidates.push({ source: 'purview', label: purviewLabel });

  let best: Candidate | undefined;
  for (const candidate of candidates) {
    if (best === undefined || labelRank(policy, candidate.label) > labelRank(policy, best.label))
      best = candidate;
  }
  const winner = best?.label;
  const descriptor = candidates.find(
    (c) => c.label === winner && c.descriptor !== undefined,
  )?.descriptor;
  const sources: LabelSource[] = [];
  for (const c of candidates) if (!sources.includes(c.source)) sources.push(c.source);
  if (winner === undefined) return { label: null, sources };
  return descriptor === undefined
    ? { label: winner, sources }
    : { label: winner, descriptor, sources };
}
