// Tests of the category lexicon matcher: whole words, negatives first, person anchors, policy extensions, linear time.
import { analyse } from 'scslre';
import {
  credentialRegexes,
  detector as credential,
  isPlaceholder,
} from '../../src/detectors/credential';
import {
  commercialRegexes,
  detector as commercial,
} from '../../src/detectors/commercial-confidential';
import { detector as criminal } from '../../src/detectors/criminal-offence';
import { scanText } from '../../src/detectors/scan';
import {
  compiledExtension,
  compileLexicon,
  compilePhrases,
  extensionCache,
  findPhrases,
  lexiconSize,
  matchLexicon,
  normalisePhrase,
  SOMEONE,
  sentenceWindow,
  type LexiconData,
} from '../../src/detectors/lexicon';
import {
  commercialConfidentialLexicon,
  commercialDealWords,
  commercialPartyWords,
} from '../../src/detectors/lexicons/commercial-confidential';
import { credentialLexicon } from '../../src/detectors/lexicons/credential';
import { trieSource } from '../../src/detectors/lib/words';
import { criminalOffenceLexicon } from '../../src/detectors/lexicons/criminal-offence';
import {
  safeguardingHarmVerbs,
  safeguardingHarmVerbsWithTail,
  safeguardingLexicon,
  safeguardingTakingVerbs,
} from '../../src/detectors/lexicons/safeguarding';
import { specialCategoryHealthLexicon } from '../../src/detectors/lexicons/special-category-health';
import { specialCategoryOtherLexicon } from '../../src/detectors/lexicons/special-category-other';
import { safeguardingRegexes, detector as safeguarding } from '../../src/detectors/safeguarding';
import { detector as health } from '../../src/detectors/special-category-health';
import { detector as other } from '../../src/detectors/special-category-other';
import type { DetectContext, Detector, Finding } from '../../src/detectors/types';
import commercialCases from './cases/commercial-confidential.cases';
import credentialCases from './cases/credential.cases';
import criminalCases from './cases/criminal-offence.cases';
import safeguardingCases from './cases/safeguarding.cases';
import healthCases from './cases/special-category-health.cases';
import otherCases from './cases/special-category-other.cases';

const LEXICONS: readonly LexiconData[] = [
  specialCategoryHealthLexicon,
  specialCategoryOtherLexicon,
  criminalOffenceLexicon,
  safeguardingLexicon,
  commercialConfidentialLexicon,
];
const CATEGORY_DETECTORS: readonly Detector[] = [
  health,
  other,
  criminal,
  safeguarding,
  commercial,
  credential,
];
const NO_POLICY: DetectContext = { lexicons: {} };

function matched(regex: RegExp | null, text: string): string[] {
  return findPhrases(text, regex).map((s) => text.slice(s.start, s.end));
}

function reported(detector: Detector, text: string, context: DetectContext = NO_POLICY): string[] {
  const findings: Finding[] = detector.detect?.(text, context) ?? [];
  return findings.filter((f) => f.confidence >= 0.5).map((f) => text.slice(f.start, f.end));
}

describe('normalisePhrase', () => {
  test('lower-cases, folds curly apostrophes and dashes, collapses spaces, trims punctuation', () => {
    expect(normalisePhrase('  Down\u2019s   Syndrome. ')).toBe("down's syndrome");
    expect(normalisePhrase('self \u2013 neglect')).toBe('self-neglect');
    expect(normalisePhrase('[password]')).toBe('password');
  });

  test('returns a phrase already normal as it is, and still trims or collapses one that is not', () => {
    expect(normalisePhrase("down's syndrome")).toBe("down's syndrome");
    expect(normalisePhrase("parents'")).toBe('parents');
    expect(normalisePhrase('child  protection')).toBe('child protection');
    expect(normalisePhrase('x')).toBe('x');
  });
});

