// Benchmark section: verdict latency for a typical 20 KB message with 10 recipients, and one 10 MB body with 20 attachments.
import { cpus, loadavg } from 'node:os';
import { evaluate } from '../../src/engine/evaluate';
import { MessageSnapshotSchema, type MessageSnapshot } from '../../src/message/types';
import { defaultPolicy } from '../../src/policy/default';
import { generateCouncilMail } from './lib/council-mail';

export const title = 'Engine: verdict latency';

const TYPICAL_BYTES = 20 * 1024;
const LARGE_BYTES = 10 * 1024 * 1024;
const WARMUP = 100;
const ITERATIONS = 2000;
const LARGE_RUNS = 3;
const P99_TARGET_MS = 5;
const LARGE_TARGET_MS = 1000;

const RECIPIENTS = [
  'B Officer <b.officer@examplecouncil.gov.uk>',
  'c.officer@examplecouncil.gov.uk',
  'housing.team@examplecouncil.gov.uk',
  'Dr R Shah <r.shah@nhs.net>',
  'dc.jones@kent.police.uk',
  'head@oakfield.sch.uk',
  'research@leeds.ac.uk',
  'Jo Bloggs <jo.bloggs@gmail.com>',
  'sales@acme-consulting.co.uk',
  'newsdesk@bbc.co.uk',
];

/** Council mail text of at least `bytes` UTF-8 bytes, cut to size at a line break. */
function councilText(bytes: number, seed: number): string {
  const text = generateCouncilMail(bytes, seed).join('\n\n');
  const cut = text.lastIndexOf('\n', bytes);
  return text.slice(0, cut > 0 ? cut : bytes);
}

function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

function percentile(sorted: readonly number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function typicalMessage(): MessageSnapshot {
  return MessageSnapshotSchema.parse({
    from: 'a.officer@examplecouncil.gov.uk',
    to: RECIPIENTS.slice(0, 4),
    cc: RECIPIENTS.slice(4, 8),
    bcc: RECIPIENTS.slice(8),
    subject: 'RE: [PROTECT] Case conference follow-up',
    body: councilText(TYPICAL_BYTES, 7),
    composeType: 'replyAll',
    original: {
      from: 'b.officer@examplecouncil.gov.uk',
      to: ['a.officer@examplecouncil.gov.uk', 'c.officer@examplecouncil.gov.uk'],
      subject: '[PROTECT] Case conference follow-up',
    },
  });
}

function largeMessage(): MessageSnapshot {
  const attachments = Array.from({ length: 20 }, (_, i) => {
    const text = councilText(64 * 1024, 100 + i);
    return i % 2 === 0
      ? {
          name: `notes-${i}.txt`,
          contentType: 'text/plain',
          size: text.length,
          contentBase64: base64(text),
        }
      : {
          name: `list-${i}.csv`,
          contentType: 'text/csv',
          size: text.length,
          contentBase64: base64(text.replace(/\n/g, ',\n')),
        };
  });
  return MessageSnapshotSchema.parse({
    from: 'a.officer@examplecouncil.gov.uk',
    to: RECIPIENTS,
    subject: '[RESTRICTED] Quarterly casework extract',
    body: councilText(LARGE_BYTES, 42),
    attachments,
  });
}

function machineLoad(): string {
  return `load average ${(loadavg()[0] ?? 0).toFixed(1)} on ${cpus().length} CPUs`;
}

export async function run(): Promise<void> {
  console.log(`machine before: ${machineLoad()}`);
  const now = new Date('2026-11-22T10:00:00Z');
  const typical = typicalMessage();
  let verdict = evaluate(typical, defaultPolicy, now);
  for (let i = 0; i < WARMUP; i += 1) evaluate(typical, defaultPolicy, now);
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i += 1) {
    const start = performance.now();
    verdict = evaluate(typical, defaultPolicy, now);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const p99 = percentile(times, 99);
  console.log(
    `typical message: ${(typical.body.length / 1024).toFixed(1)} KB body, ${RECIPIENTS.length} recipients, ` +
      `${verdict.decision} with ${verdict.reasons.length} reasons, ${verdict.findings.reduce((n, f) => n + f.count, 0)} findings`,
  );
  console.log(
    `verdict latency over ${ITERATIONS} runs: p50 ${p50.toFixed(2)} ms, p99 ${p99.toFixed(2)} ms ` +
      `(target p99 < ${P99_TARGET_MS} ms: ${p99 < P99_TARGET_MS ? 'met' : 'MISSED'})`,
  );

  const large = largeMessage();
  const attachmentBytes = large.attachments.reduce((n, a) => n + (a.size ?? 0), 0);
  const largeTimes: number[] = [];
  for (let i = 0; i < LARGE_RUNS; i += 1) {
    const start = performance.now();
    verdict = evaluate(large, defaultPolicy, now);
    largeTimes.push(performance.now() - start);
  }
  largeTimes.sort((a, b) => a - b);
  const worst = largeTimes[largeTimes.length - 1] ?? Number.NaN;
  console.log(
    `large message: ${(large.body.length / (1024 * 1024)).toFixed(1)} MB body, ${large.attachments.length} attachments ` +
      `(${(attachmentBytes / (1024 * 1024)).toFixed(2)} MB), ${verdict.decision} with ${verdict.findings.reduce((n, f) => n + f.count, 0)} findings`,
  );
  console.log(
    `large message verdict over ${LARGE_RUNS} runs: best ${(largeTimes[0] ?? Number.NaN).toFixed(0)} ms, worst ${worst.toFixed(0)} ms ` +
      `(target < ${LARGE_TARGET_MS} ms: ${worst < LARGE_TARGET_MS ? 'met' : 'MISSED'})`,
  );
  console.log(`machine after: ${machineLoad()}`);
}
