// The shared prefilter finds exactly what the regexes it stands in for find: phrase matches, digit runs, GB phone lengths.
import { isPossiblePhoneNumber } from 'libphonenumber-js/core';
import { detector as credential } from '../../src/detectors/credential';
import { detectors } from '../../src/detectors/index';
import {
  compileLexicon,
  compilePhrases,
  findPhrases,
  findPhrasesInSlice,
  type LexiconData,
  type Span,
} from '../../src/detectors/lexicon';
import { commercialConfidentialLexicon } from '../../src/detectors/lexicons/commercial-confidential';
import { credentialLexicon } from '../../src/detectors/lexicons/credential';
import { criminalOffenceLexicon } from '../../src/detectors/lexicons/criminal-offence';
import { safeguardingLexicon } from '../../src/detectors/lexicons/safeguarding';
import { specialCategoryHealthLexicon } from '../../src/detectors/lexicons/special-category-health';
import { specialCategoryOtherLexicon } from '../../src/detectors/lexicons/special-category-other';
import {
  beginText,
  digitRuns,
  isIndexed,
  phraseMatches,
  phraseParts,
  phraseStart,
} from '../../src/detectors/lib/prefilter';
import { phraseKey, wordsMatcher } from '../../src/detectors/lib/words';
import { scanText } from '../../src/detectors/scan';
import { GB_POSSIBLE_LENGTHS, gbPossible } from '../../src/detectors/uk-phone';
import { gbMetadata } from '../fixtures/phone-metadata-gb';

const LEXICONS: readonly LexiconData[] = [
  commercialConfidentialLexicon,
  criminalOffenceLexicon,
  safeguardingLexicon,
  specialCategoryHealthLexicon,
  specialCategoryOtherLexicon,
];

/** Small seeded PRNG (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const contextWords = detectors.flatMap((d) => [
  ...d.context,
  ...(d.negativeContext ?? []),
  ...(d.exampleContext ?? []),
]);
const lexiconWords = LEXICONS.flatMap((l) => [
  ...l.phrases,
  ...l.anchoredTerms,
  ...l.anchors,
  ...l.negatives,
]);
const credentialWords = Object.values(credentialLexicon).flatMap((v: unknown) =>
  Array.isArray(v) ? (v as string[]) : [],
);
const WORDS = [...contextWords, ...lexiconWords, ...credentialWords, 'the', 'of', 'and', 'a'];
/** Joins between words, including ones the phrase regexes treat specially (hyphens, runs of spaces, NBSP, `_`). */
const SEPARATORS = [
  ' ',
  ' ',
  ' ',
  '  ',
  '-',
  ' - ',
  '\n',
  '. ',
  ', ',
  '_',
  "'",
  '\u00a0',
  '\t',
  '',
  '/',
  '--',
  '\u2019',
  '.',
  '&',
  '#',
];