describe('compilePhrases', () => {
  const regex = compilePhrases([
    'lic',
    'child protection plan',
    'child protection',
    'self-neglect',
    "alzheimer's",
    'S.47',
  ]);

  test('matches whole words only', () => {
    expect(matched(regex, 'public licence lic')).toEqual(['lic']);
    expect(matched(regex, 'childprotection plan')).toEqual([]);
  });

  test('is case-insensitive and prefers the longest phrase', () => {
    expect(matched(regex, 'CHILD PROTECTION PLAN review; child protection conference')).toEqual([
      'CHILD PROTECTION PLAN',
      'child protection',
    ]);
  });

  test('tolerates line breaks, repeated spaces and hyphen-or-space inside a phrase', () => {
    expect(matched(regex, 'child\n  protection\r\nplan')).toEqual(['child\n  protection\r\nplan']);
    expect(matched(regex, 'self neglect and self-neglect')).toEqual([
      'self neglect',
      'self-neglect',
    ]);
  });

  test('matches curly apostrophes and punctuation inside a phrase literally', () => {
    expect(matched(regex, 'Alzheimer\u2019s and s.47 but not s47')).toEqual([
      'Alzheimer\u2019s',
      's.47',
    ]);
  });

  test('is one character trie: each shared prefix once, a phrase ending inside another optional', () => {
    expect(compilePhrases(['ab', 'abc', 'ad', 'ab', 'be'])!.source).toBe(
      '\\b(?:a(?:b(?:c)?|d)|be)\\b',
    );
    expect(trieSource(['cab', 'ca', 'cb'], (c) => c.toUpperCase())).toBe('C(?:A(?:B)?|B)');
  });

  test('returns null when nothing survives normalisation', () => {
    expect(compilePhrases([])).toBeNull();
    expect(compilePhrases(['-', ' '])).toBeNull();
  });
});

describe('sentenceWindow', () => {
  test('stops at a full stop followed by a space but not after a title', () => {
    const text = 'The board met. Mrs. Patel has diabetes. Next item.';
    const at = text.indexOf('diabetes');
    const window = sentenceWindow(text, at, at + 8, 100);
    expect(text.slice(window.start, window.end)).toBe(' Mrs. Patel has diabetes');
  });

  test('stops at a blank line but not at a single line break', () => {
    const text = 'Re: Flat 4\n\nher son\nis autistic\n\nRegards';
    const at = text.indexOf('autistic');
    const window = sentenceWindow(text, at, at + 8, 100);
    expect(text.slice(window.start, window.end)).toBe('\nher son\nis autistic');
  });
});

describe('matchLexicon', () => {
  const data: LexiconData = {
    entityType: 'SPECIAL_CATEGORY_HEALTH',
    extensionsNeedAnchor: true,
    personNames: false,
    phrases: ['diagnosis of autism'],
    anchoredTerms: ['diabetes', 'health'],
    anchors: ['she', 'mrs'],
    negatives: ['health and safety', 'diabetes prevention programme'],
  };
  const lexicon = compileLexicon(data);

  test('removes negative phrases before matching', () => {
    expect(matchLexicon('She leads on health and safety.', lexicon)).toEqual([]);
    expect(matchLexicon('She runs the diabetes prevention programme.', lexicon)).toEqual([]);
  });

  test('marks a term anchored only when a person word is in the same sentence', () => {
    const [near] = matchLexicon('Mrs Patel has diabetes.', lexicon);
    expect(near).toMatchObject({ kind: 'term', anchored: true });
    const [far] = matchLexicon('Mrs Patel called. The diabetes report is late.', lexicon);
    expect(far).toMatchObject({ kind: 'term', anchored: false });
  });

  test('tells phrases from terms', () => {
    expect(matchLexicon('A diagnosis of autism was confirmed.', lexicon)).toEqual([
      expect.objectContaining({ kind: 'phrase', anchored: false }),
    ]);
  });

  test('an anchor inside a negative phrase does not count', () => {
    const withAnchorNegative = compileLexicon({ ...data, negatives: ['she sells'] });
    expect(matchLexicon('She sells diabetes kits', withAnchorNegative)).toEqual([
      expect.objectContaining({ anchored: false }),
    ]);
  });
});

