// Children's and adults' social care mail: case notes, referrals, strategy meetings, and their hard negatives.
import { tc, type CorpusCase } from '../types';

const A = 'social-care' as const;

export const socialCareCases: readonly CorpusCase[] = [
  tc(
    'sc-001',
    A,
    'Hi Priya, following the strategy discussion this morning the threshold for a Section 47 enquiry is met for both children. Mum disclosed that her partner hit the eldest with a belt on Saturday. Can you allocate today please? Thanks, Dom',
    [
      ['SAFEGUARDING', 'Section 47 enquiry'],
      ['SAFEGUARDING', 'disclosed that her partner hit the eldest with a belt'],
    ],
  ),
  tc(
    'sc-002',
    A,
    'Referral received from school: Kayden (Year 4) has unexplained bruising to his upper arm and told his teacher he is scared to go home. NHS number 636 966 1872. Please treat as urgent.',
    [
      ['SAFEGUARDING', 'unexplained bruising'],
      ['SAFEGUARDING', 'scared to go home'],
      ['NHS_NUMBER', '636 966 1872'],
    ],
  ),
  tc(
    'sc-003',
    A,
    'Case note 14:20 – home visit to Mrs Adeyemi. She has advanced dementia and her son is managing her finances; neighbours report he has been taking her pension. Raising a safeguarding concern for financial abuse.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'has advanced dementia'],
      ['SAFEGUARDING', 'he has been taking her pension'],
      ['SAFEGUARDING', 'safeguarding concern for financial abuse'],
    ],
  ),
  tc(
    'sc-004',
    A,
    'Please find attached the minutes from the Child Protection Conference. Both children will remain subject to a child protection plan under the category of neglect. Next review conference in three months.',
    [
      ['SAFEGUARDING', 'Child Protection Conference'],
      ['SAFEGUARDING', 'child protection plan under the category of neglect'],
    ],
  ),
  tc(
    'sc-005',
    A,
    'Dad was released from HMP Belmarsh last month after serving a sentence for grievous bodily harm and is subject to MAPPA level 2. He is asking for unsupervised contact.',
    [
      ['CRIMINAL_OFFENCE', 'released from HMP Belmarsh'],
      ['CRIMINAL_OFFENCE', 'sentence for grievous bodily harm'],
      ['CRIMINAL_OFFENCE', 'MAPPA level 2'],
      ['SAFEGUARDING', 'asking for unsupervised contact'],
    ],
  ),
  tc(
    'sc-006',
    A,
    'Mr Okafor (DOB 14/02/1948, NHS no 8737152270) was discharged from the Princess Royal yesterday. He is insulin-dependent diabetic and needs two carers for the morning call.',
    [
      ['DATE_OF_BIRTH', '14/02/1948'],
      ['NHS_NUMBER', '8737152270'],
      ['SPECIAL_CATEGORY_HEALTH', 'insulin-dependent diabetic'],
    ],
  ),
  tc(
    'sc-007',
    A,
    'Young person is a looked after child placed with foster carers out of borough. She self-harmed again over the weekend and CAMHS have offered an appointment on Thursday.',
    [
      ['SAFEGUARDING', 'looked after child'],
      ['SPECIAL_CATEGORY_HEALTH', 'self-harmed'],
      ['SPECIAL_CATEGORY_HEALTH', 'CAMHS have offered an appointment'],
    ],
  ),
  tc(
    'sc-008',
    A,
    'MASH referral: mother presented at A&E with facial injuries and disclosed domestic abuse by her ex-partner. Two children in the household, aged 3 and 6. The DASH risk assessment scored 17 (high risk) so it will go to MARAC.',
    [
      ['SAFEGUARDING', 'MASH referral'],
      ['SAFEGUARDING', 'disclosed domestic abuse'],
      ['SAFEGUARDING', 'MARAC'],
    ],
  ),
  tc(
    'sc-009',
    A,
    'Reminder: safeguarding training for all new starters takes place on 14 January in Committee Room 2. Please book through the learning portal.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc-010',
    A,
    'The Safeguarding Adults Board annual report has been published on the website. The Board meets quarterly; the next meeting is on 3 March 2026.',
    [],
    ['SAFEGUARDING', 'DATE_OF_BIRTH'],
  ),
  tc(
    'sc-011',
    A,
    'Team, the health and safety walk-round of the Civic Centre is on Tuesday. Please clear the fire exits on the 3rd floor before then.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'sc-012',
    A,
    'Could someone update the child protection procedures page on the intranet? The link to the 2023 version of Working Together is broken.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc-013',
    A,
    "Carer assessment completed for Mrs Jean Hollis, date of birth 3 March 1939, who cares for her husband. He has Parkinson's disease and had a fall at home last week. Home address: 27 Orchard Way, Petts Wood, BR5 1DQ.",
    [
      ['DATE_OF_BIRTH', '3 March 1939'],
      ['SPECIAL_CATEGORY_HEALTH', "has Parkinson's disease"],
      ['UK_POSTCODE', 'BR5 1DQ'],
    ],
  ),
  tc(
    'sc-014',
    A,
    'Hi Sam, the DBS check for the new foster carer came back clear, so the panel can go ahead on the 19th.',
    [['CRIMINAL_OFFENCE', 'DBS check for the new foster carer came back clear']],
  ),
  tc(
    'sc-015',
    A,
    'Our DBS team will run a drop-in on how to complete the online application form. No booking needed.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'sc-016',
    A,
    'Adult has a learning disability and lives in supported accommodation. Staff are concerned she is being sexually exploited by a man who visits in the evenings. Police are aware.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'has a learning disability'],
      ['SAFEGUARDING', 'being sexually exploited'],
    ],
  ),
  tc(
    'sc-017',
    A,
    'Section 17 child in need assessment has been closed with no further action. Family signposted to the Early Help hub.',
    [['SAFEGUARDING', 'child in need assessment']],
  ),
  tc(
    'sc-018',
    A,
    'Please note our Early Help hub moves to Bromley Central Library from Monday. Opening hours are unchanged.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc-019',
    A,
    'Mum is 28 weeks pregnant and misses antenatal appointments. Her GP says she is being treated for postnatal depression from her last baby. Health visitor to be informed.',
    [
      ['SPECIAL_CATEGORY_HEALTH', '28 weeks pregnant'],
      ['SPECIAL_CATEGORY_HEALTH', 'being treated for postnatal depression'],
    ],
  ),
  tc(
    'sc-020',
    A,
    "Please can the duty team ring Mrs Khan back on 07700 900123 about her son's respite care? She says he has autism and the current provider cannot manage his needs.",
    [
      ['UK_PHONE', '07700 900123'],
      ['SPECIAL_CATEGORY_HEALTH', 'he has autism'],
    ],
  ),
  tc(
    'sc-021',
    A,
    'Deprivation of Liberty Safeguards authorisation granted for Mr Ellis at Fairview Care Home. He lacks capacity to decide where he lives due to vascular dementia.',
    [
      ['SAFEGUARDING', 'Deprivation of Liberty Safeguards authorisation'],
      ['SPECIAL_CATEGORY_HEALTH', 'lacks capacity'],
      ['SPECIAL_CATEGORY_HEALTH', 'vascular dementia'],
    ],
  ),
  tc(
    'sc-022',
    A,
    'The Mental Health Awareness Week stall will be in the atrium on Wednesday. Volunteers welcome, cakes even more so.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'sc-023',
    A,
    'Leaving care worker update: Jordan has been remanded in custody after being charged with robbery. Court date is next Friday at Bromley Magistrates.',
    [
      ['CRIMINAL_OFFENCE', 'remanded in custody'],
      ['CRIMINAL_OFFENCE', 'charged with robbery'],
    ],
  ),
  tc(
    'sc-024',
    A,
    'Case discussion: there are concerns about child sexual exploitation. The girl (15) has been seen getting into cars with older men near the station and has gone missing three times this month.',
    [
      ['SAFEGUARDING', 'child sexual exploitation'],
      ['SAFEGUARDING', 'gone missing three times'],
    ],
  ),
  tc(
    'sc-025',
    A,
    'Hello, I am chasing the invoice for the Safeguarding Partnership conference venue hire, PO 4500218893. Payment terms are 30 days.',
    [],
    ['SAFEGUARDING', 'NHS_NUMBER'],
  ),
  tc(
    'sc-026',
    A,
    'Mr Green was sectioned under the Mental Health Act (section 2) on Tuesday night and is now at the Green Parks House unit. His daughter has asked us to pause the care package.',
    [['SPECIAL_CATEGORY_HEALTH', 'sectioned under the Mental Health Act']],
  ),
  tc(
    'sc-027',
    A,
    'Referral from the Probation Service: client is on licence following a conviction for arson and is not allowed to live with children under 18.',
    [['CRIMINAL_OFFENCE', 'on licence following a conviction for arson']],
  ),
  tc(
    'sc-028',
    A,
    'Fostering panel papers: the applicants are practising Catholics and would like a child placed with them to attend Mass. The female applicant is registered blind.',
    [
      ['SPECIAL_CATEGORY_OTHER', 'practising Catholics'],
      ['SPECIAL_CATEGORY_HEALTH', 'registered blind'],
    ],
  ),
  tc(
    'sc-029',
    A,
    'Hi, the Environmental Health officer inspected the kitchen at the day centre and it got a five-star food hygiene rating. Well done all.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'sc-030',
    A,
    'CIN visit notes: dad drinks heavily and there were empty vodka bottles everywhere. The baby was left unsupervised in the bath. This is neglect and I am escalating to my manager.',
    [
      ['SAFEGUARDING', 'CIN visit'],
      ['SPECIAL_CATEGORY_HEALTH', 'drinks heavily'],
      ['SAFEGUARDING', 'left unsupervised in the bath'],
      ['SAFEGUARDING', 'This is neglect'],
    ],
  ),
  tc(
    'sc-031',
    A,
    'The Pride network are looking for volunteers for the stall. Everyone welcome, not just LGBTQ+ colleagues.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sc-032',
    A,
    'Young person told her social worker she is gay and her father has threatened to throw her out because of her sexuality. Placement request for emergency accommodation tonight.',
    [
      ['SPECIAL_CATEGORY_OTHER', 'she is gay'],
      ['SPECIAL_CATEGORY_OTHER', 'because of her sexuality'],
      ['SAFEGUARDING', 'threatened to throw her out'],
    ],
  ),
  tc(
    'sc-033',
    A,
    'Hospital discharge list for the weekend:\n- Bed 4: NHS 881 473 2396, hip fracture, package of care restarting Monday\n- Bed 9: NHS 844 811 3357, COPD, needs oxygen at home\n- Bed 12: NHS 947 248 8358, stroke, reablement referral sent',
    [
      ['NHS_NUMBER', '881 473 2396'],
      ['SPECIAL_CATEGORY_HEALTH', 'hip fracture'],
      ['NHS_NUMBER', '844 811 3357'],
      ['SPECIAL_CATEGORY_HEALTH', 'COPD'],
      ['NHS_NUMBER', '947 248 8358'],
      ['SPECIAL_CATEGORY_HEALTH', 'stroke'],
    ],
  ),
  tc(
    'sc-034',
    A,
    'Our fostering recruitment evening is on Thursday 22 January at 6pm. Anyone over 21 with a spare room can apply to foster.',
    [],
    ['SAFEGUARDING', 'DATE_OF_BIRTH'],
  ),
  tc(
    'sc-035',
    A,
    "Child's details for the placement request: Leo Marsh, DOB: 02/09/2016, NHS number 871 506 3623, currently living at 4 Cherry Tree Walk, Orpington BR6 9QF. Subject to an interim care order.",
    [
      ['DATE_OF_BIRTH', '02/09/2016'],
      ['NHS_NUMBER', '871 506 3623'],
      ['UK_POSTCODE', 'BR6 9QF'],
      ['SAFEGUARDING', 'interim care order'],
    ],
  ),
  tc(
    'sc-036',
    A,
    'Please see the new domestic abuse awareness e-learning module on the LMS. It takes about 40 minutes and is mandatory for front-door staff.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc-037',
    A,
    'Mrs Patel has asked that only female carers visit because of her religious beliefs as a Sikh. She is also HIV positive, which the agency manager knows about.',
    [
      ['SPECIAL_CATEGORY_OTHER', 'religious beliefs as a Sikh'],
      ['SPECIAL_CATEGORY_HEALTH', 'HIV positive'],
    ],
  ),
  tc(
    'sc-038',
    A,
    'Visit rescheduled to 11:30 on 04/12/2025 because the interpreter was not available. No other changes.',
    [],
    ['DATE_OF_BIRTH', 'UK_PHONE'],
  ),
  tc(
    'sc-039',
    A,
    "Reablement team – morning. Mr Dunn (born 12 June 1954) had a second fall and is now using a walking frame. OT to assess bathroom. Daughter's mobile is 07700 900456.",
    [
      ['DATE_OF_BIRTH', '12 June 1954'],
      ['SPECIAL_CATEGORY_HEALTH', 'had a second fall'],
      ['UK_PHONE', '07700 900456'],
    ],
  ),
  tc(
    'sc-040',
    A,
    'Strategy meeting agreed: the allegation against the residential worker meets the LADO threshold. He has been suspended pending a police investigation into assault of a resident.',
    [
      ['SAFEGUARDING', 'allegation against the residential worker meets the LADO threshold'],
      ['CRIMINAL_OFFENCE', 'police investigation into assault'],
    ],
  ),
];
