// UK_DRIVING_LICENCE: the 16-character DVLA licence number (surname, birth date, initials, check characters).
import type { Detector } from './types';

/**
 * DVLA structure: 5 surname characters (letters padded with 9), the decade digit of the birth year,
 * the birth month (plus 5 on the first digit for women), the day, the year's last digit, two initials
 * (padded with 9), an arbitrary digit and two check characters; optionally a 2-digit issue number.
 */
function structureValid(value: string): boolean {
  const licence = value.replace(/\s/g, '').toUpperCase().slice(0, 16);
  if (!/^[A-Z]+9*$/.test(licence.slice(0, 5))) return false;
  const monthTens = Number(licence[6]) % 5;
  const month = monthTens * 10 + Number(licence[7]);
  const day = Number(licence.slice(8, 10));
  if (monthTens > 1 || month < 1 || month > 12 || day < 1 || day > 31) return false;
  return /^[A-Z][A-Z9]$/.test(licence.slice(11, 13));
}

export const detector: Detector = {
  meta: {
    id: 'uk-driving-licence',
    entityType: 'UK_DRIVING_LICENCE',
    description:
      'A 16-character DVLA driving licence number whose birth-date and name parts are well formed',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  patterns: [
    {
      name: 'dvla-licence',
      // As printed, or spaced as on the photocard: `MORGA 753116 SM9IJ`.
      regex: /\b[A-Z][A-Z9]{4} ?\d[0156]\d[0-3]\d\d ?[A-Z][A-Z9]\d[A-Z0-9]{2}(?: ?\d{2})?\b/g,
      score: 0.55,
    },
  ],
  context: [
    'driving licence',
    'driving license',
    'drivers licence',
    'driver licence',
    "driver's licence",
    'licence number',
    'licence no',
    'license number',
    'dvla',
    'driver number',
    'photocard',
    // Welsh, with the mutated forms a word takes after fy/ei/eich (`ei basbort`, `ei rif ffôn`).
    'trwydded yrru',
    'drwydded yrru',
    'nhrwydded yrru',
    'thrwydded yrru',
  ],
  minDigits: 7,
  minRun: 6,
  zoneNeeds: { letterBeforeDigits: true },
  validate: structureValid,
};
