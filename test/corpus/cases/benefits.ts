// Revenues and benefits mail: council tax, housing benefit, discretionary payments, with hard negatives.
import { tc, type CorpusCase } from '../types';

const A = 'benefits' as const;

export const benefitsCases: readonly CorpusCase[] = [
  tc('be-001', A, 'Council Tax Reduction claim: NINO PR482917A, partner\'s NINO NE 67 24 19 C. Both declared nil income from 01/10/2025.', [
    ['UK_NINO', 'PR482917A'],
    ['UK_NINO', 'NE 67 24 19 C'],
  ]),
  tc('be-002', A, 'Council tax account 50012345 is in arrears; a reminder notice was issued on 12/11/2025. Please do not pass to enforcement yet.', [], ['UK_BANK_ACCOUNT', 'DATE_OF_BIRTH']),
  tc('be-003', A, 'Discretionary Housing Payment awarded. Please pay £450 to the claimant: sort code 40-11-62, account 71234590, reference DHP-2025-0411.', [
    ['UK_BANK_ACCOUNT', '40-11-62, account 71234590'],
  ]),
  tc('be-004', A, 'The claimant says he cannot work because of chronic back pain and clinical depression; he receives PIP at the enhanced daily living rate.', [
    ['SPECIAL_CATEGORY_HEALTH', 'chronic back pain and clinical depression'],
    ['SPECIAL_CATEGORY_HEALTH', 'receives PIP'],
  ]),
  tc('be-005', A, 'Fraud referral: claimant failed to declare earnings of £14,000 and has been interviewed under caution. The file goes to legal for a decision on prosecution.', [
    ['CRIMINAL_OFFENCE', 'interviewed under caution'],
    ['CRIMINAL_OFFENCE', 'decision on prosecution'],
  ]),
  tc('be-006', A, 'Our fraud awareness training for revenues staff is on 5 February. It covers common scams and how to report a suspected fraud to the team.', [], ['CRIMINAL_OFFENCE']),
  tc('be-007', A, 'The QQ 12 34 56 C format shown on the claim form is only an example. Staff should not enter it as a real National Insurance number.', [], ['UK_NINO']),
  tc('be-008', A, 'Hi Tom, Mrs Oduya\'s NI number is SK 90 34 12 D and her date of birth is 30/11/1962. Can you merge the two benefit records?', [
    ['UK_NINO', 'SK 90 34 12 D'],
    ['DATE_OF_BIRTH', '30/11/1962'],
  ]),
  tc('be-009', A, 'Please quote your council tax reference (e.g. 501234567) when calling the contact centre on 0300 123 4567.', [
    ['UK_PHONE', '0300 123 4567'],
  ], ['UK_PASSPORT', 'UK_NINO']),
  tc('be-010', A, 'Hardship fund payment: refund the overpayment to IBAN GB76 NWBK 0439 7931 1798 62 (Mrs A. Lewis).', [
    ['IBAN', 'GB76 NWBK 0439 7931 1798 62'],
  ]),
  tc('be-011', A, 'The customer read out her card number 4739 3036 4446 5054, expiry 08/27, over the phone to pay the council tax arrears. Please take it off the call notes.', [
    ['PAYMENT_CARD', '4739 3036 4446 5054'],
  ]),
  tc('be-012', A, 'Payment confirmation: transaction 4681450558710386 settled. No further action needed.', [], ['PAYMENT_CARD']),
  tc('be-013', A, 'Single person discount review: Mr Harris says he lives alone at 8 Chestnut Rise, Orpington, BR6 8PL, but the electoral register lists two adults.', [
    ['UK_POSTCODE', 'BR6 8PL'],
  ]),
  tc('be-014', A, 'Write-off schedule version 2.4.1 attached. Items over £5,000 need the Director\'s sign-off under Financial Regulation 8.3.2.', [], ['IP_ADDRESS', 'UK_PHONE']),
  tc('be-015', A, 'Claimant is a Jehovah\'s Witness and asked that visits avoid the weekend because of religious meetings.', [
    ['SPECIAL_CATEGORY_OTHER', "is a Jehovah's Witness"],
  ]),
  tc('be-016', A, 'Benefit cap case. Claimant moved in with her partner on 3/6/2025. Her mother (born 21.04.1951) is the other adult in the household and receives Attendance Allowance for her dementia.', [
    ['DATE_OF_BIRTH', '21.04.1951'],
    ['SPECIAL_CATEGORY_HEALTH', 'Attendance Allowance for her dementia'],
  ]),
  tc('be-017', A, 'Direct debit mandate details for the business rates account: sort code 30-96-34, account number 12984475, account name Hollis Bakery Ltd.', [
    ['UK_BANK_ACCOUNT', '30-96-34, account number 12984475'],
  ]),
  tc('be-018', A, 'Can you check the bank details form? The example on it says sort code 00-00-00 and account number 00000000, and three people have copied that onto their claim.', [], ['UK_BANK_ACCOUNT']),
  tc('be-019', A, 'Appeal bundle for the tribunal: the appellant is a carer for his wife who has multiple sclerosis and was diagnosed with breast cancer in June.', [
    ['SPECIAL_CATEGORY_HEALTH', 'has multiple sclerosis'],
    ['SPECIAL_CATEGORY_HEALTH', 'diagnosed with breast cancer'],
  ]),
  tc('be-020', A, 'Reminder: the new Housing Benefit subsidy circular HB S7/2025 is out. Section 12.4 changes the treatment of overpayments.', [], ['UK_NINO', 'IP_ADDRESS']),
  tc('be-021', A, 'Landlord\'s payee details changed: new IBAN GB35BARC64760585492310, previously paid by cheque.', [
    ['IBAN', 'GB35BARC64760585492310'],
  ]),
  tc('be-022', A, 'The supplier wrote the IBAN as GB93 LOYD 7176 9630 1111 55 on the form but the bank rejected it. Please ask them to check the number.', [], ['IBAN']),
  tc('be-023', A, 'Claim for Free School Meals. Parent: Ms Donna Reeve, NI no WP 11 84 30 A, mobile 07700 900655, email donna.reeve@hotmail.co.uk.', [
    ['UK_NINO', 'WP 11 84 30 A'],
    ['UK_PHONE', '07700 900655'],
    ['EMAIL_ADDRESS', 'donna.reeve@hotmail.co.uk'],
  ]),
  tc('be-024', A, 'Batch job BEN-NIGHTLY ran at 02:00 and processed 18,442 records. Job id 1763871838662 finished without errors.', [], ['PAYMENT_CARD', 'NHS_NUMBER', 'UK_PHONE']),
  tc('be-025', A, 'The claimant was released from prison on 14 October after a sentence for benefit fraud and wants to restart his Universal Credit housing costs.', [
    ['CRIMINAL_OFFENCE', 'released from prison'],
    ['CRIMINAL_OFFENCE', 'sentence for benefit fraud'],
  ]),
  tc('be-026', A, 'Please use the test NI number TN 31 12 58 A in the training environment only.', [], ['UK_NINO']),
  tc('be-027', A, 'The VAT number on the invoice is GB 123 4567 89 and the company number is 01234567.', [], ['UK_NINO', 'IBAN', 'UK_BANK_ACCOUNT', 'UK_PHONE']),
  tc('be-028', A, 'Mr Lowe phoned in a panic: his temporary PIN for the council tax online account is 8823 and it will not let him in. I have reset it.', [
    ['CREDENTIAL', 'PIN for the council tax online account is 8823'],
  ]),
  tc('be-029', A, 'Customers can now reset their council tax account PIN online instead of phoning us. Please update the script.', [], ['CREDENTIAL']),
  tc('be-030', A, 'Overpayment recovery from Ms Clarke\'s card ending 5519 failed twice. Next attempt on 1 December.', [], ['PAYMENT_CARD', 'DATE_OF_BIRTH']),
  tc('be-031', A, 'Welfare rights referral: client is a member of Unite and the union rep will attend the review with her.', [
    ['SPECIAL_CATEGORY_OTHER', 'member of Unite'],
  ]),
  tc('be-032', A, 'The court awarded a liability order on 4 November for 312 accounts. Bailiff instructions go out next week.', [], ['CRIMINAL_OFFENCE', 'DATE_OF_BIRTH']),
  tc('be-033', A, 'Please can you confirm that payments to account 43891265 are going to the right landlord? The tenant says she has not received anything.', [], ['UK_BANK_ACCOUNT']),
  tc('be-034', A, 'Revenues performance: collection rate 96.3% against a target of 97.1%; 1,204 reminders issued; call wait time 4 min 12 s.', [], ['IP_ADDRESS', 'UK_PHONE']),
];
