// Benchmark section: the task pane bundle's size (raw and gzip), its largest inputs, and the event bundle beside it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const title =
  'Task pane bundle size (dist/taskpane.js) beside the event bundle (dist/commands.js)';

const root = join(__dirname, '..', '..');
const dist = join(root, 'dist');

interface Metafile {
  outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }>;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function sizes(file: string): string {
  const bytes = readFileSync(file);
  return `${kb(bytes.length)} raw, ${kb(gzipSync(bytes, { level: 9 }).length)} gzip`;
}

/** The package (or project folder) an esbuild input belongs to. */
function owner(input: string): string {
  const parts = input.split('node_modules/');
  if (parts.length > 1) {
    const rest = parts[parts.length - 1] ?? '';
    const segments = rest.split('/');
    return rest.startsWith('@') ? `${segments[0]}/${segments[1]}` : (segments[0] ?? rest);
  }
  return input.split('/').slice(0, 2).join('/');
}

export async function run(): Promise<void> {
  if (!existsSync(join(dist, 'taskpane.js')) || !existsSync(join(dist, 'commands.js'))) {
    const built = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'ignore' });
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  console.log(`task pane bundle: ${sizes(join(dist, 'taskpane.js'))}`);
  console.log(`event bundle:     ${sizes(join(dist, 'commands.js'))}`);
  const metaFile = join(dist, 'meta', 'taskpane.meta.json');
  if (!existsSync(metaFile)) return;
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as Metafile;
  const byOwner = new Map<string, number>();
  for (const output of Object.values(meta.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      byOwner.set(owner(input), (byOwner.get(owner(input)) ?? 0) + bytesInOutput);
    }
  }
  const top = [...byOwner.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6);
  console.log(
    `largest parts of the task pane (minified, before gzip): ${top.map(([name, bytes]) => `${name} ${kb(bytes)}`).join(', ')}`,
  );
}
