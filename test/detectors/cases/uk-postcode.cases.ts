// Cases for the UK postcode detector: postcodes count as personal data only near address words.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    { text: 'She lives at 4 Acacia Avenue, Bromley BR1 3UH', expect: ['BR1 3UH'] },
    { text: 'Home address: Flat 2, 10 High St, London SW1A 1AA', expect: ['SW1A 1AA'] },
    { text: 'New address postcode M1 1AE', expect: ['M1 1AE'] },
    { text: 'Moved to CF10 1EP last month', expect: ['CF10 1EP'] },
    { text: 'home address EC1A1BB', expect: ['EC1A1BB'], note: 'no space' },
    {
      text: 'Mr Harris says he lives alone at 8 Chestnut Rise, Orpington, BR6 8PL.',
      expect: ['BR6 8PL'],
    },
    {
      text: 'name,"address, town",postcode\n"Smith, J","1 High St, Leeds",LS1 4AB',
      expect: ['LS1 4AB'],
      note: 'quoted CSV fields with commas',
    },
    { text: 'my home postcode is sw1a 1aa thanks', expect: ['sw1a 1aa'], note: 'lower case' },
    { text: 'she lives at 4 kings road, ls1 4ab', expect: ['ls1 4ab'], note: 'lower case' },
    { text: 'Flat 2, 10 High St, home address M1 2ND', expect: ['M1 2ND'], note: 'ND in capitals' },
    {
      text: "Mae hi'n byw yn 4 Heol y Bont, CF10 1EP",
      expect: ['CF10 1EP'],
      note: 'Welsh: she lives in',
    },
    {
      text: 'Ei gyfeiriad newydd yw 4 Stryd Fawr, LL55 4AA',
      expect: ['LL55 4AA'],
      note: 'Welsh, mutated: his address',
    },
  ],
  invalid: [
    {
      text: 'Cynhelir y cyfarfod yn Neuadd y Sir, CF10 4UW',
      note: 'Welsh: the meeting is held at County Hall',
    },
    { text: 'The meeting is at the Civic Centre, BR1 3UH', note: 'no address words' },
    { text: 'The house needs an a4 2nd copy of the form', note: 'lower-case ordinal' },
    { text: 'Our new flat is off the m6 1st exit after the services', note: 'lower-case ordinal' },
    { text: 'address: see form QV1 1AA', note: 'Q is never first' },
    { text: 'address BR1 3CI', note: 'C and I never in the inward code' },
    { text: 'home address A12 3BC4', note: 'glued' },
    { text: 'Reference SW1A1AAB for the lease at home', note: 'longer token' },
    {
      text: 'depot,code\nLeeds,LS1 4AB',
      note: 'header is no address word',
    },
  ],
};

export default cases;
