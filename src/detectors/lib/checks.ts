// Check digits (NHS mod 11, Luhn, IBAN mod 97) and placeholder tests shared by the identifier detectors.

/** The last value digitsOf read and its digits: a detector's validate and invalidate read the same match in turn. */
let lastValue = '';
let lastDigits = '';

/** The digits of a value, separators dropped. */
export function digitsOf(value: string): string {
  if (value !== lastValue) {
    lastDigits = value.replace(/\D/g, '');
    lastValue = value;
  }
  return lastDigits;
}

/** NHS number (also Scotland's CHI and Northern Ireland's H&C): weights 10..2, 11 - sum mod 11, 10 invalid. */
export function nhsCheckValid(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
  let check = 11 - (sum % 11);
  if (check === 11) check = 0;
  if (check === 10) return false;
  return check === digits.charCodeAt(9) - 48;
}

/** Luhn (ISO/IEC 7812) over a digit string. */
export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

/** ISO 13616 IBAN lengths by country (SWIFT IBAN registry). */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
  AD: 24,
  AE: 23,
  AL: 28,
  AT: 20,
  AZ: 28,
  BA: 20,
  BE: 16,
  BG: 22,
  BH: 22,
  BI: 27,
  BR: 29,
  BY: 28,
  CH: 21,
  CR: 22,
  CY: 28,
  CZ: 24,
  DE: 22,
  DJ: 27,
  DK: 18,
  DO: 28,
  EE: 20,
  EG: 29,
  ES: 24,
  FI: 18,
  FK: 18,
  FO: 18,
  FR: 27,
  GB: 22,
  GE: 22,
  GI: 23,
  GL: 18,
  GR: 27,
  GT: 28,
  HN: 28,
  HR: 21,
  HU: 28,
  IE: 22,
  IL: 23,
  IQ: 23,
  IS: 26,
  IT: 27,
  JO: 30,
  KW: 30,
  KZ: 20,
  LB: 28,
  LC: 32,
  LI: 21,
  LT: 20,
  LU: 20,
  LV: 21,
  LY: 25,
  MC: 27,
  MD: 24,
  ME: 22,
  MK: 19,
  MN: 20,
  MR: 27,
  MT: 31,
  MU: 30,
  NI: 28,
  NL: 18,
  NO: 15,
  OM: 23,
  PK: 24,
  PL: 28,
  PS: 29,
  PT: 25,
  QA: 29,
  RO: 24,
  RS: 22,
  RU: 33,
  SA: 24,
  SC: 31,
  SD: 18,
  SE: 24,
  SI: 19,
  SK: 24,
  SM: 27,
  SO: 23,
  ST: 25,
  SV: 28,
  TL: 23,
  TN: 24,
  TR: 26,
  UA: 29,
  VA: 22,
  VG: 24,
  XK: 20,
  YE: 30,
};

/** IBAN (spaces removed, upper case): the country's length and ISO 7064 mod 97 equal to 1. */
export function ibanValid(compact: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  const expected = IBAN_LENGTHS[compact.slice(0, 2)];
  if (expected === undefined || compact.length !== expected) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (let i = 0; i < rearranged.length; i++) {
    const code = rearranged.charCodeAt(i);
    const value = code >= 65 ? code - 55 : code - 48;
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder === 1;
}

/** Every digit the same (`0000000000`). */
export function allSameDigits(digits: string): boolean {
  if (digits.length < 2) return false;
  const first = digits.charCodeAt(0);
  if (first < 48 || first > 57) return false;
  for (let i = 1; i < digits.length; i++) if (digits.charCodeAt(i) !== first) return false;
  return true;
}

/** An ascending or descending run, wrapping 9 to 0 (`0123456789`, `12345678`, `987654`). */
export function sequentialDigits(digits: string): boolean {
  if (digits.length < 4) return false;
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length && (up || down); i++) {
    const prev = digits.charCodeAt(i - 1) - 48;
    const cur = digits.charCodeAt(i) - 48;
    if (cur !== (prev + 1) % 10) up = false;
    if (cur !== (prev + 9) % 10) down = false;
  }
  return up || down;
}

/** One digit making up all but at most two of a long number (`1000000001`, `4111111111111111`). */
export function repetitiveDigits(digits: string): boolean {
  if (digits.length < 8) return false;
  const counts = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  let most = 0;
  for (let i = 0; i < digits.length; i++) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) continue;
    const n = ++counts[d]!;
    if (n > most) most = n;
  }
  return most >= digits.length - 2;
}

/** A placeholder number: all the same digit, nearly so, or a counting run. */
export function placeholderDigits(digits: string): boolean {
  return allSameDigits(digits) || repetitiveDigits(digits) || sequentialDigits(digits);
}
