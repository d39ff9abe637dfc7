// Summarises located findings by type (count, locations, spans; never values) and derives the label they require.
import { ENTITY_TYPES, type LocatedFinding } from '../detectors/types';
import type { MessageContent } from '../message/types';
import { labelRank } from '../policy/labels';
import type { Policy } from '../policy/schema';
import type { FindingSummary } from './types';

/** Groups findings by type in ENTITY_TYPES order; locations in message order (the content's segment order). */
export function summariseFindings(
  findings: readonly LocatedFinding[],
  content: MessageContent,
): FindingSummary[] {
  const order = new Map<string, number>();
  content.segments.forEach((s, i) => {
    if (!order.has(s.location)) order.set(s.location, i);
  });
  const place = (location: string): number => order.get(location) ?? Number.MAX_SAFE_INTEGER;
  const before = (a: LocatedFinding, b: LocatedFinding): number =>
    place(a.location) - place(b.location) || a.start - b.start || a.end - b.end;
  const byType = new Map<string, LocatedFinding[]>();
  for (const f of findings) {
    const list = byType.get(f.type);
    if (list === undefined) byType.set(f.type, [f]);
    else list.push(f);
  }
  const summaries: FindingSummary[] = [];
  for (const type of ENTITY_TYPES) {
    const list = byType.get(type);
    if (list === undefined) continue;
    // scanContent reports in message order already; sort only when it did not.
    let ordered = true;
    for (let i = 1; i < list.length && ordered; i += 1)
      ordered = before(list[i - 1] as LocatedFinding, list[i] as LocatedFinding) <= 0;
    const sorted = ordered ? list : [...list].sort(before);
    const locations: string[] = [];
    const spans: FindingSummary['spans'] = new Array(sorted.length);
    let last = '';
    sorted.forEach((f, i) => {
      if (f.location !== last && !locations.includes(f.location)) locations.push(f.location);
      last = f.location;
      spans[i] = { location: f.location, start: f.start, end: f.end, confidence: f.confidence };
    });
    summaries.push({ type, count: sorted.length, locations, spans });
  }
  return summaries;
}

export interface RequiredLabel {
  /** Highest minimum label of the types found (or the bulk label), null when none is above the baseline. */
  requiredLabel: string | null;
  /** Findings of types whose minimum label is above the baseline, across every location. */
  labelRequiringFindings: number;
}

/** The label the findings alone require: per-type minimums, raised by the bulk rule when enough findings need a label. */
export function requiredLabelFor(
  findings: readonly FindingSummary[],
  policy: Policy,
): RequiredLabel {
  let required: string | null = null;
  let requiredRank = 0;
  let counted = 0;
  const raise = (label: string): void => {
    const rank = labelRank(policy, label);
    if (rank > requiredRank) {
      required = label;
      requiredRank = rank;
    }
  };
  for (const f of findings) {
    const minimum = policy.detection.minimumLabels[f.type];
    if (minimum === undefined || minimum === null || labelRank(policy, minimum) <= 0) continue;
    counted += f.count;
    raise(minimum);
  }
  const bulk = policy.detection.bulk;
  if (bulk !== undefined && counted >= bulk.threshold) raise(bulk.label);
  return { requiredLabel: required, labelRequiringFindings: counted };
}
