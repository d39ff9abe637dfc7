// Benchmark section: the first verdict in a fresh process (loading the code, then one 20 KB message), and the built event bundle's first Send, as a Send meets a runtime that has just started.
import { execFileSync, spawnSync } from 'node:child_process';
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

/**
 * Runs the built event bundle (dist/commands.js) as the classic runtime does, one script in a bare
 * context with the fake Office host answering every call at once, then fires OnMessageSend twice
 * with the message's body in the compose item, printing the times as JSON.
 */
const SEND_ENTRY = `
import { readFileSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { installFakeOffice } from './src/office/fake/index';
const source = readFileSync(process.argv[2], 'utf8');
const message = JSON.parse(readFileSync(process.argv[3], 'utf8'));
const context = createContext({ setTimeout, clearTimeout });
const fake = installFakeOffice(context, {
  organisationDomain: 'examplecouncil.gov.uk',
  item: { to: message.to, subject: message.subject, body: message.body, bodyType: 'text' },
});
// Heap the bundle keeps (after a full collection, outside the timed spans), in MB.
const heap = () => { gc(); return process.memoryUsage().heapUsed / 1e6; };
const before = heap();
let at = performance.now();
runInContext(source, context);
const loadMs = performance.now() - at;
const loadHeapMB = heap() - before;
at = performance.now();
fake.fire('OnMessageSend').then((first) => {
  const firstMs = performance.now() - at;
  const sendHeapMB = heap() - before;
  at = performance.now();
  return fake.fire('OnMessageSend').then(() => {
    const secondMs = performance.now() - at;
    const findings = first && first.options && first.options.allowEvent === false ? 1 : 0;
    console.log(JSON.stringify({ loadMs, firstMs, secondMs, findings, loadHeapMB, sendHeapMB }));
  });
});
`;

interface Times {
  loadMs: number;
  firstMs: number;
  secondMs: number;
  findings: number;
  /** Event bundle only: heap it keeps after loading, and after the first Send (MB). */
  loadHeapMB?: number;
  sendHeapMB?: number;
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
  const runs = runFresh(script, [messageFile]);
  if (runs === undefined) return;
  const fmt = (list: Times[], pick: (t: Times) => number): string =>
    `median ${median(list.map(pick)).toFixed(1)} ms (${list.map((t) => pick(t).toFixed(1)).join(', ')})`;
  console.log(
    `${RUNS} fresh processes, one ${(text.length / 1024).toFixed(1)} KB message (${runs[0]?.findings ?? 0} finding types):`,
  );
  console.log(`  loading the engine, detectors and default policy: ${fmt(runs, (t) => t.loadMs)}`);
  console.log(`  first verdict:                                   ${fmt(runs, (t) => t.firstMs)}`);
  console.log(`  second verdict, same process:                    ${fmt(runs, (t) => t.secondMs)}`);

  // The add-in's own event bundle, minified as shipped, in a bare context as the classic runtime loads it.
  const dist = join(outDir, 'dist');
  execFileSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    cwd: root,
    env: { ...process.env, SENDGUARD_DIST: dist, SENDGUARD_TASKPANE: '0' },
    stdio: 'pipe',
  });
  const sendScript = join(outDir, 'cold-send.cjs');
  await build({
    stdin: { contents: SEND_ENTRY, resolveDir: root, loader: 'ts', sourcefile: 'cold-send.ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile: sendScript,
    logLevel: 'warning',
  });
  const sends = runFresh(sendScript, [join(dist, 'commands.js'), messageFile], ['--expose-gc']);
  if (sends === undefined) return;
  console.log(
    `The event bundle (dist/commands.js) in ${RUNS} fresh processes, fake host answering at once, the same message as the body:`,
  );
  console.log(`  loading the bundle:                               ${fmt(sends, (t) => t.loadMs)}`);
  console.log(
    `  first Send, event to completed:                   ${fmt(sends, (t) => t.firstMs)}`,
  );
  console.log(
    `  second Send, same process:                        ${fmt(sends, (t) => t.secondMs)}`,
  );
  const mb = (pick: (t: Times) => number): string =>
    `median ${median(sends.map(pick)).toFixed(1)} MB (${sends.map((t) => pick(t).toFixed(1)).join(', ')})`;
  console.log(
    `  heap kept after loading:                          ${mb((t) => t.loadHeapMB ?? 0)}`,
  );
  console.log(
    `  heap kept after the first Send:                   ${mb((t) => t.sendHeapMB ?? 0)}`,
  );
  if (sends.some((t) => t.findings !== 1))
    console.log('  (a Send was not blocked: the message should need a label)');
}

/** Runs `script` with `args` in RUNS fresh processes and reads the JSON each prints; undefined (said) when one fails. */
function runFresh(script: string, args: string[], flags: string[] = []): Times[] | undefined {
  const runs: Times[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const child = spawnSync(process.execPath, [...flags, script, ...args], { encoding: 'utf8' });
    if (child.status !== 0) {
      console.log(`cold start: the child process failed (${child.stderr.split('\n')[0] ?? ''})`);
      return undefined;
    }
    runs.push(JSON.parse(child.stdout) as Times);
  }
  return runs;
}
