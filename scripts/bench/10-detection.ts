// Benchmark section: detection throughput against @redactpii/node on generated council mail, then hostile inputs.
import { Redactor } from '@redactpii/node';
import { ENTITY_TYPES } from '../../src/detectors/types';
import { scanText } from '../../src/detectors/scan';
import { htmlToText } from '../../src/message/html';
import { normaliseText } from '../../src/message/normalise';
import { generateCouncilMail, seededRandom } from './lib/council-mail';

export const title = 'Detection throughput and hostile inputs';

const CORPUS_BYTES = 5 * 1024 * 1024;
const RUNS = 5;
/** After three runs, stop timing an engine once it has used this long, keeping the section under a minute. */
const ENGINE_BUDGET_MS = 15_000;
const HOSTILE_LIMIT_MS = 1_000;

function timeMs(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1
    ? (s[mid] as number)
    : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

interface Throughput {
  medianMBs: number;
  bestMBs: number;
  runs: number;
  findings: number;
}

type Engine = (message: string) => number;

/**
 * One warm-up pass per engine, then timed passes over every message, alternating engines so that both
 * see the same machine load; MB/s in 10^6 bytes per second.
 */
function measurePair(
  messages: readonly string[],
  bytes: number,
  a: Engine,
  b: Engine,
): [Throughput, Throughput] {
  const engines = [a, b];
  const findings = engines.map((engine) => messages.reduce((n, m) => n + engine(m), 0));
  const rates: number[][] = [[], []];
  const spent = [0, 0];
  for (let run = 0; run < RUNS; run += 1) {
    engines.forEach((engine, i) => {
      if (run >= 3 && (spent[i] as number) > ENGINE_BUDGET_MS) return;
      const ms = timeMs(() => {
        for (const m of messages) engine(m);
      });
      spent[i] = (spent[i] as number) + ms;
      (rates[i] as number[]).push(bytes / 1e6 / (ms / 1000));
    });
  }
  const result = (i: number): Throughput => {
    const r = rates[i] as number[];
    return {
      medianMBs: median(r),
      bestMBs: Math.max(...r),
      runs: r.length,
      findings: findings[i] as number,
    };
  };
  return [result(0), result(1)];
}

function hostileInputs(): Array<{ name: string; html: boolean; text: string }> {
  const r = seededRandom(7);
  const MB = 1024 * 1024;
  let digitsAndSpaces = '';
  while (digitsAndSpaces.length < MB)
    digitsAndSpaces += r() < 0.25 ? ' ' : String(Math.floor(r() * 10));
  let noSpaces = '';
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789.@-_';
  while (noSpaces.length < MB) noSpaces += alphabet[Math.floor(r() * alphabet.length)];
  return [
    { name: '1 MB of digits and spaces', html: false, text: digitsAndSpaces },
    { name: '1 MB without spaces (letters, digits, . @ - _)', html: false, text: noSpaces },
    { name: '1 MB of one digit', html: false, text: '7'.repeat(MB) },
    { name: '100k "a@" repetitions', html: false, text: 'a@'.repeat(100_000) },
    { name: '500k "1." repetitions', html: false, text: '1.'.repeat(500_000) },
    { name: '100k "password: " repetitions', html: false, text: 'password: '.repeat(100_000) },
    {
      name: 'HTML nested 100k <div> deep',
      html: true,
      text: '<div>'.repeat(100_000) + 'NHS number' + '</div>'.repeat(100_000),
    },
    {
      name: 'HTML 200k digits each in its own <span>',
      html: true,
      text: '<span>4</span>'.repeat(200_000),
    },
  ];
}

export async function run(): Promise<void> {
  const started = performance.now();
  const messages = generateCouncilMail(CORPUS_BYTES);
  const bytes = messages.reduce((n, m) => n + Buffer.byteLength(m, 'utf8'), 0);
  console.log(
    `Corpus: ${messages.length} generated council emails, ${(bytes / 1e6).toFixed(2)} MB (seeded, identical every run)`,
  );

  const redactor = new Redactor();
  const [sendguard, redactpii] = measurePair(
    messages,
    bytes,
    (m) => scanText(normaliseText(m)).length,
    (m) => (redactor.redact(m) === m ? 0 : 1),
  );
  console.log(
    `Sendguard (normaliseText + scanText, ${ENTITY_TYPES.length} types): median ${sendguard.medianMBs.toFixed(1)} MB/s, best ${sendguard.bestMBs.toFixed(1)} MB/s over ${sendguard.runs} runs; ${sendguard.findings} findings`,
  );
  console.log(
    `@redactpii/node (new Redactor().redact, default rules): median ${redactpii.medianMBs.toFixed(1)} MB/s, best ${redactpii.bestMBs.toFixed(1)} MB/s over ${redactpii.runs} runs; ${redactpii.findings} messages changed`,
  );
  console.log(
    `Ratio Sendguard / @redactpii/node (medians): ${(sendguard.medianMBs / redactpii.medianMBs).toFixed(2)}`,
  );

  // A council's policy may extend the category lexicons (detection.lexicons): the same scan with one.
  const lexicons = {
    SAFEGUARDING: {
      phrases: ['exploitation panel referral', 'contextual safeguarding meeting'],
      negatives: ['safeguarding newsletter'],
    },
    SPECIAL_CATEGORY_HEALTH: { phrases: ['long covid clinic'] },
    CREDENTIAL: { phrases: ['door entry fob code'] },
  };
  const [extended] = measurePair(
    messages,
    bytes,
    (m) => scanText(normaliseText(m), { lexicons }).length,
    (m) => scanText(normaliseText(m)).length,
  );
  console.log(
    `Sendguard with a policy's lexicon extensions (3 lexicons): median ${extended.medianMBs.toFixed(1)} MB/s, best ${extended.bestMBs.toFixed(1)} MB/s over ${extended.runs} runs; ${extended.findings} findings`,
  );

  console.log(
    '\nHostile inputs (one message each, htmlToText for HTML, then normaliseText + scanText):',
  );
  let over = 0;
  for (const input of hostileInputs()) {
    let outcome = '';
    const ms = timeMs(() => {
      try {
        const text = normaliseText(input.html ? htmlToText(input.text) : input.text);
        outcome = `${scanText(text).length} findings`;
      } catch (error) {
        outcome = `threw ${error instanceof Error ? error.name : 'error'}`;
      }
    });
    const flag = ms > HOSTILE_LIMIT_MS ? '  OVER 1 s' : '';
    if (flag !== '') over += 1;
    console.log(`  ${input.name.padEnd(48)} ${ms.toFixed(1).padStart(8)} ms  (${outcome})${flag}`);
  }
  console.log(
    over === 0
      ? 'All hostile inputs finished under 1 s.'
      : `${over} hostile input(s) took over 1 s.`,
  );
  console.log(`Section time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
