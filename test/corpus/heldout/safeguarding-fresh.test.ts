// Floors for the fresh SAFEGUARDING sets: labels must be found in the text, and recall/precision must not drop below what was achieved.
import { scanText } from '../../../src/detectors/scan';
import { evaluateCorpus, locateExpectations, prepareCaseText } from '../evaluate';
import type { CorpusCase } from '../types';
import { safeguardingFreshCases, safeguardingFreshSecondCases } from './safeguarding-fresh';

/** What each set achieved on SAFEGUARDING after tuning, rounded down to the hundredth. */
const FLOORS: ReadonlyArray<readonly [string, readonly CorpusCase[], number, number]> = [
  ['round one', safeguardingFreshCases, 1.0, 1.0],
  ['round two', safeguardingFreshSecondCases, 1.0, 0.8],
];

describe.each(FLOORS)('fresh safeguarding set, %s', (_name, cases, precision, recall) => {
  it('has unique ids, SAFEGUARDING labels only and hard negatives', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
    for (const c of cases) for (const e of c.expect) expect(e.type).toBe('SAFEGUARDING');
    expect(cases.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(10);
  });

  it('finds every label in the normalised text', () => {
    for (const c of cases) {
      const located = locateExpectations(c, prepareCaseText(c));
      expect(located.unlocated).toEqual([]);
      expect(located.spans.length).toBe(c.expect.length);
    }
  });

  it(`keeps SAFEGUARDING precision >= ${precision} and recall >= ${recall}`, () => {
    const report = evaluateCorpus(cases, (text) =>
      scanText(text).filter((f) => f.type === 'SAFEGUARDING'),
    );
    const score = report.byType.SAFEGUARDING;
    expect(score.precision ?? 1).toBeGreaterThanOrEqual(precision);
    expect(score.recall ?? 0).toBeGreaterThanOrEqual(recall);
  });
});
