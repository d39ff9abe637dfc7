// Bundles the command-line interface (src/cli) into dist/cli/sendguard.cjs for bin/sendguard.js.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/cli/sendguard.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // jsonc-parser's `main` is UMD, whose inner requires esbuild cannot follow (microsoft/node-jsonc-parser#57).
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  sourcemap: false,
  logLevel: 'warning',
});
