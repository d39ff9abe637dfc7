// Hard negatives: strings shaped like identifiers or phrases that must not be reported, grouped by the type they imitate.
import { tc, type CorpusCase } from '../types';

export const negativeCases: readonly CorpusCase[] = [
  // Phone-like strings
  tc('ng-001', 'councillor', 'The ward forum meets on 12/03/2026 at 18:30 and again on 09/04/2026.', [], ['UK_PHONE', 'DATE_OF_BIRTH']),
  tc('ng-002', 'housing', 'Case ref 2024/07/1234 relates to the same property as 2023/11/0987.', [], ['UK_PHONE']),
  tc('ng-003', 'procurement', 'See clause 12.3.4 and schedule 2 paragraph 07.01.15 of the framework agreement.', [], ['UK_PHONE', 'IP_ADDRESS']),
  tc('ng-004', 'councillor', 'Bus timetable for the new 358 route: departs 0730 0815 0900 0945 1030 from the station.', [], ['UK_PHONE']),
  tc('ng-005', 'finance', 'Invoices 0012345678 and 0012345679 were both paid twice by mistake.', [], ['UK_PHONE', 'NHS_NUMBER']),
  tc('ng-006', 'it-helpdesk', 'Ticket INC0012345 was merged into INC0012346; both were about the 07:00 backup job.', [], ['UK_PHONE']),
  tc('ng-007', 'hr', 'The post is 0.81 FTE on grade 07 spinal point 20, salary £31,067 to £33,945.', [], ['UK_PHONE']),
  tc('ng-008', 'housing', 'Tickets for the tenants\' event on 01/12/2025 – 03/12/2025; 0 places left.', [], ['UK_PHONE', 'DATE_OF_BIRTH']),
  // IP-like strings
  tc('ng-009', 'it-helpdesk', 'The installer for version 2.10.4.1 of the app replaces 2.9.12.7; both are in the software centre.', [], ['IP_ADDRESS']),
  tc('ng-010', 'procurement', 'Requirement 1.2.3.4.5 in the specification covers accessibility testing.', [], ['IP_ADDRESS']),
  tc('ng-011', 'it-helpdesk', 'The log shows address 256.300.1.1 which is not valid, so the parser is broken.', [], ['IP_ADDRESS']),
  tc('ng-012', 'councillor', 'See paragraphs 3.1.2.4 and 3.1.2.5 of the constitution for call-in rules.', [], ['IP_ADDRESS']),
  // Dates that are not birth dates
  tc('ng-013', 'hr', 'Your contract starts on 05/01/2026 and the probation review is on 05/07/2026.', [], ['DATE_OF_BIRTH']),
  tc('ng-014', 'hr', 'The baby is due on 14/03/2026, so maternity leave could start from 21/12/2025.', [], ['DATE_OF_BIRTH']),
  tc('ng-015', 'benefits', 'Date of birth must be entered as DD/MM/YYYY on the new claim form; the field is mandatory.', [], ['DATE_OF_BIRTH']),
  tc('ng-016', 'social-care', 'The DOB field was blank on 3 records in the extract of 21/11/2025; please chase the teams.', [], ['DATE_OF_BIRTH']),
  tc('ng-017', 'housing', 'Tenancy started 12 June 2019; rent review on 1 April each year.', [], ['DATE_OF_BIRTH']),
  // Postcode-shaped strings without a person
  tc('ng-018', 'procurement', 'Deliveries to the council depot, Unit 4 Cray Avenue, Orpington BR5 3RS, between 8am and 2pm only.', [], ['UK_POSTCODE']),
  tc('ng-019', 'it-helpdesk', 'Regards,\nIT Service Desk\nCivic Centre, Stockwell Close, Bromley BR1 3UH', [], ['UK_POSTCODE']),
  tc('ng-020', 'councillor', 'The consultation covers postcode districts SE9, SE12, BR1 and BR7.', [], ['UK_POSTCODE']),
  tc('ng-021', 'housing', 'Fly-tipping reported at the lay-by on the A21; vehicle LB07 SEO seen leaving.', [], ['UK_POSTCODE']),
  // Passport-like
  tc('ng-022', 'finance', 'Booking reference 219884571 for the conference hotel; cancellation free until Friday.', [], ['UK_PASSPORT']),
  tc('ng-023', 'hr', 'The passport office fee went up to £94.50 in April; the council does not refund it.', [], ['UK_PASSPORT']),
  tc('ng-024', 'procurement', 'Requisition 300245817 approved; goods to be received by 12 December.', [], ['UK_PASSPORT']),
  // NINO-like
  tc('ng-025', 'procurement', 'Part number NK 48 11 93 C is out of stock; the replacement is part FX 12 94 77 A.', [], ['UK_NINO']),
  tc('ng-026', 'it-helpdesk', 'Asset tags AO 29 11 84 B and BG 45 67 89 A were retired last week.', [], ['UK_NINO']),
  tc('ng-027', 'finance', 'VAT number GB123456789 and company number SC123456 appear on the invoice.', [], ['UK_NINO']),
  // Bank-account-like
  tc('ng-028', 'finance', 'On 21-11-25 we paid invoice 44120987; the next instalment is on 21-12-25.', [], ['UK_BANK_ACCOUNT']),
  tc('ng-029', 'benefits', 'Sort codes are six digits; account numbers are eight. Please check both on the form before saving.', [], ['UK_BANK_ACCOUNT']),
  // Email-like
  tc('ng-030', 'it-helpdesk', 'Upload the logo@2x.png and icon@3x.png files to the web team folder.', [], ['EMAIL_ADDRESS']),
  tc('ng-031', 'councillor', 'Follow us @examplecouncil for updates on the bin strike.', [], ['EMAIL_ADDRESS']),
  tc('ng-057', 'it-helpdesk', 'Please install @redactpii/node@1.0.17 and vue@3.4.21 on the build agent, not the latest versions.', [], ['EMAIL_ADDRESS']),
  tc('ng-058', 'procurement', 'Quote: 40 chairs @ £85.00 and 12 desks@£240 each, delivery included.', [], ['EMAIL_ADDRESS']),
  tc('ng-059', 'councillor', 'Team meeting @ 3pm in room 2; Cllr Dale @CllrDale will join by Teams.', [], ['EMAIL_ADDRESS']),
  // Card-like
  tc('ng-032', 'finance', 'Gift card serial 6280 0000 0000 0000 was cancelled.', [], ['PAYMENT_CARD']),
  tc('ng-033', 'finance', 'Card 4270 0005 4784 6200 was keyed wrongly; it does not pass the check and the terminal rejected it.', [], ['PAYMENT_CARD']),
  tc('ng-034', 'finance', 'Declined attempts: 4713179200284142, 4684935214406822 and 4593272536168215 (all mistyped).', [], ['PAYMENT_CARD']),
  // NHS-like
  tc('ng-035', 'social-care', 'NHS number 636 966 1875 on the referral does not validate; please check it with the GP.', [], ['NHS_NUMBER']),
  tc('ng-036', 'social-care', 'The spine rejected 8737152273 and 881 473 2399 – typos on the referral form.', [], ['NHS_NUMBER']),
  tc('ng-037', 'it-helpdesk', 'Export row 98674572221 and row 86894159550 were duplicated in the extract.', [], ['NHS_NUMBER']),
  tc('ng-038', 'social-care', 'NHS numbers like 000 000 0000 and 123 456 7890 are placeholders in the test system.', [], ['NHS_NUMBER']),
  // IBAN-like
  tc('ng-039', 'procurement', 'IBAN GB82MIDL08642979959778 and GB91 CPBK 4496 4602 3840 61 were both rejected by the bank as invalid.', [], ['IBAN']),
  // Driving-licence-like
  tc('ng-040', 'hr', 'The DVLA check code for the licence is Xy7Kp9Q2 and it expires in 21 days.', [], ['UK_DRIVING_LICENCE', 'CREDENTIAL']),
  tc('ng-041', 'it-helpdesk', 'Order id ABCDE123456789XY and product code PX4400-2210-KL are on the delivery note.', [], ['UK_DRIVING_LICENCE']),
  tc('ng-042', 'housing', 'Premises licence LN/000123/2025 was granted for the community hall.', [], ['UK_DRIVING_LICENCE']),
  // Category look-alikes
  tc('ng-043', 'councillor', 'The Labour costs in the capital programme rose by 8%, a conservative estimate according to the finance team.', [], ['SPECIAL_CATEGORY_OTHER']),
  tc('ng-044', 'councillor', 'Members of the European Union Committee visited the town twinning association in Germany.', [], ['SPECIAL_CATEGORY_OTHER']),
  tc('ng-045', 'hr', 'Trade union facility time report for 2025: 1.4 FTE across three recognised unions.', [], ['SPECIAL_CATEGORY_OTHER']),
  tc('ng-046', 'social-care', 'The new Public Health campaign on vaccinations launches next month; posters are in the post room.', [], ['SPECIAL_CATEGORY_HEALTH']),
  tc('ng-047', 'housing', 'Our Environmental Health team will inspect the HMO licence applications in Penge this week.', [], ['SPECIAL_CATEGORY_HEALTH']),
  tc('ng-048', 'councillor', 'Crime prevention week: the police will be at the library marking bikes on Saturday.', [], ['CRIMINAL_OFFENCE']),
  tc('ng-049', 'hr', 'The Police and Crime Commissioner\'s office wants to use the Council Chamber for a public meeting.', [], ['CRIMINAL_OFFENCE']),
  tc('ng-050', 'social-care', 'The safeguarding policy review is on the agenda for the Children\'s Services management meeting.', [], ['SAFEGUARDING']),
  tc('ng-051', 'sen', 'Child protection training: the next level 3 course is on 20 January. Booking via the learning portal.', [], ['SAFEGUARDING']),
  tc('ng-052', 'procurement', 'Confidential waste bins on each floor are emptied on Fridays by the shredding contractor.', [], ['COMMERCIAL_CONFIDENTIAL']),
  tc('ng-053', 'hr', 'Please treat your payslip as confidential. If you have questions, contact payroll.', [], ['COMMERCIAL_CONFIDENTIAL']),
  tc('ng-054', 'it-helpdesk', 'The password reset self-service page has moved. Staff will need to re-register for password reset by Friday.', [], ['CREDENTIAL']),
  tc('ng-055', 'it-helpdesk', 'The PIN policy for mobile devices requires six digits and no repeating patterns such as 111111 or 123456.', [], ['CREDENTIAL']),
  tc('ng-056', 'procurement', 'Health and safety requirements for contractors are in section 9 of the tender pack.', [], ['SPECIAL_CATEGORY_HEALTH', 'COMMERCIAL_CONFIDENTIAL']),
];
