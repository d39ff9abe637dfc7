// SAFEGUARDING detector: children's and adults' safeguarding and social care case work about a person.
import { createLexiconDetector } from './lexicon';
import { safeguardingLexicon } from './lexicons/safeguarding';
import type { Detector } from './types';

export const detector: Detector = createLexiconDetector(
  {
    id: 'safeguarding',
    entityType: 'SAFEGUARDING',
    description:
      'Safeguarding and social care case work: section 47 enquiries, child protection plans, looked after children, LADO and MASH referrals, exploitation, domestic abuse, MARAC, DoLS, adult safeguarding concerns, self-neglect; not safeguarding training or policy.',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  safeguardingLexicon,
);