describe('category detectors', () => {
  test('need a person anchor for special category terms', () => {
    expect(reported(health, "Mrs Patel's diagnosis of diabetes was confirmed.")).toHaveLength(1);
    expect(reported(health, 'The diabetes figures for the borough are attached.')).toEqual([]);
    expect(reported(other, 'Jo is a member of Unison.')).toEqual(['is a member of Unison']);
    expect(reported(other, 'The European Union and the union rep meeting room.')).toEqual([]);
  });

  test('merge matches in one sentence into one finding with the highest confidence', () => {
    const findings =
      health.detect?.('He has been sectioned and has schizophrenia and diabetes.', NO_POLICY) ?? [];
    expect(findings).toHaveLength(1);
    expect(findings[0]?.confidence).toBe(0.8);
  });

  test('report confidence within 0..1 with medium scores for anchored phrases', () => {
    for (const detector of CATEGORY_DETECTORS) {
      const text =
        'Her DBS came back clear. Section 47 enquiry for her son. She is a member of Unison. Tender prices from bidder A. Her son is autistic. Password: Blue7!sky';
      for (const f of detector.detect?.(text, NO_POLICY) ?? []) {
        expect(f.confidence).toBeGreaterThan(0);
        expect(f.confidence).toBeLessThanOrEqual(1);
        expect(f.type).toBe(detector.meta.entityType);
        expect(f.detector).toBe(detector.meta.id);
      }
    }
  });

  test('take extra phrases and negatives from the policy', () => {
    const text = 'The family have an open Signs of Safety plan.';
    expect(reported(safeguarding, text)).toEqual([]);
    const policy: DetectContext = {
      lexicons: { SAFEGUARDING: { phrases: ['signs of safety plan'] } },
    };
    expect(reported(safeguarding, text, policy)).toEqual(['Signs of Safety plan']);
    const quiet: DetectContext = {
      lexicons: { SAFEGUARDING: { negatives: ['strategy discussion paper'] } },
    };
    expect(reported(safeguarding, 'The strategy discussion paper is attached.')).toHaveLength(1);
    expect(reported(safeguarding, 'The strategy discussion paper is attached.', quiet)).toEqual([]);
  });

  test('special category extensions still need a person anchor', () => {
    const policy: DetectContext = {
      lexicons: { SPECIAL_CATEGORY_HEALTH: { phrases: ['ehlers-danlos'] } },
    };
    expect(reported(health, 'Ehlers-Danlos awareness month poster.', policy)).toEqual([]);
    expect(reported(health, 'Her son has Ehlers-Danlos syndrome.', policy)).toEqual([
      'Ehlers-Danlos',
    ]);
  });

  test('credential extensions add keywords', () => {
    const policy: DetectContext = { lexicons: { CREDENTIAL: { phrases: ['fob number'] } } };
    expect(reported(credential, 'The bin store fob number is 5831.')).toEqual([]);
    expect(reported(credential, 'The bin store fob number is 5831.', policy)).toEqual(['5831']);
    const quiet: DetectContext = { lexicons: { CREDENTIAL: { negatives: ['alarm code'] } } };
    expect(reported(credential, 'The alarm code is 6620.')).toEqual(['6620']);
    expect(reported(credential, 'The alarm code is 6620.', quiet)).toEqual([]);
  });
});

