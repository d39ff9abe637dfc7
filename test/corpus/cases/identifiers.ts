// Identifiers in the formats staff actually type: separators, labels, tables and forwarded forms, with near-miss negatives.
import { tc, type CorpusCase } from '../types';

export const identifierCases: readonly CorpusCase[] = [
  tc('id-001', 'social-care', 'NHS No: 6605456246 (checked on the spine today).', [
    ['NHS_NUMBER', '6605456246'],
  ]),
  tc('id-002', 'social-care', 'nhs number 862-794-1564 – the GP gave it with dashes.', [
    ['NHS_NUMBER', '862-794-1564'],
  ]),
  tc('id-003', 'sen', "Child's NHS Number (284 663 1557) is on the EHCP front sheet.", [
    ['NHS_NUMBER', '284 663 1557'],
  ]),
  tc(
    'id-004',
    'social-care',
    'NHS Number,Surname,Forename\n6910274652,Hale,Rosa\n3102344038,Hale,Ben',
    [
      ['NHS_NUMBER', '6910274652'],
      ['NHS_NUMBER', '3102344038'],
    ],
  ),
  tc(
    'id-005',
    'social-care',
    'Referral form field "NHS number": 656 022 0117; field "Referrer": duty desk.',
    [['NHS_NUMBER', '656 022 0117']],
  ),
  tc(
    'id-006',
    'housing',
    'Medical assessment for the housing register: applicant NHS no. 381 490 7647 and her son 111 686 2425.',
    [
      ['NHS_NUMBER', '381 490 7647'],
      ['NHS_NUMBER', '111 686 2425'],
    ],
  ),
  tc(
    'id-007',
    'councillor',
    "The family asked Cllr Brown to chase the hospital; the patient's NHS number is 7023344004.",
    [['NHS_NUMBER', '7023344004']],
  ),
  tc('id-008', 'finance', 'Card no. 4828-2632-1542-5345, name on card Mr J Doyle.', [
    ['PAYMENT_CARD', '4828-2632-1542-5345'],
  ]),
  tc('id-009', 'finance', "Resident's debit card: 4130237098951117 (exp 02/29).", [
    ['PAYMENT_CARD', '4130237098951117'],
  ]),
  tc(
    'id-010',
    'finance',
    'Please void the payment on 4550 4584 5836 8467 and take it again on 4336 6712 9466 6313.',
    [
      ['PAYMENT_CARD', '4550 4584 5836 8467'],
      ['PAYMENT_CARD', '4336 6712 9466 6313'],
    ],
  ),
  tc(
    'id-011',
    'procurement',
    'Purchasing card 5341 6035 0756 0462 is the one registered to the parks depot.',
    [['PAYMENT_CARD', '5341 6035 0756 0462']],
  ),
  tc('id-012', 'finance', 'Mastercard 5552-6103-2441-9248 was charged twice for the same permit.', [
    ['PAYMENT_CARD', '5552-6103-2441-9248'],
  ]),
  tc('id-013', 'finance', 'Amex 3717 281531 37028 was used for the civic dinner deposit.', [
    ['PAYMENT_CARD', '3717 281531 37028'],
  ]),
  tc(
    'id-014',
    'procurement',
    'Supplier payment details:\nAccount name: Bromley Tree Care Ltd\nIBAN: GB91 CPBK 4496 4602 3840 60\nBIC: CPBKGB22',
    [['IBAN', 'GB91 CPBK 4496 4602 3840 60']],
  ),
  tc(
    'id-015',
    'finance',
    'IBAN:GB15SRLG02916566476066 (Starling), please use for the grant instalments.',
    [['IBAN', 'GB15SRLG02916566476066']],
  ),
  tc(
    'id-016',
    'hr',
    'For the overseas pension transfer the receiving bank needs IBAN GB33 RBOS 3436 5984 1360 72.',
    [['IBAN', 'GB33 RBOS 3436 5984 1360 72']],
  ),
  tc(
    'id-017',
    'benefits',
    'Refund of council tax overpayment to IBAN GB82MIDL08642979959777 requested by the executor.',
    [['IBAN', 'GB82MIDL08642979959777']],
  ),
  tc('id-018', 'hr', 'ID seen for right to work: passport number 774203918 (UK), expiry 2030.', [
    ['UK_PASSPORT', '774203918'],
  ]),
  tc('id-019', 'housing', "Applicant's passport no: 502817365, issued by HM Passport Office.", [
    ['UK_PASSPORT', '502817365'],
  ]),
  tc(
    'id-020',
    'hr',
    'DVLA licence check for the minibus drivers: EVANS812209TG9AB and MORGA753116SM9IJ both valid for D1.',
    [
      ['UK_DRIVING_LICENCE', 'EVANS812209TG9AB'],
      ['UK_DRIVING_LICENCE', 'MORGA753116SM9IJ'],
    ],
  ),
  tc(
    'id-021',
    'benefits',
    'Proof of ID: driving licence no. WILLI851306R99EN and a utility bill.',
    [['UK_DRIVING_LICENCE', 'WILLI851306R99EN']],
  ),
  tc('id-022', 'benefits', 'National Insurance No.: CE901248A (from the P60).', [
    ['UK_NINO', 'CE901248A'],
  ]),
  tc('id-023', 'hr', 'Starter checklist: NINO – ma 20 61 37 b (lower case on the form).', [
    ['UK_NINO', 'ma 20 61 37 b'],
  ]),
  tc(
    'id-024',
    'social-care',
    'The referral quotes NHS number 660 545 6240, which does not validate; please ask the GP for the correct one.',
    [],
    ['NHS_NUMBER'],
  ),
  tc(
    'id-025',
    'finance',
    'Card 4828 2632 1542 5346 failed the check on the payment form; the resident will call back.',
    [],
    ['PAYMENT_CARD'],
  ),
  tc(
    'id-026',
    'procurement',
    'The IBAN GB91 CPBK 4496 4602 3840 06 on the invoice fails validation; digits look transposed.',
    [],
    ['IBAN'],
  ),
  tc(
    'id-027',
    'it-helpdesk',
    'Ticket 4965177134 (NHS mail migration) has been resolved; see also change 8279478116.',
    [],
    ['NHS_NUMBER'],
  ),
  tc(
    'id-028',
    'it-helpdesk',
    'Epoch millis 1763871838662 marks the start of the outage; 1763943112641 the end.',
    [],
    ['PAYMENT_CARD', 'NHS_NUMBER'],
  ),
  tc(
    'id-029',
    'finance',
    'Cheque numbers 000412 to 000418 were cancelled; the chequebook serial is 8685578566.',
    [],
    ['NHS_NUMBER'],
  ),
  tc(
    'id-030',
    'it-helpdesk',
    'Download link: https://files.examplecouncil.gov.uk/share/8071636517/report.pdf (expires in 7 days).',
    [],
    ['NHS_NUMBER'],
  ),
];
