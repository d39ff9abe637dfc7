// The built task pane bundle: a published gzip ceiling and no library parts it never runs (zod's other locales, htmlparser2's DOM).
import { join } from 'node:path';
import {
  buildInto,
  bundledInputs,
  FORBIDDEN_BUNDLE_INPUTS,
  gzipBytes,
  removeBuilds,
} from './build';

/** Published ceiling for taskpane.js gzip-compressed (see docs/taskpane.md): about 4% above its size when last raised. */
export const TASKPANE_BUNDLE_GZIP_CEILING = 260 * 1024;

let dist: string;
beforeAll(() => {
  dist = buildInto({ SENDGUARD_TASKPANE: '1' });
});

test('takes no zod classic API, JSON Schema output or non-English locale, nor htmlparser2 beyond its tokenizer', () => {
  const bundled = bundledInputs(join(dist, 'meta/taskpane.meta.json'));
  expect(bundled.filter((f) => /node_modules\/zod\//.test(f)).length).toBeGreaterThan(0);
  expect(bundled.filter((f) => FORBIDDEN_BUNDLE_INPUTS.test(f))).toEqual([]);
});

test(`gzip size stays under the published ceiling of ${TASKPANE_BUNDLE_GZIP_CEILING} bytes`, () => {
  expect(gzipBytes(join(dist, 'taskpane.js'))).toBeLessThan(TASKPANE_BUNDLE_GZIP_CEILING);
});

afterAll(removeBuilds);
