// Cases for the National Insurance number detector: HMRC prefix rules, suffixes and example numbers.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'Row,NI number\n0,JG103759A\n1,AB 12 34 55 C',
      expect: ['JG103759A', 'AB 12 34 55 C'],
      minConfidence: 0.85,
      note: 'CSV rows with a number field before the NINO',
    },
    {
      text: 'National Insurance number: JK 92 47 31 D',
      expect: ['JK 92 47 31 D'],
      minConfidence: 0.85,
    },
    { text: 'NI number PR384726B on the form', expect: ['PR384726B'], minConfidence: 0.85 },
    { text: 'Claimant NINO ce 83 92 47 a', expect: ['ce 83 92 47 a'], note: 'lower case' },
    {
      text: 'Her details: WL 73 82 91 C.',
      expect: ['WL 73 82 91 C'],
      note: 'structure alone is medium',
    },
    { text: 'NI no. JK924731', expect: ['JK924731'], note: 'no suffix needs context' },
    { text: 'national insurance JK 92 47 31 D and HMRC ref', expect: ['JK 92 47 31 D'] },
    {
      text: 'NINO: JK\u200b924731D',
      normalise: true,
      expect: ['JK924731D'],
      note: 'zero-width space',
    },
    {
      text: 'NINO: \uff2a\uff2b\uff19\uff12\uff14\uff17\uff13\uff11\uff24',
      normalise: true,
      expect: ['JK924731D'],
      note: 'full-width',
    },
    {
      text: 'name\tni_number\nA. Resident\tJK 12 93 47\nB. Resident\tJK 55 93 47',
      expect: ['JK 12 93 47', 'JK 55 93 47'],
      note: 'TSV column header, no suffix',
    },
    { text: 'ni_number JK129347', expect: ['JK129347'], note: 'underscore-joined context word' },
    { text: 'NI: JG-10-37-59-A', expect: ['JG-10-37-59-A'], note: 'dashed' },
    {
      text: 'Rhif Yswiriant Gwladol JG 10 37 59',
      expect: ['JG 10 37 59'],
      note: 'Welsh, no suffix',
    },
  ],
  invalid: [
    { text: 'Product code JG103759A is out of stock.', note: 'a stock code' },
    { text: 'Order JG103759A was dispatched.' },
    { text: 'NI: QQ-12-34-56-C', note: 'HMRC example, dashed' },
    { text: 'NI: JG-10 37-59-A', note: 'mixed separators' },
    { text: 'NI number QQ123456C', note: "HMRC's example number" },
    { text: 'NI number QQ 12 34 56 A', note: 'Q is never a prefix letter' },
    { text: 'NI number AB123456C', note: 'documented example, ascending digits' },
    { text: 'NI number DA 92 47 31 A', note: 'D never first' },
    { text: 'NI number AO 92 47 31 A', note: 'O never second' },
    { text: 'NI number GB 92 47 31 A', note: 'unused prefix GB' },
    { text: 'NI number BG924731A', note: 'unused prefix BG' },
    { text: 'NI number NK924731A', note: 'unused prefix NK' },
    { text: 'NI number TN 92 47 31 A', note: 'temporary prefix TN' },
    { text: 'NI number ZZ924731A', note: 'unused prefix ZZ' },
    { text: 'NI number JK 92 47 31 E', note: 'suffix E' },
    { text: 'NI number JK 000000 A', note: 'placeholder digits' },
    { text: 'Product code JK924731 in stock', note: 'no suffix and no context' },
    { text: 'part XJK924731D2', note: 'glued to letters and digits' },
    { text: 'NINO: JK9247312D', note: 'seven digits' },
    {
      text: 'code,amount\nJK129347,12.50\nJK559347,3.00',
      note: 'no suffix under a header that is no NINO word',
    },
  ],
};

export default cases;
