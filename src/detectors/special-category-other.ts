// SPECIAL_CATEGORY_OTHER detector: a person's ethnicity, politics, religion, union membership, genetics, biometrics or sex life.
import { createLexiconDetector } from './lexicon';
import { specialCategoryOtherLexicon } from './lexicons/special-category-other';
import type { Detector } from './types';

export const detector: Detector = createLexiconDetector(
  {
    id: 'special-category-other',
    entityType: 'SPECIAL_CATEGORY_OTHER',
    description:
      'Racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic or biometric data, sex life or sexual orientation of a person ("is a member of Unison"), not the European Union or Labour costs.',
    clause: '003_c86f3bbf0626c1ee.txt 1.5',
  },
  specialCategoryOtherLexicon,
);
