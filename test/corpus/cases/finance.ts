// Finance and payments mail: refunds, card payments, supplier and payroll bank details, with check-digit hard negatives.
import { tc, type CorpusCase } from '../types';

const A = 'finance' as const;

export const financeCases: readonly CorpusCase[] = [
  tc(
    'fi-001',
    A,
    'Refund request: the resident paid twice for the garden waste subscription using card 4878 3415 3484 4898. Please refund one payment of £60.',
    [['PAYMENT_CARD', '4878 3415 3484 4898']],
  ),
  tc(
    'fi-002',
    A,
    'Card details taken over the phone for the licensing fee: 5411383722654441 exp 03/28 CVV 412. I know we should not email these.',
    [['PAYMENT_CARD', '5411383722654441']],
  ),
  tc(
    'fi-003',
    A,
    'The new Mastercard range works in the payment gateway: tested with 2221 5432 5906 8169 in the sandbox this morning, and a live payment on 2720-9773-3334-8195 from the resident went through.',
    [
      ['PAYMENT_CARD', '2221 5432 5906 8169'],
      ['PAYMENT_CARD', '2720-9773-3334-8195'],
    ],
  ),
  tc(
    'fi-004',
    A,
    'The bank rejected payment file BACS-20251121-003; record 4433 had account number 43891265 with sort code 20-45-77 but the payee name did not match.',
    [['UK_BANK_ACCOUNT', '43891265 with sort code 20-45-77']],
  ),
  tc(
    'fi-005',
    A,
    'Card 4157 6678 5051 0140 was declined; the resident read it out again and it was 4157 6678 5051 0141, which failed too. Please ask her to pay online instead.',
    [],
    ['PAYMENT_CARD'],
  ),
  tc(
    'fi-006',
    A,
    'Budget monitoring: forecast outturn £2,431,880 against a budget of £2,390,000, variance £41,880 (1.75%). Cost centre 41100 is the main pressure.',
    [],
    ['UK_PHONE', 'PAYMENT_CARD', 'COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'fi-007',
    A,
    'Pension fund transfer: member ref 00981234, NI number AB 38 19 62 C, transfer value £84,211. Please send to the receiving scheme.',
    [['UK_NINO', 'AB 38 19 62 C']],
  ),
  tc(
    'fi-008',
    A,
    'Maestro payment taken at the library desk: card number 6759 5815 9551 5098. The customer asked for the receipt by email.',
    [['PAYMENT_CARD', '6759 5815 9551 5098']],
  ),
  tc(
    'fi-009',
    A,
    "Amex corporate card 3758 678004 40520 for the Chief Executive's office, please add to the travel booking profile.",
    [['PAYMENT_CARD', '3758 678004 40520']],
  ),
  tc(
    'fi-010',
    A,
    'Sundry debtor invoice 90000041872 raised for £1,200. Customer number 204881. Due in 30 days.',
    [],
    ['NHS_NUMBER', 'PAYMENT_CARD', 'UK_PHONE'],
  ),
  tc(
    'fi-011',
    A,
    'Payroll BACS file has 4,812 lines; the hash total is 7744129013 and the run date is 25/11/2025.',
    [],
    ['NHS_NUMBER', 'DATE_OF_BIRTH'],
  ),
  tc(
    'fi-012',
    A,
    "Please refund the parking permit to the resident's bank: Nationwide, sort code 07-04-36, account number 88102934, name Mr P Singh.",
    [['UK_BANK_ACCOUNT', '07-04-36, account number 88102934']],
  ),
  tc(
    'fi-013',
    A,
    'Grant payment to Bromley Youth Music Trust: IBAN GB82 MIDL 0864 2979 9597 77. Charity number 1182345.',
    [['IBAN', 'GB82 MIDL 0864 2979 9597 77']],
  ),
  tc(
    'fi-014',
    A,
    'The payments team found IBAN GB50NWBK05260529156799 on the supplier form, which fails validation. Please go back to the supplier.',
    [],
    ['IBAN'],
  ),
  tc(
    'fi-015',
    A,
    'Placeholder on the refund form: IBAN GB00 XXXX 0000 0000 0000 00 – customers keep leaving it in.',
    [],
    ['IBAN'],
  ),
  tc(
    'fi-016',
    A,
    'Treasury deal ref TD-2025-118 placed with the Debt Management Office: £5m for 91 days at 4.02%.',
    [],
    ['COMMERCIAL_CONFIDENTIAL', 'UK_PHONE'],
  ),
  tc(
    'fi-017',
    A,
    'Card number 0000 0000 0000 0000 is what the test script sends; ignore any failures with that card in the logs.',
    [],
    ['PAYMENT_CARD'],
  ),
  tc(
    'fi-018',
    A,
    'Cash office: the resident paid by Visa 4434859991572410 and by Visa debit 4820 1810 7282 9326 for two separate invoices.',
    [
      ['PAYMENT_CARD', '4434859991572410'],
      ['PAYMENT_CARD', '4820 1810 7282 9326'],
    ],
  ),
  tc(
    'fi-019',
    A,
    "Direct payment account for Mr Osei's care: Lloyds sort code 30 99 50 account 67331102. Please update ContrOCC.",
    [['UK_BANK_ACCOUNT', '30 99 50 account 67331102']],
  ),
  tc(
    'fi-020',
    A,
    'The new bank for council receipts: HSBC, sort code 40-05-30. The account number will follow in a separate email for security.',
    [],
    ['UK_BANK_ACCOUNT'],
  ),
  tc(
    'fi-021',
    A,
    'Refund IBAN for the Scottish supplier: GB33RBOS34365984136072. Their VAT registration is GB 987 6543 21.',
    [['IBAN', 'GB33RBOS34365984136072']],
  ),
  tc(
    'fi-022',
    A,
    'Journal 1000000001 reverses journal 1000000002 posted in error on 31/10/2025.',
    [],
    ['NHS_NUMBER', 'DATE_OF_BIRTH'],
  ),
  tc(
    'fi-023',
    A,
    'Invoice from the interpreter agency lists IBAN GB22 BUKB 9960 8905 6534 51 and sort code 20-99-60 for UK payments.',
    [['IBAN', 'GB22 BUKB 9960 8905 6534 51']],
  ),
  tc(
    'fi-024',
    A,
    'Order reference 1079183907299059 from the online shop. Customer wants to change the delivery slot.',
    [],
    ['PAYMENT_CARD'],
  ),
  tc(
    'fi-025',
    A,
    'Chargeback notice for card 4240 9578 4750 9109 on the resident parking permit, amount £96.',
    [['PAYMENT_CARD', '4240 9578 4750 9109']],
  ),
];
