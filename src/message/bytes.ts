// Byte helpers that need no Node `Buffer`, `atob` or `TextDecoder`: base64 and text decoding for readers.

const BASE64_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const INVALID = 255;
const SKIP = 254;

const decodeTable: Uint8Array = (() => {
  const table = new Uint8Array(256).fill(INVALID);
  for (let i = 0; i < BASE64_ALPHABET.length; i++) table[BASE64_ALPHABET.charCodeAt(i)] = i;
  table['-'.charCodeAt(0)] = 62;
  table['_'.charCodeAt(0)] = 63;
  for (const c of [' ', '\t', '\r', '\n', '\f', '=']) table[c.charCodeAt(0)] = SKIP;
  return table;
})();

/** Thrown for input that is not base64; callers turn it into their own error or reason. */
export class Base64Error extends Error {
  constructor() {
    super('invalid base64');
    this.name = 'Base64Error';
  }
}

/** Upper bound of the decoded size of a base64 string, without decoding it. */
export function base64DecodedSize(text: string): number {
  return Math.floor((text.length * 3) / 4);
}

/** Decodes standard or URL-safe base64; whitespace and padding are ignored, anything else throws. */
export function decodeBase64(text: string): Uint8Array {
  const out = new Uint8Array(base64DecodedSize(text) + 3);
  let bits = 0;
  let count = 0;
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 256 ? (decodeTable[code] as number) : INVALID;
    if (value === SKIP) continue;
    if (value === INVALID) throw new Base64Error();
    bits = (bits << 6) | value;
    count++;
    if (count === 4) {
      out[length++] = (bits >> 16) & 0xff;
      out[length++] = (bits >> 8) & 0xff;
      out[length++] = bits & 0xff;
      bits = 0;
      count = 0;
    }
  }
  if (count === 1) throw new Base64Error();
  if (count === 2) out[length++] = (bits >> 4) & 0xff;
  if (count === 3) {
    out[length++] = (bits >> 10) & 0xff;
    out[length++] = (bits >> 2) & 0xff;
  }
  return out.subarray(0, length);
}

const encodeTable: Uint8Array = Uint8Array.from(
  Array.from(BASE64_ALPHABET, (c) => c.charCodeAt(0)),
);

/** Encodes bytes as standard padded base64. */
export function encodeBase64(bytes: Uint8Array): string {
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const table = encodeTable;
  let o = 0;
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n =
      ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    out[o++] = table[n >> 18] as number;
    out[o++] = table[(n >> 12) & 63] as number;
    out[o++] = table[(n >> 6) & 63] as number;
    out[o++] = table[n & 63] as number;
  }
  if (i < bytes.length) {
    const two = i + 1 < bytes.length;
    const n = ((bytes[i] as number) << 16) | (two ? (bytes[i + 1] as number) << 8 : 0);
    out[o++] = table[n >> 18] as number;
    out[o++] = table[(n >> 12) & 63] as number;
    out[o++] = two ? (table[(n >> 6) & 63] as number) : 61;
    out[o++] = 61;
  }
  return fromCharCodes(out, out.length);
}

/** One string character per element (bytes or UTF-16 code units), built in chunks to stay within argument limits. */
export function fromCharCodes(codes: Uint8Array | Uint16Array, length: number): string {
  const parts: string[] = [];
  for (let i = 0; i < length; i += 8192) {
    parts.push(
      String.fromCharCode.apply(
        null,
        codes.subarray(i, Math.min(i + 8192, length)) as unknown as number[],
      ),
    );
  }
  return parts.join('');
}

/** ISO-8859-1: every byte is the code point of the same value. */
export function decodeLatin1(bytes: Uint8Array): string {
  return fromCharCodes(bytes, bytes.length);
}

const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

export function decodeWindows1252(bytes: Uint8Array): string {
  const codes = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    codes[i] = b >= 0x80 && b < 0xa0 ? (WINDOWS_1252_HIGH[b - 0x80] as number) : b;
  }
  return fromCharCodes(codes, codes.length);
}

/** UTF-8 with U+FFFD for malformed sequences (what `TextDecoder` does), for runtimes without it. */
export function decodeUtf8(bytes: Uint8Array): string {
  if (typeof TextDecoder !== 'undefined') return new TextDecoder('utf-8').decode(bytes);
  const codes = new Uint16Array(bytes.length);
  let length = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    let cp = 0xfffd;
    let need = 0;
    if (b < 0x80) {
      cp = b;
    } else if (b >= 0xc2 && b < 0xe0) {
      need = 1;
      cp = b & 0x1f;
    } else if (b >= 0xe0 && b < 0xf0) {
      need = 2;
      cp = b & 0x0f;
    } else if (b >= 0xf0 && b < 0xf5) {
      need = 3;
      cp = b & 0x07;
    }
    i++;
    let ok = true;
    for (let k = 0; k < need; k++) {
      const c = bytes[i];
      if (c === undefined || (c & 0xc0) !== 0x80) {
        ok = false;
        break;
      }
      cp = (cp << 6) | (c & 0x3f);
      i++;
    }
    if (
      !ok ||
      (need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp < 0xe000))) ||
      (need === 3 && (cp < 0x10000 || cp > 0x10ffff))
    ) {
      cp = 0xfffd;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      codes[length++] = 0xd800 + (cp >> 10);
      codes[length++] = 0xdc00 + (cp & 0x3ff);
    } else {
      codes[length++] = cp;
    }
  }
  return fromCharCodes(codes, length);
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const count = bytes.length >> 1;
  const codes = new Uint16Array(count);
  for (let i = 0; i < count; i++) {
    const a = bytes[2 * i] as number;
    const b = bytes[2 * i + 1] as number;
    codes[i] = littleEndian ? a | (b << 8) : (a << 8) | b;
  }
  return fromCharCodes(codes, count);
}

/**
 * Decodes text in a declared charset. A byte-order mark wins over the declaration; unknown charsets
 * use `TextDecoder` where the runtime has one, else Windows-1252 (which never fails).
 */
export function decodeText(bytes: Uint8Array, charset = 'utf-8'): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeUtf8(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), false);
  const name = charset.trim().toLowerCase().replace(/^"|"$/g, '');
  if (name === 'utf-8' || name === 'utf8' || name === '') return decodeUtf8(bytes);
  if (
    name === 'us-ascii' ||
    name === 'ascii' ||
    name === 'iso-8859-1' ||
    name === 'latin1' ||
    name === 'windows-1252' ||
    name === 'cp1252'
  ) {
    return decodeWindows1252(bytes);
  }
  if (name === 'utf-16le' || name === 'utf-16') return decodeUtf16(bytes, true);
  if (name === 'utf-16be') return decodeUtf16(bytes, false);
  if (typeof TextDecoder !== 'undefined') {
    try {
      return new TextDecoder(name).decode(bytes);
    } catch {
      return decodeWindows1252(bytes);
    }
  }
  return decodeWindows1252(bytes);
}

/** True when the bytes start with `prefix`. */
export function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}
