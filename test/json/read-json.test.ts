// readJson (src/json/read-json.ts): values, line/column errors that never quote the text, the policy's strict mode.
import { readJson } from '../../src/json/read-json';

describe('readJson', () => {
  it('reads valid JSON in both modes, a byte order mark ignored', () => {
    for (const text of ['{}', '[ ]', '{"a":[1,-2.5e3,{"b":null}],"c":"\\u00e9"}', '\uFEFF"x"']) {
      const expected = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
      expect(readJson(text)).toEqual({ ok: true, value: expected });
      expect(readJson(text, { strict: true })).toEqual({ ok: true, value: expected });
    }
  });

  it('keeps a __proto__ key as an own key, never the prototype', () => {
    const result = readJson('{"__proto__": {"polluted": true}}', { strict: true });
    if (!result.ok) throw new Error(result.message);
    const value = result.value as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reports duplicate keys only in strict mode, with where the first one is', () => {
    expect(readJson('{"a": 1,\n "a": 2}')).toEqual({ ok: true, value: { a: 2 } });
    expect(readJson('{"a": 1,\n "a": 2}', { strict: true })).toEqual({
      ok: false,
      line: 2,
      column: 2,
      message: 'duplicate key (first at line 1, column 2)',
    });
  });

  it.each([
    ['{\n "a": 1,\n}', 3, 1, "trailing comma before '}'"],
    ['[1 2]', 1, 4, "unexpected character; expected ',' or ']' after an array element"],
    ['', 1, 1, 'unexpected end of file; expected a value'],
    ['{"a" 1}', 1, 6, "unexpected character; expected ':' after a property name"],
    ['{"a": 1.}', 1, 7, 'invalid number'],
    ['{"a": "\\q"}', 1, 7, 'invalid escape in a string'],
    ['{"a": "\u0001"}', 1, 7, 'control character inside a string'],
    ['["a" /* note */]', 1, 6, 'comments are not allowed in JSON'],
    ['\u00a0{}', 1, 1, 'unexpected character; expected a value'],
    ['["x", \'y\']', 1, 7, 'strings must use double quotes'],
  ])('%j fails at %i:%i in both modes', (text, line, column, message) => {
    expect(readJson(text)).toEqual({ ok: false, line, column, message });
    expect(readJson(text, { strict: true })).toEqual({ ok: false, line, column, message });
  });

  it('never quotes the text in an error', () => {
    const secret = 'ZX9943765919Q';
    for (const text of [
      `{"${secret}": 1, "${secret}": 2}`,
      `{"a": ${secret}}`,
      `{"a": '${secret}'}`,
      `{"a": "${secret}`,
      `[${secret}]`,
    ]) {
      const result = readJson(text, { strict: true });
      expect(result.ok).toBe(false);
      expect(JSON.stringify(result)).not.toContain(secret.slice(0, 4));
    }
  });

  it('caps nesting where the library would recurse, without overflowing the stack', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(readJson(deep).ok).toBe(true);
    const capped = { ok: false, line: 1, column: 258, message: 'nested more than 256 levels deep' };
    expect(readJson(deep, { strict: true })).toEqual(capped);
    expect(readJson('['.repeat(100_000))).toEqual(capped);
    expect(readJson('[1 ' + '['.repeat(1000))).toMatchObject({ column: 4 });
    expect(readJson('['.repeat(256) + ']'.repeat(256), { strict: true }).ok).toBe(true);
  });
});
