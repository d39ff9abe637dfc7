// Hold-out cases written after the category lexicons were first tuned on this corpus: fresh phrasing to measure generalisation.
import { tc, type CorpusCase } from '../types';

export const holdoutCases: readonly CorpusCase[] = [
  tc(
    'hx-001',
    'social-care',
    "Nursery staff noticed a burn mark on the toddler's hand shaped like a cigarette end. Mum could not explain it. Strategy discussion requested for this afternoon.",
    [
      ['SAFEGUARDING', "burn mark on the toddler's hand shaped like a cigarette end"],
      ['SAFEGUARDING', 'Strategy discussion requested'],
    ],
  ),
  tc(
    'hx-002',
    'social-care',
    "The 14-year-old has been staying overnight at an adult male's flat and has been given a new phone and cash. We think she is being groomed.",
    [['SAFEGUARDING', 'she is being groomed']],
  ),
  tc(
    'hx-003',
    'social-care',
    'Grandad told the duty worker that the children are often home alone until late and there is no food in the house.',
    [
      [
        'SAFEGUARDING',
        'children are often home alone until late and there is no food in the house',
      ],
    ],
  ),
  tc(
    'hx-004',
    'social-care',
    'Ms Byrne is on the waiting list for a hip replacement and her osteoarthritis means she can no longer get into the bath.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'waiting list for a hip replacement'],
      ['SPECIAL_CATEGORY_HEALTH', 'her osteoarthritis'],
    ],
  ),
  tc(
    'hx-005',
    'hr',
    'Fit note received for Darren: unfit for work for four weeks due to a hernia operation.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Fit note received for Darren: unfit for work for four weeks due to a hernia operation',
      ],
    ],
  ),
  tc(
    'hx-006',
    'hr',
    'Aaron told his manager in confidence that he is receiving counselling for an eating disorder and may need time off for appointments.',
    [['SPECIAL_CATEGORY_HEALTH', 'receiving counselling for an eating disorder']],
  ),
  tc(
    'hx-007',
    'housing',
    'The tenant has a chronic lung condition and is on long-term oxygen therapy, so the gas safety visit must be done with the supply isolated.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'has a chronic lung condition and is on long-term oxygen therapy',
      ],
    ],
  ),
  tc(
    'hx-008',
    'benefits',
    "Claimant's son was born with spina bifida and she has claimed the disabled child element of Universal Credit.",
    [
      ['SPECIAL_CATEGORY_HEALTH', 'born with spina bifida'],
      ['SPECIAL_CATEGORY_HEALTH', 'disabled child element'],
    ],
  ),
  tc(
    'hx-009',
    'councillor',
    'My constituent has been told by her oncologist that the tumour has spread and she wants to be rehoused near her daughter.',
    [['SPECIAL_CATEGORY_HEALTH', 'the tumour has spread']],
  ),
  tc(
    'hx-010',
    'sen',
    'Educational psychologist notes that Jayden has a stammer and suspected dyspraxia; referral to the community paediatrician made.',
    [['SPECIAL_CATEGORY_HEALTH', 'has a stammer and suspected dyspraxia']],
  ),
  tc(
    'hx-011',
    'hr',
    'Staff wellbeing newsletter: free flu jabs in the atrium on Monday and a lunchtime talk on healthy eating.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hx-012',
    'procurement',
    'The occupational health contract is out to tender; lot 2 covers health surveillance for grounds staff.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hx-013',
    'councillor',
    'The Health Scrutiny Sub-Committee will question the ICB about GP access at its March meeting.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hx-014',
    'hr',
    'Mr Oyelaran asked for Friday afternoons off during Ramadan as he will be fasting and attending the mosque.',
    [['SPECIAL_CATEGORY_OTHER', 'fasting and attending the mosque']],
  ),
  tc(
    'hx-015',
    'social-care',
    'Foster carer preference: the child is Black British of Nigerian heritage and his mother wants him placed with a Yoruba-speaking family.',
    [['SPECIAL_CATEGORY_OTHER', 'Black British of Nigerian heritage']],
  ),
  tc(
    'hx-016',
    'councillor',
    'The resident says he has voted Reform at every election and believes the council is biased against people like him.',
    [['SPECIAL_CATEGORY_OTHER', 'he has voted Reform at every election']],
  ),
  tc(
    'hx-017',
    'hr',
    'Grievance: the employee says colleagues mocked her after she came out as bisexual at the team away day.',
    [['SPECIAL_CATEGORY_OTHER', 'came out as bisexual']],
  ),
  tc(
    'hx-018',
    'hr',
    'The employee asked that his Unison subscriptions are deducted from salary from next month.',
    [['SPECIAL_CATEGORY_OTHER', 'his Unison subscriptions']],
  ),
  tc(
    'hx-019',
    'social-care',
    'Genetic testing confirmed that both boys carry the Duchenne muscular dystrophy gene; the family have been told.',
    [
      ['SPECIAL_CATEGORY_OTHER', 'Genetic testing confirmed'],
      ['SPECIAL_CATEGORY_HEALTH', 'Duchenne muscular dystrophy'],
    ],
  ),
  tc(
    'hx-020',
    'councillor',
    'The Liberal Democrat group leader has asked for a briefing on the parking strategy before the Environment PDS meeting.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hx-021',
    'hr',
    'The staff networks (Race Equality, Disability, Faith and Belief) will each run a stall at the staff conference.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hx-022',
    'housing',
    'The applicant served 18 months in prison for dealing class A drugs and was released in the spring.',
    [['CRIMINAL_OFFENCE', 'served 18 months in prison for dealing class A drugs']],
  ),
  tc(
    'hx-023',
    'hr',
    'Basic disclosure for the caretaker shows no unspent convictions, so he can start on Monday.',
    [['CRIMINAL_OFFENCE', 'no unspent convictions']],
  ),
  tc(
    'hx-024',
    'social-care',
    'Dad pleaded guilty to common assault on mum last week and sentencing is adjourned for reports.',
    [
      ['CRIMINAL_OFFENCE', 'pleaded guilty to common assault'],
      ['CRIMINAL_OFFENCE', 'sentencing is adjourned'],
    ],
  ),
  tc(
    'hx-025',
    'councillor',
    'The resident wrote that his neighbour was fined by the magistrates for fly-tipping and has done it again.',
    [['CRIMINAL_OFFENCE', 'fined by the magistrates for fly-tipping']],
  ),
  tc(
    'hx-026',
    'benefits',
    'The claimant is wearing an electronic tag as part of a community order and cannot attend appointments after 7pm.',
    [['CRIMINAL_OFFENCE', 'electronic tag as part of a community order']],
  ),
  tc(
    'hx-027',
    'councillor',
    'Community safety update: reported burglaries in the ward fell by 12% this quarter according to the Met.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hx-028',
    'hr',
    'The Criminal Finances Act training for the counter-fraud team has been moved to Thursday.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hx-029',
    'procurement',
    'Please keep the tender returns to the panel: the three bids range from £2.1m to £2.9m and we should not reveal who quoted what.',
    [
      ['COMMERCIAL_CONFIDENTIAL', 'the three bids range from £2.1m to £2.9m'],
      ['COMMERCIAL_CONFIDENTIAL', 'should not reveal who quoted what'],
    ],
  ),
  tc(
    'hx-030',
    'procurement',
    "The supplier's unit costs in appendix C are a trade secret and were given to us under a non-disclosure agreement.",
    [
      ['COMMERCIAL_CONFIDENTIAL', "supplier's unit costs"],
      ['COMMERCIAL_CONFIDENTIAL', 'trade secret'],
      ['COMMERCIAL_CONFIDENTIAL', 'non-disclosure agreement'],
    ],
  ),
  tc(
    'hx-031',
    'procurement',
    'The landlord of the depot has offered a rent-free period of nine months if we renew before March; the offer is off the record until heads of terms are signed.',
    [
      ['COMMERCIAL_CONFIDENTIAL', 'offered a rent-free period of nine months'],
      ['COMMERCIAL_CONFIDENTIAL', 'off the record until heads of terms are signed'],
    ],
  ),
  tc(
    'hx-032',
    'procurement',
    'The procurement pipeline for 2026/27 is published on the council website and lists every contract over £100k.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hx-033',
    'hr',
    'Confidential reporting (whistleblowing) policy: staff can raise concerns in confidence with the Monitoring Officer.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hx-034',
    'it-helpdesk',
    'For the kiosk in reception the local admin account is kioskadmin with passcode Recep-4482; it is not on the domain.',
    [['CREDENTIAL', 'passcode Recep-4482']],
  ),
  tc(
    'hx-035',
    'housing',
    'Lockbox at the back door of 22 Elmstead Lane – combination 9031 – for the asbestos surveyor on Wednesday.',
    [['CREDENTIAL', 'combination 9031']],
  ),
  tc(
    'hx-036',
    'it-helpdesk',
    'Sign in to the shared mailbox with the account below:\nuser: planning.enforcement\npwd: Gorse!Hill72',
    [['CREDENTIAL', 'pwd: Gorse!Hill72']],
  ),
  tc(
    'hx-037',
    'it-helpdesk',
    'Remember that passwords must never be written down or shared, even with your manager or the service desk.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hx-038',
    'it-helpdesk',
    'The password expiry reminder emails go out 14 days before the 90-day limit; the text is in the attached template.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hx-039',
    'social-care',
    "Parents both misuse alcohol and mum has been drinking in the mornings; the school has raised concerns about the children's attendance and hygiene.",
    [
      ['SPECIAL_CATEGORY_HEALTH', 'both misuse alcohol'],
      ['SPECIAL_CATEGORY_HEALTH', 'drinking in the mornings'],
      ['SAFEGUARDING', "concerns about the children's attendance and hygiene"],
    ],
  ),
  tc(
    'hx-040',
    'social-care',
    'Older adult is being pressured by her nephew to sign over her house and is frightened of him. She has early-stage dementia.',
    [
      ['SAFEGUARDING', 'pressured by her nephew to sign over her house and is frightened of him'],
      ['SPECIAL_CATEGORY_HEALTH', 'early-stage dementia'],
    ],
  ),
  tc(
    'hx-041',
    'sen',
    'The Year 8 pupil came to school with a black eye and said her stepmother pushed her down the stairs.',
    [
      [
        'SAFEGUARDING',
        'came to school with a black eye and said her stepmother pushed her down the stairs',
      ],
    ],
  ),
  tc(
    'hx-042',
    'social-care',
    'The Local Safeguarding Children Partnership has published its threshold document; please share it with partner agencies.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'hx-043',
    'housing',
    'Please book the safeguarding refresher for the new repairs operatives; it is a one-hour online module.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'hx-044',
    'councillor',
    'Residents in the flats say a man is running a brothel from number 14 and girls who look underage are coming and going.',
    [
      ['CRIMINAL_OFFENCE', 'running a brothel'],
      ['SAFEGUARDING', 'girls who look underage are coming and going'],
    ],
  ),
  tc(
    'hx-045',
    'hr',
    'The investigation found that the manager had been bullying two junior staff; he has been dismissed for gross misconduct.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
];
