// No detector pattern backtracks catastrophically: eslint-plugin-regexp over src/detectors, and hostile inputs timed.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { detectors } from '../../src/detectors/index';
import { scanText } from '../../src/detectors/scan';

const ROOT = join(__dirname, '../..');

describe('regular expressions are linear', () => {
  test('eslint-plugin-regexp finds no super-linear backtracking or moves in src/detectors or the registry patterns', () => {
    // The plugin is ESM-only, so the ESLint Node API runs in its own Node process.
    const patterns = detectors.flatMap((d) =>
      d.patterns.map((p) => ({ name: `${d.meta.id}/${p.name}`, literal: String(p.regex) })),
    );
    const run = spawnSync(process.execPath, [join(__dirname, 'lint-patterns.mjs')], {
      cwd: ROOT,
      encoding: 'utf8',
      input: JSON.stringify(patterns),
    });
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout) as {
      files: number;
      patterns: number;
      problems: string[];
    };
    expect(report.files).toBeGreaterThanOrEqual(20);
    expect(report.patterns).toBe(patterns.length);
    expect(report.problems).toEqual([]);
  }, 60_000);
});

/** Inputs built to make a backtracking pattern blow up; each must scan in well under a second. */
const HOSTILE: Array<[string, () => string]> = [
  ['1 MB of digits and spaces', () => '1 2 34 567 8901 '.repeat(65_536)],
  ['1 MB of digits without spaces', () => '9'.repeat(1 << 20)],
  ['1 MB of letters without spaces', () => 'a'.repeat(1 << 20)],
  ['1 MB of mixed characters without spaces', () => 'Ab1.-@_9/'.repeat(116_509)],
  ['100k "a@" repetitions', () => 'a@'.repeat(100_000)],
  ['one very long line of valid-looking numbers', () => '943 476 5919 '.repeat(80_000)],
  ['dotted digits', () => '1.'.repeat(500_000)],
  ['email-like runs', () => `${'a.'.repeat(200_000)}@${'b.'.repeat(200_000)}`],
  ['phone-like runs', () => '0 0 0 0 0 0 0 0 0 0 '.repeat(50_000)],
  ['date-like runs', () => '12/12/12/12/'.repeat(90_000)],
  ['context words everywhere', () => 'DOB born passport address NHS 12 '.repeat(30_000)],
  [
    '1 MB CSV of 100k rows under context headers',
    () => `id,dob,nhs_number\n${'7,1/3/80,4010232137\n'.repeat(55_000)}`,
  ],
  ['1 MB of underscore-joined context words', () => 'nhs_number_sort_code_'.repeat(50_000)],
  ['1 MB of one-field table rows', () => `dob,x\n${'1,2\n'.repeat(260_000)}`],
  // Every date's zone asks whether a `(` comes before a digit in it: searching past the zone to the
  // next `(` made this quadratic (10 MB of council mail with no bracket took 2.2 s).
  [
    '6 MB of dates in prose and no bracket',
    () => 'Met on 12/03/2024 and we agreed the plan for the next month. '.repeat(100_000),
  ],
];

describe('hostile inputs finish in bounded time', () => {
  for (const [name, build] of HOSTILE) {
    test(name, () => {
      const text = build();
      const started = performance.now();
      scanText(text);
      expect(performance.now() - started).toBeLessThan(1000);
    });
  }

  test('each pattern alone stays linear on long runs of its own characters', () => {
    const probes = [
      '9'.repeat(50_000),
      '9 '.repeat(25_000),
      'AB'.repeat(25_000),
      'a.'.repeat(25_000),
      '+44 '.repeat(12_500),
    ];
    const slow: string[] = [];
    for (const detector of detectors) {
      for (const pattern of detector.patterns) {
        for (const probe of probes) {
          const re = new RegExp(pattern.regex.source, pattern.regex.flags);
          const started = performance.now();
          for (let m = re.exec(probe); m !== null; m = re.exec(probe))
            if (m[0].length === 0) re.lastIndex++;
          const ms = performance.now() - started;
          if (ms > 200) slow.push(`${detector.meta.id}/${pattern.name}: ${Math.round(ms)} ms`);
        }
      }
    }
    expect(slow).toEqual([]);
  });
});
