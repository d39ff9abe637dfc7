// Fresh round-nine sets: health, criminal offence and commercial wording written blind by three helpers before the round-nine changes they guided (see docs/heldout-evaluation.md).
import { tc, type CorpusCase } from '../types';

// Each set was written by a helper who read neither the detectors, the tests nor round eight. Each
// positive labelled one sentence; where a finding was another true statement of the same case in a
// second sentence, it was labelled too after review.

/** Round nine: 30 health positives and 20 hard negatives. */
export const freshNinthHealth: readonly CorpusCase[] = [
  tc(
    'he9-01',
    'hr',
    "Hi Priya, heads-up that Declan won't be back this week. GP has signed him off for 4 wks with work-related stress and anxiety, fit note is in the shared folder. Can you cover Thursday's rota meeting?",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'GP has signed him off for 4 wks with work-related stress and anxiety, fit note is in the shared folder.',
      ],
    ],
  ),
  tc(
    'he9-02',
    'hr',
    "Quick update on Gareth Ellison in Revenues. He had his lower back surgery on the 3rd and the consultant wants him off for eight weeks minimum, with no lifting for a while after that. I've logged it on iTrent as planned absence.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'He had his lower back surgery on the 3rd and the consultant wants him off for eight weeks minimum, with no lifting for a while after that.',
      ],
    ],
  ),
  tc(
    'he9-03',
    'hr',
    'OH ref for Aisha Rahman attached. Long covid since Jan, fatigue + brain fog, 3 episodes of absence this yr. Pls ask about a phased RTW and whether the Equality Act is likely to apply.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Long covid since Jan, fatigue + brain fog, 3 episodes of absence this yr.',
      ],
    ],
  ),
  tc(
    'he9-04',
    'hr',
    'Dear Helen,\nThank you for meeting with me yesterday. As discussed, Siobhan has told us she is experiencing menopause symptoms, mainly night sweats and poor sleep, which are affecting her concentration on early shifts. We agreed to trial a later start time for three months and review in September.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'As discussed, Siobhan has told us she is experiencing menopause symptoms, mainly night sweats and poor sleep, which are affecting her concentration on early shifts.',
      ],
    ],
  ),
  tc(
    'he9-05',
    'hr',
    "Tomasz has asked me to let the team know he starts chemotherapy for bowel cancer next Tuesday. He'd rather people didn't quiz him about it but is happy to get the odd message. Cards can go in my pigeonhole.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Tomasz has asked me to let the team know he starts chemotherapy for bowel cancer next Tuesday.',
      ],
    ],
  ),
  tc(
    'he9-06',
    'hr',
    'RTW meeting notes - Winston Clarke, Highways. Winston had a minor stroke in March and still has some weakness in his left hand, so site inspections are off the table for now. Agreed 3 days/week office-based for the first month, OH review at week 4.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Winston had a minor stroke in March and still has some weakness in his left hand, so site inspections are off the table for now.',
      ],
    ],
  ),
  tc(
    'he9-07',
    'it-helpdesk',
    "Hi IT, could we get Read&Write installed on Charlotte Nwosu's laptop please? She's dyslexic and her reasonable adjustments plan says she needs text-to-speech for long reports. Cost code is on the form.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "She's dyslexic and her reasonable adjustments plan says she needs text-to-speech for long reports.",
      ],
    ],
  ),
  tc(
    'he9-08',
    'hr',
    'Ahead of the induction on Monday, please note that our new planning officer, Euan Fraser, has significant hearing loss in both ears and lip-reads. Could presenters face the room and switch on live captions in Teams?',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Ahead of the induction on Monday, please note that our new planning officer, Euan Fraser, has significant hearing loss in both ears and lip-reads.',
      ],
    ],
  ),
  tc(
    'he9-09',
    'hr',
    "Manager's note: Farah has epilepsy which is well controlled, but she shouldn't be put on lone working in the depot or asked to drive pool cars. Her plan is kept in the locked drawer and the first aiders on site have read it.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Manager's note: Farah has epilepsy which is well controlled, but she shouldn't be put on lone working in the depot or asked to drive pool cars.",
      ],
    ],
  ),
  tc(
    'he9-10',
    'finance',
    'Hi Rhys,\nBethan in Payroll has type 1 diabetes and needs to be able to test and eat at her desk, including in the secure room. Could you sign off an exception to the no-food rule for her?\nThanks, Nia',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Bethan in Payroll has type 1 diabetes and needs to be able to test and eat at her desk, including in the secure room.',
      ],
    ],
  ),
  tc(
    'he9-11',
    'housing',
    "Medical priority assessment: Mrs Okafor has severe COPD and is on home oxygen, and the second-floor flat with no lift means she hasn't left the property since November. Recommend Band A on medical grounds.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Medical priority assessment: Mrs Okafor has severe COPD and is on home oxygen, and the second-floor flat with no lift means she hasn't left the property since November.",
      ],
    ],
  ),
  tc(
    'he9-12',
    'housing',
    "Hello, I'm writing on behalf of my brother Kamal, who has used a wheelchair full time since his spinal injury. The only bathroom in his flat is upstairs so he's having to wash at the kitchen sink. Please can his housing application be looked at again.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Hello, I'm writing on behalf of my brother Kamal, who has used a wheelchair full time since his spinal injury.",
      ],
    ],
  ),
  tc(
    'he9-13',
    'housing',
    "Our son Leo is seven and his asthma has got so bad with the damp in his bedroom that he's been admitted to the Royal twice since October. The black mould keeps coming back no matter how much we bleach it. We need to be moved please.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Our son Leo is seven and his asthma has got so bad with the damp in his bedroom that he's been admitted to the Royal twice since October.",
      ],
    ],
  ),
  tc(
    'he9-14',
    'benefits',
    "PIP reconsideration - Mr Doherty says the assessor didn't record that he can't walk more than 20 metres because of his osteoarthritis and heart failure. He's asked us to help with the mandatory reconsideration letter.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "PIP reconsideration - Mr Doherty says the assessor didn't record that he can't walk more than 20 metres because of his osteoarthritis and heart failure.",
      ],
    ],
  ),
  tc(
    'he9-15',
    'benefits',
    "Can we hold off on the overpayment recovery letter for Ms Adeyemi for now. Her support worker rang to say she was sectioned last week during a manic episode of her bipolar disorder and won't be able to deal with post until she's discharged. I've put a note on the claim.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Her support worker rang to say she was sectioned last week during a manic episode of her bipolar disorder and won't be able to deal with post until she's discharged.",
      ],
    ],
  ),
  tc(
    'he9-16',
    'sen',
    "Dear Mr and Mrs Kowalski,\nThank you for sending the report from the community paediatrician confirming Jakub's diagnosis of autism spectrum condition. We will include it as evidence in the EHC needs assessment and share it with the school's SENCo.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Thank you for sending the report from the community paediatrician confirming Jakub's diagnosis of autism spectrum condition.",
      ],
    ],
  ),
  tc(
    'he9-17',
    'sen',
    'FYI - Ruby (Y8) started on methylphenidate for her ADHD over half-term, mum says her appetite is poor at lunch. Can the TA keep an eye and log anything unusual.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'FYI - Ruby (Y8) started on methylphenidate for her ADHD over half-term, mum says her appetite is poor at lunch.',
      ],
    ],
  ),
  tc(
    'he9-18',
    'sen',
    'Osman (Y4) - dx of sensory processing disorder confirmed by OT, so section B of the EHCP needs updating: hypersensitive to noise and fluorescent lighting, shuts down completely in the dinner hall. Ear defenders and a low-stimulus workstation recommended.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Osman (Y4) - dx of sensory processing disorder confirmed by OT, so section B of the EHCP needs updating: hypersensitive to noise and fluorescent lighting, shuts down completely in the dinner hall.',
      ],
    ],
  ),
  tc(
    'he9-19',
    'social-care',
    "Visited Mr Pritchard at home today. His dementia has progressed noticeably since the last review; he didn't recognise his daughter and is repeating questions every few minutes. Will raise at Thursday's allocation meeting re increasing the package.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "His dementia has progressed noticeably since the last review; he didn't recognise his daughter and is repeating questions every few minutes.",
      ],
    ],
  ),
  tc(
    'he9-20',
    'social-care',
    "Just to let you know that Edna Whitfield had a fall at home on Saturday night and fractured her hip, and she's now on ward 12 waiting for surgery. Her homecare calls should be suspended until further notice.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Just to let you know that Edna Whitfield had a fall at home on Saturday night and fractured her hip, and she's now on ward 12 waiting for surgery.",
      ],
    ],
  ),
  tc(
    'he9-21',
    'social-care',
    'Carers say the district nurses are coming in twice daily to give Mr Ahmed his insulin, but nobody has told them the lunch call has moved to 1pm. Can you chase the DN team before Monday?',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Carers say the district nurses are coming in twice daily to give Mr Ahmed his insulin, but nobody has told them the lunch call has moved to 1pm.',
      ],
    ],
  ),
  tc(
    'he9-22',
    'councillor',
    "Cllr Baxter - Mrs Jarvis rang again about her son Ashley. He's in MH crisis, was assessed at A&E on Sunday night and sent home because there were no beds in the county. She'd like you to write to the trust's chief exec, draft letter attached.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "He's in MH crisis, was assessed at A&E on Sunday night and sent home because there were no beds in the county.",
      ],
    ],
  ),
  tc(
    'he9-23',
    'hr',
    "Hi Sam,\nI wanted to let you know formally that I'm pregnant, due at the end of October. I'll get the MATB1 to you once the midwife issues it. Could we meet to talk about the risk assessment for depot visits?\nThanks, Marisol",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "I wanted to let you know formally that I'm pregnant, due at the end of October.",
      ],
    ],
  ),
  tc(
    'he9-24',
    'hr',
    "Amira's 20-week scan is on Wednesday afternoon so she'll be out from 1. It's paid time off for antenatal appointments, so no need for her to book leave.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Amira's 20-week scan is on Wednesday afternoon so she'll be out from 1.",
      ],
      ['SPECIAL_CATEGORY_HEALTH', 'antenatal appointments'],
    ],
  ),
  tc(
    'he9-25',
    'hr',
    "Strictly between us - Patrick Byrne has disclosed that he is alcohol dependent and has self-referred to the community alcohol service. He's asked for his Tuesday start time to move to 10am so he can attend group sessions.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Strictly between us - Patrick Byrne has disclosed that he is alcohol dependent and has self-referred to the community alcohol service.',
      ],
    ],
  ),
  tc(
    'he9-26',
    'social-care',
    'Keeley is now on a stable methadone script through the drug and alcohol service and picks up daily from the chemist on Market Street. Her keyworker says engagement has been good for eight weeks now.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Keeley is now on a stable methadone script through the drug and alcohol service and picks up daily from the chemist on Market Street.',
      ],
    ],
  ),
  tc(
    'he9-27',
    'finance',
    "Can someone come and sit with Dev for a bit, his sugar levels have dropped and he's gone all shaky. There are jelly babies in his top drawer.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Can someone come and sit with Dev for a bit, his sugar levels have dropped and he's gone all shaky.",
      ],
    ],
  ),
  tc(
    'he9-28',
    'hr',
    'Occupational Health have now reported on Graham Siddiqui. In their view he is fit for work with adjustments: his carpal tunnel syndrome means he should not do more than two hours of continuous keyboard work, and voice recognition software is recommended. I will arrange a meeting to go through the report with him.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'In their view he is fit for work with adjustments: his carpal tunnel syndrome means he should not do more than two hours of continuous keyboard work, and voice recognition software is recommended.',
      ],
    ],
  ),
  tc(
    'he9-29',
    'hr',
    "Lewis rang in at 7.40, he's got a migraine with aura and can't look at a screen, so won't be in today. That's his fourth this month so I'll book a welfare chat when he's back.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Lewis rang in at 7.40, he's got a migraine with aura and can't look at a screen, so won't be in today.",
      ],
    ],
  ),
  tc(
    'he9-30',
    'procurement',
    'Supplier contact update: Gwen Harris is on sick leave after a heart attack, so please direct all queries on the framework to her deputy, Ollie Price, until further notice. The call-off schedule is unchanged.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Supplier contact update: Gwen Harris is on sick leave after a heart attack, so please direct all queries on the framework to her deputy, Ollie Price, until further notice.',
      ],
    ],
  ),
  tc(
    'he9-n01',
    'housing',
    'Reminder to all caretakers: the updated health and safety policy for communal areas is now on the intranet. Please read section 4 on ladder use before the next block inspection.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n02',
    'councillor',
    'Environmental Health carried out a food hygiene inspection at the Riverside cafe on Tuesday and awarded it a rating of 4. The operator has been asked to improve the labelling in the walk-in fridge.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n03',
    'finance',
    'The public health grant allocation for next year is 2.1% higher than this year. We will need the revised budget lines for drug and alcohol services and the NHS Health Check programme by the end of the month.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n04',
    'hr',
    'Mental Health Awareness Week starts on Monday and the wellbeing team are running drop-in sessions in the atrium every lunchtime. There will also be a talk on managing stress on Wednesday, all staff welcome.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n05',
    'councillor',
    'The agenda for the Health and Wellbeing Board on 14 March is now published. Items include the joint strategic needs assessment refresh and an update on the Better Care Fund.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n06',
    'procurement',
    'The tender for the occupational health services contract closes at noon on Friday. Bidders must show they can deliver management referrals, health surveillance and an employee assistance line across all council sites.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n07',
    'hr',
    'There are still four places left on the three-day First Aid at Work course in May. It covers CPR, using a defibrillator, and dealing with seizures, burns and suspected fractures.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n08',
    'hr',
    'Free flu jabs for all staff will be available in Committee Room 2 on Tuesday and Wednesday from 9.30 until 3.30. No appointment needed, just bring your staff badge.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n09',
    'hr',
    'Sickness absence across the directorate averaged 9.2 days per FTE last year, against a target of 8. Musculoskeletal problems and stress remain the two most common reasons recorded.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n10',
    'councillor',
    'The ward surgery has moved to Oakfield Community Centre, which is wheelchair accessible and has a hearing loop. Parking is available at the rear.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n11',
    'it-helpdesk',
    "Honestly I'm sick of this printer, it's jammed three times this morning and now it's showing error E-204. Can someone from IT come and look at it before I throw it out of the window?",
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n12',
    'finance',
    'The small grants scheme is in poor health: only six applications this round and two of those were ineligible. We should rethink how we promote it before the autumn round.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n13',
    'social-care',
    'We are recruiting a Mental Health Social Worker (AMHP desirable) to join our community team. You will carry out Care Act assessments and work alongside NHS colleagues in the crisis and home treatment service.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n14',
    'social-care',
    'The new leaflet on dementia-friendly libraries is back from the printers. It explains our memory cafes, large-print collections and the reminiscence boxes available to borrow.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n15',
    'housing',
    "Damp and mould can affect anyone's health, particularly people with breathing problems. Tenants who notice mould should report it through the repairs line so we can inspect within ten working days.",
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n16',
    'benefits',
    'PIP is a benefit for people with a long-term physical or mental health condition or disability. Our welfare rights team can help residents complete the PIP2 form.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n17',
    'sen',
    'The SEND Local Offer has been updated with a new section on ADHD and autism assessment pathways and typical waiting times. Please share the link with parents who ask.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n18',
    'it-helpdesk',
    'The virus that hit the finance share has been contained and the infected machines have been reimaged. Server health checks are all green this morning.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n19',
    'hr',
    'The revised managing attendance policy says a return-to-work interview should take place after every period of sickness absence, and an OH referral should be considered after 20 days.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'he9-n20',
    'procurement',
    'Lot 3 of the framework covers the supply of hoists, pressure-relieving mattresses and bathing aids for the community equipment service. Suppliers must hold ISO 13485 certification.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
];

