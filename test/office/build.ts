// Runs scripts/build.mjs into a temporary directory for the build tests (event bundle only unless asked), and what they check it against.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const ROOT = join(__dirname, '../..');

/**
 * Library files that must not be in either bundle (esbuild metafile inputs): zod's classic API and
 * JSON Schema output, its non-English locales, and htmlparser2's DOM builder and serializer (which
 * bring a second copy of `entities`). src/message/html.ts needs only the tokenizer.
 */
export const FORBIDDEN_BUNDLE_INPUTS =
  /node_modules\/(?:zod\/v4\/classic\/|zod\/v4\/locales\/(?!en\.js$|index\.js$)|zod\/v4\/core\/(?:to-json-schema|json-schema-processors)\.js$|dom-serializer\/|domhandler\/|domutils\/|htmlparser2\/dist\/esm\/(?!Tokenizer\.js$))/;

/** The input files that put at least one byte into a build's only output, from esbuild's metafile. */
export function bundledInputs(metafile: string): string[] {
  const meta = JSON.parse(readFileSync(metafile, 'utf8')) as {
    outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
  };
  return Object.values(meta.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, input]) => input.bytesInOutput > 0)
      .map(([file]) => file),
  );
}

/** gzip size as the bundle tests and `npm run bundle-report` measure it (zlib's default level). */
export function gzipBytes(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

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
