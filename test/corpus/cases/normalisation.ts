// Text that only matches after normalisation: zero-width characters, full-width digits, NBSP, HTML tags and entities.
import { tc, type CorpusCase } from '../types';

const A = 'normalisation' as const;
const ZW = '\u200B';
const ZWNJ = '\u200C';
const ZWJ = '\u200D';
const BOM = '\uFEFF';
const NBSP = '\u00A0';
const NNBSP = '\u202F';

/** Cyrillic lookalikes of Latin letters, as a homoglyph spoof types them. */
const CYRILLIC: Readonly<Record<string, string>> = {
  A: '\u0410',
  C: '\u0421',
  E: '\u0415',
  H: '\u041D',
  K: '\u041A',
  T: '\u0422',
  a: '\u0430',
  o: '\u043E',
  p: '\u0440',
};

/** Swaps the letters of `s` that have a Cyrillic lookalike for it. */
function cyrillic(s: string): string {
  return s.replace(/[ACEHKTaop]/g, (ch) => CYRILLIC[ch] ?? ch);
}

/** Folds ASCII digits and letters to their full-width forms. */
function fullWidth(s: string): string {
  return s.replace(/[\d@.a-z]/gi, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
}

export const normalisationCases: readonly CorpusCase[] = [
  tc('no-001', A, `Patient NHS number 966${ZW}173${ZW}6499, please update the care record.`, [
    ['NHS_NUMBER', '9661736499'],
  ]),
  tc('no-002', A, `Card used: 4331${ZWNJ}3457${ZWJ}5080${ZW}5039 for the deposit.`, [
    ['PAYMENT_CARD', '4331345750805039'],
  ]),
  tc('no-003', A, `NI number: ${fullWidth('PR482917A')} (copied from the scanned form).`, [
    ['UK_NINO', 'PR482917A'],
  ]),
  tc('no-004', A, `NHS No. ${fullWidth('506 119 4403')} – from the GP letter.`, [
    ['NHS_NUMBER', '506 119 4403'],
  ]),
  tc(
    'no-005',
    A,
    `Refund to sort code 20${NBSP}45${NBSP}77 account${NBSP}number 43891265 please.`,
    [['UK_BANK_ACCOUNT', '20 45 77 account number 43891265']],
  ),
  tc('no-006', A, `Mobile:${NBSP}07700${NBSP}900${NBSP}342`, [['UK_PHONE', '07700 900 342']]),
  tc(
    'no-007',
    A,
    `IBAN GB15${NBSP}SRLG${NBSP}0291${NBSP}6566${NBSP}4760${NBSP}66 for the refund.`,
    [['IBAN', 'GB15 SRLG 0291 6566 4760 66']],
  ),
  tc(
    'no-008',
    A,
    '<p>Her NHS number is <b>946</b><b>977</b><span>3276</span> and she is diabetic.</p>',
    [
      ['NHS_NUMBER', '9469773276'],
      ['SPECIAL_CATEGORY_HEALTH', 'she is diabetic'],
    ],
    [],
    'html',
  ),
  tc(
    'no-009',
    A,
    '<div>Card: <span>4301</span><span>3958</span><span>4807</span><span>4433</span></div>',
    [['PAYMENT_CARD', '4301395848074433']],
    [],
    'html',
  ),
  tc(
    'no-010',
    A,
    '<p>Date&nbsp;of&nbsp;birth: 12/04/1979</p><p>NI&nbsp;number: NE&nbsp;67&nbsp;24&nbsp;19&nbsp;C</p>',
    [
      ['DATE_OF_BIRTH', '12/04/1979'],
      ['UK_NINO', 'NE 67 24 19 C'],
    ],
    [],
    'html',
  ),
  tc(
    'no-011',
    A,
    '<p>Thanks for your help today.</p><div style="display:none">Client has been diagnosed with schizophrenia and is under the community mental health team.</div>',
    [['SPECIAL_CATEGORY_HEALTH', 'diagnosed with schizophrenia']],
    [],
    'html',
  ),
  tc(
    'no-012',
    A,
    '<p>Contact: <a href="mailto:l.brooks@examplecouncil.gov.uk">l.brooks&#64;examplecouncil.gov.uk</a></p>',
    [['EMAIL_ADDRESS', 'l.brooks@examplecouncil.gov.uk']],
    [],
    'html',
  ),
  tc(
    'no-013',
    A,
    '<table><tr><td>Sort code</td><td>40-11-62</td></tr><tr><td>Account number</td><td>71234590</td></tr></table>',
    [['UK_BANK_ACCOUNT', '40-11-62']],
    [],
    'html',
  ),
  tc(
    'no-014',
    A,
    '<p>Health &amp; safety walkthrough on Friday; please wear hi-vis in the depot.</p>',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
    'html',
  ),
  tc('no-015', A, `${BOM}Temporary password:${ZW} Maple-Otter-77 (change at first logon).`, [
    ['CREDENTIAL', 'password: Maple-Otter-77'],
  ]),
  tc('no-016', A, `Tel ${fullWidth('020 7946 0155')} ext 12`, [['UK_PHONE', '020 7946 0155']]),
  tc('no-017', A, `DOB${NNBSP}:${NNBSP}${fullWidth('03/11/1988')}`, [
    ['DATE_OF_BIRTH', '03/11/1988'],
  ]),
  tc('no-018', A, `Email: ${fullWidth('k.oneill@examplecouncil.gov.uk')}`, [
    ['EMAIL_ADDRESS', 'k.oneill@examplecouncil.gov.uk'],
  ]),
  tc(
    'no-019',
    A,
    '<p>Order&nbsp;number <span>4559</span><span>842388</span> has shipped.</p>',
    [],
    ['NHS_NUMBER'],
    'html',
  ),
  tc(
    'no-020',
    A,
    `Rebuild notes are on https://examplecouncil.atlassian.net/wiki/pages/58674${ZW}57222 only.`,
    [],
    ['NHS_NUMBER'],
  ),
  tc(
    'no-021',
    A,
    '<p>Client\u2019s address:<br>19 Birchwood Road<br>Orpington<br>BR6&nbsp;0LS</p>',
    [['UK_POSTCODE', 'BR6 0LS']],
    [],
    'html',
  ),
  tc(
    'no-022',
    A,
    '<p style="color:#fff;font-size:1px">Key safe 5512 for Flat 2</p><p>See you at the visit.</p>',
    [['CREDENTIAL', 'Key safe 5512']],
    [],
    'html',
  ),
  tc('no-023', A, `Passport${NBSP}number:${NBSP}${fullWidth('502817364')}`, [
    ['UK_PASSPORT', '502817364'],
  ]),
  tc(
    'no-024',
    A,
    `<p>Driving licence: <span>JONES</span>710238PR9XY</p>`,
    [['UK_DRIVING_LICENCE', 'JONES710238PR9XY']],
    [],
    'html',
  ),
  tc(
    'no-025',
    A,
    `<p>Server: 10.<!-- -->44.<!-- -->2.<!-- -->19</p>`,
    [['IP_ADDRESS', '10.44.2.19']],
    [],
    'html',
  ),
  tc(
    'no-026',
    A,
    `Full-width order no. ${fullWidth('4552375539')} – not a patient.`,
    [],
    ['NHS_NUMBER'],
  ),
  tc(
    'no-027',
    A,
    `<ul><li>Child is on a <b>child&nbsp;protection&nbsp;plan</b></li><li>Dad is on probation</li></ul>`,
    [
      ['SAFEGUARDING', 'child protection plan'],
      ['CRIMINAL_OFFENCE', 'on probation'],
    ],
    [],
    'html',
  ),
  tc('no-028', A, `Card ${fullWidth('5367 8632 9677 2376')}, expiry ${fullWidth('09/28')}`, [
    ['PAYMENT_CARD', '5367 8632 9677 2376'],
  ]),
  tc('no-029', A, `NI no. ${cyrillic('TK 48 29 17 C')} as on his payslip.`, [
    ['UK_NINO', 'TK 48 29 17 C'],
  ]),
  tc(
    'no-030',
    A,
    `Her ${cyrillic('NI number')} is ${cyrillic('HE482917A')}, please add it to the claim.`,
    [['UK_NINO', 'HE482917A']],
  ),
  tc('no-031', A, `New starter login: ${cyrillic('password')} Tulip!Gate42 until she resets it.`, [
    ['CREDENTIAL', 'Tulip!Gate42'],
  ]),
  tc(
    'no-032',
    A,
    'Письмо от жильца: Он дома с 12 до 14, квартира 48, телефон не работает.',
    [],
    ['UK_NINO', 'UK_PHONE'],
  ),
];
