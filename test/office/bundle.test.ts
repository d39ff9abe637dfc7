// The built event bundle: ES2016 script syntax, no DOM or React, a published gzip ceiling, and it runs in a bare JS runtime.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Session } from 'node:inspector';
import { runInContext, createContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { parse, type Node } from 'acorn';
import { installFakeOffice } from '../../src/office/fake/index';
import { LAUNCH_HANDLERS } from '../../src/office/names';
import { buildInto, bundledInputs, FORBIDDEN_BUNDLE_INPUTS, removeBuilds } from './build';

/** Published ceiling for commands.js gzip-compressed, with the default policy (see docs/office.md): about 8% above its size when last raised. */
export const EVENT_BUNDLE_GZIP_CEILING = 140 * 1024;

/** Globals the classic Outlook event runtime does not have: DOM, browser storage and React. */
const FORBIDDEN = [
  'document',
  'window',
  'localStorage',
  'sessionStorage',
  'location',
  'XMLHttpRequest',
  'DOMParser',
  'URLSearchParams',
  'HTMLElement',
  'indexedDB',
  'FileReader',
  'Blob',
  'crypto',
  'React',
  'ReactDOM',
  'require',
  'module',
  'exports',
];

/** Built-ins newer than ES2016 that the bundled libraries call; the prelude supplies them. */
const POST_ES2016_BUILTINS = [
  'Object.values',
  'Object.entries',
  'Object.fromEntries',
  'Object.getOwnPropertyDescriptors',
  'Array.prototype.flat',
  'Array.prototype.flatMap',
  'String.prototype.padStart',
  'String.prototype.padEnd',
  'String.prototype.trimStart',
  'String.prototype.trimEnd',
  'Promise.allSettled',
  'globalThis.BigInt',
  'globalThis.globalThis',
];

interface AnyNode extends Node {
  [key: string]: unknown;
}

function walk(
  node: AnyNode,
  visit: (node: AnyNode, parent: AnyNode | null, key: string | null, functionDepth: number) => void,
): void {
  const stack: [AnyNode, AnyNode | null, string | null, number][] = [[node, null, null, 0]];
  while (stack.length > 0) {
    const [n, parent, key, depth] = stack.pop() as [AnyNode, AnyNode | null, string | null, number];
    visit(n, parent, key, depth);
    const inner = /Function/.test(n.type) ? depth + 1 : depth;
    for (const k of Object.keys(n)) {
      const value = n[k];
      if (Array.isArray(value)) {
        for (const child of value)
          if (child !== null && typeof (child as AnyNode).type === 'string')
            stack.push([child as AnyNode, n, k, inner]);
      } else if (
        value !== null &&
        typeof value === 'object' &&
        typeof (value as AnyNode).type === 'string'
      ) {
        stack.push([value as AnyNode, n, k, inner]);
      }
    }
  }
}

let source: string;
let meta: { inputs: Record<string, unknown> };
let bundled: string[];
beforeAll(() => {
  const dist = buildInto();
  source = readFileSync(join(dist, 'commands.js'), 'utf8');
  meta = JSON.parse(readFileSync(join(dist, 'meta/commands.meta.json'), 'utf8')) as {
    inputs: Record<string, unknown>;
  };
  bundled = bundledInputs(join(dist, 'meta/commands.meta.json'));
});

test('parses as an ECMAScript 2016 script (no import/export, async, ?., ??, spread, ES2018+ regex)', () => {
  expect(() => parse(source, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
});

test('references no DOM, browser storage or React globals', () => {
  const ast = parse(source, { ecmaVersion: 2016, sourceType: 'script' }) as unknown as AnyNode;
  const found = new Set<string>();
  walk(ast, (n, parent, key) => {
    if (n.type !== 'Identifier' || !FORBIDDEN.includes(String(n.name))) return;
    if (parent?.type === 'MemberExpression' && key === 'property' && parent.computed !== true)
      return;
    if (parent?.type === 'Property' && key === 'key') return;
    found.add(String(n.name));
  });
  expect([...found]).toEqual([]);
  expect(source).not.toMatch(/Symbol\.for\("react\./);
  expect(
    Object.keys(meta.inputs).filter((f) =>
      /node_modules\/(?:react|react-dom|@fluentui|scheduler)\//.test(f),
    ),
  ).toEqual([]);
});

test('associates the handlers at the top level of the bundle', () => {
  const ast = parse(source, { ecmaVersion: 2016, sourceType: 'script' }) as unknown as AnyNode;
  const topLevel: string[] = [];
  walk(ast, (n, _parent, _key, depth) => {
    if (n.type !== 'CallExpression') return;
    const callee = n.callee as AnyNode;
    const text = source.slice(callee.start, callee.end);
    const first = (n.arguments as AnyNode[])[0];
    if (text === 'Office.actions.associate' && depth <= 1 && first?.type === 'Literal')
      topLevel.push(String(first.value));
  });
  expect(topLevel.sort()).toEqual(Object.values(LAUNCH_HANDLERS).sort());
});

test('takes no zod classic API, JSON Schema output or non-English locale, nor htmlparser2 beyond its tokenizer', () => {
  expect(bundled.filter((f) => /node_modules\/zod\//.test(f)).length).toBeGreaterThan(0);
  expect(bundled.filter((f) => FORBIDDEN_BUNDLE_INPUTS.test(f))).toEqual([]);
});

test(`gzip size stays under the published ceiling of ${EVENT_BUNDLE_GZIP_CEILING} bytes`, () => {
  const size = gzipSync(Buffer.from(source)).length;
  expect(size).toBeLessThan(EVENT_BUNDLE_GZIP_CEILING);
});

test('loads and handles Send in a bare ES2016 runtime (no atob, Buffer, TextDecoder, DOM, nor later built-ins)', async () => {
  const context = createContext({ setTimeout, clearTimeout });
  const fake = installFakeOffice(context, {
    organisationDomain: 'examplecouncil.gov.uk',
    item: {
      to: ['colleague@examplecouncil.gov.uk'],
      subject: 'Case',
      body: '<p>NHS&nbsp;number 943&#32;476&#32;5919</p>',
      bodyType: 'html',
    },
  });
  expect(
    runInContext('typeof atob + typeof Buffer + typeof TextDecoder + typeof document', context),
  ).toBe('undefinedundefinedundefinedundefined');
  runInContext(POST_ES2016_BUILTINS.map((path) => `delete ${path};`).join(''), context);
  expect(
    runInContext('typeof Object.fromEntries + typeof BigInt + typeof globalThis', context),
  ).toBe('undefinedundefinedundefined');
  runInContext(source, context);
  expect(
    runInContext(
      `[Object.fromEntries([['a', 1]]).a, Object.entries({ b: 2 })[0][1], Object.values({ c: 3 })[0], [1, [2, [3]]].flat(2).length,
        [1, 2].flatMap((x) => [x, x]).length, '5'.padStart(3, '0'), '5'.padEnd(2, '-'), ' a '.trimStart(), ' a '.trimEnd(), typeof globalThis.Office]`,
      context,
    ),
  ).toEqual([1, 2, 3, 3, 4, '005', '5-', 'a ', ' a', 'object']);
  expect([...fake.actions.keys()].sort()).toEqual(Object.values(LAUNCH_HANDLERS).sort());
  const completion = await fake.fire('OnMessageSend');
  expect(completion?.options?.allowEvent).toBe(false);
  expect(completion?.options?.errorMessage).toContain('PROTECT');
  expect(fake.problems).toEqual([]);
});

test('loads and handles Send in a bare runtime without throwing any exception, even a caught one', async () => {
  // A TypeError at the top level makes V8 re-parse the whole bundle to word its message (about
  // 10 ms of every load when fflate probed a TextDecoder the runtime does not have).
  const context = createContext({ setTimeout, clearTimeout });
  const fake = installFakeOffice(context, {
    organisationDomain: 'examplecouncil.gov.uk',
    item: { to: ['gp@practice.nhs.uk'], subject: 'Referral', body: 'NHS number 943 476 5919' },
  });
  const thrown: string[] = [];
  const session = new Session();
  session.connect();
  session.on('Debugger.paused', (message) => {
    const { data } = message.params as { data?: { description?: string } };
    const description = String(data?.description ?? '');
    if (description.includes('commands.js')) thrown.push(description.split('\n')[0]!);
    session.post('Debugger.resume');
  });
  session.post('Debugger.enable');
  session.post('Debugger.setPauseOnExceptions', { state: 'all' });
  try {
    runInContext(source, context, { filename: 'commands.js' });
    await fake.fire('OnMessageSend');
  } finally {
    session.disconnect();
  }
  expect(thrown).toEqual([]);
  expect(fake.completions).toHaveLength(1);
});

afterAll(removeBuilds);
