// Routine council mail dense with numbers, written blind by a helper (2026-11-23, stop 10): 80 emails from 20 services with references, accounts, phone numbers and amounts, and no personal identifier.
export interface NumbersCase {
  id: string;
  service: string;
  text: string;
  /** True only when the text gives the council's own bank details for payments. */
  councilBankDetails?: boolean;
}

export const numbersCases: readonly NumbersCase[] = [
  {
    id: 'nm-001',
    service: 'revenues',
    text: 'Hi Priya, council tax account 40091873 for the Riverside Hub annex has been re-banded to band D from 1 April 2025. The revised annual charge is £2,184.37, payable over 10 instalments of £218.43 (first instalment £218.50). Please update the property record under UPRN 100071234567 and close ticket REV-25-08812. Any queries to the council tax team on 01632 960114.',
  },
  {
    id: 'nm-002',
    service: 'revenues',
    text: 'Business rates account 6002418835 (Unit 4, Harbour Trade Park) has a rateable value of £38,500 for 2025/26 and a multiplier of 0.546. Small business rate relief does not apply, so the gross liability is £21,021.00 before the transitional adjustment of -£1,204.15. Demand notice batch NNDR-2526-0147 was printed on 3 March 2025. Can you check the figures before the 12 March print run?',
  },
  {
    id: 'nm-003',
    service: 'revenues',
    text: "Summary of this morning's council tax recovery run:\nRun ID\tAccounts\tValue\nRR-2025-031\t1,482\t£412,906.55\nRR-2025-032\t317\t£88,120.04\nReminder notices go out on 18/06/2025 with a final notice date of 02/07/2025. Summonses for the hearing on 29 July 2025 (court list MC-7781) will be limited to balances over £150.",
  },
  {
    id: 'nm-004',
    service: 'revenues',
    text: 'Council tax collection at the end of period 9 is 84.37% against a target of 85.10%, a shortfall of 0.73 points or roughly £1.18m. Business rates collection is 86.92%. Figures are taken from report RPT-0931 run at 07:45 on 05/01/2026. Please include both in the pack for the 14 January Finance Board, item 6.',
  },
  {
    id: 'nm-005',
    service: 'benefits admin',
    text: 'The housing benefit subsidy claim form MPF720A for 2024/25 is due to DWP by 30 April 2025. Current totals: rent allowance expenditure £18,402,771.26, overpayments in cell 113 £412,554.09, and LA error at 0.41% (threshold 0.48%). Please sign off workbook version 3.2 saved in folder BEN/SUB/2425. Ring ext 4417 if you spot any variance over £5,000.',
  },
  {
    id: 'nm-006',
    service: 'benefits admin',
    text: 'The council tax reduction caseload on 31/10/2025 was 11,846, of which 4,209 are pension age. The average weekly award is £23.71 and the total annual cost is projected at £14.6m. Change request CR-0882 to the Academy system (release 25.3.1) is scheduled for 11 November 2025 between 18:00 and 22:00. Processing will be offline during that window.',
  },
  {
    id: 'nm-007',
    service: 'benefits admin',
    text: 'The discretionary housing payment fund for 2025/26 is £486,213 and we have committed £301,940.17 (62.1%) by week 32. The panel meets on Tuesday 18 November 2025 at 10:00 in Room 2.14, Teams meeting ID 843 2291 0045, passcode 7Kq92x. There are 37 applications on list DHP-P-1125.',
  },
  {
    id: 'nm-008',
    service: 'benefits admin',
    text: 'Processing times for the week ending 14/02/2025: new claims 18.4 days (target 20), changes of circumstance 6.2 days (target 8). Outstanding work items stand at 2,318, of which 411 are older than 28 days. The weekly stats spreadsheet BENSTATS_wk46_v2.xlsx is in the benefits/performance folder on the shared drive.',
  },
  {
    id: 'nm-009',
    service: 'payroll',
    text: 'The March 2025 payroll (period 12) closes on 14/03/2025 at 12:00, with pay day on 27 March 2025. Gross pay for the period is £6,842,115.40 across 3,417 employees, and employer pension contributions at 19.5% total £1,116,380.22. Please post journal JNL-P12-2425 to cost centre 10450 before the ledger locks. Queries to payroll on 01632 960231.',
  },
  {
    id: 'nm-010',
    service: 'payroll',
    text: 'The 2025/26 pay award of 3.2% has been applied from 1 April 2025, with back pay in the October payroll (period 7).\nGrade | SCP range | Old annual | New annual\nG4 | 7-10 | £25,584 | £26,403\nG6 | 15-18 | £30,060 | £31,022\nG9 | 29-32 | £41,511 | £42,840\nNo action is needed from managers unless there is a pending regrade on form HR-RG-04.',
  },
  {
    id: 'nm-011',
    service: 'payroll',
    text: 'Mileage rates for 2025/26 remain at 45p per mile for the first 10,000 miles and 25p thereafter. Claims for period 5 must be submitted in iTrent by 22/08/2025. Claim batch MIL-0825-003 contains 642 lines totalling £18,744.65. Budget code 2241/5120 will be charged for the fleet team.',
  },
  {
    id: 'nm-012',
    service: 'payroll',
    text: "Year-end reminder: P60s for tax year 2024/25 will be on the self-service portal from 30 May 2025. The council's employer PAYE reference is 120/NB45678 and the accounts office reference is 120PX00456789. Any staff queries should come through ticket category PAY-YE rather than email.",
  },
  {
    id: 'nm-013',
    service: 'procurement',
    text: 'Purchase order 4500183726 has been raised for 240 replacement office chairs at £118.50 each, total £28,440.00 plus VAT at 20%. The framework is YPO 1001/24 lot 3 and our contract register ID is CR-2025-0318. Delivery is to Northbridge Depot, Unit 7, NB4 8QT, between 08:00 and 15:30. Please receipt it in Agresso once the goods arrive.',
  },
  {
    id: 'nm-014',
    service: 'procurement',
    text: 'Tender NBC/2025/044 for grounds maintenance closes at 12:00 on 21 July 2025. Estimated contract value is £1,250,000 over 3+1+1 years, and the evaluation split is 60% quality, 40% price. Clarification questions must go through the portal by 11 July. The Find a Tender notice is 2025/S 000-019384.',
  },
  {
    id: 'nm-015',
    service: 'procurement',
    text: 'Spend analysis for quarter 2 (July to September 2025):\nSupplier ID\tInvoices\tSpend\nSUP00412\t38\t£212,448.10\nSUP01877\t12\t£96,005.00\nSUP00093\t104\t£74,311.62\nAll three exceed the £50,000 threshold without a contract, so waivers W-25-017 to W-25-019 need completing by 31 October 2025.',
  },
  {
    id: 'nm-016',
    service: 'procurement',
    text: 'Quick one: the PO numbers for the leisure centre refurb are 4500190012, 4500190013 and 4500190027. The first two are for the main contractor (valuation 4, £187,620.44) and the last is for the consultant, capped at £24,750. Each PO is coded to capital scheme CAP-2526-LEIS-03.',
  },
  {
    id: 'nm-017',
    service: 'accounts payable',
    text: 'Invoices on hold for payment run 2025-41:\nInvoice no.\tSupplier\tPO\tAmount\nINV-88213\tHarbour Plant Hire\t4500187731\t£3,402.00\n100457-2\tCivic Print Ltd\t4500187902\t£865.20\n77301\tNorth Valley Waste\t4500186655\t£12,118.96\nAll three have a goods receipt mismatch of more than 5%. The payment run closes at 10:00 on Thursday 9 October 2025.',
  },
  {
    id: 'nm-018',
    service: 'accounts payable',
    text: 'Civic Print Ltd have asked why remittance 2025-0093877 shows £4,118.40 rather than £4,218.40. The difference is credit note CN-2201 for £100.00 dated 12/08/2025, which was netted off. Their vendor number on our system is 300412. Please reply from the AP mailbox and copy in ticket AP-44180.',
  },
  {
    id: 'nm-019',
    service: 'accounts payable',
    text: 'Payment statistics for September 2025: 4,382 invoices paid, 96.4% within 30 days and 71.8% within 10 days. Average days to pay was 12.6. Late payment interest liability is estimated at £1,214.77 under the 8% plus base rate rule. These figures go into the spend over £500 file for period 6 on the transparency page.',
  },
  {
    id: 'nm-020',
    service: 'accounts payable',
    text: 'Reminder that supplier bank detail changes must be verified by calling back a number already held on file, never the one on the letter. We received two change requests this week, references VC-0912 and VC-0917, and both are on hold. Please do not process invoices 5521098 or 5521104 until verification is logged. The fraud prevention guidance is version 4.1 on the intranet.',
  },
  {
    id: 'nm-021',
    service: 'IT service desk',
    text: 'Ticket INC0048213 has been assigned to the network team. The switch on Civic Centre floor 3 (asset tag NBC-IT-004517, serial FOC2231X0KP) is dropping ports 17 to 24. Firmware is 15.2(7)E8 and we plan to upgrade to 15.2(7)E10 on Sunday 16 November 2025 from 07:00. Users can call the service desk on 01632 960500 option 2.',
  },
  {
    id: 'nm-022',
    service: 'IT service desk',
    text: 'Laptop rollout wave 4 summary:\nAsset tag | Model | Build | Location\nNBC-LT-10234 | Latitude 5450 | 24H2.26100.4061 | Room 1.08\nNBC-LT-10235 | Latitude 5450 | 24H2.26100.4061 | Room 1.08\nNBC-LT-10241 | Latitude 7450 | 24H2.26100.4061 | Library HQ\nAll three passed compliance checks at 14:22 on 04/11/2025.',
  },
  {
    id: 'nm-023',
    service: 'IT service desk',
    text: 'Planned maintenance: the Uniform application server will be upgraded from 10.8.2 to 10.9.1 on 22 February 2025 from 18:00. The database server at 10.14.22.61 will be rebooted around 20:30. Change record CHG0012877 was approved at CAB on 18/02/2025. Expect 2 to 3 hours of downtime.',
  },
  {
    id: 'nm-024',
    service: 'IT service desk',
    text: 'Your password reset request REQ0193822 has been completed. The multi-factor setup link expires in 15 minutes; if you miss it, call ext 5500 or 01632 960500 and quote RITM0211934. Our SLA for P3 requests is 3 working days and this one closed in 4 hours 12 minutes.',
  },
  {
    id: 'nm-025',
    service: 'planning',
    text: 'Planning application 25/01234/FUL (two-storey rear extension to the Mill Lane Garage building) was validated on 3 March 2025 and the 8-week target date is 28 April 2025. Consultation expires on 27 March. The site notice was posted at 10:15 on 06/03/2025, photo ref SN-25-0477. The case officer is on extension 4312.',
  },
  {
    id: 'nm-026',
    service: 'planning',
    text: 'Weekly list for week 47:\nRef\tProposal\tWard\n25/02871/HOU\tSingle storey side extension\tHarbour\n25/02874/LBC\tReplacement windows\tOld Town\n25/02880/FUL\tChange of use to cafe (Class E)\tRiverside\n25/02883/TPO\tFell 1 oak (T14)\tNorth Park\nComments close 21 days from the date of this list, 20/11/2025.',
  },
  {
    id: 'nm-027',
    service: 'planning',
    text: 'Section 106 monitoring: the agreement for 25/00412/OUT requires £312,450 towards primary education and £84,000 towards open space, index-linked from BCIS 2024 Q4 (index 392.1). The first trigger is occupation of the 50th dwelling of 180. The invoice will be raised under debtor account 700231 when the trigger notice arrives.',
  },
  {
    id: 'nm-028',
    service: 'planning',
    text: 'Planning performance for Q3 2025/26: majors 92.3% in time (12 of 13), minors 88.6%, others 94.1%. Appeal decisions: 7 received, 2 allowed (28.6%). The grid reference for the Harbour Road site in appeal APP/X1234/W/25/3345678 is SE 30512 33877. Figures go to Planning Committee on 15 January 2026.',
  },
  {
    id: 'nm-029',
    service: 'building control',
    text: 'Building regulations application 25/0918/FP for the loft conversion has been approved with 6 conditions. Inspection stages are structural steel, insulation and completion. The fee paid was £642.00 including VAT (plan charge £267.50, inspection charge £374.50). Completion certificate BC-CC-2025-01188 will be issued after the final inspection.',
  },
  {
    id: 'nm-030',
    service: 'building control',
    text: 'Dangerous structure call-out log for 12/10/2025:\nJob no | Time | Location | Action\nDS-25-0331 | 06:42 | Old Town High St, NB1 3LQ | Cordon set, 3m\nDS-25-0332 | 11:15 | Quay Road car park wall | Monitored\nThe out-of-hours number remains 01632 960999. The scaffold invoice (PO 4500191144) is to follow.',
  },
  {
    id: 'nm-031',
    service: 'building control',
    text: 'Competent person scheme notifications for October total 1,104: FENSA 622, Gas Safe 301, NAPIT 181. Our fee income target for 2025/26 is £540,000 and we are at £318,260 (58.9%) at month 7. Please update dashboard BC-KPI v1.7 by Friday.',
  },
  {
    id: 'nm-032',
    service: 'building control',
    text: 'Reminder of the new fee schedule effective 1 April 2025: fees rise by 4.5% and the minimum charge is now £210. The regularisation multiplier stays at 1.2. The schedule reference is BCFEE-2526 rev B, and the web page update is ticket INC0051190.',
  },
  {
    id: 'nm-033',
    service: 'highways',
    text: 'Streetworks permit NB-2025-118734 has been granted for carriageway works on the A6123 between chainage 1+200 and 1+650. Works run 07:30 to 18:00 from 13/10/2025 for 9 working days under two-way signals. The USRN is 20401583. Section 74 overrun charges apply at £2,500 per day.',
  },
  {
    id: 'nm-034',
    service: 'highways',
    text: 'Pothole reports this week: 412 via the app and 87 by phone on 01632 960310. Category 1 defects fixed within 24 hours: 96.8%. Job numbers HW-J-558120 to HW-J-558199 are with the patching crew on Route 7. Budget code HW-REV-3310 has £214,500 remaining of £1.2m.',
  },
  {
    id: 'nm-035',
    service: 'highways',
    text: 'Gritting decision for Tuesday 2 December 2025: road surface temperatures are forecast at -1.5C at 04:00. Primary routes P1 to P6 (412 km) will be treated from 18:00 at 10 g/m2, and secondary routes are held. Salt stock at Northbridge depot is 3,850 tonnes (78%). Decision logged as GR-25-041.',
  },
  {
    id: 'nm-036',
    service: 'highways',
    text: 'Street lighting LED conversion phase 3: 2,146 columns converted and 318 remaining. The energy saving so far is 1,187,440 kWh, around £296,860 at 25p/kWh. Columns NB/0412 to NB/0478 on Station Road will be done in the week commencing 19 January 2026 under contractor order 4500193301.',
  },
  {
    id: 'nm-037',
    service: 'fleet',
    text: 'MOT and service schedule for next week:\nReg\tFleet no\tMileage\tDue\nNB21 KTX\tF0412\t48,113\t10/11/2025\nNB72 LRV\tF0519\t22,607\t11/11/2025\nYX19 HGD\tF0388\t91,240\t13/11/2025\nPlease book each into bay 2 at the Quay Road workshop, NB2 5DW.',
  },
  {
    id: 'nm-038',
    service: 'fleet',
    text: 'Fuel usage for October was 18,402 litres at an average of 138.9p per litre, total £25,560.38. Refuse vehicle RCV 34 (fleet no F0455) used 2,117 litres, the highest in the fleet. Telematics alert ticket FL-22871 is open for its tyre pressures. Please charge the overspend to cost centre 44120.',
  },
  {
    id: 'nm-039',
    service: 'fleet',
    text: 'Tachograph downloads are due every 28 days for the 61 HGVs in scope. Four vehicles were overdue at 07:00 today: fleet numbers F0207, F0211, F0340 and F0362. Please complete them by 17:00 on 21/05/2025 and log them under Tranman job numbers 77421 to 77424.',
  },
  {
    id: 'nm-040',
    service: 'fleet',
    text: 'EV charger usage at the Civic Centre car park (charge points CP-01 to CP-08) was 3,212 kWh in September, 64% utilisation. The average session was 2h 41m. The staff charging tariff is 32p/kWh from 1 October 2025. Income is coded to budget line 4412/3305.',
  },
  {
    id: 'nm-041',
    service: 'parking',
    text: 'Penalty charge notice statistics for November 2025: 6,214 PCNs issued, 71.2% paid, 412 challenges received (6.6%). PCNs in the range NB40215500 to NB40221713 were issued on handhelds HH-07 to HH-22. Tribunal cases this month: 9. Income was £312,884.50 against a budget of £330,000.',
  },
  {
    id: 'nm-042',
    service: 'parking',
    text: 'Car park tariff changes from 6 January 2026:\nCar park | Up to 1hr | Up to 3hrs | All day\nQuay Road (site 104) | £1.40 | £3.60 | £7.50\nMarket Street (site 117) | £1.60 | £4.00 | £8.20\nPay by phone location codes stay the same (4104 and 4117). Traffic Regulation Order NBC/TRO/2025/19 was sealed on 12/12/2025.',
  },
  {
    id: 'nm-043',
    service: 'parking',
    text: 'Resident permit zone F is being extended by 14 streets following consultation 2025-PK-07 (62% in favour, 488 responses). The permit price stays at £65 a year, with a second permit at £95. Signs and lines will cost £18,240, coded to 3120/6601. Go-live is Monday 2 March 2026.',
  },
  {
    id: 'nm-044',
    service: 'parking',
    text: 'Pay and display machine 117-03 at Market Street is faulty (error code E-0427). Engineer job number 2025-11883 is booked for 09:30 tomorrow. Takings for the machine last week were £1,248.60. Please bag it with a notice pointing drivers to pay by phone code 4117.',
  },
  {
    id: 'nm-045',
    service: 'licensing',
    text: 'The Licensing Sub-Committee on Thursday 20 November 2025 at 10:00 in Committee Room 3 will hear premises licence application PL-25-0412 for 22-24 Market Street. The hours applied for are 10:00 to 01:00 on Fridays and Saturdays. 4 representations were received within the 28-day period. Hearing bundle version 2 runs to 146 pages.',
  },
  {
    id: 'nm-046',
    service: 'licensing',
    text: 'Taxi and private hire fleet at 31 October 2025: 284 hackney carriages and 611 private hire vehicles. Hackney vehicle plates HC001 to HC284 are issued in sequence. Compliance checks on 18/10/2025 stopped 42 vehicles, with 5 suspension notices (SN-25-101 to SN-25-105). The 4.8% fare tariff increase takes effect from 1 December.',
  },
  {
    id: 'nm-047',
    service: 'licensing',
    text: 'Fee invoices for 2026 renewals have been raised:\nInvoice\tType\tFee\nAR-712044\tPremises annual fee (Band C)\t£295.00\nAR-712045\tClub premises annual fee\t£180.00\nAR-712046\tStreet trading consent\t£1,250.00\nPayment is due within 28 days of the invoice date, 5 January 2026.',
  },
  {
    id: 'nm-048',
    service: 'licensing',
    text: 'Temporary event notices received in week 42: 17, of which 3 were late TENs. References run from TEN-25-0688 to TEN-25-0704. Police and environmental health have 3 working days to object. Maximum attendance under a TEN remains 499 people at any one time.',
  },
  {
    id: 'nm-049',
    service: 'elections',
    text: 'Polling stations for the Harbour ward by-election on Thursday 5 June 2025:\nStation | Polling district | Electorate | Venue postcode\nH1 | HA | 2,418 | NB2 4PQ\nH2 | HB | 1,903 | NB2 6RT\nH3 | HC | 2,766 | NB2 7AJ\nPoll cards go out in batch PC-0525 on 6 May. Postal vote dispatch is on 20 May.',
  },
  {
    id: 'nm-050',
    service: 'elections',
    text: 'Annual canvass 2025 progress at week 10: 68,412 properties, route 1 matched 81.4%, route 2 cases 11,206. The household enquiry form response rate is 62.7%. Print job E-CAN-25-3 (14,800 reminders) goes to the printer on 29 September 2025. The revised register is published on 1 December 2025.',
  },
  {
    id: 'nm-051',
    service: 'elections',
    text: 'Count venue for the May 2026 local elections: Northbridge Leisure Centre main hall, booked from 22:00 on 7 May to 18:00 on 8 May under booking ref LC-26-00917. We need 96 counters and 12 supervisors. Budget code EL-2026-LOC, estimate £84,300.',
  },
  {
    id: 'nm-052',
    service: 'elections',
    text: 'Results for the Riverside ward by-election: Candidate A 1,204 votes (41.2%), Candidate B 987 (33.8%), Candidate C 731 (25.0%). Turnout was 28.4% of an electorate of 10,294. There were 14 rejected ballots. The declaration was made at 02:17.',
  },
  {
    id: 'nm-053',
    service: 'libraries',
    text: 'Library stock order 4500188409 for 1,420 items (adult fiction 612, children 488, non-fiction 320) has been placed at a 38.5% discount. The total after discount is £9,812.44. Expected delivery is 6 to 8 weeks, to Library HQ, Unit 3, Civic Way, NB1 1AB. ISBN lists are in file STOCK-Q3-2526.csv.',
  },
  {
    id: 'nm-054',
    service: 'libraries',
    text: 'Branch figures for October 2025:\nBranch\tVisits\tIssues\tPC sessions\nCentral\t21,406\t18,233\t3,912\nHarbour\t6,118\t5,904\t1,207\nNorth Park\t4,302\t4,876\t688\nWi-Fi sessions totalled 14,581. These feed CIPFA return line 4.2.',
  },
  {
    id: 'nm-055',
    service: 'libraries',
    text: 'The self-service kiosk at Central Library (serial SS-2211-0473, software 5.6.12) has been rebooted 3 times this week. Ticket INC0049902 has been logged with the supplier under contract LIB-SSK-2023-01. Please direct customers to the counter until version 5.6.14 is applied.',
  },
  {
    id: 'nm-056',
    service: 'libraries',
    text: 'Reminder: the Summer Reading Challenge 2025 runs from 12 July to 13 September. Last year 2,884 children took part and 1,612 (55.9%) completed it. Promotional materials order 4500185521 for £1,140.00 has been receipted. The launch event is in Room G.04 on 12 July at 11:00.',
  },
  {
    id: 'nm-057',
    service: 'leisure',
    text: 'Leisure membership at the end of Q2 2025/26 was 8,412, up 6.3% on Q1. Swim school enrolments are 2,104 across 148 classes. Pool plant room ticket FAC-20418 (pump 2, serial GRF-88120-B) remains open, with the part due on 24/09/2025.',
  },
  {
    id: 'nm-058',
    service: 'leisure',
    text: 'Timetable change from Monday 5 January 2026:\nActivity | Day | Time | Studio\nSpin 45 | Mon | 18:15-19:00 | Studio 2\nAqua fit | Wed | 10:30-11:15 | Pool (lanes 1-4)\nBody Pump | Sat | 09:00-09:55 | Studio 1\nAll prices rise by 3.5% from the same date, so a casual swim goes from £5.20 to £5.40.',
  },
  {
    id: 'nm-059',
    service: 'leisure',
    text: 'Energy data for Northbridge Leisure Centre for November 2025: gas 412,880 kWh, electricity 168,204 kWh, water 2,314 m3. The CHP unit (asset LC-CHP-01) ran for 612 hours. The 148 kWp solar array on the sports hall roof generated 4,118 kWh.',
  },
  {
    id: 'nm-060',
    service: 'leisure',
    text: 'Booking LC-25-44102 for the sports hall (4 courts) on Saturday 14 June 2025, 09:00 to 17:00, is confirmed for the schools netball tournament. The charge is £384.00 at the community rate of £12.00 per court per hour, less the 20% schools discount, giving £307.20. The invoice will come from debtor account 701455.',
  },
  {
    id: 'nm-061',
    service: 'facilities',
    text: 'Planned preventive maintenance for December:\nAsset\tTask\tFrequency\tDue\nBoiler B1 (CC-HVAC-0012)\tAnnual service\t12 months\t03/12/2025\nLift L2 (CC-LIFT-0002)\tLOLER inspection\t6 months\t08/12/2025\nFire alarm panel (CC-FA-0001)\tQuarterly test\t3 months\t10/12/2025\nContractor PO 4500189230 covers all three.',
  },
  {
    id: 'nm-062',
    service: 'facilities',
    text: 'Committee Room 1 (capacity 40) is closed on 24/11/2025 for AV works, and its bookings have moved to Room 2.14. The new Teams Room kit (serial MTR-9920-1184) will be installed by 17:00 that day. Desk occupancy last week averaged 57.4%, with a peak of 71% on Tuesday. The building fault line is ext 4000.',
  },
  {
    id: 'nm-063',
    service: 'facilities',
    text: 'Civic Centre, 1 Civic Way, NB1 1AA: electricity use for 2024/25 was 1,412,600 kWh, down 8.2% on 2023/24. The display energy certificate rating is C (68), certificate ref 0412-9901-3328-0177-2004. Renewal is due on 30/09/2025.',
  },
  {
    id: 'nm-064',
    service: 'facilities',
    text: 'Security contractor invoice 2025-1187 covers 1,344 guarding hours at £19.85 per hour (£26,678.40) and 6 alarm call-outs at £65.00 (£390.00). The total is £27,068.40 plus VAT. Please code it to cost centre 20115, subjective 4210, and match it to PO 4500184471.',
  },
  {
    id: 'nm-065',
    service: 'housing repairs',
    text: 'Repairs completed in the week ending 07/11/2025: emergency 212 (99.1% within 24 hours), urgent 406 (94.6% within 7 days), routine 1,118 (average 18.2 days). Job numbers ran from HR-2511-00421 to HR-2511-02156. Materials spend this week was £48,912.30 against cost centre 31200.',
  },
  {
    id: 'nm-066',
    service: 'housing repairs',
    text: "Work order WO-884120 for the communal boiler at Harbour Court (block B, plant room 2) is raised as an emergency. The engineer's ETA is 14:30 in van NB23 PLX. Part number 87161-2250 (heat exchanger) is on order, quoted at £1,846.20 plus VAT. Flats 1 to 24 have been notified by the area office on 01632 960725.",
  },
  {
    id: 'nm-067',
    service: 'housing repairs',
    text: 'Void turnaround for Q2: 146 voids let, averaging 31.4 days key to key against a target of 28. The average void repair cost was £4,218.77. The top 3 delays were asbestos surveys (job codes AS-01 to AS-03), gas caps and electrical tests. Voids report version 2.3 is attached for the 12 November performance meeting.',
  },
  {
    id: 'nm-068',
    service: 'housing repairs',
    text: 'Schedule of rates update from 1 April 2025 (uplift 3.9%):\nSOR code | Description | Old rate | New rate\n200107 | Renew WC pan | £142.10 | £147.64\n450213 | Ease and adjust door | £38.40 | £39.90\n602011 | Renew radiator valve | £56.75 | £58.96\nPlease use the new rates for all orders raised after that date.',
  },
  {
    id: 'nm-069',
    service: 'democratic services',
    text: 'The Cabinet agenda for Wednesday 10 December 2025 at 18:30 in the Council Chamber is now published. Item 7 (Medium Term Financial Strategy 2026/27 to 2028/29) shows a budget gap of £12.4m in year 1. Item 9 is exempt under paragraph 3 of Schedule 12A. The webcast meeting ID is 843 2291 0045.',
  },
  {
    id: 'nm-070',
    service: 'democratic services',
    text: 'Committee calendar for early 2026:\nMeeting\tDate\tTime\tRoom\nPlanning Committee\t15/01/2026\t14:00\tCR1\nAudit and Governance\t28/01/2026\t10:00\tCR3\nLicensing Committee\t04/02/2026\t10:00\tCR2\nFull Council\t25/02/2026\t18:00\tChamber\nReports are due with the clerk 10 working days before each meeting.',
  },
  {
    id: 'nm-071',
    service: 'democratic services',
    text: "Members' allowances for 2025/26: the basic allowance is £10,412 per councillor, so £531,012 for all 51 councillors. Special responsibility allowances total £184,560. Payments are made through payroll on the 27th of each month. The scheme is published under regulation 15 of the 2003 Regulations.",
  },
  {
    id: 'nm-072',
    service: 'democratic services',
    text: 'The petition on the Market Street crossing reached 1,503 verified signatures, above the 1,500 debate threshold. It will be debated at Full Council on 25 February 2026 as item 11, petition reference PET-2025-014. The lead petitioner has 5 minutes to speak.',
  },
  {
    id: 'nm-073',
    service: 'registrars',
    text: 'Registration performance for Q2 2025/26: births registered within 42 days 98.2%, deaths registered within 5 days 91.6%. We held 412 ceremonies, 61 of them at approved venues. Certificate stock serials QBDA 400101 to QBDA 402500 have been received and logged in stock register STK-25-09.',
  },
  {
    id: 'nm-074',
    service: 'registrars',
    text: 'Ceremony fees from 1 April 2026:\nVenue\tMon-Thu\tFri-Sat\tSun/BH\nRegister office (Room G.12)\t£46\t£46\tn/a\nCeremony room\t£220\t£285\t£340\nApproved venue\t£495\t£595\t£650\nFees were agreed at Cabinet on 10/12/2025, minute 84. The £46 statutory fee is set nationally.',
  },
  {
    id: 'nm-075',
    service: 'registrars',
    text: 'The appointment booking portal moves to version 3.14.2 on 19 January 2026. Calls to 0300 555 0187 totalled 4,206 in December, with 82% answered within 60 seconds. The average wait for an appointment is 4.1 days. Incident INC0052210 covers the calendar sync fault.',
  },
  {
    id: 'nm-076',
    service: 'finance',
    text: 'Invoice AR-713390 for £2,460.00 has been sent to Harbour Sailing Club for the 2025/26 mooring licence. Payment can be made by BACS to Northbridge Borough Council, sort code 40-11-62, account number 21873456, quoting the invoice number as the reference. Terms are 30 days, so payment is due by 14 February 2026. Remittances to ar@northbridge.gov.example or ext 4455.',
    councilBankDetails: true,
  },
  {
    id: 'nm-077',
    service: 'finance',
    text: 'Budget monitoring, period 8 2025/26:\nDirectorate | Budget | Forecast | Variance\nPlace | £42.18m | £43.02m | +£0.84m\nPeople | £118.40m | £121.95m | +£3.55m\nResources | £19.62m | £19.11m | -£0.51m\nThe net forecast overspend is £3.88m (2.2% of net budget). Recovery plans are due by 12/12/2025.',
  },
  {
    id: 'nm-078',
    service: 'finance',
    text: "Thanks for confirming that the overpaid grant of £7,500.00 under award GF-24-0318 will be returned. Please pay it to the council's main collection account: Northbridge Borough Council, sort code 40-11-62, account number 21873456, reference GF240318. Our VAT registration number is 123 4567 89 if your auditors need it.",
    councilBankDetails: true,
  },
  {
    id: 'nm-079',
    service: 'finance',
    text: 'Treasury position at 30/09/2025: investments £48.2m at an average rate of 4.62%, borrowing £212.5m (PWLB £188.0m, market loans £24.5m) at 3.41%. The authorised limit for 2025/26 is £290m and the operational boundary £260m. Interest receivable is forecast at £2.31m against a budget of £1.95m. Report FIN-TM-2526-Q2 goes to Audit and Governance on 28 January.',
  },
  {
    id: 'nm-080',
    service: 'finance',
    text: 'Year-end closedown timetable 2025/26:\nTask\tOwner\tDeadline\nAccruals over £10,000\tService accountants\t17/04/2026\nBank reconciliations (all 6 accounts)\tExchequer\t24/04/2026\nFixed asset register (ledger 7000-7999)\tCapital team\t08/05/2026\nThe draft statement of accounts must be published by 30 June 2026. Please use journal template JT-v5.2 only.',
  },
];
