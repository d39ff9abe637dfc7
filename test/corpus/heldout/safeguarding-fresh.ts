// Fresh SAFEGUARDING sets: council safeguarding wording and hard negatives, scored on SAFEGUARDING only (see docs/heldout-evaluation.md).
import { tc, type CorpusCase } from '../types';

/** Round one: written before reading the lexicon, then used to guide the vocabulary and prose structures. */
export const safeguardingFreshCases: readonly CorpusCase[] = [
  // ---- positives ----
  tc(
    'sf-01',
    'social-care',
    'At contact today Leah disclosed that her stepfather hits her with a belt when her mum is at work.',
    [
      [
        'SAFEGUARDING',
        'At contact today Leah disclosed that her stepfather hits her with a belt when her mum is at work.',
      ],
    ],
  ),
  tc(
    'sf-02',
    'sen',
    'Class teacher noticed bruising to the back of his legs during PE and has logged it on CPOMS for the DSL.',
    [
      [
        'SAFEGUARDING',
        'Class teacher noticed bruising to the back of his legs during PE and has logged it on CPOMS for the DSL.',
      ],
    ],
  ),
  tc(
    'sf-03',
    'social-care',
    'The health visitor is worried about unexplained injuries to the baby, including a mark on his cheek that mum could not account for.',
    [
      [
        'SAFEGUARDING',
        'The health visitor is worried about unexplained injuries to the baby, including a mark on his cheek that mum could not account for.',
      ],
    ],
  ),
  tc(
    'sf-04',
    'social-care',
    'Kayla went missing from her placement again on Friday night and was found by police in Leeds on Sunday morning.',
    [
      [
        'SAFEGUARDING',
        'Kayla went missing from her placement again on Friday night and was found by police in Leeds on Sunday morning.',
      ],
    ],
  ),
  tc(
    'sf-05',
    'social-care',
    'Mr Okafor was found wandering on the ring road at 3am in his pyjamas and could not say where he lived.',
    [
      [
        'SAFEGUARDING',
        'Mr Okafor was found wandering on the ring road at 3am in his pyjamas and could not say where he lived.',
      ],
    ],
  ),
  tc(
    'sf-06',
    'sen',
    'Staff are concerned the twins are not being fed at home; they arrive hungry and take food from other children’s lunchboxes.',
    [
      [
        'SAFEGUARDING',
        'Staff are concerned the twins are not being fed at home; they arrive hungry and take food from other children’s lunchboxes.',
      ],
    ],
  ),
  tc(
    'sf-07',
    'housing',
    'On the gas safety visit our officer saw there was no food in the house and the three children were in dirty nappies.',
    [
      [
        'SAFEGUARDING',
        'On the gas safety visit our officer saw there was no food in the house and the three children were in dirty nappies.',
      ],
    ],
  ),
  tc(
    'sf-08',
    'housing',
    'The children appear to be sleeping on the floor as there are no beds in the property.',
    [
      [
        'SAFEGUARDING',
        'The children appear to be sleeping on the floor as there are no beds in the property.',
      ],
    ],
  ),
  tc(
    'sf-09',
    'housing',
    'There was a strong smell of cannabis in the flat and a toddler was in the living room with the adults.',
    [
      [
        'SAFEGUARDING',
        'There was a strong smell of cannabis in the flat and a toddler was in the living room with the adults.',
      ],
    ],
  ),
  tc(
    'sf-10',
    'sen',
    'Her friends say older men have been picking her up from the school gates in different cars.',
    [
      [
        'SAFEGUARDING',
        'Her friends say older men have been picking her up from the school gates in different cars.',
      ],
    ],
  ),
  tc(
    'sf-11',
    'social-care',
    'Police believe Tyler is being used to run drugs along a county lines route between London and Margate.',
    [
      [
        'SAFEGUARDING',
        'Police believe Tyler is being used to run drugs along a county lines route between London and Margate.',
      ],
    ],
  ),
  tc(
    'sf-12',
    'housing',
    'We think Mr Hughes’s flat is being cuckooed, there are young men coming and going at all hours and he seems frightened of them.',
    [
      [
        'SAFEGUARDING',
        'We think Mr Hughes’s flat is being cuckooed, there are young men coming and going at all hours and he seems frightened of them.',
      ],
    ],
  ),
  tc(
    'sf-13',
    'social-care',
    'The strategy meeting agreed the threshold for a section 47 was met and the initial child protection conference is booked for the 14th.',
    [
      [
        'SAFEGUARDING',
        'The strategy meeting agreed the threshold for a section 47 was met and the initial child protection conference is booked for the 14th.',
      ],
    ],
  ),
  tc(
    'sf-14',
    'hr',
    'I am referring this to the LADO because a parent has alleged that the PE teacher sent her daughter messages on Snapchat.',
    [
      [
        'SAFEGUARDING',
        'I am referring this to the LADO because a parent has alleged that the PE teacher sent her daughter messages on Snapchat.',
      ],
    ],
  ),
  tc(
    'sf-15',
    'social-care',
    'A resident at Willow Lodge was seen being roughly handled by a night carer and has a skin tear on her forearm.',
    [
      [
        'SAFEGUARDING',
        'A resident at Willow Lodge was seen being roughly handled by a night carer and has a skin tear on her forearm.',
      ],
    ],
  ),
  tc(
    'sf-16',
    'social-care',
    'Her son has been withdrawing cash from her account every week and she is now behind on her care fees.',
    [
      [
        'SAFEGUARDING',
        'Her son has been withdrawing cash from her account every week and she is now behind on her care fees.',
      ],
    ],
  ),
  tc(
    'sf-17',
    'housing',
    'The tenant told me her partner will not let her leave the house and checks her phone every night.',
    [
      [
        'SAFEGUARDING',
        'The tenant told me her partner will not let her leave the house and checks her phone every night.',
      ],
    ],
  ),
  tc(
    'sf-18',
    'social-care',
    'She has been strangled by her ex-partner twice this month and the DASH score is high, so we are referring to MARAC.',
    [
      [
        'SAFEGUARDING',
        'She has been strangled by her ex-partner twice this month and the DASH score is high, so we are referring to MARAC.',
      ],
    ],
  ),
  tc(
    'sf-19',
    'social-care',
    'The school nurse is concerned the 9-year-old may be at risk of FGM as the family are planning a long trip abroad over the summer.',
    [
      [
        'SAFEGUARDING',
        'The school nurse is concerned the 9-year-old may be at risk of FGM as the family are planning a long trip abroad over the summer.',
      ],
    ],
  ),
  tc(
    'sf-20',
    'sen',
    'Following comments he made in RE about wanting to join a group online, the DSL has made a Prevent referral.',
    [
      [
        'SAFEGUARDING',
        'Following comments he made in RE about wanting to join a group online, the DSL has made a Prevent referral.',
      ],
    ],
  ),
  tc(
    'sf-21',
    'housing',
    'The men living in the HMO say their passports were taken by the gangmaster and they are paid nothing for their work at the car wash.',
    [
      [
        'SAFEGUARDING',
        'The men living in the HMO say their passports were taken by the gangmaster and they are paid nothing for their work at the car wash.',
      ],
    ],
  ),
  tc(
    'sf-22',
    'social-care',
    'Mrs Day’s house is full to the ceiling with rubbish, she has not washed for weeks and refuses any help from the district nurses.',
    [
      [
        'SAFEGUARDING',
        'Mrs Day’s house is full to the ceiling with rubbish, she has not washed for weeks and refuses any help from the district nurses.',
      ],
    ],
  ),
  tc(
    'sf-23',
    'social-care',
    'Jayden is a looked after child placed with foster carers in Dudley under a full care order.',
    [
      [
        'SAFEGUARDING',
        'Jayden is a looked after child placed with foster carers in Dudley under a full care order.',
      ],
    ],
  ),
  tc(
    'sf-24',
    'social-care',
    'MASH have rated the contact as red and passed it to the assessment team for a same-day visit.',
    [
      [
        'SAFEGUARDING',
        'MASH have rated the contact as red and passed it to the assessment team for a same-day visit.',
      ],
    ],
  ),
  tc(
    'sf-25',
    'sen',
    'Amira told her teaching assistant that an uncle touched her private parts when he stayed at the weekend.',
    [
      [
        'SAFEGUARDING',
        'Amira told her teaching assistant that an uncle touched her private parts when he stayed at the weekend.',
      ],
    ],
  ),
  tc(
    'sf-26',
    'social-care',
    'The baby was left on her own in the flat while mum went to the shop for over an hour.',
    [
      [
        'SAFEGUARDING',
        'The baby was left on her own in the flat while mum went to the shop for over an hour.',
      ],
    ],
  ),
  tc(
    'sf-27',
    'social-care',
    'Neighbours report hearing the children screaming and a man shouting that he will kill them.',
    [
      [
        'SAFEGUARDING',
        'Neighbours report hearing the children screaming and a man shouting that he will kill them.',
      ],
    ],
  ),
  tc(
    'sf-28',
    'social-care',
    'His attendance has dropped to 40% and he has been seen with new trainers and two phones he cannot explain, which are indicators of criminal exploitation.',
    [
      [
        'SAFEGUARDING',
        'His attendance has dropped to 40% and he has been seen with new trainers and two phones he cannot explain, which are indicators of criminal exploitation.',
      ],
    ],
  ),
  tc(
    'sf-29',
    'social-care',
    'The care home manager has raised a concern that a carer has been taking money from residents’ purses.',
    [
      [
        'SAFEGUARDING',
        'The care home manager has raised a concern that a carer has been taking money from residents’ purses.',
      ],
    ],
  ),
  tc(
    'sf-30',
    'social-care',
    'Police have placed the children in police protection overnight after mum was found unconscious.',
    [
      [
        'SAFEGUARDING',
        'Police have placed the children in police protection overnight after mum was found unconscious.',
      ],
    ],
  ),
  tc(
    'sf-31',
    'sen',
    'Lily came in with a black eye and said she was not allowed to tell anyone how it happened.',
    [
      [
        'SAFEGUARDING',
        'Lily came in with a black eye and said she was not allowed to tell anyone how it happened.',
      ],
    ],
  ),
  tc(
    'sf-32',
    'social-care',
    'The carer told us that Mr Bell’s nephew has persuaded him to sign over his house and now controls all his money.',
    [
      [
        'SAFEGUARDING',
        'The carer told us that Mr Bell’s nephew has persuaded him to sign over his house and now controls all his money.',
      ],
    ],
  ),
  tc(
    'sf-33',
    'social-care',
    'She has been sexually exploited by a group of adults who give her vodka and cigarettes.',
    [
      [
        'SAFEGUARDING',
        'She has been sexually exploited by a group of adults who give her vodka and cigarettes.',
      ],
    ],
  ),
  tc(
    'sf-34',
    'social-care',
    'The section 42 enquiry into the pressure sores at Ashgrove care home will be led by the adult safeguarding team.',
    [
      [
        'SAFEGUARDING',
        'The section 42 enquiry into the pressure sores at Ashgrove care home will be led by the adult safeguarding team.',
      ],
    ],
  ),
  tc(
    'sf-35',
    'housing',
    'The elderly tenant at number 12 is living without heating or hot water and has been eating out of date food because she will not let anyone in.',
    [
      [
        'SAFEGUARDING',
        'The elderly tenant at number 12 is living without heating or hot water and has been eating out of date food because she will not let anyone in.',
      ],
    ],
  ),
  tc(
    'sf-36',
    'social-care',
    'The 15-year-old has been staying at a 24-year-old man’s flat and says he is her boyfriend.',
    [
      [
        'SAFEGUARDING',
        'The 15-year-old has been staying at a 24-year-old man’s flat and says he is her boyfriend.',
      ],
    ],
  ),
  tc(
    'sf-37',
    'sen',
    'The children are frequently locked out of the house after school and are often dirty and unkempt.',
    [
      [
        'SAFEGUARDING',
        'The children are frequently locked out of the house after school and are often dirty and unkempt.',
      ],
    ],
  ),
  tc(
    'sf-38',
    'social-care',
    'Dad is forcing his daughter into a marriage with a cousin in Pakistan and she is terrified.',
    [
      [
        'SAFEGUARDING',
        'Dad is forcing his daughter into a marriage with a cousin in Pakistan and she is terrified.',
      ],
    ],
  ),
  tc(
    'sf-39',
    'social-care',
    'The return home interview found she had been sleeping at addresses in Luton given to her by men she met online.',
    [
      [
        'SAFEGUARDING',
        'The return home interview found she had been sleeping at addresses in Luton given to her by men she met online.',
      ],
    ],
  ),
  tc(
    'sf-40',
    'housing',
    'Our officer witnessed the father grab the boy by the neck and throw him against the door.',
    [
      [
        'SAFEGUARDING',
        'Our officer witnessed the father grab the boy by the neck and throw him against the door.',
      ],
    ],
  ),
  // ---- hard negatives ----
  tc(
    'sf-n01',
    'hr',
    'Reminder that everyone must complete level 2 safeguarding training by the end of March.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n02',
    'hr',
    'The safeguarding policy review is on the agenda for Thursday’s governance board.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n03',
    'hr',
    'Your DBS renewal is due on 12 May, please bring two forms of ID to reception.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n04',
    'social-care',
    'Kind regards, Sam Patel, Business Support Officer, Child Protection and Review Unit, Floor 3, Civic Centre',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n05',
    'housing',
    'All our community centres are well looked after by the facilities team and were repainted last year.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n06',
    'housing',
    'Properties on Riverside Walk are at risk of flooding and sandbags are available from the depot.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n07',
    'hr',
    'The Designated Safeguarding Lead network meeting has moved to Room 4.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n08',
    'housing',
    'The boiler at the sheltered scheme went missing from the asset register after the audit.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n09',
    'hr',
    'Please find attached the annual safeguarding report for members, which sets out referral numbers by quarter.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n10',
    'housing',
    'The trees in the park were neglected for years before the friends group took them on.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n11',
    'hr',
    'We are recruiting a foster carer recruitment officer; the advert closes on Friday.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n12',
    'housing',
    'The garden was left unattended over the summer and is now overgrown.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n13',
    'hr',
    'The Prevent duty e-learning module is now on the intranet for all frontline staff.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n14',
    'hr',
    'Our modern slavery statement for 2025 has been published on the council website.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n15',
    'housing',
    'The play area fencing is damaged and children could be exposed to the road, so we have closed it.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n16',
    'hr',
    'The children’s services budget is at risk of overspend by the end of the year.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n17',
    'housing',
    'The cat was found wandering near the depot and has been taken to the RSPCA.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n18',
    'hr',
    'Could you book the MASH meeting room for the quarterly partnership catch-up?',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n19',
    'housing',
    'The food bank has no food in stock until the Tesco delivery on Monday.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf-n20',
    'hr',
    'The new starter’s DBS check is in progress and she can start once it comes through.',
    [],
    ['SAFEGUARDING'],
  ),
];

