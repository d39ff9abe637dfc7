// Runs scripts/build.mjs into a temporary directory for the build tests (event bundle only, no task pane).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '../..');

/** Output folders made by this test process, removed by `removeBuilds`. */
const made: string[] = [];

export function buildInto(env: Record<string, string> = {}): string {
  const dist = mkdtempSync(join(tmpdir(), 'sendguard-dist-'));
  made.push(dist);
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], {
    cwd: ROOT,
    env: { ...process.env, SENDGUARD_DIST: dist, SENDGUARD_TASKPANE: '0', ...env },
    stdio: 'pipe',
  });
  return dist;
}

export function removeBuilds(): void {
  for (const dist of made.splice(0)) rmSync(dist, { recursive: true, force: true });
}

/** Runs the build expecting failure; returns its exit status and standard error. */
export function buildFails(env: Record<string, string>): { status: number | null; stderr: string } {
  try {
    buildInto(env);
    return { status: 0, stderr: '' };
  } catch (error) {
    const e = error as { status: number | null; stderr: Buffer };
    return { status: e.status, stderr: e.stderr.toString() };
  }
}
