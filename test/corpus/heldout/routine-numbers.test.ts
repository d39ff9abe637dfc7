// Ordinary council mail dense with numbers: no personal identifier found, and the label requests are the known few.
import { scanText } from '../../../src/detectors/scan';
import type { EntityType } from '../../../src/detectors/types';
import { normaliseText } from '../../../src/message/normalise';
import { labelRequests } from './routine';
import { numbersCases } from './routine-numbers';

/** Identifiers of a person: none of the 80 holds one. */
const PERSONAL: ReadonlySet<EntityType> = new Set([
  'NHS_NUMBER',
  'UK_NINO',
  'PAYMENT_CARD',
  'IBAN',
  'UK_PASSPORT',
  'UK_DRIVING_LICENCE',
  'DATE_OF_BIRTH',
]);

/**
 * The cases that ask for a label, each for a reason written down (docs/heldout-evaluation.md). Scored
 * blind, six did; an invoice's "£19.85 per hour" no longer does.
 */
const KNOWN_LABELLED = [
  'nm-016: PROTECT', // a contractor's interim valuation on a purchase order line: a false positive
  'nm-068: PROTECT', // a repairs contractor's schedule of rates, item by item: kept as commercial
  'nm-069: PROTECT', // "Item 9 is exempt under paragraph 3": the exemption phrase, kept on purpose
  'nm-076: PROTECT', // the council's own bank details for paying an invoice (see councilBankDetails)
  'nm-078: PROTECT', // the same
];

describe('routine council mail with numbers', () => {
  it('has 80 cases with unique ids', () => {
    expect(numbersCases).toHaveLength(80);
    expect(new Set(numbersCases.map((c) => c.id)).size).toBe(80);
  });

  it('finds no personal identifier, and bank details only where the council gives its own', () => {
    const found = numbersCases.flatMap((c) =>
      scanText(normaliseText(c.text))
        .filter(
          (f) =>
            PERSONAL.has(f.type) || (f.type === 'UK_BANK_ACCOUNT' && c.councilBankDetails !== true),
        )
        .map((f) => `${c.id}: ${f.type}`),
    );
    expect(found).toEqual([]);
  });

  it('asks for a label on the known few only, sent inside the council', () => {
    const labelled = labelRequests(numbersCases);
    expect(labelled).toEqual(KNOWN_LABELLED);
  });
});
