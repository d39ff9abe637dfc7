// CRIMINAL_OFFENCE detector: a person's offences, arrests, convictions, sentences and DBS results, clear ones included.
import { createLexiconDetector } from './lexicon';
import { criminalOffenceLexicon } from './lexicons/criminal-offence';
import type { Detector } from './types';

export const detector: Detector = createLexiconDetector(
  {
    id: 'criminal-offence',
    entityType: 'CRIMINAL_OFFENCE',
    description:
      'Criminal offence data about a person: allegations, arrests, charges, convictions, cautions, sentences, probation and DBS results, including the absence of convictions ("DBS came back clear").',
    clause: '003_c86f3bbf0626c1ee.txt 1.5',
  },
  criminalOffenceLexicon,
);
