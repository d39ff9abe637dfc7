// Fails when the detectors fall below the published precision/recall floors (test/corpus/floors.ts) on the labelled corpus.
import { ENTITY_TYPES } from '../../src/detectors/types';
import { corpus } from './corpus';
import { belowFloor, evaluateCorpus, formatReport, type EvaluationReport } from './evaluate';
import { FLOORS, OVERALL_FLOOR } from './floors';

let report: EvaluationReport;

beforeAll(() => {
  report = evaluateCorpus(corpus);
});

function failingCases(type: string): string {
  const ids = report.failures
    .filter((f) => type in f.missed || type in f.extra || type in f.unlocated)
    .map((f) => f.id);
  return ids.length === 0 ? 'none' : ids.join(', ');
}

describe('detection corpus floors', () => {
  test.each(ENTITY_TYPES)('%s meets its precision and recall floors', (type) => {
    const s = report.byType[type];
    const below = belowFloor(s, FLOORS[type]);
    const detail = `${type}: TP ${s.tp} FP ${s.fp} FN ${s.fn}, precision ${s.precision ?? 'n/a'}, recall ${s.recall ?? 'n/a'}; failing cases: ${failingCases(type)}`;
    expect({ below, detail }).toEqual({ below: [], detail });
  });

  test('the printed report names case ids and types, never a labelled value', () => {
    const printed = formatReport(report);
    const leaked = corpus.flatMap((c) =>
      c.expect.filter((e) => printed.includes(e.value)).map(() => c.id),
    );
    expect(leaked).toEqual([]);
  });

  test('overall micro-average meets its floors', () => {
    expect(belowFloor(report.overall, OVERALL_FLOOR)).toEqual([]);
  });
});
