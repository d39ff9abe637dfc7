// The scenario suite: every message in test/scenarios through the real CLI, decision and rule ids as each case expects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS } from '../../src/policy/schema';
import { SCENARIOS, sendguard } from './cli';

interface ScenarioCase {
  name: string;
  file: string;
  justifications?: Record<string, string>;
  expect: { decision: 'allow' | 'warn' | 'block'; rules: string[]; overridden?: string[] };
}

interface CheckJson {
  file: string;
  decision: string;
  label: string | null;
  requiredLabel: string | null;
  encrypted: boolean;
  reasons: { rule: string; level: string; message: string }[];
  findings: { type: string; count: number; locations: string[] }[];
}

/** `<suite>.cases.json`, run under `policies/<suite>.json` when that exists, else the embedded default policy. */
const suites = readdirSync(SCENARIOS)
  .filter((f) => f.endsWith('.cases.json'))
  .sort()
  .map((f) => {
    const suite = f.replace(/\.cases\.json$/, '');
    const policy = join('policies', `${suite}.json`);
    return {
      suite,
      casesFile: f,
      policyArgs: existsSync(join(SCENARIOS, policy)) ? ['--policy', policy] : [],
      cases: JSON.parse(readFileSync(join(SCENARIOS, f), 'utf8')) as ScenarioCase[],
    };
  });

const allCases = suites.flatMap((s) => s.cases);

describe('scenario suite coverage', () => {
  it('has at least 80 messages, .json and .eml', () => {
    const files = new Set(allCases.map((c) => c.file));
    expect(files.size).toBeGreaterThanOrEqual(80);
    expect([...files].filter((f) => f.endsWith('.eml')).length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(existsSync(join(SCENARIOS, f))).toBe(true);
    const onDisk = readdirSync(join(SCENARIOS, 'messages')).map((f) => `messages/${f}`);
    expect(onDisk.sort()).toEqual([...files].sort());
  });

  it.each([...RULE_IDS])('has scenarios where %s fires and where it does not', (id) => {
    expect(allCases.some((c) => c.expect.rules.includes(id))).toBe(true);
    expect(allCases.some((c) => !c.expect.rules.includes(id))).toBe(true);
  });

  it('covers every decision, overrides and custom policies', () => {
    for (const d of ['allow', 'warn', 'block'])
      expect(allCases.some((c) => c.expect.decision === d)).toBe(true);
    expect(allCases.filter((c) => c.justifications !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(suites.filter((s) => s.policyArgs.length > 0).length).toBeGreaterThanOrEqual(2);
  });
});

describe.each(suites)('scenarios: $suite', ({ casesFile, policyArgs, cases }) => {
  /** One CLI run per set of justifications (most cases share none), so the suite stays fast. */
  const groups = new Map<string, ScenarioCase[]>();
  for (const c of cases) {
    const key = JSON.stringify(Object.entries(c.justifications ?? {}).sort());
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const results = new Map<string, CheckJson>();
  const exitCodes: { code: number; cases: ScenarioCase[] }[] = [];

  beforeAll(() => {
    for (const [key, group] of groups) {
      const justify = (JSON.parse(key) as [string, string][]).flatMap(([rule, text]) => [
        '--justify',
        `${rule}=${text}`,
      ]);
      const run = sendguard([
        'check',
        '--format',
        'json',
        ...policyArgs,
        ...justify,
        ...group.map((c) => c.file),
      ]);
      expect(run.stderr).toBe('');
      for (const r of JSON.parse(run.stdout) as CheckJson[]) results.set(r.file, r);
      exitCodes.push({ code: run.code, cases: group });
    }
  });

  it('exits 1 when any message is flagged, 0 when all are allowed', () => {
    for (const { code, cases: group } of exitCodes) {
      expect(code).toBe(group.every((c) => c.expect.decision === 'allow') ? 0 : 1);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const r = results.get(c.file);
    expect(r).toBeDefined();
    expect(Object.keys(r ?? {})).toEqual([
      'file',
      'decision',
      'label',
      'requiredLabel',
      'encrypted',
      'reasons',
      'findings',
    ]);
    const rules = [...new Set(r?.reasons.map((x) => x.rule))].sort();
    expect({ decision: r?.decision, rules }).toEqual({
      decision: c.expect.decision,
      rules: [...c.expect.rules].sort(),
    });
  });

  it('passes `policy test` on the same cases', () => {
    const run = sendguard(['policy', 'test', casesFile, ...policyArgs]);
    expect(run.stdout).toContain(`${cases.length} cases: ${cases.length} passed, 0 failed`);
    expect(run.code).toBe(0);
  });
});
