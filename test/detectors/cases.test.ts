// Runs every registered detector's table of cases through the shared case runner.
import { detectors } from '../../src/detectors/index';
import { runDetectorCases, type DetectorCases } from './runner';

for (const detector of detectors) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- tables are found by detector id.
  const table = (require(`./cases/${detector.meta.id}.cases`) as { default: DetectorCases })
    .default;
  runDetectorCases(detector.meta.id, table);
}
