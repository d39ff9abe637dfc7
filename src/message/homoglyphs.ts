// Cyrillic and Greek letters that look like Latin ones, and folding them where they stand among Latin letters and digits.

/**
 * Lower-case Cyrillic and Greek letters drawn like a Latin letter, with that letter. The domain
 * skeleton (src/audiences/confusables.ts) folds these too.
 */
export const LOWER_LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  '\u0430': 'a',
  '\u0432': 'b',
  '\u0435': 'e',
  '\u0451': 'e',
  '\u043a': 'k',
  '\u043c': 'm',
  '\u043d': 'h',
  '\u043e': 'o',
  '\u043f': 'n',
  '\u0440': 'p',
  '\u0441': 'c',
  '\u0442': 't',
  '\u0443': 'y',
  '\u0445': 'x',
  '\u0455': 's',
  '\u0456': 'i',
  '\u0457': 'i',
  '\u0458': 'j',
  '\u04bb': 'h',
  '\u04cf': 'l',
  '\u0501': 'd',
  '\u051b': 'q',
  '\u051d': 'w',
  // Greek
  '\u03b1': 'a',
  '\u03b2': 'b',
  '\u03b5': 'e',
  '\u03b9': 'i',
  '\u03ba': 'k',
  '\u03bd': 'v',
  '\u03bf': 'o',
  '\u03c1': 'p',
  '\u03c4': 't',
  '\u03c5': 'u',
  '\u03c7': 'x',
  '\u03f2': 'c',
  '\u03f3': 'j',
};

/** Capital Cyrillic and Greek letters drawn exactly like a Latin capital, with that capital. */
const UPPER_LOOKALIKES: Readonly<Record<string, string>> = {
  // Cyrillic
  '\u0405': 'S',
  '\u0406': 'I',
  '\u0408': 'J',
  '\u0410': 'A',
  '\u0412': 'B',
  '\u0415': 'E',
  '\u041a': 'K',
  '\u041c': 'M',
  '\u041d': 'H',
  '\u041e': 'O',
  '\u0420': 'P',
  '\u0421': 'C',
  '\u0422': 'T',
  '\u0423': 'Y',
  '\u0425': 'X',
  '\u04ae': 'Y',
  '\u04c0': 'I',
  '\u0500': 'D',
  '\u051a': 'Q',
  '\u051c': 'W',
  // Greek
  '\u0391': 'A',
  '\u0392': 'B',
  '\u0395': 'E',
  '\u0396': 'Z',
  '\u0397': 'H',
  '\u0399': 'I',
  '\u039a': 'K',
  '\u039c': 'M',
  '\u039d': 'N',
  '\u039f': 'O',
  '\u03a1': 'P',
  '\u03a4': 'T',
  '\u03a5': 'Y',
  '\u03a7': 'X',
};

const LOOKALIKES: Readonly<Record<string, string>> = { ...LOWER_LOOKALIKES, ...UPPER_LOOKALIKES };

/** The Latin letter's code for each lookalike's code. */
const LATIN_CODES = new Map<number, number>(
  Object.entries(LOOKALIKES).map(([look, latin]) => [look.charCodeAt(0), latin.charCodeAt(0)]),
);
/** Code units turned into a string per call where TextDecoder is missing. */
const DECODE_CHUNK = 8192;

/** Any lookalike letter: text without one is left as it is. */
const ANY_LOOKALIKE = new RegExp(`[${Object.keys(LOOKALIKES).join('')}]`);

/** Classes of a UTF-16 code unit (see classes()). */
const GAP = 0;
const ASCII_ALNUM = 1;
const LOOKALIKE = 2;
/** A letter, mark or digit of another script (or half of a surrogate pair). */
const OTHER = 3;

/**
 * Non-ASCII punctuation, symbols and spaces, which end a word: Latin-1's signs (but for ª, µ, º),
 * × and ÷, general punctuation, arrows, mathematical and technical signs, box drawing, shapes and
 * dingbats, CJK and small-form punctuation. The event runtime has no Unicode property escapes, so
 * every other non-ASCII code unit counts as part of a word.
 */
const NON_WORD_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x80, 0xa9],
  [0xab, 0xb4],
  [0xb6, 0xb9],
  [0xbb, 0xbf],
  [0xd7, 0xd7],
  [0xf7, 0xf7],
  [0x2000, 0x2bff],
  [0x3000, 0x303f],
  [0xfe10, 0xfe1f],
  [0xfe30, 0xfe6f],
  [0xff00, 0xff0f],
];

