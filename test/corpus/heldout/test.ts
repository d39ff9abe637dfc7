// Held-out TEST set for the category detectors: fresh council wording never used for tuning (only category types are labelled).
import { tc, type CorpusCase } from '../types';

export const heldoutTestCases: readonly CorpusCase[] = [
  // ---- CREDENTIAL: positives ----
  tc(
    'ht-cr-01',
    'it-helpdesk',
    'As requested I have set up the account for the new apprentice. Login: r.hussain, initial password Greenfinch#307, which must be changed at first logon.',
    [['CREDENTIAL', 'initial password Greenfinch#307']],
  ),
  tc(
    'ht-cr-02',
    'social-care',
    "Access to Mr Bell's bungalow is via the key safe on the garage wall, code 2851. He cannot come to the door.",
    [['CREDENTIAL', 'key safe on the garage wall, code 2851']],
  ),
  tc(
    'ht-cr-03',
    'it-helpdesk',
    'Password for the zipped payroll extract is Riverbank*2026 - I will not put it in the same email next time, sorry.',
    [['CREDENTIAL', 'Password for the zipped payroll extract is Riverbank*2026']],
  ),
  tc(
    'ht-cr-04',
    'housing',
    'The gate code for the compound at the Fenwick Road depot is 0409 and the padlock on the salt barn is 731.',
    [
      ['CREDENTIAL', 'The gate code for the compound at the Fenwick Road depot is 0409'],
      ['CREDENTIAL', 'the padlock on the salt barn is 731'],
    ],
  ),
  tc(
    'ht-cr-05',
    'it-helpdesk',
    'The service account svc_gis_sync uses the secret Zq8!vR2#pL6m; it expires at the end of the month.',
    [['CREDENTIAL', 'uses the secret Zq8!vR2#pL6m']],
  ),
  tc(
    'ht-cr-06',
    'finance',
    'Her online banking PIN is 5512 and she has asked her appointee to use it to pay the rent arrears.',
    [['CREDENTIAL', 'Her online banking PIN is 5512']],
  ),
  tc(
    'ht-cr-07',
    'it-helpdesk',
    'For the webinar tomorrow the meeting passcode is 884213 and the host key is 556071.',
    [
      ['CREDENTIAL', 'the meeting passcode is 884213'],
      ['CREDENTIAL', 'the host key is 556071'],
    ],
  ),
  tc(
    'ht-cr-08',
    'it-helpdesk',
    "I've put you back on the old one for now: Thistle77 - let me know once you're in and I'll force a reset.",
    [['CREDENTIAL', 'Thistle77']],
  ),
  tc(
    'ht-cr-09',
    'it-helpdesk',
    'Wi-Fi password for the pop-up vaccination site is HealthyTown2026 and the router admin login is admin / R0uter!Pass.',
    [
      ['CREDENTIAL', 'Wi-Fi password for the pop-up vaccination site is HealthyTown2026'],
      ['CREDENTIAL', 'admin / R0uter!Pass'],
    ],
  ),
  tc(
    'ht-cr-10',
    'housing',
    'The lockbox for the temporary accommodation keys is set to 6-2-9-0, please reset it after each move-in.',
    [['CREDENTIAL', 'The lockbox for the temporary accommodation keys is set to 6-2-9-0']],
  ),
  tc(
    'ht-cr-11',
    'it-helpdesk',
    'Token for the open data API: ghp_7hK2mQ9xW4vT1bN8cL5pR3sD6fG0jA for the finance dashboard job.',
    [['CREDENTIAL', 'Token for the open data API: ghp_7hK2mQ9xW4vT1bN8cL5pR3sD6fG0jA']],
  ),
  tc(
    'ht-cr-12',
    'benefits',
    'The claimant gave us his Government Gateway user ID and said his password is Bluebird1962 so we could check his pension.',
    [['CREDENTIAL', 'his password is Bluebird1962']],
  ),
  tc(
    'ht-cr-13',
    'it-helpdesk',
    'The BitLocker PIN for the loan laptops in the cupboard is 240517 - the same on all six.',
    [['CREDENTIAL', 'The BitLocker PIN for the loan laptops in the cupboard is 240517']],
  ),
  tc(
    'ht-cr-14',
    'social-care',
    "The safe in the supported living flat where Mr Ahmed's money is kept opens with 1-9-7-3.",
    [['CREDENTIAL', 'opens with 1-9-7-3']],
  ),
  tc(
    'ht-cr-15',
    'it-helpdesk',
    'The passcode to unlock the shared duty phone is 130690, it is in the drawer in the duty room.',
    [['CREDENTIAL', 'The passcode to unlock the shared duty phone is 130690']],
  ),
  tc(
    'ht-cr-16',
    'it-helpdesk',
    'Hi both, the credentials for the Capita test environment are testuser3 and Welcome@2026. Do not use them on live.',
    [
      [
        'CREDENTIAL',
        'the credentials for the Capita test environment are testuser3 and Welcome@2026',
      ],
    ],
  ),

  // ---- SPECIAL_CATEGORY_HEALTH: positives ----
  tc(
    'ht-he-01',
    'social-care',
    "Mrs Doyle's Parkinson's has progressed and she now needs two carers for all transfers.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Mrs Doyle's Parkinson's has progressed and she now needs two carers for all transfers",
      ],
    ],
  ),
  tc(
    'ht-he-02',
    'hr',
    'Ian has told me he has been diagnosed with bipolar disorder and is starting on lithium, so he may need a later start for a few weeks.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Ian has told me he has been diagnosed with bipolar disorder and is starting on lithium, so he may need a later start for a few weeks',
      ],
    ],
  ),
  tc(
    'ht-he-03',
    'sen',
    "Noah's ADHD medication wears off by early afternoon and the school reports he finds the last lesson very hard.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Noah's ADHD medication wears off by early afternoon and the school reports he finds the last lesson very hard",
      ],
    ],
  ),
  tc(
    'ht-he-04',
    'housing',
    "The tenant's son has cerebral palsy and the OT has recommended a through-floor lift.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "The tenant's son has cerebral palsy and the OT has recommended a through-floor lift",
      ],
    ],
  ),
  tc(
    'ht-he-05',
    'benefits',
    'He is waiting for a kidney transplant and has dialysis three times a week, so he cannot attend appointments on those days.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'He is waiting for a kidney transplant and has dialysis three times a week, so he cannot attend appointments on those days',
      ],
    ],
  ),
  tc(
    'ht-he-06',
    'hr',
    'The sickness absence record shows Emma had 22 days off with migraines and a further 10 after her miscarriage.',
    [
      ['SPECIAL_CATEGORY_HEALTH', '22 days off with migraines'],
      ['SPECIAL_CATEGORY_HEALTH', 'after her miscarriage'],
    ],
  ),
  tc(
    'ht-he-07',
    'social-care',
    'Since the fall he has been confused and the hospital think it may be delirium from a urine infection.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Since the fall he has been confused and the hospital think it may be delirium from a urine infection',
      ],
    ],
  ),
  tc(
    'ht-he-08',
    'councillor',
    'My constituent is profoundly deaf and says the contact centre keeps phoning her instead of texting.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'My constituent is profoundly deaf and says the contact centre keeps phoning her instead of texting',
      ],
    ],
  ),
  tc(
    'ht-he-09',
    'social-care',
    'The young person has been self-harming by cutting and was seen by CAMHS on Tuesday for an urgent assessment.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'The young person has been self-harming by cutting and was seen by CAMHS on Tuesday for an urgent assessment',
      ],
    ],
  ),
  tc(
    'ht-he-10',
    'hr',
    'Steve has been off since his heart attack and the cardiologist says he should not return to driving duties for six months.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Steve has been off since his heart attack and the cardiologist says he should not return to driving duties for six months',
      ],
    ],
  ),
  tc(
    'ht-he-11',
    'social-care',
    'Mr Clarke is alcohol dependent and was found collapsed twice last month; he has liver damage.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'Mr Clarke is alcohol dependent'],
      ['SPECIAL_CATEGORY_HEALTH', 'he has liver damage'],
    ],
  ),
  tc(
    'ht-he-12',
    'sen',
    'The medical advice for the EHC needs assessment confirms global developmental delay and a hearing impairment in the left ear.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'The medical advice for the EHC needs assessment confirms global developmental delay and a hearing impairment in the left ear',
      ],
    ],
  ),
  tc(
    'ht-he-13',
    'housing',
    'The applicant is HIV positive and has asked that this is not shared with the housing association.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'The applicant is HIV positive and has asked that this is not shared with the housing association',
      ],
    ],
  ),
  tc(
    'ht-he-14',
    'social-care',
    'She has a learning disability and schizophrenia, and her depot injection is due on the 3rd.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'She has a learning disability and schizophrenia, and her depot injection is due on the 3rd',
      ],
    ],
  ),
  tc(
    'ht-he-15',
    'hr',
    'Following her long COVID diagnosis, Priya would like to work from home three days a week as a reasonable adjustment.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Following her long COVID diagnosis, Priya would like to work from home three days a week as a reasonable adjustment',
      ],
    ],
  ),
  tc(
    'ht-he-16',
    'benefits',
    'The GP letter says the claimant has fibromyalgia and chronic fatigue and cannot walk more than 50 metres.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'The GP letter says the claimant has fibromyalgia and chronic fatigue and cannot walk more than 50 metres',
      ],
    ],
  ),

  // ---- SPECIAL_CATEGORY_OTHER: positives ----
  tc(
    'ht-ot-01',
    'hr',
    'Nina joined Unite last month and has asked whether union subscriptions can be deducted from her pay.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Nina joined Unite last month and has asked whether union subscriptions can be deducted from her pay',
      ],
    ],
  ),
  tc(
    'ht-ot-02',
    'social-care',
    'The foster carers are Orthodox Jewish and keep a kosher kitchen, so the placement plan needs to reflect this.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The foster carers are Orthodox Jewish and keep a kosher kitchen, so the placement plan needs to reflect this',
      ],
    ],
  ),
  tc(
    'ht-ot-03',
    'councillor',
    'The resident says he was refused a parking permit because he is a known Labour campaigner on the estate.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The resident says he was refused a parking permit because he is a known Labour campaigner on the estate',
      ],
    ],
  ),
  tc(
    'ht-ot-04',
    'hr',
    'Tom has told HR that he is gay and wants his husband added as next of kin on his record.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Tom has told HR that he is gay and wants his husband added as next of kin on his record',
      ],
    ],
  ),
  tc(
    'ht-ot-05',
    'housing',
    'The family are Kurdish refugees from Syria and the interpreter must be a Kurmanji speaker.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The family are Kurdish refugees from Syria and the interpreter must be a Kurmanji speaker',
      ],
    ],
  ),
  tc(
    'ht-ot-06',
    'it-helpdesk',
    'The facial recognition scans taken at the leisure centre turnstiles are being kept for 90 days by the operator.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The facial recognition scans taken at the leisure centre turnstiles are being kept for 90 days by the operator',
      ],
    ],
  ),
  tc(
    'ht-ot-07',
    'social-care',
    'The genetic testing showed that both children carry the cystic fibrosis gene, which the family have not shared with school.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The genetic testing showed that both children carry the cystic fibrosis gene, which the family have not shared with school',
      ],
      ['SPECIAL_CATEGORY_HEALTH', 'carry the cystic fibrosis gene'],
    ],
  ),
  tc(
    'ht-ot-08',
    'hr',
    'Adebayo is a Christian and has asked not to be rostered on Sunday mornings so he can attend church.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Adebayo is a Christian and has asked not to be rostered on Sunday mornings so he can attend church',
      ],
    ],
  ),
  tc(
    'ht-ot-09',
    'social-care',
    'Her ethnicity is recorded as White and Black African on the referral, and she speaks Somali at home.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Her ethnicity is recorded as White and Black African on the referral, and she speaks Somali at home',
      ],
    ],
  ),
  tc(
    'ht-ot-10',
    'hr',
    'Jenny is the NEU rep for the school and has asked for facility time to attend the regional conference.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Jenny is the NEU rep for the school and has asked for facility time to attend the regional conference',
      ],
    ],
  ),
  tc(
    'ht-ot-11',
    'social-care',
    'The carer disclosed that the client asked her for sex and has been visiting sex workers, which the family do not know about.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The carer disclosed that the client asked her for sex and has been visiting sex workers, which the family do not know about',
      ],
    ],
  ),
  tc(
    'ht-ot-12',
    'councillor',
    'The objector is a member of the Liberal Democrats and stood as their candidate in the 2022 by-election.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The objector is a member of the Liberal Democrats and stood as their candidate in the 2022 by-election',
      ],
    ],
  ),
  tc(
    'ht-ot-13',
    'social-care',
    'The young man is a Hindu and his family want the cremation to follow their faith, with the ashes taken to India.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The young man is a Hindu and his family want the cremation to follow their faith, with the ashes taken to India',
      ],
    ],
  ),
  tc(
    'ht-ot-14',
    'hr',
    'In the grievance she says colleagues mock her for being a lesbian and for her Pakistani background.',
    [
      ['SPECIAL_CATEGORY_OTHER', 'for being a lesbian'],
      ['SPECIAL_CATEGORY_OTHER', 'her Pakistani background'],
    ],
  ),
  tc(
    'ht-ot-15',
    'it-helpdesk',
    'The voiceprint data collected by the benefits phone line to verify callers is held by the telephony supplier.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The voiceprint data collected by the benefits phone line to verify callers is held by the telephony supplier',
      ],
    ],
  ),
  tc(
    'ht-ot-16',
    'social-care',
    'Grandma is a Gypsy Traveller and says the family have been moved on from three sites this year.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Grandma is a Gypsy Traveller and says the family have been moved on from three sites this year',
      ],
    ],
  ),

  // ---- CRIMINAL_OFFENCE: positives ----
  tc(
    'ht-cx-01',
    'hr',
    "Good news, Aisha's DBS check has come back with nothing on it, so the SEN transport job offer can go out.",
    [
      [
        'CRIMINAL_OFFENCE',
        "Good news, Aisha's DBS check has come back with nothing on it, so the SEN transport job offer can go out",
      ],
    ],
  ),
  tc(
    'ht-cx-02',
    'housing',
    'The police raided the flat on Thursday and the tenant has been charged with possession with intent to supply.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The police raided the flat on Thursday and the tenant has been charged with possession with intent to supply',
      ],
    ],
  ),
  tc(
    'ht-cx-03',
    'social-care',
    'Dad was sent to prison for four years for GBH and is due for release in the spring.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Dad was sent to prison for four years for GBH and is due for release in the spring',
      ],
    ],
  ),
  tc(
    'ht-cx-04',
    'hr',
    'The caretaker pleaded guilty to stealing from the school tuck shop and was given a suspended sentence.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The caretaker pleaded guilty to stealing from the school tuck shop and was given a suspended sentence',
      ],
    ],
  ),
  tc(
    'ht-cx-05',
    'benefits',
    'We have referred the case to the DWP fraud team; the claimant is under investigation for failing to declare earnings.',
    [
      [
        'CRIMINAL_OFFENCE',
        'We have referred the case to the DWP fraud team; the claimant is under investigation for failing to declare earnings',
      ],
    ],
  ),
  tc(
    'ht-cx-06',
    'social-care',
    "Mum's boyfriend is subject to MAPPA management and has convictions for sexual offences against children.",
    [
      [
        'CRIMINAL_OFFENCE',
        "Mum's boyfriend is subject to MAPPA management and has convictions for sexual offences against children",
      ],
    ],
  ),
  tc(
    'ht-cx-07',
    'housing',
    'The Crown Prosecution Service has decided to prosecute the neighbour for harassment of our tenant.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The Crown Prosecution Service has decided to prosecute the neighbour for harassment of our tenant',
      ],
    ],
  ),
  tc(
    'ht-cx-08',
    'councillor',
    'My constituent was fined £400 by the magistrates for fly-tipping and wants to know if he can pay in instalments.',
    [
      [
        'CRIMINAL_OFFENCE',
        'My constituent was fined £400 by the magistrates for fly-tipping and wants to know if he can pay in instalments',
      ],
    ],
  ),
  tc(
    'ht-cx-09',
    'social-care',
    'Jordan has been in the young offender institution since his conviction for knife possession.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Jordan has been in the young offender institution since his conviction for knife possession',
      ],
    ],
  ),
  tc(
    'ht-cx-10',
    'hr',
    'The applicant did not mention on the form that he has an unspent conviction for fraud, which showed on the basic check.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The applicant did not mention on the form that he has an unspent conviction for fraud, which showed on the basic check',
      ],
    ],
  ),
  tc(
    'ht-cx-11',
    'housing',
    'The tenant was found guilty of criminal damage to the communal door and the court ordered £600 compensation.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The tenant was found guilty of criminal damage to the communal door and the court ordered £600 compensation',
      ],
    ],
  ),
  tc(
    'ht-cx-12',
    'social-care',
    'The older brother was given a youth caution for shoplifting and is now working with the youth offending team.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The older brother was given a youth caution for shoplifting and is now working with the youth offending team',
      ],
    ],
  ),
  tc(
    'ht-cx-13',
    'housing',
    'Police confirm the tenant is wanted on a warrant for failing to appear at court for the assault charge.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Police confirm the tenant is wanted on a warrant for failing to appear at court for the assault charge',
      ],
    ],
  ),
  tc(
    'ht-cx-14',
    'social-care',
    'Grandad has been interviewed under caution about the allegation and released under investigation.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Grandad has been interviewed under caution about the allegation and released under investigation',
      ],
    ],
  ),
  tc(
    'ht-cx-15',
    'hr',
    'Our refuse driver has been banned from driving for 12 months after a conviction for speeding, so he needs redeploying.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Our refuse driver has been banned from driving for 12 months after a conviction for speeding, so he needs redeploying',
      ],
    ],
  ),
  tc(
    'ht-cx-16',
    'housing',
    'She has a criminal record for arson, which the supported housing provider needs to know for the risk assessment.',
    [
      [
        'CRIMINAL_OFFENCE',
        'She has a criminal record for arson, which the supported housing provider needs to know for the risk assessment',
      ],
    ],
  ),

  // ---- SAFEGUARDING: positives ----
  tc(
    'ht-sg-01',
    'social-care',
    'Health visitor is worried: the baby has lost weight, the flat is filthy and mum has missed the last four appointments. Initial child protection conference booked.',
    [
      [
        'SAFEGUARDING',
        'the baby has lost weight, the flat is filthy and mum has missed the last four appointments',
      ],
      ['SAFEGUARDING', 'Initial child protection conference booked'],
    ],
  ),
  tc(
    'ht-sg-02',
    'social-care',
    'The 12-year-old disclosed to her teacher that her mother burns her with a hot spoon when she is naughty.',
    [
      [
        'SAFEGUARDING',
        'The 12-year-old disclosed to her teacher that her mother burns her with a hot spoon when she is naughty',
      ],
    ],
  ),
  tc(
    'ht-sg-03',
    'social-care',
    'The domiciliary care worker saw the daughter slap Mrs Allen across the face and lock her in the bedroom.',
    [
      [
        'SAFEGUARDING',
        'The domiciliary care worker saw the daughter slap Mrs Allen across the face and lock her in the bedroom',
      ],
    ],
  ),
  tc(
    'ht-sg-04',
    'social-care',
    'We believe the boy is being criminally exploited; he has unexplained cash, two phones and goes missing overnight.',
    [
      [
        'SAFEGUARDING',
        'We believe the boy is being criminally exploited; he has unexplained cash, two phones and goes missing overnight',
      ],
    ],
  ),
  tc(
    'ht-sg-05',
    'housing',
    'The victim of domestic abuse needs an urgent move; her ex has found out where she lives and the DASH risk score is high.',
    [
      [
        'SAFEGUARDING',
        'The victim of domestic abuse needs an urgent move; her ex has found out where she lives and the DASH risk score is high',
      ],
    ],
  ),
  tc(
    'ht-sg-06',
    'social-care',
    'A strategy meeting is being held this afternoon about the allegation that the foster carer hit the child with a belt.',
    [
      ['SAFEGUARDING', 'strategy meeting'],
      ['SAFEGUARDING', 'the foster carer hit the child with a belt'],
    ],
  ),
  tc(
    'ht-sg-07',
    'social-care',
    'The man with learning disabilities is letting a group of young men stay in his flat and they are taking his benefits - a classic cuckooing pattern.',
    [
      [
        'SAFEGUARDING',
        'The man with learning disabilities is letting a group of young men stay in his flat and they are taking his benefits - a classic cuckooing pattern',
      ],
      ['SPECIAL_CATEGORY_HEALTH', 'The man with learning disabilities'],
    ],
  ),
  tc(
    'ht-sg-08',
    'sen',
    "The nursery is concerned about possible FGM; the girl's family are planning an extended trip to see relatives in the summer holidays.",
    [
      [
        'SAFEGUARDING',
        "The nursery is concerned about possible FGM; the girl's family are planning an extended trip to see relatives in the summer holidays",
      ],
    ],
  ),
  tc(
    'ht-sg-09',
    'social-care',
    'Mr Finch is living in one room with no working toilet, is refusing food and will not let anyone in; he is at serious risk.',
    [
      [
        'SAFEGUARDING',
        'Mr Finch is living in one room with no working toilet, is refusing food and will not let anyone in; he is at serious risk',
      ],
    ],
  ),
  tc(
    'ht-sg-10',
    'social-care',
    'The children have been placed with their aunt under an emergency protection order after the police visit.',
    [
      [
        'SAFEGUARDING',
        'The children have been placed with their aunt under an emergency protection order after the police visit',
      ],
    ],
  ),
  tc(
    'ht-sg-11',
    'social-care',
    'An anonymous caller says a 14-year-old girl is being sexually exploited by men who collect her from the takeaway on the high street.',
    [
      [
        'SAFEGUARDING',
        'An anonymous caller says a 14-year-old girl is being sexually exploited by men who collect her from the takeaway on the high street',
      ],
    ],
  ),
  tc(
    'ht-sg-12',
    'councillor',
    'A constituent is worried that her elderly neighbour has been scammed out of his savings by a man claiming to be a builder.',
    [
      [
        'SAFEGUARDING',
        'A constituent is worried that her elderly neighbour has been scammed out of his savings by a man claiming to be a builder',
      ],
    ],
  ),
  tc(
    'ht-sg-13',
    'social-care',
    'The care home manager reported that a night carer was seen roughly handling a resident with dementia and has been suspended.',
    [
      [
        'SAFEGUARDING',
        'The care home manager reported that a night carer was seen roughly handling a resident with dementia and has been suspended',
      ],
      ['SPECIAL_CATEGORY_HEALTH', 'a resident with dementia'],
    ],
  ),
  tc(
    'ht-sg-14',
    'social-care',
    'The unborn baby will be subject to a pre-birth assessment because the older siblings were removed under care orders.',
    [
      ['SAFEGUARDING', 'pre-birth assessment'],
      ['SAFEGUARDING', 'the older siblings were removed under care orders'],
    ],
  ),
  tc(
    'ht-sg-15',
    'hr',
    'A parent has alleged that the swimming instructor sent their 11-year-old daughter sexual messages on Snapchat; the LADO has been informed.',
    [
      [
        'SAFEGUARDING',
        'A parent has alleged that the swimming instructor sent their 11-year-old daughter sexual messages on Snapchat; the LADO has been informed',
      ],
    ],
  ),
  tc(
    'ht-sg-16',
    'social-care',
    'The teenager says she feels unsafe at home because her brother threatens to kill her if she tells anyone what he does.',
    [
      [
        'SAFEGUARDING',
        'The teenager says she feels unsafe at home because her brother threatens to kill her if she tells anyone what he does',
      ],
    ],
  ),

  // ---- COMMERCIAL_CONFIDENTIAL: positives ----
  tc(
    'ht-cc-01',
    'procurement',
    "Bidder 2's total price for the school meals contract is £3.2m, which is £410k cheaper than Bidder 1.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Bidder 2's total price for the school meals contract is £3.2m, which is £410k cheaper than Bidder 1",
      ],
    ],
  ),
  tc(
    'ht-cc-02',
    'procurement',
    'Panel consensus: Apex scored 82/100 on quality and 90 on price; Meridian scored 75 and 95. Apex wins on the 60/40 weighting.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Panel consensus: Apex scored 82/100 on quality and 90 on price; Meridian scored 75 and 95',
      ],
    ],
  ),
  tc(
    'ht-cc-03',
    'finance',
    'The developer has offered £3.75m for the car park site, conditional on planning, and we are expecting a counter-offer from Hollis Homes.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The developer has offered £3.75m for the car park site, conditional on planning, and we are expecting a counter-offer from Hollis Homes',
      ],
    ],
  ),
  tc(
    'ht-cc-04',
    'procurement',
    'Their rate card shows a senior consultant at £1,150 a day and a developer at £720, which they have asked us not to share with other suppliers.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Their rate card shows a senior consultant at £1,150 a day and a developer at £720, which they have asked us not to share with other suppliers',
      ],
    ],
  ),
  tc(
    'ht-cc-05',
    'procurement',
    'The abnormally low tender check on Bidder D shows their staffing costs are 30% below the market rate.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The abnormally low tender check on Bidder D shows their staffing costs are 30% below the market rate',
      ],
    ],
  ),
  tc(
    'ht-cc-06',
    'finance',
    'The proposed lease of the former library to the GP practice is at a peppercorn for five years then £35k a year; the terms are not yet agreed.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The proposed lease of the former library to the GP practice is at a peppercorn for five years then £35k a year; the terms are not yet agreed',
      ],
    ],
  ),
  tc(
    'ht-cc-07',
    'procurement',
    "Please find attached the unsuccessful bidders' price submissions for the audit file. These are commercial in confidence.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Please find attached the unsuccessful bidders' price submissions for the audit file",
      ],
    ],
  ),
  tc(
    'ht-cc-08',
    'procurement',
    'Buildwell have told us they are in financial difficulty and may go into administration before the scheme completes.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Buildwell have told us they are in financial difficulty and may go into administration before the scheme completes',
      ],
    ],
  ),
  tc(
    'ht-cc-09',
    'finance',
    'We have agreed to pay the contractor £210,000 in full and final settlement of the delay claim on the bypass.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'We have agreed to pay the contractor £210,000 in full and final settlement of the delay claim on the bypass',
      ],
    ],
  ),
  tc(
    'ht-cc-10',
    'procurement',
    "The preferred bidder's method statement includes their proprietary route optimisation software, which they have marked as a trade secret.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "The preferred bidder's method statement includes their proprietary route optimisation software, which they have marked as a trade secret",
      ],
    ],
  ),
  tc(
    'ht-cc-11',
    'finance',
    'Our negotiating position with the energy broker: we will accept up to 18p per kWh for the three-year fixed deal, but start at 15p.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Our negotiating position with the energy broker: we will accept up to 18p per kWh for the three-year fixed deal, but start at 15p',
      ],
    ],
  ),
  tc(
    'ht-cc-12',
    'procurement',
    'Bidder C has proposed a gainshare of 50/50 on savings above £200k and a cap on their fee of £95k.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Bidder C has proposed a gainshare of 50/50 on savings above £200k and a cap on their fee of £95k',
      ],
    ],
  ),
  tc(
    'ht-cc-13',
    'finance',
    'The independent valuer advises the council should accept no less than £1.1m for the freehold of the shopping parade.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The independent valuer advises the council should accept no less than £1.1m for the freehold of the shopping parade',
      ],
    ],
  ),
  tc(
    'ht-cc-14',
    'procurement',
    'The draft contract award report recommends Kestrel Care at an annual value of £2.6m; the cabinet member has not yet signed it.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The draft contract award report recommends Kestrel Care at an annual value of £2.6m; the cabinet member has not yet signed it',
      ],
    ],
  ),
  tc(
    'ht-cc-15',
    'procurement',
    "Sigma's response to the pre-market engagement included their cost model and a list of the other councils they supply at a discount.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Sigma's response to the pre-market engagement included their cost model and a list of the other councils they supply at a discount",
      ],
    ],
  ),
  tc(
    'ht-cc-16',
    'finance',
    'The insurer is willing to settle the claim for £42k, but wants a confidentiality clause, and our counter-offer is £55k.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The insurer is willing to settle the claim for £42k, but wants a confidentiality clause, and our counter-offer is £55k',
      ],
    ],
  ),

  // ---- Hard negatives ----
  tc(
    'ht-n-01',
    'it-helpdesk',
    'Passwords must be at least 12 characters long and include a number; the password policy is on the intranet.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ht-n-02',
    'it-helpdesk',
    'Never send your password by email. If someone asks for it, report it to the cyber team as phishing.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ht-n-03',
    'it-helpdesk',
    'In the setup guide, replace <password> with your own and [username] with your network ID.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ht-n-04',
    'social-care',
    'A key safe would help Mrs Ward, as she cannot get to the door quickly; the OT will order one.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ht-n-05',
    'it-helpdesk',
    'The login page for the HR portal has moved to a new address; your bookmarks will need updating.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ht-n-06',
    'it-helpdesk',
    'We will text you a one-time passcode when you next sign in from a new device.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ht-n-07',
    'finance',
    'Chip and PIN terminals in the customer service centre are being replaced with contactless readers.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ht-n-08',
    'it-helpdesk',
    'Password: ******** (hidden). Your reset link expires in 24 hours.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ht-n-09',
    'it-helpdesk',
    'The secret to a good handover is to write it down; please update the shared notes before you go on leave.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ht-n-10',
    'housing',
    'Postcode for the new depot is on the letterhead; the access code for the car park will be issued by facilities on your first day.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'ht-n-11',
    'hr',
    'The health and safety committee approved the new lone-working procedure and the manual handling guidance.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'ht-n-12',
    'councillor',
    'Environmental Health officers will be carrying out noise monitoring on Station Road after the complaints.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'ht-n-13',
    'finance',
    'The public health grant for next year is £14.6m and part of it funds the stop smoking service.',
    [],
    ['SPECIAL_CATEGORY_HEALTH', 'COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'ht-n-14',
    'hr',
    'Our employee assistance programme offers free counselling to all staff; the leaflet is attached.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'ht-n-15',
    'councillor',
    "The health scrutiny panel will review the integrated care board's plans for the new hospital.",
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'ht-n-16',
    'housing',
    'The boiler is sick again at the community centre and the engineer is coming on Thursday.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'ht-n-17',
    'sen',
    'The SEND strategy consultation closes on 30 June; we want to hear from parents, schools and health partners.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'ht-n-18',
    'hr',
    'Sickness absence across the directorate fell to 8.2 days per employee this year, below the target of 9.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'ht-n-19',
    'councillor',
    'The accessible toilet in the town hall is out of order, so please direct visitors to the one in the library.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'ht-n-20',
    'finance',
    'The pharmacy on the high street has applied for a new shop front and the planning fee has been paid.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'ht-n-21',
    'councillor',
    'Since we left the European Union the port health checks have moved to the border control post.',
    [],
    ['SPECIAL_CATEGORY_OTHER', 'SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'ht-n-22',
    'finance',
    'Labour costs make up 70% of the home care budget, so the pay award has a big effect.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'ht-n-23',
    'hr',
    'The trade union recognition agreement is being reviewed with all three unions at the JCC next month.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'ht-n-24',
    'councillor',
    'The Conservation Area appraisal for the old town has been adopted by the planning committee.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'ht-n-25',
    'finance',
    'The Green Flag award for Victoria Park has been renewed for another year.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'ht-n-26',
    'councillor',
    "The Mothers' Union have booked the Guildhall for their centenary lunch on the 8th.",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'ht-n-27',
    'hr',
    'Christmas closure: the offices shut at noon on 24 December and reopen on 2 January.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'ht-n-28',
    'councillor',
    'The political balance of committees will be recalculated after the by-election result.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'ht-n-29',
    'it-helpdesk',
    'Windows Hello face sign-in is disabled on council laptops by group policy; please use your PIN instead.',
    [],
    ['SPECIAL_CATEGORY_OTHER', 'CREDENTIAL'],
  ),
  tc(
    'ht-n-30',
    'procurement',
    'The supplier is a third party processor and a data sharing agreement is needed before go-live.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'ht-n-31',
    'councillor',
    'The Police and Crime Panel meets on Monday to consider the precept proposal.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'ht-n-32',
    'hr',
    'Our DBS policy says checks for regulated activity are renewed every three years and recorded on the HR system.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'ht-n-33',
    'finance',
    'There is no charge for the first garden waste bin, and the second bin is charged at £45.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'ht-n-34',
    'councillor',
    'The magistrates court building in Albion Street is being sold and the council has been offered first refusal.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'ht-n-35',
    'hr',
    "Guilty pleasure: the cake sale in the atrium raised £230 for the mayor's charity.",
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'ht-n-36',
    'councillor',
    'Fly-tipping reports went down by 12% after the new cameras were installed, according to the annual report.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'ht-n-37',
    'hr',
    "The Ministry of Justice has sent a circular about the new sentencing guidelines for councils' legal teams to read.",
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'ht-n-38',
    'housing',
    'The anti-social behaviour team has a new manager and will be based at the Eastgate office from Monday.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'ht-n-39',
    'it-helpdesk',
    'The cyber security incident response plan was tested in a tabletop exercise with the police cyber unit.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'ht-n-40',
    'finance',
    'Please arrest the decline in income at the leisure centres by reviewing the membership prices.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'ht-n-41',
    'hr',
    'The safeguarding training for school governors has moved online and takes about 90 minutes.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'ht-n-42',
    'councillor',
    'The Local Safeguarding Children Partnership has published its new multi-agency threshold document.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'ht-n-43',
    'finance',
    'We need to protect the reserves from further use, as the section 151 officer has warned.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'ht-n-44',
    'sen',
    'The child element of Universal Credit is paid for each child, with a two-child limit for those born after April 2017.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'ht-n-45',
    'councillor',
    'The old cemetery is neglected and overgrown, and the Friends group has offered to help with clearance.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'ht-n-46',
    'it-helpdesk',
    'The laptop went missing from the pool car but it was encrypted; the incident has been logged.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'ht-n-47',
    'social-care',
    "The children's social care recruitment campaign has attracted 40 applicants for the social worker posts.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'ht-n-48',
    'hr',
    'Please review the safeguarding policy and the whistleblowing policy before the Ofsted inspection.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'ht-n-49',
    'councillor',
    'The scheme will protect vulnerable road users at the junction by adding a signalised crossing.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'ht-n-50',
    'housing',
    'The risk of damp and mould is higher in the older blocks, so the surveyors will start there.',
    [],
    ['SAFEGUARDING', 'SPECIAL_CATEGORY_HEALTH'],
  ),
  tc('ht-n-51', 'procurement', 'CONFIDENTIAL', [], ['COMMERCIAL_CONFIDENTIAL']),
  tc(
    'ht-n-52',
    'procurement',
    'The invitation to tender for the fleet maintenance contract will be published on Find a Tender on Monday.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'ht-n-53',
    'finance',
    'The budget book for next year has been published on the council website with the fees and charges.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'ht-n-54',
    'procurement',
    'A template confidentiality agreement is on the procurement intranet page for use in soft market testing.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'ht-n-55',
    'hr',
    'This email is confidential and intended only for the addressee. If you have received it in error please delete it.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'ht-n-56',
    'procurement',
    'The Procurement Act 2023 training sessions are now open for booking for all commissioners.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'ht-n-57',
    'finance',
    'Swimming lessons cost £6.50 a session, and concessions are half price with a leisure card.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'ht-n-58',
    'procurement',
    'Suppliers can ask clarification questions through the portal until 12 noon on 3 March.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'ht-n-59',
    'finance',
    'The statement of accounts shows total spend on agency staff of £4.1m, as reported to the audit committee.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'ht-n-60',
    'hr',
    'Confidential - staff only: the Christmas party is at the Crown Hotel and tickets are £25.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
];
