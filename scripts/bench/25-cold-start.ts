// Benchmark section: the first verdict in a fresh process (loading the code, then one 20 KB message), as a Send meets a runtime that has just started.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { generateCouncilMail } from './lib/council-mail';

export const title = 'Cold start: the first verdict in a fresh process';

const RUNS = 5;
const TYPICAL_BYTES = 20 * 1024;
/** The project root (the bench runner defines `__dirname` as scripts/bench). */
const root = join(__dirname, '..', '..');
const outDir = join(root, 'node_modules', '.cache', 'sendguard-bench');

/**
 * Loads the engine, the detectors and the default policy, then evaluates the message in the file
 * named on the command line twice, printing the times as JSON. `START` is set by the bundle's first
 * line, before any module of the project is evaluated.
 */
const ENTRY = `
import { readFileSync } from 'node:fs';
import { evaluate } from './src/engine/evaluate';
import { defaultPolicy } from './src/policy/default';
import { MessageSnapshotSchema } from './src/message/types';
const loadMs = performance.now() - START;
const message = MessageSnapshotSchema.parse(JSON.parse(readFileSync(process.argv[2], 'utf8')));
let at = performance.now();
const verdict = evaluate(message, defaultPolicy, new Date());
const firstMs = performance.now() - at;
at = performance.now();
evaluate(message, defaultPolicy, new Date());
const secondMs = performance.now() - at;
console.log(JSON.stringify({ loadMs, firstMs, secondMs, findings: verdict.findings.length }));
`;

interface Times {
  loadMs: number;
  firstMs: number;
  secondMs: number;
  findings: number;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

export async function run(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const script = join(outDir, 'cold-start.cjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'cold-start.ts' },
    banner: { js: 'const START = performance.now();' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile: script,
    logLevel: 'warning',
  });
  const text = generateCouncilMail(TYPICAL_BYTES, 11).join('\n\n').slice(0, TYPICAL_BYTES);
  const messageFile = join(outDir, 'cold-start-message.json');
  writeFileSync(
    messageFile,
    JSON.stringify({
      from: 'a.officer@examplecouncil.gov.uk',
      to: ['b.officer@examplecouncil.gov.uk', 'Dr R Shah <r.shah@nhs.net>'],
      subject: 'RE: Case conference follow-up',
      body: text,
    }),
  );
  const runs: Times[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const child = spawnSync(process.execPath, [script, messageFile], { encoding: 'utf8' });
    if (child.status !== 0) {
      console.log(`cold start: the child process failed (${child.stderr.split('\n')[0] ?? ''})`);
      return;
    }
    runs.push(JSON.parse(child.stdout) as Times);
  }
  const fmt = (pick: (t: Times) => number): string =>
    `median ${median(runs.map(pick)).toFixed(1)} ms (${runs.map((t) => pick(t).toFixed(1)).join(', ')})`;
  console.log(
    `${RUNS} fresh processes, one ${(text.length / 1024).toFixed(1)} KB message (${runs[0]?.findings ?? 0} finding types):`,
  );
  console.log(`  loading the engine, detectors and default policy: ${fmt((t) => t.loadMs)}`);
  console.log(`  first verdict:                                   ${fmt((t) => t.firstMs)}`);
  console.log(`  second verdict, same process:                    ${fmt((t) => t.secondMs)}`);
}
