// Reads JSON text (message and policy files) on jsonc-parser, with line/column errors that never quote the text.
import { createScanner, printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';

export type JsonRead =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

export interface ReadJsonOptions {
  /**
   * Policy files: a key repeated in one object is an error, and the text is always read by
   * jsonc-parser, so the depth cap applies to valid text too. Otherwise valid text goes through
   * `JSON.parse` (the last repeated key wins) and jsonc-parser only locates the error.
   */
  strict?: boolean;
}

/** Deepest nesting read by jsonc-parser, whose parser recurses once per level. */
const MAX_JSON_DEPTH = 256;

type Last = 'start' | 'open' | 'key' | 'colon' | 'comma' | 'value';
type Kind = 'object' | 'array' | undefined;
interface Frame {
  kind: 'object' | 'array';
  value: Record<string, unknown> | unknown[];
  key: string;
  keys: Map<string, number>;
}

/** 1-based line and column of `offset` (lines end at LF). */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Offset of the first container opened deeper than MAX_JSON_DEPTH, by the library's scanner. */
function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, true);
  let open = 0;
  for (;;) {
    scanner.scan();
    const at = scanner.getTokenOffset();
    if (at >= text.length) return undefined;
    if (scanner.getTokenLength() !== 1) continue;
    const ch = text[at];
    if (ch === '{' || ch === '[') {
      if (open > MAX_JSON_DEPTH) return at;
      open++;
    } else if (ch === '}' || ch === ']') open = Math.max(0, open - 1);
  }
}

/** What the reader wanted next, from where it was. */
function expected(kind: Kind, last: Last): string {
  if (kind === undefined)
    return last === 'value' ? ' after the end of the JSON value' : '; expected a value';
  if (kind === 'object' && (last === 'open' || last === 'comma'))
    return '; expected a property name in double quotes';
  if (last === 'key') return "; expected ':' after a property name";
  if (last === 'value')
    return kind === 'object'
      ? "; expected ',' or '}' after a property value"
      : "; expected ',' or ']' after an array element";
  return '; expected a value';
}

/** Parses JSON text (a leading byte order mark is ignored); comments and trailing commas are errors. */
export function readJson(text: string, options: ReadJsonOptions = {}): JsonRead {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (!options.strict) {
    try {
      return { ok: true, value: JSON.parse(body) as unknown };
    } catch {
      // Engines word (and sometimes quote) their errors differently: jsonc-parser locates it below.
    }
  }
  const fail = (offset: number, message: string): JsonRead => ({
    ok: false,
    ...position(body, offset),
    message,
  });
  const deep = tooDeepAt(body);
  const readable = deep === undefined ? body : body.slice(0, deep);

  const stack: Frame[] = [];
  let root: unknown;
  let last: Last = 'start';
  let ended: { kind: Kind; last: Last } = { kind: undefined, last: 'start' };
  let error: { offset: number; message: string } | undefined;
  const top = (): Frame | undefined => stack[stack.length - 1];
  const add = (value: unknown): void => {
    const frame = top();
    if (frame === undefined) root = value;
    else if (Array.isArray(frame.value)) frame.value.push(value);
    // defineProperty: a "__proto__" key stays an own key, never the object's prototype.
    else
      Object.defineProperty(frame.value, frame.key, {
        value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    last = 'value';
  };
  const begin = (kind: 'object' | 'array'): void => {
    stack.push({ kind, value: kind === 'object' ? {} : [], key: '', keys: new Map() });
    last = 'open';
  };
  const end = (): void => {
    const frame = stack.pop();
    ended = { kind: frame?.kind, last };
    if (frame !== undefined) add(frame.value);
  };
  const describe = (code: ParseErrorCode, offset: number, length: number): [number, string] => {
    const atEnd = offset >= readable.length;
    const what = atEnd ? 'unexpected end of file' : 'unexpected character';
    const ch = readable[offset];
    switch (printParseErrorCode(code)) {
      case 'InvalidCommentToken':
        return [offset, 'comments are not allowed in JSON'];
      case 'UnexpectedEndOfComment':
        return [offset, 'comment not closed before the end of the file'];
      case 'UnexpectedEndOfString':
        return offset + length < readable.length
          ? [offset + length, 'line break inside a string']
          : [offset, 'string not closed before the end of the file'];
      case 'InvalidCharacter':
        return [offset, 'control character inside a string'];
      case 'InvalidEscapeCharacter':
      case 'InvalidUnicode':
        return [offset, 'invalid escape in a string'];
      case 'InvalidNumberFormat':
      case 'UnexpectedEndOfNumber':
        return [offset, 'invalid number'];
      case 'CloseBraceExpected':
      case 'CloseBracketExpected':
        return [offset, `${what}${expected(ended.kind, ended.last)}`];
      default:
        if (last === 'comma' && (ch === '}' || ch === ']'))
          return [offset, `trailing comma before '${ch}'`];
        if (ch === "'" && !(top()?.kind === 'object' && (last === 'open' || last === 'comma')))
          return [offset, 'strings must use double quotes'];
        return [offset, `${what}${expected(top()?.kind, last)}`];
    }
  };

  visit(
    readable,
    {
      onObjectBegin: () => begin('object'),
      onArrayBegin: () => begin('array'),
      onObjectEnd: end,
      onArrayEnd: end,
      onObjectProperty: (key, offset) => {
        const frame = top();
        if (frame === undefined) return;
        const first = frame.keys.get(key);
        if (options.strict && first !== undefined && error === undefined) {
          const at = position(body, first);
          error = {
            offset,
            message: `duplicate key (first at line ${at.line}, column ${at.column})`,
          };
        }
        if (first === undefined) frame.keys.set(key, offset);
        frame.key = key;
        last = 'key';
      },
      onLiteralValue: add,
      onSeparator: (separator) => {
        last = separator === ':' ? 'colon' : 'comma';
      },
      onError: (code, offset, length) => {
        if (error !== undefined) return;
        const [at, message] = describe(code, offset, length);
        error = { offset: at, message };
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  // Reading stopped where nesting got too deep: an error before that point comes first.
  if (error !== undefined && (deep === undefined || error.offset < deep))
    return fail(error.offset, error.message);
  if (deep !== undefined) return fail(deep, `nested more than ${MAX_JSON_DEPTH} levels deep`);
  if (!options.strict) return fail(0, 'not valid JSON');
  return { ok: true, value: root };
}
