#!/usr/bin/env node
// Launcher for the `sendguard` command: runs the CLI bundle that `npm ci` builds (prepare script).
const path = require('path');
const fs = require('fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'sendguard.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    'sendguard: the CLI is not built; run `npm ci` or `npm run build:cli` in ' +
      path.join(__dirname, '..') +
      '\n',
  );
  process.exit(2);
}
require(bundle)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
