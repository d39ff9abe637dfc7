// NHS_NUMBER: England/Wales NHS numbers (and Scotland's CHI, Northern Ireland's H&C), 10 digits with a mod 11 check.
import { digitsOf, nhsCheckValid, placeholderDigits } from './lib/checks';
import { COUNCIL_ACCOUNT_WORDS, REFERENCE_WORDS } from './lib/words';
import type { Detector } from './types';

export const detector: Detector = {
  meta: {
    id: 'nhs-number',
    entityType: 'NHS_NUMBER',
    description: 'A 10-digit NHS, CHI or H&C number whose mod 11 check digit is valid',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  patterns: [
    {
      name: 'nhs-10-digits',
      regex: /\b(?:\d{3} \d{3} \d{4}|\d{3}-\d{3}-\d{4}|\d{10})\b/g,
      score: 0.6,
      zoneNeeds: { runLengths: [[10], [3, 4]] },
    },
  ],
  context: [
    'nhs',
    'nhs number',
    'nhs no',
    'nhs num',
    'nhs#',
    'chi',
    'chi number',
    'chi no',
    'h&c',
    'h&c number',
    'health and care number',
    'patient',
    'patient number',
    'gp',
    'hospital',
    // Welsh, with the mutated forms a word takes after fy/ei/eich (`ei basbort`, `ei rif ffôn`).
    'rhif gig',
    'rif gig',
    'claf',
    'ysbyty',
  ],
  negativeContext: [
    ...REFERENCE_WORDS,
    ...COUNCIL_ACCOUNT_WORDS,
    'tel',
    'telephone',
    'phone',
    'mobile',
    'fax',
  ],
  minDigits: 10,
  minRun: 3,
  validate: (value) => nhsCheckValid(digitsOf(value)),
  invalidate: (value) => placeholderDigits(digitsOf(value)),
};
