// `npm start`: builds the add-in and the simulator, then serves dist/ over HTTPS on https://localhost:3000.
// Options: --port <n>, --http (plain HTTP, for tests), --skip-build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSimulator } from './build-simulator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const certDir = join(root, '.certs');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
};

/** Builds everything `dist/` serves: the add-in (`npm run build`) and the simulator. */
export async function buildAll() {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run build failed');
  await buildSimulator();
}

/** A certificate for localhost: office-addin-dev-certs' when installed, else one generated into .certs/. */
export async function localhostCertificate() {
  const require = createRequire(import.meta.url);
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { key: options.key, cert: options.cert, source: 'office-addin-dev-certs' };
  } catch {
    // Not installed (or it could not install its CA): use a self-signed certificate instead.
  }
  const keyFile = join(certDir, 'localhost.key');
  const certFile = join(certDir, 'localhost.crt');
  if (existsSync(keyFile) && existsSync(certFile)) {
    const age = Date.now() - (await stat(certFile)).mtimeMs;
    if (age < 300 * 24 * 3600 * 1000) {
      return {
        key: await readFile(keyFile, 'utf8'),
        cert: await readFile(certFile, 'utf8'),
        source: certFile,
      };
    }
  }
  const { generate } = await import('selfsigned');
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: new Date(Date.now() + 365 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  await mkdir(certDir, { recursive: true });
  await writeFile(keyFile, pems.private, { mode: 0o600 });
  await writeFile(certFile, pems.cert);
  return { key: pems.private, cert: pems.cert, source: certFile };
}

/** Serves `dir` statically on `host` (loopback only by default); `/` goes to the simulator. Resolves with the listening server. */
export function serve({ dir = dist, port = 3000, host = 'localhost', tls }) {
  const handler = async (request, response) => {
    try {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      if (path === '/') {
        response.writeHead(302, { Location: '/simulator/' });
        response.end();
        return;
      }
      let file = normalize(join(dir, path));
      if (file !== dir && !file.startsWith(dir + sep)) {
        response.writeHead(403).end();
        return;
      }
      if (existsSync(file) && (await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  };
  const server = tls === undefined ? createHttpServer(handler) : createHttpsServer(tls, handler);
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolvePromise(server));
  });
}

async function main() {
  const args = process.argv.slice(2);
  const portIndex = args.indexOf('--port');
  const port = portIndex >= 0 ? Number(args[portIndex + 1]) : Number(process.env.PORT ?? 3000);
  const http = args.includes('--http');
  if (!args.includes('--skip-build')) await buildAll();
  const certificate = http ? undefined : await localhostCertificate();
  const server = await serve({ dir: resolve(dist), port, tls: certificate });
  const actualPort = server.address().port;
  const origin = `${http ? 'http' : 'https'}://localhost:${actualPort}`;
  console.log('');
  console.log(`Sendguard is served from ${origin}/ (${dist})`);
  if (certificate !== undefined)
    console.log(
      `Certificate: ${certificate.source} (trust it once in your browser or OS to avoid warnings)`,
    );
  console.log(`Simulator:  ${origin}/simulator/`);
  console.log(`Manifest to sideload into Outlook: ${join(dist, 'manifest.xml')}`);
  console.log(
    '  Outlook on the web: Get Add-ins > My add-ins > Add a custom add-in > Add from file.',
  );
  console.log('Press Ctrl+C to stop.');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
