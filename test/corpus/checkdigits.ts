// Check-digit arithmetic used to build and verify the corpus (NHS mod 11, Luhn, IBAN mod 97), independent of src/.

/** NHS number check digit for nine digits; `null` when the number cannot exist (remainder gives 10). */
export function nhsCheckDigit(nineDigits: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(nineDigits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  if (check === 10) return null;
  return check;
}

export function isValidNhs(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  if (digits.length !== 10) return false;
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

export function luhnValid(value: string): boolean {
  const digits = value.replace(/\D/g, '');
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return digits.length > 0 && sum % 10 === 0;
}

/** Appends the Luhn check digit to `body`. */
export function luhnComplete(body: string): string {
  for (let d = 0; d < 10; d += 1) if (luhnValid(body + String(d))) return body + String(d);
  throw new Error('unreachable');
}

function mod97(numeric: string): number {
  let rest = 0;
  for (const ch of numeric) rest = (rest * 10 + Number(ch)) % 97;
  return rest;
}

function ibanNumeric(rearranged: string): string {
  return rearranged
    .split('')
    .map((ch) => (/[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch))
    .join('');
}

export function ibanValid(value: string): boolean {
  const compact = value.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return false;
  return mod97(ibanNumeric(compact.slice(4) + compact.slice(0, 4))) === 1;
}

/** Builds an IBAN for a country code and BBAN with the correct check digits. */
export function makeIban(country: string, bban: string): string {
  const rest = mod97(ibanNumeric(bban + country + '00'));
  const check = String(98 - rest).padStart(2, '0');
  return country + check + bban;
}

/** Groups a compact IBAN in fours, as printed on invoices. */
export function groupIban(compact: string): string {
  return compact.replace(/(.{4})(?=.)/g, '$1 ');
}
