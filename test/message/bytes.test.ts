// Byte helpers that replace Buffer/atob/TextDecoder in the Outlook event runtime.
import { decodeBase64, decodeText, decodeUtf8, encodeBase64 } from '../../src/message/bytes';

describe('base64 without Buffer or atob', () => {
  it('round-trips every length and matches Node for encoding', () => {
    const bytes = Uint8Array.from({ length: 300 }, (_, i) => (i * 37 + 11) & 255);
    for (let n = 0; n <= bytes.length; n += 7) {
      const part = bytes.subarray(0, n);
      const encoded = encodeBase64(part);
      expect(encoded).toBe(Buffer.from(part).toString('base64'));
      expect(Array.from(decodeBase64(encoded))).toEqual(Array.from(part));
    }
  });

  it('ignores line breaks and missing padding, accepts URL-safe letters, rejects other characters', () => {
    expect(Array.from(decodeBase64('YWJj\r\nZGU'))).toEqual([97, 98, 99, 100, 101]);
    expect(Array.from(decodeBase64('-_8'))).toEqual(Array.from(Buffer.from('-_8', 'base64url')));
    expect(() => decodeBase64('YW*j')).toThrow('invalid base64');
    expect(() => decodeBase64('YWJjZ')).toThrow('invalid base64');
  });
});

describe('text decoding', () => {
  it('decodes UTF-8 without TextDecoder, replacing malformed sequences', () => {
    const original = globalThis.TextDecoder;
    try {
      (globalThis as { TextDecoder?: unknown }).TextDecoder = undefined;
      const text = 'caf\u00e9 \u2013 \ud83d\ude00 \u0175';
      expect(decodeUtf8(new TextEncoder().encode(text))).toBe(text);
      expect(decodeUtf8(new Uint8Array([0x61, 0xc3, 0x28, 0xe2, 0x82]))).toBe('a\ufffd(\ufffd');
    } finally {
      globalThis.TextDecoder = original;
    }
  });

  it('honours byte-order marks and Windows-1252', () => {
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x3c, 0x01]))).toBe('A\u013c');
    expect(decodeText(new Uint8Array([0x80, 0xa3]), 'windows-1252')).toBe('\u20ac\u00a3');
    expect(decodeText(new Uint8Array([0xa3]), 'iso-8859-1')).toBe('\u00a3');
  });
});
