// `npm run build`: writes dist/ (manifest, event page and ES2016 bundle, task pane, policy.json, icons, well-known file) for one base URL.
import { build } from 'esbuild';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const SEND_MODES = ['SoftBlock', 'Block'];

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(2);
}

/** Reads and checks the build options from the environment. */
export function buildOptions(env = process.env) {
  const baseUrl = (env.SENDGUARD_BASE_URL ?? 'https://localhost:3000').replace(/\/+$/, '');
  let parsed;
  try {
    parsed = new URL(baseUrl);
  } catch {
    fail(`SENDGUARD_BASE_URL is not a URL: ${baseUrl}`);
  }
  if (parsed.protocol !== 'https:')
    fail(`SENDGUARD_BASE_URL must be https:// (Outlook loads add-ins over HTTPS only): ${baseUrl}`);
  if (parsed.search !== '' || parsed.hash !== '')
    fail('SENDGUARD_BASE_URL must not have a query or fragment');
  const sendMode = env.SENDGUARD_SEND_MODE ?? 'SoftBlock';
  if (!SEND_MODES.includes(sendMode))
    fail(`SENDGUARD_SEND_MODE must be one of ${SEND_MODES.join(', ')}, not ${sendMode}`);
  const supportUrl = env.SENDGUARD_SUPPORT_URL ?? `${baseUrl}/taskpane.html`;
  if (!supportUrl.startsWith('https://')) fail('SENDGUARD_SUPPORT_URL must be https://');
  const dist = resolve(root, env.SENDGUARD_DIST ?? 'dist');
  const taskpane = env.SENDGUARD_TASKPANE !== '0';
  return { baseUrl, sendMode, supportUrl, policyFile: env.SENDGUARD_POLICY, dist, taskpane };
}

