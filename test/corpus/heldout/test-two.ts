// Held-out TEST set two for the category detectors: 96 positives and 48 hard negatives written blind by three helpers on 2026-11-23, scored once and never used for tuning (see docs/heldout-evaluation.md).
import { tc, type CorpusCase } from '../types';

// Each positive labels one sentence (dashes as normalisation writes them), so the set is scored by
// email (evaluateByMessage), not by finding.
export const heldoutTestTwoCases: readonly CorpusCase[] = [
  tc(
    't2a-01',
    'social-care',
    "Hi Priya,\n\nQuick notes from strat disc this am re Kacper Nowak (DOB 14/03/2019) - for the file pls.\n\n- Present: SW (me), DS Reilly, HV Janet Oduya, nursery mgr\n- Nursery noted 3 fingertip-type bruises L upper arm on Mon, mum's explanation inconsistent\n- Agreed threshold met for s47, single agency for now\n- CP medical booked Thurs 10am at the Royal\n- Sibling (Zofia, 7) to be seen at school tmrw\n\nWill upload minutes to Mosaic once typed.\nTa, Lewis",
    [
      [
        'SAFEGUARDING',
        "Nursery noted 3 fingertip-type bruises L upper arm on Mon, mum's explanation inconsistent",
      ],
    ],
  ),
  tc(
    't2a-02',
    'sen',
    "Dear Ms Achterberg,\n\nI'm writing as DSL at Holm Lane Primary. At lunchtime today Tia-Mae Roberts in Year 4 told her class TA that her mum's boyfriend 'locks her in the bedroom without tea when he's cross' and that it happened again last night. I've logged it on MyConcern and rang the front door at 13:40; the duty social worker (Carl) said they'd call back by end of day. Tia is in school until 3.15 and we'll keep her with us if we haven't heard by then.\n\nCould you hold off sending the annual review paperwork home in her bookbag for now - I'll explain more when we speak.\n\nMrs D. Fairweather\nDeputy Head / DSL",
    [
      [
        'SAFEGUARDING',
        "At lunchtime today Tia-Mae Roberts in Year 4 told her class TA that her mum's boyfriend 'locks her in the bedroom without tea when he's cross' and that it happened again last night.",
      ],
    ],
  ),
  tc(
    't2a-03',
    'housing',
    "Morning Glen,\n\nFollowing my tenancy visit to Ashdown Court yesterday - Mr Desmond Achebe (flat 3) is really not managing. Kitchen's unusable, rotting food everywhere, no working heating and he told me he hasn't been out since the snow. He's lost a lot of weight since I saw him in Sept and wasn't sure what day it was. I've raised an adult safeguarding concern with the ASC front door this morning on the grounds of self-neglect (ref ASC-55120). Think there may be capacity questions too but that's for them.\n\nCan we pause the arrears letter for now? Last thing he needs.\n\nThanks\nRhiannon Price\nTenancy Sustainment Officer",
    [
      [
        'SAFEGUARDING',
        "I've raised an adult safeguarding concern with the ASC front door this morning on the grounds of self-neglect (ref ASC-55120).",
      ],
    ],
  ),
  tc(
    't2a-04',
    'councillor',
    "hi both, bit of an awkward one. Had a lady stop me outside the Co-op on Sat, she lives on Greaves Road and says the two little ones at no. 41 (she thinks the surname is Kowalczyk? not sure) are being left on their own most evenings till gone 11, the older one can't be more than 6. She didnt want to ring anyone herself. Can someone from childrens pick this up? I don't want to go knocking myself obviously!\ncheers, Sue\nCllr Sue Hargreaves, Eastfield ward",
    [
      [
        'SAFEGUARDING',
        "Had a lady stop me outside the Co-op on Sat, she lives on Greaves Road and says the two little ones at no. 41 (she thinks the surname is Kowalczyk? not sure) are being left on their own most evenings till gone 11, the older one can't be more than 6.",
      ],
    ],
  ),
  tc(
    't2a-05',
    'social-care',
    "Sending as text as the portal's down again - pls log on receipt.\n\nMULTI-AGENCY REFERRAL FORM\nReferrer: Amira Haddad, School Nurse, Westfield Academy\nChild: Jayden Boateng    DOB: 02/11/2010    Yr 9\nAddress: 7 Millstream Close\nParent/carer: Grace Boateng (mother)\nReason for referral: Jayden disclosed to me on 04/06 that he has been sleeping in his cousin's car for the past week because his mum's partner told him to get out.\nParents aware of referral: No - Jayden asked us not to tell mum yet\nImmediate risk: Yes - nowhere to stay tonight\nOther agencies involved: none known\n\nAmira",
    [
      [
        'SAFEGUARDING',
        "Reason for referral: Jayden disclosed to me on 04/06 that he has been sleeping in his cousin's car for the past week because his mum's partner told him to get out.",
      ],
    ],
  ),
  tc(
    't2a-06',
    'social-care',
    "FYI - see below from the building society. Can this go to duty today please, I don't think it can wait for allocation.\n\nGemma\n\n---------- Forwarded message ---------\nFrom: Vulnerable Customers Team, Northgate Building Society\nSent: 12 March 10:14\nSubject: Concern - Mrs Edna Whitlock\n\nGood morning,\n\nWe're contacting you under our vulnerable customer protocol. Our customer Mrs Edna Whitlock (aged 89, Flat 6 Beech House) has had £14,300 withdrawn over six weeks, mostly from a cash machine near her great-nephew's address, and she told our branch colleague she 'has to give Darren money or he won't visit'. We've placed a temporary marker on the account and would welcome a call from someone in your adult social care team.\n\nKind regards\nR. Benning\nVulnerable Customers Team",
    [
      [
        'SAFEGUARDING',
        "Our customer Mrs Edna Whitlock (aged 89, Flat 6 Beech House) has had £14,300 withdrawn over six weeks, mostly from a cash machine near her great-nephew's address, and she told our branch colleague she 'has to give Darren money or he won't visit'.",
      ],
    ],
  ),
  tc(
    't2a-07',
    'benefits',
    "Hi Marcus\n\nJust flagging re the HB claim for Ms Shabnam Akhtar, 22 Lorne St. When she came in to the customer service centre to drop off her payslips she got very upset and said her husband takes her bank card and won't let her leave the house without him, and that's why the docs were late. She was clear she doesn't want anything that would get back to him. I gave her the IDVA number and put a DA referral through on the intranet form with her consent.\n\nIMPORTANT - please don't phone the landline on the claim. Text only to her own mobile ending 448.\n\nThanks, Oksana\nBenefits Assessor",
    [
      [
        'SAFEGUARDING',
        "When she came in to the customer service centre to drop off her payslips she got very upset and said her husband takes her bank card and won't let her leave the house without him, and that's why the docs were late.",
      ],
    ],
  ),
  tc(
    't2a-08',
    'hr',
    "Jo - confidential, please don't fwd.\n\nFollowing the call from Fernside School this morning I've spoken to the LADO. The allegation is that Mr Owen Pritchard (PE, on our supply register) sent private Instagram messages to a Year 10 girl over half term. LADO is convening an allegations management meeting on Weds and until then he's not to be offered any further bookings. Please don't put anything on his personnel file yet beyond 'held pending'.\n\nWill brief you properly tmrw.\nHannah Kaur\nHR Business Partner - Schools",
    [
      [
        'SAFEGUARDING',
        'The allegation is that Mr Owen Pritchard (PE, on our supply register) sent private Instagram messages to a Year 10 girl over half term.',
      ],
    ],
  ),
  tc(
    't2a-09',
    'social-care',
    "Hi all,\n\nUpdate following today's Review Child Protection Conference for the Mensah-Clarke children (Ebony 9, Malachi 5 and baby Nia, 4 months). The conference was quorate with health visiting, school and the family's housing officer attending, and both parents were present for the first part. Reports noted real progress in some areas: home conditions have improved, attendance at the parenting course has been consistent, and Malachi's speech and language appointments have all been kept. However Ebony continues to tell school staff about shouting and arguments at home late at night, and dad has not taken up the place offered on the Caring Dads programme. The decision of the conference was that all three children remain subject to child protection plans under the category of emotional abuse. Core group to meet within 10 working days - I'll send dates round tomorrow - and the next review will be in six months.\n\nAny queries please come back to me.\n\nKind regards\nBeatrice Lungu\nSocial Worker, Locality Team North",
    [
      [
        'SAFEGUARDING',
        'The decision of the conference was that all three children remain subject to child protection plans under the category of emotional abuse.',
      ],
    ],
  ),
  tc(
    't2a-10',
    'sen',
    "Hi Callum, re the draft EHCP for Lily-Rose Dempsey - section D needs a bit more work. Her social worker confirmed on Friday that Lily-Rose was discussed at the exploitation panel last week and is now assessed as high risk of CSE, linked to older males she's been meeting via Snapchat. It's relevant to the transport and the after-school package in F. I don't want that detail in the plan itself but the placement needs to know. Can we talk before I send the draft to mum? Rachel (SEN Caseworker)",
    [
      [
        'SAFEGUARDING',
        "Her social worker confirmed on Friday that Lily-Rose was discussed at the exploitation panel last week and is now assessed as high risk of CSE, linked to older males she's been meeting via Snapchat.",
      ],
    ],
  ),
  tc(
    't2a-11',
    'housing',
    "Ade,\n\n16/17 joint assessment for Tyrese Campbell done with CSC yesterday. Sofa surfing since Xmas. What worried us both was he had 3 phones on him, brand new coat, and said he's been 'doing trips' up to Norwich for an older lad he wouldn't name. CSC are doing an NRM referral and he's been flagged to the CCE panel. Supported lodgings offer on hold while they assess - and he can't go to Kingsway obviously.\n\nTa\nMel",
    [['SAFEGUARDING', "CSC are doing an NRM referral and he's been flagged to the CCE panel."]],
  ),
  tc(
    't2a-12',
    'social-care',
    "Return home interview done for Amelia Sorensen (13, LAC, placed at Oakwood). This was her 4th missing episode since April. She was found in Leeds by BTP at 2am with an adult male she called 'Uncle J' who isn't known to the family. Wouldn't say much more but did say he buys her vapes and takes her to 'parties'. Passed to her SW and the exploitation coordinator, and I've asked for a strategy meeting to be convened. Residential staff aware.\nNaz\nMissing Children Worker",
    [
      [
        'SAFEGUARDING',
        "She was found in Leeds by BTP at 2am with an adult male she called 'Uncle J' who isn't known to the family.",
      ],
    ],
  ),
  tc(
    't2a-13',
    'it-helpdesk',
    "Hi Service Desk,\n\nUrgent please - can you put a restricted/sealed flag on the Mosaic and EDRMS records for Poppy Farrell (Mosaic ID 2290471)? She was placed with foster carers on Friday under an emergency protection order and her father has been phoning round council departments trying to find out where she is. Only the Fostering team and her allocated SW (Kwame Asante) should be able to see the placement address.\n\nP1 if at all poss.\nThanks, Lorna\nBusiness Support, Children's Services",
    [
      [
        'SAFEGUARDING',
        'She was placed with foster carers on Friday under an emergency protection order and her father has been phoning round council departments trying to find out where she is.',
      ],
    ],
  ),
  tc(
    't2a-14',
    'finance',
    "Hi Sanjay,\n\nDP audit query on client Gareth Lloyd (ID 40318). The PA on his account is also his brother-in-law, and the statements show the DP card being used for petrol, Sky Sports and a holiday deposit - nothing linked to his support plan. The day centre also mentioned he's been turning up with no lunch money and in the same clothes all week. I've flagged it to the ASC safeguarding team as possible financial abuse and have suspended the card pending review. Please don't send the standard recovery letter yet, it would go to the same address.\n\nThanks\nDenise Holloway\nDirect Payments Finance Officer",
    [
      [
        'SAFEGUARDING',
        "I've flagged it to the ASC safeguarding team as possible financial abuse and have suspended the card pending review.",
      ],
    ],
  ),
  tc(
    't2a-15',
    'procurement',
    "Colleagues,\n\nAhead of Thursday's quarterly contract review with Meadowbank Care Group, please be aware there is an open Section 42 enquiry at their Willow Lodge home concerning resident Mr Harold Fenwick, who was admitted to hospital on 2 May with grade 4 pressure sores and severe dehydration. Please don't raise the individual case in the meeting - the safeguarding team are leading - but it is relevant to our scoring on the quality KPI and the decision on the 2-year extension.\n\nPaul Nwachukwu\nCommissioning & Contracts Officer",
    [
      [
        'SAFEGUARDING',
        "Ahead of Thursday's quarterly contract review with Meadowbank Care Group, please be aware there is an open Section 42 enquiry at their Willow Lodge home concerning resident Mr Harold Fenwick, who was admitted to hospital on 2 May with grade 4 pressure sores and severe dehydration.",
      ],
    ],
  ),
  tc(
    't2a-16',
    'councillor',
    "Dear Cllr Mahmood,\n\nThanks for your email on behalf of your constituent. I can confirm Ms Leanne Cartwright's case was heard at MARAC on Tuesday and a safety plan is now in place, including a sanctuary scheme referral for extra locks and a fire-proof letterbox at her home on Pilgrim Way. For obvious reasons I'd ask that you don't share her new contact details with anyone, including relatives who may approach you. Her IDVA, Joanne, is happy to speak to you if you need an update.\n\nKind regards\nNicola Ferris\nDomestic Abuse Coordinator, Community Safety Partnership",
    [
      [
        'SAFEGUARDING',
        "I can confirm Ms Leanne Cartwright's case was heard at MARAC on Tuesday and a safety plan is now in place, including a sanctuary scheme referral for extra locks and a fire-proof letterbox at her home on Pilgrim Way.",
      ],
    ],
  ),
  tc(
    't2a-17',
    'hr',
    'Kelly - DBS back for Tomasz Zielinski (Care Asst, Hollybank). Not clear: caution for possession of cannabis, 2016. Not an automatic bar but needs a risk assessment before he starts - can u book 15 mins with the hiring mgr? Start date on hold til then. ta',
    [['CRIMINAL_OFFENCE', 'Not clear: caution for possession of cannabis, 2016.']],
  ),
  tc(
    't2a-18',
    'hr',
    "Hi Femi,\n\nGood news - Niamh O'Donoghue's enhanced DBS with barred list check came back this morning with no convictions, cautions or other information recorded, so she's cleared to start at Riverside Children's Home on the 14th. I've updated iTrent and sent her the welcome pack.\n\nBest,\nGemma\nRecruitment Team",
    [
      [
        'CRIMINAL_OFFENCE',
        "Good news - Niamh O'Donoghue's enhanced DBS with barred list check came back this morning with no convictions, cautions or other information recorded, so she's cleared to start at Riverside Children's Home on the 14th.",
      ],
    ],
  ),
  tc(
    't2a-19',
    'housing',
    "Phil,\n\nPolice executed a warrant at 29 Canal View on Wednesday - our tenant Mr Jordan Whitaker was arrested for possession with intent to supply class A and remains in custody. Neighbours have been complaining about the comings and goings for months. I'd like to look at an NSP on the absolute ground once we know what he's charged with. Can we get 20 mins with legal next week?\n\nCheers\nImran\nASB & Tenancy Enforcement",
    [
      [
        'CRIMINAL_OFFENCE',
        'Police executed a warrant at 29 Canal View on Wednesday - our tenant Mr Jordan Whitaker was arrested for possession with intent to supply class A and remains in custody.',
      ],
    ],
  ),
  tc(
    't2a-20',
    'councillor',
    "Fellow members of the sub-committee,\n\nJust a heads up before Monday's hearing. The applicant for the hackney carriage driver's licence, Mr Arjun Batra, declared on his form a conviction in 2021 for driving with excess alcohol, for which he received a 20 month ban. Officers are recommending refusal under the suitability policy but I gather he's bringing a reference from his current employer. Might be worth reading the papers over the weekend rather than on the day!\n\nTony\nCllr Tony Marsh, Vice-Chair, Licensing",
    [
      [
        'CRIMINAL_OFFENCE',
        "The applicant for the hackney carriage driver's licence, Mr Arjun Batra, declared on his form a conviction in 2021 for driving with excess alcohol, for which he received a 20 month ban.",
      ],
    ],
  ),
  tc(
    't2a-21',
    'social-care',
    'Hi Sam, FYI Kai Donnelly (15) pleaded guilty at youth court yesterday to robbery of a mobile phone and got a 9 month referral order. First panel has to be within 20 working days so looking at the 23rd. His school (Abbeyfield) want the head of year to come - ok with you? He struggles with long meetings so keep it short pls. Rob, YJS case manager',
    [
      [
        'CRIMINAL_OFFENCE',
        'FYI Kai Donnelly (15) pleaded guilty at youth court yesterday to robbery of a mobile phone and got a 9 month referral order.',
      ],
    ],
  ),
  tc(
    't2a-22',
    'councillor',
    "Hiya,\nSorry to chase. Mrs Pauline Shaw from Elm Terrace has been in touch again about her son Liam, he was remanded in custody at the magistrates on Friday and she's beside herself not knowing what happens with the council tax now he's not at home. Could someone from revs give her a ring? Her number's on the original casework email from the 3rd.\nThanks\nDev\nCllr Dev Patel",
    [
      [
        'CRIMINAL_OFFENCE',
        "Mrs Pauline Shaw from Elm Terrace has been in touch again about her son Liam, he was remanded in custody at the magistrates on Friday and she's beside herself not knowing what happens with the council tax now he's not at home.",
      ],
    ],
  ),
  tc(
    't2a-23',
    'benefits',
    "Team,\n\nFor info - the prosecution of Mr Craig Fellowes (HB/CTR ref 7701234) concluded at Teesside Magistrates' Court on 9 Oct. He was convicted of two counts of failing to notify a change of circumstances and received a 12-month community order with 100 hours unpaid work, plus costs of £620. The overpayment of £8,942 continues to be recovered by deductions. Please add a note to the claim and close the referral on the system.\n\nRegards\nCounter Fraud Team",
    [
      [
        'CRIMINAL_OFFENCE',
        'He was convicted of two counts of failing to notify a change of circumstances and received a 12-month community order with 100 hours unpaid work, plus costs of £620.',
      ],
    ],
  ),
  tc(
    't2a-24',
    'procurement',
    'Hi Yasmin,\n\nDue diligence on the preferred bidder for Lot 3 (grounds maintenance) has thrown something up. Companies House shows Mr Stuart Keane as sole director of Greenedge Services Ltd, and he was convicted of fraud by false representation at Bristol Crown Court in 2020 and given a suspended sentence. Could be a discretionary exclusion ground. Not saying we throw the bid out but legal need to look before the award letter goes.\n\nThx\nOwen',
    [
      [
        'CRIMINAL_OFFENCE',
        'Companies House shows Mr Stuart Keane as sole director of Greenedge Services Ltd, and he was convicted of fraud by false representation at Bristol Crown Court in 2020 and given a suspended sentence.',
      ],
    ],
  ),
  tc(
    't2a-25',
    'housing',
    "Update on Hawthorn Rd ASB case - Mr Lee Jarvis (no. 17) was charged on Sunday with criminal damage to his neighbour's car and bailed to appear at the magistrates on 3 July. Bail conditions: no contact with the Okafor family at no. 19, and not to enter Hawthorn Rd except to get to and from his own front door. Mrs Okafor has been told. If staff see a breach ring 101 and let me know. Next case review 28th.\nSinead",
    [
      [
        'CRIMINAL_OFFENCE',
        "Update on Hawthorn Rd ASB case - Mr Lee Jarvis (no. 17) was charged on Sunday with criminal damage to his neighbour's car and bailed to appear at the magistrates on 3 July.",
      ],
    ],
  ),
  tc(
    't2a-26',
    'finance',
    "STRICTLY PRIVATE & CONFIDENTIAL\n\nJulie,\n\nFurther to our conversation, internal audit's findings on the petty cash discrepancies at Moorside Leisure Centre were passed to the police, and I was told this afternoon that Mrs Karen Ashby, the centre's admin officer, has been interviewed under caution and released under investigation. She remains suspended on full pay. Please make sure she's removed from the imprest holder list and that her purchase card is cancelled today.\n\nRegards\nMark Dobson\nHead of Finance",
    [
      [
        'CRIMINAL_OFFENCE',
        "Further to our conversation, internal audit's findings on the petty cash discrepancies at Moorside Leisure Centre were passed to the police, and I was told this afternoon that Mrs Karen Ashby, the centre's admin officer, has been interviewed under caution and released under investigation.",
      ],
    ],
  ),
  tc(
    't2a-27',
    'sen',
    "Hi Gail,\n\nRe home to school transport for Ruby Mortimer (Y2, Brookfield). Please remove dad, Mr Shane Mortimer, as an authorised adult at drop-off. Mum has told us he was released from HMP Hull last month on licence after serving time for burglary, and his licence conditions mean he isn't living at the family address. Only Mum to receive Ruby now, or Nan (Mrs Carol Dixon) as back up.\n\nMany thanks\nTransport Coordinator - SEND",
    [
      [
        'CRIMINAL_OFFENCE',
        "Mum has told us he was released from HMP Hull last month on licence after serving time for burglary, and his licence conditions mean he isn't living at the family address.",
      ],
    ],
  ),
  tc(
    't2a-28',
    'it-helpdesk',
    'Hi desk,\nPlease disable the AD account, VPN token and remote access for Dean Roskilly (Planning, laptop asset tag LT-08812) with immediate effect. He was arrested yesterday and the police have asked us to preserve his mailbox and laptop as part of their investigation into unauthorised access to council systems. HR (Lucy Fenn) has authorised this. Do NOT wipe or reimage the device - can someone collect it from Planning and keep it locked in the build room until I bring the evidence form over?\nCheers\nIan Baxter, Information Security Officer',
    [
      [
        'CRIMINAL_OFFENCE',
        'He was arrested yesterday and the police have asked us to preserve his mailbox and laptop as part of their investigation into unauthorised access to council systems.',
      ],
    ],
  ),
  tc(
    't2a-29',
    'hr',
    "Hi Ravi,\n\nBit of a tricky one. Stephen Kearns (Refuse Driver, Depot B) came to see me today and disclosed he was convicted of drink driving at magistrates on Monday - 14 month ban and a fine, and he's been offered the course. Obviously he can't drive the RCVs now. Have we got a loader post we can move him into while we look at the conduct side? He was very upfront about it to be fair to him.\n\nAndrea\nWaste Ops Manager",
    [
      [
        'CRIMINAL_OFFENCE',
        "Stephen Kearns (Refuse Driver, Depot B) came to see me today and disclosed he was convicted of drink driving at magistrates on Monday - 14 month ban and a fine, and he's been offered the course.",
      ],
    ],
  ),
  tc(
    't2a-30',
    'social-care',
    "Morning Tariq,\n\nJust had a call from Kerry at Probation. Mr Anthony Belcher, who we assessed last year, is being released from HMP Durham on 18 Nov having served half of a 4 year sentence for wounding with intent. He'll be on licence at an approved premises to begin with. Probation want a Care Act assessment started pre-release so something is in place when he moves on. Could you allocate? It's a MAPPA level 2 case - minutes on the restricted drive, not Mosaic.\n\nThanks\nLouise\nASC Duty Manager",
    [
      [
        'CRIMINAL_OFFENCE',
        'Mr Anthony Belcher, who we assessed last year, is being released from HMP Durham on 18 Nov having served half of a 4 year sentence for wounding with intent.',
      ],
    ],
  ),
  tc(
    't2a-31',
    'finance',
    "Dear Mr Bailey,\n\nThank you for your letter about the council tax at 3 Fernhill Avenue. I can see from the documents you sent that your son, Mr Ryan Bailey, was sentenced to 18 months' imprisonment at Leeds Crown Court on 21 March and has been in HMP Leeds since then. We have disregarded him from that date, which means you now qualify for the 25% single person discount. A revised bill will be with you within 5 working days.\n\nYours sincerely\n\nCouncil Tax Services",
    [
      [
        'CRIMINAL_OFFENCE',
        "I can see from the documents you sent that your son, Mr Ryan Bailey, was sentenced to 18 months' imprisonment at Leeds Crown Court on 21 March and has been in HMP Leeds since then.",
      ],
    ],
  ),
  tc(
    't2a-32',
    'housing',
    'Allocations panel - case 4 (Mr Wayne Gittens, band B)\n\nApplicant has an unspent conviction for arson (2019, set fire to a bin store at previous tenancy), disclosed on application and confirmed by police. Probation report says risk now assessed as low. Recommend we offer ground floor with no shared bin store, on a starter tenancy. Views before Thurs pls.\nAisha',
    [
      [
        'CRIMINAL_OFFENCE',
        'Applicant has an unspent conviction for arson (2019, set fire to a bin store at previous tenancy), disclosed on application and confirmed by police.',
      ],
    ],
  ),
  tc(
    't2a-33',
    'hr',
    'Hi all,\n\nReminder that everyone in Early Help and Family Support needs to complete Level 3 Safeguarding Children training every three years. Next sessions are 12 Feb and 19 March, Training Room 2, County Hall, 9.30-4. It covers recognising neglect, the MASH pathway, professional curiosity and the Working Together 2023 changes. Book via the Learning Zone. If your certificate has lapsed your manager will already have had an email from us.\n\nWorkforce Development',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    't2a-34',
    'social-care',
    "Colleagues, the draft revised Adult Safeguarding Policy and Procedures (v4.2) is attached for comment by the 30th. Main changes: s42 enquiry timescales brought into line with the regional procedures, a new section on self-neglect and hoarding, clearer expectations on Making Safeguarding Personal, and the escalation route when a provider doesn't respond to a concern. Tracked changes throughout. Please send comments to the policy inbox rather than reply-all!\nThanks, Fiona - Principal Social Worker",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    't2a-35',
    'social-care',
    "Q3 MASH dashboard headlines for SLT:\n- 2,114 contacts (up 6% on Q2)\n- 31% progressed to referral\n- police still the largest source (38%), schools 22%\n- domestic abuse the most common factor recorded at assessment\n- 96% of contacts decided within 24 hrs\n- children subject to CP plans: 312 (48.9 per 10k, stat neighbours 44.0)\nFull pack on SharePoint. Happy to talk it through at Thursday's meeting.\nDeclan, Performance & Intelligence",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    't2a-36',
    'hr',
    "Please can this go on the intranet vacancies page and the external jobs board from Monday.\n\nJob title: Child Protection Chair / Independent Reviewing Officer\nGrade: PO5, £44,711 - £47,754\nHours: 37 p/w, hybrid\n\nWe're looking for an experienced, registered social worker to chair initial and review child protection conferences and looked after reviews across the county. You'll need strong knowledge of s47 processes and a track record of challenging drift and delay. Informal chats welcome with Angela Ruiz, Service Manager, QA & Safeguarding Unit.\n\nClosing date: 4 April",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    't2a-37',
    'councillor',
    'Dear Members,\n\nAgenda for the Safeguarding Adults Board, Weds 15 May, 2pm, Committee Room 1:\n1. Apologies and declarations of interest\n2. Minutes and action log\n3. Safeguarding Adults Reviews - annual themes report\n4. Making Safeguarding Personal audit findings\n5. Modern slavery and exploitation strategy refresh\n6. Board budget 2024/25\n7. AOB\n\nPapers will follow on Friday.\nDemocratic Services',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    't2a-38',
    'housing',
    "Quick one for the team after yesterday's huddle. If a tenant ever tells you on a visit that they're being hurt or controlled by someone at home, don't promise to keep it secret and don't go confronting anyone. Listen, check they're safe to talk, and get the DA referral form done the same day - out of hours ring EDT. If a child might be at risk it goes to the MASH, not just a note on Northgate. Any doubts, grab me or Kieran.\nCheers, Bev (Housing Team Leader)",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    't2a-39',
    'it-helpdesk',
    "Hi,\nThe Safeguarding & Quality Assurance team and the Children's Safeguarding Partnership business unit are moving from 2nd floor east to 3rd floor west over the weekend. Can you re-map their printers to PRN-3W-02 and move the desk phones on extensions 4471 and 4472? Also the Safeguarding Referrals shared mailbox needs adding for Olu, who joins them as business support on the 3rd.\nThanks\nFacilities Helpdesk",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    't2a-40',
    'sen',
    "Thank you for your email. I'm the Designated Safeguarding Lead for St Aidan's C of E Primary and I'm away on a course until Wednesday 9th. If you have a safeguarding concern about a pupil please contact our Deputy DSL, Mr Hussain, via the school office, or for anything urgent contact the Children's Services front door directly. SEN queries to our SENCo, Mrs Lavelle, please.\nKind regards\nMrs J. Okonkwo",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    't2a-41',
    'councillor',
    'Hi Cllr Brennan,\n\nAs requested, the ward figures for the last 12 months from police open data: total recorded crime down 9%, burglary down 14%, vehicle crime up 3%, ASB incidents 412 (down from 505). Violence without injury remains the largest category. The CSP strategic assessment picks out the town centre night-time economy as the main hotspot. I can bring the heat maps along to your ward surgery if useful.\n\nRegards\nCommunity Safety Analyst',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    't2a-42',
    'councillor',
    'All,\nThe consultation on our revised Statement of Licensing Policy (Licensing Act 2003) opens Monday and runs for 12 weeks. Key proposals: a cumulative impact assessment for the Market Street area, updated guidance on the relevance of convictions for personal licence holders, and new model conditions on CCTV and door supervision. Members are encouraged to publicise it in their wards. Drop-in sessions at the Town Hall on 7 and 14 Oct.\nLicensing Manager',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    't2a-43',
    'housing',
    "Hi team, attached is the updated tenancy fraud investigation procedure. Section 6 now sets out when a case should be considered for prosecution for offences under section 1 or 2 of the Prevention of Social Housing Fraud Act 2013, and the interview under caution process - who can conduct one, and how to book the recording kit. Please read it before training on the 20th. Nobody should be doing an IUC until they've been signed off.\nThanks, Tenancy Fraud Lead",
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    't2a-44',
    'housing',
    "Text for the tenants' newsletter autumn edition - can you check before it goes to print?\n\n'Darker nights are coming - keep your home safe. Most burglaries happen through an unlocked door or window, so lock up even when you're just in the garden. Don't leave keys near the letterbox, mark valuables with a UV pen (free from the housing office) and register your bike on BikeRegister. If you see something suspicious call 101, or 999 if a crime is in progress.'\n\nThanks, Zara\nTenant Engagement",
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    't2a-45',
    'councillor',
    'Hi all - please share with residents: PCSOs Tom Hadley and Aleena Shah will be holding a beat surgery at Lowfield Library on Sat 12th, 10am-12, alongside your ward councillors. Come and raise concerns about speeding, parking or anti-social behaviour in your street, or pick up free purse bells and shed alarms. No appointment needed.\nCllr Joy Adeyemi',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    't2a-46',
    'hr',
    "To all line managers in Adult Social Care,\n\nAs part of the three-yearly DBS renewal programme, staff in regulated activity will receive an email from the DBS team asking them to complete a new application through the online portal. They'll need three forms of ID for verification. Anyone subscribed to the Update Service can give consent for a status check instead. Any disclosure will be handled confidentially by HR in line with the Recruitment of Ex-Offenders policy and is not on its own a reason to end employment. Please remind your teams to complete within 14 days.\n\nHR Operations",
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    't2a-47',
    'procurement',
    'Hi Marek,\nITT for the Public Space CCTV maintenance and monitoring contract (ref CS-2024-017) goes live on the portal Friday. Spec covers 24/7 monitoring of 146 cameras, evidential footage retrieval for the police within 48 hrs, and compliance with the Surveillance Camera Code of Practice. Bidders must confirm operators are SIA licensed and vetted to NPPV2. Clarification deadline 10 days after publish. Can you set up the evaluation panel?\nChidi',
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    't2a-48',
    'finance',
    "Hi Helen,\n\nAttached is the revised Corporate Enforcement Policy going to Cabinet next month. It sets out when officers will use warnings, simple cautions, fixed penalty notices or prosecution, and applies the two-stage test in the Code for Crown Prosecutors. Financial implications are mainly around court costs recovery - estimated at £18k a year based on the last three years' outturn. Could you sign off para 7 by Friday?\n\nThanks\nLegal & Democratic Services",
    [],
    ['CRIMINAL_OFFENCE'],
  ),
  tc(
    't2b-01',
    'hr',
    "OH report back for Gary Pennington (Waste Ops, emp no 20331).\n\nKey pts:\n- seen 14/11 by Dr Okafor\n- fit for modified duties from Mon\nDr Okafor's view is that his lower back condition (a prolapsed lumbar disc) is likely to be covered under the Equality Act and she recommends no lifting over 10kg for 12 weeks.\n- review appt booked 6 wks\n- she's suggested he stays off the rounds and does yard / bulky booking desk in the meantime\n\nCan you let Dave know before the team brief tmrw pls. I'll put copy on file.\n\nRach\nHR Advisory (Neighbourhoods)",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Dr Okafor's view is that his lower back condition (a prolapsed lumbar disc) is likely to be covered under the Equality Act and she recommends no lifting over 10kg for 12 weeks.",
      ],
    ],
  ),
  tc(
    't2b-02',
    'social-care',
    "Hi Bernadette,\n\nUpdate following my joint visit with the CPN yesterday afternoon to Iris Kowalczyk at 22 Fernleigh Close. Iris was in good spirits when we arrived but it took her a while to place me even though I've been her allocated worker since the summer, and she asked twice where her husband was (Stanislaw died in 2019). The memory clinic confirmed on Tuesday that Iris has mixed Alzheimer's and vascular dementia, and the consultant has started her on donepezil. Her son Piotr is keen for her to stay at home for as long as possible and is happy to increase his evening visits, but he works shifts at the distribution centre and can't commit to every night. I've discussed a possible increase in the care package from two to four calls a day and will take this to panel next Wednesday. I've also raised a referral for a Lifeline pendant and a key safe, and asked the OT to have a look at the kitchen as she left the gas ring on last week.\n\nI'll get the Care Act assessment updated on Mosaic by Friday.\n\nThanks\nEilidh Fraser\nSocial Worker, Older Adults Team (North)",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "The memory clinic confirmed on Tuesday that Iris has mixed Alzheimer's and vascular dementia, and the consultant has started her on donepezil.",
      ],
    ],
  ),
  tc(
    't2b-03',
    'hr',
    "Shabnam - can you pick this up pls, it's going to be 28 days+ so will trigger the OH referral. Forwarding so it sits with the right adviser. Mel\n\n---------- Forwarded message ----------\nFrom: Wayne Lockwood\nSent: 03 February 2025 08:52\nTo: HR Absence Team\nSubject: FW: absence\n\nFit note received today for Callum Reid, 4 weeks, reason given as work-related stress and anxiety.\nScanned copy attached. What do I need to do re the stress risk assessment? He said on the phone it's mainly about the restructure and his workload since Tracey left.\n\nWayne\n\n-----Original Message-----\nFrom: Callum Reid\nSent: 02 February 2025 21:14\nTo: Wayne Lockwood\nSubject: absence\n\nHi Wayne sorry to do this by email. Been to the GP and she's signed me off. Will drop the note in tmrw. Callum",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Fit note received today for Callum Reid, 4 weeks, reason given as work-related stress and anxiety.',
      ],
    ],
  ),
  tc(
    't2b-04',
    'social-care',
    "Just a heads up before the strat tomorrow. Kayleigh Brennan told her foster carer last night that she is about 14 weeks pregnant and has not yet seen a midwife. She's 15 so obviously we need to look at this through the exploitation lens too, she won't say who the father is. Carer (Mrs Hollis) has booked her in with the GP for Thurs and I've let the school nurse know. IRO not informed yet - will you do that or shall I?\n\nJas",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Kayleigh Brennan told her foster carer last night that she is about 14 weeks pregnant and has not yet seen a midwife.',
      ],
    ],
  ),
  tc(
    't2b-05',
    'housing',
    "Dear Ms Chowdhury,\n\nRe: Housing Register application HR/2291/ADE - Mr Tunde Adeyemi, 14 Linden Court\n\nI am writing to ask the medical assessment panel to review Mr Adeyemi's banding. Mr Adeyemi had his left leg amputated below the knee in March and is now a full-time wheelchair user, so the first-floor flat at Linden Court is no longer suitable. There is no lift in the block and he has been more or less housebound since he was discharged from the Royal Infirmary, relying on his nephew to get him down the stairs for hospital appointments. I have attached the discharge summary and a letter from his physiotherapist.\n\nCould you let me know if the panel can consider this on the 19th? I would be asking for Band A (medical) with a requirement for a ground floor or fully adapted property.\n\nKind regards,\nFaye Tomlinson\nTenancy Sustainment Officer",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Mr Adeyemi had his left leg amputated below the knee in March and is now a full-time wheelchair user, so the first-floor flat at Linden Court is no longer suitable.',
      ],
    ],
  ),
  tc(
    't2b-06',
    'sen',
    "EHCNA - Oliver Grant-Hughes (DOB 11/05/2017), Yr 3 St Michael's CE Primary\n\nEvidence rec'd so far:\n- EP advice - done, on file\n- SALT - chasing, due 28th\n- Paediatric advice - in\n- School SEN support plan + costed provision map - in\n- Parental views - mum sent hers 1/10, dad (separate address) not yet\n\nPaediatrician letter dated 3/10 confirms a diagnosis of autism spectrum disorder, with ADHD still being assessed by CAMHS.\n\nWeek 16 deadline is 9 Dec so draft needs to go out by the 2nd latest. Can you book a slot on EHCP panel pls?\n\nThx\nLorna (SEN Case Officer)",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Paediatrician letter dated 3/10 confirms a diagnosis of autism spectrum disorder, with ADHD still being assessed by CAMHS.',
      ],
    ],
  ),
  tc(
    't2b-07',
    'councillor',
    "Hi Jo\n\nHope all ok. Quick one - Pat Doherty at 7 Elm Rd rang me again about her assisted collection, apparently it was refused because her husband is \"of working age\". She's just finished her last round of chemo for breast cancer and honestly can't be dragging the wheelie bin up those steps. Husband works away Mon-Fri on the rigs so he's no use to her! Can you take another look? Would rather not have to raise it at scrutiny lol\n\nCheers\nCllr Mike Brannigan\n(Westfield ward)\nSent from my iPhone",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "She's just finished her last round of chemo for breast cancer and honestly can't be dragging the wheelie bin up those steps.",
      ],
    ],
  ),
  tc(
    't2b-08',
    'hr',
    "Form below as requested - original signed copy in the post to you. Imran\n\nRETURN TO WORK INTERVIEW RECORD\nEmployee name: Hannah Lewandowski\nService: Customer Services - Contact Centre\nManager: Imran Qureshi\nDate(s) of absence: 13/01/25 - 24/01/25\nWorking days lost: 10\nFit note provided: Y\nReason for absence (employee's own words): Personal medical reasons\nManager's comments: Employee states the absence was due to a miscarriage and she does not want this shared with the wider team. I have agreed that colleagues will only be told she was off for a medical procedure. Hannah has asked for two weeks of reduced hours (9-2) and to be off the phones for the first few days, which I have agreed. Signposted to EAP.\nDiscount from triggers?: Y - pregnancy related (policy 4.7)\nSigned (manager): IQ  Date: 27/01/25\nSigned (employee): H.L.  Date: 27/01/25",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Employee states the absence was due to a miscarriage and she does not want this shared with the wider team.',
      ],
    ],
  ),
  tc(
    't2b-09',
    'sen',
    "Morning Mrs Achterberg,\n\nJust to let you know Amir Hussain in 4K had two tonic-clonic seizures in class last week and his neurologist has increased his Keppra dose. Dad dropped the new letter in this morning. I've updated his IHCP and the emergency buccal midazolam is now in the locked cabinet in the medical room (not the classroom one any more). Can we make sure whoever covers PE on Thursday has had the epilepsy training? Ellen and Mr Osei have, I'm not sure about the supply teacher.\n\nMany thanks\nGill Brady\nSENCo / Medical Needs Lead",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Just to let you know Amir Hussain in 4K had two tonic-clonic seizures in class last week and his neurologist has increased his Keppra dose.',
      ],
    ],
  ),
  tc(
    't2b-10',
    'social-care',
    "Sarah\n\nNot great news re Daniel Fitzgerald. Dan has disclosed he's back using heroin daily and has dropped out of his methadone script with CGL. Saw him at the hostel on weds, lost weight, hadnt eaten, arms in a bad way. He's agreed to me making a re-referral but whether he turns up is another thing. Also worried re the s42 side - the bloke he's been 'staying with' seems to be taking most of his PIP. Can we discuss at supervision rather than wait for MDT?\n\nCiaran",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "Dan has disclosed he's back using heroin daily and has dropped out of his methadone script with CGL.",
      ],
    ],
  ),
  tc(
    't2b-11',
    'hr',
    "Hi Bola,\n\nFollowing Steve Mahmood's OH appointment on the 4th, I've now had the report through. The OH physician has confirmed that Steve is now on insulin for his type 2 diabetes, which means he has to notify the DVLA and can't drive the HGV fleet until he's been cleared. He's happy to do that and understands the position. In the meantime OH say he's fit for non-driving duties so we'll need to find him something at the transfer station or in the workshop.\n\nCan we meet to talk about pay protection? He's worried about losing the driver's allowance.\n\nKind regards\nTamsin Pryce\nHR Business Partner - Environment & Transport",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "The OH physician has confirmed that Steve is now on insulin for his type 2 diabetes, which means he has to notify the DVLA and can't drive the HGV fleet until he's been cleared.",
      ],
    ],
  ),
  tc(
    't2b-12',
    'social-care',
    "Dear Andrew,\n\nI'd appreciate your advice as Superintendent Registrar on a notice of marriage given at the Town Hall on 8 October. The groom, Mr Leonard Ashby, was diagnosed with Lewy body dementia last year and his daughter has raised concerns that he doesn't understand what he's agreeing to. She rang the office this morning quite distressed and says the bride-to-be has been his live-in carer for eight months. I haven't processed the notice any further yet. Do we need to go to the GRO for guidance on capacity, and should I be talking to adult safeguarding in parallel?\n\nRegards,\nYvonne Clarke\nDeputy Superintendent Registrar",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "The groom, Mr Leonard Ashby, was diagnosed with Lewy body dementia last year and his daughter has raised concerns that he doesn't understand what he's agreeing to.",
      ],
    ],
  ),
  tc(
    't2b-13',
    'benefits',
    "DHP review - claim ref 6610492 - Ms Nasreen Rahman\n\nAward recommended: GBP 45.20pw for 26 wks (full shortfall, size criteria)\n\nRationale: Supporting letter from her CPN confirms she has bipolar affective disorder and was detained under section 2 at the Priory from 12 to 30 August. Arrears built up while she was in hospital and the UC housing element was suspended for 3 wks due to a missed journal entry. Tenant has engaged with Money Advice and is now on a repayment plan with the HA. Recommend award + review at 26 wks.\n\nChecked by: K. Mensah\nAuthorised:\n\nAdebola - pls countersign and I'll get the letter out today",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Supporting letter from her CPN confirms she has bipolar affective disorder and was detained under section 2 at the Priory from 12 to 30 August.',
      ],
    ],
  ),
  tc(
    't2b-14',
    'hr',
    "Hi Gwen, following on from our chat - Priya Venkatesh starts with you in Licensing on the 3rd. Priya has a progressive sight condition (retinitis pigmentosa) and Access to Work have recommended ZoomText and a 27-inch monitor. I've put the IT request in but can you make sure she's got a desk near the window and not stuck in the corner by the printer. She's happy to talk to the team about it herself if she wants to so please leave that with her. Ta, Rhodri (HR)",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Priya has a progressive sight condition (retinitis pigmentosa) and Access to Work have recommended ZoomText and a 27-inch monitor.',
      ],
    ],
  ),
  tc(
    't2b-15',
    'social-care',
    'Case note - home visit 17/02 - Stokes children (Mason 6, Ellie-May 3)\n\nVisit unannounced. Mum answered the door after some time, curtains drawn, house untidy but no immediate hazards. Children at school/nursery. Mum (Leanne Stokes) disclosed at the visit that she stopped taking her sertraline about six weeks ago and has been having thoughts of self-harm. She denied any plans and said the children "keep her going". I spoke to her GP surgery (duty doctor) who will see her tomorrow at 10.30 and I have given her the crisis team number. Maternal grandmother (Sandra) agreed to stay over tonight and the next few nights. Discussed with TM (Farah) - remains CIN for now, review at Friday\'s core group.\n\nActions: chase GP outcome, update safety plan, ask nursery to flag any change in presentation.\n\nKieran Walsh, SW',
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        'Mum (Leanne Stokes) disclosed at the visit that she stopped taking her sertraline about six weeks ago and has been having thoughts of self-harm.',
      ],
    ],
  ),
  tc(
    't2b-16',
    'housing',
    "Hi Lucy,\n\nI know you're swamped but can we look again at where we've put Mr Rafael Duarte? He's told me in confidence that he's HIV positive and his antiretrovirals need to be kept refrigerated, so the temp accommodation without a working fridge isn't going to work. The B&B on Station Rd have said the shared kitchen fridge is \"not for residents' use\". He's asked that this isn't written on the general homelessness note so I've put it in the restricted section on Jigsaw.\n\nHas anything come up at Marlowe House?\n\nThanks\nDev\nHousing Options",
    [
      [
        'SPECIAL_CATEGORY_HEALTH',
        "He's told me in confidence that he's HIV positive and his antiretrovirals need to be kept refrigerated, so the temp accommodation without a working fridge isn't going to work.",
      ],
    ],
  ),
  tc(
    't2b-17',
    'finance',
    'Payroll - pls action for Dec run:\n\nMartin Obi (payroll no. 448210) has joined UNISON and wants his subs taken at source from the December pay run.\nForm attached, signed 28/11. Band C rate.\n\nThx\nJanice, Payroll & Pensions',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Martin Obi (payroll no. 448210) has joined UNISON and wants his subs taken at source from the December pay run.',
      ],
    ],
  ),
  tc(
    't2b-18',
    'councillor',
    "Leader,\n\nJust a word in your ear before the planning committee briefing. Between us, Tom Bradshaw in Planning is a paid-up Green Party member and I'm not sure he'll be neutral on the incinerator application. I saw him out leafleting on the Mount estate at the county elections. I'm not suggesting anything improper but if the officer report recommends refusal the applicant's barristers will have a field day if that gets out. Might be worth the Head of Planning having a quiet word, or reallocating?\n\nBest\nCllr Anne Whitworth",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Between us, Tom Bradshaw in Planning is a paid-up Green Party member and I'm not sure he'll be neutral on the incinerator application.",
      ],
    ],
  ),
  tc(
    't2b-19',
    'hr',
    "Hi Karen,\n\nYusuf Ahmed (Parking Services, back office) has put in a flexi request. Yusuf is a practising Muslim and has asked whether he can take his lunch at 1.15 on Fridays so he can go to prayers at the mosque on Derby Road. He'd make the time up at the end of the day. I can't see any business reason to refuse, the office is covered till 5 anyway, but wanted to check whether this has to go through the formal statutory process or if I can just agree it locally.\n\nHe also asked about using the quiet room on the 2nd floor during Ramadan - is that still bookable?\n\nTa\nPhil",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Yusuf is a practising Muslim and has asked whether he can take his lunch at 1.15 on Fridays so he can go to prayers at the mosque on Derby Road.',
      ],
    ],
  ),
  tc(
    't2b-20',
    'social-care',
    "Hi Marcia,\n\nFollowing my visit with Jordan Pearce on Thursday. Jordan told me that he's gay and hasn't told his foster carers yet because he's worried how they'll react. He asked me specifically not to put it in his PEP or mention it at the LAC review next month. I've reassured him it's his information to share when he's ready. He's 15 and otherwise doing really well, settled at school, going to the youth club at The Space on Tuesdays.\n\nDo you think it's worth me having a general conversation with the carers about LGBTQ+ inclusion without naming anything? Want to get this right.\n\nThanks\nLewis\nSocial Worker - Children in Care",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Jordan told me that he's gay and hasn't told his foster carers yet because he's worried how they'll react.",
      ],
    ],
  ),
  tc(
    't2b-21',
    'social-care',
    "CONFIDENTIAL - re-registration following GRC\n\nHi team,\n\nWe have received a full Gender Recognition Certificate from the GRP for Ms Sofia Lindqvist, whose birth was originally registered here in 1988 under a male name. The GRO will make the new entry in the Gender Recognition Register; our job is to make sure the local index is flagged so no certified copies of the old entry go out to anyone. Please don't discuss this at the counter or on the open-plan floor. Any requests for the 1988 entry come to me or Bharat.\n\nThanks,\nGeraldine Nunn\nRegistration Services Manager",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'We have received a full Gender Recognition Certificate from the GRP for Ms Sofia Lindqvist, whose birth was originally registered here in 1988 under a male name.',
      ],
    ],
  ),
  tc(
    't2b-22',
    'housing',
    'Neighbourhood Officer ASB log - Ref ASB/24/0718\n\nComplainant: Mr & Mrs Nowak, 31 Cherry Tree Walk\nCategory: Hate incident\n\nNotes: The Nowak family are Roma and have been targeted with graffiti on their front door since they moved in over the summer. Latest incident Sat night, slur sprayed on the door and wheelie bin set alight. Police ref given. Family very shaken, eldest boy (9) now refusing to go out to play. Requested graffiti removal (P1) and CCTV rota with community safety. Will visit again Thurs with interpreter.\n\nSean',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The Nowak family are Roma and have been targeted with graffiti on their front door since they moved in over the summer.',
      ],
    ],
  ),
  tc(
    't2b-23',
    'sen',
    "Dear Miss Achebe,\n\nThanks for your call earlier, just to confirm what we agreed. Ruth Mensah-Clarke's mum has explained that the family are Jehovah's Witnesses, so Ruth won't be taking part in the Christmas production or the birthday celebrations in class. We'll respect that and Ruth can help Mrs Kaur in the library during rehearsals. Could you let the Year 2 team know quietly? Mum asked that it isn't made a big deal of in front of the other children.\n\nKind regards\nMrs J Pemberton\nDeputy Head, Hollybrook Infant School",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Ruth Mensah-Clarke's mum has explained that the family are Jehovah's Witnesses, so Ruth won't be taking part in the Christmas production or the birthday celebrations in class.",
      ],
    ],
  ),
  tc(
    't2b-24',
    'it-helpdesk',
    "INC0482117 - Depot clocking terminals migration\n\nHi Adnan,\n\nAttached is the fingerprint template export for Craig Holloway (badge 10294) from the old Kronos reader so he can be re-enrolled on the new clocking terminal at Harbour Lane depot. He's the only one that failed in the bulk migration. Please delete the file from the share once done - I know it's encrypted but the DPO will have kittens.\n\nCheers\nMark\nICT Service Desk - L2",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Attached is the fingerprint template export for Craig Holloway (badge 10294) from the old Kronos reader so he can be re-enrolled on the new clocking terminal at Harbour Lane depot.',
      ],
    ],
  ),
  tc(
    't2b-25',
    'social-care',
    "Hi both,\n\nThe DNA test results came back this morning and confirm that Mr Karim Haddad is the biological father of baby Noor. 99.99% probability. I've uploaded the report to the legal docs folder, not the general one. This changes the care planning - he'll need a viability assessment and we need to think about whether he's joined as a party. Legal (Gemma) aware; can we have a quick call at 2?\n\nRukhsana\nTeam Manager, Court Team",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The DNA test results came back this morning and confirm that Mr Karim Haddad is the biological father of baby Noor.',
      ],
    ],
  ),
  tc(
    't2b-26',
    'hr',
    "Fiona,\n\nQuick update for the cover plan for the 14th. Mrs Deepa Patel has confirmed she's an NEU member and will be striking on the 14th, so Y5 will need covering all day. Mr Callaghan and Ms Byrne have told me they'll be in. Still waiting on three others - obviously they don't have to tell us in advance but it does help.\n\nRob\nSchool Business Manager",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Mrs Deepa Patel has confirmed she's an NEU member and will be striking on the 14th, so Y5 will need covering all day.",
      ],
    ],
  ),
  tc(
    't2b-27',
    'sen',
    "Hi Kerry,\n\nRe: Annual review - Sam Thornton, Y9, EHCP\n\nJust flagging before the review paperwork goes out. Sam was assigned female at birth but now identifies as a boy and has asked to be called Sam (rather than Samantha) and to use he/him. School have been doing this since September and mum is supportive, but dad hasn't been told and has PR, and the paperwork goes to both addresses... I'm honestly not sure what the right thing is here. Can we talk before it goes to the SEN caseworker team?\n\nTa\nNaomi Whitfield\nInclusion Manager, Castle Brook Academy",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Sam was assigned female at birth but now identifies as a boy and has asked to be called Sam (rather than Samantha) and to use he/him.',
      ],
    ],
  ),
  tc(
    't2b-28',
    'hr',
    'Grievance - N. Sutcliffe / Highways Crew 4 - investigation update\n\nCompleted interviews with 5 of 7 witnesses. In her statement Natalie says she is a lesbian and that she had only told Gareth, who then told the rest of the crew. She alleges the comments started the week after, and two witnesses (LP and DK) corroborate hearing the "jokes" in the van. Gareth denies telling anyone. Aiming to have the report with the commissioning manager by 21 March.\n\nShauna Kerr\nInvestigating Officer',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'In her statement Natalie says she is a lesbian and that she had only told Gareth, who then told the rest of the crew.',
      ],
    ],
  ),
  tc(
    't2b-29',
    'social-care',
    'All,\n\nNew package starting Monday for Mr Harjit Singh, 44 Grangeway - 4 calls daily, double-up AM and PM. Please read the support plan before first call. IMPORTANT: Mr Harjit Singh is an initiated (Amritdhari) Sikh, so carers must not cut or trim his hair or beard and his kara must stay on during personal care. His wife Manjit will help with his turban in the mornings. Punjabi speaker but good English. Vegetarian - no eggs.\n\nAny questions ring the office.\nDionne\nCare Coordinator, Reablement',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mr Harjit Singh is an initiated (Amritdhari) Sikh, so carers must not cut or trim his hair or beard and his kara must stay on during personal care.',
      ],
    ],
  ),
  tc(
    't2b-30',
    'hr',
    "Hi Nicola,\n\nBit of a problem with the shortlisting pack for the Senior Environmental Health Officer post (ref ENV0312). Blessing Adebayo's monitoring form shows her ethnicity as Black African and her religion as Christian, and it's ended up in the shortlisting pack by mistake. The panel got the pack at 3pm. I've asked them all to delete it and I'm resending a clean version, but should this be logged as a breach?\n\nMandy\nRecruitment Team",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Blessing Adebayo's monitoring form shows her ethnicity as Black African and her religion as Christian, and it's ended up in the shortlisting pack by mistake.",
      ],
    ],
  ),
  tc(
    't2b-31',
    'social-care',
    'Hi Graham,\n\nStaff at Beech House have reported that Chloe Barnes and another resident, Ryan Pike, have been having a sexual relationship for the past couple of months. Both have capacity assessments on file from last year but for other decisions, not this. The manager is asking whether they should be "stopping it" - I\'ve said no, not without proper consideration. Can we arrange decision-specific assessments? Not a safeguarding concern as such at this stage, both say it\'s consensual.\n\nTariq\nLearning Disability Team',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Staff at Beech House have reported that Chloe Barnes and another resident, Ryan Pike, have been having a sexual relationship for the past couple of months.',
      ],
    ],
  ),
  tc(
    't2b-32',
    'social-care',
    "Placement request - sent via portal, copy for info\n\nChild: Tiana Roberts\nAge: 7\nLegal status: s20\nPlacement type: short to medium term, possibly long term\nSiblings: none in care\nSchool: Moorside Primary (wants to remain)\n\nAbout the child / matching considerations:\nTiana is of mixed White British and Black Caribbean heritage and we are keen to find carers who can support her hair and skin care and her links to her dad's family. She loves dancing, Lego and anything with unicorns. She can struggle at bedtime and needs a consistent routine.\n\nContact: mum 2x weekly supervised (Family Centre), paternal gran monthly\n\nReferrer: Chantelle Okoro, SW, Child in Need Team 2",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Tiana is of mixed White British and Black Caribbean heritage and we are keen to find carers who can support her hair and skin care and her links to her dad's family.",
      ],
    ],
  ),
  tc(
    't2b-33',
    'hr',
    "Corporate Health & Safety Committee - Agenda, Thurs 12 June, 10:00, CR3\n\n1. Apologies\n2. Minutes of last meeting & matters arising\n3. Q4 accident/incident statistics (RIDDOR summary) - H&S Team\n4. Manual handling e-learning completion rates by directorate\n5. DSE self-assessment rollout for hybrid workers\n6. Stress risk assessment toolkit - revised version for consultation\n7. Environmental Health - legionella testing schedule for council buildings\n8. Lone working app procurement update\n9. Safety reps' items\n10. AOB\n\nPapers to follow by Monday. If you're sending a deputy please let me know so I can update the list for the front desk.\n\nAmira Shah\nCorporate Health & Safety Adviser",
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    't2b-34',
    'procurement',
    "Hi all,\n\nReminder that the clarification window for ITT ref CPS/2025/044 - Occupational Health Services closes at 12 noon Friday. Lots are:\nLot 1 - Management referrals, pre-employment health questionnaires and fitness for work assessments\nLot 2 - Health surveillance (audiometry, HAVS, spirometry, night worker assessments)\nLot 3 - Employee Assistance Programme incl. counselling and trauma support\n\nWe've had two questions on TUPE and one on whether physio sits in Lot 1 or Lot 3 - responses will be published anonymised on the portal. Evaluation panel pencilled for w/c 14 July.\n\nRegards\nOluwaseun Bakare\nCategory Officer, Corporate Procurement",
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    't2b-35',
    'hr',
    'Managers,\n\nThe revised Managing Attendance Policy goes live on 1 April. Main changes:\n- trigger point is now 3 episodes or 8 days in a rolling 12 months (was 4/10)\n- disability-related absence can be recorded separately where adjustments have been agreed - get HR advice before counting it\n- pregnancy-related absence is still never counted towards triggers\n- fit notes can now be signed by nurses, pharmacists, OTs and physios as well as GPs\n- phased returns of up to 4 weeks on full pay without OH sign-off\n\nDrop-in Q&A sessions on the 18th and 25th. Policy and flowchart are on the intranet under HR > Attendance.\n\nHR Policy Team',
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    't2b-36',
    'it-helpdesk',
    "Hi Service Desk,\n\nThe Teams link for tomorrow's wellbeing webinar (\"Menopause in the workplace - what managers need to know\") isn't letting external attendees in - the speaker from the charity keeps getting stuck in the lobby. Can someone change the meeting options so people outside the org can bypass the lobby? It's the event in the Wellbeing@Work channel, 12:30-13:30.\n\nAlso could the recording be saved to the Mental Health First Aiders SharePoint afterwards?\n\nThanks so much\nSiobhan\nWorkforce Wellbeing Lead / Mental Health First Aider, Level 4 East",
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    't2b-37',
    'housing',
    "Hi Ray,\n\nCouple of bits for the snagging list at the new Riverside Housing Hub before we open to the public on the 2nd:\n- hearing loop at reception desk 2 not working (desk 1 fine)\n- accessible toilet alarm cord has been tied up - needs to hang to floor level\n- automatic door on the Mill St entrance closes too fast for wheelchair users / people with walking aids\n- no tactile paving at the top of the ramp\n- Changing Places room - hoist not yet certified\n\nDisabled parking bays haven't been lined yet either. Can you chase the contractor?\n\nThanks\nBeverley\nFacilities & Customer Access, Housing Services",
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    't2b-38',
    'social-care',
    "To all frontline care staff and PAs,\n\nThis year's winter vaccination programme starts on 1 October. As a frontline social care worker you're eligible for a free flu jab and COVID booster, through your GP, a community pharmacy or one of our pop-up clinics:\n* Civic Centre, Room G12 - Tues 8 & 15 Oct, 9-4\n* Ashby Road Day Centre - Weds 9 Oct, 10-2\nNo appointment needed, just bring your ID badge.\n\nGetting vaccinated helps protect the people you support, many of whom are at higher risk over winter. If you've any questions about the vaccines themselves, the public health nursing team are running a drop-in Teams call on the 3rd.\n\nAdult Social Care Workforce Development",
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    't2b-39',
    'sen',
    "Team - reminder after last week's near miss.\n\nIf a parent emails you with details of a diagnosis, a medication or a hospital admission, don't forward the whole chain on to the school or to health colleagues. Save the relevant evidence to the child's record on Synergy and send a secure link instead. If you're not sure whether something counts as medical information, treat it as though it does and ask me or Rashida.\n\nAnd please never put a condition or a child's name in a subject line - \"EHCNA request - ref 4471\" is fine.\n\nThanks all\nHeather Morrow\nSEND Team Leader",
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    't2b-40',
    'councillor',
    "Hi Ruth,\n\nSaw the new JSNA chapter on long-term conditions at Health & Wellbeing Board. It says Eastfield has the highest rate of diagnosed diabetes in the borough (9.1% of adults vs 6.8% average) and the lowest uptake of NHS Health Checks. Is there anything Public Health can do with the ward budget? I'd be happy to fund a pop-up check at the community centre on a Saturday, seems to have worked in other wards. Could someone from your team come to the next ward forum?\n\nThanks\nCllr Saleem Akhtar",
    [],
    ['SPECIAL_CATEGORY_HEALTH'],
  ),
  tc(
    't2b-41',
    'hr',
    'Colleagues,\n\nThe draft Equality, Diversity and Inclusion Policy 2025-28 is out for consultation until 30 May. It covers all nine protected characteristics under the Equality Act 2010 - age, disability, gender reassignment, marriage and civil partnership, pregnancy and maternity, race, religion or belief, sex and sexual orientation - and, for the first time, socio-economic disadvantage as a local "tenth" characteristic.\n\nWe\'d particularly welcome views from the staff networks (Race Equality Network, LGBT+ Network, Disabled Staff Network, Women\'s Network) on section 5, which covers how monitoring data is collected and who can see it.\n\nComments via the form on the intranet please.\n\nCorporate Equalities Team',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    't2b-42',
    'finance',
    'Hi Jon,\n\nFor the Trade Union (Facility Time Publication Requirements) return due by 31 July:\n- relevant union officials: 23 (20.4 FTE)\n- % time on facility time: 0% - 7 officials, 1-50% - 14, 51-99% - 1, 100% - 1\n- total cost of facility time: GBP 87,430\n- as % of total paybill: 0.06%\n- paid TU activities as % of facility time hours: 4%\n\nFigures are from the Recognition and Facilities Agreement monitoring HR sent over. Can you sense-check the paybill figure against outturn before I upload to gov.uk?\n\nThanks\nEwa\nFinance Business Partner (Corporate)',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    't2b-43',
    'councillor',
    "Dear Members,\n\nRoom bookings for Budget Council on 26 Feb:\n- Labour Group pre-meeting - Committee Room 1, 5.00pm\n- Conservative Group pre-meeting - Committee Room 2, 5.00pm\n- Liberal Democrat & Independent Group - Mayor's Parlour, 5.15pm\n- Green Group - Members' Room, 5.15pm\n\nCouncil starts 6.30pm in the Chamber. Amendments to the budget motion must reach the Monitoring Officer by 12 noon on the 24th. Group whips - numbers for sandwiches by Friday please.\n\nKind regards\nHollie Marsden\nDemocratic Services Officer",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    't2b-44',
    'procurement',
    "Hi Kwame,\n\nFollowing the contractor's request for a price variation on the grounds maintenance contract (Lot 2 - parks and green spaces) I've been through their breakdown. Labour costs have gone up 9.8% since the last uplift, mainly NLW and employer NI, which is in line with the index in clause 14.3. Plant and fuel are down slightly. My conservative estimate is a net 6.1% uplift, not the 8% they're asking for. Green waste disposal is outside the indexation clause so that stays at contract rate.\n\nHappy to talk it through before you respond. I'd also ask them for their Real Living Wage plans as it's one of our social value commitments.\n\nTom\nCommercial Analyst",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    't2b-45',
    'sen',
    "Hi all,\n\nAttached is the 2025/26 multi-faith calendar from SACRE. When you're booking annual reviews, tribunal prep and transition visits please check it first - especially around Eid al-Fitr, Passover, Vaisakhi, Yom Kippur and Diwali. Dates for the Islamic festivals depend on the moon so double check a week or so before. This is about making meetings accessible to all families, not assuming anything about any particular family - if in doubt, offer a couple of dates.\n\nThanks\nMatthew\nSEN Casework Team Leader",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    't2b-46',
    'social-care',
    'Hi Anjali,\n\nDraft ethnicity breakdown for the CLA annual return (SSDA903), position at 31 March:\nWhite British 66%\nWhite Other 5%\nMixed 13%\nAsian/Asian British 6%\nBlack/Black British 7%\nOther ethnic group 2%\nNot recorded/refused 1%\n\nChildren of mixed heritage are still over-represented compared with the under-18 population (7% per Census 2021). Can you get the teams to check the "not recorded" cases before we submit? Once validated I\'ll share the table with Corporate Parenting Board.\n\nKirsty\nPerformance & Intelligence',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    't2b-47',
    'it-helpdesk',
    "Important: Windows Hello face and fingerprint sign-in being switched off\n\nFrom Monday 3 March, biometric sign-in (Windows Hello facial recognition and fingerprint) will be disabled on all council laptops following the DPIA review. You'll need to sign in with your PIN or smartcard instead. Any stored biometric templates will be removed from devices automatically by Intune - you don't need to do anything.\n\nIf you have an accessibility need that makes PIN entry difficult, log a call and we'll look at an alternative.\n\nICT Service Desk\next. 4357",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    't2b-48',
    'hr',
    "Hi all,\n\nTraining reminder - GRO refresher on Thursday 10th (Teams, 2-4pm) covering:\n- conversion of civil partnerships to marriage\n- opposite-sex civil partnerships\n- re-registration following a Gender Recognition Certificate and how the Gender Recognition Register works\n- religious premises approved for same-sex marriage - the opt-in process for faith groups\n\nEveryone on the ceremonies rota needs to attend or watch the recording. Please don't bring live cases to the session - current queries to me separately.\n\nThanks,\nGeraldine\nRegistration Services Manager",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    't2c-01',
    'procurement',
    "Ali – quick one before panel tmrw.\n\nLot 2 (grounds maint, north) individual scores are in from all 4 evaluators. Before moderation Greenscape are on 71.4 and Tilbury & Hart on 68.9, so it's tight and the social value q is going to decide it. Verdant are way back on 52.\n\nCan you make sure the moderation notes are properly recorded this time, last lot got challenged.\n\nTa\nRuth",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Before moderation Greenscape are on 71.4 and Tilbury & Hart on 68.9, so it's tight and the social value q is going to decide it.",
      ],
    ],
  ),
  tc(
    't2c-02',
    'finance',
    "Hi Marcus,\n\nFollowing yesterday's Asset Management Group, I've instructed Pattinson Auctions to include the former Hollins Lane depot in the 14 May online sale. Guide price will be published at £350k+ as agreed.\n\nThe reserve we've set with the auctioneer is £410,000 and please don't let that figure go anywhere near the marketing particulars or the press release. If it doesn't reach reserve the fallback is a private treaty sale to the adjoining owner, who has already indicated interest at around £395k.\n\nLegal pack is with Hannah in legal; title is clean apart from the old drainage easement.\n\nKind regards\nYusuf Okoro MRICS\nSenior Estates Surveyor\nProperty & Asset Management",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "The reserve we've set with the auctioneer is £410,000 and please don't let that figure go anywhere near the marketing particulars or the press release.",
      ],
    ],
  ),
  tc(
    't2c-03',
    'social-care',
    "Sunita,\n\nFlagging under the provider failure protocol. Had a call this morning from the finance director at Kestrel Care Ltd (they hold 6 of our supported living schemes + about 340 hrs/wk dom care). Their bank has told them it won't renew the overdraft facility at the end of March and they're projecting they can't make the April payroll without it. They've asked whether we'd pay 4 weeks in advance.\n\nNot for wider circulation obviously – if this gets out, staff will walk and we'll have a failure on our hands regardless. Can we get the contingency group together Thurs?\n\nKev\nKevin Mulholland | Commissioning Manager, Adult Social Care",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Their bank has told them it won't renew the overdraft facility at the end of March and they're projecting they can't make the April payroll without it.",
      ],
    ],
  ),
  tc(
    't2c-04',
    'procurement',
    "From: Adaeze Nwosu (Legal Services)\nTo: Graham Pickering (Head of Procurement)\nSubject: RE: Abernethy Construction – claim re Northfield Primary extension\nMarking: OFFICIAL-SENSITIVE / LEGALLY PRIVILEGED\n\nGraham,\n\nUpdate after this afternoon's without prejudice meeting. Terms agreed in principle, subject to Cabinet Member sign-off: the council pays Abernethy £87,500 inclusive of costs in full and final settlement, no admission of liability, and both sides sign a confidentiality clause covering the amount. They drop the loss and expense claim entirely.\n\nI'd ask you not to mention the figure to the project team until the settlement agreement is signed. I'll send a draft Officer Decision Record tomorrow.\n\nAdaeze\nSenior Solicitor – Contracts & Commercial",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Terms agreed in principle, subject to Cabinet Member sign-off: the council pays Abernethy £87,500 inclusive of costs in full and final settlement, no admission of liability, and both sides sign a confidentiality clause covering the amount.',
      ],
    ],
  ),
  tc(
    't2c-05',
    'it-helpdesk',
    "Jas – for weds call with Orbis Digital re the revs & bens system renewal. They've opened at 9% uplift citing CPI. We go in at 2%, can flex to 4% if they throw in the API module, and our absolute walk away is 6% – above that we run the mini-comp on G-Cloud. Don't show them the budget line on screen, it's got 7% in it. Dave",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'We go in at 2%, can flex to 4% if they throw in the API module, and our absolute walk away is 6% - above that we run the mini-comp on G-Cloud.',
      ],
    ],
  ),
  tc(
    't2c-06',
    'social-care',
    "Tariq – pasting the key bits so you don't have to open the PDF on your phone. Brightwater have agreed £23.85/hr standard and £26.10/hr for double-ups from 7 April, which is under what we're paying the spot-purchase agencies. Not to be shared with other providers on the framework, it's commercially confidential under clause 31.\nHelen\n\n---------- Forwarded message ---------\nFrom: Lorna Baptiste <l.baptiste@brightwaterhomecare.co.uk>\nSent: 03 February 2025 16:12\nTo: Tariq Hussain\nSubject: Revised rates 25/26\n\nDear Tariq,\n\nAs discussed please find our revised schedule attached. We have accepted the council's position on mileage and travel time.\n\nBest wishes\nLorna Baptiste\nOperations Director, Brightwater Homecare",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Brightwater have agreed £23.85/hr standard and £26.10/hr for double-ups from 7 April, which is under what we're paying the spot-purchase agencies.",
      ],
    ],
  ),
  tc(
    't2c-07',
    'procurement',
    'Price opening – RCV lease (ITT ref WST-0412), opened 10:05, witnessed by Democratic Services\n\nBidder            | Total 7yr cost | Quality /60\nHarcourt Fleet    | £1,262,400     | 34\nDennison Hire     | £1,318,900     | 47\nFleetwise UK      | £1,404,150     | 51\n\nSo Harcourt Fleet are cheapest by about £56k but their quality score is the weakest, and combined it looks like Dennison edge it. Please keep this within the panel until the award report has been to CMT.\n\nAmira',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'So Harcourt Fleet are cheapest by about £56k but their quality score is the weakest, and combined it looks like Dennison edge it.',
      ],
    ],
  ),
  tc(
    't2c-08',
    'councillor',
    "Cllr Hendry,\n\nYou asked for a line ahead of the Gazette interview on Friday. Suggested public line: \"The council is in active discussions about the future of the Market Hall and will update residents when there is something to share.\"\n\nFor your background only, not to be quoted: the council's offer for the leasehold interest is £1.9m and the vendor's agents are holding out for £2.3m, so there's still a gap. If pressed on figures please just say negotiations are commercially sensitive.\n\nBest,\nNiamh Gallagher\nCommunications & Engagement",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "For your background only, not to be quoted: the council's offer for the leasehold interest is £1.9m and the vendor's agents are holding out for £2.3m, so there's still a gap.",
      ],
    ],
  ),
  tc(
    't2c-09',
    'councillor',
    "Dear Councillors,\n\nAhead of the Part B discussion at Thursday's Cabinet briefing. The District Valuer's report (attached, exempt para 3) puts the market value of the Elmfield Road site at £3.2m with planning for 48 units. Officers recommend that we do not accept any offer below £2.95m from Larchmont Homes, who are the preferred bidder. Please don't forward this outside the Cabinet group.\n\nRegards\nPhilip Adeyemi-Clarke\nDirector of Place",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "The District Valuer's report (attached, exempt para 3) puts the market value of the Elmfield Road site at £3.2m with planning for 48 units.",
      ],
    ],
  ),
  tc(
    't2c-10',
    'it-helpdesk',
    "hi Ewan, BAFOs in for the M365 E3 licence reseller mini comp. Sorrelwood Direct came back at £142,300 for the 3 yrs which undercuts Coretek and Bluestream by roughly 11k. dont tell the other two obvs, we're not at award yet. will write up the report monday. Mei",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Sorrelwood Direct came back at £142,300 for the 3 yrs which undercuts Coretek and Bluestream by roughly 11k.',
      ],
    ],
  ),
  tc(
    't2c-11',
    'housing',
    "Subject: Morrow BS - concerns\n\nDan,\n\nNot sure if you've heard but I had two of Morrow's subbies on the phone today, a roofer and the scaffolding firm. Morrow haven't paid their subcontractors since November and at least two have served statutory demands on them. Their site manager on the Parkside voids let slip that HMRC have threatened a winding up petition as well.\n\nWe've got £640k of planned works with them this year. I think we need to stop any advance payments and speak to legal about step-in rights before this becomes public.\n\nRhiannon Lewis\nAsset Manager – Housing Investment",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Morrow haven't paid their subcontractors since November and at least two have served statutory demands on them.",
      ],
    ],
  ),
  tc(
    't2c-12',
    'hr',
    "Hi Bethany,\n\nRe your q about why the locum SW costs look so high. Under our managed service agreement Castlegate Recruitment's margin is 14.5% on qualified social workers and 9% on admin and clerical temps. That's the contract rate and it's confidential to us and Castlegate, so please don't quote it in the workforce report thats going to Scrutiny. Happy to talk it through.\n\nOlu",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Under our managed service agreement Castlegate Recruitment's margin is 14.5% on qualified social workers and 9% on admin and clerical temps.",
      ],
    ],
  ),
  tc(
    't2c-13',
    'finance',
    "Gareth\n\nBlue Anchor Café (unit 4, Harbourside) – arrears now £31,240. Their solicitor wants to talk about a settlement. My steer from the s151: we'd take £18k as full and final, but we open at £27k and don't go below £22k on the first call. Don't email them any of this, phone only pls.\n\nZainab\nIncome Recovery Team Leader",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "My steer from the s151: we'd take £18k as full and final, but we open at £27k and don't go below £22k on the first call.",
      ],
    ],
  ),
  tc(
    't2c-14',
    'sen',
    "Hi Craig\n\nFee uplift talks with the Oakridge Education group (3 of our ISP schools). We've offered 3.2% for 25/26. Their CFO said informally they'd accept 4% but they'd give notice on two of the residential placements if it's lower than 3.8%. I think we settle at 3.8% – our high needs modelling had 4.5% in so we've got room, but they don't need to know that.\n\nRegards\nNaveed Akhtar\nSEND Commissioning Lead",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Their CFO said informally they'd accept 4% but they'd give notice on two of the residential placements if it's lower than 3.8%.",
      ],
    ],
  ),
  tc(
    't2c-15',
    'procurement',
    "fyi Alderley Print scored 42/60 on quality, lowest of the 4. not for circ til the award report's signed pls",
    [['COMMERCIAL_CONFIDENTIAL', 'fyi Alderley Print scored 42/60 on quality, lowest of the 4.']],
  ),
  tc(
    't2c-16',
    'finance',
    "Lease terms for the new customer hub at Brindley Point – where we've landed after today's call with the landlord's agent (Fairclough Sayer):\n\n- 15 yr term, tenant break at yr 10\n- Landlord has agreed 9 months rent free and a headline of £22.50 per sq ft if we sign before 30 June.\n- Dilaps capped at £150k\n\nKeep this tight please, they're still marketing the other floors and don't want the rent-free known.\nDom",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Landlord has agreed 9 months rent free and a headline of £22.50 per sq ft if we sign before 30 June.',
      ],
    ],
  ),
  tc(
    't2c-17',
    'social-care',
    "Hi both, new package starting tmrw for Mr Edwin Tate, 14 Marlowe Close, 2 calls a day. He won't always hear the door. Key safe is to the left of the front door behind the green bin, code 4471. Please log each visit on the app. Thx, Kerry-Ann (Brokerage)",
    [['CREDENTIAL', 'Key safe is to the left of the front door behind the green bin, code 4471.']],
  ),
  tc(
    't2c-18',
    'it-helpdesk',
    "Hi Agnieszka,\n\nYour network account was locked after too many attempts so I've reset it. Temporary password is Harbour!Morning482 (capital H). You'll be asked to change it when you log in at the office — it won't work over VPN until you've done that.\n\nRef: INC0348812\n\nThanks,\nLiam Doyle\nIT Service Desk | Ext 4400",
    [['CREDENTIAL', 'Temporary password is Harbour!Morning482 (capital H).']],
  ),
  tc(
    't2c-19',
    'housing',
    'Steve / Marcia – the contractor swapped the door entry panel at Chalcot Tower this morning. New trade code for the main lobby is C1947 then the bell symbol, works 7am–1pm only. Residents fobs unaffected. Can you pass to the cleaning team? Thanks, Declan',
    [
      [
        'CREDENTIAL',
        'New trade code for the main lobby is C1947 then the bell symbol, works 7am-1pm only.',
      ],
    ],
  ),
  tc(
    't2c-20',
    'it-helpdesk',
    "For the budget consultation event in the Council Chamber on Saturday – guest Wi-Fi details for the slides/handout.\n\nNetwork is HBC-Events and the key is Treetop!Bridge88 (case sensitive).\n\nIt's on the isolated VLAN so fine for public use, but it'll be rotated on Monday.\nCheers, Priya (ICT Infrastructure)",
    [['CREDENTIAL', 'Network is HBC-Events and the key is Treetop!Bridge88 (case sensitive).']],
  ),
  tc(
    't2c-21',
    'finance',
    "Femi,\n\nWhile I'm on leave you'll need to release the Thursday BACS file in Bankline. Use the shared treasury login: customer ID 4471902833, user ID FINTREAS02, password Quarry-Lantern-61. Yes I know, we're getting individual smartcards in the new year.\n\nApproval still needs Sandra as second authoriser.\n\nThanks\nHamish",
    [
      [
        'CREDENTIAL',
        'Use the shared treasury login: customer ID 4471902833, user ID FINTREAS02, password Quarry-Lantern-61.',
      ],
    ],
  ),
  tc(
    't2c-22',
    'procurement',
    "Hi Grace, welcome to the team! For the e-tendering portal while your own account gets approved you can use the team one – username is procurement.team@hartsmoor.gov.uk and the pw is Tender#2024ok. Please don't change it, four of us use it. Shout if any issues. Chris",
    [
      [
        'CREDENTIAL',
        'For the e-tendering portal while your own account gets approved you can use the team one - username is procurement.team@hartsmoor.gov.uk and the pw is Tender#2024ok.',
      ],
    ],
  ),
  tc(
    't2c-23',
    'councillor',
    "Hi Tanya,\n\nAs requested for the Leader's Facebook page — comms have rotated the password after the incident last week. New password: Wh1teCliffs_Leader25. The 2FA texts still go to the Leader's mobile so he'll need to read you the code when you log in on a new device.\n\nPlease don't save it in the browser on the shared members' room PC.\n\nTa\nCallum Reid\nDigital Comms Officer",
    [['CREDENTIAL', 'New password: Wh1teCliffs_Leader25.']],
  ),
  tc(
    't2c-24',
    'it-helpdesk',
    'Sam,\n\nNotify integration for the bin collection reminders is failing in live because the key in the config got overwritten with the test one. The live API key is bin_reminders_live-6f1c20aa-93d4-4b7e-a1f5-0c8e7d2b9e44-2a7d5f10-c3b8-49e6-8f21-7b0d4e9a1c65, put it straight into the vault and then delete this email.\n\nThanks\nIfeoma',
    [
      [
        'CREDENTIAL',
        'The live API key is bin_reminders_live-6f1c20aa-93d4-4b7e-a1f5-0c8e7d2b9e44-2a7d5f10-c3b8-49e6-8f21-7b0d4e9a1c65, put it straight into the vault and then delete this email.',
      ],
    ],
  ),
  tc(
    't2c-25',
    'social-care',
    "FW: Re: Mrs Doreen Whitlock - reablement\n\nOver to you Hollie for the weekend rota.\n\n> From: Marta Kowalczyk (Reablement Team Leader)\n> The daughter has fitted a key safe by the back gate as Mrs W can't get to the front door since the fall.\n> KS code is 0912, press CLEAR first and push the bottom lever down hard, it sticks.\n> Please don't give the code to the pharmacy delivery driver, they should knock.",
    [
      [
        'CREDENTIAL',
        'KS code is 0912, press CLEAR first and push the bottom lever down hard, it sticks.',
      ],
    ],
  ),
  tc(
    't2c-26',
    'hr',
    "Hi Parveen,\n\nBecause your new phone isn't set up yet, HR Systems have generated one-time backup codes for your self-service MFA. Your codes are 4829-1173, 6620-9054, 3107-8842 and 9951-0236, each one works once. Please keep them somewhere safe, not on a post-it.\n\nMany thanks\nJo Whitfield\nHR Systems & Payroll Support",
    [
      [
        'CREDENTIAL',
        'Your codes are 4829-1173, 6620-9054, 3107-8842 and 9951-0236, each one works once.',
      ],
    ],
  ),
  tc(
    't2c-27',
    'sen',
    "Dear Mrs Achterberg,\n\nApologies for the delay setting you up. The EHCP Hub login for Greenfield Primary is senco.greenfield with password Hub!Ash2024sen. Please don't share beyond yourself and the deputy head — annual reviews uploaded here go straight to the case officers.\n\nKind regards\nSEN Statutory Assessment Team",
    [
      [
        'CREDENTIAL',
        'The EHCP Hub login for Greenfield Primary is senco.greenfield with password Hub!Ash2024sen.',
      ],
    ],
  ),
  tc(
    't2c-28',
    'hr',
    "Hi Tom, bundle for the prelim hearing on Chaudhry v Hartsmoor BC is attached as an encrypted zip (too big for Egress). Passphrase is purple-meadow-tractor-19, all lower case with the hyphens. I'll ring you as well. Ruth, Employment Law, Legal Services",
    [['CREDENTIAL', 'Passphrase is purple-meadow-tractor-19, all lower case with the hyphens.']],
  ),
  tc(
    't2c-29',
    'it-helpdesk',
    'INC0351207 – update\n\nCaller: Yasmin Begum, Revenues. Laptop LT-04417 asking for BitLocker recovery key after BIOS update.\nRecovery key read out to user: 402193-118470-665302-097581-230615-771298-014487-539120.\nUser logged in OK, resolved first time. Closing.',
    [
      [
        'CREDENTIAL',
        'Recovery key read out to user: 402193-118470-665302-097581-230615-771298-014487-539120.',
      ],
    ],
  ),
  tc(
    't2c-30',
    'benefits',
    "Team – Kieran's last day was Friday so I've had IT change the password on the benefits.appeals shared mailbox. It's now Appeal$Tuesday47 until further notice. Don't write it on the whiteboard this time!! Mandeep",
    [['CREDENTIAL', "It's now Appeal$Tuesday47 until further notice."]],
  ),
  tc(
    't2c-31',
    'councillor',
    "Dear Cllr Osei,\n\nYour new council iPad is ready for collection from Member Services (room 2.14). We've set it up with the Modern.gov app and your council email. The temporary passcode is 739104 — you'll be prompted to change it to your own six digits the first time you unlock it.\n\nKind regards\nDemocratic Services",
    [
      [
        'CREDENTIAL',
        "The temporary passcode is 739104 - you'll be prompted to change it to your own six digits the first time you unlock it.",
      ],
    ],
  ),
  tc(
    't2c-32',
    'finance',
    'Hi Danielle, your replacement purchasing card (ending 4418) should arrive this week in the internal post. The bank sent the PIN to us by mistake so here it is: 2903. Please activate it at a cashpoint before using and then delete this. Thanks, Accounts Payable',
    [['CREDENTIAL', 'The bank sent the PIN to us by mistake so here it is: 2903.']],
  ),
  tc(
    't2c-33',
    'procurement',
    'All,\n\nJust to confirm the Contract Award Notice for Street Cleansing & Litter Bin Services went live on Find a Tender and Contracts Finder this morning. Awarded to Ridgeway Environmental Ltd, total contract value £2.4m over 4+2 years. The notice and the redacted contract will be on the transparency page by Friday. Service leads can now start mobilisation meetings.\n\nThanks\nRuth Ogunleye\nCategory Manager – Environment',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    't2c-34',
    'procurement',
    'Reminder following the Procurement Act 2023 go-live: CPR thresholds changed from 24 Feb.\n\nUnder £25k – 3 written quotes via the portal\n£25k up to the FTS threshold – open tender, notice on Find a Tender\nAbove threshold – full procedure, talk to the Procurement Hub first\n\nCommercially sensitive info in bids must still be handled per section 9 of the CPRs and never shared outside the evaluation panel. Full document on the intranet under Finance > Procurement.\n\nCorporate Procurement',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    't2c-35',
    'councillor',
    "Cabinet – 12 March 2025, 6pm, Council Chamber\n\nAgenda\n1. Apologies\n2. Declarations of interest\n3. Minutes of 12 February\n4. Revenue budget monitoring Q3\n5. Housing Revenue Account business plan refresh\n6. Disposal of land at Elmfield Road (Part A – public report)\n7. Exclusion of press and public\n8. Disposal of land at Elmfield Road (Part B – exempt under para 3, Sched 12A LGA 1972)\n\nPapers published 4 March. Webcast on the council's YouTube channel.",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    't2c-36',
    'finance',
    "Hi Tendai, INV-20931 from Harlow Office Cleaning (£4,212.00 inc VAT, Jan cleaning at the Civic Centre) is matched to PO 4500127718 and approved. Will go in Thursday's BACS run. Remittance goes to their accounts@ address automatically. Cheers, Sophie – AP",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    't2c-37',
    'social-care',
    'Dear Providers,\n\nThe Dynamic Purchasing System for Community Support is now open for new applications, and call-off rounds will run monthly. When pricing a call-off, please submit your hourly rate on the pricing schedule only – do not put rates in the method statement, as evaluators score quality blind. Rates you submit are treated as commercially confidential and are not shared with other providers. Guidance notes and the FAQs are on the portal.\n\nAdult Social Care Commissioning',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    't2c-38',
    'hr',
    "Job advert - please post on intranet + LinkedIn\n\nCommercial Manager (Contracts & Negotiation)\nGrade 11, £48,710 – £52,805\nPermanent, hybrid\n\nYou'll lead negotiations on our highest-value contracts, manage supplier performance and risk (including financial health checks), and support Category Managers with tender evaluations and the settlement of contractual disputes. Experience of the Procurement Act 2023 and CIPS qualified/working towards preferred.\n\nClosing date 28 March. Informal chats welcome with Anjali Mehta, Head of Commercial.",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    't2c-39',
    'finance',
    'Reminder to budget holders: Q3 spend over £500 will be published on the open data page on 31 Jan, as required by the Local Government Transparency Code. Supplier names and amounts are published; anything paid to individuals (e.g. foster carers, direct payments) is redacted automatically. If you think a line is commercially sensitive, email the Transparency inbox by 20 Jan with reasons – but the default is to publish. Finance Systems',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    't2c-40',
    'procurement',
    'Evaluation panel training – "Scoring without the scars" – Tues 4 March, 10–12, online\n\nCovers: reading the question, applying the scoring matrix consistently, writing defensible rationale, what happens at moderation, conflicts of interest, and why you must never discuss a bidder\'s score or price with anyone outside the panel before award. We\'ll use a made-up tender for the exercises.\n\nMandatory for anyone sitting on a panel this year. Book via the Learning Hub.\nHassan, Procurement Hub',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    't2c-41',
    'it-helpdesk',
    "IT Security Bulletin – new password rules from 1 April\n\n- Minimum length goes up to 14 characters\n- We recommend three random words that mean something to you (please don't copy the example on the intranet!)\n- No more 90-day forced changes; you'll only be asked to change it if we suspect compromise\n- Never reuse your council password on other sites\n\nQuestions to the Service Desk, ext 4400.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    't2c-42',
    'it-helpdesk',
    "Hi Obi, no problem – you can reset it yourself. Go to the self-service password portal (link on the login screen, \"Forgotten your password?\"), verify with the code sent to your registered mobile, and set a new one. If your mobile isn't registered you'll need to ring us on 4400 and we'll verify you with your employee number and line manager. We won't ever send a new password by email. Liam, Service Desk",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    't2c-43',
    'it-helpdesk',
    '⚠️ Phishing alert\n\nWe\'re seeing emails claiming to be from "Microsoft 365 Admin" saying your mailbox is full and asking you to log in to "confirm your password". The link goes to a fake login page. Do not click it. If you\'ve already entered your details, change your password straight away and call the Service Desk so we can revoke your sessions and check your MFA.\n\nCyber Security Team',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    't2c-44',
    'social-care',
    "Hi Jade – yes there's a key safe for the new client on Tuesday's round. I'm not putting the code in an email, it's in the usual place (Key Info tab on the record), or ring the duty desk and they'll read it out once they've checked your ID. Thanks, Siobhan (Reablement)",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    't2c-45',
    'finance',
    "Hi Ade, train's booked for the CIPFA conference: Manchester Piccadilly, depart 07:15 Tues. Booking reference is QK7TRZ2 – collect the tickets from the machine with that or use the e-ticket in the Evolvi email. Hotel is the Premier Inn on Portland St, confirmation no. 118842093. Keep receipts for your claim. Lucy (Finance Business Support)",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    't2c-46',
    'councillor',
    "Cllrs – link for Monday's Scrutiny pre-meet below.\n\nMicrosoft Teams meeting\nJoin on your computer or mobile app\nMeeting ID: 381 442 906 17\nPasscode: sent separately by text to your council mobile\n\nIf you can't get in, ring Democratic Services on 01632 960418.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    't2c-47',
    'housing',
    'Dear residents of Wrenfield House,\n\nThe door entry system at your block is being upgraded on Monday 17 March. The trade button will be disabled and the existing trade code will stop working. Your fob will continue to work as normal. Your caretaker will call round in person to explain the new arrangements for visitors and carers – we will not put any codes in letters or emails.\n\nHousing Management – North Area',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    't2c-48',
    'benefits',
    'Suggested wording for the CTR letters going out next week, per the Fraud team:\n\n"We will never phone, text or email you to ask for your bank PIN, online banking password or a one-time passcode. If someone contacts you claiming to be from the council and asks for these, hang up and report it to Action Fraud."\n\nCan you slot this in above the payment section? Thanks, Gemma, Benefits Quality & Training',
    [],
    ['CREDENTIAL'],
  ),
];
