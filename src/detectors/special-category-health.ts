// SPECIAL_CATEGORY_HEALTH detector: a person's physical or mental health, disability, treatment or sickness record.
import { createLexiconDetector } from './lexicon';
import { specialCategoryHealthLexicon } from './lexicons/special-category-health';
import type { Detector } from './types';

export const detector: Detector = createLexiconDetector(
  {
    id: 'special-category-health',
    entityType: 'SPECIAL_CATEGORY_HEALTH',
    description:
      'Health data about a person: a diagnosis, condition, disability, treatment, sectioning or sickness record tied to someone ("Mrs Patel\'s diagnosis of diabetes"), not health topics such as health and safety.',
    clause: '003_c86f3bbf0626c1ee.txt 1.5',
  },
  specialCategoryHealthLexicon,
);
