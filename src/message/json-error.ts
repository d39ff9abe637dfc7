// Finds where and why JSON text is invalid, as line and column, without quoting the text itself.

export interface JsonSyntaxProblem {
  line: number;
  column: number;
  problem: string;
}

const WS = ' \t\n\r';

/**
 * Returns the first syntax error in `text`, or `undefined` for valid JSON. An iterative scanner
 * (no recursion, so deep nesting is safe) used only after `JSON.parse` has failed, because engines
 * word their errors differently and some quote the input.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxProblem | undefined {
  let i = 0;
  const stack: Array<'object' | 'array'> = [];
  const at = (offset: number, problem: string): JsonSyntaxProblem => {
    let line = 1;
    let lineStart = 0;
    for (let k = 0; k < offset && k < text.length; k++) {
      if (text.charCodeAt(k) === 10) {
        line++;
        lineStart = k + 1;
      }
    }
    return { line, column: offset - lineStart + 1, problem };
  };
  const skip = (): void => {
    while (i < text.length && WS.indexOf(text[i] as string) >= 0) i++;
  };
  const unexpected = (): JsonSyntaxProblem =>
    i >= text.length ? at(i, 'unexpected end of input') : at(i, 'unexpected character');
  const value = (): JsonSyntaxProblem | 'open' | undefined => {
    const c = text[i];
    if (c === '{' || c === '[') {
      stack.push(c === '{' ? 'object' : 'array');
      i++;
      return 'open';
    }
    if (c === '"') {
      const start = i;
      i++;
      while (i < text.length) {
        const d = text.charCodeAt(i);
        if (d === 34) {
          i++;
          return undefined;
        }
        if (d < 0x20) return at(i, 'control character in string');
        if (d === 92) {
          const e = text[i + 1];
          if (e === 'u') {
            if (!/^[0-9a-f]{4}$/i.test(text.slice(i + 2, i + 6)))
              return at(i, 'invalid escape in string');
            i += 6;
            continue;
          }
          if (e === undefined || '"\\/bfnrt'.indexOf(e) < 0)
            return at(i, 'invalid escape in string');
          i += 2;
          continue;
        }
        i++;
      }
      return at(start, 'unterminated string');
    }
    const number = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:e[+-]?\d+)?/i.exec(text.slice(i, i + 400));
    if (
      number &&
      number[0].length > 0 &&
      (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
    ) {
      i += number[0].length;
      return undefined;
    }
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    return unexpected();
  };

  skip();
  let expectValue = true;
  let justOpened = false;
  for (;;) {
    if (expectValue) {
      const top = stack[stack.length - 1];
      if (top === 'object') {
        skip();
        if (text[i] === '}' && justOpened) {
          justOpened = false;
          stack.pop();
          i++;
          expectValue = false;
          continue;
        }
        justOpened = false;
        if (text[i] !== '"')
          return text[i] === undefined
            ? unexpected()
            : at(i, 'expected a property name in double quotes');
        const key = value();
        if (key !== undefined) return key === 'open' ? at(i, 'unexpected character') : key;
        skip();
        if (text[i] !== ':')
          return text[i] === undefined ? unexpected() : at(i, "expected ':' after property name");
        i++;
      }
      skip();
      if (top === 'array' && text[i] === ']' && justOpened) {
        justOpened = false;
        stack.pop();
        i++;
        expectValue = false;
        continue;
      }
      justOpened = false;
      const result = value();
      if (result === 'open') {
        justOpened = true;
        continue;
      }
      if (result !== undefined) return result;
      expectValue = false;
      continue;
    }
    skip();
    const top = stack[stack.length - 1];
    if (top === undefined) {
      return i < text.length ? at(i, 'unexpected text after the end') : undefined;
    }
    const c = text[i];
    if (c === ',') {
      i++;
      expectValue = true;
      continue;
    }
    if ((c === '}' && top === 'object') || (c === ']' && top === 'array')) {
      stack.pop();
      i++;
      continue;
    }
    return c === undefined
      ? unexpected()
      : at(i, top === 'object' ? "expected ',' or '}'" : "expected ',' or ']'");
  }
}
