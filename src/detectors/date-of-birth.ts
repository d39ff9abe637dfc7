// DATE_OF_BIRTH: a calendar date reported only right next to "DOB", "date of birth", "born" or "d.o.b.".
import type { Detector } from './types';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
const DAY = String.raw`(?:0?[1-9]|[12]\d|3[01])`;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dayFits(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** The day, month and year of a matched date, whatever its format, or null when it is no date. */
function parts(value: string): { day: number; month: number; year: string } | null {
  const lower = value.toLowerCase();
  const iso = /^(\d{4})([-/])(\d{2})\2(\d{2})$/.exec(lower);
  if (iso) return { year: iso[1]!, month: Number(iso[3]), day: Number(iso[4]) };
  const numeric = /^(\d{1,2})([./-])(\d{1,2})([./-])(\d{2}|\d{4})$/.exec(lower);
  if (numeric) {
    if (numeric[2] !== numeric[4]) return null;
    return { day: Number(numeric[1]), month: Number(numeric[3]), year: numeric[5]! };
  }
  const name = /[a-z]{3,}/.exec(lower.replace(/\b(?:st|nd|rd|th|of)\b/g, ' '));
  const numbers = lower.match(/\d+/g) ?? [];
  if (name === null || numbers.length !== 2) return null;
  const month = MONTHS.indexOf(name[0].slice(0, 3)) + 1;
  const [first, second] = numbers as [string, string];
  return first.length <= 2
    ? { day: Number(first), month, year: second }
    : { day: Number(second), month, year: first };
}

/**
 * A person's title and name ending in ` (` (`Mrs Anita Patel (`): adults, so a date whose year is
 * 2010 or later (or written with two digits) is a letter's or a meeting's, not a birth date.
 */
const TITLED_NAME = /\b(?:Mrs?|Ms|Miss|Mx)\.? (?:[A-Z][a-z'-]+ ){0,2}[A-Z][A-Za-z'-]+ \($/;
/** Family and case roles that head a referral's or genogram's list of people. */
const ROLES = (
  'mum,mother,dad,father,stepmother,stepfather,step-mother,step-father,son,daughter,child,baby,' +
  'infant,sibling,brother,sister,half-brother,half-sister,grandmother,grandfather,grandson,' +
  'granddaughter,nan,gran,aunt,uncle,cousin,partner,young person,subject,victim,perpetrator,master'
).split(',');
/**
 * A role (first letter in either case) and an optional number, then a capitalised name after a colon
 * or hyphen, or a first name and surname, ending in ` (`: "Mother: Sarah Jones (", "Child 2 - Ava (",
 * "Master Leo Hart (". Any year. A role and one capitalised word ("Sister Act (") is not enough.
 */
const ROLE_NAME = new RegExp(
  String.raw`(?:^|[^A-Za-z])(?:` +
    ROLES.map((r) => `[${r[0]!.toUpperCase()}${r[0]}]${r.slice(1)}`).join('|') +
    String.raw`)(?: \d{1,2})?(?: ?[:-] ?(?:[A-Z][a-z'-]+ ){0,2}| (?:[A-Z][a-z'-]+ ){1,2})` +
    String.raw`[A-Z][A-Za-z'-]+ \($`,
);

export const detector: Detector = {
  meta: {
    id: 'date-of-birth',
    entityType: 'DATE_OF_BIRTH',
    description:
      'A date written right next to DOB, date of birth, born or d.o.b., or in brackets after a person named with a title or a family role',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  patterns: [
    {
      name: 'date-numeric',
      regex: new RegExp(
        String.raw`\b${DAY}[./-](?:0?[1-9]|1[0-2])[./-](?:(?:19|20)\d{2}|\d{2})\b`,
        'g',
      ),
      score: 0.25,
    },
    {
      name: 'date-iso',
      regex: /\b(?:19|20)\d{2}([-/])(?:0[1-9]|1[0-2])\1(?:0[1-9]|[12]\d|3[01])\b/g,
      score: 0.25,
    },
    {
      // `12-Mar-1961`, as many case systems and spreadsheets export dates.
      name: 'date-day-month-name-dashed',
      // Not String.raw: `\1` in a template literal is a syntax error for an ES2016 parser.
      regex: new RegExp(`\\b${DAY}([-/])${MONTH_NAME}\\1(?:(?:19|20)\\d{2}|\\d{2})\\b`, 'gi'),
      score: 0.25,
    },
    {
      name: 'date-day-month-name',
      regex: new RegExp(
        String.raw`\b${DAY}(?:st|nd|rd|th)?(?: of)? ${MONTH_NAME}\.?,? (?:(?:19|20)\d{2}|\d{2})\b`,
        'gi',
      ),
      score: 0.25,
    },
    {
      name: 'date-month-name-day',
      regex: new RegExp(
        String.raw`\b${MONTH_NAME}\.? ${DAY}(?:st|nd|rd|th)?,? (?:19|20)\d{2}\b`,
        'gi',
      ),
      score: 0.25,
    },
  ],
  context: [
    'dob',
    'd.o.b',
    'd.o.b.',
    'date of birth',
    'birth date',
    'birthdate',
    'born',
    // Welsh: date of birth (and its soft mutation), was born.
    'dyddiad geni',
    'ddyddiad geni',
    'ganwyd',
    'ganed',
    'a aned',
  ],
  contextBefore: {
    mark: '(',
    test: (before, value) => {
      if (ROLE_NAME.test(before)) return true;
      if (!TITLED_NAME.test(before)) return false;
      const date = parts(value);
      return date !== null && date.year.length === 4 && Number(date.year) < 2010;
    },
  },
  contextWindow: 40,
  contextInSentence: true,
  minDigits: 2,
  minRun: 1,
  validate: (value) => {
    const date = parts(value);
    if (date === null || !dayFits(date.day, date.month)) return false;
    return date.year.length === 2 || (Number(date.year) >= 1900 && Number(date.year) <= 2099);
  },
};
