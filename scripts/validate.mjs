// `npm run validate`: Microsoft's online manifest validator on dist/manifest.xml (needs network; the offline checks are in test/office/manifest.test.ts).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = join(resolve(root, process.env.SENDGUARD_DIST ?? 'dist'), 'manifest.xml');

if (!existsSync(manifest)) {
  const built = spawnSync(process.execPath, [join(root, 'scripts/build.mjs')], {
    stdio: 'inherit',
    cwd: root,
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
console.log(
  `Validating ${manifest} with office-addin-manifest (posts the manifest to Microsoft's validation service).`,
);
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
const result = spawnSync(npx, ['--yes', 'office-addin-manifest', 'validate', manifest], {
  stdio: 'inherit',
  cwd: root,
});
if (result.status !== 0) {
  console.error(
    'Validation did not pass or could not reach the service. Offline structure checks: npx jest test/office/manifest.test.ts',
  );
}
process.exit(result.status ?? 1);
