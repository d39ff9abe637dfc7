// Benchmark section: throughput of each category detector (lexicon matcher) on 10 MB of generated council mail, and hostile inputs.
import { detector as commercial } from '../../src/detectors/commercial-confidential';
import { detector as credential } from '../../src/detectors/credential';
import { detector as criminal } from '../../src/detectors/criminal-offence';
import { lexiconSize } from '../../src/detectors/lexicon';
import { commercialConfidentialLexicon } from '../../src/detectors/lexicons/commercial-confidential';
import { credentialLexicon } from '../../src/detectors/lexicons/credential';
import { criminalOffenceLexicon } from '../../src/detectors/lexicons/criminal-offence';
import { safeguardingLexicon } from '../../src/detectors/lexicons/safeguarding';
import { specialCategoryHealthLexicon } from '../../src/detectors/lexicons/special-category-health';
import { specialCategoryOtherLexicon } from '../../src/detectors/lexicons/special-category-other';
import { detector as safeguarding } from '../../src/detectors/safeguarding';
import { detector as health } from '../../src/detectors/special-category-health';
import { detector as other } from '../../src/detectors/special-category-other';
import type { DetectContext, Detector } from '../../src/detectors/types';
import { generateCouncilMail } from './lib/council-mail';

export const title = 'Category detectors: lexicon matcher throughput and hostile inputs';

const MB = 1024 * 1024;
const CORPUS_BYTES = 10 * MB;
const RUNS = 3;
const HOSTILE_LIMIT_MS = 1_000;
const NO_POLICY: DetectContext = { lexicons: {} };
const DETECTORS: readonly Detector[] = [
  credential,
  health,
  other,
  criminal,
  safeguarding,
  commercial,
];

function bestMs(fn: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

function pad(text: string, width: number): string {
  return text.padEnd(width);
}

export async function run(): Promise<void> {
  const text = generateCouncilMail(CORPUS_BYTES).join('\n\n');
  const megabytes = text.length / MB;
  console.log(`corpus: ${megabytes.toFixed(1)} MB of generated council mail, best of ${RUNS} runs`);
  let totalMs = 0;
  for (const detector of DETECTORS) {
    let findings = 0;
    const ms = bestMs(() => {
      findings = (detector.detect?.(text, NO_POLICY) ?? []).filter(
        (f) => f.confidence >= 0.5,
      ).length;
    });
    totalMs += ms;
    console.log(
      `${pad(detector.meta.id, 26)} ${(megabytes / (ms / 1000)).toFixed(0).padStart(5)} MB/s  ${ms.toFixed(0).padStart(5)} ms  ${findings} findings`,
    );
  }
  console.log(
    `${pad('all six, one after another', 26)} ${(megabytes / (totalMs / 1000)).toFixed(0).padStart(5)} MB/s  ${totalMs.toFixed(0).padStart(5)} ms`,
  );

  console.log('\nlexicon sizes (phrases / anchored terms / anchors / negatives):');
  const sizes: Array<[string, ReturnType<typeof lexiconSize>]> = [
    ['special-category-health', lexiconSize(specialCategoryHealthLexicon)],
    ['special-category-other', lexiconSize(specialCategoryOtherLexicon)],
    ['criminal-offence', lexiconSize(criminalOffenceLexicon)],
    ['safeguarding', lexiconSize(safeguardingLexicon)],
    ['commercial-confidential', lexiconSize(commercialConfidentialLexicon)],
  ];
  for (const [id, s] of sizes)
    console.log(`${pad(id, 26)} ${s.phrases} / ${s.anchoredTerms} / ${s.anchors} / ${s.negatives}`);
  const c = credentialLexicon;
  const keywords =
    c.secret.length +
    c.phrase.length +
    c.strict.length +
    c.pin.length +
    c.login.length +
    c.token.length;
  console.log(
    `${pad('credential', 26)} ${keywords} keywords / ${c.stopValues.length} stop values / ${c.negatives.length} negatives`,
  );

  console.log(
    `\nhostile inputs (1 MB each), slowest category detector, limit ${HOSTILE_LIMIT_MS} ms:`,
  );
  const hostile: Array<[string, string]> = [
    ['spaces', ' '.repeat(MB)],
    ['one long word', 'a'.repeat(MB)],
    ['digits and spaces', '1 2 '.repeat(MB / 4)],
    ['repeated phrase prefix', 'child protection '.repeat(MB / 17)],
    ['repeated keyword and colon', 'password: '.repeat(MB / 10)],
    ['repeated login split', 'login is a / '.repeat(MB / 13)],
    ['a term and anchor in every word', 'he has diabetes '.repeat(MB / 16)],
    ['hyphens', 'self-'.repeat(MB / 5)],
    ['abbreviation stops', 'Mr. '.repeat(MB / 4)],
    ['names with predicates', 'Mia Khan has '.repeat(MB / 13)],
    // The structural matchers' leads, each with most of its tail.
    ['disclosure frames', 'she disclosed that he hit her and '.repeat(MB / 34)],
    ['fear of a person', 'scared of going home to her stepdad '.repeat(MB / 36)],
    ['threats', 'threatened to take the children '.repeat(MB / 32)],
    ['negotiating positions', 'our opening offer of £1.2m to Redwood '.repeat(MB / 38)],
    ['party membership', 'a member of the Labour Party '.repeat(MB / 29)],
  ];
  for (const [name, input] of hostile) {
    let worst = 0;
    let worstId = '';
    for (const detector of DETECTORS) {
      const start = performance.now();
      detector.detect?.(input, NO_POLICY);
      const ms = performance.now() - start;
      if (ms > worst) [worst, worstId] = [ms, detector.meta.id];
    }
    const status = worst < HOSTILE_LIMIT_MS ? 'ok' : 'TOO SLOW';
    console.log(`${pad(name, 34)} ${worst.toFixed(0).padStart(5)} ms (${worstId}) ${status}`);
    if (worst >= HOSTILE_LIMIT_MS) process.exitCode = 1;
  }
}
