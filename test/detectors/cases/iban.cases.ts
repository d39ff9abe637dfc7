// Cases for the IBAN detector: mod 97 and the country's length.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'IBAN GB82 WEST 1234 5698 7654 32',
      expect: ['GB82 WEST 1234 5698 7654 32'],
      minConfidence: 0.85,
    },
    { text: 'Pay GB33BUKB20201555555555 by Friday', expect: ['GB33BUKB20201555555555'] },
    {
      text: 'German supplier: DE89 3704 0044 0532 0130 00.',
      expect: ['DE89 3704 0044 0532 0130 00'],
    },
    { text: 'iban nl91abna0417164300', expect: ['nl91abna0417164300'], note: 'lower case' },
    {
      text: 'IBAN FR14 2004 1010 0505 0001 3M02 606',
      expect: ['FR14 2004 1010 0505 0001 3M02 606'],
      note: 'letters in the BBAN',
    },
    {
      text: 'IBAN: GB82\u200bWEST\u200b1234\u200b5698\u200b7654\u200b32',
      normalise: true,
      expect: ['GB82WEST12345698765432'],
    },
  ],
  invalid: [
    { text: 'IBAN GB82 WEST 1234 5698 7654 33', note: 'mod 97 fails' },
    { text: 'IBAN GB82 WEST 1234 5698 7654', note: 'too short for GB' },
    { text: 'IBAN FR14 2004 1010 0505 0001 3M02 607', note: 'mod 97 fails' },
    { text: 'code XX82WEST12345698765432', note: 'no such country' },
    { text: 'ref GB00 0000 0000 0000 0000 00', note: 'placeholder' },
    {
      text: 'Example IBAN from the supplier guidance: GB29 NWBK 6016 1331 9268 19.',
      note: 'a documented example',
    },
  ],
};

export default cases;
