// Text normalisation before scanning: NFKC, invisible characters removed, Unicode spaces and dashes made plain, lookalike letters folded.
import { foldLookalikes } from './homoglyphs';

/** Any character outside ASCII; text without one is already normal. */
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Text is normalised in chunks of about this many UTF-16 units, each ending just before an ASCII
 * character. NFKC never composes or reorders across an ASCII character (ASCII characters are
 * starters that combine with nothing before them), so the chunks give the same result as the whole.
 */
const CHUNK = 65536;

/**
 * Invisible characters removed before NFKC: soft hyphen, combining grapheme joiner, Arabic letter
 * mark, Hangul fillers, Khmer inherent vowels, Mongolian vowel separator, zero-width space/joiners,
 * directional marks and embeddings, word joiner and invisible operators, directional isolates,
 * variation selectors, byte-order mark.
 */
/* eslint-disable no-misleading-character-class -- single code points to delete, not combined sequences */
const INVISIBLE =
  /[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
/* eslint-enable no-misleading-character-class */

/** Unicode spaces NFKC leaves alone (most others it already folds to U+0020). */
const UNICODE_SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Hyphens and dashes NFKC leaves alone become `-`: a pasted or autocorrected sort code, NHS number
 * or date (`20–00–00`, `943‑476‑5919`, `12–03–1961`) is then read as typed. Non-breaking hyphen,
 * small and full-width hyphen-minus are folded to these by NFKC first.
 */
const UNICODE_DASH = /[\u2010-\u2015\u2212]/g;

/** Unicode line and paragraph separators and NEL become newlines. */
const UNICODE_NEWLINE = /[\u0085\u2028\u2029]/g;

const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;
/** Texts up to this many UTF-16 units are tested for ASCII with TextEncoder; longer ones (rare) by regex. */
const PROBE_LIMIT = 1 << 20;
let probe = new Uint8Array(4096);

/**
 * Whether `text` is all ASCII. TextEncoder copies ASCII natively, several times faster than a regex
 * search for the first non-ASCII character; the event runtime may lack it, and then the regex answers.
 */
function isAscii(text: string): boolean {
  const n = text.length;
  if (encoder === undefined || n > PROBE_LIMIT) return !NON_ASCII.test(text);
  if (probe.length < n)
    probe = new Uint8Array(Math.min(PROBE_LIMIT, Math.max(n, probe.length * 2)));
  const { read, written } = encoder.encodeInto(text, probe);
  return read === n && written === n;
}

function normaliseChunk(chunk: string): string {
  return chunk
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .replace(UNICODE_SPACE, ' ')
    .replace(UNICODE_DASH, '-')
    .replace(UNICODE_NEWLINE, '\n');
}

/**
 * Text as the detectors read it: Unicode NFKC (full-width digits and letters folded), zero-width and
 * other invisible characters removed, NBSP and other Unicode spaces turned into U+0020, Unicode
 * hyphens and dashes into `-`, and Cyrillic or Greek letters that imitate Latin ones among Latin
 * letters and digits into those (foldLookalikes). Newlines, tabs and all ASCII are kept as they are,
 * so pure-ASCII text is returned unchanged.
 */
export function normaliseText(raw: string): string {
  if (isAscii(raw)) return raw;
  const out: string[] = [];
  let start = 0;
  while (start < raw.length) {
    let end = Math.min(start + CHUNK, raw.length);
    while (end < raw.length && raw.charCodeAt(end) > 0x7f) end++;
    out.push(normaliseChunk(raw.slice(start, end)));
    start = end;
  }
  return foldLookalikes(out.join(''));
}
