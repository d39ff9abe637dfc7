// EMAIL_ADDRESS: an email address (local part @ domain with a letter top-level domain).
import type { Detector } from './types';

/** Template addresses from guidance and letterheads, not a person's. */
const TEMPLATE_LOCAL_PARTS = new Set([
  'firstname.lastname',
  'firstname.surname',
  'first.last',
  'forename.surname',
  'name.surname',
  'your.name',
  'yourname',
  'username',
  'user.name',
  'someone',
]);

/** Whether `value` up to `at` is a template local part, in any case (compared without a substring). */
function isTemplateLocalPart(value: string, at: number): boolean {
  outer: for (const part of TEMPLATE_LOCAL_PARTS) {
    if (part.length !== at) continue;
    // The parts are lower-case letters and dots: `| 32` folds an upper-case letter and keeps a dot.
    for (let i = 0; i < at; i++)
      if ((value.charCodeAt(i) | 32) !== part.charCodeAt(i)) continue outer;
    return true;
  }
  return false;
}

/** Whether `value` up to `end` is one or more `x` or `X` (`xxx@example.com`). */
function onlyX(value: string, end: number): boolean {
  if (end === 0) return false;
  for (let i = 0; i < end; i++) if ((value.charCodeAt(i) | 32) !== 120) return false;
  return true;
}

/** File extensions that follow `@2x`-style suffixes in file names. */
const FILE_EXTENSIONS = new Set([
  'png',
  'jpg',
  'jpeg',
  'gif',
  'svg',
  'webp',
  'bmp',
  'tif',
  'tiff',
  'ico',
  'pdf',
  'txt',
  'csv',
]);

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/**
 * A local part neither starting nor ending with `.` nor holding `..`, domain labels neither starting
 * nor ending with `-`, and a top-level domain of 2 to 24 letters. Char codes, no substrings: it runs
 * for every address in the text.
 */
function validAddress(value: string): boolean {
  const at = value.indexOf('@');
  if (at < 0) return false;
  if (value.charCodeAt(0) === 46 || value.charCodeAt(at - 1) === 46) return false;
  if (value.indexOf('..') >= 0 && value.indexOf('..') < at) return false;
  let labelStart = at + 1;
  for (let i = at + 1; i <= value.length; i++) {
    if (i < value.length && value.charCodeAt(i) !== 46) continue;
    // A label from labelStart to i.
    if (i > labelStart && (value.charCodeAt(labelStart) === 45 || value.charCodeAt(i - 1) === 45))
      return false;
    if (i === value.length) {
      const length = i - labelStart;
      if (length < 2 || length > 24) return false;
      for (let j = labelStart; j < i; j++) if (!isAsciiLetter(value.charCodeAt(j))) return false;
      return true;
    }
    labelStart = i + 1;
  }
  return false;
}

export const detector: Detector = {
  meta: {
    id: 'email-address',
    entityType: 'EMAIL_ADDRESS',
    description: 'An email address',
    clause: '003_c86f3bbf0626c1ee.txt 4.2.4',
  },
  patterns: [
    {
      name: 'email',
      regex: /[\w.%+-]{1,64}@[a-z\d-]{1,63}(?:\.[a-z\d-]{1,63}){1,8}/gi,
      score: 0.75,
    },
  ],
  context: [
    'email',
    'e-mail',
    'email address',
    'e-mail address',
    'mailto',
    'contact',
    'write to',
    // Welsh: email, email address.
    'e-bost',
    'ebost',
    'cyfeiriad e-bost',
  ],
  anchor: '@',
  validate: validAddress,
  invalidate: (value) => {
    const at = value.indexOf('@');
    // `logo@2x.png`: an image name with a pixel-density suffix, not an address.
    const dot = value.indexOf('.', at + 1);
    const fileName =
      dot >= 0 &&
      value.indexOf('.', dot + 1) < 0 &&
      FILE_EXTENSIONS.has(value.slice(dot + 1).toLowerCase());
    return fileName || isTemplateLocalPart(value, at) || onlyX(value, at);
  },
};
