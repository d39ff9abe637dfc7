// CRIMINAL_OFFENCE detector: a person's offences, arrests, convictions, sentences and DBS results, clear ones included.
import { createLexiconDetector, generalSentenceFilter } from './lexicon';
import { criminalOffenceLexicon } from './lexicons/criminal-offence';
import type { Detector } from './types';

/**
 * Words of a sentence about the work in general rather than someone's offence: policies, adverts,
 * briefings, schemes and figures ("The MAPPA briefing ... will explain how registered sex offenders
 * are managed").
 */
const GENERAL_WORDS = (
  'policy policies procedure procedures guidance vacancy recruiting briefing training session ' +
  'sessions course courses e-learning elearning module statistics figures every everyone ' +
  'whenever average explain explains scheme campaign awareness consultation'
).split(' ');

export const detector: Detector = createLexiconDetector(
  {
    id: 'criminal-offence',
    entityType: 'CRIMINAL_OFFENCE',
    description:
      'Criminal offence data about a person: allegations, arrests, charges, convictions, cautions, sentences, probation and DBS results, including the absence of convictions ("DBS came back clear").',
    clause: '003_c86f3bbf0626c1ee.txt 1.5',
  },
  criminalOffenceLexicon,
  undefined,
  undefined,
  generalSentenceFilter(GENERAL_WORDS, 160),
);
