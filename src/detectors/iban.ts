// IBAN: international bank account numbers valid by ISO 7064 mod 97 and the country's length (GB is 22).
import { allSameDigits, ibanValid } from './lib/checks';
import { EXAMPLE_WORDS } from './lib/words';
import type { Detector } from './types';

function compact(value: string): string {
  return value.replace(/\s/g, '').toUpperCase();
}

export const detector: Detector = {
  meta: {
    id: 'iban',
    entityType: 'IBAN',
    description: "An IBAN whose mod 97 check digits are valid and whose length is its country's",
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  patterns: [
    {
      name: 'iban',
      regex: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b/gi,
      score: 0.65,
    },
  ],
  context: [
    'iban',
    'bank',
    'bank account',
    'bank details',
    'account',
    'account number',
    'bic',
    'swift',
    'transfer',
    'payment',
    'international bank account number',
  ],
  exampleContext: EXAMPLE_WORDS,
  minDigits: 8,
  minRun: 2,
  zoneNeeds: { letterBeforeDigits: true, letterPairBeforeDigits: true },
  validate: (value) => ibanValid(compact(value)),
  invalidate: (value) => allSameDigits(compact(value).slice(4).replace(/\D/g, '')),
};
