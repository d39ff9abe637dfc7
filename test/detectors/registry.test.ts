// The registry is complete and well formed: one file per detector, metadata, clause, a case table, ES2016-safe global patterns.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectors } from '../../src/detectors/index';
import { ENTITY_TYPES } from '../../src/detectors/types';
import type { DetectorCases } from './runner';

const SRC = join(__dirname, '../../src/detectors');
const CASES = join(__dirname, 'cases');
const SEEDS = join(__dirname, '../../../shared/seeds');

describe('detector registry', () => {
  test('has one detector per entity type, sorted by id, ids unique', () => {
    const ids = detectors.map((d) => d.meta.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(detectors.map((d) => d.meta.entityType).sort()).toEqual([...ENTITY_TYPES].sort());
  });

  test('every detector file under src/detectors is registered', () => {
    const files = readdirSync(SRC)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- checks what each file exports.
    const exporting = files.filter((f) => 'detector' in (require(join(SRC, f)) as object));
    expect(exporting.sort()).toEqual(detectors.map((d) => d.meta.id));
  });

  test('every case table belongs to a registered detector', () => {
    const tables = readdirSync(CASES).map((f) => f.replace(/\.cases\.ts$/, ''));
    expect(tables.sort()).toEqual(detectors.map((d) => d.meta.id));
  });

  for (const detector of detectors) {
    const { meta } = detector;
    describe(meta.id, () => {
      test('id equals its file name and the file exports it', () => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the file named by the id.
        const mod = require(join(SRC, meta.id)) as { detector?: unknown };
        expect(mod.detector).toBe(detector);
      });

      test('has metadata: description and a clause of a source policy that exists', () => {
        expect(meta.description.trim().length).toBeGreaterThan(10);
        const match = /^(\d{3}_[0-9a-f]{16}\.txt) (\d+(?:\.\d+)*)$/.exec(meta.clause);
        expect(match).not.toBeNull();
        if (existsSync(SEEDS) && match) {
          const policy = readFileSync(join(SEEDS, match[1]!), 'utf8');
          expect(policy).toContain(match[2]!);
        }
      });

      test('has a case table with valid and invalid cases', () => {
        const file = join(CASES, `${meta.id}.cases.ts`);
        expect(existsSync(file)).toBe(true);
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- the table named by the id.
        const table = (require(file) as { default: DetectorCases }).default;
        expect(table.valid.length).toBeGreaterThan(0);
        expect(table.invalid.length).toBeGreaterThan(0);
      });

      test('patterns are global, ES2016-compatible and scored', () => {
        if (detector.detect !== undefined) return;
        expect(detector.patterns.length).toBeGreaterThan(0);
        expect(new Set(detector.patterns.map((p) => p.name)).size).toBe(detector.patterns.length);
        for (const p of detector.patterns) {
          expect(p.regex.flags).toContain('g');
          expect(p.regex.flags).not.toMatch(/[suyd]/);
          expect(p.regex.source).not.toMatch(/\(\?<[=!a-z]|\\p\{/i);
          expect(p.score).toBeGreaterThan(0);
          expect(p.score).toBeLessThanOrEqual(1);
        }
        expect(detector.minDigits !== undefined || detector.anchor !== undefined).toBe(true);
      });
    });
  }
});
