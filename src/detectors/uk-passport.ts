// UK_PASSPORT: a 9-digit UK passport number; the pattern is weak, so it is reported only near passport words.
import { digitsOf, placeholderDigits } from './lib/checks';
import { COUNCIL_ACCOUNT_WORDS, REFERENCE_WORDS } from './lib/words';
import type { Detector } from './types';

export const detector: Detector = {
  meta: {
    id: 'uk-passport',
    entityType: 'UK_PASSPORT',
    description: 'A 9-digit UK passport number near the word passport',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  patterns: [
    {
      name: 'passport-9-digits',
      regex: /\b\d{9}\b/g,
      score: 0.2,
      zoneNeeds: { runLengths: [[9]] },
    },
  ],
  context: [
    'passport',
    'passport number',
    'passport no',
    'passport num',
    'travel document',
    'hm passport office',
    'hmpo',
    // Welsh, with the mutated forms a word takes after fy/ei/eich (`ei basbort`, `ei rif ffôn`).
    'pasbort',
    'basbort',
    'mhasbort',
    'phasbort',
  ],
  contextWindow: 100,
  negativeContext: [...REFERENCE_WORDS, ...COUNCIL_ACCOUNT_WORDS],
  minDigits: 9,
  minRun: 9,
  invalidate: (value) => placeholderDigits(digitsOf(value)),
};
