// The committed GB-only phone metadata matches what the generator makes from the installed libphonenumber-js.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');

test('test/fixtures/phone-metadata-gb.ts is up to date (npm run gen:phone-metadata)', () => {
  const script = `import(${JSON.stringify(join(ROOT, 'scripts/gen-phone-metadata.mjs'))}).then((m) => process.stdout.write(m.metadataSource()))`;
  const run = spawnSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(readFileSync(join(ROOT, 'test/fixtures/phone-metadata-gb.ts'), 'utf8')).toBe(run.stdout);
});
