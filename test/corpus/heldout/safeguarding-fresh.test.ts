// Floors for the fresh SAFEGUARDING sets: labels must be found in the text, and recall/precision must not drop below what was achieved.
import type { CorpusCase } from '../types';
import { checkFreshSet, hardNegatives } from './fresh-set';
import { safeguardingFreshCases, safeguardingFreshSecondCases } from './safeguarding-fresh';

/** What each set achieved on SAFEGUARDING after tuning, rounded down to the hundredth. */
const FLOORS: ReadonlyArray<readonly [string, readonly CorpusCase[], number, number]> = [
  ['round one', safeguardingFreshCases, 1.0, 1.0],
  ['round two', safeguardingFreshSecondCases, 1.0, 0.8],
];

describe.each(FLOORS)('fresh safeguarding set, %s', (_name, cases, precision, recall) => {
  checkFreshSet(cases, { SAFEGUARDING: [precision, recall] });

  it('has at least 10 hard negatives', () => {
    expect(hardNegatives(cases, 'SAFEGUARDING')).toBeGreaterThanOrEqual(10);
  });
});
