// COMMERCIAL_CONFIDENTIAL detector: bids, tender prices, evaluation scores and deal terms not yet public.
import { createLexiconDetector } from './lexicon';
import { commercialConfidentialLexicon } from './lexicons/commercial-confidential';
import type { Detector } from './types';

export const detector: Detector = createLexiconDetector(
  {
    id: 'commercial-confidential',
    entityType: 'COMMERCIAL_CONFIDENTIAL',
    description:
      'Commercially confidential information: tender and bid prices, pricing schedules, evaluation scores, contract values and terms under negotiation before award; not the bare word "confidential" or a [CONFIDENTIAL] marking.',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  commercialConfidentialLexicon,
);
