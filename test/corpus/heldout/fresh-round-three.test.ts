// Floors for the fresh round-three, four and five sets (SAFEGUARDING, SPECIAL_CATEGORY_OTHER, COMMERCIAL_CONFIDENTIAL): labels found, scores not below what was achieved.
import { scanText } from '../../../src/detectors/scan';
import type { EntityType } from '../../../src/detectors/types';
import { evaluateCorpus, locateExpectations, prepareCaseText } from '../evaluate';
import type { CorpusCase } from '../types';
import {
  FRESH_THREE_TYPES,
  freshFifthCases,
  freshFourthCases,
  freshThirdCases,
} from './fresh-round-three';

type FreshType = (typeof FRESH_THREE_TYPES)[number];
type Floors = Readonly<Record<FreshType, readonly [precision: number, recall: number]>>;

/** What each set achieved after the tuning it guided, rounded down to the hundredth. */
const FLOORS: ReadonlyArray<readonly [string, readonly CorpusCase[], Floors]> = [
  [
    'round three',
    freshThirdCases,
    {
      SAFEGUARDING: [1.0, 1.0],
      SPECIAL_CATEGORY_OTHER: [1.0, 1.0],
      COMMERCIAL_CONFIDENTIAL: [1.0, 1.0],
    },
  ],
  [
    'round four',
    freshFourthCases,
    {
      SAFEGUARDING: [1.0, 0.61],
      SPECIAL_CATEGORY_OTHER: [1.0, 1.0],
      COMMERCIAL_CONFIDENTIAL: [1.0, 1.0],
    },
  ],
  [
    'round five',
    freshFifthCases,
    {
      SAFEGUARDING: [0.8, 0.8],
      SPECIAL_CATEGORY_OTHER: [1.0, 0.92],
      COMMERCIAL_CONFIDENTIAL: [1.0, 1.0],
    },
  ],
];

const TYPES: readonly EntityType[] = FRESH_THREE_TYPES;

describe.each(FLOORS)('fresh category set, %s', (_name, cases, floors) => {
  it('has unique ids, labels of its three types only, and hard negatives for each', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) for (const e of c.expect) expect(TYPES).toContain(e.type);
    for (const type of FRESH_THREE_TYPES) {
      const negatives = cases.filter((c) => c.negativeFor.includes(type) && c.expect.length === 0);
      expect(negatives.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds every label in the normalised text', () => {
    for (const c of cases) {
      const located = locateExpectations(c, prepareCaseText(c));
      expect(located.unlocated).toEqual([]);
      expect(located.spans.length).toBe(c.expect.length);
    }
  });

  it.each(FRESH_THREE_TYPES)('keeps %s precision and recall at or above its floor', (type) => {
    const report = evaluateCorpus(cases, (text) => scanText(text).filter((f) => f.type === type));
    const score = report.byType[type];
    const [precision, recall] = floors[type];
    expect(score.precision ?? 1).toBeGreaterThanOrEqual(precision);
    expect(score.recall ?? 0).toBeGreaterThanOrEqual(recall);
  });
});

test('round three has at least 25 SAFEGUARDING positives and 15 hard negatives', () => {
  const positives = freshThirdCases.filter((c) => c.expect.some((e) => e.type === 'SAFEGUARDING'));
  const negatives = freshThirdCases.filter(
    (c) => c.negativeFor.includes('SAFEGUARDING') && c.expect.length === 0,
  );
  expect(positives.length).toBeGreaterThanOrEqual(25);
  expect(negatives.length).toBeGreaterThanOrEqual(15);
});