describe('prose matchers', () => {
  test('commercial: an amount with a deal word and a party in one sentence', () => {
    expect(
      reported(commercial, 'The three quotes were £48k from Dale Roofing and £52k from Summit.'),
    ).toEqual(['£48k from Dale Roofing and £52k']);
    expect(reported(commercial, 'Apex Building Ltd quoted £61,500 for the roof.')).toEqual([
      '£61,500',
    ]);
    expect(reported(commercial, 'The contractor has offered a 12% discount.')).toEqual([
      expect.stringContaining('12%'),
    ]);
    expect(reported(commercial, 'The budget for the roof is £1.2m this year.')).toEqual([]);
    expect(reported(commercial, 'Council tax will rise by 4.99% from April.')).toEqual([]);
    expect(reported(commercial, 'The supplier invoice for £450 was paid on time.')).toEqual([]);
    expect(reported(commercial, 'The price of a parking permit is £45. Ask the supplier.')).toEqual(
      [],
    );
  });

  test('safeguarding: a harm verb with a person as its object, or a child and an adult by age', () => {
    expect(reported(safeguarding, 'She said her stepfather kicked the baby.')).toEqual([
      'kicked the baby',
    ]);
    expect(reported(safeguarding, 'He was punched by his brother on Friday.')).toEqual([
      'punched by his brother',
    ]);
    expect(reported(safeguarding, 'Neighbours say he locks her in the flat.')).toEqual([
      'locks her in',
    ]);
    expect(reported(safeguarding, 'Mum left the children alone overnight.')).toEqual([
      'left the children alone',
    ]);
    expect(reported(safeguarding, 'A 14-year-old has been seen with a 25-year-old man.')).toEqual([
      '14-year-old has been seen with a 25-year-old',
    ]);
    expect(reported(safeguarding, 'Her nephew has been cashing her pension for months.')).toEqual([
      'cashing her pension',
    ]);
    expect(reported(safeguarding, 'He takes her bank card every Friday.')).toEqual([
      'takes her bank card',
    ]);
    expect(reported(safeguarding, 'She takes her savings book to the bank on Fridays.')).toEqual(
      [],
    );
    expect(reported(safeguarding, 'We left him a voicemail about the visit.')).toEqual([]);
    expect(reported(safeguarding, 'The storm hit the residents of Elm Court hard.')).toEqual([]);
    expect(reported(safeguarding, 'He was hit by a car outside the school.')).toEqual([]);
    expect(reported(safeguarding, 'She fell and burned her hand on the cooker.')).toEqual([]);
    expect(reported(safeguarding, 'The 15-year-old and her 12-year-old brother.')).toEqual([]);
  });

  test('credentials: passphrases, quoted words, spelled-out PINs, places before the value, login with', () => {
    expect(reported(credential, 'Use the passphrase copper-kettle-morning to open it.')).toEqual([
      'copper-kettle-morning',
    ]);
    expect(reported(credential, "Her memorable word for the bank is 'primrose'.")).toEqual([
      'primrose',
    ]);
    expect(reported(credential, 'The combination for the key box is 3-1-8-4.')).toEqual([
      '3-1-8-4',
    ]);
    expect(reported(credential, 'The door now uses 8-4-2-6 on the keypad.')).toEqual(['8-4-2-6']);
    expect(reported(credential, 'The password is on the back of the router: Orchid7731')).toEqual([
      'Orchid7731',
    ]);
    expect(reported(credential, 'The key safe by the back door opens with 4471.')).toEqual([
      '4471',
    ]);
    expect(reported(credential, 'Use the keypad by the side door, 2958 then enter.')).toEqual([
      '2958',
    ]);
    expect(reported(credential, 'Log on as duty.manager with pass Rota!2025 for now.')).toEqual([
      'duty.manager with pass Rota!2025',
    ]);
    expect(reported(credential, 'Use the same password as before.')).toEqual([]);
    expect(reported(credential, 'The combination is 1-2-3-4.')).toEqual([]);
    expect(reported(credential, 'Meet at the keypad by the side door, 10 minutes early.')).toEqual(
      [],
    );
  });
});

describe('credential placeholders', () => {
  test.each([
    'xxx',
    'XXXX',
    '********',
    '\u2022\u2022\u2022\u2022',
    '1234',
    '0000',
    '9876',
    'redacted',
    'example123',
  ])('%s is a placeholder', (value) => expect(isPlaceholder(value)).toBe(true));
  test.each(['Blue7!sky', 'Winter2026', '4471', '8812'])('%s is not a placeholder', (value) =>
    expect(isPlaceholder(value)).toBe(false),
  );
});

