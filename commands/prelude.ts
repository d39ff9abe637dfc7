// Runs first in the event bundle: adds the post-ES2016 built-ins the bundled libraries call, where the runtime lacks them.
// Builds of classic Outlook before 2403 run an ES2016 engine; esbuild lowers syntax but not library calls.

function define(target: object, name: string, value: unknown): void {
  if ((target as Record<string, unknown>)[name] !== undefined) return;
  Object.defineProperty(target, name, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
}

const root: Record<string, unknown> =
  typeof globalThis !== 'undefined'
    ? (globalThis as unknown as Record<string, unknown>)
    : (Function('return this')() as Record<string, unknown>);
define(root, 'globalThis', root);

define(Object, 'values', (o: Record<string, unknown>) => Object.keys(o).map((k) => o[k]));
define(Object, 'entries', (o: Record<string, unknown>) => Object.keys(o).map((k) => [k, o[k]]));
define(Object, 'fromEntries', (entries: Iterable<[PropertyKey, unknown]>) => {
  const out: Record<PropertyKey, unknown> = {};
  for (const [key, value] of Array.from(entries)) out[key] = value;
  return out;
});
define(Object, 'getOwnPropertyDescriptors', (o: object) => {
  const out: Record<PropertyKey, PropertyDescriptor | undefined> = {};
  for (const key of Reflect.ownKeys(o)) out[key] = Object.getOwnPropertyDescriptor(o, key);
  return out;
});

function flatten(list: readonly unknown[], depth: number): unknown[] {
  if (depth < 1) return list.slice();
  return list.reduce<unknown[]>(
    (acc, v) => acc.concat(Array.isArray(v) ? flatten(v, depth - 1) : [v]),
    [],
  );
}
define(Array.prototype, 'flat', function flat(this: unknown[], depth = 1): unknown[] {
  return flatten(this, depth);
});
define(
  Array.prototype,
  'flatMap',
  function flatMap(
    this: unknown[],
    fn: (v: unknown, i: number, a: unknown[]) => unknown,
    self?: unknown,
  ): unknown[] {
    return this.reduce<unknown[]>(
      (acc, v, i, a) => acc.concat(fn.call(self, v, i, a) as unknown[]),
      [],
    );
  },
);

function pad(text: string, length: number, fill: string | undefined): string {
  const filler = fill === undefined ? ' ' : String(fill);
  const need = length - text.length;
  if (need <= 0 || filler === '') return '';
  return filler.repeat(Math.ceil(need / filler.length)).slice(0, need);
}
define(
  String.prototype,
  'padStart',
  function padStart(this: string, length: number, fill?: string): string {
    return pad(String(this), length, fill) + String(this);
  },
);
define(
  String.prototype,
  'padEnd',
  function padEnd(this: string, length: number, fill?: string): string {
    return String(this) + pad(String(this), length, fill);
  },
);
define(String.prototype, 'trimStart', function trimStart(this: string): string {
  return String(this).replace(/^\s+/, '');
});
define(String.prototype, 'trimEnd', function trimEnd(this: string): string {
  return String(this).replace(/\s+$/, '');
});

define(Promise, 'allSettled', (promises: Iterable<unknown>) =>
  Promise.all(
    Array.from(promises).map((p) =>
      Promise.resolve(p).then(
        (value) => ({ status: 'fulfilled', value }),
        (reason: unknown) => ({ status: 'rejected', reason }),
      ),
    ),
  ),
);

// zod builds its int64 range constants with BigInt() while loading; Sendguard never uses bigint values.
define(root, 'BigInt', (value: unknown) => Number(value));
