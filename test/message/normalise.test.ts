// normaliseText: NFKC, invisible characters, Unicode spaces, speed on large bodies.
import { normaliseText } from '../../src/message/normalise';

describe('normaliseText', () => {
  it('returns ASCII text unchanged (same string)', () => {
    const text = 'Case 4471\r\nNHS 943 476 5919\tend';
    expect(normaliseText(text)).toBe(text);
  });

  it('folds full-width digits and letters (NFKC)', () => {
    expect(normaliseText('ＮＨＳ ９４３ ４７６ ５９１９')).toBe('NHS 943 476 5919');
    expect(normaliseText('ﬁle ①')).toBe('file 1');
  });

  it('removes zero-width characters, soft hyphens and byte-order marks', () => {
    expect(normaliseText('94\u200b3\u200c47\u200d6\u2060591\ufeff9')).toBe('9434765919');
    expect(normaliseText('pass\u00adword')).toBe('password');
    expect(normaliseText('\u202e9195\u202c')).toBe('9195');
  });

  it('turns NBSP and other Unicode spaces into plain spaces and keeps newlines', () => {
    expect(normaliseText('943\u00a0476\u202f5919\u3000x')).toBe('943 476 5919 x');
    expect(normaliseText('a\u2002b\u2009c\u1680d')).toBe('a b c d');
    expect(normaliseText('line one\u00a0\nline two\u2028three')).toBe('line one \nline two\nthree');
  });

  it('turns Unicode hyphens, dashes and minus signs into `-`, one for one', () => {
    expect(normaliseText('20\u201300\u201300 943\u2011476\u20105919 12\u201403\u20151961')).toBe(
      '20-00-00 943-476-5919 12-03-1961',
    );
    expect(normaliseText('\u2212 5 \u2012 \ufe63 \uff0d')).toBe('- 5 - - -');
  });

  it('composes across removed invisible characters and keeps accented letters', () => {
    expect(normaliseText('Cafe\u0301 \u0175yr')).toBe('Caf\u00e9 \u0175yr');
    expect(normaliseText('e\u200b\u0301')).toBe('\u00e9');
  });

  it('folds Cyrillic and Greek lookalikes among Latin letters and digits, one for one', () => {
    // "NHS", "password" and a NINO typed with Cyrillic letters; Greek capitals in a licence number.
    expect(normaliseText('N\u041dS p\u0430ssword \u0410\u0412123456\u0421')).toBe(
      'NHS password AB123456C',
    );
    expect(normaliseText('\u0391\u0392 12 34 56 \u0421 and \u039c\u039f\u03a1\u0395')).toBe(
      'AB 12 34 56 C and MOPE',
    );
    const spoofed = 'ref \u0422\u041a 48 29 17 \u0421.';
    expect(normaliseText(spoofed)).toHaveLength(spoofed.length);
  });

  it('folds lookalikes the same where the runtime has no TextDecoder', () => {
    const spoofed = 'N\u041dS p\u0430ssword '.repeat(5000);
    const withDecoder = normaliseText(spoofed);
    const saved = globalThis.TextDecoder;
    Reflect.deleteProperty(globalThis, 'TextDecoder');
    try {
      jest.isolateModules(() => {
        const isolated = jest.requireActual<typeof import('../../src/message/homoglyphs')>(
          '../../src/message/homoglyphs',
        );
        expect(isolated.foldLookalikes(spoofed)).toBe(withDecoder);
      });
    } finally {
      globalThis.TextDecoder = saved;
    }
    expect(withDecoder).toBe('NHS password '.repeat(5000));
  });

  it('leaves Russian and Greek words among words of their own script alone', () => {
    const russian = '\u041e\u043d \u0434\u043e\u043c\u0430, \u0441\u043e\u0440 \u043a\u0430\u043a';
    expect(normaliseText(russian)).toBe(russian);
    const greek =
      '\u039a\u03b1\u03bb\u03b7\u03bc\u03ad\u03c1\u03b1 \u03ba\u03b1\u03b9 \u03bf\u03ba';
    expect(normaliseText(greek)).toBe(greek);
    // A word with a letter that imitates nothing Latin is no spoof, even among Latin words.
    expect(normaliseText('Mr \u0416\u0443\u043a\u043e\u0432 called')).toBe(
      'Mr \u0416\u0443\u043a\u043e\u0432 called',
    );
  });

  it('gives the same result chunked as whole on long mixed text', () => {
    const unit = 'Ref ９４３\u00a0476 caf\u00e9 e\u0301 \u200b ';
    const long = unit.repeat(20000);
    expect(normaliseText(long)).toBe(normaliseText(unit).repeat(20000));
  });

  it('is linear and fast on 10 MB bodies', () => {
    const ascii = 'Dear Sam, the client at 12 High Street has reference 12345. '.repeat(170000);
    let start = performance.now();
    normaliseText(ascii);
    expect(performance.now() - start).toBeLessThan(200);
    const mixed = 'Dear Sam, ９４３\u00a0476 5919 caf\u00e9 \u200b. '.repeat(250000);
    start = performance.now();
    const out = normaliseText(mixed);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(out.indexOf('\u200b')).toBe(-1);
  });
});