let classTable: Uint8Array | undefined;

/**
 * The class of every UTF-16 code unit, built on the first text holding a lookalike: most texts
 * hold none, and the add-in's start-up does not pay for it.
 */
function classes(): Uint8Array {
  if (classTable !== undefined) return classTable;
  const table = new Uint8Array(65536);
  table.fill(OTHER, 0x80);
  for (const [from, to] of NON_WORD_RANGES) table.fill(GAP, from, to + 1);
  table.fill(ASCII_ALNUM, 48, 58);
  table.fill(ASCII_ALNUM, 65, 91);
  table.fill(ASCII_ALNUM, 97, 123);
  for (const code of LATIN_CODES.keys()) table[code] = LOOKALIKE;
  classTable = table;
  return table;
}

/** Bits of what a word holds. */
const HOLDS_ASCII = 1;
const HOLDS_LOOKALIKE = 2;
const HOLDS_OTHER = 4;

/** A text's code units copied up to `copied`, with the words folded so far folded. */
interface Codes {
  units: Uint16Array;
  copied: number;
}

/** `codes` (created for `text` when undefined) copied up to `end`, with `start..end` folded. */
function folded(text: string, codes: Codes | undefined, start: number, end: number): Codes {
  const c = codes ?? { units: new Uint16Array(text.length), copied: 0 };
  const { units } = c;
  for (let j = c.copied; j < end; j++) units[j] = text.charCodeAt(j);
  c.copied = end;
  for (let j = start; j < end; j++) units[j] = LATIN_CODES.get(units[j]!) ?? units[j]!;
  return c;
}

/** Reads code units natively, where the runtime has TextDecoder and stores them little-endian (every one Outlook runs on). */
const decoder =
  typeof TextDecoder === 'function' && new Uint8Array(new Uint16Array([1]).buffer)[0] === 1
    ? new TextDecoder('utf-16le')
    : undefined;

/** The string of `codes`' code units. */
function decode(codes: Codes): string {
  const { units } = codes;
  if (decoder !== undefined) return decoder.decode(units);
  let out = '';
  for (let j = 0; j < units.length; j += DECODE_CHUNK)
    out += String.fromCharCode.apply(null, Array.from(units.subarray(j, j + DECODE_CHUNK)));
  return out;
}

/**
 * `text` with Cyrillic and Greek lookalike letters turned into the Latin letters they imitate, where
 * they stand among Latin letters and digits: in a word that also holds an ASCII letter or digit
 * ("NHS" with a Cyrillic "Н", "раssword", "АВ123456С"), or in a word made only of lookalikes next
 * to such a word ("АВ 12 34 56 С"). A word is a run of ASCII letters and digits and non-ASCII
 * characters other than NON_WORD_RANGES. A
 * Russian or Greek word among words of its own script, and a word with a letter that imitates no
 * Latin one, are left alone. One character becomes one, so offsets do not move. One pass over the
 * text.
 */
export function foldLookalikes(text: string): string {
  if (!ANY_LOOKALIKE.test(text)) return text;
  const table = classes();
  const n = text.length;
  /** The text's code units, once a word is to be folded. */
  let codes: Codes | undefined;
  // The word before the current one (start -1: none), and the one before that.
  let prevStart = -1;
  let prevEnd = 0;
  let prevHolds = 0;
  let beforeHolds = 0;
  let i = 0;
  for (;;) {
    while (i < n && table[text.charCodeAt(i)] === GAP) i++;
    const start = i;
    let holds = 0;
    for (let c: number; i < n && (c = table[text.charCodeAt(i)]!) !== GAP; i++)
      holds |= c === ASCII_ALNUM ? HOLDS_ASCII : c === LOOKALIKE ? HOLDS_LOOKALIKE : HOLDS_OTHER;
    // The word before is decided now that both its neighbours are known.
    if (
      prevStart >= 0 &&
      (prevHolds & (HOLDS_LOOKALIKE | HOLDS_OTHER)) === HOLDS_LOOKALIKE &&
      ((prevHolds | beforeHolds | holds) & HOLDS_ASCII) !== 0
    )
      codes = folded(text, codes, prevStart, prevEnd);
    if (start === n) break;
    beforeHolds = prevHolds;
    prevStart = start;
    prevEnd = i;
    prevHolds = holds;
  }
  return codes === undefined ? text : decode(folded(text, codes, n, n));
}