/** Round nine: 30 criminal offence positives and 20 hard negatives. */
export const freshNinthCriminal: readonly CorpusCase[] = [
  tc(
    'co9-01',
    'housing',
    "Hi Priya, quick update on 14 Falcon Court. Police executed a drugs warrant at the flat on Tuesday and Mr Daniel Okafor was arrested on suspicion of possession with intent to supply class A. I'll start drafting the notice seeking possession once the neighbourhood team send their disclosure.",
    [
      [
        'CRIMINAL_OFFENCE',
        'Police executed a drugs warrant at the flat on Tuesday and Mr Daniel Okafor was arrested on suspicion of possession with intent to supply class A.',
      ],
    ],
  ),
  tc(
    'co9-02',
    'housing',
    'Morning all. Kerry-Ann Mitchell was picked up on Saturday night for breaching the ASB injunction with power of arrest and is back before the county court on Thursday. Can someone from the tenancy team attend to give evidence?',
    [
      [
        'CRIMINAL_OFFENCE',
        'Kerry-Ann Mitchell was picked up on Saturday night for breaching the ASB injunction with power of arrest and is back before the county court on Thursday.',
      ],
    ],
  ),
  tc(
    'co9-03',
    'housing',
    "Dear Councillor Hughes, thank you for chasing this. Following Mr Liam Fairweather's conviction last month for cultivating cannabis at the property, the magistrates granted a three-month closure order on 22 Orchard Row. We will be boarding up the flat on Monday.",
    [
      [
        'CRIMINAL_OFFENCE',
        "Following Mr Liam Fairweather's conviction last month for cultivating cannabis at the property, the magistrates granted a three-month closure order on 22 Orchard Row.",
      ],
    ],
  ),
  tc(
    'co9-04',
    'hr',
    'Hi Tom, the enhanced DBS for the new casual care assistant has come back. It shows a caution for theft from an employer in 2019 against Shannon Pryce, so we need a risk assessment meeting before she can start. Can you book the panel for next week?',
    [
      [
        'CRIMINAL_OFFENCE',
        'It shows a caution for theft from an employer in 2019 against Shannon Pryce, so we need a risk assessment meeting before she can start.',
      ],
    ],
  ),
  tc(
    'co9-05',
    'hr',
    'Strictly confidential. Gareth Lloyd from the fleet team has told me he was charged with drink driving over the weekend and is due at Cardiff Magistrates on the 14th. As his role involves driving the pool van, I have moved him to office duties for now.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Gareth Lloyd from the fleet team has told me he was charged with drink driving over the weekend and is due at Cardiff Magistrates on the 14th.',
      ],
    ],
  ),
  tc(
    'co9-06',
    'hr',
    'Please treat this as restricted. Anjali Desai, Payroll Officer, has been suspended on full pay pending the outcome of a police investigation into alleged fraud involving her overtime claims. Please do not discuss this with colleagues.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Anjali Desai, Payroll Officer, has been suspended on full pay pending the outcome of a police investigation into alleged fraud involving her overtime claims.',
      ],
    ],
  ),
  tc(
    'co9-07',
    'councillor',
    "Licensing sub-committee, item 3. Hackney carriage driver Mohammed Rafiq was convicted at Bradford Magistrates' Court on 3 March of assault by beating a passenger and received a 12-month community order. Members are asked to decide whether he remains a fit and proper person to hold a licence.",
    [
      [
        'CRIMINAL_OFFENCE',
        "Hackney carriage driver Mohammed Rafiq was convicted at Bradford Magistrates' Court on 3 March of assault by beating a passenger and received a 12-month community order.",
      ],
    ],
  ),
  tc(
    'co9-08',
    'councillor',
    'Adding this to the review hearing bundle for The Crown. The premises licence holder, Mr Stuart Beaumont, pleaded guilty last week to two counts of selling alcohol to a child and was fined £2,400. Trading standards will send the test purchase statements separately.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The premises licence holder, Mr Stuart Beaumont, pleaded guilty last week to two counts of selling alcohol to a child and was fined £2,400.',
      ],
    ],
  ),
  tc(
    'co9-09',
    'benefits',
    'Case closed on our side. Ms Donna Whitfield was prosecuted for failing to declare her partner living at the address and got eight weeks suspended for 12 months, plus 150 hours unpaid work. The overpayment of £11,340 will be recovered through deductions.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Ms Donna Whitfield was prosecuted for failing to declare her partner living at the address and got eight weeks suspended for 12 months, plus 150 hours unpaid work.',
      ],
    ],
  ),
  tc(
    'co9-10',
    'social-care',
    'Hi both, just updating ahead of the panel. Kai Brennan, who is 15, was given a nine-month referral order at youth court on Friday for the criminal damage at the bus station. The YOT worker will contact school about reparation sessions.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Kai Brennan, who is 15, was given a nine-month referral order at youth court on Friday for the criminal damage at the bus station.',
      ],
    ],
  ),
  tc(
    'co9-11',
    'social-care',
    "Strategy discussion notes attached. Police have confirmed that the children's father, Mr Craig Holloway, is on the sex offenders register and subject to a Sexual Harm Prevention Order. Contact must stay supervised at the family centre until the assessment is complete.",
    [
      [
        'CRIMINAL_OFFENCE',
        "Police have confirmed that the children's father, Mr Craig Holloway, is on the sex offenders register and subject to a Sexual Harm Prevention Order.",
      ],
    ],
  ),
  tc(
    'co9-12',
    'social-care',
    "Update from the duty line. Ms Ellis's partner, Jordan Pike, has been bailed to 2 May with conditions not to contact her or attend the address on Thornbury Road. Please make sure the school knows in case he turns up at pick-up.",
    [
      [
        'CRIMINAL_OFFENCE',
        "Ms Ellis's partner, Jordan Pike, has been bailed to 2 May with conditions not to contact her or attend the address on Thornbury Road.",
      ],
    ],
  ),
  tc(
    'co9-13',
    'councillor',
    "Dear Councillor Adeyemi, I hope you can help me. My son Reece Taylor was remanded in custody at HMP Pentonville on Monday after being charged with robbery. I'm desperate to know whether the council will keep his room on our tenancy while he is inside.",
    [
      [
        'CRIMINAL_OFFENCE',
        'My son Reece Taylor was remanded in custody at HMP Pentonville on Monday after being charged with robbery.',
      ],
    ],
  ),
  tc(
    'co9-14',
    'finance',
    "Good result on Operation Kestrel. Market trader Paul Mercer was found guilty at Teesside Crown Court yesterday of 14 offences under the Trade Marks Act for selling counterfeit football shirts and trainers. We'll now apply for a confiscation order so the costs can be recovered.",
    [
      [
        'CRIMINAL_OFFENCE',
        'Market trader Paul Mercer was found guilty at Teesside Crown Court yesterday of 14 offences under the Trade Marks Act for selling counterfeit football shirts and trainers.',
      ],
    ],
  ),
  tc(
    'co9-15',
    'procurement',
    'Flagging a concern on the grounds maintenance tender. The exclusion declaration from Greenway Landscapes discloses that their managing director, Simon Ashworth, has an unspent conviction for conspiracy to defraud from 2021. Legal have advised we cannot award until we have assessed their self-cleaning evidence.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The exclusion declaration from Greenway Landscapes discloses that their managing director, Simon Ashworth, has an unspent conviction for conspiracy to defraud from 2021.',
      ],
    ],
  ),
  tc(
    'co9-16',
    'housing',
    "Hi Fatima, re the cuckooing referral at Marlowe House. The tenant's nephew, Tyrone Baptiste, was nicked at the flat and is now RUI while the phones are examined. We should keep the safeguarding plan for the tenant open.",
    [
      [
        'CRIMINAL_OFFENCE',
        "The tenant's nephew, Tyrone Baptiste, was nicked at the flat and is now RUI while the phones are examined.",
      ],
    ],
  ),
  tc(
    'co9-17',
    'housing',
    "FYI for the file - the allegation against Mr Imran Chaudhry (assault on a neighbour) has been NFA'd by police due to insufficient evidence. I have closed the ASB case but the mediation is still going ahead.",
    [
      [
        'CRIMINAL_OFFENCE',
        "FYI for the file - the allegation against Mr Imran Chaudhry (assault on a neighbour) has been NFA'd by police due to insufficient evidence.",
      ],
    ],
  ),
  tc(
    'co9-18',
    'housing',
    'Quick one before the MAPPA meeting. Dean Hollis came out of HMP Nottingham last week and is on licence until next April, with a condition to reside at approved premises. Can homelessness confirm whether his application has been received?',
    [
      [
        'CRIMINAL_OFFENCE',
        'Dean Hollis came out of HMP Nottingham last week and is on licence until next April, with a condition to reside at approved premises.',
      ],
    ],
  ),
  tc(
    'co9-19',
    'social-care',
    'Hi Jess, a note for the Ashgrove staff handover. Ollie Stanton in room 4 is now tagged with a 7pm to 7am curfew as a condition of his bail, so night staff need to factor that into the activity rota. Thanks for sorting.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Ollie Stanton in room 4 is now tagged with a 7pm to 7am curfew as a condition of his bail, so night staff need to factor that into the activity rota.',
      ],
    ],
  ),
  tc(
    'co9-20',
    'councillor',
    'Ward update for Central. A CBO was made against Bradley Nuttall on conviction for repeat shoplifting, banning him from the Arndale precinct for two years. Members asked to be told of any breaches.',
    [
      [
        'CRIMINAL_OFFENCE',
        'A CBO was made against Bradley Nuttall on conviction for repeat shoplifting, banning him from the Arndale precinct for two years.',
      ],
    ],
  ),
  tc(
    'co9-21',
    'sen',
    'Ahead of the annual review for Harvey Quinn, please note he received a youth caution in September for possession of a bladed article on the school bus. The specialist provision has asked for this to be reflected in the risk assessment rather than in section B of the plan.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Ahead of the annual review for Harvey Quinn, please note he received a youth caution in September for possession of a bladed article on the school bus.',
      ],
    ],
  ),
  tc(
    'co9-22',
    'it-helpdesk',
    'HR have asked us to disable an account urgently. Mark Greaves in Highways was arrested yesterday on suspicion of misconduct in public office and police have seized his work laptop. Please do not log this in the general queue.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Mark Greaves in Highways was arrested yesterday on suspicion of misconduct in public office and police have seized his work laptop.',
      ],
    ],
  ),
  tc(
    'co9-23',
    'finance',
    'Can we put a stop on supplier payments to Brightwater Cleaning? Their sole trader, Karen Hale, was charged last week with false accounting over invoices she submitted to us. Internal audit are liaising with the investigating officer.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Their sole trader, Karen Hale, was charged last week with false accounting over invoices she submitted to us.',
      ],
    ],
  ),
  tc(
    'co9-24',
    'hr',
    'Line manager note: Aisha Rahman has asked for annual leave on 9 October because she is appearing at Snaresbrook Crown Court that day, charged with affray. She disclosed this promptly as required by the code of conduct.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Line manager note: Aisha Rahman has asked for annual leave on 9 October because she is appearing at Snaresbrook Crown Court that day, charged with affray.',
      ],
    ],
  ),
  tc(
    'co9-25',
    'benefits',
    'Council tax reduction review for 8 Millbank. Mr Tomasz Nowak is currently serving a 26-month prison sentence for burglary, so he is no longer resident and the discount needs recalculating. Please backdate the change to the sentencing date.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Mr Tomasz Nowak is currently serving a 26-month prison sentence for burglary, so he is no longer resident and the discount needs recalculating.',
      ],
    ],
  ),
  tc(
    'co9-26',
    'social-care',
    'Kinship assessment progress. During the home visit, Mrs Beverley Osei disclosed a spent conviction from 1998 for handling stolen goods. I do not think this affects her suitability, but it will go in the report to panel.',
    [
      [
        'CRIMINAL_OFFENCE',
        'During the home visit, Mrs Beverley Osei disclosed a spent conviction from 1998 for handling stolen goods.',
      ],
    ],
  ),
  tc(
    'co9-27',
    'hr',
    'We have had a reference request for former caretaker Neil Partridge. For info, he was dismissed in 2022 after being convicted of stealing from the school kitchen, so please route it to HR Advisory rather than answering it from the team.',
    [
      [
        'CRIMINAL_OFFENCE',
        'For info, he was dismissed in 2022 after being convicted of stealing from the school kitchen, so please route it to HR Advisory rather than answering it from the team.',
      ],
    ],
  ),
  tc(
    'co9-28',
    'housing',
    "Allocations panel, case 6. The applicant's ex-partner, Ryan Doherty, was jailed in June for two years for coercive and controlling behaviour and is due for release in the spring. We should prioritise a move out of the borough before then.",
    [
      [
        'CRIMINAL_OFFENCE',
        "The applicant's ex-partner, Ryan Doherty, was jailed in June for two years for coercive and controlling behaviour and is due for release in the spring.",
      ],
    ],
  ),
  tc(
    'co9-29',
    'benefits',
    'I have booked an interview under caution with Mr Jamal Hussain for 11 March about suspected undeclared earnings from his private hire work. Please suspend the Housing Benefit claim until then.',
    [
      [
        'CRIMINAL_OFFENCE',
        'I have booked an interview under caution with Mr Jamal Hussain for 11 March about suspected undeclared earnings from his private hire work.',
      ],
    ],
  ),
  tc(
    'co9-30',
    'councillor',
    "Advice from the Monitoring Officer to group leaders. Councillor Derek Mallory was sentenced on Friday to four months' imprisonment for fraud by abuse of position, which disqualifies him from office under section 80 of the Local Government Act 1972. A by-election notice will follow.",
    [
      [
        'CRIMINAL_OFFENCE',
        "Councillor Derek Mallory was sentenced on Friday to four months' imprisonment for fraud by abuse of position, which disqualifies him from office under section 80 of the Local Government Act 1972.",
      ],
    ],
  ),
  tc(
    'co9-n01',
    'councillor',
    'Community Safety Partnership minutes, 12 June. Members reviewed the quarterly burglary and vehicle crime figures and agreed to refresh the hotspot patrol plan. The next meeting will focus on the anti-social behaviour strategy.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n02',
    'councillor',
    'Recorded crime in the borough fell by 6% last year, with the largest drop in theft from vehicles. Violence against the person remains the most common offence category, so the ward profiles will be updated.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n03',
    'finance',
    'Reminder: all finance staff must complete the Fraud Awareness e-learning module by 30 November. It covers mandate fraud, invoice scams and how to report a suspected offence to Internal Audit.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n04',
    'finance',
    'The Anti-Money Laundering Policy has been updated to reflect the Proceeds of Crime Act 2002 and the Money Laundering Regulations 2017. Any cash payment over £5,000 must be referred to the Money Laundering Reporting Officer before it is accepted.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n05',
    'procurement',
    'The invitation to tender for the town centre CCTV upgrade closes on Friday. Bidders must show how the system will provide evidence-grade footage for police investigations and comply with the Surveillance Camera Code of Practice.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n06',
    'sen',
    'We have been asked to share the knife crime awareness campaign materials with secondary schools and the PRU during the week of action. Posters and assembly slides are in the shared drive.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n07',
    'councillor',
    'The consultation on the revised Statement of Licensing Policy is open until 20 January. It proposes a cumulative impact area in the town centre to reduce alcohol-related crime and disorder.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n08',
    'hr',
    'Vacancy: Corporate Fraud Investigator, Grade 9. You will investigate allegations of tenancy, blue badge and council tax fraud, conduct interviews under caution and prepare prosecution files.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n09',
    'hr',
    'Just a reminder that DBS checks for staff in regulated activity are renewed every three years. If yours is due, HR will send you a link to start the application.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n10',
    'it-helpdesk',
    'The printer on the third floor is criminal - it has jammed four times this morning and now says the toner is empty even though we changed it yesterday. Can someone from IT take a look?',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n11',
    'councillor',
    'An enforcement notice has been served on Hartwell Developments Ltd requiring removal of the unauthorised advertising hoarding within 28 days. If the notice is not complied with, officers will report back to the planning committee.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n12',
    'finance',
    'The Police and Crime Commissioner has proposed a £15 increase in the policing precept for a Band D property. This will appear as a separate line on council tax bills from April.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n13',
    'councillor',
    'Under section 17 of the Crime and Disorder Act 1998, every committee report must consider the impact on crime and disorder. Please use the updated report template, which has a new section for this.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n14',
    'benefits',
    'Places are still available on the financial crime training for benefits assessors next Wednesday. The session covers identity fraud, organised fraud rings and how to spot forged payslips.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n15',
    'housing',
    'Our tenancy agreement allows us to seek possession where a tenant or visitor is convicted of a serious offence in the locality. The revised ASB policy explains how this mandatory ground will be used and what support is offered first.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n16',
    'hr',
    'The code of conduct requires employees to tell their manager within 48 hours if they are arrested, charged or cautioned. Failure to disclose may be treated as a disciplinary matter.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n17',
    'social-care',
    "The MAPPA briefing for children's social workers is on 4 March. It will explain how registered sex offenders are managed in the community and when to make a request under the Child Sex Offender Disclosure Scheme.",
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n18',
    'procurement',
    'Please remind bidders that the Procurement Act 2023 includes mandatory exclusion grounds for suppliers whose directors have relevant convictions, such as fraud or bribery. Declarations must be completed on the central digital platform.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n19',
    'it-helpdesk',
    'We have blocked a phishing campaign impersonating HMRC that tried to trick staff into entering bank details. This is a criminal scam, so please report any similar messages using the Report Phish button.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'co9-n20',
    'benefits',
    'Last year the counter-fraud team completed 42 prosecutions and issued 17 administrative penalties, recovering £380,000 in overpayments. A summary will go to the Audit Committee in March.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
];

