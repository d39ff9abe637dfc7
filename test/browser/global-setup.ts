// Builds the add-in and the simulator once, and serves dist/ over HTTP on a free port for every test.
import type { Server } from 'node:http';
import { join } from 'node:path';

interface StartModule {
  buildAll(): Promise<void>;
  serve(options: { dir?: string; port?: number; host?: string; tls?: undefined }): Promise<Server>;
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const start = (await import(join(__dirname, '..', '..', 'scripts', 'start.mjs'))) as StartModule;
  if (process.env.SENDGUARD_SKIP_BUILD !== '1') await start.buildAll();
  const server = await start.serve({ port: 0, host: '127.0.0.1' });
  const address = server.address();
  if (address === null || typeof address === 'string')
    throw new Error('the test server has no port');
  process.env.SENDGUARD_TEST_ORIGIN = `http://127.0.0.1:${address.port}`;
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