/** Round two: written after round-one tuning and scored before any change it prompted (20 positives, 10 hard negatives). */
export const safeguardingFreshSecondCases: readonly CorpusCase[] = [
  tc(
    'sf2-01',
    'sen',
    'During circle time Oscar said his mum’s boyfriend puts him in the cupboard when he is naughty.',
    [
      [
        'SAFEGUARDING',
        'During circle time Oscar said his mum’s boyfriend puts him in the cupboard when he is naughty.',
      ],
    ],
  ),
  tc(
    'sf2-02',
    'social-care',
    'The GP has flagged a spiral fracture in the 4-month-old that the parents say happened when he rolled off the sofa.',
    [
      [
        'SAFEGUARDING',
        'The GP has flagged a spiral fracture in the 4-month-old that the parents say happened when he rolled off the sofa.',
      ],
    ],
  ),
  tc(
    'sf2-03',
    'housing',
    'The neighbour at flat 6 says she can hear him hitting her through the wall most nights.',
    [
      [
        'SAFEGUARDING',
        'The neighbour at flat 6 says she can hear him hitting her through the wall most nights.',
      ],
    ],
  ),
  tc(
    'sf2-04',
    'social-care',
    'Chloe has been absconding from her children’s home and coming back with money, alcohol and new clothes.',
    [
      [
        'SAFEGUARDING',
        'Chloe has been absconding from her children’s home and coming back with money, alcohol and new clothes.',
      ],
    ],
  ),
  tc(
    'sf2-05',
    'social-care',
    'Mrs Grant’s daughter is refusing to let the district nurse in and her mother has been left in soiled bedding.',
    [
      [
        'SAFEGUARDING',
        'Mrs Grant’s daughter is refusing to let the district nurse in and her mother has been left in soiled bedding.',
      ],
    ],
  ),
  tc(
    'sf2-06',
    'sen',
    'He is regularly coming to school in the same dirty uniform, smelling and with untreated tooth decay.',
    [
      [
        'SAFEGUARDING',
        'He is regularly coming to school in the same dirty uniform, smelling and with untreated tooth decay.',
      ],
    ],
  ),
  tc(
    'sf2-07',
    'social-care',
    'We have received an anonymous referral that the children are being home educated but are never seen outside the house.',
    [
      [
        'SAFEGUARDING',
        'We have received an anonymous referral that the children are being home educated but are never seen outside the house.',
      ],
    ],
  ),
  tc(
    'sf2-08',
    'housing',
    'The tenant said her husband threatened her with a knife last night and she is too scared to stay at the property.',
    [
      [
        'SAFEGUARDING',
        'The tenant said her husband threatened her with a knife last night and she is too scared to stay at the property.',
      ],
    ],
  ),
  tc(
    'sf2-09',
    'social-care',
    'The 13-year-old was stopped by British Transport Police travelling alone to Birmingham with £500 in cash and several phones.',
    [
      [
        'SAFEGUARDING',
        'The 13-year-old was stopped by British Transport Police travelling alone to Birmingham with £500 in cash and several phones.',
      ],
    ],
  ),
  tc(
    'sf2-10',
    'social-care',
    'A man visiting Mr Cole every day is collecting his pension from the post office and keeping most of it.',
    [
      [
        'SAFEGUARDING',
        'A man visiting Mr Cole every day is collecting his pension from the post office and keeping most of it.',
      ],
    ],
  ),
  tc(
    'sf2-11',
    'social-care',
    'The care agency reports that Mr Ahmed is often left in bed all day because carers are not turning up for calls.',
    [
      [
        'SAFEGUARDING',
        'The care agency reports that Mr Ahmed is often left in bed all day because carers are not turning up for calls.',
      ],
    ],
  ),
  tc(
    'sf2-12',
    'sen',
    'Maya has self-harm cuts on her arms and told the school counsellor that she does not want to be alive.',
    [
      [
        'SAFEGUARDING',
        'Maya has self-harm cuts on her arms and told the school counsellor that she does not want to be alive.',
      ],
    ],
  ),
  tc(
    'sf2-13',
    'social-care',
    'Police attended after the 16-year-old was assaulted by her father, who has now been bailed to an address away from the family.',
    [
      [
        'SAFEGUARDING',
        'Police attended after the 16-year-old was assaulted by her father, who has now been bailed to an address away from the family.',
      ],
    ],
  ),
  tc(
    'sf2-14',
    'housing',
    'Several Vietnamese teenagers appear to be living above the nail bar and are never seen leaving except to work.',
    [
      [
        'SAFEGUARDING',
        'Several Vietnamese teenagers appear to be living above the nail bar and are never seen leaving except to work.',
      ],
    ],
  ),
  tc(
    'sf2-15',
    'sen',
    'The youth worker says Ben has been sharing videos from a far-right group and talking about attacking a mosque.',
    [
      [
        'SAFEGUARDING',
        'The youth worker says Ben has been sharing videos from a far-right group and talking about attacking a mosque.',
      ],
    ],
  ),
  tc(
    'sf2-16',
    'social-care',
    'The mother has a learning disability and is struggling to keep the baby safe, there have been two hospital admissions for falls.',
    [
      [
        'SAFEGUARDING',
        'The mother has a learning disability and is struggling to keep the baby safe, there have been two hospital admissions for falls.',
      ],
    ],
  ),
  tc(
    'sf2-17',
    'social-care',
    'Dad was drinking heavily and became aggressive towards the children when the social worker visited.',
    [
      [
        'SAFEGUARDING',
        'Dad was drinking heavily and became aggressive towards the children when the social worker visited.',
      ],
    ],
  ),
  tc(
    'sf2-18',
    'housing',
    'The young woman in 4B told our officer a group of men are making her sleep with their friends to pay off a debt.',
    [
      [
        'SAFEGUARDING',
        'The young woman in 4B told our officer a group of men are making her sleep with their friends to pay off a debt.',
      ],
    ],
  ),
  tc(
    'sf2-19',
    'social-care',
    'A resident with dementia was given another resident’s medication by mistake and the home did not report it.',
    [
      [
        'SAFEGUARDING',
        'A resident with dementia was given another resident’s medication by mistake and the home did not report it.',
      ],
    ],
  ),
  tc(
    'sf2-20',
    'sen',
    'The girl said an older student had been sending her sexual pictures and asking her to meet him after school.',
    [
      [
        'SAFEGUARDING',
        'The girl said an older student had been sending her sexual pictures and asking her to meet him after school.',
      ],
    ],
  ),
  tc(
    'sf2-n01',
    'hr',
    'The children’s home on Park Road is closed for refurbishment until April.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf2-n02',
    'housing',
    'Tenants were left without heating for two days after the boiler failed, and an engineer is booked.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf2-n03',
    'hr',
    'Please take the lost property box to reception, a child’s coat was left behind after the event.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf2-n04',
    'housing',
    'The contractor pushed the completion date back to June.',
    [],
    ['SAFEGUARDING'],
  ),
  tc('sf2-n05', 'hr', 'The bins were left out on the pavement for a week.', [], ['SAFEGUARDING']),
  tc(
    'sf2-n06',
    'hr',
    'She was left alone to run the reception desk on Friday because of sickness.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf2-n07',
    'housing',
    'The recycling lorry was forced into a detour by the roadworks.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf2-n08',
    'hr',
    'Our social worker recruitment drive is making progress, with six offers made.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf2-n09',
    'sen',
    'The kids loved the trip to the zoo and the staff were brilliant.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf2-n10',
    'hr',
    'The drunk tank pilot in the town centre is funded by the PCC for the Christmas period.',
    [],
    ['SAFEGUARDING'],
  ),
];
