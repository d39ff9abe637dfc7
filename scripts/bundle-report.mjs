// Prints what the event bundle (dist/commands.js) is made of, from esbuild's metafile: gzip total and minified bytes by package or folder.
import { readFileSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = resolve(root, process.env.SENDGUARD_DIST ?? 'dist');
const meta = JSON.parse(readFileSync(join(dist, 'meta/commands.meta.json'), 'utf8'));
const bundle = readFileSync(join(dist, 'commands.js'));
const output = Object.values(meta.outputs)[0];

const groups = new Map();
for (const [file, info] of Object.entries(output.inputs)) {
  let key;
  const nm = file.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const parts = file.slice(nm + 'node_modules/'.length).split('/');
    key = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  } else {
    key = file.split('/').slice(0, 2).join('/');
  }
  groups.set(key, (groups.get(key) ?? 0) + info.bytesInOutput);
}
console.log(`commands.js: ${bundle.length} bytes minified, ${gzipSync(bundle).length} bytes gzip`);
for (const [key, bytes] of [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12)) {
  console.log(
    `  ${String(bytes).padStart(7)}  ${((100 * bytes) / bundle.length).toFixed(1).padStart(5)}%  ${key}`,
  );
}