/** Text of lexicon and context words in random case, with their spaces replaced and some cut short. */
function phraseSoup(r: () => number, length: number): string {
  let text = '';
  while (text.length < length) {
    let word = WORDS[Math.floor(r() * WORDS.length)]!;
    const casing = r();
    if (casing < 0.25) word = word.toUpperCase();
    else if (casing < 0.5) word = word.charAt(0).toUpperCase() + word.slice(1);
    if (r() < 0.2) word = word.replace(/ /g, SEPARATORS[Math.floor(r() * SEPARATORS.length)]!);
    if (r() < 0.3) word = word.replace(/'/g, '\u2019');
    if (r() < 0.1) word = word.slice(0, 1 + Math.floor(r() * word.length));
    if (r() < 0.05) text += `${Math.floor(r() * 1e8)} `;
    text += word + SEPARATORS[Math.floor(r() * SEPARATORS.length)]!;
  }
  return text;
}

/** The matches of `regex` by the plain exec loop (a fresh copy, so the prefilter cannot step in). */
function plainMatches(text: string, regex: RegExp): Span[] {
  return findPhrases(text, new RegExp(regex.source, regex.flags));
}

const keys = [...new Set(contextWords.map(phraseKey))].filter((k) => k !== '');
const regexes: Array<[string, RegExp]> = [
  ['context words', wordsMatcher(keys)!],
  ...LEXICONS.flatMap((data) => {
    const lexicon = compileLexicon(data);
    return [
      [`${data.entityType} positives`, lexicon.positives],
      [`${data.entityType} negatives`, lexicon.negatives],
      [`${data.entityType} anchors`, lexicon.anchors],
    ].filter((entry): entry is [string, RegExp] => entry[1] !== null);
  }),
  ['credential keywords', compilePhrases(Object.values(credentialLexicon).flat() as string[])!],
];

describe('phrase prefilter', () => {
  test('a phrase starts with its first word, then its second and third while spaces join them, or a mark', () => {
    expect(phraseStart('child protection plan')).toEqual({
      first: 'child',
      second: 'protection',
      third: 'plan',
    });
    expect(phraseStart('child protection')).toEqual({
      first: 'child',
      second: 'protection',
      third: '',
    });
    expect(phraseStart("of the people's party")).toEqual({
      first: 'of',
      second: 'the',
      third: 'people',
    });
    expect(phraseStart("child's plan")).toEqual({
      first: 'child',
      second: '',
      third: '',
      mark: "'",
    });
    expect(phraseStart('s.47 enquiry')).toEqual({ first: 's', second: '', third: '', mark: '.' });
    expect(phraseStart('a/c')).toEqual({ first: 'a', second: '', third: '', mark: '/' });
    expect(phraseStart('dob')).toEqual({ first: 'dob', second: '', third: '' });
  });

  test.each(regexes)('%s: the index finds exactly what the regex finds', (_, regex) => {
    const r = random(7);
    for (let i = 0; i < 25; i += 1) {
      const text = phraseSoup(r, 600 + i * 40);
      beginText(text);
      expect(findPhrases(text, regex)).toEqual(plainMatches(text, regex));
      // Slices that cut no word, as the negative and anchor passes read them.
      for (let j = 0; j < 5; j += 1) {
        let from = Math.floor(r() * text.length);
        while (from > 0 && /\w/.test(text.charAt(from - 1))) from -= 1;
        let to = Math.min(text.length, from + 50 + Math.floor(r() * 200));
        while (to < text.length && /\w/.test(text.charAt(to))) to += 1;
        const slice = text.slice(from, to);
        expect(findPhrasesInSlice(text, from, slice, regex)).toEqual(plainMatches(slice, regex));
      }
    }
  });

  test.each(regexes)(
    '%s: short texts (a subject, a file name) use the index too and find the same',
    (_, regex) => {
      // One compiled copy of each large regex serves every text: a first Send in a fresh runtime
      // does not compile the plain copy for the subject line and the sticky one for the body.
      const r = random(29);
      for (let i = 0; i < 40; i += 1) {
        const text = phraseSoup(r, 1 + i * 5).slice(0, 1 + i * 5);
        beginText(text);
        const spans: Span[] = [];
        expect(phraseMatches(text, regex, spans)).toBe(true);
        expect(spans).toEqual(plainMatches(text, regex));
      }
    },
  );

  test('a large phrase regex is tried as the group of phrases starting with the word at hand', () => {
    // 600 phrases of two words over 30 first words: well over SPLIT_SOURCE_LENGTH.
    const firsts = Array.from(
      { length: 30 },
      (_, i) => `lead${String.fromCharCode(97 + (i % 26))}${i}`,
    );
    const phrases = firsts.flatMap((first) =>
      Array.from({ length: 20 }, (_, j) => `${first} tail${j}${j % 3 === 0 ? ' end' : ''}`),
    );
    const regex = compilePhrases([...phrases, 'the leadb1 alone'])!;
    expect(phraseParts(regex)).toEqual({ groups: 31, compiled: 0 });
    const text =
      'Notes: LEADA0 tail0 end, then leadc2-tail5 and leadc2 tail3 end; the leadb1 alone ' +
      'and the  LeadB1 Alone. Not leada0tail0, nor leadzz tail1, nor lead tail2. '.repeat(20);
    beginText(text);
    const spans: Span[] = [];
    expect(phraseMatches(text, regex, spans)).toBe(true);
    expect(spans).toEqual(plainMatches(text, regex));
    expect(spans.map((s) => text.slice(s.start, s.end)).slice(0, 5)).toEqual([
      'LEADA0 tail0 end',
      'leadc2-tail5',
      'leadc2 tail3 end',
      'the leadb1 alone',
      'the  LeadB1 Alone',
    ]);
    // Only the groups of leada0, leadc2 and "the" were compiled, not the other 28.
    expect(phraseParts(regex)).toEqual({ groups: 31, compiled: 3 });
  });

  test.each(regexes)(
    '%s: without an index (another text, a slice cutting words) the same matches',
    (_, regex) => {
      const r = random(31);
      beginText('a different text being scanned');
      for (let i = 0; i < 10; i += 1) {
        const text = phraseSoup(r, 400 + i * 30);
        const spans: Span[] = [];
        // A regex tried in parts answers for any text; one tried whole leaves it to regex.exec.
        if (phraseMatches(text, regex, spans)) expect(phraseParts(regex)).toBeDefined();
        else expect(phraseParts(regex)).toBeUndefined();
        expect(findPhrases(text, regex)).toEqual(plainMatches(text, regex));
        const cut = text.slice(3, text.length - 3);
        expect(findPhrasesInSlice(text, 3, cut, regex)).toEqual(plainMatches(cut, regex));
      }
    },
  );

  test.each(regexes)('%s: in pure ASCII text (copied by TextEncoder) too', (_, regex) => {
    const r = random(13);
    for (let i = 0; i < 10; i += 1) {
      const text = phraseSoup(r, 800).replace(/[\u0080-\uffff]/g, ' ');
      beginText(text);
      expect(findPhrases(text, regex)).toEqual(plainMatches(text, regex));
    }
  });

  test('every phrase regex of the detectors, and a policy extension of each lexicon, is served by the index', () => {
    for (const [name, regex] of regexes) expect([name, isIndexed(regex)]).toEqual([name, true]);
    for (const data of LEXICONS) {
      const extended = compileLexicon(data, {
        phrases: ['contextual safeguarding meeting'],
        negatives: ['safeguarding newsletter'],
      });
      for (const regex of [extended.positives, extended.negatives])
        expect([data.entityType, isIndexed(regex!)]).toEqual([data.entityType, true]);
    }
  });

  test('a phrase starting with common words is found from a later word, and every regex keeps its starts in order', () => {
    // Recognised at "child", "jewish", "buy", "deaf" and "have" (after common words), at "care" by
    // reading ahead, and overlapping single-word phrases of the same regex that start later.
    const regex = compilePhrases([
      'the child',
      'child',
      'of the jewish faith',
      'jewish',
      'to buy the',
      'buy',
      'he is deaf',
      'is a',
      'i have',
      'care of the',
      'the care',
    ])!;
    expect(isIndexed(regex)).toBe(true);
    const words = [
      'the',
      'child',
      'of',
      'jewish',
      'faith',
      'to',
      'buy',
      'care',
      'he',
      'is',
      'deaf',
    ];
    const more = ['a', 'i', 'have', 'and', 'The', 'CHILD', 'Of', 'x1', '42'];
    const joins = [' ', ' ', ' ', '  ', '-', ' - ', ', ', '. ', '_', '\n', '\u00a0', "'"];
    const r = random(21);
    for (let k = 0; k < 60; k += 1) {
      let text = '';
      while (text.length < 700) {
        const pool = r() < 0.8 ? words : more;
        text += pool[Math.floor(r() * pool.length)]! + joins[Math.floor(r() * joins.length)]!;
      }
      beginText(text);
      expect(findPhrases(text, regex)).toEqual(plainMatches(text, regex));
    }
  });

  test('digit runs are what /\\d+/g finds', () => {
    const r = random(11);
    for (let i = 0; i < 30; i += 1) {
      const text = phraseSoup(r, 700).replace(/o/g, () => String(Math.floor(r() * 10)));
      beginText(text);
      const runs = digitRuns(text);
      const found = Array.from(runs.pairs.subarray(0, runs.count * 2));
      const expected: number[] = [];
      const runs2 = /\d+/g;
      for (let m = runs2.exec(text); m !== null; m = runs2.exec(text))
        expected.push(m.index, m.index + m[0].length);
      expect(found).toEqual(expected);
    }
  });

  test('a known API token is found in a long message (the token regex is not skipped)', () => {
    const filler = 'Please see the notes from the meeting. '.repeat(30);
    for (const token of [
      'AKIA' + 'ABCDEFGHIJKLMNOP',
      'sk_live_' + 'a1B2c3D4e5F6g7H8',
      'ghp_' + 'a1'.repeat(18),
      'glpat-' + 'x'.repeat(20),
    ]) {
      const text = `${filler}The key is ${token} for the test system. ${filler}`;
      const found = scanText(text).filter((f) => f.type === 'CREDENTIAL');
      expect(found.map((f) => text.slice(f.start, f.end))).toContain(token);
      expect(credential.detect!(text, { lexicons: {} }).length).toBeGreaterThan(0);
    }
  });
});

test('a private key block and a URL are found in a long message (their searches are not skipped)', () => {
  const filler = 'Please see the notes from the meeting. '.repeat(30);
  const key = '-----BEGIN RSA PRIVATE KEY-----';
  const text = `${filler}\n${key}\nMIIEow\n${filler} see https://example.org/pages/9434765919 ${filler}`;
  const found = scanText(text);
  expect(
    found.filter((f) => f.type === 'CREDENTIAL').map((f) => text.slice(f.start, f.end)),
  ).toEqual([key]);
  expect(found.filter((f) => f.type === 'NHS_NUMBER')).toEqual([]);
});

describe('GB phone possible lengths', () => {
  test("GB_POSSIBLE_LENGTHS are libphonenumber's for GB", () => {
    expect(GB_POSSIBLE_LENGTHS).toEqual(
      (gbMetadata as unknown as { countries: { GB: unknown[] } }).countries.GB[3],
    );
  });

  test('a national number starting with 0 or 00 (`+44 (0)20…`) is possible exactly as libphonenumber says', () => {
    const r = random(6);
    for (let length = 1; length <= 17; length += 1) {
      for (let i = 0; i < 200; i += 1) {
        let national = i % 4 === 0 ? '00' : '0';
        while (national.length < length) national += String(Math.floor(r() * 10));
        national = national.slice(0, length);
        expect([national, gbPossible(national)]).toEqual([
          national,
          isPossiblePhoneNumber(`+44${national}`, gbMetadata),
        ]);
      }
    }
  });

  test('a national number not starting with 0 is possible exactly when its length is a GB possible length', () => {
    const r = random(5);
    for (let length = 1; length <= 17; length += 1) {
      for (let i = 0; i < 200; i += 1) {
        let national = String(1 + Math.floor(r() * 9));
        while (national.length < length) national += String(Math.floor(r() * 10));
        expect([national, gbPossible(national)]).toEqual([
          national,
          isPossiblePhoneNumber(`+44${national}`, gbMetadata),
        ]);
      }
    }
  });
});

test('without TextEncoder (an event runtime may lack it) a scan finds the same', () => {
  const r = random(17);
  const texts = [0, 1, 2].map(() => phraseSoup(r, 1500));
  texts.push(texts[0]!.replace(/[\u0080-\uffff]/g, ' '));
  const expected = texts.map((text) => scanText(text));
  const saved = globalThis.TextEncoder;
  Reflect.deleteProperty(globalThis, 'TextEncoder');
  try {
    jest.isolateModules(() => {
      type Scan = typeof import('../../src/detectors/scan');
      // A fresh copy of the modules, loaded without TextEncoder.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const fresh: Scan = require('../../src/detectors/scan');
      expect(texts.map((text) => fresh.scanText(text))).toEqual(expected);
    });
  } finally {
    globalThis.TextEncoder = saved;
  }
});
