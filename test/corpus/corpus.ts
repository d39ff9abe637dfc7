// The labelled detection corpus: every case file in one list, in a stable order.
import { benefitsCases } from './cases/benefits';
import { councillorCases } from './cases/councillor';
import { financeCases } from './cases/finance';
import { holdoutCases } from './cases/holdout';
import { housingCases } from './cases/housing';
import { identifierCases } from './cases/identifiers';
import { hrCases } from './cases/hr';
import { itHelpdeskCases } from './cases/it-helpdesk';
import { mixedCases } from './cases/mixed';
import { negativeCases } from './cases/negatives';
import { normalisationCases } from './cases/normalisation';
import { procurementCases } from './cases/procurement';
import { senCases } from './cases/sen';
import { socialCareCases } from './cases/social-care';
import type { CorpusCase } from './types';

export const corpus: readonly CorpusCase[] = [
  ...socialCareCases,
  ...housingCases,
  ...benefitsCases,
  ...hrCases,
  ...procurementCases,
  ...senCases,
  ...councillorCases,
  ...itHelpdeskCases,
  ...financeCases,
  ...normalisationCases,
  ...mixedCases,
  ...identifierCases,
  ...holdoutCases,
  ...negativeCases,
];
