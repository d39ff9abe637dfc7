// `sendguard scan`: JSON and text output, stdin, exit codes, and no detected value in any output or error.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliIo } from '../../src/cli/main';

const ROOT = join(__dirname, '../..');
const BIN = join(ROOT, 'bin/sendguard.js');

/** Every value planted in the fixtures, in each way it is written. */
const VALUES = [
  '943 476 5919',
  '9434765919',
  '5919',
  'JK 92 47 31 D',
  'JK924731D',
  '4929 1234 5678 9015',
  '4929123456789015',
  'GB82 WEST 1234 5698 7654 32',
  'jane.smith@example.org',
  '07700 900123',
  '12/03/1980',
  'BR1 3UH',
  '81.2.69.160',
];
const SENSITIVE = [
  'Referral for Mrs A Jones, NHS number 943 476 5919, DOB 12/03/1980.',
  'NI number JK 92 47 31 D. Card 4929 1234 5678 9015 expiry 09/27.',
  'IBAN GB82 WEST 1234 5698 7654 32. Email jane.smith@example.org or call 07700 900123.',
  'She lives at 4 Acacia Avenue, Bromley BR1 3UH. Logged in from IP 81.2.69.160.',
].join('\n');

const dir = mkdtempSync(join(tmpdir(), 'sendguard-scan-'));
const sensitiveFile = join(dir, 'case-notes.txt');
const cleanFile = join(dir, 'minutes.txt');
const binaryFile = join(dir, 'export.bin');
const zeroWidthFile = join(dir, 'zero-width.txt');
writeFileSync(sensitiveFile, SENSITIVE);
writeFileSync(cleanFile, 'Minutes of the parks committee. Next meeting on 12/03/2026 in room 4.\n');
writeFileSync(
  binaryFile,
  Buffer.concat([Buffer.from('NHS number 943 476 5919'), Buffer.from([0, 1, 2, 0])]),
);
writeFileSync(zeroWidthFile, '\ufeffNHS number 943\u200b476\u200b5919');

async function run(
  args: string[],
  stdin = '',
): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readStdin: async () => stdin,
  };
  const code = await main(args, io);
  return { code, out, err };
}

function expectNoValues(text: string): void {
  for (const value of VALUES) expect(text).not.toContain(value);
}

describe('sendguard scan (in process)', () => {
  test("--format json prints the brief's array with offsets into the normalised text", async () => {
    const { code, out, err } = await run(['scan', '--format', 'json', sensitiveFile, cleanFile]);
    expect(code).toBe(1);
    expect(err).toBe('');
    const parsed = JSON.parse(out) as Array<{
      file: string;
      findings: Array<Record<string, unknown>>;
    }>;
    expect(parsed.map((r) => r.file)).toEqual([sensitiveFile, cleanFile]);
    expect(parsed[1]!.findings).toEqual([]);
    const findings = parsed[0]!.findings;
    for (const f of findings)
      expect(Object.keys(f)).toEqual(['type', 'start', 'end', 'confidence']);
    expect(findings.map((f) => f.type)).toEqual([
      'NHS_NUMBER',
      'DATE_OF_BIRTH',
      'UK_NINO',
      'PAYMENT_CARD',
      'IBAN',
      'EMAIL_ADDRESS',
      'UK_PHONE',
      'UK_POSTCODE',
      'IP_ADDRESS',
    ]);
    const nhs = findings[0]!;
    expect(SENSITIVE.slice(nhs.start as number, nhs.end as number)).toBe('943 476 5919');
    expectNoValues(out);
  });

  test('text format prints type, offsets and confidence, never values', async () => {
    const { code, out } = await run(['scan', sensitiveFile]);
    expect(code).toBe(1);
    expect(out).toContain(`${sensitiveFile}: 9 findings`);
    expect(out).toMatch(/NHS_NUMBER\s+37-49\s+confidence 0\.95/);
    expectNoValues(out);
  });

  test('exit 0 when nothing is found', async () => {
    const { code, out } = await run(['scan', cleanFile]);
    expect(code).toBe(0);
    expect(out).toBe(`${cleanFile}: no findings\n`);
  });

  test('- reads standard input', async () => {
    const { code, out } = await run(['scan', '-', '--format', 'json'], 'call 07700 900123');
    expect(code).toBe(1);
    expect(JSON.parse(out)).toEqual([
      { file: '-', findings: [{ type: 'UK_PHONE', start: 5, end: 17, confidence: 0.9 }] },
    ]);
  });

  test('text is normalised first: BOM and zero-width characters removed, offsets into the normalised text', async () => {
    const { out } = await run(['scan', '--format', 'json', zeroWidthFile]);
    expect(JSON.parse(out)).toEqual([
      {
        file: zeroWidthFile,
        findings: [{ type: 'NHS_NUMBER', start: 11, end: 21, confidence: 0.95 }],
      },
    ]);
  });

  test('a missing file is exit 2 with a message naming it, and nothing else printed', async () => {
    const missing = join(dir, 'missing.txt');
    const { code, out, err } = await run(['scan', sensitiveFile, missing]);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toBe(`sendguard: ${missing}: file not found\n`);
  });

  test('a directory or a binary file is exit 2 naming the file, without its content', async () => {
    const asDir = await run(['scan', dir]);
    expect(asDir.code).toBe(2);
    expect(asDir.err).toContain(`${dir}: is a directory`);
    const binary = await run(['scan', binaryFile]);
    expect(binary.code).toBe(2);
    expect(binary.err).toBe(`sendguard: ${binaryFile}: not a plain text file (binary content)\n`);
    expectNoValues(binary.err + binary.out);
  });

  test('an unknown format is a usage error', async () => {
    const { code, err } = await run(['scan', '--format', 'xml', cleanFile]);
    expect(code).toBe(2);
    expect(err).toContain('--format must be one of text, json');
  });
});

describe('sendguard scan (the real binary)', () => {
  beforeAll(() => {
    if (!existsSync(join(ROOT, 'dist/cli/sendguard.cjs'))) {
      execFileSync(process.execPath, [join(ROOT, 'scripts/build-cli.mjs')], { cwd: ROOT });
    }
  }, 60_000);

  test('json, text, stdin and errors: right exit codes, no value on stdout or stderr', () => {
    const json = spawnSync(process.execPath, [BIN, 'scan', '--format', 'json', sensitiveFile], {
      encoding: 'utf8',
    });
    expect(json.status).toBe(1);
    expect((JSON.parse(json.stdout) as Array<{ findings: unknown[] }>)[0]!.findings).toHaveLength(
      9,
    );
    const text = spawnSync(process.execPath, [BIN, 'scan', sensitiveFile, cleanFile], {
      encoding: 'utf8',
    });
    expect(text.status).toBe(1);
    const stdin = spawnSync(process.execPath, [BIN, 'scan', '-'], {
      encoding: 'utf8',
      input: SENSITIVE,
    });
    expect(stdin.status).toBe(1);
    expect(stdin.stdout).toContain('-: 9 findings');
    const clean = spawnSync(process.execPath, [BIN, 'scan', cleanFile], { encoding: 'utf8' });
    expect(clean.status).toBe(0);
    const missing = spawnSync(process.execPath, [BIN, 'scan', join(dir, 'nope.txt')], {
      encoding: 'utf8',
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nope.txt: file not found');
    const binary = spawnSync(process.execPath, [BIN, 'scan', binaryFile], { encoding: 'utf8' });
    expect(binary.status).toBe(2);
    for (const r of [json, text, stdin, clean, missing, binary])
      expectNoValues(r.stdout + r.stderr);
  }, 60_000);
});
