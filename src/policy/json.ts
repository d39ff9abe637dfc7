// A strict JSON reader for policy files: syntax errors with line and column, duplicate keys reported.

export type JsonParse =
  { ok: true; value: unknown } | { ok: false; line: number; column: number; message: string };

const MAX_DEPTH = 256;

class JsonSyntaxError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

/** 1-based line and column of `offset` in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
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

function describe(ch: string | undefined): string {
  if (ch === undefined) return 'end of file';
  if (ch === "'") return `"'"`;
  return ch >= ' ' && ch !== '\\' ? `'${ch}'` : `'${JSON.stringify(ch).slice(1, -1)}'`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]?\d+)?/iy;

class Reader {
  private at = 0;
  constructor(private readonly text: string) {}

  read(): unknown {
    const value = this.value(0);
    this.space();
    if (this.at < this.text.length) {
      throw new JsonSyntaxError(
        this.at,
        `unexpected ${describe(this.text[this.at])} after the end of the JSON value`,
      );
    }
    return value;
  }

  private space(): void {
    for (;;) {
      const ch = this.text[this.at];
      if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') this.at++;
      else if (ch === '/' && (this.text[this.at + 1] === '/' || this.text[this.at + 1] === '*')) {
        throw new JsonSyntaxError(this.at, 'comments are not allowed in JSON');
      } else return;
    }
  }

  private value(depth: number): unknown {
    if (depth > MAX_DEPTH)
      throw new JsonSyntaxError(this.at, `nested more than ${MAX_DEPTH} levels deep`);
    this.space();
    const ch = this.text[this.at];
    if (ch === '{') return this.object(depth);
    if (ch === '[') return this.array(depth);
    if (ch === '"') return this.string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
    for (const [word, value] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.at)) {
        this.at += word.length;
        return value;
      }
    }
    if (ch === "'") throw new JsonSyntaxError(this.at, 'strings must use double quotes');
    throw new JsonSyntaxError(this.at, `unexpected ${describe(ch)}; expected a value`);
  }

  private object(depth: number): Record<string, unknown> {
    const result: Record<string, unknown> = {};
    const seen = new Map<string, number>();
    this.at++;
    this.space();
    if (this.text[this.at] === '}') {
      this.at++;
      return result;
    }
    for (;;) {
      this.space();
      const keyAt = this.at;
      if (this.text[keyAt] === '}') throw new JsonSyntaxError(keyAt, "trailing comma before '}'");
      if (this.text[keyAt] !== '"') {
        throw new JsonSyntaxError(
          keyAt,
          `unexpected ${describe(this.text[keyAt])}; expected a property name in double quotes`,
        );
      }
      const key = this.string();
      const first = seen.get(key);
      if (first !== undefined) {
        throw new JsonSyntaxError(
          keyAt,
          `duplicate key ${JSON.stringify(key)} (first on line ${lineColumn(this.text, first).line})`,
        );
      }
      seen.set(key, keyAt);
      this.space();
      if (this.text[this.at] !== ':') {
        throw new JsonSyntaxError(
          this.at,
          `unexpected ${describe(this.text[this.at])}; expected ':' after a property name`,
        );
      }
      this.at++;
      Object.defineProperty(result, key, {
        value: this.value(depth + 1),
        enumerable: true,
        writable: true,
        configurable: true,
      });
      this.space();
      const next = this.text[this.at];
      this.at++;
      if (next === '}') return result;
      if (next !== ',') {
        throw new JsonSyntaxError(
          this.at - 1,
          `unexpected ${describe(next)}; expected ',' or '}' after a property value`,
        );
      }
    }
  }

  private array(depth: number): unknown[] {
    const result: unknown[] = [];
    this.at++;
    this.space();
    if (this.text[this.at] === ']') {
      this.at++;
      return result;
    }
    for (;;) {
      this.space();
      if (this.text[this.at] === ']')
        throw new JsonSyntaxError(this.at, "trailing comma before ']'");
      result.push(this.value(depth + 1));
      this.space();
      const next = this.text[this.at];
      this.at++;
      if (next === ']') return result;
      if (next !== ',') {
        throw new JsonSyntaxError(
          this.at - 1,
          `unexpected ${describe(next)}; expected ',' or ']' after an array element`,
        );
      }
    }
  }

  private string(): string {
    const start = this.at;
    this.at++;
    let out = '';
    for (;;) {
      const ch = this.text[this.at];
      if (ch === undefined)
        throw new JsonSyntaxError(start, 'string not closed before the end of the file');
      if (ch === '"') {
        this.at++;
        return out;
      }
      if (ch === '\\') {
        const escape = this.text[this.at + 1];
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (escape !== undefined && simple[escape] !== undefined) {
          out += simple[escape];
          this.at += 2;
        } else if (
          escape === 'u' &&
          /^[\da-f]{4}$/i.test(this.text.slice(this.at + 2, this.at + 6))
        ) {
          out += String.fromCharCode(parseInt(this.text.slice(this.at + 2, this.at + 6), 16));
          this.at += 6;
        } else {
          throw new JsonSyntaxError(
            this.at,
            `invalid escape ${describe(`\\${escape ?? ''}`)} in a string`,
          );
        }
      } else if (ch < ' ') {
        throw new JsonSyntaxError(
          this.at,
          ch === '\n' ? 'line break inside a string' : 'control character inside a string',
        );
      } else {
        out += ch;
        this.at++;
      }
    }
  }

  private number(): number {
    NUMBER.lastIndex = this.at;
    const match = NUMBER.exec(this.text);
    if (!match || match[0] === '-') throw new JsonSyntaxError(this.at, 'invalid number');
    this.at += match[0].length;
    return Number(match[0]);
  }
}

/** Parses JSON text (a leading byte order mark is ignored). */
export function parseJson(text: string): JsonParse {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: new Reader(body).read() };
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const { line, column } = lineColumn(body, error.offset);
      return { ok: false, line, column, message: error.message };
    }
    if (error instanceof RangeError)
      return { ok: false, line: 1, column: 1, message: 'too deeply nested' };
    throw error;
  }
}
