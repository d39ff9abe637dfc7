// Keeps the held-out category sets honest (size, labels, hard negatives) and fails when the test set drops below its floors.
import { corpus } from '../corpus';
import { locateExpectations, prepareCaseText } from '../evaluate';
import type { CorpusCase } from '../types';
import { heldoutDevCases } from './dev';
import {
  CATEGORY_TYPES,
  evaluateByMessage,
  evaluateHeldout,
  formatByMessage,
  formatHeldout,
  heldoutBelow,
  HELDOUT_TEST_FLOORS,
  HELDOUT_TEST_TWO_FLOORS,
  messageBelow,
  type HeldoutReport,
} from './score';
import { heldoutTestCases } from './test';
import { heldoutTestTwoCases } from './test-two';

const SETS: ReadonlyArray<readonly [string, readonly CorpusCase[]]> = [
  ['dev', heldoutDevCases],
  ['test', heldoutTestCases],
];

describe.each(SETS)('held-out %s set', (_name, cases) => {
  test('ids are unique and do not collide with the main corpus', () => {
    const ids = cases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const main = new Set(corpus.map((c) => c.id));
    expect(ids.filter((id) => main.has(id))).toEqual([]);
  });

  test('labels only category types', () => {
    const other = cases.flatMap((c) =>
      c.expect.filter((e) => !CATEGORY_TYPES.includes(e.type)).map(() => c.id),
    );
    expect(other).toEqual([]);
  });

  test.each(CATEGORY_TYPES)('%s has at least 15 positives and 10 hard negatives', (type) => {
    const positives = cases.filter((c) => c.expect.some((e) => e.type === type)).length;
    const negatives = cases.filter(
      (c) => c.negativeFor.includes(type) && !c.expect.some((e) => e.type === type),
    ).length;
    expect(positives).toBeGreaterThanOrEqual(15);
    expect(negatives).toBeGreaterThanOrEqual(10);
  });

  test('every label is found in the normalised text', () => {
    const unlocated = cases.filter(
      (c) => locateExpectations(c, prepareCaseText(c)).unlocated.length > 0,
    );
    expect(unlocated.map((c) => c.id)).toEqual([]);
  });
});

test('the dev and test sets share no text', () => {
  const dev = new Set(heldoutDevCases.map((c) => c.text));
  expect(heldoutTestCases.filter((c) => dev.has(c.text)).map((c) => c.id)).toEqual([]);
});

describe('held-out test set floors', () => {
  let report: HeldoutReport;
  beforeAll(() => {
    report = evaluateHeldout(heldoutTestCases);
  });

  test.each(CATEGORY_TYPES)('%s meets its held-out precision and recall floors', (type) => {
    const s = report.byType[type];
    const floor = HELDOUT_TEST_FLOORS[type]!;
    const detail = `${type}: TP ${s.tp} FP ${s.fp} FN ${s.fn}, precision ${s.precision ?? 'n/a'}, recall ${s.recall ?? 'n/a'}`;
    expect({ below: heldoutBelow(s, floor), detail }).toEqual({ below: [], detail });
  });

  test('every category type has a published floor above zero recall', () => {
    for (const type of CATEGORY_TYPES) expect(HELDOUT_TEST_FLOORS[type]!.recall).toBeGreaterThan(0);
  });

  test('the printed table names case ids and types, never a labelled value', () => {
    const printed = formatHeldout('Held-out test set', report, HELDOUT_TEST_FLOORS);
    const leaked = heldoutTestCases.flatMap((c) =>
      c.expect.filter((e) => printed.includes(e.value)).map(() => c.id),
    );
    expect(leaked).toEqual([]);
  });
});

describe('held-out test set two (scored by email)', () => {
  const scores = evaluateByMessage(heldoutTestTwoCases);

  test('ids are unique, new, and every label is in the normalised text', () => {
    const ids = heldoutTestTwoCases.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    const others = new Set([...corpus, ...heldoutDevCases, ...heldoutTestCases].map((c) => c.id));
    expect(ids.filter((id) => others.has(id))).toEqual([]);
    const unlocated = heldoutTestTwoCases.filter(
      (c) => locateExpectations(c, prepareCaseText(c)).unlocated.length > 0,
    );
    expect(unlocated.map((c) => c.id)).toEqual([]);
  });

  test.each(CATEGORY_TYPES)('%s has 16 positive emails and 8 hard negatives', (type) => {
    expect(scores[type].positives).toBe(16);
    expect(scores[type].negatives).toBe(8);
  });

  test.each(CATEGORY_TYPES)('%s meets the floors it set when first scored', (type) => {
    const s = scores[type];
    const detail = `${type}: labels ${s.labelsFound}/${s.labels}, emails ${s.positivesFlagged}/${s.positives}, negatives ${s.negativesFlagged}/${s.negatives}`;
    expect({ below: messageBelow(s, HELDOUT_TEST_TWO_FLOORS[type]!), detail }).toEqual({
      below: [],
      detail,
    });
  });

  test('the printed table holds counts, never a labelled value', () => {
    const printed = formatByMessage('set two', scores, HELDOUT_TEST_TWO_FLOORS);
    const leaked = heldoutTestTwoCases.flatMap((c) =>
      c.expect.filter((e) => printed.includes(e.value)).map(() => c.id),
    );
    expect(leaked).toEqual([]);
  });
});
