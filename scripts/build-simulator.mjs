// Builds the simulator (simulator/) into dist/simulator/: its page, styles and bundle; `npm run build` builds the add-in it hosts.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'dist', 'simulator');

export async function buildSimulator() {
  await mkdir(out, { recursive: true });
  await build({
    entryPoints: [join(root, 'simulator', 'main.tsx')],
    outfile: join(out, 'simulator.js'),
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    minify: true,
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  for (const file of ['index.html', 'taskpane.html', 'use-parent-office.js', 'simulator.css']) {
    await copyFile(join(root, 'simulator', file), join(out, file));
  }
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildSimulator();
  console.log(`simulator built into ${out}`);
}
