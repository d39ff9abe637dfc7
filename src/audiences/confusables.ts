// Folds characters that look alike in a domain (Cyrillic/Greek homoglyphs, 1/l, 0/o, rn/m, vv/w) to one Latin form.

/** Single characters folded to the Latin letter they imitate. */
const HOMOGLYPHS: Readonly<Record<string, string>> = {
  // Cyrillic
  '\u0430': 'a',
  '\u0432': 'b',
  '\u0435': 'e',
  '\u0451': 'e',
  '\u043a': 'k',
  '\u043c': 'm',
  '\u043d': 'h',
  '\u043e': 'o',
  '\u043f': 'n',
  '\u0440': 'p',
  '\u0441': 'c',
  '\u0442': 't',
  '\u0443': 'y',
  '\u0445': 'x',
  '\u0455': 's',
  '\u0456': 'i',
  '\u0457': 'i',
  '\u0458': 'j',
  '\u04bb': 'h',
  '\u04cf': 'l',
  '\u0501': 'd',
  '\u051b': 'q',
  '\u051d': 'w',
  '\u0261': 'g',
  // Greek
  '\u03b1': 'a',
  '\u03b2': 'b',
  '\u03b5': 'e',
  '\u03b9': 'i',
  '\u03ba': 'k',
  '\u03bd': 'v',
  '\u03bf': 'o',
  '\u03c1': 'p',
  '\u03c4': 't',
  '\u03c5': 'u',
  '\u03c7': 'x',
  '\u03f2': 'c',
  '\u03f3': 'j',
  // Latin and symbols
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
