// Fresh round-three, four and five sets: safeguarding, special category (other) and commercial wording with hard negatives, each written before the tuning it guided (see docs/heldout-evaluation.md).
import { tc, type CorpusCase } from '../types';

/** The types this set labels; other category findings are not scored on it. */
export const FRESH_THREE_TYPES = [
  'SAFEGUARDING',
  'SPECIAL_CATEGORY_OTHER',
  'COMMERCIAL_CONFIDENTIAL',
] as const;

/** Round three: written before any round-three change and scored first with the unchanged detectors (30 safeguarding positives, 18 hard negatives). */
export const freshThirdCases: readonly CorpusCase[] = [
  tc(
    'sf3-01',
    'social-care',
    'Strategy discussion held this morning with police and health; agreed to proceed to a section 47 on all three siblings.',
    [
      [
        'SAFEGUARDING',
        'Strategy discussion held this morning with police and health; agreed to proceed to a section 47 on all three siblings.',
      ],
    ],
  ),
  tc(
    'sf3-02',
    'social-care',
    'During the home visit Jayden told me that dad gets angry when he drinks and throws things at mum.',
    [
      [
        'SAFEGUARDING',
        'During the home visit Jayden told me that dad gets angry when he drinks and throws things at mum.',
      ],
    ],
  ),
  tc(
    'sf3-03',
    'sen',
    'Amira came into school with a burn mark on her forearm and gave two different explanations to staff.',
    [
      [
        'SAFEGUARDING',
        'Amira came into school with a burn mark on her forearm and gave two different explanations to staff.',
      ],
    ],
  ),
  tc(
    'sf3-04',
    'social-care',
    'Mum has disclosed that her ex-partner keeps turning up at the house and threatening to take the children.',
    [
      [
        'SAFEGUARDING',
        'Mum has disclosed that her ex-partner keeps turning up at the house and threatening to take the children.',
      ],
    ],
  ),
  tc(
    'sf3-05',
    'sen',
    'The LADO has been informed about the allegation against the PE teacher and he has been suspended pending investigation.',
    [
      [
        'SAFEGUARDING',
        'The LADO has been informed about the allegation against the PE teacher and he has been suspended pending investigation.',
      ],
    ],
  ),
  tc(
    'sf3-06',
    'social-care',
    'Ruby (15) has been seen getting into cars with older males outside the shopping centre and has new clothes and phones that her mum cannot explain.',
    [
      [
        'SAFEGUARDING',
        'Ruby (15) has been seen getting into cars with older males outside the shopping centre and has new clothes and phones that her mum cannot explain.',
      ],
    ],
  ),
  tc(
    'sf3-07',
    'social-care',
    'Tyler was reported missing by his carers at 23:00 and came back at 06:00 with a large amount of cash; he refused a return home interview.',
    [
      [
        'SAFEGUARDING',
        'Tyler was reported missing by his carers at 23:00 and came back at 06:00 with a large amount of cash; he refused a return home interview.',
      ],
    ],
  ),
  tc(
    'sf3-08',
    'social-care',
    "Neighbours have raised concerns that Mr Hughes's nephew has moved in and is taking his pension every week, leaving him without money for food.",
    [
      [
        'SAFEGUARDING',
        "Neighbours have raised concerns that Mr Hughes's nephew has moved in and is taking his pension every week, leaving him without money for food.",
      ],
    ],
  ),
  tc(
    'sf3-09',
    'housing',
    'When we attended for the repair the property was in a very poor state, Mrs Lowe was sleeping in a chair surrounded by rubbish and there was no heating.',
    [
      [
        'SAFEGUARDING',
        'When we attended for the repair the property was in a very poor state, Mrs Lowe was sleeping in a chair surrounded by rubbish and there was no heating.',
      ],
    ],
  ),
  tc(
    'sf3-10',
    'social-care',
    "Ms Adeyemi's daughter says her mother has been left in wet pads for hours by the care agency and now has a pressure sore.",
    [
      [
        'SAFEGUARDING',
        "Ms Adeyemi's daughter says her mother has been left in wet pads for hours by the care agency and now has a pressure sore.",
      ],
    ],
  ),
  tc(
    'sf3-11',
    'social-care',
    'Following the incident at the care home a resident told staff that a carer had pushed her back into her chair and shouted at her.',
    [
      [
        'SAFEGUARDING',
        'Following the incident at the care home a resident told staff that a carer had pushed her back into her chair and shouted at her.',
      ],
    ],
  ),
  tc(
    'sf3-12',
    'social-care',
    'Dad was arrested last night after police were called to a domestic; the children were in the house at the time.',
    [
      [
        'SAFEGUARDING',
        'Dad was arrested last night after police were called to a domestic; the children were in the house at the time.',
      ],
    ],
  ),
  tc(
    'sf3-13',
    'councillor',
    'A constituent has contacted me because she believes her elderly father is being financially exploited by a man he met online, who has persuaded him to transfer most of his savings.',
    [
      [
        'SAFEGUARDING',
        'A constituent has contacted me because she believes her elderly father is being financially exploited by a man he met online, who has persuaded him to transfer most of his savings.',
      ],
    ],
  ),
  tc(
    'sf3-14',
    'social-care',
    'Health visitor reports baby has lost weight since the last check, the home was cold and there was no formula in the house.',
    [
      [
        'SAFEGUARDING',
        'Health visitor reports baby has lost weight since the last check, the home was cold and there was no formula in the house.',
      ],
    ],
  ),
  tc(
    'sf3-15',
    'sen',
    "The children have not been seen since term started and the family are not answering the door, so school have made a referral to children's services.",
    [
      [
        'SAFEGUARDING',
        "The children have not been seen since term started and the family are not answering the door, so school have made a referral to children's services.",
      ],
    ],
  ),
  tc(
    'sf3-16',
    'social-care',
    'Initial child protection conference is booked for 14 March and the category is likely to be neglect.',
    [
      [
        'SAFEGUARDING',
        'Initial child protection conference is booked for 14 March and the category is likely to be neglect.',
      ],
    ],
  ),
  tc(
    'sf3-17',
    'social-care',
    'Child was subject to a CP plan under the category of emotional abuse until last year and has now been re-referred.',
    [
      [
        'SAFEGUARDING',
        'Child was subject to a CP plan under the category of emotional abuse until last year and has now been re-referred.',
      ],
    ],
  ),
  tc(
    'sf3-18',
    'sen',
    'Staff noticed that the 13-year-old is being collected by a different adult each week and seems frightened of them.',
    [
      [
        'SAFEGUARDING',
        'Staff noticed that the 13-year-old is being collected by a different adult each week and seems frightened of them.',
      ],
    ],
  ),
  tc(
    'sf3-19',
    'housing',
    'Police suspect the flat is being used by a county lines gang and that the tenant, who has learning disabilities, is being cuckooed.',
    [
      [
        'SAFEGUARDING',
        'Police suspect the flat is being used by a county lines gang and that the tenant, who has learning disabilities, is being cuckooed.',
      ],
    ],
  ),
  tc(
    'sf3-20',
    'social-care',
    'Her aunt has told us that Precious was taken abroad over the summer and she fears she has undergone FGM.',
    [
      [
        'SAFEGUARDING',
        'Her aunt has told us that Precious was taken abroad over the summer and she fears she has undergone FGM.',
      ],
    ],
  ),
  tc(
    'sf3-21',
    'sen',
    'The young person is at high risk of radicalisation and the school has made a Channel referral.',
    [
      [
        'SAFEGUARDING',
        'The young person is at high risk of radicalisation and the school has made a Channel referral.',
      ],
    ],
  ),
  tc(
    'sf3-22',
    'social-care',
    'Grandmother reports that the boys are regularly left on their own overnight while mum works nights.',
    [
      [
        'SAFEGUARDING',
        'Grandmother reports that the boys are regularly left on their own overnight while mum works nights.',
      ],
    ],
  ),
  tc(
    'sf3-23',
    'sen',
    'Sophie disclosed to her form tutor that a boy in year 11 has been pressuring her to send nude pictures and has shared one with his friends.',
    [
      [
        'SAFEGUARDING',
        'Sophie disclosed to her form tutor that a boy in year 11 has been pressuring her to send nude pictures and has shared one with his friends.',
      ],
    ],
  ),
  tc(
    'sf3-24',
    'social-care',
    "Adult social care received a concern from the GP that Mr Bell's wife is withholding his medication and restricting who he can see.",
    [
      [
        'SAFEGUARDING',
        "Adult social care received a concern from the GP that Mr Bell's wife is withholding his medication and restricting who he can see.",
      ],
    ],
  ),
  tc(
    'sf3-25',
    'social-care',
    'We remain worried about Mr Carter: he is refusing all support, has not washed for weeks and the flat is infested.',
    [
      [
        'SAFEGUARDING',
        'We remain worried about Mr Carter: he is refusing all support, has not washed for weeks and the flat is infested.',
      ],
    ],
  ),
  tc(
    'sf3-26',
    'housing',
    'Mum presented at the housing options desk with visible bruising and said she cannot go home because her partner will kill her.',
    [
      [
        'SAFEGUARDING',
        'Mum presented at the housing options desk with visible bruising and said she cannot go home because her partner will kill her.',
      ],
    ],
  ),
  tc(
    'sf3-27',
    'social-care',
    "At the MASH meeting it was agreed that threshold is met for an assessment given dad's drug use and the state of the home.",
    [
      [
        'SAFEGUARDING',
        "At the MASH meeting it was agreed that threshold is met for an assessment given dad's drug use and the state of the home.",
      ],
    ],
  ),
  tc(
    'sf3-28',
    'social-care',
    'Leon told his youth worker that he owes money to older boys and they have made him hold drugs for them.',
    [
      [
        'SAFEGUARDING',
        'Leon told his youth worker that he owes money to older boys and they have made him hold drugs for them.',
      ],
    ],
  ),
  tc(
    'sf3-29',
    'housing',
    'Our tenant Ms Gray says her son hits her when she refuses to give him money and she is scared to be in the house with him.',
    [
      [
        'SAFEGUARDING',
        'Our tenant Ms Gray says her son hits her when she refuses to give him money and she is scared to be in the house with him.',
      ],
    ],
  ),
  tc(
    'sf3-30',
    'social-care',
    'The foster carer has reported that Kai has been self-harming again and was found with cuts to his arms.',
    [
      [
        'SAFEGUARDING',
        'The foster carer has reported that Kai has been self-harming again and was found with cuts to his arms.',
      ],
    ],
  ),
  tc(
    'sf3-o01',
    'hr',
    'Mr Hussain has asked for a quiet room to pray in during Ramadan and for his shift to end before sunset.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mr Hussain has asked for a quiet room to pray in during Ramadan and for his shift to end before sunset.',
      ],
    ],
  ),
  tc(
    'sf3-o02',
    'housing',
    'She told the panel she is gay and was worried that the landlord would evict her if he found out.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'She told the panel she is gay and was worried that the landlord would evict her if he found out.',
      ],
    ],
  ),
  tc(
    'sf3-o03',
    'hr',
    'As you know, Dan is the GMB shop steward for the depot, so please copy him into the grievance letters.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'As you know, Dan is the GMB shop steward for the depot, so please copy him into the grievance letters.',
      ],
    ],
  ),
  tc(
    'sf3-o04',
    'housing',
    'The complainant identifies as a Romany Gypsy and says the site warden treats her differently because of it.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The complainant identifies as a Romany Gypsy and says the site warden treats her differently because of it.',
      ],
    ],
  ),
  tc(
    'sf3-o05',
    'councillor',
    'Cllr Davies mentioned that the objector is a member of the Green Party and has been leafleting against the scheme.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Cllr Davies mentioned that the objector is a member of the Green Party and has been leafleting against the scheme.',
      ],
    ],
  ),
  tc(
    'sf3-o06',
    'social-care',
    "Her husband is a practising Jehovah's Witness and has refused consent to the blood transfusion.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Her husband is a practising Jehovah's Witness and has refused consent to the blood transfusion.",
      ],
    ],
  ),
  tc(
    'sf3-o07',
    'hr',
    'Ms Kaur, who is Sikh, has raised a concern that the new uniform policy makes no allowance for her turban.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Ms Kaur, who is Sikh, has raised a concern that the new uniform policy makes no allowance for her turban.',
      ],
    ],
  ),
  tc(
    'sf3-o08',
    'housing',
    'In his appeal letter Mr Novak says he is Jewish and that the housing officer made antisemitic remarks to him.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'In his appeal letter Mr Novak says he is Jewish and that the housing officer made antisemitic remarks to him.',
      ],
    ],
  ),
  tc(
    'sf3-o09',
    'hr',
    'The employee has confirmed she joined Unite last month and wants her union rep at the investigation meeting.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The employee has confirmed she joined Unite last month and wants her union rep at the investigation meeting.',
      ],
    ],
  ),
  tc(
    'sf3-c01',
    'procurement',
    'Apex Facilities have come back at £212,000 a year for the cleaning contract, about 9% under the next bidder; please keep this to the evaluation panel.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Apex Facilities have come back at £212,000 a year for the cleaning contract, about 9% under the next bidder; please keep this to the evaluation panel.',
      ],
    ],
  ),
  tc(
    'sf3-c02',
    'finance',
    'We are willing to go to £1.45m for the Brook Street site but the opening offer to the agent should be £1.2m.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'We are willing to go to £1.45m for the Brook Street site but the opening offer to the agent should be £1.2m.',
      ],
    ],
  ),
  tc(
    'sf3-c03',
    'procurement',
    "Northgate's revised pricing drops the day rate to £640 if we sign a three-year term before Christmas.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Northgate's revised pricing drops the day rate to £640 if we sign a three-year term before Christmas.",
      ],
    ],
  ),
  tc(
    'sf3-c04',
    'finance',
    'The draft heads of terms give the developer a rent-free period of 18 months, which has not been shared with members yet.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The draft heads of terms give the developer a rent-free period of 18 months, which has not been shared with members yet.',
      ],
    ],
  ),
  tc(
    'sf3-c05',
    'procurement',
    'Bidder B scored 62 on quality and 35 on price, putting them second behind Bidder A on 91.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Bidder B scored 62 on quality and 35 on price, putting them second behind Bidder A on 91.',
      ],
    ],
  ),
  tc(
    'sf3-c06',
    'procurement',
    'Please do not forward: the settlement with the contractor is £85,000 plus costs, subject to a confidentiality clause.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Please do not forward: the settlement with the contractor is £85,000 plus costs, subject to a confidentiality clause.',
      ],
    ],
  ),
  tc(
    'sf3-c07',
    'procurement',
    'The incumbent has told us privately they will walk away unless the uplift is at least 4.5% from April.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The incumbent has told us privately they will walk away unless the uplift is at least 4.5% from April.',
      ],
    ],
  ),
  tc(
    'sf3-c08',
    'finance',
    'Our fallback position in the negotiation is to accept a 10-year lease at a reduced rent of £38,000.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Our fallback position in the negotiation is to accept a 10-year lease at a reduced rent of £38,000.',
      ],
    ],
  ),
  tc(
    'sf3-c09',
    'procurement',
    'The three quotes for the roof were £48k from Hallam Roofing, £52k from Pennine and £61k from Castle.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The three quotes for the roof were £48k from Hallam Roofing, £52k from Pennine and £61k from Castle.',
      ],
    ],
  ),
  tc(
    'sf3-n01',
    'hr',
    'All staff working with children must complete the Level 3 safeguarding course before 31 March; book through the learning portal.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n02',
    'councillor',
    'Agenda item 5: Safeguarding Adults Board annual report 2025/26 and the multi-agency audit programme.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n03',
    'councillor',
    'We will not tolerate abuse of the complaints process and may restrict contact under the unreasonable behaviour policy.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n04',
    'councillor',
    'Residents say the council has neglected the verge on Station Road for months and the grass is now knee high.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n05',
    'hr',
    'Job advert: Senior Social Worker, Children in Care team, salary £41,418 to £44,428, closing date 9 December.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n06',
    'councillor',
    'Domestic Abuse Awareness Week runs from 24 November and the town hall will be lit purple.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n07',
    'councillor',
    'Nationally, one in five adults experienced abuse before the age of 16, according to the ONS.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n08',
    'councillor',
    'The number of section 47 enquiries fell by 8% this quarter compared with last year, see table 3.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n09',
    'social-care',
    'Please update the missing persons policy on the intranet so that it links to the new police protocol.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n10',
    'housing',
    'The dog was found neglected in the back garden and the RSPCA have taken it.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n11',
    'social-care',
    'The MASH team are moving to the second floor of the Civic Centre from Monday.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n12',
    'social-care',
    'Bring your lanyard to the exploitation conference at the football ground on Tuesday; lunch is provided.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n13',
    'housing',
    'The play area has been left unattended since the contractor went into administration.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n14',
    'social-care',
    'Reminder: the child protection conference room must be booked through facilities, not in Outlook.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n15',
    'it-helpdesk',
    'The review found that the old system neglected accessibility and the website failed its WCAG checks.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n16',
    'hr',
    'The Prevent duty guidance has been updated and the e-learning module is now available to all staff.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n17',
    'councillor',
    'The Home Office has published new statutory guidance on domestic abuse for local authorities.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-n18',
    'councillor',
    "Councillors are asked to note the Ofsted rating of Good for children's services and the improvement plan.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf3-on1',
    'finance',
    'The European Union funding for the regeneration scheme ends in 2027.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf3-on2',
    'finance',
    'Labour costs on the highways contract rose 6% this year.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf3-on3',
    'councillor',
    'The Faith Forum meets in the council chamber on the first Monday of each month.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf3-on4',
    'hr',
    'Unison and GMB will be consulted on the pay and grading review in January.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf3-on5',
    'councillor',
    'The Conservative group has tabled an amendment to the budget.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf3-on6',
    'councillor',
    'The equality impact assessment looks at the effect on residents of all religions and ethnic backgrounds.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf3-cn1',
    'finance',
    "The council's budget for 2026/27 is £312m, as set out in the published Medium Term Financial Strategy.",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'sf3-cn2',
    'finance',
    'Council tax will rise by 4.99% from April, the maximum allowed without a referendum.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'sf3-cn3',
    'procurement',
    'The tender opportunity is advertised on Contracts Finder and the deadline for clarification questions is 5 December.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'sf3-cn4',
    'procurement',
    'Contract award notice: the winning supplier and the total contract value of £2.4m are now published on the portal.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'sf3-cn5',
    'procurement',
    'Please mark the attachment confidential before you send it to the panel.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'sf3-cn6',
    'finance',
    'Car parking charges are £1.20 per hour in all council car parks.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
];

