// `npm run eval`: scores the detectors on the labelled corpus in test/corpus/ and prints precision and recall per entity type.
// `npm run eval -- --prefix hx-` scores only the cases whose id starts with the prefix (e.g. the hold-out set).
import { corpus } from '../test/corpus/corpus';
import { evaluateCorpus, floorBreaches, formatReport } from '../test/corpus/evaluate';
import type { EntityType } from '../src/detectors/types';
import {
  evaluateByMessage,
  evaluateHeldout,
  formatByMessage,
  formatHeldout,
  heldoutFloorBreaches,
  HELDOUT_TEST_FLOORS,
  HELDOUT_TEST_TWO_FLOORS,
  messageBelow,
} from '../test/corpus/heldout/score';
import { heldoutTestCases } from '../test/corpus/heldout/test';
import { heldoutTestTwoCases } from '../test/corpus/heldout/test-two';

const at = process.argv.indexOf('--prefix');
const prefix = at >= 0 ? process.argv[at + 1] : undefined;
if (at >= 0 && (prefix === undefined || prefix === '')) {
  console.error('usage: npm run eval [-- --prefix <case id prefix>]');
  process.exit(2);
}
const cases = prefix === undefined ? corpus : corpus.filter((c) => c.id.startsWith(prefix));
if (prefix !== undefined) console.log(`Subset: cases whose id starts with "${prefix}"`);

const report = evaluateCorpus(cases);
console.log(formatReport(report));
const breaches = floorBreaches(report);
console.log('');
if (breaches.length === 0) {
  console.log('All published floors met (test/corpus/floors.ts).');
} else {
  console.log(`Below published floors (test/corpus/floors.ts): ${breaches.join('; ')}`);
  process.exitCode = 1;
}

// The held-out test set (test/corpus/heldout/test.ts): category types on wording never used for tuning.
const heldout = evaluateHeldout(heldoutTestCases);
console.log('');
console.log(formatHeldout('Held-out test set', heldout, HELDOUT_TEST_FLOORS, false));
const heldoutBreaches = heldoutFloorBreaches(heldout);
// Held-out test set two (test/corpus/heldout/test-two.ts): one label per email, scored by email.
const byEmail = evaluateByMessage(heldoutTestTwoCases);
console.log('');
console.log(
  formatByMessage(
    `Held-out test set two: ${heldoutTestTwoCases.length} emails, scored by email`,
    byEmail,
    HELDOUT_TEST_TWO_FLOORS,
  ),
);
for (const [type, floor] of Object.entries(HELDOUT_TEST_TWO_FLOORS))
  for (const m of messageBelow(byEmail[type as EntityType], floor))
    heldoutBreaches.push(`${type} ${m} (set two)`);
console.log('');
if (heldoutBreaches.length === 0) {
  console.log('Held-out floors met (test/corpus/heldout/score.ts).');
} else {
  console.log(
    `Below held-out floors (test/corpus/heldout/score.ts): ${heldoutBreaches.join('; ')}`,
  );
  process.exitCode = 1;
}
