// Floors for the fresh round-three, four and five sets (SAFEGUARDING, SPECIAL_CATEGORY_OTHER, COMMERCIAL_CONFIDENTIAL): labels found, scores not below what was achieved.
import type { CorpusCase } from '../types';
import {
  FRESH_THREE_TYPES,
  freshFifthCases,
  freshFourthCases,
  freshThirdCases,
} from './fresh-round-three';
import { checkFreshSet, hardNegatives, positives, type FreshFloors } from './fresh-set';

/** What each set achieved after the tuning it guided, rounded down to the hundredth. */
const FLOORS: ReadonlyArray<readonly [string, readonly CorpusCase[], FreshFloors]> = [
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
      SAFEGUARDING: [1.0, 0.72],
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

describe.each(FLOORS)('fresh category set, %s', (_name, cases, floors) => {
  checkFreshSet(cases, floors);

  it('has hard negatives for each of its types', () => {
    for (const type of FRESH_THREE_TYPES)
      expect(hardNegatives(cases, type)).toBeGreaterThanOrEqual(2);
  });
});

test('round three has at least 25 SAFEGUARDING positives and 15 hard negatives', () => {
  expect(positives(freshThirdCases, 'SAFEGUARDING')).toBeGreaterThanOrEqual(25);
  expect(hardNegatives(freshThirdCases, 'SAFEGUARDING')).toBeGreaterThanOrEqual(15);
});
