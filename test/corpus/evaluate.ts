// Scores scanText against the labelled corpus: per-type TP/FP/FN, precision, recall and the failing cases (ids and types only).
import { scanText } from '../../src/detectors/scan';
import { ENTITY_TYPES, type EntityType, type Finding } from '../../src/detectors/types';
import { htmlToText } from '../../src/message/html';
import { normaliseText } from '../../src/message/normalise';
import { FLOORS, OVERALL_FLOOR, type Floor } from './floors';
import type { CorpusCase } from './types';

export interface TypeScore {
  tp: number;
  fp: number;
  fn: number;
  /** `null` when the type was never reported (no true or false positives). */
  precision: number | null;
  recall: number | null;
}

export interface CaseFailure {
  id: string;
  /** Expected findings not reported, by type. */
  missed: Partial<Record<EntityType, number>>;
  /** Findings that overlap no expectation of their type. */
  extra: Partial<Record<EntityType, number>>;
  /** Expectations whose text was not found in the normalised case text (a normalisation failure or a corpus error). */
  unlocated: Partial<Record<EntityType, number>>;
}

export interface EvaluationReport {
  cases: number;
  expected: number;
  byType: Record<EntityType, TypeScore>;
  overall: TypeScore;
  failures: CaseFailure[];
  elapsedMs: number;
}

interface Span {
  type: EntityType;
  start: number;
  end: number;
}

/** The text scanText receives for a case: HTML to text when needed, then normalised. */
export function prepareCaseText(c: CorpusCase): string {
  return normaliseText(c.format === 'html' ? htmlToText(c.text) : c.text);
}

/** Locates each expectation in the normalised text; repeated values take successive occurrences. */
export function locateExpectations(
  c: CorpusCase,
  text: string,
): { spans: Span[]; unlocated: EntityType[] } {
  const next = new Map<string, number>();
  const spans: Span[] = [];
  const unlocated: EntityType[] = [];
  for (const e of c.expect) {
    const from = next.get(e.value) ?? 0;
    const at = text.indexOf(e.value, from);
    if (at < 0) {
      unlocated.push(e.type);
      continue;
    }
    next.set(e.value, at + e.value.length);
    spans.push({ type: e.type, start: at, end: at + e.value.length });
  }
  return { spans, unlocated };
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

function score(tp: number, fp: number, fn: number): TypeScore {
  return {
    tp,
    fp,
    fn,
    precision: tp + fp === 0 ? null : tp / (tp + fp),
    recall: tp + fn === 0 ? null : tp / (tp + fn),
  };
}

function bump(record: Partial<Record<EntityType, number>>, type: EntityType): void {
  record[type] = (record[type] ?? 0) + 1;
}

/**
 * An expectation is a true positive when a finding of its type overlaps it; a finding that overlaps no
 * expectation of its type is a false positive (several findings inside one expected span are not
 * penalised: category detectors may report a phrase in parts).
 */
export function evaluateCorpus(
  cases: readonly CorpusCase[],
  scan: (text: string) => Finding[] = (t) => scanText(t),
): EvaluationReport {
  const started = performance.now();
  const counts = new Map<EntityType, { tp: number; fp: number; fn: number }>();
  for (const t of ENTITY_TYPES) counts.set(t, { tp: 0, fp: 0, fn: 0 });
  const failures: CaseFailure[] = [];
  let expected = 0;
  for (const c of cases) {
    const text = prepareCaseText(c);
    const { spans, unlocated } = locateExpectations(c, text);
    const findings = scan(text);
    const failure: CaseFailure = { id: c.id, missed: {}, extra: {}, unlocated: {} };
    expected += c.expect.length;
    for (const type of unlocated) {
      counts.get(type)!.fn += 1;
      bump(failure.unlocated, type);
    }
    for (const span of spans) {
      const hit = findings.some((f) => f.type === span.type && overlaps(f, span));
      const tally = counts.get(span.type)!;
      if (hit) tally.tp += 1;
      else {
        tally.fn += 1;
        bump(failure.missed, span.type);
      }
    }
    for (const f of findings) {
      if (spans.some((s) => s.type === f.type && overlaps(f, s))) continue;
      counts.get(f.type)!.fp += 1;
      bump(failure.extra, f.type);
    }
    const failed = [failure.missed, failure.extra, failure.unlocated].some(
      (r) => Object.keys(r).length > 0,
    );
    if (failed) failures.push(failure);
  }
  const byType = {} as Record<EntityType, TypeScore>;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of ENTITY_TYPES) {
    const c = counts.get(t)!;
    byType[t] = score(c.tp, c.fp, c.fn);
    tp += c.tp;
    fp += c.fp;
    fn += c.fn;
  }
  return {
    cases: cases.length,
    expected,
    byType,
    overall: score(tp, fp, fn),
    failures,
    elapsedMs: performance.now() - started,
  };
}

