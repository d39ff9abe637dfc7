// Routine council mail written blind by a helper (2026-11-23, stop 10): 80 ordinary emails from 39 services that need no label, full of the words detectors trip on.
export interface RoutineCase {
  id: string;
  service: string;
  text: string;
}

export const routineCases: readonly RoutineCase[] = [
  {
    id: 'rt-001',
    service: 'waste',
    text: 'Hi all,\nJust a reminder that collections move back by one day for the week of the August bank holiday, so Monday rounds go out on Tuesday and Friday rounds run on Saturday. The website banner is live and the contact centre script has been updated. Please direct any missed bin queries to 01632 960 114.\nThanks,\nDenise Harlow\nWaste Operations Coordinator',
  },
  {
    id: 'rt-002',
    service: 'waste',
    text: "Garden waste renewals opened this morning. Order numbers for online renewals start at GW-25-000001 and the stickers will be posted out in batches from 3 March. If a resident quotes an order number starting GW-24 it is last year's subscription and they need to renew. The price is unchanged at £52 per bin.",
  },
  {
    id: 'rt-003',
    service: 'highways',
    text: "Morning Gary, the pothole on Mill Lane near the junction with Church Street has been logged as job reference HW/2025/04417 and is scheduled for a permanent repair within 28 days. The temporary fill from last week is holding. I'll update the councillor once the gang has been.\nCheers\nTom Brightwell\nHighways Inspector | Highways & Transport | 01632 960 221",
  },
  {
    id: 'rt-004',
    service: 'highways',
    text: 'Winter service update: primary gritting routes 1 to 7 will be treated from 19:00 tonight, with a second run at 04:00 if road surface temperatures drop below zero. Salt stock at the Brook Road depot is at 84% of capacity. Health and safety briefing for the new seasonal drivers is on Thursday at 08:30 in the depot mess room.',
  },
  {
    id: 'rt-005',
    service: 'planning',
    text: 'Dear Agent,\n\nThank you for your submission. Application 25/01873/FUL has been registered but cannot be validated until we receive a site location plan at 1:1250 with the red line boundary shown and the correct fee of £578. Please upload the missing items via the Planning Portal quoting the reference above.\n\nKind regards\nPlanning Validation Team\nPlanning & Building Control\nTel: 01632 960 330\n\nThis email and any attachments may be confidential and are intended solely for the addressee.',
  },
  {
    id: 'rt-006',
    service: 'planning',
    text: 'The agenda for Planning Committee on Wednesday 14 May is now published. There are six items including the Riverside Quarter outline application and two tree preservation orders. Officer reports went to members on Friday. Public speaking registration closes at noon on Monday 12 May.',
  },
  {
    id: 'rt-007',
    service: 'licensing',
    text: 'Hi team,\nThe Licensing Sub-Committee hearing for the premises licence variation at The Red Lion, 22 High Street, is confirmed for 9 June at 10:00 in Committee Room 1. Representations from Environmental Health and two local businesses have been received and will be in the public pack. Can someone book the hearing loop for the room?\nMany thanks\nPriya Naidoo\nLicensing Officer\n01632 960 412',
  },
  {
    id: 'rt-008',
    service: 'licensing',
    text: 'Reminder for event organisers: Temporary Event Notices must be submitted at least ten working days before the event, not including the day it is received or the day of the event. We have had several late TENs for the summer fetes. The fee is £21 and the form is on the licensing page of the website.',
  },
  {
    id: 'rt-009',
    service: 'libraries',
    text: "Hello everyone! The Summer Reading Challenge launches on Saturday 12 July at all eleven branches. Stock of medals and certificates arrives next week; please store them behind the counter. We'd love photos from your launch day for the libraries Facebook page, but please only use the standard photo consent form for children in shot.\nBest,\nHannah\nReader Development Librarian",
  },
  {
    id: 'rt-010',
    service: 'libraries',
    text: 'Quick note on the new self-service kiosks: customers who have forgotten their library PIN can now reset it themselves at the kiosk using their card and the email address on their account. Staff no longer need to reset PINs at the counter unless the customer has no email. The PIN entry screen is on the right-hand side of the kiosk.',
  },
  {
    id: 'rt-011',
    service: 'leisure',
    text: 'The main pool at Ashvale Leisure Centre will be closed from 2 to 6 June for the annual health and safety shutdown, including tile repairs and a full check of the pool plant. The learner pool stays open for lessons. Please share the closure notice with swim school parents. Any questions to the duty manager on 01632 960 505.',
  },
  {
    id: 'rt-012',
    service: 'leisure',
    text: 'For Mental Health Awareness Week we are running free lunchtime walks from the Civic Centre every day from 12 to 16 May, meeting at the main entrance at 12:15. Routes are about 2 miles and suitable for all fitness levels. No need to book, just turn up in comfy shoes!',
  },
  {
    id: 'rt-013',
    service: 'HR',
    text: 'Dear colleagues,\n\nWe are consulting on a revised Sickness Absence Policy. The main changes are clearer trigger points, a new return-to-work conversation template and updated guidance on phased returns. The draft is on the intranet under HR Policies and the consultation runs until 30 April. Comments can be sent to the HR Policy mailbox or raised through your union.\n\nHR Policy and Reward Team',
  },
  {
    id: 'rt-014',
    service: 'HR',
    text: 'Hi managers, the DBS renewal reminders for this quarter will go out automatically from the HR system next Monday. If you have posts that no longer need an enhanced check, please let us know before then so we can update the post record. The reminders do not contain any check results, only the renewal due month.',
  },
  {
    id: 'rt-015',
    service: 'HR',
    text: 'Safeguarding training dates for 2025/26 are now on the Learning Zone. Level 1 is e-learning and mandatory for all staff. Level 2 face-to-face sessions run monthly at the Civic Centre, Training Room B, and places are limited to 20. Please book through the Learning Zone rather than emailing us.\nLearning & Development | 01632 960 612',
  },
  {
    id: 'rt-016',
    service: 'payroll',
    text: 'Your March payslip is now available in the Employee Self Service portal. If you cannot log in, use the password reset portal link on the login page; payroll cannot see or reset passwords. Pay day is Thursday 27 March.\n\nPayroll Services\nFinance Directorate\nTel 01632 960 640',
  },
  {
    id: 'rt-017',
    service: 'payroll',
    text: 'Hi all, December pay will be paid on Friday 19 December due to the Christmas closure. Overtime and mileage claims must be approved by managers by 5 December to be included. Anything later will be paid in January.',
  },
  {
    id: 'rt-018',
    service: 'IT',
    text: 'IT Service Desk notice\n\nWe are aware of a phishing email claiming to be from "Microsoft 365 Security" asking staff to confirm their password. It did not come from us. We will never ask for your password by email. If you clicked the link, please change your password straight away through the password reset portal and log a call on ext 4000 so we can check your account.\n\nIT Service Desk\n01632 960 700',
  },
  {
    id: 'rt-019',
    service: 'IT',
    text: 'The all-staff briefing on Thursday will be a Teams live event. Meeting ID: 385 442 917 03. The passcode is in the calendar invitation sent this morning. If you are joining from a shared meeting room, please use the room system rather than a laptop to avoid echo.',
  },
  {
    id: 'rt-020',
    service: 'IT',
    text: 'Hi Sam,\nYour replacement laptop is ready for collection from the IT build room on the ground floor. Asset tag LT-08831 is assigned to you, and the old device (LT-05127) needs to be handed back at the same time. Please allow 30 minutes for the handover so we can check OneDrive sync.\nThanks\nJordan Pike\nIT Field Engineer',
  },
  {
    id: 'rt-021',
    service: 'finance',
    text: 'Month-end close for April is on working day 3. Please make sure goods receipts are done for any invoices sitting in the workflow. I can see invoice numbers INV-204518 and INV-204533 from Brightline Stationery waiting on a GRN from Facilities. Anything not receipted by Wednesday will be accrued.\nAccounts Payable Team',
  },
  {
    id: 'rt-022',
    service: 'finance',
    text: "Dear budget managers,\n\nThe budget setting timetable for 2026/27 is attached. Draft savings proposals are due to your finance business partner by 31 October. On fees and charges, please use a conservative estimate of demand rather than last year's peak. The Cabinet report will be published on 4 February.\n\nStrategic Finance",
  },
  {
    id: 'rt-023',
    service: 'procurement',
    text: 'Tender opening for the Grounds Maintenance Contract (ref PROC-2025-061) will take place on the e-tendering portal at 12:15 on Friday 20 June, after the deadline closes at 12:00. The opening will be witnessed by a member of Legal Services as usual. Evaluation panel members will get portal access once opening is complete.',
  },
  {
    id: 'rt-024',
    service: 'procurement',
    text: 'Hi, the contract award notice for the Corporate Cleaning Services framework has now been published on Contracts Finder and Find a Tender. The published contract award shows the total framework value and the supplier names, so you can now share the outcome with colleagues. Standstill ended on Monday without challenge.\nRegards\nKiran Mistry\nProcurement Officer | 01632 960 815',
  },
  {
    id: 'rt-025',
    service: 'democratic services',
    text: "Room bookings for Full Council on Thursday 17 July:\nCouncil Chamber - main meeting, 18:30\nCommittee Room 2 - the Labour group pre-meeting, 17:30\nCommittee Room 3 - Conservative group pre-meeting, 17:30\nMember Room - Liberal Democrat and Independent groups, 17:30\nRefreshments will be available in the Members' Lounge from 17:00.\nDemocratic Services | 01632 960 902",
  },
  {
    id: 'rt-026',
    service: 'democratic services',
    text: "Dear Councillors,\n\nThis is the annual reminder to review your entry on the Register of Members' Interests and let us know of any changes within 28 days. The form is on the members' area of the intranet. We will publish the updated registers on the council website at the end of June.\n\nKind regards\nMonitoring Officer's Team",
  },
  {
    id: 'rt-027',
    service: 'elections',
    text: "Hi Mark, just confirming we have provisionally booked St Andrew's Church Hall, Fern Road, as polling station AB2 for the county council elections on 1 May. We'll need access from 06:00 and the hall back by 22:30. The hire fee will be paid by purchase order, number PO-77124.\nMany thanks\nElectoral Services\n01632 960 950",
  },
  {
    id: 'rt-028',
    service: 'elections',
    text: 'The annual canvass starts on 14 July. Canvass Communication A emails go out first, followed by paper forms to properties where we have no match. Canvassers will start doorstep visits in September. Please do not give out canvasser routes or rounds over the phone.',
  },
  {
    id: 'rt-029',
    service: 'comms',
    text: 'PRESS RELEASE - FOR IMMEDIATE USE\n\nThe council will raise the Pride flag at the Town Hall on Monday 2 June at 10:00 to mark the start of Pride Month. The Mayor will be joined by members of the local Pride organising committee and staff network. Members of the public are welcome to attend.\n\nMedia enquiries: Communications Team, 01632 960 001',
  },
  {
    id: 'rt-030',
    service: 'comms',
    text: 'Hi all, the community events calendar for the autumn is now on the intranet. It includes Eid and Diwali events, Black History Month activities, the Remembrance service and the Christmas lights switch-on. If your service is running anything public, please add it by 15 September so we can plan social media.\nThanks, Comms',
  },
  {
    id: 'rt-031',
    service: 'housing repairs',
    text: 'Repairs update for Oakfield Court: the communal door entry system fault has been raised as job reference RP-558214 and the contractor is attending Wednesday AM. Tenants have been given a letter explaining the works. The lift service visit (RP-558230) is booked for the same day.\nLee Okafor\nRepairs Planner, Housing Property Services\n01632 960 260',
  },
  {
    id: 'rt-032',
    service: 'housing repairs',
    text: 'All, please note the fire door code of practice has been updated and our inspection contractor will follow the new version from next quarter. Flat entrance doors in blocks over 11 metres will be checked annually and communal fire doors every three months. The revised schedule is on the shared drive.',
  },
  {
    id: 'rt-033',
    service: 'revenues',
    text: 'Annual council tax bills will be posted from 10 March. Band D for 2025/26 is £2,184.51 including the police and fire precepts. Expect high call volumes in the two weeks after billing; overflow calls will route to the Revenues back-office team on 01632 960 330. Direct debit instalments start 1 April.',
  },
  {
    id: 'rt-034',
    service: 'revenues',
    text: 'Dear colleague,\n\nThe Retail, Hospitality and Leisure business rates relief scheme for 2025/26 gives 40% relief up to a cash cap. Relief will be applied automatically to eligible accounts on annual billing where we already hold the right property use. Businesses can opt out using the form on our website.\n\nBusiness Rates Team\n\nThis email and any attachments may be confidential. If you have received it in error, please notify the sender and delete it.',
  },
  {
    id: 'rt-035',
    service: "children's services admin",
    text: "Hi, can I book Training Room A for the Local Safeguarding Children Partnership newsletter editorial meeting on 24 April, 10:00 to 12:00? We'll need the projector and tea and coffee for eight. Cost code CS4410.\nThanks\nGemma Ross\nBusiness Support Officer, Children's Services",
  },
  {
    id: 'rt-036',
    service: "children's services admin",
    text: 'School admissions reminder: the closing date for primary reception applications is 15 January and secondary offers go out on 1 March. Late applications will be considered after on-time ones. Please make sure front-of-house staff direct parents to the online form rather than taking paper forms.',
  },
  {
    id: 'rt-037',
    service: 'adult social care commissioning',
    text: 'Dear providers,\n\nThe next Care Provider Forum will be held on Tuesday 8 July, 13:30 to 16:00, at the Ashvale Community Hub, AV3 4RT. Topics include the fee uplift timetable, the new electronic call monitoring contract and winter planning. Please book via the Eventbrite link by 1 July.\n\nCommissioning Support Team\nAdult Social Care\n01632 960 480',
  },
  {
    id: 'rt-038',
    service: 'adult social care commissioning',
    text: "Clarification questions for the Homecare Framework tender close at 17:00 on Friday. All questions and responses will be published anonymously on the portal so every bidder sees the same information. Please don't respond to providers directly if they contact you about the tender.",
  },
  {
    id: 'rt-039',
    service: 'community safety',
    text: "Hi all, the quarterly crime figures for the borough have been published on police.uk and the Community Safety Partnership dashboard has been refreshed. Overall recorded crime is down 4% on the same quarter last year, with a rise in shoplifting in the town centre. The data is ward-level only, no individual incidents. We'll discuss at the CSP board on the 22nd.",
  },
  {
    id: 'rt-040',
    service: 'public health',
    text: 'Staff flu clinics will run at the Civic Centre on 7, 14 and 21 October, 09:30 to 15:30, in Meeting Room 5. Frontline staff can book a slot through the intranet page. Please bring your staff ID badge. If you have questions about whether the vaccine is right for you, speak to your GP or pharmacist rather than the clinic organisers.',
  },
  {
    id: 'rt-041',
    service: 'environmental health',
    text: "Hi Julie,\nFollowing the inspection on 3 April, Bella's Kitchen at 14 Market Place has been given a food hygiene rating of 4. The rating will appear on the FSA website within 28 days once the appeal period has passed. The business has been sent the standard letter and window sticker.\nRegards\nOwen Pryce\nEnvironmental Health Officer | Food & Safety | 01632 960 560",
  },
  {
    id: 'rt-042',
    service: 'environmental health',
    text: 'Noise App reminder: residents can now record noise nuisance on their phones and send it straight to us. Please add the link to your email signatures where relevant. The out-of-hours noise service runs Friday and Saturday nights from 22:00 to 03:00, phone 01632 960 565.',
  },
  {
    id: 'rt-043',
    service: 'councillor ward newsletter',
    text: "Dear residents of Brookside ward,\n\nIt's been a busy spring! The new crossing on Station Road is finally in, the play area at Elm Park reopens on 10 May, and I've asked Highways to look again at the parking on Garden Street. My next ward surgery is on Saturday 17 May, 10:00 to 11:30, at Brookside Library. As always, drop me a line if there's anything you'd like me to raise.\n\nBest wishes,\nCllr Ruth Ellison\nBrookside Ward",
  },
  {
    id: 'rt-044',
    service: 'councillor ward newsletter',
    text: "Quick update from your ward councillors: the community clean-up on 5 April collected 46 bags of litter, thank you to everyone who came along. The council's budget was agreed at Full Council last week; we voted against the proposed car park charges but the budget passed. Litter pickers can be borrowed from the library.",
  },
  {
    id: 'rt-045',
    service: 'chief executive',
    text: 'Dear colleagues,\n\nAs we reach the end of the financial year I want to say thank you. We delivered a balanced budget, cleared the planning backlog and opened the new Northgate Hub on time. Next year will be tough, with further savings to find, but I am confident in this team. Please join me for the all-staff briefing on 3 April at 10:00 in the Council Chamber or online.\n\nWith thanks,\nHelen Marsh\nChief Executive',
  },
  {
    id: 'rt-046',
    service: 'chief executive',
    text: 'Hi everyone, a short note from me this week. The staff survey closes on Friday, and so far 58% of you have responded, our best ever. It is anonymous and it really does shape what we do. If you have not yet done it, it takes about ten minutes.\nHelen',
  },
  {
    id: 'rt-047',
    service: 'facilities',
    text: 'Hi Sue, confirming the union rep meeting room booking for Room 4.12 every Tuesday from 12:00 to 14:00 for the rest of the year. The room has a phone and screen. If the branch needs a larger room for the AGM in November, let me know nearer the time.\nFacilities Helpdesk\nCivic Centre, Station Road, Ashvale AV1 2CW\n01632 960 800',
  },
  {
    id: 'rt-048',
    service: 'facilities',
    text: 'The old PIN entry devices at main reception, the Register Office and the leisure centre front desks are being swapped for contactless card terminals on 16 June. The supplier will take the old units away. Staff will need a short training session, which will be booked by the cashiering team.',
  },
  {
    id: 'rt-049',
    service: 'facilities',
    text: 'Fire alarm test every Wednesday at 11:00 as usual. This week there will also be a full evacuation drill on Thursday morning (time not announced). Please make sure you know your nearest fire exit and assembly point, and fire wardens please collect your hi-vis tabards from reception.',
  },
  {
    id: 'rt-050',
    service: 'procurement',
    text: 'FYI - see below, can you pick this up?\n\n-----Original Message-----\nFrom: Purchase Ledger\nSent: 12 May 2025 09:14\nTo: Procurement Team\nSubject: PO query\n\nHi, we have an invoice from Greenway Landscapes (INV 3391) quoting order number PO-76551, but that PO was closed in March. Could you confirm whether a new PO is needed or if we can reopen it?\nThanks\nPurchase Ledger Team',
  },
  {
    id: 'rt-051',
    service: 'highways',
    text: "Thanks Anna, I'll add it to the programme.\n\n-----Original Message-----\nFrom: Anna Whitcombe\nSent: Tuesday, 3 June 2025 14:02\nTo: Highways Inspections\nSubject: Street lighting - Beech Avenue\n\nHi, two street lights outside 40-44 Beech Avenue have been out since last week. The column numbers are BA07 and BA08. Could someone take a look?\nAnna\nParish Clerk, Little Ashvale Parish Council",
  },
  {
    id: 'rt-052',
    service: 'HR',
    text: 'Forwarding for info - the revised dates are below.\n\n-----Original Message-----\nFrom: Learning & Development\nSent: 20 January 2025 11:30\nTo: All Managers\nSubject: Manager Essentials - dates\n\nThe Manager Essentials programme modules on recruitment, managing sickness absence and appraisals will now run on 4, 11 and 18 March. Please nominate new managers by 14 February.\nL&D Team',
  },
  {
    id: 'rt-053',
    service: 'parks',
    text: "Bookings for the park pavilions are open for the summer. Elm Park Pavilion is £35 an hour for community groups and £60 for private hire. We can't take bookings for bouncy castles or barbecues on the grass. Bookings line: 01632 960 760.",
  },
  {
    id: 'rt-054',
    service: 'trading standards',
    text: 'Scam awareness: we are seeing cold callers in the north of the borough offering roofing work and asking for cash upfront. Please share our leaflet at libraries and community hubs. Residents can report doorstep traders to the Citizens Advice consumer helpline. No need to pass on individual reports to us by email; the helpline refers them through.',
  },
  {
    id: 'rt-055',
    service: 'emergency planning',
    text: 'Exercise Riverbank, our multi-agency flood exercise, will take place on 25 September at the Emergency Control Centre, Ground Floor, Civic Centre. Loggists and rest centre managers on the rota have been sent calendar invites. The scenario is fictional and all casualty names used will be made up. Please reply by 5 September to confirm attendance.\nEmergency Planning Officer',
  },
  {
    id: 'rt-056',
    service: 'building control',
    text: 'Hi,\nBuilding Regulations application BC/25/0644 for the single storey rear extension at 9 Willow Close has been approved with conditions. Please book your foundation inspection at least 24 hours ahead using the online booking form or call 01632 960 345.\nRegards\nBuilding Control Surveyor\n\nThis email and any attachments may be confidential and may be legally privileged. Any views expressed are those of the author and not necessarily those of the council.',
  },
  {
    id: 'rt-057',
    service: 'registrars',
    text: "The Register Office ceremony room will be closed for redecoration from 1 to 12 September. Ceremonies booked in that period have been moved to the Mayor's Parlour, and couples have been told. Birth and death registration appointments continue as normal in the interview rooms downstairs.",
  },
  {
    id: 'rt-058',
    service: 'customer services',
    text: 'Team, the contact centre phone numbers are changing on 1 October. The main switchboard stays 01632 960 000 but Revenues moves to 01632 960 330 and Housing to 01632 960 250. New IVR scripts are in the team folder. Please update any leaflets you have on the front desk.',
  },
  {
    id: 'rt-059',
    service: 'legal services',
    text: "Hi Priya, I've attached the standard template lease for community group use of council buildings, updated for the 2025 rent review clause. It's a template only, no parties filled in. If the group wants changes to the repairing obligations, send them over and I'll take a look.\nBest\nNaomi\nSolicitor, Legal Services",
  },
  {
    id: 'rt-060',
    service: 'internal audit',
    text: 'The 2025/26 Internal Audit Plan was approved by Audit and Governance Committee last night. Fieldwork for the first quarter covers procurement cards, payroll starters and leavers, and IT patch management. Audit leads will contact service managers directly to agree terms of reference.',
  },
  {
    id: 'rt-061',
    service: 'pensions',
    text: 'Pension Fund newsletter - Spring edition\n\nAnnual benefit statements will be available in the member portal from the end of August. If you have forgotten your login, use the "Forgotten password" link on the portal; we can\'t reset it for you by email. The Pension Fund Annual General Meeting is on 12 November at the Civic Centre.\n\nPensions Administration | 01632 960 680',
  },
  {
    id: 'rt-062',
    service: 'fleet',
    text: 'All drivers of pool cars: vehicle checks must be recorded on the Fleet app before every journey. Pool car bookings remain through Outlook. The MOT for pool car AV21 KLM is due next week so it will be off the road on Tuesday. Keys are in the key safe at reception; ask the receptionist for the code.',
  },
  {
    id: 'rt-063',
    service: 'parking',
    text: 'Parking services monthly stats: 3,412 PCNs issued in June, 8% up on May, mainly in the town centre pay and display bays. 412 informal challenges received and 61% were closed within 14 days. The cashless parking app is now used for 72% of paid sessions.',
  },
  {
    id: 'rt-064',
    service: 'museums',
    text: 'Hello Friends of the Museum! Our new exhibition "Ashvale at Work: 200 Years of Industry" opens on Saturday 4 October. Members are invited to a private view on Friday 3 October from 18:00. Please RSVP to museum@ashvale.example.gov.uk or call 01632 960 880.\nWith best wishes\nMuseum Development Officer',
  },
  {
    id: 'rt-065',
    service: 'economic development',
    text: 'The Shop Front Improvement Grant round 2 is now open. Independent businesses in the town centre conservation area can apply for up to £5,000 towards repairs and signage. Applications close on 30 November. Please send the link to any businesses you are in touch with.',
  },
  {
    id: 'rt-066',
    service: 'climate and sustainability',
    text: "Hi all, we're running a Green Champions lunch-and-learn on Thursday 13 March in the staff restaurant. Topics: cutting paper printing, the new EV charging points in the staff car park, and the cycle-to-work scheme. Lunch provided for the first 30 people who register.\nClimate Action Team",
  },
  {
    id: 'rt-067',
    service: 'HR',
    text: "Hi Lisa, thanks for sending the vacancy. I've set up the advert for Business Support Officer, job reference number CS-0492, to go live on Monday and close on 28 April. Interviews are pencilled in for the week of 12 May. Shortlisting will be in the applicant tracking system as usual.\nRecruitment Team\nHR Shared Service",
  },
  {
    id: 'rt-068',
    service: 'IT',
    text: 'Planned maintenance: the Civica revenues system will be unavailable from 18:00 on Friday 7 February until 08:00 on Monday 10 February while we upgrade to the latest version. Please plan your work accordingly. Change reference CHG-011245.',
  },
  {
    id: 'rt-069',
    service: 'public health',
    text: "Dear partners,\n\nThe Joint Strategic Needs Assessment chapter on physical activity has been published on the JSNA website. It uses population data at ward level and the Active Lives survey. We're holding a short webinar to walk through the findings on 19 June at 14:00. Meeting ID 842 019 554 27, passcode in the invite.\n\nPublic Health Intelligence Team",
  },
  {
    id: 'rt-070',
    service: 'housing',
    text: "The tenants' newsletter for summer is at the printers. It includes the new repairs reporting app, the estate walkabout dates, and a piece on staying safe in hot weather. Distribution to all 6,800 council homes starts on 7 July. Thanks to everyone who sent in articles.",
  },
  {
    id: 'rt-071',
    service: 'democratic services',
    text: 'Committee dates for the 2025/26 municipal year have been agreed at Annual Council:\nCabinet - 2nd Tuesday of each month\nOverview and Scrutiny - 1st Thursday\nPlanning Committee - 3rd Wednesday\nAudit and Governance - quarterly, first meeting 24 July\nAll meetings start at 18:30 unless stated otherwise. The calendar is on the council website.',
  },
  {
    id: 'rt-072',
    service: 'environmental health',
    text: "Hi,\nAs discussed, the health and safety at work inspection programme for this year will focus on gas safety in commercial kitchens and workplace transport in warehouses, in line with the HSE national priorities. We'll be sending letters to around 120 premises in the first tranche.\nThanks\nCommercial Team Leader\nEnvironmental Health\n01632 960 570",
  },
  {
    id: 'rt-073',
    service: 'waste',
    text: 'Bulky waste collections are fully booked until 18 March. If residents call, please offer the next available date and mention the household waste recycling centre at Quarry Lane, AV4 7HB, open 08:00 to 16:00 daily. Bookings are reference numbers starting BW- and can be checked on the system.',
  },
  {
    id: 'rt-074',
    service: 'facilities',
    text: 'Room booking confirmed:\nRoom: Committee Room 3\nDate: Tuesday 11 March\nTime: 14:00 - 16:00\nEvent: Mental health first aider network catch-up\nLayout: boardroom, 12 people\nBooking ref: RB-20931\nPlease cancel via the room booking system if no longer needed.',
  },
  {
    id: 'rt-075',
    service: 'finance',
    text: "Hi Rob,\nThe remittance for supplier 100482 (Ashvale Hire Ltd) went out in yesterday's BACS run and covers invoice numbers 7781, 7784 and 7790. They should see the money in their account tomorrow. I've told their credit controller the same.\nThanks\nSteph\nAccounts Payable",
  },
  {
    id: 'rt-076',
    service: 'libraries',
    text: "-----Original Message-----\nFrom: Branch Manager, Northgate Library\nSent: 02 October 2025 16:40\nTo: Library Stock Team\nSubject: Missing stock order\n\nHi, we haven't received the large print order, order number LP-2025-0318, due last week. Can you chase the supplier?\n\nReply:\nHi, chased this afternoon - it's coming on Monday's van. Sorry for the delay.\nStock Team",
  },
  {
    id: 'rt-077',
    service: "children's services admin",
    text: "Reminder: the Children's Services staff conference is on 26 June at the Racecourse Conference Centre, AV6 2PL. Sessions include the new case recording system, the safeguarding practice framework refresh and a wellbeing workshop. Please register on the Learning Zone by 6 June and indicate any dietary requirements on the form.",
  },
  {
    id: 'rt-078',
    service: 'comms',
    text: 'Hi both,\nSocial media plan for next week:\nMon - bin collection changes\nTue - Pride flag raising photos\nWed - Foster carer recruitment evening (generic campaign, no case studies)\nThu - Crime figures down in town centre, police joint post\nFri - Summer events round-up\nLet me know if anything needs to move.\nComms Officer',
  },
  {
    id: 'rt-079',
    service: 'HR',
    text: "The Staff Equality Networks are holding a joint open event on 8 October to talk about what they do. Networks taking part include the Women's Network, the LGBT+ Network, the Race Equality Network, the Carers' Network and the Disability and Neurodiversity Network. All staff are welcome, no need to be a member. Room 1.05, 12:30 to 13:30.",
  },
  {
    id: 'rt-080',
    service: 'procurement',
    text: 'Dear Supplier,\n\nThank you for your interest in the Library Self-Service Kiosks contract (ref PROC-2025-088). The tender documents are available on the e-tendering portal. To access them you will need to register; if you have lost your login, use the password reset link on the portal home page. The deadline for submissions is 12:00 on 14 November.\n\nProcurement Services\nCivic Centre, Station Road, Ashvale AV1 2CW\nTel: 01632 960 810\n\nThis email and any attachments may be confidential. If you are not the intended recipient, please delete it and notify the sender.',
  },
];