/** Bundles the policy loader on the fly so the build validates a policy with the same code as the add-in. */
async function policyTools() {
  const result = await build({
    stdin: {
      contents:
        "export { parsePolicy } from './src/policy/load'; export { defaultPolicy } from './src/policy/default';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    // jsonc-parser's `main` is UMD, whose inner requires esbuild cannot follow (microsoft/node-jsonc-parser#57).
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/**
 * Both bundles take htmlparser2's tokenizer alone, without the DOM builder and serializer
 * (src/message/html.ts uses only the tokenizer): the serializer brings its own older copy of
 * `entities` with its encode and decode tables.
 */
const htmlTokenizerOnly = {
  name: 'sendguard-html-tokenizer-only',
  setup(b) {
    b.onResolve({ filter: /^htmlparser2$/ }, () => ({
      path: 'htmlparser2-tokenizer',
      namespace: 'sendguard-shim',
    }));
    b.onLoad({ filter: /^htmlparser2-tokenizer$/, namespace: 'sendguard-shim' }, () => ({
      contents: `export { default as Tokenizer, QuoteType } from ${JSON.stringify(join(root, 'node_modules/htmlparser2/dist/esm/Tokenizer.js'))};`,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

/**
 * Keeps the event bundle small and quick to load without changing behaviour: no task pane catalogue
 * (the event runtime shows no task pane text), and no exception thrown while it loads (below). The entity tables of `entities` are decoded in plain
 * JavaScript: the classic Outlook runtime has no `atob` and no `Buffer`, and the library's
 * fallback would throw while the bundle loads. zod comes in as zod/mini (src/zod.ts), whose unused
 * parts, JSON Schema output and non-English locales included, esbuild drops by itself.
 */
const DECODE_BASE64 = `export function decodeBase64(input) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const clean = input.replace(/[^A-Za-z0-9+/]/g, "");
  const bytes = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0, bits = 0, n = 0;
  for (let i = 0; i < clean.length; i++) {
    buffer = (buffer << 6) | alphabet.indexOf(clean.charAt(i));
    bits += 6;
    if (bits >= 8) { bits -= 8; bytes[n++] = (buffer >> bits) & 255; }
  }
  const even = n & ~1;
  const out = new Uint16Array(even / 2);
  for (let i = 0, o = 0; i < even; i += 2) out[o++] = bytes[i] | (bytes[i + 1] << 8);
  return out;
}`;
const trimEventBundle = {
  name: 'sendguard-trim-event-bundle',
  setup(b) {
    b.onLoad({ filter: /entities[\\/]dist[\\/]esm[\\/]internal[\\/]decode-shared\.js$/ }, () => ({
      contents: DECODE_BASE64,
      loader: 'js',
    }));
    // fflate probes TextDecoder's streaming mode while it loads: `td.decode(...)` in a try. The
    // classic runtime has no TextDecoder, so `td` is false and the call throws a TypeError, and V8
    // re-parses the bundle's whole top-level function to name the callee in its message: about
    // 10 ms of every load (docs/office.md). Without a decoder the probe is skipped: the same result.
    b.onLoad({ filter: /fflate[\\/]esm[\\/]browser\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const probe = /td\.decode\(et, \{ stream: true \}\);\s*tds = 1;/;
      if (!probe.test(source))
        throw new Error(`fflate's TextDecoder probe has changed in ${args.path}`);
      return {
        contents: source.replace(probe, 'if (td) { td.decode(et, { stream: true }); tds = 1; }'),
        loader: 'js',
      };
    });
    b.onLoad({ filter: /src[\\/]i18n[\\/]ui\.ts$/ }, () => ({
      contents: 'export const uiEn = {}; export const uiCy = {};',
      loader: 'ts',
    }));
  },
};

/**
 * jsonc-parser declares no `sideEffects`, so esbuild keeps its modules even where nothing of them is
 * used (the event bundle never reads JSON text). Its ES modules have no side effects: mark them so.
 */
const jsoncSideEffectFree = {
  name: 'sendguard-jsonc-side-effect-free',
  setup(b) {
    b.onResolve({ filter: /^(jsonc-parser|\.{1,2}\/(impl\/)?[a-z-]+)$/ }, async (args) => {
      if (
        args.pluginData === 'jsonc' ||
        !(args.path === 'jsonc-parser' || /jsonc-parser/.test(args.importer))
      )
        return undefined;
      const target = args.path === 'jsonc-parser' ? 'jsonc-parser/lib/esm/main.js' : args.path;
      const resolved = await b.resolve(target, {
        resolveDir: args.resolveDir,
        kind: args.kind,
        pluginData: 'jsonc',
      });
      if (resolved.errors.length > 0) return undefined;
      return { path: resolved.path, sideEffects: false };
    });
  },
};

function officeVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const parts = String(pkg.version)
    .split(/[.-]/)
    .slice(0, 3)
    .map((p) => String(Number.parseInt(p, 10) || 0));
  while (parts.length < 3) parts.push('0');
  return `${parts.join('.')}.0`;
}

function page(title, script, body) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<script src="${OFFICE_JS}"></script>
<script src="${script}"></script>
</head>
<body>${body}</body>
</html>
`;
}

export async function run() {
  const options = buildOptions();
  const { dist } = options;
  const { parsePolicy, defaultPolicy } = await policyTools();
  let policy = defaultPolicy;
  let embedded;
  if (options.policyFile !== undefined) {
    const text = readFileSync(resolve(options.policyFile), 'utf8');
    const parsed = parsePolicy(JSON.parse(text));
    if (!parsed.ok)
      fail(`${options.policyFile} is not a valid policy:\n  ${parsed.errors.join('\n  ')}`);
    policy = parsed.policy;
    embedded = JSON.stringify(policy);
  }

  for (const output of [
    'assets',
    '.well-known',
    'meta',
    'commands.js',
    'commands.html',
    'taskpane.js',
    'taskpane.html',
    'manifest.xml',
    'policy.json',
  ]) {
    rmSync(join(dist, output), { recursive: true, force: true });
  }
  mkdirSync(join(dist, 'assets'), { recursive: true });
  mkdirSync(join(dist, '.well-known'), { recursive: true });
  mkdirSync(join(dist, 'meta'), { recursive: true });

  const define = {
    SENDGUARD_BASE_URL: JSON.stringify(options.baseUrl),
    SENDGUARD_EMBEDDED_POLICY: embedded === undefined ? 'undefined' : JSON.stringify(embedded),
  };

  const prelude = await build({
    entryPoints: [join(root, 'commands/prelude.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2016',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  const commands = await build({
    entryPoints: [join(root, 'commands/index.ts')],
    banner: { js: prelude.outputFiles[0].text.trim() },
    outfile: join(dist, 'commands.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2016',
    minify: true,
    legalComments: 'none',
    metafile: true,
    define,
    plugins: [htmlTokenizerOnly, trimEventBundle, jsoncSideEffectFree],
    logLevel: 'warning',
  });
  writeFileSync(join(dist, 'meta', 'commands.meta.json'), JSON.stringify(commands.metafile));
  writeFileSync(join(dist, 'commands.html'), page('Sendguard', 'commands.js', ''));

  const taskpaneEntry = ['taskpane/index.tsx', 'taskpane/index.ts']
    .map((f) => join(root, f))
    .find((f) => existsSync(f));
  if (taskpaneEntry !== undefined && options.taskpane) {
    const taskpane = await build({
      entryPoints: [taskpaneEntry],
      outfile: join(dist, 'taskpane.js'),
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      metafile: true,
      jsx: 'automatic',
      plugins: [htmlTokenizerOnly, jsoncSideEffectFree],
      define: { ...define, 'process.env.NODE_ENV': '"production"' },
      logLevel: 'warning',
    });
    writeFileSync(join(dist, 'meta', 'taskpane.meta.json'), JSON.stringify(taskpane.metafile));
    const html = join(root, 'taskpane/index.html');
    if (existsSync(html)) copyFileSync(html, join(dist, 'taskpane.html'));
    else
      writeFileSync(
        join(dist, 'taskpane.html'),
        page('Sendguard', 'taskpane.js', '<div id="root"></div>'),
      );
  }

  const manifest = readFileSync(join(root, 'manifest.xml'), 'utf8')
    .replaceAll('{{BASE_URL}}', options.baseUrl)
    .replaceAll('{{SEND_MODE}}', options.sendMode)
    .replaceAll('{{VERSION}}', officeVersion())
    .replaceAll('{{SUPPORT_URL}}', options.supportUrl);
  writeFileSync(join(dist, 'manifest.xml'), manifest);

  writeFileSync(join(dist, 'policy.json'), `${JSON.stringify(policy, null, 2)}\n`);
  writeFileSync(
    join(dist, '.well-known', 'microsoft-officeaddins-allowed.json'),
    `${JSON.stringify({ allowed: [`${options.baseUrl}/commands.js`] }, null, 2)}\n`,
  );
  for (const icon of readdirSync(join(root, 'assets/icons')).filter((f) => f.endsWith('.png'))) {
    copyFileSync(join(root, 'assets/icons', icon), join(dist, 'assets', icon));
  }
  console.log(
    `dist/ built for ${options.baseUrl} (SendMode ${options.sendMode}, policy ${policy.version})`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  run().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
