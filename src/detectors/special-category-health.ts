// SPECIAL_CATEGORY_HEALTH detector: a person's physical or mental health, disability, treatment or sickness record.
import { createLexiconDetector, generalSentenceFilter } from './lexicon';
import { specialCategoryHealthLexicon } from './lexicons/special-category-health';
import type { Detector } from './types';

/**
 * Words of a sentence about the work in general rather than someone's health: policies, courses,
 * adverts, campaigns and figures ("an OH referral should be considered after 20 days").
 */
const GENERAL_WORDS = (
  'policy policies procedure procedures guidance e-learning elearning module course courses ' +
  'training session sessions webinar workshop briefing reminder newsletter recruiting vacancy ' +
  'tender procurement statistics figures awareness campaign consultation every everyone ' +
  'whenever average'
).split(' ');

export const detector: Detector = createLexiconDetector(
  {
    id: 'special-category-health',
    entityType: 'SPECIAL_CATEGORY_HEALTH',
    description:
      'Health data about a person: a diagnosis, condition, disability, treatment, sectioning or sickness record tied to someone ("Mrs Patel\'s diagnosis of diabetes"), not health topics such as health and safety.',
    clause: '003_c86f3bbf0626c1ee.txt 1.5',
  },
  specialCategoryHealthLexicon,
  undefined,
  undefined,
  generalSentenceFilter(GENERAL_WORDS, 160),
);
