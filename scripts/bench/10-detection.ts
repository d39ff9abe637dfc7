// Benchmark section: detection throughput against @redactpii/node on generated council mail, then hostile inputs.
import { Redactor } from '@redactpii/node';
import { detectors } from '../../src/detectors/index';
import { beginText, digitRuns } from '../../src/detectors/lib/prefilter';
import { runDetectors } from '../../src/detectors/lib/engine';
import { ENTITY_TYPES } from '../../src/detectors/types';
import { DEFAULT_THRESHOLD, scanText } from '../../src/detectors/scan';
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

/** The fastest of `runs` passes of `pass`, in ms (after one warm-up pass). */
function bestMs(pass: () => void, runs = 5): number {
  pass();
  let best = Infinity;
  for (let run = 0; run < runs; run += 1) best = Math.min(best, timeMs(pass));
  return best;
}

/**
 * Where a pass of Sendguard goes: normaliseText, the word index (one pass over each message, which
 * every phrase and digit search reads), then each group of detectors as it is added to the ones
 * before (so the context-word pass counts with the digit detectors, the first to need it). Best of
 * five passes each.
 */
function breakdown(messages: readonly string[], redactor: Redactor): void {
  const texts = messages.map(normaliseText);
  const context = { lexicons: {} };
  const normalise = bestMs(() => {
    for (const m of messages) normaliseText(m);
  });
  const index = bestMs(() => {
    for (const text of texts) {
      beginText(text);
      digitRuns(text);
    }
  });
  const digitIds = detectors
    .filter((d) => d.minDigits !== undefined && d.anchor === undefined)
    .map((d) => d.meta.id);
  const lexiconIds = [
    'commercial-confidential',
    'criminal-offence',
    'safeguarding',
    'special-category-health',
    'special-category-other',
  ];
  const groups: Array<[string, readonly string[]]> = [
    [`${digitIds.length} digit detectors and the context-word pass`, digitIds],
    ['email-address', ['email-address']],
    ['credential', ['credential']],
    [`${lexiconIds.length} lexicon category detectors`, lexiconIds],
  ];
  const parts: Array<[string, number]> = [
    ['normaliseText', normalise],
    ['word index (digit runs and phrase starts)', index],
  ];
  const ids: string[] = [];
  let before = index;
  for (const [name, more] of groups) {
    ids.push(...more);
    const chosen = detectors.filter((d) => ids.includes(d.meta.id));
    const ms = bestMs(() => {
      for (const text of texts) runDetectors(chosen, text, DEFAULT_THRESHOLD, context);
    });
    parts.push([name, ms - before]);
    before = ms;
  }
  const whole = bestMs(() => {
    for (const m of messages) scanText(normaliseText(m));
  });
  console.log('\nWhere a Sendguard pass goes (best of 5 passes, ms):');
  for (const [name, ms] of parts) console.log(`  ${name.padEnd(50)} ${ms.toFixed(1).padStart(6)}`);
  const sum = parts.reduce((n, [, ms]) => n + ms, 0);
  console.log(`  ${'sum of the parts'.padEnd(50)} ${sum.toFixed(1).padStart(6)}`);
  console.log(
    `  ${'the whole pass (normaliseText + scanText)'.padEnd(50)} ${whole.toFixed(1).padStart(6)}`,
  );
  const peer = bestMs(() => {
    for (const m of messages) redactor.redact(m);
  });
  console.log(`  ${'@redactpii/node, the whole pass'.padEnd(50)} ${peer.toFixed(1).padStart(6)}`);
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
  // Every type must be found in the corpus, so that the throughput includes each detector's matching.
  const byType = new Map<string, number>(ENTITY_TYPES.map((type) => [type, 0]));
  for (const m of messages)
    for (const f of scanText(normaliseText(m))) byType.set(f.type, (byType.get(f.type) ?? 0) + 1);
  const found = [...byType].filter(([, n]) => n > 0);
  console.log(
    `Findings by type (${found.length} of ${ENTITY_TYPES.length} types): ${[...byType].map(([type, n]) => `${type} ${n}`).join(', ')}`,
  );

  breakdown(messages, redactor);

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
