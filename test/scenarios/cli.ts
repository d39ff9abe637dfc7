// Runs the real `sendguard` binary (bin/sendguard.js over the bundle that `npm run build:cli` writes).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const SCENARIOS = __dirname;
const BIN = join(ROOT, 'bin', 'sendguard.js');
const BUNDLE = join(ROOT, 'dist', 'cli', 'sendguard.cjs');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sendguard <args>` with the scenarios folder as the working directory. */
export function sendguard(args: readonly string[], cwd = SCENARIOS): CliRun {
  if (!existsSync(BUNDLE))
    throw new Error('the CLI is not built: run `npm run build:cli` (npm test does) first');
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}
