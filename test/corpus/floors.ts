// Published precision/recall floors per entity type on the labelled corpus; `npm run eval` and the floors test read them.
import type { EntityType } from '../../src/detectors/types';

export interface Floor {
  precision: number;
  recall: number;
}

const CHECK_DIGIT: Floor = { precision: 0.97, recall: 0.97 };
const CATEGORY: Floor = { precision: 0.9, recall: 0.9 };

export const FLOORS: Readonly<Record<EntityType, Floor>> = {
  NHS_NUMBER: CHECK_DIGIT,
  PAYMENT_CARD: CHECK_DIGIT,
  IBAN: CHECK_DIGIT,
  UK_NINO: { precision: 0.95, recall: 0.95 },
  UK_BANK_ACCOUNT: { precision: 0.9, recall: 0.9 },
  UK_PASSPORT: { precision: 0.9, recall: 0.9 },
  UK_DRIVING_LICENCE: { precision: 0.95, recall: 0.95 },
  DATE_OF_BIRTH: { precision: 0.9, recall: 0.9 },
  EMAIL_ADDRESS: { precision: 0.97, recall: 0.97 },
  UK_PHONE: { precision: 0.9, recall: 0.9 },
  UK_POSTCODE: { precision: 0.9, recall: 0.9 },
  IP_ADDRESS: { precision: 0.95, recall: 0.95 },
  CREDENTIAL: CATEGORY,
  SPECIAL_CATEGORY_HEALTH: CATEGORY,
  SPECIAL_CATEGORY_OTHER: CATEGORY,
  CRIMINAL_OFFENCE: CATEGORY,
  SAFEGUARDING: CATEGORY,
  COMMERCIAL_CONFIDENTIAL: CATEGORY,
};

/** Micro-averaged over all types. */
export const OVERALL_FLOOR: Floor = { precision: 0.93, recall: 0.93 };