describe('regexes are linear and ES2016', () => {
  const compiled = LEXICONS.flatMap((data) => {
    const lexicon = compileLexicon(data);
    return [lexicon.positives, lexicon.anchors, lexicon.negatives];
  });
  const all = [
    ...compiled,
    ...credentialRegexes,
    ...commercialRegexes,
    ...safeguardingRegexes,
    SOMEONE,
    compilePhrases(commercialDealWords),
    compilePhrases(commercialPartyWords),
    compilePhrases([
      ...safeguardingHarmVerbs,
      ...safeguardingHarmVerbsWithTail,
      ...safeguardingTakingVerbs,
    ]),
    compilePhrases(safeguardingHarmVerbsWithTail),
    compilePhrases(safeguardingTakingVerbs),
    ...credential.patterns.map((p) => p.regex),
    compilePhrases(credentialLexicon.negatives),
  ].filter((r): r is RegExp => r !== null);

  test('no regex can backtrack super-linearly (scslre)', () => {
    for (const regex of all) {
      expect(
        analyse({ source: regex.source, flags: regex.flags }).reports.map((r) => r.type),
      ).toEqual([]);
    }
  });

  test('no lookbehind, named groups, Unicode property escapes or dotAll flag', () => {
    for (const regex of all) {
      expect(regex.source).not.toMatch(/\(\?<[=!a-z]|\\p\{/i);
      expect(regex.flags).not.toMatch(/[su]/);
    }
  });

  test('hostile inputs of 512 KB finish in bounded time (the bench times 1 MB)', () => {
    const size = 1 << 19;
    const inputs = [
      ' '.repeat(size),
      'a'.repeat(size),
      '1 2 '.repeat(size / 4),
      'child protection '.repeat(size / 17),
      'password: '.repeat(size / 10),
      'login is a / '.repeat(size / 13),
      'he has diabetes '.repeat(size / 16),
      'self-'.repeat(size / 5),
      'Mr. '.repeat(size / 4),
      '£1 bid supplier '.repeat(size / 16),
      '12% '.repeat(size / 4),
      'he hit her '.repeat(size / 11),
      '13-year-old 22-year-old man '.repeat(size / 28),
      'PIN 3-1-8-4 '.repeat(size / 12),
      'key safe by the door, '.repeat(size / 22),
      'she disclosed that he hit her and '.repeat(size / 34),
      'scared of going home to her stepdad '.repeat(size / 36),
      'threatened to take the children '.repeat(size / 32),
      'our opening offer of £1.2m to Redwood '.repeat(size / 38),
      'a member of the Labour Party '.repeat(size / 29),
    ];
    for (const text of inputs) {
      for (const detector of CATEGORY_DETECTORS) {
        const started = performance.now();
        detector.detect?.(text, NO_POLICY);
        expect(performance.now() - started).toBeLessThan(2000);
      }
    }
  });
});

describe('policy extensions', () => {
  test('an extension is compiled once, by object and then by content, however many messages are scanned', () => {
    const cache = extensionCache<number>();
    let compiles = 0;
    const extension = { phrases: ['long covid clinic'] };
    for (let i = 0; i < 5; i += 1) compiledExtension(cache, extension, () => ++compiles);
    expect(compiledExtension(cache, { phrases: ['long covid clinic'] }, () => ++compiles)).toBe(1);
    expect(compiledExtension(cache, { phrases: ['walk-in centre'] }, () => ++compiles)).toBe(2);
    expect(compiles).toBe(2);
  });

  test("a scan with a policy's extension finds its phrase and reuses the compiled lexicon", () => {
    const lexicons = { SPECIAL_CATEGORY_HEALTH: { phrases: ['long covid clinic'] } };
    const text = `${'Notes from the meeting. '.repeat(30)}She attends the long covid clinic on Fridays.`;
    const first = scanText(text, { lexicons }).filter((f) => f.type === 'SPECIAL_CATEGORY_HEALTH');
    expect(first.map((f) => text.slice(f.start, f.end))).toEqual([
      expect.stringContaining('long covid clinic'),
    ]);
    expect(scanText(text, { lexicons })).toEqual(scanText(text, { lexicons }));
  });
});

describe('lexicon data', () => {
  test('every lexicon is non-trivial and its entries are normalised, unique phrases', () => {
    for (const data of LEXICONS) {
      const size = lexiconSize(data);
      expect(size.phrases + size.anchoredTerms).toBeGreaterThan(80);
      expect(size.negatives).toBeGreaterThan(20);
      for (const list of [data.phrases, data.anchoredTerms, data.negatives]) {
        for (const entry of list) expect(normalisePhrase(entry)).toBe(entry.toLowerCase());
      }
    }
  });

  test('no negative phrase hides a whole positive phrase', () => {
    for (const data of LEXICONS) {
      const negatives = new Set(data.negatives.map(normalisePhrase));
      for (const phrase of data.phrases) expect(negatives.has(normalisePhrase(phrase))).toBe(false);
    }
  });
});

describe('case tables (run by cases.test.ts)', () => {
  test.each([
    ['commercial-confidential', commercialCases],
    ['credential', credentialCases],
    ['criminal-offence', criminalCases],
    ['safeguarding', safeguardingCases],
    ['special-category-health', healthCases],
    ['special-category-other', otherCases],
  ] as const)('%s has at least 25 valid and 25 invalid cases', (_id, cases) => {
    expect(cases.valid.length).toBeGreaterThanOrEqual(25);
    expect(cases.invalid.length).toBeGreaterThanOrEqual(25);
  });
});
