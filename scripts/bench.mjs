// `npm run bench [name]`: bundles the sections in scripts/bench/ with esbuild, as the CLI and the add-in ship, and runs them in name order.
import { build } from 'esbuild';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = join(root, 'scripts', 'bench');
const only = process.argv[2];
const files = readdirSync(benchDir)
  .filter((f) => f.endsWith('.ts') && (only === undefined || f.includes(only)))
  .sort();
if (files.length === 0) {
  console.error(`bench: no section in scripts/bench/ matches "${only}"`);
  process.exit(1);
}

// One bundle of every chosen section. It goes under node_modules/.cache so that the packages it
// leaves external resolve from the project's node_modules, as they would for the shipped CLI.
const contents = [
  ...files.map((f, i) => `import * as s${i} from ${JSON.stringify(`./${f}`)};`),
  `export const sections = [${files.map((f, i) => `[${JSON.stringify(f)}, s${i}]`).join(', ')}];`,
].join('\n');
const outDir = join(root, 'node_modules', '.cache', 'sendguard-bench');
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, 'bench.cjs');
await build({
  stdin: { contents, resolveDir: benchDir, loader: 'ts', sourcefile: 'sections.ts' },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  // Sections find the project's files from their own folder.
  define: { __dirname: JSON.stringify(benchDir) },
  outfile,
  logLevel: 'warning',
});

const { sections } = createRequire(import.meta.url)(outfile);
for (const [file, section] of sections) {
  console.log(`\n== ${section.title} (${file})`);
  await section.run();
}