/** Round nine: 30 commercial positives and 20 hard negatives. */
export const freshNinthCommercial: readonly CorpusCase[] = [
  tc(
    'cc9-01',
    'procurement',
    'Hi Sam, moderation is finished for the highways design lot. Kestrel Ridge Consulting came in at a day rate of £685 and a total of £412,000 over three years, the lowest of the four. Please keep this within the panel until award.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Kestrel Ridge Consulting came in at a day rate of £685 and a total of £412,000 over three years, the lowest of the four.',
      ],
    ],
  ),
  tc(
    'cc9-02',
    'procurement',
    'Morning all. Moderated quality scores for the grounds maintenance tender are Bramblewood Services 71.5, Greenhollow Ltd 64 and Oakfield Landscapes 58.25. Price scores to follow once finance have checked the pricing schedules.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Moderated quality scores for the grounds maintenance tender are Bramblewood Services 71.5, Greenhollow Ltd 64 and Oakfield Landscapes 58.25.',
      ],
    ],
  ),
  tc(
    'cc9-03',
    'procurement',
    "Quick heads-up before tomorrow's panel. On the combined score, Tarnbrook Facilities is ahead of Haverly Group by just over 8%, so unless the clarification answers change things they will be our preferred bidder. Standstill letters can't go out until legal have signed off.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'On the combined score, Tarnbrook Facilities is ahead of Haverly Group by just over 8%, so unless the clarification answers change things they will be our preferred bidder.',
      ],
    ],
  ),
  tc(
    'cc9-04',
    'finance',
    'Estates update for the asset review group. The District Valuer has put the market value of the former depot site on Mill Lane at £1.85m, well above the £1.4m assumed in the capital programme. We have not yet decided whether to go to informal tender or auction.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The District Valuer has put the market value of the former depot site on Mill Lane at £1.85m, well above the £1.4m assumed in the capital programme.',
      ],
    ],
  ),
  tc(
    'cc9-05',
    'finance',
    'For the auction on the 14th we are setting the reserve on the Albion Terrace shop unit at £235,000. Please do not mention that figure to any of the agents who ring round beforehand.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'For the auction on the 14th we are setting the reserve on the Albion Terrace shop unit at £235,000.',
      ],
    ],
  ),
  tc(
    'cc9-06',
    'councillor',
    'Dear Councillor Reeve, as requested, an update on the Hartley Fields disposal. Northgate Homes have come back with an unconditional offer of £3.2 million, which beats the Pennine Living bid by about £400k. Officers will bring a recommendation to the next cabinet.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Northgate Homes have come back with an unconditional offer of £3.2 million, which beats the Pennine Living bid by about £400k.',
      ],
    ],
  ),
  tc(
    'cc9-07',
    'hr',
    "Following yesterday's mediation, the claimant's solicitors have indicated their client would settle for £48,000 inclusive of costs, and the Chief Executive has given us authority to go up to £55,000. I will respond on Monday.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Following yesterday's mediation, the claimant's solicitors have indicated their client would settle for £48,000 inclusive of costs, and the Chief Executive has given us authority to go up to £55,000.",
      ],
    ],
  ),
  tc(
    'cc9-08',
    'procurement',
    'Draft letter for your approval below. Without prejudice save as to costs, the Council is prepared to pay Delmont Construction £275,000 in full and final settlement of the final account dispute on the Eastbrook school extension. The offer would remain open for 21 days.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Without prejudice save as to costs, the Council is prepared to pay Delmont Construction £275,000 in full and final settlement of the final account dispute on the Eastbrook school extension.',
      ],
    ],
  ),
  tc(
    'cc9-09',
    'finance',
    'Between us, if Crestline push back again on the leisure centre refurbishment price, we could go to £1.2m before we would need to take it back to cabinet. Let them make the first move on Thursday.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Between us, if Crestline push back again on the leisure centre refurbishment price, we could go to £1.2m before we would need to take it back to cabinet.',
      ],
    ],
  ),
  tc(
    'cc9-10',
    'social-care',
    "I've been through Willowbank Care Homes Ltd's latest management accounts. They show net current liabilities of £620,000 and an overdraft at its limit, so there is a real risk they fold before the winter. We should start contingency planning for the three homes now.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'They show net current liabilities of £620,000 and an overdraft at its limit, so there is a real risk they fold before the winter.',
      ],
    ],
  ),
  tc(
    'cc9-11',
    'finance',
    'Hi AP team, can you look at this one urgently? Marlow Print and Design have asked us to pay their last three invoices early because they are struggling with cash flow after losing their biggest client, and they say they may not make payroll this month otherwise.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Marlow Print and Design have asked us to pay their last three invoices early because they are struggling with cash flow after losing their biggest client, and they say they may not make payroll this month otherwise.',
      ],
    ],
  ),
  tc(
    'cc9-12',
    'social-care',
    "Brightpath Home Care want their hourly rate to go from £24.10 to £27.85 from April. Off the record, their director told me they would hand back the rural packages if we can't meet at least £26. Can we discuss at commissioning board?",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Brightpath Home Care want their hourly rate to go from £24.10 to £27.85 from April.',
      ],
      ['COMMERCIAL_CONFIDENTIAL', '£26'],
    ],
  ),
  tc(
    'cc9-13',
    'it-helpdesk',
    "Good news on the renewal. Stratus Cloud have agreed a 38% discount on our E5 licences, on condition that we do not disclose it to the other councils in the consortium. I'll raise the order this week.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Stratus Cloud have agreed a 38% discount on our E5 licences, on condition that we do not disclose it to the other councils in the consortium.',
      ],
    ],
  ),
  tc(
    'cc9-14',
    'it-helpdesk',
    'Re: case management system costs. The per-seat price Quillon Software quoted us is £19.40 a month, and they have asked us not to share it because it sits well below their list price. Please leave it out of the business case appendix that goes to the portfolio holder.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The per-seat price Quillon Software quoted us is £19.40 a month, and they have asked us not to share it because it sits well below their list price.',
      ],
    ],
  ),
  tc(
    'cc9-15',
    'councillor',
    "Forwarding this for the group briefing. Harbourside Partnerships' viability appraisal projects a developer margin of only 11.5% on the town centre scheme, and they say it only stacks up if affordable housing drops to 15%. Not for circulation outside cabinet please.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Harbourside Partnerships' viability appraisal projects a developer margin of only 11.5% on the town centre scheme, and they say it only stacks up if affordable housing drops to 15%.",
      ],
    ],
  ),
  tc(
    'cc9-16',
    'procurement',
    'Veridian Waste Services have opened at a management fee of £2.9m a year for the two-year extension, against the current £2.45m. Our target is to land it under £2.7m, so hold firm at the first meeting.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Veridian Waste Services have opened at a management fee of £2.9m a year for the two-year extension, against the current £2.45m.',
      ],
    ],
  ),
  tc(
    'cc9-17',
    'finance',
    'Notes from the leisure contract review. Active Horizons Leisure are asking for their management fee to be cut from £310,000 to nil next year, and warned they will lose around £180k on the pool alone if we refuse. The portfolio holder wants options by the end of the month.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Active Horizons Leisure are asking for their management fee to be cut from £310,000 to nil next year, and warned they will lose around £180k on the pool alone if we refuse.',
      ],
    ],
  ),
  tc(
    'cc9-18',
    'procurement',
    "The open-book review is back. Ferngate Catering's figures show they are making a margin of nearly 22% on the school meals contract, far more than the 8% they told us at tender stage.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Ferngate Catering's figures show they are making a margin of nearly 22% on the school meals contract, far more than the 8% they told us at tender stage.",
      ],
    ],
  ),
  tc(
    'cc9-19',
    'procurement',
    'Where we are with Parkwise: in the current draft of the enforcement contract we have conceded a liability cap of £500,000 and a 90-day break clause, but they are still pushing for a minimum volume guarantee. Legal are reviewing the mark-up.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'in the current draft of the enforcement contract we have conceded a liability cap of £500,000 and a 90-day break clause, but they are still pushing for a minimum volume guarantee.',
      ],
    ],
  ),
  tc(
    'cc9-20',
    'sen',
    'SEN transport retender update: Swiftline Travel have bid £212 a day per minibus with a passenger assistant, against £245 from Rowan Coaches, so Swiftline look set to take lots 2 and 4. Parents will be told about any route changes after award.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'SEN transport retender update: Swiftline Travel have bid £212 a day per minibus with a passenger assistant, against £245 from Rowan Coaches, so Swiftline look set to take lots 2 and 4.',
      ],
    ],
  ),
  tc(
    'cc9-21',
    'housing',
    'On the garage sites: Fenwick Vale Housing Association have offered £390,000 for the 42 council-owned garages, and we understand they would go to £450,000 if pushed. I suggest we counter at £470,000.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Fenwick Vale Housing Association have offered £390,000 for the 42 council-owned garages, and we understand they would go to £450,000 if pushed.',
      ],
    ],
  ),
  tc(
    'cc9-22',
    'housing',
    "Just so you are aware before the contract meeting, Carraway Building Services' credit rating has dropped to high risk and their accountants have told us they are in talks with a restructuring firm. That puts the voids programme at risk.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Carraway Building Services' credit rating has dropped to high risk and their accountants have told us they are in talks with a restructuring firm.",
      ],
    ],
  ),
  tc(
    'cc9-23',
    'benefits',
    'For the revenues and benefits system renewal, Northwind Data has offered to freeze the annual support charge at £146,000 for five years if we sign by the end of March. That offer must not be mentioned to the other framework suppliers.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Northwind Data has offered to freeze the annual support charge at £146,000 for five years if we sign by the end of March.',
      ],
    ],
  ),
  tc(
    'cc9-24',
    'hr',
    "Agency framework mini-competition: Pinnacle Recruitment's tender puts their mark-up on locum social worker placements at 14.5%, compared with 19% from Talentbridge. HR and procurement will meet to confirm the award recommendation.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Pinnacle Recruitment's tender puts their mark-up on locum social worker placements at 14.5%, compared with 19% from Talentbridge.",
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'award recommendation'],
    ],
  ),
  tc(
    'cc9-25',
    'councillor',
    'Cllr Ahmed, ahead of the award report: Lumen Street Lighting scored 82 out of 100 and Brightway Electrical 76, so officers will recommend Lumen. None of this can be shared until the standstill period has ended.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Lumen Street Lighting scored 82 out of 100 and Brightway Electrical 76, so officers will recommend Lumen.',
      ],
    ],
  ),
  tc(
    'cc9-26',
    'finance',
    'Lease renewal for the Castle Chambers offices. The landlord has agreed in principle to an 18-month rent-free period and a new rent of £92,500 a year, though heads of terms are not signed yet.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The landlord has agreed in principle to an 18-month rent-free period and a new rent of £92,500 a year, though heads of terms are not signed yet.',
      ],
    ],
  ),
  tc(
    'cc9-27',
    'finance',
    "At Thursday's meeting we will tell Ashcombe Energy that our walk-away price for the heat network connection is £1.1m. If they won't move, we pause the scheme.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "At Thursday's meeting we will tell Ashcombe Energy that our walk-away price for the heat network connection is £1.1m.",
      ],
    ],
  ),
  tc(
    'cc9-28',
    'procurement',
    "fyi Rockwell Fleet said on the phone they'd knock another 6% off the vehicle hire rates if we extend to 2028 - they really don't want that getting back to the other bidders",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Rockwell Fleet said on the phone they'd knock another 6% off the vehicle hire rates if we extend to 2028",
      ],
    ],
  ),
  tc(
    'cc9-29',
    'social-care',
    'Meadowview Day Services told us in confidence that they lost £96,000 last year on the block contract. They intend to serve notice unless the day rate rises to sixty-eight pounds fifty per person.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Meadowview Day Services told us in confidence that they lost £96,000 last year on the block contract.',
      ],
    ],
  ),
  tc(
    'cc9-30',
    'procurement',
    'Opened the fleet maintenance bids this afternoon. Harbrook Motors came in at six hundred and forty thousand pounds, roughly ninety thousand pounds under the next lowest bidder, Selby Autocare. Evaluation starts next week.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Harbrook Motors came in at six hundred and forty thousand pounds, roughly ninety thousand pounds under the next lowest bidder, Selby Autocare.',
      ],
    ],
  ),
  tc(
    'cc9-n01',
    'procurement',
    'The award notice for the grounds maintenance contract was published on Contracts Finder yesterday: awarded to Bramblewood Services, total value £1,240,000 over five years. The link is on the intranet if anyone asks.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n02',
    'finance',
    "This month's spend over £500 file is now published on the council website as the Transparency Code requires, including the £18,400 payment to Northgate Print. Please point any press enquiries to that page.",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n03',
    'procurement',
    'Procurement training for budget holders runs on 12 March in Committee Room 2. It covers running a quotation, writing a specification and how evaluation criteria are weighted. Book through the learning portal.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n04',
    'housing',
    "Commercial waste collection days are changing from Monday to Wednesday for businesses on the high street from next month. Residents' household collections are not affected.",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n05',
    'housing',
    'The housing options drop-in has moved to 14 Commercial Street, next to the library. It is open on Tuesdays and Thursdays from 10am.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n06',
    'hr',
    '[CONFIDENTIAL] Hi all, I have booked the Council Chamber for the staff awards on Friday and the small meeting room for the set-up crew. Let me know if you need extra chairs.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n07',
    'social-care',
    'Thanks for sending the minutes, see you at the next provider forum. This email and any attachments may contain confidential information and are intended solely for the addressee. If you have received it in error, please notify the sender and delete it.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n08',
    'finance',
    'The budget report that went to full council on 26 February is on the website. It sets the council tax increase at 4.99% and the capital programme at £62m, so please use those figures in service plans.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n09',
    'procurement',
    'Rapid Signs list their A-board at £89 plus VAT on their website, so it is under the quotation threshold and you can buy it on the purchasing card.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n10',
    'hr',
    'We are recruiting a Commercial Manager (Grade 12, £52,000 to £56,000) to lead contract management across the council. The closing date is 30 April and interviews will be in May.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n11',
    'procurement',
    'Reminder: any contract over £30,000 must be advertised on Contracts Finder, and anything above the Procurement Act threshold needs a full tender through the e-tendering portal. Speak to the team early.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n12',
    'procurement',
    'Our standard terms and conditions of purchase apply to every purchase order and are published on the council website. Suppliers cannot substitute their own terms by printing them on an invoice.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n13',
    'hr',
    'I had a sensitive conversation with Jo about her leave this morning, and we have agreed she will take Fridays off for the next month. I will update the rota.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n14',
    'procurement',
    'The guidance says evaluation panels should score independently first and then meet to moderate. Price and quality weightings must be set out in the tender documents before bids are opened.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n15',
    'sen',
    'While the main gate is resurfaced, the SEN transport minibus will drop off at the Commercial Road entrance of the school. Drivers have been told.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n16',
    'councillor',
    "Please treat the seating plan for the Mayor's reception as confidential until the invitations have gone out. Members will receive theirs on Monday.",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n17',
    'finance',
    'The contracts register on the open data page was refreshed this week and now lists every contract over £5,000 with its supplier, value and start date.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n18',
    'it-helpdesk',
    'The new HR system is commercial off-the-shelf software, so we cannot change the screens, but we can configure the workflows. Raise a helpdesk ticket for any change requests.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n19',
    'benefits',
    'The housing benefit subsidy figures for last year are in the published statement of accounts. The external audit certificate was issued in November.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cc9-n20',
    'councillor',
    'Dear Councillor, we cannot share the bids for the leisure contract at this stage because of commercial confidentiality, but the award report will be published in June with the successful bidder and contract value.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
];