/**
 * Which of precision and recall fall below the floor. A type never reported has no precision (its
 * recall then shows the problem); a type with no expectations (only in a subset) has no recall.
 */
export function belowFloor(s: TypeScore, floor: Floor): Array<'precision' | 'recall'> {
  const out: Array<'precision' | 'recall'> = [];
  if (s.precision !== null && s.precision < floor.precision) out.push('precision');
  if (s.recall !== null && s.recall < floor.recall) out.push('recall');
  return out;
}

function fmt(v: number | null): string {
  return v === null ? '  n/a' : v.toFixed(3);
}

function describe(record: Partial<Record<EntityType, number>>): string {
  return Object.entries(record)
    .map(([t, n]) => (n === 1 ? t : `${t} x${n}`))
    .join(', ');
}

/** Renders the report as the table `npm run eval` prints: per type, overall, then failing case ids with types (never values). */
export function formatReport(r: EvaluationReport): string {
  const lines: string[] = [];
  lines.push(
    `Corpus: ${r.cases} cases, ${r.expected} expected findings, scanned in ${r.elapsedMs.toFixed(0)} ms`,
  );
  lines.push('');
  const head = `${'type'.padEnd(24)} ${'TP'.padStart(4)} ${'FP'.padStart(4)} ${'FN'.padStart(4)}  precision  recall  floor P/R   status`;
  lines.push(head);
  lines.push('-'.repeat(head.length));
  const row = (name: string, s: TypeScore, floor: Floor): string => {
    const below = belowFloor(s, floor);
    const status = below.length === 0 ? 'ok' : `BELOW (${below.join(', ')})`;
    return `${name.padEnd(24)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${fmt(s.precision).padStart(9)}  ${fmt(s.recall).padStart(6)}  ${floor.precision.toFixed(2)}/${floor.recall.toFixed(2)}   ${status}`;
  };
  for (const t of ENTITY_TYPES) lines.push(row(t, r.byType[t], FLOORS[t]));
  lines.push('-'.repeat(head.length));
  lines.push(row('overall (micro)', r.overall, OVERALL_FLOOR));
  lines.push('');
  if (r.failures.length === 0) {
    lines.push('Failing cases: none');
  } else {
    lines.push(`Failing cases (${r.failures.length}):`);
    for (const f of r.failures) {
      const parts: string[] = [];
      if (Object.keys(f.missed).length > 0) parts.push(`missed: ${describe(f.missed)}`);
      if (Object.keys(f.extra).length > 0) parts.push(`false positive: ${describe(f.extra)}`);
      if (Object.keys(f.unlocated).length > 0)
        parts.push(`not found after normalisation: ${describe(f.unlocated)}`);
      lines.push(`  ${f.id.padEnd(8)} ${parts.join('; ')}`);
    }
  }
  return lines.join('\n');
}

/** Types (and `overall`) below their floor, for exit codes and tests. */
export function floorBreaches(r: EvaluationReport): string[] {
  const out: string[] = [];
  for (const t of ENTITY_TYPES)
    for (const m of belowFloor(r.byType[t], FLOORS[t])) out.push(`${t} ${m}`);
  for (const m of belowFloor(r.overall, OVERALL_FLOOR)) out.push(`overall ${m}`);
  return out;
}
