// Held-out DEV set for the category detectors: fresh council wording, used to guide lexicon tuning (only category types are labelled).
import { tc, type CorpusCase } from '../types';

export const heldoutDevCases: readonly CorpusCase[] = [
  // ---- CREDENTIAL: positives ----
  tc(
    'hd-cr-01',
    'it-helpdesk',
    "Hi Jo, I've reset your network account. Your new temporary password is Maple!Leaf42 and it will ask you to change it when you first sign in.",
    [['CREDENTIAL', 'Your new temporary password is Maple!Leaf42']],
  ),
  tc(
    'hd-cr-02',
    'social-care',
    'For the morning call the key safe by the back door opens with 7294. Please make sure it is locked again when you leave.',
    [['CREDENTIAL', 'the key safe by the back door opens with 7294']],
  ),
  tc(
    'hd-cr-03',
    'it-helpdesk',
    'The shared mailbox login for the admissions team is admissions.shared and the password is Harbour2025#, please keep this to the team.',
    [['CREDENTIAL', 'the password is Harbour2025#']],
  ),
  tc(
    'hd-cr-04',
    'finance',
    "I'll send the spreadsheet as a protected file. To open it use the passphrase copper-kettle-morning, I'll text you separately if it doesn't work.",
    [['CREDENTIAL', 'use the passphrase copper-kettle-morning']],
  ),
  tc(
    'hd-cr-05',
    'housing',
    'The door entry code for the block at Elm Court is 1985# and the bin store uses the same code.',
    [['CREDENTIAL', 'The door entry code for the block at Elm Court is 1985#']],
  ),
  tc(
    'hd-cr-06',
    'it-helpdesk',
    'Guest wifi in the Council Chamber: network CouncilGuest, key Sunflower88. It changes every month.',
    [['CREDENTIAL', 'key Sunflower88']],
  ),
  tc(
    'hd-cr-07',
    'it-helpdesk',
    'Can you log into the parking permits portal for me while I am off? Username is kpatel, pw is Tulip_7781.',
    [['CREDENTIAL', 'pw is Tulip_7781']],
  ),
  tc(
    'hd-cr-08',
    'finance',
    'The PIN for the procurement card in the petty cash tin is 6630. Do not leave it with the card.',
    [['CREDENTIAL', 'The PIN for the procurement card in the petty cash tin is 6630']],
  ),
  tc(
    'hd-cr-09',
    'it-helpdesk',
    'Here is the API key for the planning portal integration: pk_live_9fA3kT7qLm2XwZ81. Please store it in the vault, not in the code.',
    [['CREDENTIAL', 'API key for the planning portal integration: pk_live_9fA3kT7qLm2XwZ81']],
  ),
  tc(
    'hd-cr-10',
    'it-helpdesk',
    'Login details for the new case management test site: user tester01 / pass Autumn-Rain-19.',
    [['CREDENTIAL', 'pass Autumn-Rain-19']],
  ),
  tc(
    'hd-cr-11',
    'social-care',
    "Mrs Green's memorable word for the care agency phone line is 'primrose', she is happy for the reablement team to use it.",
    [['CREDENTIAL', "memorable word for the care agency phone line is 'primrose'"]],
  ),
  tc(
    'hd-cr-12',
    'it-helpdesk',
    'The local admin account on the library kiosks is kioskadmin with password Lib#Kiosk2024. We need to rotate it after the upgrade.',
    [['CREDENTIAL', 'password Lib#Kiosk2024']],
  ),
  tc(
    'hd-cr-13',
    'housing',
    'The combination for the key box at the void property is 3-1-8-4, the keys are on the hook inside.',
    [['CREDENTIAL', 'combination for the key box at the void property is 3-1-8-4']],
  ),
  tc(
    'hd-cr-14',
    'it-helpdesk',
    'I changed it to Winter2026! so you can get in this afternoon, please pick your own once you are logged on.',
    [['CREDENTIAL', 'I changed it to Winter2026!']],
  ),
  tc(
    'hd-cr-15',
    'it-helpdesk',
    'The alarm code for the depot office is 4417 and the unset button is on the left of the panel.',
    [['CREDENTIAL', 'The alarm code for the depot office is 4417']],
  ),
  tc(
    'hd-cr-16',
    'it-helpdesk',
    'The recovery key for the encrypted laptop is 118822-440019-773301-662210, read it out to the user over the phone only.',
    [['CREDENTIAL', 'The recovery key for the encrypted laptop is 118822-440019-773301-662210']],
  ),

  // ---- SPECIAL_CATEGORY_HEALTH: positives ----
  tc(
    'hd-he-01',
    'social-care',
    'Mr Okafor was diagnosed with vascular dementia in March and his wife is struggling to manage his care at night.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Mr Okafor was diagnosed with vascular dementia in March and his wife is struggling to manage his care at night',
      ],
    ],
  ),
  tc(
    'hd-he-02',
    'hr',
    "Sarah's GP has signed her off for another three weeks with work-related stress and anxiety. She has asked that the team are not told the reason.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Sarah's GP has signed her off for another three weeks with work-related stress and anxiety",
      ],
    ],
  ),
  tc(
    'hd-he-03',
    'sen',
    'The EHCP draft records that Leo has a diagnosis of autism spectrum condition and sensory processing difficulties, with a speech and language need.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'The EHCP draft records that Leo has a diagnosis of autism spectrum condition and sensory processing difficulties, with a speech and language need',
      ],
    ],
  ),
  tc(
    'hd-he-04',
    'housing',
    'The applicant uses a wheelchair following a spinal injury and needs a ground-floor flat with a level-access shower.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'The applicant uses a wheelchair following a spinal injury and needs a ground-floor flat with a level-access shower',
      ],
    ],
  ),
  tc(
    'hd-he-05',
    'benefits',
    'She receives PIP for her multiple sclerosis and the fatigue means she cannot attend the office in person.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'She receives PIP for her multiple sclerosis and the fatigue means she cannot attend the office in person',
      ],
    ],
  ),
  tc(
    'hd-he-06',
    'social-care',
    'Dad was admitted to the mental health unit on Friday after being detained under section 2.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Dad was admitted to the mental health unit on Friday after being detained under section 2',
      ],
    ],
  ),
  tc(
    'hd-he-07',
    'hr',
    'Following the occupational health assessment, Tom has been advised to avoid lifting because of a prolapsed disc.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Following the occupational health assessment, Tom has been advised to avoid lifting because of a prolapsed disc',
      ],
    ],
  ),
  tc(
    'hd-he-08',
    'social-care',
    'She is on methadone through the drug and alcohol service and picks up her script daily from the chemist.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'She is on methadone through the drug and alcohol service and picks up her script daily from the chemist',
      ],
    ],
  ),
  tc(
    'hd-he-09',
    'councillor',
    'My constituent is undergoing chemotherapy for breast cancer and cannot cope with the damp in her flat.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'My constituent is undergoing chemotherapy for breast cancer and cannot cope with the damp in her flat',
      ],
    ],
  ),
  tc(
    'hd-he-10',
    'sen',
    'Amira has type 1 diabetes and needs an adult trained to check her blood sugar before lunch and PE.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Amira has type 1 diabetes and needs an adult trained to check her blood sugar before lunch and PE',
      ],
    ],
  ),
  tc(
    'hd-he-11',
    'hr',
    'Karen let me know she is 14 weeks pregnant and would like a risk assessment for her role on the waste rounds.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Karen let me know she is 14 weeks pregnant and would like a risk assessment for her role on the waste rounds',
      ],
    ],
  ),
  tc(
    'hd-he-12',
    'social-care',
    'He had a stroke last year which left him with weakness down his right side and some memory loss.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'He had a stroke last year which left him with weakness down his right side and some memory loss',
      ],
    ],
  ),
  tc(
    'hd-he-13',
    'benefits',
    'The claimant says he has been housebound with severe COPD since the winter and is on oxygen at home.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'The claimant says he has been housebound with severe COPD since the winter and is on oxygen at home',
      ],
    ],
  ),
  tc(
    'hd-he-14',
    'sen',
    'The educational psychologist thinks Ruby may have dyslexia and her anxiety about school has led to panic attacks.',
    [
      ['SPECIAL_CATEGORY_HEALTH', 'Ruby may have dyslexia'],
      ['SPECIAL_CATEGORY_HEALTH', 'her anxiety about school has led to panic attacks'],
    ],
  ),
  tc(
    'hd-he-15',
    'hr',
    'Mark has epilepsy and his seizures are triggered by flashing lights, so he should not be rostered on the CCTV suite.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Mark has epilepsy and his seizures are triggered by flashing lights, so he should not be rostered on the CCTV suite',
      ],
    ],
  ),
  tc(
    'hd-he-16',
    'social-care',
    'Her son is registered blind and relies on his guide dog; the new carer must not move furniture around.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Her son is registered blind and relies on his guide dog; the new carer must not move furniture around',
      ],
    ],
  ),
  tc(
    'hd-he-17',
    'hr',
    'Paul is waiting for knee surgery and has asked for a phased return once he is out of hospital.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Paul is waiting for knee surgery and has asked for a phased return once he is out of hospital',
      ],
    ],
  ),

  // ---- SPECIAL_CATEGORY_OTHER: positives ----
  tc(
    'hd-ot-01',
    'hr',
    'Dev is a member of UNISON and has asked for his union representative to attend the disciplinary hearing with him.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Dev is a member of UNISON and has asked for his union representative to attend the disciplinary hearing with him',
      ],
    ],
  ),
  tc(
    'hd-ot-02',
    'housing',
    'The family are Irish Travellers and would prefer a pitch on the council site rather than bricks and mortar.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The family are Irish Travellers and would prefer a pitch on the council site rather than bricks and mortar',
      ],
    ],
  ),
  tc(
    'hd-ot-03',
    'hr',
    'Fatima is a practising Muslim and has asked to move her lunch break during Ramadan to break her fast.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Fatima is a practising Muslim and has asked to move her lunch break during Ramadan to break her fast',
      ],
    ],
  ),
  tc(
    'hd-ot-04',
    'social-care',
    'The young person told his worker he is gay and has not told his foster carers yet.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The young person told his worker he is gay and has not told his foster carers yet',
      ],
    ],
  ),
  tc(
    'hd-ot-05',
    'councillor',
    'The complainant is a Green Party activist and believes the decision was made because of her political views.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The complainant is a Green Party activist and believes the decision was made because of her political views',
      ],
    ],
  ),
  tc(
    'hd-ot-06',
    'social-care',
    "Both parents are Jehovah's Witnesses and have asked that their faith is respected in the care plan.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Both parents are Jehovah's Witnesses and have asked that their faith is respected in the care plan",
      ],
    ],
  ),
  tc(
    'hd-ot-07',
    'hr',
    'Gary is the GMB shop steward at the depot and he will be taking part in the strike ballot.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Gary is the GMB shop steward at the depot and he will be taking part in the strike ballot',
      ],
    ],
  ),
  tc(
    'hd-ot-08',
    'social-care',
    'Mum describes herself as Black Caribbean and wants a carer from a similar cultural background for her daughter.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mum describes herself as Black Caribbean and wants a carer from a similar cultural background for her daughter',
      ],
    ],
  ),
  tc(
    'hd-ot-09',
    'it-helpdesk',
    'The fingerprint templates of the staff enrolled on the new time clock at the depot are stored on the vendor server.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The fingerprint templates of the staff enrolled on the new time clock at the depot are stored on the vendor server',
      ],
    ],
  ),
  tc(
    'hd-ot-10',
    'social-care',
    'The DNA test has confirmed that Mr Hughes is the biological father of the child.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The DNA test has confirmed that Mr Hughes is the biological father of the child',
      ],
    ],
  ),
  tc(
    'hd-ot-11',
    'social-care',
    'She is in a same-sex relationship and her partner, Claire, will be the main carer for the children while she is on the training course.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'She is in a same-sex relationship and her partner, Claire, will be the main carer for the children while she is on the training course',
      ],
    ],
  ),
  tc(
    'hd-ot-12',
    'hr',
    'Harjit is Sikh and wears a kara, so the catering hygiene rule on jewellery needs a reasonable adjustment.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Harjit is Sikh and wears a kara, so the catering hygiene rule on jewellery needs a reasonable adjustment',
      ],
    ],
  ),
  tc(
    'hd-ot-13',
    'housing',
    'Ms Kowalska is of Roma heritage and says neighbours have targeted the family because of their ethnicity.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Ms Kowalska is of Roma heritage and says neighbours have targeted the family because of their ethnicity',
      ],
    ],
  ),
  tc(
    'hd-ot-14',
    'councillor',
    'The resident told me he is a lifelong Conservative voter and a member of the local association.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The resident told me he is a lifelong Conservative voter and a member of the local association',
      ],
    ],
  ),
  tc(
    'hd-ot-15',
    'social-care',
    'The 16-year-old has told us she is bisexual and is worried about her father finding out.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The 16-year-old has told us she is bisexual and is worried about her father finding out',
      ],
    ],
  ),
  tc(
    'hd-ot-16',
    'social-care',
    'The funeral should be humanist as Mr Price was a committed atheist, according to his niece.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The funeral should be humanist as Mr Price was a committed atheist, according to his niece',
      ],
    ],
  ),

  // ---- CRIMINAL_OFFENCE: positives ----
  tc(
    'hd-cx-01',
    'hr',
    'The enhanced DBS for the new care worker came back clear, so she can start on Monday.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The enhanced DBS for the new care worker came back clear, so she can start on Monday',
      ],
    ],
  ),
  tc(
    'hd-cx-02',
    'housing',
    'The tenant was arrested on Saturday on suspicion of supplying class A drugs from the flat.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The tenant was arrested on Saturday on suspicion of supplying class A drugs from the flat',
      ],
    ],
  ),
  tc(
    'hd-cx-03',
    'social-care',
    "Mum's new partner has a previous conviction for assault occasioning actual bodily harm.",
    [
      [
        'CRIMINAL_OFFENCE',
        "Mum's new partner has a previous conviction for assault occasioning actual bodily harm",
      ],
    ],
  ),
  tc(
    'hd-cx-04',
    'social-care',
    'He was released on licence from HMP Hewell last month and is supervised by the Probation Service.',
    [
      [
        'CRIMINAL_OFFENCE',
        'He was released on licence from HMP Hewell last month and is supervised by the Probation Service',
      ],
    ],
  ),
  tc(
    'hd-cx-05',
    'benefits',
    'The claimant received a police caution for benefit fraud in 2019 and the overpayment is still being recovered.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The claimant received a police caution for benefit fraud in 2019 and the overpayment is still being recovered',
      ],
    ],
  ),
  tc(
    'hd-cx-06',
    'housing',
    'Mr Daly is on bail with a condition not to enter Station Road, which is where his mother lives.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Mr Daly is on bail with a condition not to enter Station Road, which is where his mother lives',
      ],
    ],
  ),
  tc(
    'hd-cx-07',
    'social-care',
    'The uncle is a registered sex offender and must not have unsupervised contact with the children.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The uncle is a registered sex offender and must not have unsupervised contact with the children',
      ],
      ['SAFEGUARDING', 'must not have unsupervised contact with the children'],
    ],
  ),
  tc(
    'hd-cx-08',
    'hr',
    'Lee disclosed on his application that he was convicted of drink driving in 2021 and lost his licence for a year.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Lee disclosed on his application that he was convicted of drink driving in 2021 and lost his licence for a year',
      ],
    ],
  ),
  tc(
    'hd-cx-09',
    'social-care',
    'The Youth Justice Service is working with Kyle after the robbery and he has a referral order for nine months.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The Youth Justice Service is working with Kyle after the robbery and he has a referral order for nine months',
      ],
    ],
  ),
  tc(
    'hd-cx-10',
    'housing',
    'Her ex-partner was given a restraining order at the magistrates court and has already breached it twice.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Her ex-partner was given a restraining order at the magistrates court and has already breached it twice',
      ],
    ],
  ),
  tc(
    'hd-cx-11',
    'councillor',
    'My constituent served six years for burglary and says the landlord refused him because of his record.',
    [
      [
        'CRIMINAL_OFFENCE',
        'My constituent served six years for burglary and says the landlord refused him because of his record',
      ],
    ],
  ),
  tc(
    'hd-cx-12',
    'housing',
    'We are prosecuting the landlord for failing to licence an HMO and the trial is listed for June.',
    [
      [
        'CRIMINAL_OFFENCE',
        'We are prosecuting the landlord for failing to licence an HMO and the trial is listed for June',
      ],
    ],
  ),
  tc(
    'hd-cx-13',
    'hr',
    'The police have charged the driver with theft of fuel from the depot and he appears in court next week.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The police have charged the driver with theft of fuel from the depot and he appears in court next week',
      ],
    ],
  ),
  tc(
    'hd-cx-14',
    'social-care',
    'Dad is currently remanded in custody awaiting trial, so contact will be by video from the prison.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Dad is currently remanded in custody awaiting trial, so contact will be by video from the prison',
      ],
    ],
  ),
  tc(
    'hd-cx-15',
    'hr',
    'The DBS disclosure for the minibus driver shows a spent caution for possession of cannabis.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The DBS disclosure for the minibus driver shows a spent caution for possession of cannabis',
      ],
    ],
  ),
  tc(
    'hd-cx-16',
    'social-care',
    'He wears an electronic tag and has a curfew from 7pm to 7am as part of his community order.',
    [
      [
        'CRIMINAL_OFFENCE',
        'He wears an electronic tag and has a curfew from 7pm to 7am as part of his community order',
      ],
    ],
  ),

  // ---- SAFEGUARDING: positives ----
  tc(
    'hd-sg-01',
    'social-care',
    'School rang: Jayden arrived with bruises on both upper arms and said his stepdad grabbed him. We are starting a section 47 enquiry today.',
    [
      ['SAFEGUARDING', 'bruises on both upper arms and said his stepdad grabbed him'],
      ['SAFEGUARDING', 'section 47 enquiry'],
    ],
  ),
  tc(
    'hd-sg-02',
    'social-care',
    'Mrs Patel has been referred to MARAC after her husband strangled her during an argument last week.',
    [
      [
        'SAFEGUARDING',
        'Mrs Patel has been referred to MARAC after her husband strangled her during an argument last week',
      ],
    ],
  ),
  tc(
    'hd-sg-03',
    'social-care',
    "The neighbour thinks Mr Evans' son is taking his pension and he has been left without money for food or heating.",
    [
      [
        'SAFEGUARDING',
        "The neighbour thinks Mr Evans' son is taking his pension and he has been left without money for food or heating",
      ],
    ],
  ),
  tc(
    'hd-sg-04',
    'social-care',
    'Police believe the 15-year-old is being used to run drugs for a county lines gang and he went missing for three days.',
    [
      [
        'SAFEGUARDING',
        'Police believe the 15-year-old is being used to run drugs for a county lines gang and he went missing for three days',
      ],
    ],
  ),
  tc(
    'hd-sg-05',
    'social-care',
    'The twins are subject to a child protection plan under the category of neglect, and the review conference is on the 12th.',
    [
      [
        'SAFEGUARDING',
        'The twins are subject to a child protection plan under the category of neglect, and the review conference is on the 12th',
      ],
    ],
  ),
  tc(
    'hd-sg-06',
    'housing',
    'The tenant is hoarding to the point that the exits are blocked and she is refusing all help, which looks like serious self-neglect.',
    [
      [
        'SAFEGUARDING',
        'The tenant is hoarding to the point that the exits are blocked and she is refusing all help, which looks like serious self-neglect',
      ],
    ],
  ),
  tc(
    'hd-sg-07',
    'hr',
    'We have made a LADO referral about the youth worker after a parent reported inappropriate messages to a 13-year-old.',
    [
      [
        'SAFEGUARDING',
        'We have made a LADO referral about the youth worker after a parent reported inappropriate messages to a 13-year-old',
      ],
    ],
  ),
  tc(
    'hd-sg-08',
    'social-care',
    'The care home reported that a resident was found with a grade 4 pressure sore that staff had not recorded, so we have raised a section 42 enquiry.',
    [
      ['SAFEGUARDING', 'grade 4 pressure sore that staff had not recorded'],
      [
        'SPECIAL_CATEGORY_HEALTH',
        'The care home reported that a resident was found with a grade 4 pressure sore that staff had not recorded, so we have raised a section 42 enquiry',
      ],
      ['SAFEGUARDING', 'section 42 enquiry'],
    ],
  ),
  tc(
    'hd-sg-09',
    'sen',
    'During the annual review the girl told the SENCo that her uncle touches her when mum is at work.',
    [
      [
        'SAFEGUARDING',
        'During the annual review the girl told the SENCo that her uncle touches her when mum is at work',
      ],
    ],
  ),
  tc(
    'hd-sg-10',
    'social-care',
    'There is a concern that the older sister may be taken abroad this summer for a forced marriage.',
    [
      [
        'SAFEGUARDING',
        'There is a concern that the older sister may be taken abroad this summer for a forced marriage',
      ],
    ],
  ),
  tc(
    'hd-sg-11',
    'housing',
    'The housing officer saw that mum has a black eye and she said her partner controls all the money and checks her phone.',
    [
      [
        'SAFEGUARDING',
        'The housing officer saw that mum has a black eye and she said her partner controls all the money and checks her phone',
      ],
    ],
  ),
  tc(
    'hd-sg-12',
    'social-care',
    'The baby was brought to A&E with a fractured skull and the parents could not give an explanation for the injury.',
    [
      [
        'SAFEGUARDING',
        'The baby was brought to A&E with a fractured skull and the parents could not give an explanation for the injury',
      ],
      ['SPECIAL_CATEGORY_HEALTH', 'fractured skull'],
    ],
  ),
  tc(
    'hd-sg-13',
    'social-care',
    "Ellie has gone missing from her children's home again and was seen getting into a car with older men.",
    [
      [
        'SAFEGUARDING',
        "Ellie has gone missing from her children's home again and was seen getting into a car with older men",
      ],
    ],
  ),
  tc(
    'hd-sg-14',
    'councillor',
    'A resident told me the man at number 14 is making his elderly mother sign cheques over to him and shouts at her.',
    [
      [
        'SAFEGUARDING',
        'A resident told me the man at number 14 is making his elderly mother sign cheques over to him and shouts at her',
      ],
    ],
  ),
  tc(
    'hd-sg-15',
    'social-care',
    'The school has made a Prevent referral after the pupil shared extremist videos and talked about attacking a mosque.',
    [
      [
        'SAFEGUARDING',
        'The school has made a Prevent referral after the pupil shared extremist videos and talked about attacking a mosque',
      ],
    ],
  ),
  tc(
    'hd-sg-16',
    'social-care',
    'The children were found alone in the flat at 11pm with no heating and dirty nappies everywhere; police used their powers of protection.',
    [
      ['SAFEGUARDING', 'The children were found alone in the flat at 11pm'],
      ['SAFEGUARDING', 'police used their powers of protection'],
    ],
  ),

  // ---- COMMERCIAL_CONFIDENTIAL: positives ----
  tc(
    'hd-cc-01',
    'procurement',
    "Northway's tender came in at £1.84m over five years, about 7% under the incumbent, and they scored 68 on quality.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Northway's tender came in at £1.84m over five years, about 7% under the incumbent, and they scored 68 on quality",
      ],
    ],
  ),
  tc(
    'hd-cc-02',
    'procurement',
    'Moderated evaluation scores for the highways lot: Bidder A 71.5, Bidder B 64.0, Bidder C 58.25. Please do not share until the award letters go out.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Moderated evaluation scores for the highways lot: Bidder A 71.5, Bidder B 64.0, Bidder C 58.25',
      ],
    ],
  ),
  tc(
    'hd-cc-03',
    'procurement',
    "The agency's day rate for the interim finance director is £950 plus VAT, which is above the framework cap.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "The agency's day rate for the interim finance director is £950 plus VAT, which is above the framework cap",
      ],
    ],
  ),
  tc(
    'hd-cc-04',
    'finance',
    'Our reserve price for the old depot site is £2.3m and we will not go below that in the negotiations with the developer.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Our reserve price for the old depot site is £2.3m and we will not go below that in the negotiations with the developer',
      ],
    ],
  ),
  tc(
    'hd-cc-05',
    'procurement',
    "Attached is GreenCycle's pricing schedule for the waste contract. It is commercially sensitive and must not go outside the evaluation panel.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Attached is GreenCycle's pricing schedule for the waste contract",
      ],
    ],
  ),
  tc(
    'hd-cc-06',
    'procurement',
    'We intend to award the leisure management contract to Active Places Ltd as the preferred bidder, subject to the standstill period.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'We intend to award the leisure management contract to Active Places Ltd as the preferred bidder, subject to the standstill period',
      ],
    ],
  ),
  tc(
    'hd-cc-07',
    'finance',
    'Legal have agreed a settlement of £85,000 with the contractor to end the dispute over the school extension.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Legal have agreed a settlement of £85,000 with the contractor to end the dispute over the school extension',
      ],
    ],
  ),
  tc(
    'hd-cc-08',
    'procurement',
    "The supplier's cost breakdown shows a 22% margin on the maintenance element and overheads at 9%.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "The supplier's cost breakdown shows a 22% margin on the maintenance element and overheads at 9%",
      ],
    ],
  ),
  tc(
    'hd-cc-09',
    'finance',
    'Draft heads of terms for the town centre lease: rent £48,000 a year, a 12-month rent-free period and a break at year five.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Draft heads of terms for the town centre lease: rent £48,000 a year, a 12-month rent-free period and a break at year five',
      ],
    ],
  ),
  tc(
    'hd-cc-10',
    'procurement',
    'Fleetline have asked us to keep their bid confidential: they have offered a 15% discount if we sign for seven years.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Fleetline have asked us to keep their bid confidential: they have offered a 15% discount if we sign for seven years',
      ],
    ],
  ),
  tc(
    'hd-cc-11',
    'procurement',
    'Clarification response from Bidder 3: their unit rate for gully cleansing is £11.40 per gully, not the £14 in their original submission.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Clarification response from Bidder 3: their unit rate for gully cleansing is £11.40 per gully, not the £14 in their original submission',
      ],
    ],
  ),
  tc(
    'hd-cc-12',
    'finance',
    'The valuation report puts the market value of the leisure centre land at £6.1m; this is exempt information under paragraph 3 until cabinet decides.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The valuation report puts the market value of the leisure centre land at £6.1m; this is exempt information under paragraph 3 until cabinet decides',
      ],
    ],
  ),
  tc(
    'hd-cc-13',
    'procurement',
    'The incumbent has told us informally that they will drop their price by £120k if we extend without going back out to tender.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The incumbent has told us informally that they will drop their price by £120k if we extend without going back out to tender',
      ],
    ],
  ),
  tc(
    'hd-cc-14',
    'procurement',
    "Our budget ceiling for the new social care system is £750k. Please don't let the suppliers know before the bids are in.",
    [['COMMERCIAL_CONFIDENTIAL', 'Our budget ceiling for the new social care system is £750k']],
  ),
  tc(
    'hd-cc-15',
    'procurement',
    'Under the NDA we signed with BrightData we cannot share their product roadmap or the licence costs they quoted.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Under the NDA we signed with BrightData we cannot share their product roadmap or the licence costs they quoted',
      ],
    ],
  ),
  tc(
    'hd-cc-16',
    'finance',
    "The developer's viability assessment claims only 12% affordable housing is viable, based on a build cost of £2,100 per square metre.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "The developer's viability assessment claims only 12% affordable housing is viable, based on a build cost of £2,100 per square metre",
      ],
    ],
  ),

  // ---- Hard negatives ----
  tc(
    'hd-n-01',
    'hr',
    'Reminder: the updated password policy requires at least 14 characters and you must not reuse your last five passwords.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hd-n-02',
    'it-helpdesk',
    'If you have forgotten your password, use the self-service reset page; the service desk will never ask you for it by email.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hd-n-03',
    'it-helpdesk',
    'Template for new starters: Username: <firstname.surname>, Password: ******** (issued separately by text).',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hd-n-04',
    'social-care',
    'The key safe at the property has been fitted by the handyperson service and the family will give the code to the agency by phone.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hd-n-05',
    'it-helpdesk',
    'The PIN pad on the second floor printer is faulty, please use the one in the print room until it is replaced.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hd-n-06',
    'it-helpdesk',
    'Multi-factor authentication will be switched on for all staff in May; you will need the Authenticator app on your phone.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hd-n-07',
    'it-helpdesk',
    'Your account has been locked after three failed login attempts. Please call the service desk on extension 4400 to unlock it.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hd-n-08',
    'procurement',
    'The supplier must store passwords hashed and salted and must support single sign-on with our identity provider.',
    [],
    ['CREDENTIAL', 'COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-09',
    'it-helpdesk',
    'Please change the default admin password on the new switches before they go live; the change request is CR-1182.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hd-n-10',
    'it-helpdesk',
    'The API key for the mapping service will be rotated on Friday; the new one will be in the key vault, not in email.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hd-n-11',
    'hr',
    'All managers must complete the health and safety module and the fire marshal refresher by the end of the quarter.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hd-n-12',
    'housing',
    'Environmental Health have inspected the takeaway and issued a hygiene rating of 2; the owner has 28 days to appeal.',
    [],
    ['SPECIAL_CATEGORY_HEALTH', 'CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd-n-13',
    'councillor',
    'The Health and Wellbeing Board will discuss the public health grant allocation and the obesity strategy on Thursday.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hd-n-14',
    'hr',
    'Mental Health Awareness Week starts on Monday: there will be a walk at lunchtime and cakes in the atrium.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hd-n-15',
    'finance',
    'The pension fund is in good health after the last valuation, and the deficit recovery period has been shortened.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hd-n-16',
    'housing',
    'The Disabled Facilities Grant budget for next year is £1.2m and the waiting list for adaptations is being reviewed.',
    [],
    ['SPECIAL_CATEGORY_HEALTH', 'COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-17',
    'hr',
    'The staff flu vaccination clinic will run in the civic centre on 3 and 4 October, book a slot on the intranet.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hd-n-18',
    'housing',
    'The stock condition survey found that 40 blocks need new roofs and the lifts at Tower Lane are at the end of their life.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hd-n-19',
    'councillor',
    'We are launching a healthy schools programme with the NHS trust, covering school meals and active travel.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hd-n-20',
    'hr',
    'The Occupational Health service has moved to the second floor of the annexe and the drop-in hours are now 9 to 12.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hd-n-21',
    'finance',
    'Funding from the European Union for the harbour scheme ended in 2020 and the shortfall will be met from reserves.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hd-n-22',
    'procurement',
    'Labour costs have risen by 6% on the grounds maintenance contract because of the new National Living Wage.',
    [],
    ['SPECIAL_CATEGORY_OTHER', 'COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-23',
    'finance',
    'On a conservative estimate we will need another £400k for temporary accommodation before the year end.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hd-n-24',
    'hr',
    'Can you book our union rep meeting room on level 2 for the joint consultative committee on Tuesday?',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hd-n-25',
    'councillor',
    "The Students' Union at the college have asked whether they can use the Guildhall for their freshers fair.",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hd-n-26',
    'housing',
    'The church hall on Mill Lane is being used as a warm space on Wednesdays and the mosque has offered its community room too.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hd-n-27',
    'hr',
    'The equality monitoring form asks about ethnicity, religion and sexual orientation; answering is optional and the data is anonymised.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hd-n-28',
    'councillor',
    'Election purdah starts on 20 March, so no press releases that could be seen as favouring any political party.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hd-n-29',
    'it-helpdesk',
    'The new biometric door reader for the server room will be installed next week; contractors will need an escort.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hd-n-30',
    'councillor',
    'The Pride event in the park needs a premises licence and the road closure order by the end of May.',
    [],
    ['SPECIAL_CATEGORY_OTHER', 'CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd-n-31',
    'finance',
    'The charge for a bulky waste collection goes up to £32 in April and the charge for garden waste stays the same.',
    [],
    ['CRIMINAL_OFFENCE', 'COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-32',
    'councillor',
    'The Crime and Disorder Scrutiny Committee will hear from the Police and Crime Commissioner about neighbourhood policing.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd-n-33',
    'hr',
    'All new starters in regulated roles need an enhanced DBS check before they start; HR will send the link.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd-n-34',
    'finance',
    'Parking penalty charge notices can be appealed online within 28 days, and the discount applies if paid within 14.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd-n-35',
    'councillor',
    'The court at the leisure centre has been resurfaced and the netball league can use it again from next week.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd-n-36',
    'councillor',
    'I am convinced the new bus timetable is an improvement, no offence to the officers who designed the old one.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd-n-37',
    'hr',
    'Please can you rephrase the last sentence in paragraph 4 of the report; it reads as if we are blaming the contractor.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd-n-38',
    'councillor',
    'The Community Safety Partnership has funded extra CCTV in the town centre and a new youth club on Fridays.',
    [],
    ['CRIMINAL_OFFENCE', 'SAFEGUARDING'],
  ),
  tc(
    'hd-n-39',
    'hr',
    'The Prison Service recruitment fair is being held in our job centre partnership space on Thursday.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd-n-40',
    'housing',
    'The landlord licensing scheme has been approved and applications open on 1 July; fees are on the website.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd-n-41',
    'hr',
    'All staff who work with children must complete level 2 safeguarding training before the end of September.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'hd-n-42',
    'councillor',
    'The Safeguarding Adults Board annual report will be presented to full council in November.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'hd-n-43',
    'finance',
    "The children's services budget is forecast to overspend by £3m, mainly on external residential placements.",
    [],
    ['SAFEGUARDING', 'COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-44',
    'housing',
    'The verges on the estate have been neglected since the contract changed; please chase the grounds team.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'hd-n-45',
    'it-helpdesk',
    'Data protection impact assessment attached; the risk register has been updated with the three new risks.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'hd-n-46',
    'councillor',
    'Residents feel the planning committee is abusing the process by deferring the application again.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'hd-n-47',
    'hr',
    'We are recruiting a Designated Safeguarding Lead for the adult education service; the closing date is 14 June.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'hd-n-48',
    'sen',
    'The new childcare sufficiency assessment shows gaps in holiday provision for children with additional needs.',
    [],
    ['SAFEGUARDING', 'SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hd-n-49',
    'councillor',
    'The flood protection scheme will protect 300 homes, and the Environment Agency is paying half.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'hd-n-50',
    'social-care',
    'Missing Persons Week is an opportunity to promote the return home interview service to partners.',
    [],
    ['SAFEGUARDING'],
  ),
  tc('hd-n-51', 'hr', 'Confidential', [], ['COMMERCIAL_CONFIDENTIAL']),
  tc(
    'hd-n-52',
    'procurement',
    'The tender for the cleaning contract is now live on Contracts Finder and the clarification deadline is 5 May.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-53',
    'finance',
    'The confidential waste bins on each floor will be emptied on Thursdays from now on.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-54',
    'finance',
    'The council tax for a Band D property will be £2,104 next year, an increase of 4.99%, as published in the budget book.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-55',
    'procurement',
    'Procurement training for budget holders is on 9 October: how to run a quotation, and when a tender is needed.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-56',
    'procurement',
    'Our contracts register is published every quarter under the Transparency Code and lists all awards over £5,000.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-57',
    'hr',
    '[CONFIDENTIAL] Agenda for the team meeting: rota, leave cover, and the office move.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-58',
    'finance',
    'The price of a resident parking permit is £60 a year, or £30 for a second car; please update the web page.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-59',
    'procurement',
    'Please treat this as confidential for now: the team away day is moving to the Riverside Centre.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd-n-60',
    'procurement',
    'The contract award notice for the library refurbishment has been published, with the winning bidder and the total value.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  // ---- second dev batch: fresh scenarios for a second tuning round ----
  tc(
    'hd2-cr-01',
    'it-helpdesk',
    "Temp pwd for Jack's account: Kestrel#51 - he'll be asked to set his own.",
    [['CREDENTIAL', 'Kestrel#51']],
  ),
  tc(
    'hd2-cr-02',
    'housing',
    'To get into the community centre use the keypad by the side door, 2958 then press enter.',
    [['CREDENTIAL', 'use the keypad by the side door, 2958']],
  ),
  tc(
    'hd2-cr-03',
    'it-helpdesk',
    'The Wi-Fi at the Bridge Street hub is BSH-Public and the password is on the back of the router: Orchid7731.',
    [['CREDENTIAL', 'Orchid7731']],
  ),
  tc('hd2-cr-04', 'it-helpdesk', 'Your voicemail PIN has been reset to 9083.', [
    ['CREDENTIAL', 'Your voicemail PIN has been reset to 9083'],
  ]),
  tc(
    'hd2-cr-05',
    'it-helpdesk',
    'Please log on as duty.manager with Rota!2025 until your own account is sorted.',
    [['CREDENTIAL', 'log on as duty.manager with Rota!2025']],
  ),
  tc(
    'hd2-cr-06',
    'finance',
    'The new SFTP credentials for the pensions upload: user lgps_upload, password Qx7#rT2m!',
    [['CREDENTIAL', 'password Qx7#rT2m!']],
  ),
  tc(
    'hd2-cr-07',
    'social-care',
    "Her security answer for the bank is her mother's maiden name, Fletcher.",
    [['CREDENTIAL', "Her security answer for the bank is her mother's maiden name, Fletcher"]],
  ),
  tc('hd2-cr-08', 'housing', 'The code for the staff toilets in the library is C1470.', [
    ['CREDENTIAL', 'The code for the staff toilets in the library is C1470'],
  ]),
  tc('hd2-cr-09', 'it-helpdesk', 'Mobile unlock code for the out-of-hours phone: 552190.', [
    ['CREDENTIAL', 'Mobile unlock code for the out-of-hours phone: 552190'],
  ]),
  tc('hd2-cr-10', 'it-helpdesk', 'The door to the server room now uses 8-4-2-6 on the keypad.', [
    ['CREDENTIAL', '8-4-2-6 on the keypad'],
  ]),
  tc(
    'hd2-he-01',
    'hr',
    "Mrs Jones has Crohn's disease and needs to be near a toilet, so the upstairs office is not suitable.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Mrs Jones has Crohn's disease and needs to be near a toilet, so the upstairs office is not suitable",
      ],
    ],
  ),
  tc('hd2-he-02', 'sen', 'The child has a severe nut allergy and carries two adrenaline pens.', [
    [
      'SPECIAL_CATEGORY_HEALTH',
      'The child has a severe nut allergy and carries two adrenaline pens',
    ],
  ]),
  tc(
    'hd2-he-03',
    'social-care',
    'He lost his leg to diabetes last year and now uses a prosthetic.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'He lost his leg to diabetes last year and now uses a prosthetic',
      ],
    ],
  ),
  tc(
    'hd2-he-04',
    'hr',
    "Sam has been signed off with post-natal depression and won't be back before March.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Sam has been signed off with post-natal depression and won't be back before March",
      ],
    ],
  ),
  tc(
    'hd2-he-05',
    'benefits',
    "The claimant's psychiatrist confirms he has had treatment-resistant depression for ten years.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "The claimant's psychiatrist confirms he has had treatment-resistant depression for ten years",
      ],
    ],
  ),
  tc(
    'hd2-he-06',
    'social-care',
    'Mr Reid is now on end of life care at home and the district nurses visit twice a day.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Mr Reid is now on end of life care at home and the district nurses visit twice a day',
      ],
    ],
  ),
  tc(
    'hd2-he-07',
    'sen',
    'Zara has a tracheostomy and needs a trained adult with her at all times on the school bus.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Zara has a tracheostomy and needs a trained adult with her at all times on the school bus',
      ],
    ],
  ),
  tc(
    'hd2-he-08',
    'housing',
    "The tenant's daughter has sickle cell anaemia and is often unwell during the winter.",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "The tenant's daughter has sickle cell anaemia and is often unwell during the winter",
      ],
    ],
  ),
  tc(
    'hd2-he-09',
    'councillor',
    'He was diagnosed with prostate cancer and is having radiotherapy five days a week.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'He was diagnosed with prostate cancer and is having radiotherapy five days a week',
      ],
    ],
  ),
  tc(
    'hd2-he-10',
    'hr',
    'Our receptionist has tinnitus and vertigo and has asked to move away from the main doors.',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Our receptionist has tinnitus and vertigo and has asked to move away from the main doors',
      ],
    ],
  ),
  tc(
    'hd2-ot-01',
    'housing',
    'Mr Ali is an Ahmadiyya Muslim and has been harassed by other tenants because of his faith.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mr Ali is an Ahmadiyya Muslim and has been harassed by other tenants because of his faith',
      ],
    ],
  ),
  tc(
    'hd2-ot-02',
    'hr',
    'Our HR records show Kevin is in the PCS union and pays his subs by direct debit.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Our HR records show Kevin is in the PCS union and pays his subs by direct debit',
      ],
    ],
  ),
  tc(
    'hd2-ot-03',
    'social-care',
    'She said she is asexual and found the questions about boyfriends in the assessment upsetting.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'She said she is asexual and found the questions about boyfriends in the assessment upsetting',
      ],
    ],
  ),
  tc(
    'hd2-ot-04',
    'councillor',
    'The caseworker says the resident is a well-known Plaid Cymru member who has complained before.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The caseworker says the resident is a well-known Plaid Cymru member who has complained before',
      ],
    ],
  ),
  tc(
    'hd2-ot-05',
    'social-care',
    "The boy's father is Nigerian and Yoruba, and his mother is white Scottish.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "The boy's father is Nigerian and Yoruba, and his mother is white Scottish",
      ],
    ],
  ),
  tc(
    'hd2-ot-06',
    'it-helpdesk',
    'The retinal scans used by the new entry system are biometric data about every employee.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The retinal scans used by the new entry system are biometric data about every employee',
      ],
    ],
  ),
  tc('hd2-ot-07', 'hr', 'His sister is a Quaker and will not swear on the Bible at the tribunal.', [
    [
      'SPECIAL_CATEGORY_OTHER',
      'His sister is a Quaker and will not swear on the Bible at the tribunal',
    ],
  ]),
  tc(
    'hd2-ot-08',
    'social-care',
    'The ancestry DNA results showed Mrs Lane has a half-brother she did not know about.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The ancestry DNA results showed Mrs Lane has a half-brother she did not know about',
      ],
    ],
  ),
  tc(
    'hd2-ot-09',
    'councillor',
    'He told the panel he was expelled from the Communist Party in the 1980s and still holds Marxist views.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'He told the panel he was expelled from the Communist Party in the 1980s and still holds Marxist views',
      ],
    ],
  ),
  tc(
    'hd2-ot-10',
    'hr',
    'In her exit interview she said she felt excluded because she is the only Black woman in the team.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'In her exit interview she said she felt excluded because she is the only Black woman in the team',
      ],
    ],
  ),
  tc('hd2-cx-01', 'hr', 'The basic disclosure for the cleaner shows no unspent convictions.', [
    ['CRIMINAL_OFFENCE', 'The basic disclosure for the cleaner shows no unspent convictions'],
  ]),
  tc(
    'hd2-cx-02',
    'social-care',
    'Mr Bryant was jailed in 2018 for downloading indecent images and is on the register for life.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Mr Bryant was jailed in 2018 for downloading indecent images and is on the register for life',
      ],
    ],
  ),
  tc(
    'hd2-cx-03',
    'housing',
    "The tenant's son is due at crown court next month charged with robbery.",
    [
      [
        'CRIMINAL_OFFENCE',
        "The tenant's son is due at crown court next month charged with robbery",
      ],
    ],
  ),
  tc(
    'hd2-cx-04',
    'hr',
    'Our driver was stopped for drug driving and has been summonsed to court.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Our driver was stopped for drug driving and has been summonsed to court',
      ],
    ],
  ),
  tc(
    'hd2-cx-05',
    'housing',
    'We are taking the landlord to court for breaching the improvement notice; the first hearing is in May.',
    [
      [
        'CRIMINAL_OFFENCE',
        'We are taking the landlord to court for breaching the improvement notice; the first hearing is in May',
      ],
    ],
  ),
  tc(
    'hd2-cx-06',
    'councillor',
    'He received a conditional discharge for the assault on the bus driver.',
    [['CRIMINAL_OFFENCE', 'He received a conditional discharge for the assault on the bus driver']],
  ),
  tc(
    'hd2-cx-07',
    'hr',
    'The applicant has a string of convictions for theft from shops between 2015 and 2019.',
    [
      [
        'CRIMINAL_OFFENCE',
        'The applicant has a string of convictions for theft from shops between 2015 and 2019',
      ],
    ],
  ),
  tc(
    'hd2-cx-08',
    'social-care',
    'Police have told us the home carer is suspected of stealing from clients and is being investigated.',
    [
      [
        'CRIMINAL_OFFENCE',
        'Police have told us the home carer is suspected of stealing from clients and is being investigated',
      ],
    ],
  ),
  tc(
    'hd2-cx-09',
    'benefits',
    'She spent three months in HMP Eastwood Park for non-payment of council tax in 2012.',
    [
      [
        'CRIMINAL_OFFENCE',
        'She spent three months in HMP Eastwood Park for non-payment of council tax in 2012',
      ],
    ],
  ),
  tc(
    'hd2-cx-10',
    'housing',
    'He is a convicted arsonist and the fire service have asked us to fit a sprinkler in his flat.',
    [
      [
        'CRIMINAL_OFFENCE',
        'He is a convicted arsonist and the fire service have asked us to fit a sprinkler in his flat',
      ],
    ],
  ),
  tc(
    'hd2-sg-01',
    'sen',
    'The 8-year-old told his teacher that dad kicked him down the stairs last night.',
    [
      [
        'SAFEGUARDING',
        'The 8-year-old told his teacher that dad kicked him down the stairs last night',
      ],
    ],
  ),
  tc(
    'hd2-sg-02',
    'social-care',
    'The teenager has been sending explicit images to an adult she met on Instagram, who is now blackmailing her.',
    [
      [
        'SAFEGUARDING',
        'The teenager has been sending explicit images to an adult she met on Instagram, who is now blackmailing her',
      ],
    ],
  ),
  tc(
    'hd2-sg-03',
    'housing',
    'Neighbours have heard screaming and the children crying late at night several times this week.',
    [
      [
        'SAFEGUARDING',
        'Neighbours have heard screaming and the children crying late at night several times this week',
      ],
    ],
  ),
  tc(
    'hd2-sg-04',
    'housing',
    "The tenant told the repairs operative that her partner won't let her leave the house or see her friends.",
    [
      [
        'SAFEGUARDING',
        "The tenant told the repairs operative that her partner won't let her leave the house or see her friends",
      ],
    ],
  ),
  tc(
    'hd2-sg-05',
    'social-care',
    'Mrs Hall is frightened to tell anyone that her grandson takes her money every week.',
    [
      [
        'SAFEGUARDING',
        'Mrs Hall is frightened to tell anyone that her grandson takes her money every week',
      ],
    ],
  ),
  tc(
    'hd2-sg-06',
    'social-care',
    'We have been told the 17-year-old works long hours in a nail bar for no pay and is not allowed to keep her own passport.',
    [
      [
        'SAFEGUARDING',
        'We have been told the 17-year-old works long hours in a nail bar for no pay and is not allowed to keep her own passport',
      ],
    ],
  ),
  tc(
    'hd2-sg-07',
    'social-care',
    'On the visit the house smelled strongly of urine, the toddler had severe nappy rash and the cupboards were empty.',
    [
      [
        'SAFEGUARDING',
        'On the visit the house smelled strongly of urine, the toddler had severe nappy rash and the cupboards were empty',
      ],
    ],
  ),
  tc(
    'hd2-sg-08',
    'sen',
    'The pupil has come to school with unexplained marks on her neck twice this term.',
    [
      [
        'SAFEGUARDING',
        'The pupil has come to school with unexplained marks on her neck twice this term',
      ],
    ],
  ),
  tc(
    'hd2-sg-09',
    'social-care',
    "The boy said his mum's boyfriend makes him sleep in the garden shed when he wets the bed.",
    [
      [
        'SAFEGUARDING',
        "The boy said his mum's boyfriend makes him sleep in the garden shed when he wets the bed",
      ],
    ],
  ),
  tc(
    'hd2-sg-10',
    'sen',
    'The school nurse is worried that the 13-year-old is in a relationship with a 22-year-old man.',
    [
      [
        'SAFEGUARDING',
        'The school nurse is worried that the 13-year-old is in a relationship with a 22-year-old man',
      ],
    ],
  ),
  tc(
    'hd2-cc-01',
    'procurement',
    'The three quotes for the roof works were £48k from Dale Roofing, £52k from Summit and £61k from Apex Building.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The three quotes for the roof works were £48k from Dale Roofing, £52k from Summit and £61k from Apex Building',
      ],
    ],
  ),
  tc(
    'hd2-cc-02',
    'procurement',
    'Their submission shows annual running costs of £310,000 against our affordability envelope of £280,000.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Their submission shows annual running costs of £310,000 against our affordability envelope of £280,000',
      ],
    ],
  ),
  tc(
    'hd2-cc-03',
    'finance',
    'Blackwood Homes want to buy the garage site for £410k; the district valuer thinks it is worth £450k.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Blackwood Homes want to buy the garage site for £410k; the district valuer thinks it is worth £450k',
      ],
    ],
  ),
  tc(
    'hd2-cc-04',
    'procurement',
    'The supplier is proposing a 4.5% price increase from April, well above the cap in the contract, and has threatened to walk away.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The supplier is proposing a 4.5% price increase from April, well above the cap in the contract, and has threatened to walk away',
      ],
    ],
  ),
  tc(
    'hd2-cc-05',
    'procurement',
    "Keep this between us: the incumbent's contract is losing them money and they have asked to exit early.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Keep this between us: the incumbent's contract is losing them money and they have asked to exit early",
      ],
    ],
  ),
  tc(
    'hd2-cc-06',
    'procurement',
    'The highest scoring bid for the parks contract was from GreenScape at £2.1m, ahead of TerraCare at £1.95m.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The highest scoring bid for the parks contract was from GreenScape at £2.1m, ahead of TerraCare at £1.95m',
      ],
    ],
  ),
  tc(
    'hd2-cc-07',
    'finance',
    'Draft terms for the joint venture: the council takes a 49% share and the developer guarantees a minimum land receipt of £5m.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Draft terms for the joint venture: the council takes a 49% share and the developer guarantees a minimum land receipt of £5m',
      ],
    ],
  ),
  tc(
    'hd2-cc-08',
    'procurement',
    'The software vendor has offered us 40% off the list price if we sign before their year end in March.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The software vendor has offered us 40% off the list price if we sign before their year end in March',
      ],
    ],
  ),
  tc(
    'hd2-cc-09',
    'procurement',
    'We received five tenders; the prices ranged from £780k to £1.3m and two were non-compliant.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'We received five tenders; the prices ranged from £780k to £1.3m and two were non-compliant',
      ],
    ],
  ),
  tc(
    'hd2-cc-10',
    'finance',
    'The rent for the Market Hall cafe will go up from £12,000 to £15,500 a year at the review, which the tenant has not yet agreed.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The rent for the Market Hall cafe will go up from £12,000 to £15,500 a year at the review, which the tenant has not yet agreed',
      ],
    ],
  ),
  tc(
    'hd2-n-01',
    'it-helpdesk',
    'The password reset tool is down this morning, please call the service desk if you are locked out.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hd2-n-02',
    'social-care',
    'Key safe installations are free for residents over 75 who receive a care package.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'hd2-n-03',
    'councillor',
    'The cancer screening bus will visit the Tesco car park on Tuesday and Wednesday.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hd2-n-04',
    'councillor',
    'The surgery at Park Road has closed its list to new patients, so residents are being sent to the health centre.',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    'hd2-n-05',
    'councillor',
    'The Conservative group has tabled a motion on potholes for the next full council.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hd2-n-06',
    'hr',
    'Representatives from Unite and GMB will join the pay talks on Thursday.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'hd2-n-07',
    'housing',
    'The Court of Appeal ruling on the homelessness duty has implications for every council.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd2-n-08',
    'councillor',
    'The police will attend the residents meeting about parking on the estate.',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    'hd2-n-09',
    'sen',
    'Please update the risk assessment for the school trip to the zoo before Friday.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'hd2-n-10',
    'housing',
    'Abuse of the recycling bins by commercial users is becoming a problem in the town centre.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'hd2-n-11',
    'procurement',
    'The tender documents and the pricing schedule template are on the portal for all bidders.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'hd2-n-12',
    'finance',
    'Room hire rates for the community centre are published on the website.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
];
