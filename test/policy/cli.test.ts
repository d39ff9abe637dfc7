// `sendguard policy validate` and `sendguard init` through the real binary (bin/sendguard.js): output and exit codes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { defaultPolicy } from '../../src/policy/default';

const root = resolve(__dirname, '..', '..');
const bundle = join(root, 'dist', 'cli', 'sendguard.cjs');
const sources = [
  'src/cli/policy.ts',
  'src/policy/load.ts',
  'src/policy/file.ts',
  'src/policy/init.ts',
  'src/json/read-json.ts',
];
let dir: string;

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'sendguard.js'), ...args], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  const newest = Math.max(...sources.map((f) => statSync(join(root, f)).mtimeMs));
  if (!existsSync(bundle) || statSync(bundle).mtimeMs < newest) {
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build-cli.mjs')], {
      cwd: root,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`npm run build:cli failed:\n${build.stderr}`);
  }
  dir = mkdtempSync(join(tmpdir(), 'sendguard-policy-'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(name: string, content: unknown): string {
  writeFileSync(
    join(dir, name),
    typeof content === 'string' ? content : JSON.stringify(content, null, 2),
  );
  return name;
}

test('a valid policy: exit 0 and a summary', () => {
  const file = write('valid.json', defaultPolicy);
  const { code, stdout, stderr } = run('policy', 'validate', file);
  expect(stderr).toBe('');
  expect(code).toBe(0);
  expect(stdout).toBe(
    [
      'valid.json: valid',
      '  council: Example Council (examplecouncil.gov.uk), policy version default-2026.1',
      '  labels: UNMARKED < PROTECT < RESTRICTED',
      '  audiences: internal (2 entries), secure-partner (9 entries), partner (3 entries), media (18 entries), personal-webmail (42 entries), external (fallback)',
      '  rules: 13 on (6 block, 7 warn)',
      '  overridable with a justification: confidential-thread, label-downgrade',
      '',
    ].join('\n'),
  );
});

test('an invalid policy: every problem on its own line naming the file, exit 2', () => {
  const json = JSON.parse(JSON.stringify(defaultPolicy));
  json.rules['reply-all'].level = 'blok';
  json.detection.bulk.label = 'HUGE';
  json.labels.scheme.push({ id: 'PROTECT' });
  const file = write('invalid.json', json);
  const { code, stdout, stderr } = run('policy', 'validate', file);
  expect(code).toBe(2);
  expect(stdout).toBe('');
  expect(stderr).toBe(
    [
      'invalid.json: rules.reply-all.level: expected one of block|warn',
      'invalid.json: labels.scheme[3].id: PROTECT is already labels.scheme[1]; a label listed twice makes the order cyclic (PROTECT < RESTRICTED < PROTECT)',
      'invalid.json: detection.bulk.label: unknown label HUGE; the scheme has UNMARKED, PROTECT, RESTRICTED',
      'sendguard: invalid.json is not a valid policy (3 problems)',
      '',
    ].join('\n'),
  );
});

test('broken JSON: line and column, exit 2', () => {
  const file = write(
    'broken.json',
    '{\n  "version": "1",\n  "council": { "name": "X" "domain": "x.gov.uk" }\n}\n',
  );
  const { code, stderr } = run('policy', 'validate', file);
  expect(code).toBe(2);
  expect(stderr).toBe(
    "broken.json:3:28: unexpected character; expected ',' or '}' after a property value\nsendguard: broken.json is not a valid policy (1 problem)\n",
  );
});

test('a missing file and a missing argument: exit 2', () => {
  expect(run('policy', 'validate', 'nowhere.json')).toMatchObject({
    code: 2,
    stderr:
      'nowhere.json: file not found\nsendguard: nowhere.json is not a valid policy (1 problem)\n',
  });
  expect(run('policy', 'validate').code).toBe(2);
});

test('init writes a valid starter policy, refuses to overwrite, --force overwrites', () => {
  const first = run('init', '--domain', 'MyCouncil.gov.uk', '--name', 'My Council');
  expect(first.code).toBe(0);
  expect(first.stdout).toContain('Wrote policy.json: starter policy for mycouncil.gov.uk');
  const written = JSON.parse(readFileSync(join(dir, 'policy.json'), 'utf8'));
  expect(written.council).toEqual({ name: 'My Council', domain: 'mycouncil.gov.uk' });
  expect(written.audiences[0].domains).toEqual(['mycouncil.gov.uk', '*.mycouncil.gov.uk']);
  expect(written.$schema).toMatch(/policy\.schema\.json$/);
  expect(existsSync(resolve(dir, written.$schema))).toBe(true);
  expect(run('policy', 'validate', 'policy.json').code).toBe(0);

  const again = run('init', '--domain', 'other.gov.uk');
  expect(again).toMatchObject({
    code: 2,
    stderr: 'sendguard: policy.json already exists; use --force to overwrite it\n',
  });
  expect(JSON.parse(readFileSync(join(dir, 'policy.json'), 'utf8')).council.domain).toBe(
    'mycouncil.gov.uk',
  );
  expect(run('init', '--domain', 'other.gov.uk', '--force').code).toBe(0);
  expect(JSON.parse(readFileSync(join(dir, 'policy.json'), 'utf8')).council.domain).toBe(
    'other.gov.uk',
  );
});

test('init with the 2014 preset and --out', () => {
  const { code } = run(
    'init',
    '--domain',
    'town.gov.wales',
    '--preset',
    'official-2014',
    '--out',
    'town.json',
  );
  expect(code).toBe(0);
  const written = JSON.parse(readFileSync(join(dir, 'town.json'), 'utf8'));
  expect(written.labels.scheme.map((l: { id: string }) => l.id)).toEqual([
    'OFFICIAL',
    'OFFICIAL-SENSITIVE',
  ]);
  expect(run('policy', 'validate', 'town.json').code).toBe(0);
});

test('init usage errors: exit 2', () => {
  expect(run('init', '--domain', 'not a domain', '--out', 'x.json')).toMatchObject({
    code: 2,
    stderr: 'sendguard: --domain: "not a domain" is not a domain name such as mycouncil.gov.uk\n',
  });
  expect(run('init', '--domain', 'a.gov.uk', '--preset', 'nope', '--out', 'y.json')).toMatchObject({
    code: 2,
    stderr: 'sendguard: --preset must be one of official-2014\n',
  });
  expect(run('init').code).toBe(2);
  expect(existsSync(join(dir, 'x.json'))).toBe(false);
});
