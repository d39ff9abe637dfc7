// UK_POSTCODE: a UK postcode, reported as personal data only near words about where someone lives.
import type { Detector } from './types';

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
        /\b(?:[A-PR-UWYZ](?:[A-HK-Y]\d[A-Z\d]?|\d[A-HJKPSTUW\d]?) ?\d[ABD-HJLNP-UW-Z]{2}|GIR ?0AA)\b/g,
      score: 0.2,
    },
  ],
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
  ],
  contextWindow: 150,
  minDigits: 2,
  minRun: 1,
  zoneNeeds: { letterBeforeDigits: true },
};
