// Folds characters that look alike in a domain (Cyrillic/Greek homoglyphs, 1/l, 0/o, rn/m, vv/w) to one Latin form.
import { LOWER_LOOKALIKES } from '../message/homoglyphs';

/** Single characters folded to the Latin letter they imitate. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  ...LOWER_LOOKALIKES,
  // Latin and symbols
  '\u0261': 'g',
  '\u0131': 'i',
  '\u0269': 'i',
  '\u01c0': 'l',
  '\u2113': 'l',
  '\u0251': 'a',
  '\u0252': 'a',
  '\u00f8': 'o',
  '\u0111': 'd',
  '\u0127': 'h',
  '\u0142': 'l',
  // Digits
  '0': 'o',
  '1': 'l',
};

/** Letter pairs that render like one letter. Applied after single characters. */
const DIGRAPHS: readonly [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
  [/cl/g, 'd'],
];

/** The skeleton of a Unicode domain: compatibility-normalised, accents stripped, homoglyphs folded. */
export function foldConfusables(domain: string): string {
  const stripped = domain
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  let out = '';
  for (const ch of stripped) out += HOMOGLYPHS[ch] ?? ch;
  for (const [pattern, replacement] of DIGRAPHS) out = out.replace(pattern, replacement);
  return out;
}
