// UK_PHONE: UK phone numbers written with 0, +44 or +44 (0) that libphonenumber finds possible for GB.
import { allSameDigits, sequentialDigits } from './lib/checks';
import { REFERENCE_WORDS } from './lib/words';
import type { Detector } from './types';

/** Lengths of a possible GB national significant number (libphonenumber's GB metadata). */
export const GB_POSSIBLE_LENGTHS: readonly number[] = [7, 9, 10];

/**
 * Whether libphonenumber's `isPossiblePhoneNumber` holds `+44` then `national` possible for GB: its
 * length is a GB possible length, or for a number written with its trunk 0 after the country code
 * (`+44 (0)20 7946 0958` read as `020…`), the length without that 0 is. Tested against
 * libphonenumber itself (test/detectors/prefilter.test.ts); its parser stays out of the event
 * bundle, where it was 40 KB minified for this one answer.
 */
export function gbPossible(national: string): boolean {
  const length = national.length;
  if (GB_POSSIBLE_LENGTHS.includes(length)) return true;
  return national.charCodeAt(0) === 48 && GB_POSSIBLE_LENGTHS.includes(length - 1);
}

/** The last value nationalNumber read and its result: validate and invalidate read the same match in turn. */
let lastValue = '';
let lastNational = '';

/** The national significant number: digits after +44/0044 (and a `(0)`) or after the trunk 0. */
function nationalNumber(value: string): string {
  if (value !== lastValue) {
    lastNational = readNationalNumber(value);
    lastValue = value;
  }
  return lastNational;
}

function readNationalNumber(value: string): string {
  const digits = value.replace(/\D/g, '');
  if (/^\s*(?:\+|00)44/.test(value)) {
    const rest = digits.slice(digits.startsWith('0044') ? 4 : 2);
    return value.includes('(0)') ? rest.slice(1) : rest;
  }
  return digits.slice(1);
}

export const detector: Detector = {
  meta: {
    id: 'uk-phone',
    entityType: 'UK_PHONE',
    description: 'A UK phone number (0, +44 or +44 (0) then a possible GB number)',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  patterns: [
    {
      name: 'uk-phone',
      regex: /(?:(?:\+|\b00)44[ -]?(?:\(0\)[ -]?)?|\(0|\b0)\d(?:(?:[ -]|\) ?)?\d){8,9}(?![ -]?\d)/g,
      score: 0.55,
    },
  ],
  context: [
    'tel',
    'tel no',
    'telephone',
    'phone',
    'phone number',
    'mobile',
    'mob',
    'mobile number',
    'landline',
    'call',
    'ring',
    'text',
    'sms',
    'fax',
    'direct line',
    'direct dial',
    'contact number',
    'whatsapp',
    // Welsh, with the mutated forms a word takes after fy/ei/eich (`ei basbort`, `ei rif ffôn`).
    'ffôn',
    'ffon',
    'rhif ffôn',
    'rhif ffon',
    'symudol',
  ],
  negativeContext: REFERENCE_WORDS,
  minDigits: 10,
  minRun: 3,
  zoneNeeds: { trunkPrefix: true },
  validate: (value) => {
    // An opening parenthesis must be closed: `(020) 7946 0958`.
    if (value.startsWith('(0') && !value.includes(')')) return false;
    return gbPossible(nationalNumber(value));
  },
  invalidate: (value) => {
    const national = nationalNumber(value);
    const subscriber = national.slice(-6);
    return allSameDigits(national) || sequentialDigits(`0${national}`) || allSameDigits(subscriber);
  },
};
