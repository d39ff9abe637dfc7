// `npm run eval`: scores the detectors on the labelled corpus in test/corpus/ and prints precision and recall per entity type.
import { corpus } from '../test/corpus/corpus';
import { evaluateCorpus, floorBreaches, formatReport } from '../test/corpus/evaluate';

const report = evaluateCorpus(corpus);
console.log(formatReport(report));
const breaches = floorBreaches(report);
console.log('');
if (breaches.length === 0) {
  console.log('All published floors met (test/corpus/floors.ts).');
} else {
  console.log(`Below published floors (test/corpus/floors.ts): ${breaches.join('; ')}`);
  process.exitCode = 1;
}
