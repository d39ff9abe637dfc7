// UK_NINO: National Insurance numbers with HMRC's prefix rules (NIM39110); no checksum, so context raises confidence.
import { allSameDigits, sequentialDigits } from './lib/checks';
import { REFERENCE_WORDS } from './lib/words';
import type { Detector } from './types';

/** Prefixes HMRC never issues (NIM39110); D, F, I, Q, U, V as either letter and O as the second are excluded by the pattern. */
const UNUSED_PREFIXES = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);
/** HMRC's published example numbers. */
const EXAMPLES = new Set(['QQ123456C', 'QQ123456A', 'AB123456C', 'AA000000A']);

function compact(value: string): string {
  return value.replace(/[\s-]/g, '').toUpperCase();
}

export const detector: Detector = {
  meta: {
    id: 'uk-nino',
    entityType: 'UK_NINO',
    description:
      'A National Insurance number: two prefix letters HMRC issues, six digits and a suffix A-D',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  patterns: [
    {
      name: 'nino-with-suffix',
      regex: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/gi,
      score: 0.55,
    },
    {
      name: 'nino-dashed',
      regex: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]-\d{2}-\d{2}-\d{2}-[A-D]\b/gi,
      score: 0.55,
    },
    {
      name: 'nino-without-suffix',
      regex: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2}\b(?! [A-Z]\b)/gi,
      score: 0.2,
    },
  ],
  context: [
    'national insurance',
    'national insurance number',
    'national insurance no',
    'ni number',
    'ni no',
    'nino',
    'nin',
    'insurance number',
    'hmrc',
    'ni',
    // Welsh, with the mutated forms a word takes after fy/ei/eich (`ei basbort`, `ei rif ffôn`).
    'yswiriant gwladol',
  ],
  // Stock and part codes take the same shape ("Product code JG103759A").
  negativeContext: [
    ...REFERENCE_WORDS,
    'product code',
    'stock code',
    'item code',
    'part number',
    'part no',
    'model number',
  ],
  minDigits: 6,
  minRun: 2,
  zoneNeeds: { letterBeforeDigits: true, letterPairBeforeDigits: true },
  validate: (value) => {
    const nino = compact(value);
    return /^[A-Z]{2}\d{6}[A-D]?$/.test(nino) && !UNUSED_PREFIXES.has(nino.slice(0, 2));
  },
  invalidate: (value) => {
    const nino = compact(value);
    const digits = nino.slice(2, 8);
    return EXAMPLES.has(nino) || allSameDigits(digits) || sequentialDigits(digits);
  },
};
