// UK_POSTCODE: a UK postcode, reported as personal data only near words about where someone lives.
import type { Detector } from './types';

/** Lower-case ordinal endings: `2nd` in "an a4 2nd copy" or "the m6 1st exit" is no inward code. */
const ORDINAL_ENDINGS = new Set(['st', 'nd', 'rd', 'th']);

/**
 * Whether a match written in lower case ends like an ordinal (`1st`, `2nd`, `3rd`, `4th`): prose, not
 * a postcode. A capitalised `M1 2ND` is a real postcode and stays.
 */
function lowerCaseOrdinal(value: string): boolean {
  const end = value.slice(-2);
  return end !== end.toUpperCase() && ORDINAL_ENDINGS.has(end.toLowerCase());
}

export const detector: Detector = {
  meta: {
    id: 'uk-postcode',
    entityType: 'UK_POSTCODE',
    description: "A UK postcode near words about a person's address",
    clause: '003_c86f3bbf0626c1ee.txt 4.2.4',
  },
  patterns: [
    {
      name: 'uk-postcode',
      regex:
        /\b(?:[A-PR-UWYZ](?:[A-HK-Y]\d[A-Z\d]?|\d[A-HJKPSTUW\d]?) ?\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA)\b/gi,
      score: 0.2,
    },
  ],
  // Written in any case ("sw1a 1aa" in a resident's email), except a lower-case ordinal ending.
  invalidate: lowerCaseOrdinal,
  context: [
    'address',
    'home address',
    'current address',
    'previous address',
    'new address',
    'postal address',
    'postcode',
    'post code',
    'lives at',
    'living at',
    'lives in',
    'lives',
    'living',
    'live at',
    'staying at',
    'registered at',
    'resides',
    'residing',
    'resident',
    'moved to',
    'moving to',
    'c/o',
    'care of',
    'tenant',
    'tenancy',
    'home',
    'flat',
    'house',
    // Welsh, with the mutated forms a word takes after fy/ei/eich (`ei gyfeiriad`, `fy nghod post`).
    'cyfeiriad',
    'gyfeiriad',
    'nghyfeiriad',
    'chyfeiriad',
    'cod post',
    'god post',
    'nghod post',
    'chod post',
    'byw yn',
    'byw ar',
    'cartref',
    'fflat',
  ],
  contextWindow: 150,
  minDigits: 2,
  minRun: 1,
  zoneNeeds: { letterBeforeDigits: true },
};
