// Councillor casework and member enquiries: constituents' personal circumstances, with political-word hard negatives.
import { tc, type CorpusCase } from '../types';

const A = 'councillor' as const;

export const councillorCases: readonly CorpusCase[] = [
  tc(
    'co-001',
    A,
    'Dear Cllr Hughes, my constituent Mr Ferris, who lives at 14 Plaistow Lane, Bromley BR1 4DS (tel 020 7946 0877), has been waiting eight months for a housing transfer. His wife has terminal cancer and cannot manage the stairs.',
    [
      ['UK_POSTCODE', 'BR1 4DS'],
      ['UK_PHONE', '020 7946 0877'],
      ['SPECIAL_CATEGORY_HEALTH', 'has terminal cancer'],
    ],
  ),
  tc(
    'co-002',
    A,
    'Cllr Patel asked for the draft budget papers. The Conservative group meeting is on Monday; the Labour group meets on Tuesday.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'co-003',
    A,
    'Member enquiry ME-2025-0931: resident says she was refused a blue badge even though she has MS and her consultant supports the application. Contact: pauline.ward@btinternet.com.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'refused a blue badge'],
      ['SPECIAL_CATEGORY_HEALTH', 'she has MS'],
      ['EMAIL_ADDRESS', 'pauline.ward@btinternet.com'],
    ],
  ),
  tc(
    'co-004',
    A,
    'Resident wrote to all ward councillors saying he is a lifelong Labour Party member and will not vote for the administration again unless the library reopens.',
    [['SPECIAL_CATEGORY_OTHER', 'he is a lifelong Labour Party member']],
  ),
  tc(
    'co-005',
    A,
    'Briefing for the Leader: the European Union funding for the town centre scheme ended in 2023; the Shared Prosperity Fund replaces it.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'co-006',
    A,
    "Councillor casework: the constituent's son was arrested for drug dealing near the school and the family want help with a housing move because of threats.",
    [['CRIMINAL_OFFENCE', 'arrested for drug dealing']],
  ),
  tc(
    'co-007',
    A,
    'Thank you for your email about the parking scheme on Crescent Road. The consultation closes on 30 November; full details at https://www.examplecouncil.gov.uk/parking/consultation/2025-118.',
    [],
    ['DATE_OF_BIRTH', 'NHS_NUMBER', 'UK_PHONE'],
  ),
  tc(
    'co-008',
    A,
    'Cllr Okoye has declared an interest as a member of the GMB trade union for the item on the waste services pay award.',
    [['SPECIAL_CATEGORY_OTHER', 'member of the GMB trade union']],
  ),
  tc(
    'co-009',
    A,
    'Constituent says her neighbour is harassing her because she is a practising Hindu and has reported it to the police as a hate crime, crime reference 01/123456/25.',
    [
      ['SPECIAL_CATEGORY_OTHER', 'she is a practising Hindu'],
      ['CRIMINAL_OFFENCE', 'hate crime'],
    ],
  ),
  tc(
    'co-010',
    A,
    "The Standards Committee agenda is published; item 5 is the annual review of the Members' Code of Conduct paragraph 7.3.",
    [],
    ['IP_ADDRESS', 'CRIMINAL_OFFENCE'],
  ),
  tc(
    'co-011',
    A,
    'Hi Cllr Dale, the resident you asked about, Ms Ivy Turner, date of birth 09/09/1944, lives alone at 2 Bickley Park Road, BR1 2AT and has had three falls this month. Adult social care will visit.',
    [
      ['DATE_OF_BIRTH', '09/09/1944'],
      ['UK_POSTCODE', 'BR1 2AT'],
      ['SPECIAL_CATEGORY_HEALTH', 'three falls this month'],
    ],
  ),
  tc(
    'co-012',
    A,
    'Please can members note that the Health and Wellbeing Board has moved to 2pm on 19 March in the Council Chamber.',
    [],
    ['SPECIAL_CATEGORY_HEALTH', 'DATE_OF_BIRTH'],
  ),
  tc(
    'co-013',
    A,
    'Casework: Mr Ahmed says the school refused his daughter a place because the family are Muslim. He has asked Cllr Brown to raise it with the Director.',
    [['SPECIAL_CATEGORY_OTHER', 'the family are Muslim']],
  ),
  tc(
    'co-014',
    A,
    'Surgery notes: resident (Mrs Nash, 07700 900947) is in temporary accommodation with her two children after fleeing her violent husband, who is now on bail for assaulting her.',
    [
      ['UK_PHONE', '07700 900947'],
      ['SAFEGUARDING', 'fleeing her violent husband'],
      ['CRIMINAL_OFFENCE', 'on bail for assaulting her'],
    ],
  ),
  tc(
    'co-015',
    A,
    'Member training: Data Protection for councillors, 6pm on 4 February. Covers handling casework containing health and criminal offence data.',
    [],
    ['SPECIAL_CATEGORY_HEALTH', 'CRIMINAL_OFFENCE'],
  ),
  tc(
    'co-016',
    A,
    'I am writing on behalf of my constituent who is gay and was shouted at by a group of teenagers at the bus station. Could community safety look at the CCTV coverage there?',
    [['SPECIAL_CATEGORY_OTHER', 'who is gay']],
  ),
  tc(
    'co-017',
    A,
    'The Green Party amendment to the budget was defeated 34 votes to 12. Minutes will be published on the website.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'co-018',
    A,
    'The liberal use of agency staff in the contact centre is behind the overspend, according to the finance report.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'co-019',
    A,
    'Resident complaint escalated by Cllr Moore: the care home resident, Mr Walsh, NHS number 122 428 4585, was found on the floor with a pressure sore. Family suspect neglect by staff.',
    [
      ['NHS_NUMBER', '122 428 4585'],
      ['SPECIAL_CATEGORY_HEALTH', 'pressure sore'],
      ['SAFEGUARDING', 'suspect neglect by staff'],
    ],
  ),
  tc(
    'co-020',
    A,
    "Members' IT: your new iPad passcode is 739104. Please change it when you first sign in at the members' room.",
    [['CREDENTIAL', 'passcode is 739104']],
  ),
  tc(
    'co-021',
    A,
    'Reminder to members: never share your iPad passcode or your Microsoft 365 password with anyone, including officers.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'co-022',
    A,
    "Cllr Lane's constituent has asked for a call back on +44 (0)20 7946 0112 about the planning enforcement notice at 47 Southborough Lane.",
    [['UK_PHONE', '+44 (0)20 7946 0112']],
  ),
  tc(
    'co-023',
    A,
    'Ward briefing: 11 planning applications, 3 enforcement cases, 2 licensing reviews. Planning ref 25/03412/FULL is the most contentious.',
    [],
    ['UK_PHONE', 'NHS_NUMBER'],
  ),
  tc(
    'co-024',
    A,
    "Member's own declaration: I am a trustee of the local mosque and a member of the Liberal Democrats; I will leave the room for item 6.",
    [
      ['SPECIAL_CATEGORY_OTHER', 'trustee of the local mosque'],
      ['SPECIAL_CATEGORY_OTHER', 'member of the Liberal Democrats'],
    ],
  ),
  tc(
    'co-025',
    A,
    "The resident's son has a criminal record for burglary and the family are worried it will affect his council tenancy application.",
    [['CRIMINAL_OFFENCE', 'criminal record for burglary']],
  ),
  tc(
    'co-026',
    A,
    'Crime and Disorder Act 1998 section 17 duty: the community safety plan goes to scrutiny on Thursday.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co-027',
    A,
    "Thank you for contacting Cllr Reed. Casework is handled by the Members' Support team: members.support@examplecouncil.gov.uk or 020 8464 3333.",
    [
      ['EMAIL_ADDRESS', 'members.support@examplecouncil.gov.uk'],
      ['UK_PHONE', '020 8464 3333'],
    ],
  ),
  tc(
    'co-028',
    A,
    'Constituent asked me to pass on that she is pregnant with twins and her landlord has served a section 21 notice. Please can housing options call her?',
    [['SPECIAL_CATEGORY_HEALTH', 'she is pregnant with twins']],
  ),
];
