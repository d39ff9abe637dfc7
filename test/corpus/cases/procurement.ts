// Procurement and contract mail: tenders, pricing, supplier bank details, with hard negatives for commercial terms.
import { tc, type CorpusCase } from '../types';

const A = 'procurement' as const;

export const procurementCases: readonly CorpusCase[] = [
  tc('pr-001', A, 'Tender evaluation for the waste collection contract: Veolia scored 78.5 and Biffa 74.2 on quality. Their pricing submissions are commercially sensitive and must not be shared outside the panel.', [
    ['COMMERCIAL_CONFIDENTIAL', 'Tender evaluation'],
    ['COMMERCIAL_CONFIDENTIAL', 'pricing submissions are commercially sensitive'],
  ]),
  tc('pr-002', A, 'Attached is the signed contract award notice, which will be published on Find a Tender on Monday with the contract value of £4.2m.', [], ['COMMERCIAL_CONFIDENTIAL']),
  tc('pr-003', A, 'Please keep this between us: Acme Facilities have offered a day rate of £540 for the interim project manager, below their framework rate, if we sign before Christmas. Not for disclosure to other bidders.', [
    ['COMMERCIAL_CONFIDENTIAL', 'day rate of £540'],
    ['COMMERCIAL_CONFIDENTIAL', 'Not for disclosure to other bidders'],
  ]),
  tc('pr-004', A, 'CONFIDENTIAL\n\nHi team, just a reminder that the Christmas party is on 12 December at the Bromley Court Hotel. Tickets £25.', [], ['COMMERCIAL_CONFIDENTIAL']),
  tc('pr-005', A, '[CONFIDENTIAL] Agenda for Tuesday\'s procurement board: 1. minutes, 2. pipeline, 3. AOB.', [], ['COMMERCIAL_CONFIDENTIAL']),
  tc('pr-006', A, 'Supplier bank details for the new highways contractor (Kent Surfacing Ltd): IBAN GB93 LOYD 7176 9630 1111 54, BIC LOYDGB21. Please set up on Oracle.', [
    ['IBAN', 'GB93 LOYD 7176 9630 1111 54'],
  ]),
  tc('pr-007', A, 'Heads up: we have had a change-of-bank-details email from "Kent Surfacing" asking us to pay IBAN GB97HBUK37265102508280 instead. This looks like mandate fraud; do not action.', [
    ['IBAN', 'GB97HBUK37265102508280'],
    ['CRIMINAL_OFFENCE', 'mandate fraud'],
  ]),
  tc('pr-008', A, 'Irish supplier for the library RFID system: IBAN IE29 AIBK 9311 5212 3456 78. Invoice INV-20931 attached.', [
    ['IBAN', 'IE29 AIBK 9311 5212 3456 78'],
  ]),
  tc('pr-009', A, 'The bidder\'s margin on the cleaning lot is only 3.2% and they have told us in confidence that they are in financial difficulty. Commercial in confidence – do not forward.', [
    ['COMMERCIAL_CONFIDENTIAL', "bidder's margin"],
    ['COMMERCIAL_CONFIDENTIAL', 'told us in confidence that they are in financial difficulty'],
    ['COMMERCIAL_CONFIDENTIAL', 'Commercial in confidence'],
  ]),
  tc('pr-010', A, 'The procurement strategy for the leisure contract is on the Executive agenda in public session. Section 3.4 sets out the route to market.', [], ['COMMERCIAL_CONFIDENTIAL', 'IP_ADDRESS']),
  tc('pr-011', A, 'Purchase order 4559842388 raised for the playground resurfacing. Goods receipt needed before the invoice can be paid.', [], ['NHS_NUMBER']),
  tc('pr-012', A, 'PO 4565546752 and PO 4554093298 are both for the same supplier; please merge them.', [], ['NHS_NUMBER']),
  tc('pr-013', A, 'Invoice number 8627941567 from Office Depot has been disputed; the delivery was short by 4 boxes.', [], ['NHS_NUMBER']),
  tc('pr-014', A, 'Draft bid price breakdown for the housing repairs contract – options A to C with their total cost over 7 years. Exempt information under paragraph 3 of Schedule 12A; do not circulate.', [
    ['COMMERCIAL_CONFIDENTIAL', 'bid price breakdown'],
    ['COMMERCIAL_CONFIDENTIAL', 'Exempt information under paragraph 3 of Schedule 12A'],
  ]),
  tc('pr-015', A, 'Contract register for Q3 (published under the Transparency Code): 48 contracts over £5,000, total value £12.6m.', [], ['COMMERCIAL_CONFIDENTIAL']),
  tc('pr-016', A, 'Supplier on-boarding: please pay the German translator, Lingua GmbH, to IBAN DE89 3704 0044 0532 0130 00.', [
    ['IBAN', 'DE89 3704 0044 0532 0130 00'],
  ]),
  tc('pr-017', A, 'Example IBAN from the supplier guidance: GB29 NWBK 6016 1331 9268 19. Suppliers must give their own details on the form.', [], ['IBAN']),
  tc('pr-018', A, 'We have received the incumbent\'s TUPE list with salaries for 42 staff. It is commercially confidential until contract award.', [
    ['COMMERCIAL_CONFIDENTIAL', 'commercially confidential until contract award'],
  ]),
  tc('pr-019', A, 'The corporate credit card statement shows a £79.99 charge to Amazon with order number 204-1234567-8912345. Can you check who bought it?', [], ['PAYMENT_CARD', 'UK_PHONE']),
  tc('pr-020', A, 'Procurement card for the depot manager: 5428 2968 7089 7219, expiry 11/27. Monthly limit £2,000. Please keep the card number off email in future.', [
    ['PAYMENT_CARD', '5428 2968 7089 7219'],
  ]),
  tc('pr-021', A, 'Tender clarification question 14: "Is clause 18.2.1 of the terms negotiable?" Answer: no, the council\'s standard terms apply.', [], ['IP_ADDRESS', 'UK_PHONE', 'COMMERCIAL_CONFIDENTIAL']),
  tc('pr-022', A, 'Legal advice on the contract dispute with Mitie is legally privileged and commercially sensitive. The proposed settlement figure is £310,000.', [
    ['COMMERCIAL_CONFIDENTIAL', 'commercially sensitive'],
    ['COMMERCIAL_CONFIDENTIAL', 'proposed settlement figure is £310,000'],
  ]),
  tc('pr-023', A, 'Supplier portal: the new ProContract account for our buyer is username buyer.bromley and the temporary password is Tender!Spring26. Please log in and change it.', [
    ['CREDENTIAL', 'temporary password is Tender!Spring26'],
  ]),
  tc('pr-024', A, 'The supplier rang from 0113 496 0712 to ask about the deadline for the framework lot 2 submission.', [
    ['UK_PHONE', '0113 496 0712'],
  ]),
  tc('pr-025', A, 'Bid deadline extended to 12:00 on 16/01/2026 for all lots. Clarification log version 1.7 updated on the portal.', [], ['DATE_OF_BIRTH', 'IP_ADDRESS']),
  tc('pr-026', A, 'Card payment taken for the market pitch: Amex 3401 727362 75922. The trader wants a receipt to trader.gems@outlook.com.', [
    ['PAYMENT_CARD', '3401 727362 75922'],
    ['EMAIL_ADDRESS', 'trader.gems@outlook.com'],
  ]),
  tc('pr-027', A, 'Test transactions on the new payments page used card 4111 1111 1111 1111 and 4242 4242 4242 4242 as usual; both succeeded in the sandbox.', [], ['PAYMENT_CARD']),
  tc('pr-028', A, 'The winning bidder\'s rates: £38.50 per hour for carers, £42 at weekends. These rates are confidential to the council and must not be shared with other providers.', [
    ['COMMERCIAL_CONFIDENTIAL', "winning bidder's rates"],
    ['COMMERCIAL_CONFIDENTIAL', 'rates are confidential to the council'],
  ]),
  tc('pr-029', A, 'Our social value commitment includes the Real Living Wage; the published hourly rate for 2026 is £13.45.', [], ['COMMERCIAL_CONFIDENTIAL']),
  tc('pr-030', A, 'Gift card reimbursement claim: the receipt shows card number ending ****1142 and auth code 558201.', [], ['PAYMENT_CARD']),
  tc('pr-031', A, 'French supplier\'s bank details: IBAN FR14 2004 1010 0505 0001 3M02 606. Payment of €12,400 approved.', [
    ['IBAN', 'FR14 2004 1010 0505 0001 3M02 606'],
  ]),
  tc('pr-032', A, 'The supplier quoted account number 12-34-56 12345678 as a placeholder in their template. Real details will follow.', [], ['UK_BANK_ACCOUNT']),
  tc('pr-033', A, 'Our negotiating position: we can go to £1.9m but will open at £1.6m. Please do not share our budget ceiling with the supplier.', [
    ['COMMERCIAL_CONFIDENTIAL', 'negotiating position'],
    ['COMMERCIAL_CONFIDENTIAL', 'budget ceiling'],
  ]),
  tc('pr-034', A, 'Tracking number 9837739438686159 for the delivery of the new ICT kit. Expected Wednesday.', [], ['PAYMENT_CARD']),
];
