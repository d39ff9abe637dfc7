// PAYMENT_CARD: card numbers (PANs) valid by Luhn with a known issuer prefix and length.
import { digitsOf, luhnValid, placeholderDigits } from './lib/checks';
import { EXAMPLE_WORDS, REFERENCE_WORDS } from './lib/words';
import type { Detector } from './types';

interface Issuer {
  prefixes: ReadonlyArray<readonly [number, number]>;
  lengths: readonly number[];
}

/** Issuer identification ranges (first digits, inclusive) and the lengths each issues. */
const ISSUERS: readonly Issuer[] = [
  { prefixes: [[4, 4]], lengths: [13, 16, 19] }, // Visa
  {
    prefixes: [
      [51, 55],
      [2221, 2720],
    ],
    lengths: [16],
  }, // Mastercard
  {
    prefixes: [
      [34, 34],
      [37, 37],
    ],
    lengths: [15],
  }, // American Express
  {
    prefixes: [
      [50, 50],
      [56, 58],
      [639, 639],
      [6220, 6220],
      [6304, 6304],
      [6759, 6759],
      [6761, 6763],
      [6799, 6799],
    ],
    lengths: [12, 13, 14, 15, 16, 17, 18, 19],
  }, // Maestro
  {
    prefixes: [
      [6011, 6011],
      [644, 649],
      [65, 65],
    ],
    lengths: [16, 17, 18, 19],
  }, // Discover
  {
    prefixes: [
      [300, 305],
      [36, 36],
      [38, 39],
    ],
    lengths: [14, 15, 16, 17, 18, 19],
  }, // Diners Club
  { prefixes: [[3528, 3589]], lengths: [16, 17, 18, 19] }, // JCB
  { prefixes: [[62, 62]], lengths: [16, 17, 18, 19] }, // UnionPay
];

/** Card numbers the schemes and payment providers publish for testing; they are never a customer's. */
const DOCUMENTED_TEST_NUMBERS = new Set([
  '4242424242424242',
  '4000056655665556',
  '4012888888881881',
  '4222222222222',
  '5555555555554444',
  '5200828282828210',
  '5105105105105100',
  '2223003122003222',
  '378282246310005',
  '371449635398431',
  '6011111111111117',
  '6011000990139424',
  '3056930009020004',
  '36227206271667',
  '3566002020360505',
  '6200000000000005',
]);

/** Per issuer: its lengths, and each prefix range with the number of leading digits it reads. */
const RANGES = ISSUERS.map((issuer) => ({
  lengths: issuer.lengths,
  ranges: issuer.prefixes.map(([low, high]) => ({ low, high, width: String(low).length })),
}));

/** The number the first `width` digits of `digits` make. */
function head(digits: string, width: number): number {
  let n = 0;
  for (let i = 0; i < width; i++) n = n * 10 + digits.charCodeAt(i) - 48;
  return n;
}

function issuerKnown(digits: string): boolean {
  for (const { lengths, ranges } of RANGES) {
    if (!lengths.includes(digits.length)) continue;
    for (const { low, high, width } of ranges) {
      const n = head(digits, width);
      if (n >= low && n <= high) return true;
    }
  }
  return false;
}

export const detector: Detector = {
  meta: {
    id: 'payment-card',
    entityType: 'PAYMENT_CARD',
    description:
      'A payment card number: Luhn-valid, with an issuer prefix and a length that issuer uses',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  patterns: [
    {
      name: 'card-grouped-4',
      regex: /\b\d{4}[ -]\d{4}[ -]\d{4}[ -]\d{1,4}(?:[ -]\d{1,3})?\b/g,
      score: 0.6,
      zoneNeeds: { runLengths: [[4]] },
    },
    {
      // Dotted groups, as some forms and exports write them: only next to a card word, since
      // dotted digits are mostly versions and clause numbers.
      name: 'card-dotted-4',
      regex: /\b\d{4}\.\d{4}\.\d{4}\.\d{4}\b/g,
      score: 0.3,
      zoneNeeds: { runLengths: [[4]], dots: 3 },
    },
    {
      name: 'card-amex-4-6-5',
      regex: /\b3[47]\d{2}[ -]\d{6}[ -]\d{5}\b/g,
      score: 0.6,
      zoneNeeds: { runLengths: [[4, 6, 5]] },
    },
    {
      name: 'card-plain',
      regex: /\b\d{12,19}\b/g,
      score: 0.6,
      zoneNeeds: { runLengths: [[12], [13], [14], [15], [16], [17], [18], [19]] },
    },
  ],
  context: [
    'card',
    'card number',
    'card no',
    'long number',
    'credit card',
    'debit card',
    'payment card',
    'visa',
    'mastercard',
    'master card',
    'maestro',
    'amex',
    'american express',
    'expiry',
    'expiry date',
    'expires',
    'exp',
    'valid thru',
    'cvv',
    'cvc',
    'cv2',
    'security code',
    'pan',
    // Welsh, with the mutated forms a word takes after fy/ei/eich (`ei basbort`, `ei rif ffôn`).
    'rhif cerdyn',
    'rif cerdyn',
    'cerdyn credyd',
    'cerdyn debyd',
    'cerdyn banc',
  ],
  negativeContext: REFERENCE_WORDS,
  exampleContext: EXAMPLE_WORDS,
  minDigits: 12,
  minRun: 4,
  validate: (value) => {
    const digits = digitsOf(value);
    return luhnValid(digits) && issuerKnown(digits);
  },
  invalidate: (value) => {
    const digits = digitsOf(value);
    return placeholderDigits(digits) || DOCUMENTED_TEST_NUMBERS.has(digits);
  },
};
