// Housing mail: homelessness applications, tenancy management, repairs and antisocial behaviour, with hard negatives.
import { tc, type CorpusCase } from '../types';

const A = 'housing' as const;

export const housingCases: readonly CorpusCase[] = [
  tc(
    'ho-001',
    A,
    'Homeless application HPA/2025/1184. Applicant is fleeing domestic abuse and is currently staying with a friend. Her previous address was 16 Mead Road, Chislehurst, BR7 6AD. She suffers from severe anxiety and PTSD.',
    [
      ['SAFEGUARDING', 'fleeing domestic abuse'],
      ['UK_POSTCODE', 'BR7 6AD'],
      ['SPECIAL_CATEGORY_HEALTH', 'severe anxiety and PTSD'],
    ],
  ),
  tc(
    'ho-002',
    A,
    'Repairs ticket RP-448812 raised for a leaking stopcock at the Anerley Road block. Contractor attending between 8am and 12pm on Tuesday.',
    [],
    ['UK_POSTCODE', 'UK_PHONE'],
  ),
  tc(
    'ho-003',
    A,
    'Tenant Mr Reid lives at Flat 3, 88 High Street, Penge, SE20 7HU. He has been served a notice seeking possession for rent arrears of £2,340.',
    [['UK_POSTCODE', 'SE20 7HU']],
  ),
  tc(
    'ho-004',
    A,
    'Neighbour dispute: the tenant at No. 12 was arrested last night for criminal damage to the communal door and possession of cannabis. Police reference CAD 4411/21NOV.',
    [
      ['CRIMINAL_OFFENCE', 'arrested last night for criminal damage'],
      ['CRIMINAL_OFFENCE', 'possession of cannabis'],
    ],
  ),
  tc(
    'ho-005',
    A,
    'Temporary accommodation booking confirmed for a family of four. Please send the licence agreement to the applicant at marcia.bennett84@gmail.com and call her on 07700 900781 to arrange key collection.',
    [
      ['EMAIL_ADDRESS', 'marcia.bennett84@gmail.com'],
      ['UK_PHONE', '07700 900781'],
    ],
  ),
  tc(
    'ho-006',
    A,
    'The BR1 bus stop outside the Civic Centre is being moved 20 metres up the road from Monday while the pavement is resurfaced.',
    [],
    ['UK_POSTCODE'],
  ),
  tc(
    'ho-007',
    A,
    'Medical priority panel: applicant uses a wheelchair following a spinal injury and needs level-access accommodation. OT report attached. She lives at 5 Ravens Court, Beckenham BR3 4LN.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'Medical priority panel'],
      ['SPECIAL_CATEGORY_HEALTH', 'uses a wheelchair following a spinal injury'],
      ['UK_POSTCODE', 'BR3 4LN'],
    ],
  ),
  tc(
    'ho-008',
    A,
    'Hi all, the housing register allocations policy review goes to Executive in February. Please send comments on section 4.3.2 by the end of the month.',
    [],
    ['IP_ADDRESS', 'UK_PHONE'],
  ),
  tc(
    'ho-009',
    A,
    'ASB case: the resident at 41 Dale Close has a restraining order against her former partner, who was convicted of harassment in 2023. CCTV shows him at the block again.',
    [
      ['CRIMINAL_OFFENCE', 'restraining order'],
      ['CRIMINAL_OFFENCE', 'convicted of harassment'],
    ],
  ),
  tc(
    'ho-010',
    A,
    'Vehicle with registration BD51 SMR has been abandoned in the estate car park for three weeks. Can parking services arrange removal?',
    [],
    ['UK_POSTCODE', 'UK_DRIVING_LICENCE'],
  ),
  tc(
    'ho-011',
    A,
    "Right to Buy application received. Applicant's National Insurance number is JG 10 37 51 B and his date of birth is 19/07/1971. Valuation booked.",
    [
      ['UK_NINO', 'JG 10 37 51 B'],
      ['DATE_OF_BIRTH', '19/07/1971'],
    ],
  ),
  tc(
    'ho-012',
    A,
    'Please forward tenancy sustainment referrals to housing.support@examplecouncil.gov.uk rather than my personal inbox. Thanks.',
    [['EMAIL_ADDRESS', 'housing.support@examplecouncil.gov.uk']],
  ),
  tc(
    'ho-013',
    A,
    'The key safe code for the void at 9 Elm Grove is 4471. Please give it to the surveyor only and change it after the inspection.',
    [['CREDENTIAL', 'key safe code for the void at 9 Elm Grove is 4471']],
  ),
  tc(
    'ho-014',
    A,
    'Reminder that key safes must be fitted to all void properties and the codes changed after each visit, in line with the voids procedure.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ho-015',
    A,
    'Rough sleeper outreach update: man in his 50s sleeping in the doorway of the old bank on the High Street. He has a long history of heroin use and is on a methadone script. StreetLink ref 2025-118842.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'history of heroin use'],
      ['SPECIAL_CATEGORY_HEALTH', 'on a methadone script'],
    ],
  ),
  tc(
    'ho-016',
    A,
    "Housing benefit direct payments will be made to the landlord's account: sort code 20-45-77, account number 43891265 (Barclays, Mr D Collins).",
    [['UK_BANK_ACCOUNT', '20-45-77, account number 43891265']],
  ),
  tc(
    'ho-017',
    A,
    'Please make sure all gas safety certificates for the 2025/26 year are uploaded to the compliance system by 31/03/2026.',
    [],
    ['DATE_OF_BIRTH'],
  ),
  tc(
    'ho-018',
    A,
    'The applicant has asked to be rehoused away from the area; she is of Somali heritage and says neighbours keep shouting insults at her children in the stairwell.',
    [['SPECIAL_CATEGORY_OTHER', 'of Somali heritage']],
  ),
  tc(
    'ho-019',
    A,
    'Landlord portal login for the new private sector leasing officer: username PSL.Officer2 / password Bromley#Leasing25. Please change it on first use.',
    [['CREDENTIAL', 'password Bromley#Leasing25']],
  ),
  tc(
    'ho-020',
    A,
    'Quick question on the password policy for the landlord portal: do we still force a change every 90 days?',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ho-021',
    A,
    "Disrepair claim: the tenant says damp in the bedroom has made her son's asthma much worse and he was admitted to hospital twice this winter.",
    [
      ['SPECIAL_CATEGORY_HEALTH', "son's asthma"],
      ['SPECIAL_CATEGORY_HEALTH', 'admitted to hospital twice'],
    ],
  ),
  tc(
    'ho-022',
    A,
    "Meeting note: the contractor's labour costs for the damp and mould programme have gone up 12% and they want to reprice the remaining works.",
    [],
    ['SPECIAL_CATEGORY_OTHER', 'COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'ho-023',
    A,
    'Tenancy audit visit: tenant provided passport number 128947563 as ID and a Barclays statement. Copy scanned to the tenancy file.',
    [['UK_PASSPORT', '128947563']],
  ),
  tc(
    'ho-024',
    A,
    'Order 500183746 for 12 replacement fire doors has been approved. Delivery to the depot at Baths Road.',
    [],
    ['UK_PASSPORT', 'NHS_NUMBER'],
  ),
  tc(
    'ho-025',
    A,
    'Sorry for the delay – please find my new address below for the housing register.\n\n22 Kingsway Gardens\nWest Wickham\nBR4 9JB\n\nMob: 07700 900302',
    [
      ['UK_POSTCODE', 'BR4 9JB'],
      ['UK_PHONE', '07700 900302'],
    ],
  ),
  tc(
    'ho-026',
    A,
    'Gypsy and Traveller site: two pitches are vacant. The waiting list has 14 households. Site manager can be reached on 01632 960 418.',
    [['UK_PHONE', '01632 960 418']],
  ),
  tc(
    'ho-027',
    A,
    'Can you check UPRN 100021234567 on the address gazetteer? The property is showing as two flats but it was converted back to one house in 2019.',
    [],
    ['NHS_NUMBER', 'UK_PHONE', 'PAYMENT_CARD'],
  ),
  tc(
    'ho-028',
    A,
    'Perpetrator of the ASB is on the sex offenders register and is managed under MAPPA. The housing officer must not visit alone.',
    [
      ['CRIMINAL_OFFENCE', 'on the sex offenders register'],
      ['CRIMINAL_OFFENCE', 'managed under MAPPA'],
    ],
  ),
  tc(
    'ho-029',
    A,
    'Hi, please arrange an interpreter for the homelessness interview with Mr Tesfaye tomorrow at 10am. Room 2 is booked.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'ho-030',
    A,
    'Gas safety records show the boiler at 14 Birch Road was last serviced on 02/02/2024, version 3.1 of the checklist used. Next due 02/02/2025.',
    [],
    ['DATE_OF_BIRTH', 'IP_ADDRESS'],
  ),
  tc(
    'ho-031',
    A,
    "Housing options: the applicant's daughter was born on 4 May 2024 and they are sharing one room in his parents' flat. Overcrowding assessed as Band B.",
    [['DATE_OF_BIRTH', '4 May 2024']],
  ),
  tc(
    'ho-032',
    A,
    'Letters to all tenants in the Mottingham estate explain the new bulky waste service. Postcode areas SE9 and BR1 are covered from April.',
    [],
    ['UK_POSTCODE'],
  ),
];
