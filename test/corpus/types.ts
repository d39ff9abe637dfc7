// Shape of a labelled corpus case: raw text, how to read it, and the entities a correct scan reports.
import type { EntityType } from '../../src/detectors/types';

export type CorpusArea =
  | 'social-care'
  | 'housing'
  | 'benefits'
  | 'hr'
  | 'procurement'
  | 'sen'
  | 'councillor'
  | 'it-helpdesk'
  | 'finance'
  | 'normalisation';

/**
 * One expected finding. `value` is a substring of the normalised text that the finding must overlap
 * (a finding of the same type overlapping it is a true positive). Repeated values match successive
 * occurrences in order.
 */
export interface ExpectedEntity {
  type: EntityType;
  value: string;
}

export interface CorpusCase {
  id: string;
  area: CorpusArea;
  /** `html` cases go through htmlToText before normaliseText. */
  format: 'text' | 'html';
  text: string;
  expect: readonly ExpectedEntity[];
  /** Types this case is a hard negative for (documentation only; any unexpected finding is a false positive). */
  negativeFor: readonly EntityType[];
}

/** Builds a case; expectations are `[type, value]` pairs. */
export function tc(
  id: string,
  area: CorpusArea,
  text: string,
  expect: ReadonlyArray<readonly [EntityType, string]> = [],
  negativeFor: readonly EntityType[] = [],
  format: 'text' | 'html' = 'text',
): CorpusCase {
  return {
    id,
    area,
    format,
    text,
    expect: expect.map(([type, value]) => ({ type, value })),
    negativeFor,
  };
}