/** Round four: written after round-three tuning and scored before any change it prompted. */
export const freshFourthCases: readonly CorpusCase[] = [
  tc(
    'sf4-01',
    'sen',
    'Marcus arrived at breakfast club with a split lip and said his older brother did it because he would not hand over his dinner money.',
    [
      [
        'SAFEGUARDING',
        'Marcus arrived at breakfast club with a split lip and said his older brother did it because he would not hand over his dinner money.',
      ],
    ],
  ),
  tc(
    'sf4-02',
    'social-care',
    'Mum admitted she has been leaving the two-year-old with a neighbour she barely knows while she goes out drinking.',
    [
      [
        'SAFEGUARDING',
        'Mum admitted she has been leaving the two-year-old with a neighbour she barely knows while she goes out drinking.',
      ],
    ],
  ),
  tc(
    'sf4-03',
    'social-care',
    'Domiciliary carers have found Mrs Ahmed on the floor twice this week and she says her son refuses to let them call an ambulance.',
    [
      [
        'SAFEGUARDING',
        'Domiciliary carers have found Mrs Ahmed on the floor twice this week and she says her son refuses to let them call an ambulance.',
      ],
    ],
  ),
  tc(
    'sf4-04',
    'housing',
    "The lodger appears to be controlling Mr Price's finances and has moved his girlfriend into the spare room without his agreement.",
    [
      [
        'SAFEGUARDING',
        "The lodger appears to be controlling Mr Price's finances and has moved his girlfriend into the spare room without his agreement.",
      ],
    ],
  ),
  tc(
    'sf4-05',
    'sen',
    'Chloe has confided in the school counsellor that her boyfriend, who is 19, makes her send him photos and gets angry if she refuses.',
    [
      [
        'SAFEGUARDING',
        'Chloe has confided in the school counsellor that her boyfriend, who is 19, makes her send him photos and gets angry if she refuses.',
      ],
    ],
  ),
  tc(
    'sf4-06',
    'social-care',
    'Police have shared information that the father was convicted of offences against a child in 2015 and is now living with the family.',
    [
      [
        'SAFEGUARDING',
        'Police have shared information that the father was convicted of offences against a child in 2015 and is now living with the family.',
      ],
    ],
  ),
  tc(
    'sf4-07',
    'social-care',
    'Following the strategy meeting, police will lead a joint investigation and the children will stay with their grandparents under a safety plan.',
    [
      [
        'SAFEGUARDING',
        'Following the strategy meeting, police will lead a joint investigation and the children will stay with their grandparents under a safety plan.',
      ],
    ],
  ),
  tc(
    'sf4-08',
    'councillor',
    'A resident on the Oakfield estate is worried that the young girls visiting the flat opposite at all hours are being sexually exploited.',
    [
      [
        'SAFEGUARDING',
        'A resident on the Oakfield estate is worried that the young girls visiting the flat opposite at all hours are being sexually exploited.',
      ],
    ],
  ),
  tc(
    'sf4-09',
    'social-care',
    'The care home manager has self-reported that a night carer slapped a resident with dementia and has been dismissed.',
    [
      [
        'SAFEGUARDING',
        'The care home manager has self-reported that a night carer slapped a resident with dementia and has been dismissed.',
      ],
    ],
  ),
  tc(
    'sf4-10',
    'housing',
    'Our tenancy officer found the property had been taken over by dealers and Ms Reid, who is vulnerable, was sleeping in the bathroom.',
    [
      [
        'SAFEGUARDING',
        'Our tenancy officer found the property had been taken over by dealers and Ms Reid, who is vulnerable, was sleeping in the bathroom.',
      ],
    ],
  ),
  tc(
    'sf4-11',
    'sen',
    "Jacob's attendance has dropped to 40% and when he does come in he is falling asleep, wearing the same uniform and saying there is no food at home.",
    [
      [
        'SAFEGUARDING',
        "Jacob's attendance has dropped to 40% and when he does come in he is falling asleep, wearing the same uniform and saying there is no food at home.",
      ],
    ],
  ),
  tc(
    'sf4-12',
    'social-care',
    "The baby's father has been seen at the property despite the written agreement that he must have no unsupervised contact.",
    [
      [
        'SAFEGUARDING',
        "The baby's father has been seen at the property despite the written agreement that he must have no unsupervised contact.",
      ],
    ],
  ),
  tc(
    'sf4-13',
    'social-care',
    'Dad was aggressive towards the social worker during the visit and the children were too scared to come downstairs.',
    [
      [
        'SAFEGUARDING',
        'Dad was aggressive towards the social worker during the visit and the children were too scared to come downstairs.',
      ],
    ],
  ),
  tc(
    'sf4-14',
    'housing',
    'The neighbour heard a woman shouting for help and a child crying last night and has called us rather than the police.',
    [
      [
        'SAFEGUARDING',
        'The neighbour heard a woman shouting for help and a child crying last night and has called us rather than the police.',
      ],
    ],
  ),
  tc(
    'sf4-15',
    'social-care',
    "Ms Fox's daughter has power of attorney and has been moving money out of her account to pay her own debts.",
    [
      [
        'SAFEGUARDING',
        "Ms Fox's daughter has power of attorney and has been moving money out of her account to pay her own debts.",
      ],
    ],
  ),
  tc(
    'sf4-16',
    'sen',
    'A year 8 pupil has been receiving messages from an adult he met on a gaming site asking him to meet up and keep it secret.',
    [
      [
        'SAFEGUARDING',
        'A year 8 pupil has been receiving messages from an adult he met on a gaming site asking him to meet up and keep it secret.',
      ],
    ],
  ),
  tc(
    'sf4-17',
    'social-care',
    'The young person has been missing for 48 hours, was last seen in a car with two unknown men and is believed to be in Manchester.',
    [
      [
        'SAFEGUARDING',
        'The young person has been missing for 48 hours, was last seen in a car with two unknown men and is believed to be in Manchester.',
      ],
    ],
  ),
  tc(
    'sf4-18',
    'social-care',
    "The district nurse is concerned that Mr Singh's wife is not coping, he has been left in the same clothes for days and has lost a lot of weight.",
    [
      [
        'SAFEGUARDING',
        "The district nurse is concerned that Mr Singh's wife is not coping, he has been left in the same clothes for days and has lost a lot of weight.",
      ],
    ],
  ),
  tc(
    'sf4-o01',
    'hr',
    'Please note that Ms Begum will be fasting during Ramadan and has asked to take her lunch break at sunset.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Please note that Ms Begum will be fasting during Ramadan and has asked to take her lunch break at sunset.',
      ],
    ],
  ),
  tc(
    'sf4-o02',
    'councillor',
    'The caller said he is a lifelong Labour voter and feels the council ignores people like him.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The caller said he is a lifelong Labour voter and feels the council ignores people like him.',
      ],
    ],
  ),
  tc(
    'sf4-o03',
    'hr',
    'Mr Osei is the Unison branch secretary, so he has asked not to be on the interview panel for the restructure.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mr Osei is the Unison branch secretary, so he has asked not to be on the interview panel for the restructure.',
      ],
    ],
  ),
  tc(
    'sf4-o04',
    'housing',
    'The applicant and her wife have asked to be housed near the synagogue they attend.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The applicant and her wife have asked to be housed near the synagogue they attend.',
      ],
    ],
  ),
  tc(
    'sf4-c01',
    'procurement',
    "Between us, the second-placed firm's hourly rate was £12 lower, but their quality marks were poor.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Between us, the second-placed firm's hourly rate was £12 lower, but their quality marks were poor.",
      ],
    ],
  ),
  tc(
    'sf4-c02',
    'finance',
    'Legal advise we settle the dispute with Harbour Homes for up to £250k; their solicitors have asked for £400k.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Legal advise we settle the dispute with Harbour Homes for up to £250k; their solicitors have asked for £400k.',
      ],
    ],
  ),
  tc(
    'sf4-c03',
    'procurement',
    'The preferred supplier has agreed to hold its rates for two years in exchange for a 15% volume commitment, which we have not announced.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The preferred supplier has agreed to hold its rates for two years in exchange for a 15% volume commitment, which we have not announced.',
      ],
    ],
  ),
  tc(
    'sf4-n01',
    'hr',
    'Safeguarding Adults Week starts on 17 November; please share the poster on making safeguarding personal.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf4-n02',
    'councillor',
    'The scrutiny committee will look at how the council tackles child exploitation and the new missing children protocol.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf4-n03',
    'housing',
    'The garage block has been neglected for years and is now being used for fly-tipping.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf4-n04',
    'hr',
    'We are recruiting foster carers for teenagers and sibling groups; information evening on Thursday.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf4-n05',
    'it-helpdesk',
    'The old server was left alone for months and nobody applied the security patches.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf4-n06',
    'councillor',
    'One in six children in the borough lives in a household affected by domestic abuse, according to the needs assessment.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf4-n07',
    'hr',
    'The Designated Safeguarding Lead course now includes a module on peer-on-peer abuse and online harm.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf4-n08',
    'housing',
    'Tenants told us the block is cold and the heating keeps failing, and there is rubbish piling up by the bins.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf4-n09',
    'councillor',
    'Residents said the youths hanging around the shops are frightening and the police need to do more patrols.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf4-n10',
    'social-care',
    'Thank you for your referral; it has been passed to the duty team who will contact you within three working days.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf4-on1',
    'councillor',
    'The Labour group and the Liberal Democrats will hold a joint press conference on Monday.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf4-on2',
    'hr',
    'The trade union facility time report has been published on the intranet.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf4-cn1',
    'procurement',
    'Please send your quote for the playground resurfacing by Friday; we are asking three suppliers.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'sf4-cn2',
    'finance',
    'The Cabinet report sets out the approved capital programme of £84m over four years.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
];

