// Checks every fresh category set shares: unique ids, labels of its own types, every label found in the text, and per-type floors.
import { scanText } from '../../../src/detectors/scan';
import type { EntityType } from '../../../src/detectors/types';
import { evaluateCorpus, locateExpectations, prepareCaseText } from '../evaluate';
import type { CorpusCase } from '../types';

/** Per type the set labels: the precision and recall it achieved after the tuning it guided, rounded down. */
export type FreshFloors = Partial<Record<EntityType, readonly [precision: number, recall: number]>>;

/** Cases with a label of `type`. */
export function positives(cases: readonly CorpusCase[], type: EntityType): number {
  return cases.filter((c) => c.expect.some((e) => e.type === type)).length;
}

/** Cases that are hard negatives for `type` and label nothing. */
export function hardNegatives(cases: readonly CorpusCase[], type: EntityType): number {
  return cases.filter((c) => c.negativeFor.includes(type) && c.expect.length === 0).length;
}

/** Registers the shared tests of a fresh set inside the caller's `describe`. */
export function checkFreshSet(cases: readonly CorpusCase[], floors: FreshFloors): void {
  const types = Object.keys(floors) as EntityType[];

  it('has unique ids and labels of its own types only', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) for (const e of c.expect) expect(types).toContain(e.type);
  });

  it('finds every label in the normalised text', () => {
    for (const c of cases) {
      const located = locateExpectations(c, prepareCaseText(c));
      expect(located.unlocated).toEqual([]);
      expect(located.spans.length).toBe(c.expect.length);
    }
  });

  it.each(types)('keeps %s precision and recall at or above its floor', (type) => {
    const report = evaluateCorpus(cases, (text) => scanText(text).filter((f) => f.type === type));
    const score = report.byType[type];
    const [precision, recall] = floors[type]!;
    expect(score.precision ?? 1).toBeGreaterThanOrEqual(precision);
    expect(score.recall ?? 0).toBeGreaterThanOrEqual(recall);
  });
}

/** One blind set of one type: its cases, its floors, the least positives it holds and its hard negatives. */
export type FreshTypedSet = readonly [
  type: EntityType,
  cases: readonly CorpusCase[],
  precision: number,
  recall: number,
  positives: number,
  negatives: number,
];

/** Registers, for each set of one type, the shared checks, its floors and its hard negatives. */
export function checkFreshTypedSets(round: string, sets: readonly FreshTypedSet[]): void {
  describe.each(sets)(
    `fresh round ${round}, %s`,
    (type, cases, precision, recall, count, negatives) => {
      checkFreshSet(cases, { [type]: [precision, recall] });

      it('has its positives and hard negatives', () => {
        expect(positives(cases, type)).toBeGreaterThanOrEqual(count);
        expect(hardNegatives(cases, type)).toBe(negatives);
      });
    },
  );
}
