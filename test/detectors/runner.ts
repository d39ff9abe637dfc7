// The shared case runner: runs one detector's table of valid/invalid cases through the real scanner.
import { scanText } from '../../src/detectors/scan';
import { normaliseText } from '../../src/message/normalise';
import type { Finding } from '../../src/detectors/types';

/** Text the detector must find something in. */
export interface ValidCase {
  text: string;
  /** The matched substrings (of the normalised text), in order; when given, spans must equal these. */
  expect?: string[];
  /** How many findings of this detector, when `expect` is not given (default 1). */
  count?: number;
  /** Lowest confidence every finding must have (default: the scan threshold, 0.5). */
  minConfidence?: number;
  /** Run normaliseText first (zero-width characters, full-width digits, odd spaces). */
  normalise?: boolean;
  note?: string;
}

/** Text the detector must report nothing in at the default threshold. */
export interface InvalidCase {
  text: string;
  normalise?: boolean;
  note?: string;
}

/** Each detector's table, `test/detectors/cases/<id>.cases.ts`, default-exports one of these. */
export interface DetectorCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
}

function findingsOf(id: string, text: string): Finding[] {
  return scanText(text).filter((f) => f.detector === id);
}

function label(prefix: string, c: { text: string; note?: string }, index: number): string {
  const shown = c.text.length > 60 ? `${c.text.slice(0, 57)}...` : c.text;
  return `${prefix} #${index}${c.note ? ` (${c.note})` : ''}: ${JSON.stringify(shown)}`;
}

/** Declares one jest test per case of detector `id`. */
export function runDetectorCases(id: string, cases: DetectorCases): void {
  describe(id, () => {
    cases.valid.forEach((c, i) => {
      test(label('finds', c, i), () => {
        const text = c.normalise ? normaliseText(c.text) : c.text;
        const found = findingsOf(id, text);
        if (c.expect !== undefined) {
          expect(found.map((f) => text.slice(f.start, f.end))).toEqual(c.expect);
        } else {
          expect(found).toHaveLength(c.count ?? 1);
        }
        const floor = c.minConfidence ?? 0.5;
        for (const f of found) {
          expect(f.confidence).toBeGreaterThanOrEqual(floor);
          expect(f.confidence).toBeLessThanOrEqual(1);
        }
      });
    });
    cases.invalid.forEach((c, i) => {
      test(label('ignores', c, i), () => {
        const text = c.normalise ? normaliseText(c.text) : c.text;
        expect(findingsOf(id, text).map((f) => text.slice(f.start, f.end))).toEqual([]);
      });
    });
  });
}