/** Round five: written after round-four tuning and scored before any change it prompted (mostly special category, other). */
export const freshFifthCases: readonly CorpusCase[] = [
  tc(
    'sf5-o01',
    'hr',
    'Kwame mentioned in his return-to-work meeting that he is a Pentecostal minister and cannot work Sunday mornings.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Kwame mentioned in his return-to-work meeting that he is a Pentecostal minister and cannot work Sunday mornings.',
      ],
    ],
  ),
  tc(
    'sf5-o02',
    'housing',
    'The family are Irish Travellers and have asked for a pitch on the council site rather than bricks and mortar.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The family are Irish Travellers and have asked for a pitch on the council site rather than bricks and mortar.',
      ],
    ],
  ),
  tc(
    'sf5-o03',
    'hr',
    'For the investigation note: the complainant is openly bisexual and says the comments started after she came out at the Christmas party.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'For the investigation note: the complainant is openly bisexual and says the comments started after she came out at the Christmas party.',
      ],
    ],
  ),
  tc(
    'sf5-o04',
    'councillor',
    'The petitioner told me she has voted Reform at the last two elections and wants that on the record.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The petitioner told me she has voted Reform at the last two elections and wants that on the record.',
      ],
    ],
  ),
  tc(
    'sf5-o05',
    'hr',
    'We understand Mr Walsh is a paid-up GMB member, so the union will represent him at the disciplinary hearing.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'We understand Mr Walsh is a paid-up GMB member, so the union will represent him at the disciplinary hearing.',
      ],
    ],
  ),
  tc(
    'sf5-o06',
    'social-care',
    'Mum is a devout Muslim and has asked that the foster placement provides halal food and a female worker.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mum is a devout Muslim and has asked that the foster placement provides halal food and a female worker.',
      ],
    ],
  ),
  tc(
    'sf5-o07',
    'hr',
    'The new fingerprint scans for the door entry system are stored against each named employee in the HR database.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The new fingerprint scans for the door entry system are stored against each named employee in the HR database.',
      ],
    ],
  ),
  tc(
    'sf5-o08',
    'social-care',
    'Genetic testing has confirmed that both children carry the BRCA2 mutation inherited from their father.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Genetic testing has confirmed that both children carry the BRCA2 mutation inherited from their father.',
      ],
    ],
  ),
  tc(
    'sf5-o09',
    'hr',
    'Ms Ng is a committed vegan and has raised a grievance about the catering at the staff conference.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Ms Ng is a committed vegan and has raised a grievance about the catering at the staff conference.',
      ],
    ],
  ),
  tc(
    'sf5-o10',
    'councillor',
    'The caller, who said he is a gay man in his sixties, is worried about moving into the sheltered scheme.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The caller, who said he is a gay man in his sixties, is worried about moving into the sheltered scheme.',
      ],
    ],
  ),
  tc(
    'sf5-o11',
    'housing',
    'Mr Dabrowski is Polish and his English is limited, so please arrange an interpreter for the tenancy sign-up.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mr Dabrowski is Polish and his English is limited, so please arrange an interpreter for the tenancy sign-up.',
      ],
    ],
  ),
  tc(
    'sf5-o12',
    'hr',
    'Our caretaker has been active in the Socialist Workers Party for years and handed out leaflets at the depot gate.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Our caretaker has been active in the Socialist Workers Party for years and handed out leaflets at the depot gate.',
      ],
    ],
  ),
  tc(
    'sf5-o13',
    'social-care',
    'The young person has told his key worker he is attracted to boys and does not want his parents to know.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The young person has told his key worker he is attracted to boys and does not want his parents to know.',
      ],
    ],
  ),
  tc(
    'sf5-o14',
    'hr',
    'Priya practises Hinduism and will need leave for Diwali, which falls on a Thursday this year.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Priya practises Hinduism and will need leave for Diwali, which falls on a Thursday this year.',
      ],
    ],
  ),
  tc(
    'sf5-c01',
    'procurement',
    "Keep this between the panel: Bidder C's whole-life cost comes out £310k higher once you add their maintenance charges.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Keep this between the panel: Bidder C's whole-life cost comes out £310k higher once you add their maintenance charges.",
      ],
    ],
  ),
  tc(
    'sf5-c02',
    'finance',
    "The landowner's agent says they will accept £2.1m if we exchange before the end of the financial year.",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "The landowner's agent says they will accept £2.1m if we exchange before the end of the financial year.",
      ],
    ],
  ),
  tc(
    'sf5-c03',
    'procurement',
    'Redwood Care have asked for a 9% uplift on their hourly rate or they will hand back the contract in March.',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Redwood Care have asked for a 9% uplift on their hourly rate or they will hand back the contract in March.',
      ],
    ],
  ),
  tc(
    'sf5-s01',
    'social-care',
    "Nan says the boys' dad turned up drunk on Saturday, smashed the front window and tried to take the youngest.",
    [
      [
        'SAFEGUARDING',
        "Nan says the boys' dad turned up drunk on Saturday, smashed the front window and tried to take the youngest.",
      ],
    ],
  ),
  tc(
    'sf5-s02',
    'sen',
    'Our year 10 girl told the school nurse that her uncle comes into her bedroom at night.',
    [
      [
        'SAFEGUARDING',
        'Our year 10 girl told the school nurse that her uncle comes into her bedroom at night.',
      ],
    ],
  ),
  tc(
    'sf5-s03',
    'housing',
    "The caretaker found Mr Byrne's front door open, no food in the flat and him confused and in soiled clothing.",
    [
      [
        'SAFEGUARDING',
        "The caretaker found Mr Byrne's front door open, no food in the flat and him confused and in soiled clothing.",
      ],
    ],
  ),
  tc(
    'sf5-s04',
    'social-care',
    'Police executed a warrant at the address and found cannabis plants in the loft and two children under five living there.',
    [
      [
        'SAFEGUARDING',
        'Police executed a warrant at the address and found cannabis plants in the loft and two children under five living there.',
      ],
    ],
  ),
  tc(
    'sf5-s05',
    'social-care',
    "Grace's new partner has convictions for violence against previous partners and has now moved in with her and the baby.",
    [
      [
        'SAFEGUARDING',
        "Grace's new partner has convictions for violence against previous partners and has now moved in with her and the baby.",
      ],
    ],
  ),
  tc(
    'sf5-on1',
    'councillor',
    'The Labour-run council and the Conservative opposition agreed the budget unanimously.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf5-on2',
    'hr',
    'The staff network for Black, Asian and minority ethnic colleagues meets on the first Tuesday of the month.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf5-on3',
    'councillor',
    'The interfaith week programme includes visits to the mosque, the gurdwara and the cathedral.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf5-on4',
    'hr',
    'Union recognition agreement: GMB, Unison and Unite are recognised for collective bargaining.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf5-on5',
    'it-helpdesk',
    'The new laptops support fingerprint login, but it is optional and disabled by default.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf5-on6',
    'councillor',
    'Pride month flags will fly at the civic centre throughout June.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf5-on7',
    'housing',
    'The Gypsy and Traveller accommodation assessment will be published in the spring.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'sf5-sn1',
    'hr',
    'The self-neglect and hoarding protocol has been updated; please read it before the team meeting.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf5-sn2',
    'housing',
    'The empty flat was full of rubbish, the heating had been cut off and mice were everywhere when we took it back.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf5-sn3',
    'councillor',
    'Cllr Evans asked why the play area on Hill Road was left unattended for the whole summer.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf5-cn1',
    'procurement',
    'The contract for grounds maintenance was awarded to GreenScape Ltd for £1.2m, as set out in the published decision notice.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'sf5-cn2',
    'finance',
    'Please quote the purchase order number on every invoice; payment terms are 30 days.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
];
