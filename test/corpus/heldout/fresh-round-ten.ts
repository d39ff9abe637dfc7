// Fresh round-ten sets: adult and child safeguarding, special category and credential wording written blind by four helpers before the round-ten changes they guided (see docs/heldout-evaluation.md).
import { tc, type CorpusCase } from '../types';

// Each set was written by a helper who read neither the detectors nor the tests. Each positive
// labelled one sentence; where a finding was another true statement of the same case in another
// sentence, it was labelled too after review (the later labels of a case).

/** Round ten: 35 adult safeguarding positives and 20 hard negatives. */
export const freshTenthAdultSafeguarding: readonly CorpusCase[] = [
  tc(
    'sa10-01',
    'social-care',
    "Hi Priya,\n\nQuick one before I go out on visits. Mrs Doreen Hallam (22 Ferncliffe Rd, LAS id 3318840) - her care manager at Bluebell Homecare rang me this morning. Apparently her nephew Darren has been taking her to the Halifax every Thursday and around £11k has come out of her savings since Feb, she couldn't tell the carer what it was for. Can we log it as a concern and get someone out this week? I've not spoken to Doreen myself yet.\n\nThanks\nGareth",
    [
      [
        'SAFEGUARDING',
        "Apparently her nephew Darren has been taking her to the Halifax every Thursday and around £11k has come out of her savings since Feb, she couldn't tell the carer what it was for.",
      ],
    ],
  ),
  tc(
    'sa10-02',
    'housing',
    "Morning both,\n\nFlat 6 Orchard House, tenancy ref 40921 - Mr Kyle Benton. Had 4 separate reports from neighbours since Sept about lads coming and going at all hours, door propped open, smell of cannabis on the landing. Did a joint visit with PCSO Hughes on Tuesday. Kyle was there with two young men who wouldnt give names, and when I asked him privately on the balcony if he was ok he said \"they look after me, I owe them\". Kyle has a mild learning disability and I'm fairly sure the flat is being cuckooed. Can ASC check if he's known to you and whether there's an allocated worker? I don't want to go down the ASB/enforcement route if he's the victim here.\n\nTa\nRuth Okafor\nNeighbourhood Housing Officer - North Patch",
    [
      [
        'SAFEGUARDING',
        "Kyle has a mild learning disability and I'm fairly sure the flat is being cuckooed.",
      ],
    ],
  ),
  tc(
    'sa10-03',
    'social-care',
    'Dear Adult Social Care Front Door,\n\nI am writing as Registered Manager of Ashgrove Lodge to formally notify you of an incident which took place on the night shift of 11th–12th November. We have also notified CQC via the portal (ref to follow).\n\nAt approx 02:40 a senior carer on the floor heard raised voices from room 14. On entering she found one of our agency care assistants standing over our resident Mr Albert Finch (91, advanced vascular dementia). Mr Finch was distressed and calling out. The senior carer then observed the agency worker grab Mr Finch by the upper arm and pull him back onto the bed with some force. Mr Finch has since developed a bruise approx 4cm x 3cm on his left upper arm which has been body-mapped and photographed. The agency worker has been removed from shift and the agency (Premier Staffing) informed. His daughter Mrs Linda Cole is aware and has been very understanding but wants to know what happens next.\n\nI would be grateful if someone could contact me on 01632 960 441 to discuss. I can send the body map and the written statements.\n\nKind regards\nMarta Kowalczyk\nRegistered Manager, Ashgrove Lodge',
    [
      [
        'SAFEGUARDING',
        'The senior carer then observed the agency worker grab Mr Finch by the upper arm and pull him back onto the bed with some force.',
      ],
    ],
  ),
  tc(
    'sa10-04',
    'social-care',
    "Hi Sam - MARAC referral attached for next Weds listing, scored 17 on the DASH. Client is Jasmine Ahmed, 29, 2 kids under 5 (CSC aware). Ex-partner Liam Carver strangled her on 2nd Dec in front of the kids, she lost consciousness briefly, police attended but she didnt support a statement at the time. She's now at her mum's in Birchfield but he knows the address. Can you make sure housing reps have the file before the meeting pls.\n\nNadia\nIDVA, Safer Homes Service",
    [
      [
        'SAFEGUARDING',
        'Ex-partner Liam Carver strangled her on 2nd Dec in front of the kids, she lost consciousness briefly, police attended but she didnt support a statement at the time.',
      ],
      ['SAFEGUARDING', 'MARAC referral'],
    ],
  ),
  tc(
    'sa10-05',
    'social-care',
    "Team,\n\nUpdate on the S42 for Mr Tomasz Nowak as promised at Friday's huddle.\n\nI met with Tomasz at the day centre on Monday with his advocate from POhWER present. He was clear he wants the enquiry to carry on. He repeated what he told staff originally, that his support worker at the supported living scheme (Kestrel Court) has been using his bank card to buy her own shopping and \"borrowing\" money that isn't paid back. I've since had sight of his statements for Jun-Oct: 23 card transactions at Tesco Express and Aldi on days when Tomasz was at college, totalling £612.40. The provider have suspended the worker pending their own investigation and the LADO-equivalent in HR at the provider is involved. Police have been informed, crime ref 14/88321/24.\n\nNext steps: strategy meeting 2 next Thursday 10am, I've booked Teams. Outcome letter to Tomasz to be in Easy Read please.\n\nThanks\nOlu Adeyemi\nSenior Practitioner, LD Team",
    [
      [
        'SAFEGUARDING',
        'He repeated what he told staff originally, that his support worker at the supported living scheme (Kestrel Court) has been using his bank card to buy her own shopping and "borrowing" money that isn\'t paid back.',
      ],
      ['SAFEGUARDING', 'LADO'],
    ],
  ),
  tc(
    'sa10-06',
    'social-care',
    "Hi DoLS team\n\nJust flagging Mrs Evelyn Marsh at Rosewood Nursing Home. Her standard auth expired on 30 Sept and the home didnt apply for renewal. She's still being stopped from leaving (keypad on the door, staff bring her back when she tries), and last week they started putting a lap belt on her in the chair without any best interests decision. She's been effectively deprived of liberty with no lawful authority for about 7 weeks. Can you prioritise?\n\nCheers,\nHamish (Reviewing Officer)",
    [
      [
        'SAFEGUARDING',
        "She's been effectively deprived of liberty with no lawful authority for about 7 weeks.",
      ],
    ],
  ),
  tc(
    'sa10-07',
    'social-care',
    "Hi Farah,\n\nSorry to ring and then email, just want it in writing. Aisha (my client from the transition caseload, 19, the one with the ASD diagnosis and the Jan assessment) told me at college today that her dad and uncles are planning to take her to Pakistan over Easter to marry a cousin. She said she doesnt want to go and that her mum has taken her passport \"for safekeeping\". She was very scared that anyone at home would find out she'd told me. I haven't contacted the family. I think we need to talk to the Forced Marriage Unit today and think about capacity around consent to marriage, she may not have it.\n\nI'm in the office til 5.\n\nBen Whitlock\nSocial Worker, Preparing for Adulthood",
    [
      [
        'SAFEGUARDING',
        'Aisha (my client from the transition caseload, 19, the one with the ASD diagnosis and the Jan assessment) told me at college today that her dad and uncles are planning to take her to Pakistan over Easter to marry a cousin.',
      ],
      ['SAFEGUARDING', 'has taken her passport'],
    ],
  ),
  tc(
    'sa10-08',
    'social-care',
    'Hi,\n\nTrading Standards passed this to us - Mr Geoffrey Pugh, 84, 7 Hollins Lane. Neighbour noticed about 40 envelopes a week arriving, mostly clairvoyant and prize draw mail. When TS visited he showed them a drawer of cheque stubs. He\'s sent roughly £9,000 to "prize release fees" this year and believes he\'s about to win £2.4m. He lives alone and his only contact is a niece in Aberdeen. He seemed a bit muddled about dates too. Could ASC look at whether he needs a care act assessment and maybe an MCA around finances?\n\nKind regards\nSonia Lindqvist\nTrading Standards Officer (Scams)',
    [
      [
        'SAFEGUARDING',
        'He\'s sent roughly £9,000 to "prize release fees" this year and believes he\'s about to win £2.4m.',
      ],
    ],
  ),
  tc(
    'sa10-09',
    'social-care',
    "Sensitive - please don't forward wider.\n\nCall from the manager at Greenlane Day Services. One of our service users, Chloe Barker (24, moderate LD, lives at home with mum), has been showing staff sexual messages on her phone from a man in his 40s she met at the bus station. He's been picking her up after day centre on Fridays and staff think he's given her vodka and a new phone. Chloe told her keyworker \"he says I'm his girlfriend and his friends can be my boyfriends too\". Manager has kept screenshots. I've phoned the police child & adult exploitation team, awaiting call back. Strategy discussion needs to happen today ideally - are you around at 2?\n\nLorraine",
    [
      [
        'SAFEGUARDING',
        'Chloe told her keyworker "he says I\'m his girlfriend and his friends can be my boyfriends too".',
      ],
      ['SAFEGUARDING', 'sexual messages'],
      ['SAFEGUARDING', 'exploitation'],
      ['SAFEGUARDING', 'Strategy discussion'],
    ],
  ),
  tc(
    'sa10-10',
    'social-care',
    "Hi Safeguarding,\n\nCall logged 09:52 today. Caller was Mrs Margaret Doyle, 78, of 31 Elm Crescent, asking about a carers assessment. Partway through the call she lowered her voice and said her son Kevin moved back in after his divorce, he shouts at her and took her purse and bus pass off her, and she is frightened of what he will do if he finds out she rang. She asked that we do NOT call back on the landline as he answers it. She said best time is Weds mornings when he's at the job centre. I said I'd pass it on.\n\nRegards\nJade\nCustomer Contact Centre",
    [
      [
        'SAFEGUARDING',
        'Partway through the call she lowered her voice and said her son Kevin moved back in after his divorce, he shouts at her and took her purse and bus pass off her, and she is frightened of what he will do if he finds out she rang.',
      ],
    ],
  ),
  tc(
    'sa10-11',
    'housing',
    "Hi Dev,\n\nFollowing our gas servicing no-access at 14 Pinfold Walk (Mr Raymond Ellis), Cadent and the fire service did a forced-entry welfare check yesterday. Hoarding was rated 8 on the clutter scale - only a narrow goat track through to the kitchen, gas cooker surrounded by newspaper and there were two working heaters among bags of clothing. Ray was found on the floor of the back bedroom, conscious but dehydrated and had been there since at least the previous evening. He's been admitted to the General. Fire service are refusing to leave the property as is and want a multi-agency meeting before discharge. Can you give me a contact in the self-neglect team?\n\nRegards\nColin Fairbairn\nTenancy Sustainment",
    [
      [
        'SAFEGUARDING',
        'Ray was found on the floor of the back bedroom, conscious but dehydrated and had been there since at least the previous evening.',
      ],
      ['SAFEGUARDING', 'Hoarding'],
      ['SAFEGUARDING', 'self-neglect'],
    ],
  ),
  tc(
    'sa10-12',
    'social-care',
    "Hello\n\nre: Mrs Patricia Imrie – OT visit 05/11\n\nI went out to assess for a stairlift. I'd say the home environment is of real concern. Kitchen has no working fridge and there was mouldy food on the side, the toilet is blocked and she has been using a bucket, she said she hasn't washed properly \"in a good while\". She's lost weight visibly since the photo on her blue badge. She refused to let me contact her GP or a social worker and said she's \"not going in a home\" but I think this meets self-neglect criteria and she may be at serious risk over winter as the heating is off (says she can't afford it). I'm raising this as a safeguarding concern and would like advice on next steps.\n\nRegards\nAnjali Mistry\nOccupational Therapist",
    [
      [
        'SAFEGUARDING',
        'Kitchen has no working fridge and there was mouldy food on the side, the toilet is blocked and she has been using a bucket, she said she hasn\'t washed properly "in a good while".',
      ],
      ['SAFEGUARDING', 'self-neglect'],
      ['SAFEGUARDING', 'safeguarding concern'],
    ],
  ),
  tc(
    'sa10-13',
    'social-care',
    'Hi all,\n\nJoint visit with GLAA and the police yesterday to the hand car wash on Station Approach. One of the workers, a Romanian man in his 30s who gave his name as Ionut Popa, spoke to us via the interpreter away from the others. He said he works 7 days, 12 hours, is given £20 a day, and sleeps in the container at the back with 4 others. The "boss" holds his ID card and told him he owes £1,500 for his travel. He agreed to an NRM referral and is now in emergency accommodation via Salvation Army. We\'ll need ASC input on the Care Act side as he has a significant untreated hand injury.\n\nThanks\nKieran Walsh\nCommunity Safety – Modern Slavery SPOC',
    [
      [
        'SAFEGUARDING',
        'He said he works 7 days, 12 hours, is given £20 a day, and sleeps in the container at the back with 4 others.',
      ],
      ['SAFEGUARDING', 'NRM referral'],
    ],
  ),
  tc(
    'sa10-14',
    'benefits',
    "Hi Lisa\n\nClaimant Ms Rebecca Hanley, HB/CTR ref 7700219. She came into the hub today to query why her UC was going into her partner's account. When I explained it was a joint claim she got quite upset and said he controls all the money, checks her phone and she isnt allowed to go out without telling him where. She said she had bruises once but \"it's not like that now\". I gave her the Women's Aid number discreetly on a compliment slip. Do we have a route to ask DWP about split payments, and should I be raising this with anyone?\n\nThanks\nConnor\nBenefits Assessment Officer",
    [
      [
        'SAFEGUARDING',
        'When I explained it was a joint claim she got quite upset and said he controls all the money, checks her phone and she isnt allowed to go out without telling him where.',
      ],
      ['SAFEGUARDING', 'bruises'],
    ],
  ),
  tc(
    'sa10-15',
    'social-care',
    "Hi Gemma,\n\nI've had a call from Mr Hussain's son about his dad (Mr Javed Hussain, Flat 3, 18 Cranbrook St). Saturday's tea-time carer from Caremark gave him his 5pm meds out of the wrong blister pack - he got the morning doses again incl. a double dose of his bisoprolol and warfarin. He was very dizzy Sunday morning and the son took him to A&E, INR was 6.8. He's home now and ok but the family are understandably furious. I've asked the provider for their incident report and MAR chart. I think this needs to go through as a safeguarding concern rather than just a complaint, do you agree?\n\nRegards\nTariq\nCare Manager – Older Adults",
    [
      [
        'SAFEGUARDING',
        "Saturday's tea-time carer from Caremark gave him his 5pm meds out of the wrong blister pack - he got the morning doses again incl. a double dose of his bisoprolol and warfarin.",
      ],
      ['SAFEGUARDING', 'safeguarding concern'],
    ],
  ),
  tc(
    'sa10-16',
    'social-care',
    "Hiya - Mrs Winifred Babatunde, 96 Laburnum Grove. District nurse phoned: carers didn't turn up for either of Sunday's calls and nobody told the family. Win was found Monday 8am by the DN still in yesterday's pad, no food or drink since Saturday night. She's ok but has a new grade 2 sore. Provider is Homecare First. Please can this go on the provider concerns log as well, that's 3rd one this month.\n\nMel",
    [
      [
        'SAFEGUARDING',
        "Win was found Monday 8am by the DN still in yesterday's pad, no food or drink since Saturday night.",
      ],
    ],
  ),
  tc(
    'sa10-17',
    'councillor',
    "Dear Officers,\n\nI've been contacted by a constituent in Moorside ward who is very worried about her elderly neighbour, Mr Dennis Abbott, at 4 Quarry View. She says that for a couple of months a man claiming to be his \"lodger\" has been living there and Mr Abbott now looks unkempt and underweight, and that she overheard the man shouting at him about signing something at the bank. She has tried knocking but the lodger answers and won't let her in.\n\nI don't know if this is one for social services or the police but I'd be grateful if someone could look into it and let me know what I can tell the constituent (without breaching confidence of course).\n\nBest wishes\nCllr Helen Brightwell\nMoorside Ward",
    [
      [
        'SAFEGUARDING',
        'She says that for a couple of months a man claiming to be his "lodger" has been living there and Mr Abbott now looks unkempt and underweight, and that she overheard the man shouting at him about signing something at the bank.',
      ],
    ],
  ),
  tc(
    'sa10-18',
    'social-care',
    'Hi,\n\nForwarding from the practice - Dr Sutherland saw Mrs Grace Mwangi (DOB 02/07/1951) at the surgery yesterday for a routine BP review. Grace had fingertip bruising on both forearms and a healing cut above her eye which she said was a fall, but her husband answered every question for her and wouldnt leave the room. When the nurse got her alone briefly to do bloods she said "I\'m not allowed to talk to you" and started crying. Dr S is concerned about domestic abuse and would like a call back from ASC.\n\nMany thanks\nSharon Pickles\nGP Liaison / Practice Safeguarding Admin, Valley Road Surgery',
    [
      [
        'SAFEGUARDING',
        'When the nurse got her alone briefly to do bloods she said "I\'m not allowed to talk to you" and started crying.',
      ],
      ['SAFEGUARDING', 'fingertip bruising'],
      ['SAFEGUARDING', 'domestic abuse'],
    ],
  ),
  tc(
    'sa10-19',
    'social-care',
    'From police DA liaison.\n\nFor info & action: high risk DASH completed overnight, MARAC referral to follow. Victim is Mrs Sunita Kaur, 52, lives with husband Harjit Kaur and adult son at 9 Mill Lane. Husband was arrested at 23:15 after threatening to kill her with a kitchen knife and is now on police bail with conditions not to attend the address. Victim disclosed long history of financial control. She has mobility issues and receives a package of care from your authority so flagging to ASC for awareness of risk to carers attending.\n\nPC 4471 Dominic Reilly\nSafeguarding Hub',
    [
      [
        'SAFEGUARDING',
        'Husband was arrested at 23:15 after threatening to kill her with a kitchen knife and is now on police bail with conditions not to attend the address.',
      ],
      ['SAFEGUARDING', 'MARAC referral'],
    ],
  ),
  tc(
    'sa10-20',
    'hr',
    "Hi Mandy,\n\nStrictly confidential - as discussed on the phone. One of my team, Leanne Price (Revenues assistant, Band 4), disclosed to me this afternoon that she has been experiencing domestic abuse from her partner and that he has turned up at the Civic Centre car park twice this week waiting for her after work. She has moved to her sister's. I'd like to put her on the alternative site at Bridge St and change her finishing time, and make sure reception don't confirm she works here if he calls. Can we meet tomorrow to go through the DA staff policy and what support we can offer? She's happy for you and me to know but nobody else in the team.\n\nThanks\nPaul Greaves\nRevenues Team Leader",
    [
      [
        'SAFEGUARDING',
        'One of my team, Leanne Price (Revenues assistant, Band 4), disclosed to me this afternoon that she has been experiencing domestic abuse from her partner and that he has turned up at the Civic Centre car park twice this week waiting for her after work.',
      ],
    ],
  ),
  tc(
    'sa10-21',
    'benefits',
    "DHP application – Miss Shannon Reid, ref DHP/24/0812\n\nRecommend award 100% shortfall for 13 weeks. Background: Shannon fled her previous address in Coventry in August following serious DV from ex-partner (MARAC case there, IDVA letter on file) and is in temp private rented while she waits for a sanctuary-scheme property. She's also paying rent on the old tenancy until the notice runs out. Supporting evidence uploaded to the DHP workflow.\n\nPlease keep address suppressed on all letters.\n\nDan",
    [
      [
        'SAFEGUARDING',
        'Background: Shannon fled her previous address in Coventry in August following serious DV from ex-partner (MARAC case there, IDVA letter on file) and is in temp private rented while she waits for a sanctuary-scheme property.',
      ],
    ],
  ),
  tc(
    'sa10-22',
    'finance',
    "Hi Viktor,\n\nClient Finance/Appointeeship query. We're corporate appointee for Mr Leonard Gibbs (client no. 55102) but his daughter Karen still has a Nationwide account in joint names that his occupational pension goes into. Reviewing the statements we obtained, there have been regular transfers from that account to Karen's own account - about £450 a month since last March, total approx £8,100, while his care home fees have fallen into arrears of £6,300. I've not contacted Karen. I'm going to raise this with the locality team as a possible financial abuse concern, but wanted to let you know before we chase the arrears via debt recovery.\n\nRegards\nHollie Mason\nClient Affairs Officer",
    [
      [
        'SAFEGUARDING',
        "Reviewing the statements we obtained, there have been regular transfers from that account to Karen's own account - about £450 a month since last March, total approx £8,100, while his care home fees have fallen into arrears of £6,300.",
      ],
      ['SAFEGUARDING', 'financial abuse'],
    ],
  ),
  tc(
    'sa10-23',
    'procurement',
    "Jo,\n\nHeads up for contract monitoring. I'm going to need to bring forward the quality visit to Sunnyside Care (framework lot 2). Safeguarding have told me this morning there's an open S42 at Sunnyside: a resident, Mrs Olive Dunmore, was left on the floor for over 3 hours after an unwitnessed fall on the 4th and fractured her hip, and the night staff didn't call 999 or tell the family until the morning. That's on top of the staffing issues we already had flagged. I'll draft a letter re suspension of new placements for Friday.\n\nCheers\nAndy Lomax\nCommissioning & Contracts",
    [
      [
        'SAFEGUARDING',
        "Safeguarding have told me this morning there's an open S42 at Sunnyside: a resident, Mrs Olive Dunmore, was left on the floor for over 3 hours after an unwitnessed fall on the 4th and fractured her hip, and the night staff didn't call 999 or tell the family until the morning.",
      ],
    ],
  ),
  tc(
    'sa10-24',
    'it-helpdesk',
    "Hi Servicedesk,\n\nUrgent request please - need the record for Ms Danielle Whitaker (Mosaic person ID 2210456) restricted to the Safer Homes team only. She's fleeing domestic abuse and the alleged perpetrator is a council employee in Highways with system access. Can you also check the audit log for any views of her record by non-ASC users in the past month? Happy to get my head of service to authorise if needed.\n\nThanks\nCarys Jenkins\nTeam Manager",
    [
      [
        'SAFEGUARDING',
        "She's fleeing domestic abuse and the alleged perpetrator is a council employee in Highways with system access.",
      ],
    ],
  ),
  tc(
    'sa10-25',
    'housing',
    'Hi Lee\n\nSanctuary referral for Mrs Amina Yusuf, 12 Wellington Terrace (our tenant). Her ex was given a 2 yr restraining order in Sept but has breached it twice, the last time he tried to kick in the back door at 3am. Police recommend door reinforcement, window locks on the ground floor, letterbox fire arson bag and a Ring doorbell. Can you get the sanctuary contractor out this week? Please do not leave a calling card, phone her mobile only.\n\nCheers\nGeorgia\nDA Housing Lead',
    [
      [
        'SAFEGUARDING',
        'Her ex was given a 2 yr restraining order in Sept but has breached it twice, the last time he tried to kick in the back door at 3am.',
      ],
    ],
  ),
  tc(
    'sa10-26',
    'social-care',
    "Hi Jenny,\n\nAnnual review for Mr Frank Oduya today. Frank has Alzheimer's and his wife Barbara (78) is sole carer. Overall it went ok and Barbara was chatty about the grandkids, we talked about day care and respite and she's keen on a few nights at Elmfield in the spring. On the way out I noticed a bolt on the OUTSIDE of Frank's bedroom door at the top. Barbara said she locks him in at night because he wanders and she can't cope any more, she was in tears. I don't think it's malicious, it's carer breakdown, but it's a restriction and a safety risk if there's a fire. I'll write it up as a concern and look at urgent respite / night sitting.\n\nAmara",
    [
      [
        'SAFEGUARDING',
        "Barbara said she locks him in at night because he wanders and she can't cope any more, she was in tears.",
      ],
    ],
  ),
  tc(
    'sa10-27',
    'social-care',
    "Complaint/safeguarding - Mr Stanley Crouch, Beechwood Care Home\n\nTissue viability nurse has notified us that Stanley has an unstageable pressure ulcer to the sacrum and a grade 3 on his left heel. TVN says records show he wasn't repositioned for long periods and the mattress was set for the wrong weight. Family weren't told there was any skin damage until he was admitted to hospital with sepsis on Sat. Can this be allocated for a S42 please, it meets threshold in my view.\n\nThanks, Wendy (Quality Assurance)",
    [
      [
        'SAFEGUARDING',
        'Tissue viability nurse has notified us that Stanley has an unstageable pressure ulcer to the sacrum and a grade 3 on his left heel.',
      ],
      ['SAFEGUARDING', 'safeguarding'],
    ],
  ),
  tc(
    'sa10-28',
    'social-care',
    "hi Sarah, sorry this is a long one.\n\nFollowing my visit to Mr Peter Lowther (Mrs Lowther's request after his stroke) I spent about an hour going through benefits - he's entitled to AA and we've started the form. He was in good spirits and is keen to get back to the allotment. The bungalow needs a rail by the back step which I'll refer for. The other thing was that while I was there he asked me to check an email on his iPad. It turned out to be from \"Sofia\", a woman he's been talking to online since the summer, and he told me he's sent her £14,000 for flights and a medical bill so she can come over from Ukraine to marry him. He hasn't told his wife. I didn't feel I could just leave that. Can we talk about capacity and whether Action Fraud / bank protocol is the way?\n\nThanks\nImran",
    [
      [
        'SAFEGUARDING',
        'It turned out to be from "Sofia", a woman he\'s been talking to online since the summer, and he told me he\'s sent her £14,000 for flights and a medical bill so she can come over from Ukraine to marry him.',
      ],
    ],
  ),
  tc(
    'sa10-29',
    'social-care',
    'Team - just so everyone\'s sighted for duty over the wknd. Courtney Maguire (20, care leaver, mild LD, lives at Ferry Rd supported flat) has gone missing again since Thurs. Staff at the flat say older men in cars have been collecting her and she came back last week with a new phone, new clothes and a love bite and said she\'d been "at a party in Leeds". Police missing from home report made, ref MFH/0993. If she turns up please call me or the police, not the flat staff.\n\nEllie (PA, Leaving Care)',
    [
      [
        'SAFEGUARDING',
        'Staff at the flat say older men in cars have been collecting her and she came back last week with a new phone, new clothes and a love bite and said she\'d been "at a party in Leeds".',
      ],
      ['SAFEGUARDING', 'care leaver, mild LD, lives at Ferry Rd supported flat) has gone missing'],
      ['SAFEGUARDING', 'missing from home'],
    ],
  ),
  tc(
    'sa10-30',
    'social-care',
    'Hi,\n\nCPN here from the community MH team. My patient Mr Darius Shahbazi (Flat 9 Lister House) has told me that a "friend" called Wayne has his bank card and PIN and takes his PIP money the day it lands, leaving him with £20 for the fortnight. Darius has paranoid schizophrenia and is frightened Wayne will stop being his friend if he asks for it back. He is losing weight and has been missing his depot. Please can I raise this as a safeguarding concern and request an advocate.\n\nRegards\nNicola Barnes\nCommunity Psychiatric Nurse',
    [
      [
        'SAFEGUARDING',
        'My patient Mr Darius Shahbazi (Flat 9 Lister House) has told me that a "friend" called Wayne has his bank card and PIN and takes his PIP money the day it lands, leaving him with £20 for the fortnight.',
      ],
      ['SAFEGUARDING', 'safeguarding concern'],
    ],
  ),
  tc(
    'sa10-31',
    'social-care',
    'Safeguarding concern from contact centre - call 14:20.\n\nCaller: Mr Harold Spence, 88, 2 Church Walk.\nMr Spence rang to ask how to cancel his home care. When I asked why, he said the carer who comes in the mornings takes money from his wallet and told him not to say anything or "nobody will come at all". He sounded very anxious. He doesn\'t know the carer\'s surname, just "Dee". He agreed to a social worker calling round.\n\nNikhil, CCC',
    [
      [
        'SAFEGUARDING',
        'When I asked why, he said the carer who comes in the mornings takes money from his wallet and told him not to say anything or "nobody will come at all".',
      ],
      ['SAFEGUARDING', 'Safeguarding concern'],
    ],
  ),
  tc(
    'sa10-32',
    'housing',
    "Hi Sian,\n\nRe tenant Mrs Ivy Tranter, 5 Foxglove Close. As you know we've been trying to do the electrical test since June. Spoke with her through the letterbox today, she says she won't let anyone in. Through the window the lounge is floor to ceiling with boxes, there is a strong smell of urine and I could see what looked like a candle burning on top of a stack of papers. She's 81, lives alone and told me she sleeps in the chair. I've asked Fire to do a HSV urgently. Is she known to ASC? I think this is a safeguarding referral now rather than just tenancy enforcement.\n\nDave Cheung\nHousing Officer",
    [
      [
        'SAFEGUARDING',
        'Through the window the lounge is floor to ceiling with boxes, there is a strong smell of urine and I could see what looked like a candle burning on top of a stack of papers.',
      ],
      ['SAFEGUARDING', 'safeguarding referral'],
    ],
  ),
  tc(
    'sa10-33',
    'councillor',
    "Hi Mark,\n\nA bit awkward this one. A resident who I know through the mosque came to my surgery on Saturday worried about her sister, Mrs Rukhsana Begum, who lives on the Westfield estate. She says Rukhsana's husband doesn't let her leave the house alone, has taken her passport and keeps her off the phone to her family, and that Rukhsana's English is limited so she doesn't know where to go. The sister is scared that if the family find out she's spoken to me it'll make things worse. Could you let me know the right route to pass this on confidentially?\n\nThanks\nCllr Zahid Iqbal",
    [
      [
        'SAFEGUARDING',
        "She says Rukhsana's husband doesn't let her leave the house alone, has taken her passport and keeps her off the phone to her family, and that Rukhsana's English is limited so she doesn't know where to go.",
      ],
    ],
  ),
  tc(
    'sa10-34',
    'social-care',
    'Hi Olwen,\n\nS42 outcome for Mr Abdul Rahman (ref SG-24-1187) - enquiry concluded today. Allegation of neglect by provider (Willow Care) re missed insulin calls was substantiated; risk now reduced as the package has transferred to Ashcroft Homecare and district nurses are overseeing insulin. Mr Rahman and his daughter are happy with the outcome. Closing letter sent.\n\nRegards\nChidi',
    [
      [
        'SAFEGUARDING',
        'Allegation of neglect by provider (Willow Care) re missed insulin calls was substantiated; risk now reduced as the package has transferred to Ashcroft Homecare and district nurses are overseeing insulin.',
      ],
    ],
  ),
  tc(
    'sa10-35',
    'social-care',
    "Afternoon,\n\nSorry for the delay on the minutes from the complex case panel - the main items were the Gorse Hill placement breakdown and agreeing funding for two extra 1:1 hours at Brookfield, both fine.\n\nUnder AOB Sophie raised Mr Jonah Whitfield, 67, who's been refusing all support since his wife died. The neighbour who's been doing his shopping is now charging him £200 a week \"for her time\" and has started sleeping over, and Jonah's told the GP he is scared of her but doesn't want her to stop coming because he has no-one else. Sophie's going to do a joint visit with the GP next week and consider a S42.\n\nMinutes to follow properly by Friday.\n\nRhiannon\nBusiness Support",
    [
      [
        'SAFEGUARDING',
        "The neighbour who's been doing his shopping is now charging him £200 a week \"for her time\" and has started sleeping over, and Jonah's told the GP he is scared of her but doesn't want her to stop coming because he has no-one else.",
      ],
    ],
  ),
  tc(
    'sa10-36',
    'social-care',
    'Dear Board Members,\n\nPlease find attached the papers for the Safeguarding Adults Board on Thursday 23 January, 10:00-12:30, Committee Room 2 / Teams.\n\nAgenda\n1. Welcome and apologies\n2. Minutes and action log\n3. Performance dashboard Q2 (S42 enquiries, outcomes, Making Safeguarding Personal)\n4. Self-neglect and hoarding protocol - refresh for sign off\n5. SAR sub-group update\n6. Partner assurance: police, ICB, probation\n7. Communications plan - Safeguarding Adults Week\n8. AOB\n\nPlease note item 5 papers are marked OFFICIAL-SENSITIVE and should not be forwarded.\n\nKind regards\nSAB Business Unit',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-37',
    'hr',
    "Hi all,\n\nReminder that everyone in the Older Adults team needs Safeguarding Adults Level 3 refreshed every 3 years. Next dates:\n\n- Tues 4 Feb, 9:30-4:30, Learning Centre Rm B\n- Weds 12 Mar, online\n- Thurs 10 Apr, 9:30-4:30, Learning Centre Rm A\n\nBook via the Learning Hub. Topics include the Care Act duties, Section 42 decision-making, financial abuse, coercive control and the Mental Capacity Act. If you're unsure when you last did it, check your training record before booking.\n\nThanks\nWorkforce Development",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-38',
    'social-care',
    'Hi Comms,\n\nFigures for the annual report as requested (2023/24, final):\n\n- Safeguarding concerns received: 4,812 (up 9%)\n- Concerns progressing to S42 enquiry: 1,106 (23%)\n- Most common type of abuse: neglect and acts of omission (31%), then financial (19%), then physical (16%)\n- Most common location: own home (47%)\n- Making Safeguarding Personal - desired outcomes fully or partially achieved: 94%\n\nPlease use the chart format we used last year and check the wording with me before it goes to print.\n\nThanks\nPerformance & Intelligence',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-39',
    'councillor',
    "Dear Councillor,\n\nThe council is consulting on its draft Domestic Abuse and Violence Against Women and Girls Strategy 2025-2028. The strategy sets out how we and our partners will improve support for victims and survivors, including safe accommodation, support for older victims, honour-based abuse and forced marriage, and work with perpetrators.\n\nThe consultation runs until 28 February. You can respond online via the Have Your Say portal or attend one of the ward drop-in sessions. We'd especially welcome views on how we reach residents who don't engage with services.\n\nCommunity Safety Partnership Team",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-40',
    'social-care',
    'MASH duty rota – w/c 13 Jan\n\nMon – Precious (am), Callum (pm)\nTue – Saira all day\nWed – Joe (am), Precious (pm)\nThu – Callum all day\nFri – Saira (am), Joe (pm)\n\nAdult concerns screening on the shared inbox by 10am daily please, anything RAG rated red to the ATM straight away. Swap requests via me by Thurs please.\n\nBeth, MASH Team Manager',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-41',
    'procurement',
    "Subject: ITT – Independent Advocacy Services (Care Act, IMCA, IMHA, RPR) – Clarification Q&A no. 3\n\nQ: Will the successful provider be expected to provide advocacy for Section 42 enquiries where there is no appropriate person?\nA: Yes. This is a statutory Care Act duty and forms part of Lot 1.\n\nQ: Is Relevant Person's Representative work for DoLS included in the volumes in Appendix C?\nA: Yes, estimated at 220 referrals per annum.\n\nQ: Can you confirm TUPE applies?\nA: TUPE information will be provided under separate cover to bidders who have signed the confidentiality agreement.\n\nDeadline for tenders remains 12 noon, 7 March, via the e-tendering portal.\n\nProcurement Services",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-42',
    'social-care',
    'Hi Kayleigh,\n\nFinal artwork for the scams poster is attached. Strapline: "If it sounds too good to be true - it probably is. Hang up, check, tell someone." We\'ve added the Friends Against Scams logo and the Trading Standards number. Print run of 500 A4 and 200 A3 for libraries, GP surgeries and post offices, plus a version for the bus shelters.\n\nCan you confirm sign off by Weds so print can go Friday.\n\nThanks\nMarketing & Comms',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-43',
    'hr',
    "Job advert – Safeguarding Adults Practitioner (Grade 9, permanent, full-time)\n\nAre you a qualified social worker with a passion for protecting adults at risk? Our Adult Safeguarding Hub is looking for an experienced practitioner to lead on Section 42 enquiries, chair strategy meetings and support colleagues with complex cases including self-neglect, domestic abuse and exploitation.\n\nYou'll need SWE registration, a full driving licence and an enhanced DBS. Hybrid working available.\n\nClosing date 31 January. For an informal chat contact the Head of Safeguarding.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-44',
    'social-care',
    'Hi, here\'s the text for the new leaflet as agreed, any last changes by Friday please:\n\n"Worried about an adult?\nAbuse can happen to anyone, anywhere - at home, in a care home, in hospital or online. It can be physical, financial, emotional or sexual, or it might be neglect. If you think someone is being harmed, or is at risk of harm, tell us. You don\'t need to be sure. If someone is in immediate danger, call 999.\nAdult Social Care Front Door: 0300 123 4567 (Mon-Fri 8.30-5). Out of hours: Emergency Duty Team."\n\nThanks\nSally',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-45',
    'social-care',
    "Hi Director,\n\nFor your briefing: as at 31 December the DoLS backlog stands at 1,340 applications awaiting a Best Interests Assessment, of which 212 are over 12 months old. We've triaged using the ADASS priority tool and all high priority cases are allocated. Average wait is 147 days. Agency BIA spend this year is £286k against a budget of £180k.\n\nHappy to discuss before Cabinet.\n\nLynne\nDoLS Service Manager",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-46',
    'it-helpdesk',
    'All ASC Staff,\n\nMosaic will be unavailable from 6pm Friday 17th to 8am Monday 20th for the upgrade to version 24.1. Please ensure you complete any safeguarding concern forms and S42 workflow steps before 5pm Friday. New features include the revised safeguarding episode, MARAC flag on the person summary and improved case note search.\n\nDuring the outage, urgent safeguarding contacts should be recorded on the paper contingency form (available on the intranet) and entered when the system is back.\n\nICT Service Desk',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-47',
    'housing',
    'Hi Facilities,\n\nPlease can I book the Bridge Room for the monthly MARAC, every 2nd Wednesday 9:30-13:00, Jan through to Dec. We need the screen, the conference phone and blinds down. Attendees are police, IDVA service, housing, probation, health and ASC/CSC reps, approx 16 people.\n\nCould you also make sure the room is not shown as "MARAC" on the public booking screen in reception - "Partnership Meeting" is fine.\n\nThanks\nCommunity Safety Admin',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-48',
    'finance',
    "Hi Ian,\n\nBudget monitoring P8 - Domestic Abuse Safe Accommodation grant. We've committed £412k of the £538k allocation: refuge support contract £210k, IDVA posts £142k, sanctuary scheme works £60k. Forecast underspend of c.£40k due to vacancies in the IDVA team. MHCLG return is due 15 Jan, I'll need sign-off from the s151 officer.\n\nThanks\nAsif\nFinance Business Partner - Communities",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-49',
    'hr',
    "Dear colleagues,\n\nA reminder that under the council's Safer Recruitment and DBS policy, anyone working in a regulated activity with adults must have an enhanced DBS with adults' barred list check, renewed every 3 years or subscribed to the Update Service. Managers: please check your team's status on the HR dashboard. If you have concerns about a member of staff's conduct towards an adult at risk, follow the Allegations Management procedure and contact the Designated Safeguarding Lead.\n\nHR Advisory",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-50',
    'procurement',
    "Hi Legal,\n\nDraft of this year's Modern Slavery and Human Trafficking Statement attached for review. Changes from last year: supplier self-assessment now mandatory for contracts over £100k, new e-learning module for procurement staff, and a section on the NRM first responder role of the council. We're aiming for Cabinet in March and publishing on the gov.uk registry.\n\nThanks\nProcurement Policy Officer",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-51',
    'councillor',
    "Dear Members,\n\nAhead of the all-member briefing on 6 February, here is a short note on the council's duties under the Domestic Abuse Act 2021 and the Care Act 2014. As ward councillors you may be approached by residents who tell you they or someone they know is being harmed. If that happens, don't investigate yourself; pass the information to the Front Door (or 999 if someone is in immediate danger) and let the resident know what you've done. The briefing will also cover coercive control, MARAC and how Section 42 enquiries work.\n\nDemocratic Services",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-52',
    'housing',
    "Hi team,\n\nGood news - we've been awarded DAHA (Domestic Abuse Housing Alliance) accreditation! Thanks to everyone who took part in the assessment. Key actions still to embed: DA training for all repairs operatives, updated tenancy policy so survivors aren't penalised for perpetrator damage, and a named DA champion in every patch. I'll circulate the action plan next week.\n\nGeorgia\nDA Housing Lead",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-53',
    'benefits',
    "Procedure note - Customer Service Hubs\n\nIf a customer tells you at the counter that they are being hurt, threatened or controlled by someone, or you are worried about an adult's safety:\n1. Move somewhere private if you can.\n2. Listen and don't promise to keep it secret.\n3. Don't ask leading questions.\n4. Record what was said in their words.\n5. Complete the online safeguarding concern form the same day and tell your supervisor.\nWhere a joint claim may be affected by financial abuse, refer to the guidance on DWP split payments.\n\nRevenues & Benefits Quality Team",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-54',
    'social-care',
    "Hi all,\n\nI've started this week as the new Principal Social Worker and Safeguarding Lead for Adults. I'll be coming round to team meetings over the next month to introduce myself and hear how the Section 42 process, the self-neglect pathway and our links with the MASH are working from your side. If there's anything you'd like me to look at - supervision, caseloads, practice guidance - drop me a line.\n\nBest\nDr Funmi Adebayo\nPrincipal Social Worker",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sa10-55',
    'it-helpdesk',
    "Hi,\n\nCan you set up Egress secure email accounts for the four new IDVAs starting on Monday? They'll need to send and receive MARAC referrals and DASH risk checklists with police and health. Line manager is the Safer Homes Team Manager. They'll also need access to the MARAC shared drive (read/write) and the Safeguarding Adults mailbox (read only).\n\nThanks\nSafer Homes Admin",
    [],
    ['SAFEGUARDING'],
  ),
];

/** Round ten: 35 child safeguarding positives and 20 hard negatives. */
export const freshTenthChildSafeguarding: readonly CorpusCase[] = [
  tc(
    'sc10-01',
    'social-care',
    "Hi Sinead,\n\nFollowing up my call to the MASH this morning re Kacper Nowak (Y4, DOB 14/03/2016). Kacper has come in hungry most mornings this half term and staff have seen him taking food out of other children's lunchboxes at break. He's been in the same uniform since Monday, it's visibly stained and he smells quite strongly of urine, other kids have started commenting. Mum hasn't responded to 3 phone calls or the letter we sent home re the free school meals form.\n\nI've logged everything on CPOMS and can send the chronology over if you give me a secure email address.\n\nThanks\nHelen Barraclough\nDSL, St Aidan's CE Primary",
    [
      [
        'SAFEGUARDING',
        "Kacper has come in hungry most mornings this half term and staff have seen him taking food out of other children's lunchboxes at break.",
      ],
      ['SAFEGUARDING', 'MASH'],
    ],
  ),
  tc(
    'sc10-02',
    'social-care',
    "Morning both\n\nJust to flag before the team meeting - I did a new birth visit to baby Zainab Hussain at 14 Larch Close on Tuesday. Baby weight is fine. However mum has DNA'd the 6-8 week check twice now and the GP surgery say the 8 week imms were also missed. Mum seemed very flat, said she isn't sleeping and that dad \"deals with everything\" and wouldn't let her answer when I asked about support. I'd like to discuss whether this meets threshold for early help or something more.\n\nRachel Oyelaran\nHealth Visitor, 0-19 Service (Eastfield locality)",
    [
      [
        'SAFEGUARDING',
        "However mum has DNA'd the 6-8 week check twice now and the GP surgery say the 8 week imms were also missed.",
      ],
    ],
  ),
  tc(
    'sc10-03',
    'social-care',
    "Hi Dev, urgent pls.\n\nAmira Begum in 5H told her class teacher at lunch that her dad hit her with a belt last night because she broke the TV remote. There's a red mark on the back of her left arm about 6cm long. She doesnt want to go home. I've not spoken to parents. Can a SW call me back on 01632 960 418 asap, pick up is 3.15.\n\nJoanne (deputy DSL)",
    [
      [
        'SAFEGUARDING',
        'Amira Begum in 5H told her class teacher at lunch that her dad hit her with a belt last night because she broke the TV remote.',
      ],
    ],
  ),
  tc(
    'sc10-04',
    'social-care',
    "Hi Claire,\n\nS47 outcome for the Mensah children (Kofi 9, Ama 6) as discussed. Joint visit with PC Hollis completed 12/09. Both children seen alone. Kofi repeated what he'd told school, that mum's partner Darren pushed him into the radiator and he banged his head - school nurse noted a healed graze consistent with this. Ama said nothing of concern. Mum accepts Darren has a temper and has agreed he won't stay at the property pending the outcome.\n\nOutcome: concerns substantiated, child at continued risk of significant harm. ICPC to be convened within 15 working days - could you book with the CP chairs team please.\n\nThanks\nMarcus\nMarcus Thorne | Social Worker | Assessment Team North",
    [
      [
        'SAFEGUARDING',
        "Kofi repeated what he'd told school, that mum's partner Darren pushed him into the radiator and he banged his head - school nurse noted a healed graze consistent with this.",
      ],
      ['SAFEGUARDING', 'significant harm'],
      ['SAFEGUARDING', 'ICPC'],
    ],
  ),
  tc(
    'sc10-05',
    'hr',
    'Dear Ms Kaur,\n\nI am writing to notify you as LADO of an allegation received today concerning Mr Gareth Pryce, PE teacher at Hollowfield Academy. A Year 8 pupil (name withheld here, details on the referral form attached) reports that during a football lesson on Friday Mr Pryce grabbed him by the collar and pushed him against the changing room wall after the pupil swore at him. Two other pupils say they saw it. Mr Pryce has not been told yet. The Head would like advice on whether he should be suspended or redeployed while this is looked into.\n\nRegards\nAndrew Fairweather\nHR Business Partner (Schools)',
    [
      [
        'SAFEGUARDING',
        'A Year 8 pupil (name withheld here, details on the referral form attached) reports that during a football lesson on Friday Mr Pryce grabbed him by the collar and pushed him against the changing room wall after the pupil swore at him.',
      ],
      ['SAFEGUARDING', 'LADO'],
    ],
  ),
  tc(
    'sc10-06',
    'social-care',
    "Sharing with you as CSE lead. Have had another report from the Youth Hub staff about Chloe Dawson (14). She's been seen twice this week getting into a silver Audi outside the hub with men who look to be in their 20s, she came back to the hub on Wednesday with a new iPhone and a bottle of vodka and said her \"boyfriend\" bought them. Chloe's also been missing from school on Thursdays for the last month. I've completed the CE screening tool - scores high. Happy to come to the MACE meeting.\n\nTom\nTom Ashworth, Senior Youth Worker",
    [
      [
        'SAFEGUARDING',
        'She\'s been seen twice this week getting into a silver Audi outside the hub with men who look to be in their 20s, she came back to the hub on Wednesday with a new iPhone and a bottle of vodka and said her "boyfriend" bought them.',
      ],
    ],
  ),
  tc(
    'sc10-07',
    'social-care',
    "Ellis Murray was picked up by BTP at Crewe station at 11pm Saturday with £640 in cash, two phones and wraps of what is thought to be crack cocaine in his sock. He's 15 and was reported missing by his nan on Friday. NRM referral needs to go in today. Who's picking this up?\n\nKev",
    [
      [
        'SAFEGUARDING',
        'Ellis Murray was picked up by BTP at Crewe station at 11pm Saturday with £640 in cash, two phones and wraps of what is thought to be crack cocaine in his sock.',
      ],
      ['SAFEGUARDING', 'reported missing'],
      ['SAFEGUARDING', 'NRM referral'],
    ],
  ),
  tc(
    'sc10-08',
    'social-care',
    "Hi Priya\n\nJust to let you know Jayden Clarke did not return to his placement at Oakview last night, carers rang it in at 22:15 and he's been reported missing to police (ref 0412-2309). He's now been missing 3 times this month and each time he's come back with no phone battery and new trainers. Last time he was found in a flat in Broad Street with adults not known to us. Can you arrange the return home interview when he is found - he previously said he'd only talk to you.\n\nThanks, Leanne\nLeanne Fox\nChildren in Care Team",
    [
      [
        'SAFEGUARDING',
        "Just to let you know Jayden Clarke did not return to his placement at Oakview last night, carers rang it in at 22:15 and he's been reported missing to police (ref 0412-2309).",
      ],
      ['SAFEGUARDING', 'return home interview'],
    ],
  ),
  tc(
    'sc10-09',
    'social-care',
    "Hi,\n\nDad of one of our Y7s came in this morning very upset. He's been going through his daughter Lily-Mae Robinson's phone and found she has been messaging someone on Snapchat who said he was 14 but is clearly an adult - he'd been asking her to send photos of herself in her underwear and she had sent at least two. The account has asked her to meet at the retail park on Saturday. Dad has screenshots and hasn't deleted anything. We've told him to contact police on 101 and I'm making a referral now.\n\nCan you confirm who in the Front Door team is duty today?\n\nMany thanks\nMr S. Igwe\nAssistant Head / DSL\nBrookmead High School",
    [
      [
        'SAFEGUARDING',
        "He's been going through his daughter Lily-Mae Robinson's phone and found she has been messaging someone on Snapchat who said he was 14 but is clearly an adult - he'd been asking her to send photos of herself in her underwear and she had sent at least two.",
      ],
    ],
  ),
  tc(
    'sc10-10',
    'social-care',
    "Quick heads up for the education safeguarding team - a nude image of a Y9 girl (Freya Lomax) has been shared round a Whatsapp group of about 30 boys in the year since the weekend. We've confiscated two phones, not looked at the content, following the UKCIS guidance. Parents informed. Police school liaison officer coming in at 2. Freya is very distressed and has gone home with mum.\n\nNat",
    [
      [
        'SAFEGUARDING',
        'Quick heads up for the education safeguarding team - a nude image of a Y9 girl (Freya Lomax) has been shared round a Whatsapp group of about 30 boys in the year since the weekend.',
      ],
    ],
  ),
  tc(
    'sc10-11',
    'social-care',
    'Dear colleague,\n\nYou are invited to an Initial Child Protection Conference regarding:\n\nOliver Baxter (DOB 02/07/2019)\nMaisie Baxter (DOB 19/11/2021)\n\nDate: Thursday 17 October, 10:00\nVenue: Room 3, Civic Centre / Teams link to follow\n\nThe conference has been convened following a Section 47 enquiry into concerns of neglect and exposure to parental alcohol misuse. Please submit your written report to the CP Conference Admin mailbox at least 3 working days before. Reports will be shared with parents in advance.\n\nKind regards\nBernadette Coyle\nConference & Review Service',
    [
      [
        'SAFEGUARDING',
        'The conference has been convened following a Section 47 enquiry into concerns of neglect and exposure to parental alcohol misuse.',
      ],
      ['SAFEGUARDING', 'Initial Child Protection Conference'],
    ],
  ),
  tc(
    'sc10-12',
    'social-care',
    'Strategy discussion - notes (draft, not yet agreed)\n\nPresent: M. Greaves (SW, chair), DC Ahmed (CAIT), Dr Salter (paed), J. Wu (DSL Parkside Primary)\n\nChild: Roman Lewandowski, 7\n\nSummary: On 03/10 Roman came to school with a bruise to his right cheek and a fingertip pattern of bruising on his upper arm. He told his TA that his stepdad "squeezed" him when he wouldn\'t get in the bath. Paediatrician confirmed on CP medical that the arm bruising is consistent with a forceful grip and is not accidental.\n\nDecision: S47 joint investigation. Child to stay with maternal grandmother tonight under s.20, mum in agreement. DC Ahmed to arrange ABE interview.\n\nActions to follow.',
    [
      [
        'SAFEGUARDING',
        'Paediatrician confirmed on CP medical that the arm bruising is consistent with a forceful grip and is not accidental.',
      ],
      ['SAFEGUARDING', 'Strategy discussion'],
      ['SAFEGUARDING', 'bruising on'],
    ],
  ),
  tc(
    'sc10-13',
    'social-care',
    "Hi Imran,\n\nUpdated CIN plan for Ruby Sutherland attached ahead of Monday's review. Main change since last time is that mum has told me she relapsed and used heroin twice in the last fortnight, once while Ruby was at home with her, and she hasn't been collecting her methadone script consistently. Nana is now doing the school run every day. I still think we can manage this under CIN with the extra support from Change Grow Live but if there's another relapse I'll be looking to step up.\n\nOther actions on the plan are largely on track - attendance up to 91%, dentist appt booked.\n\nThanks\nSophie",
    [
      [
        'SAFEGUARDING',
        "Main change since last time is that mum has told me she relapsed and used heroin twice in the last fortnight, once while Ruby was at home with her, and she hasn't been collecting her methadone script consistently.",
      ],
    ],
  ),
  tc(
    'sc10-14',
    'social-care',
    "Hello,\n\nNot sure this is the right inbox but our admissions officer has asked me to pass it on. We've had a Year 10 boy, Tiago Ferreira, join us in September. During a meeting with his form tutor it came out that he's been living with a friend's family in Westbrook since July, his mum has gone back to Portugal and his dad isn't around. There's no parental responsibility arrangement that we know of and the family he lives with aren't related to him. My understanding is this would count as private fostering so I'm letting you know.\n\nRegards\nGemma Hart\nPastoral Manager",
    [
      [
        'SAFEGUARDING',
        "During a meeting with his form tutor it came out that he's been living with a friend's family in Westbrook since July, his mum has gone back to Portugal and his dad isn't around.",
      ],
    ],
  ),
  tc(
    'sc10-15',
    'social-care',
    "Hi Aoife\n\nFollowing on from the professionals meeting. I'm the school nurse for Greenhill Juniors. Halima (Y5) told her teacher this week she's going \"to her grandma's for a special party to become a woman\" in the summer holidays and that her older sister had the same party when she was 9. We know from the GP that the older sister has a recorded history of FGM type 1 from when the family arrived in the UK. Mum has booked flights for 22 July.\n\nI think this needs to go to the MASH today and we need to talk about whether an FGM Protection Order is appropriate. I'm in clinic until 1 but will have my phone.\n\nYasmin Farah\nSchool Nurse",
    [
      [
        'SAFEGUARDING',
        'We know from the GP that the older sister has a recorded history of FGM type 1 from when the family arrived in the UK.',
      ],
      ['SAFEGUARDING', 'MASH today and we need to talk about whether an FGM'],
    ],
  ),
  tc(
    'sc10-16',
    'social-care',
    "Hi Jess,\n\nI run the young carers group on Weds. Just wanted to raise Connor Whitfield, who's 12 and looks after his mum (she has MS and is mostly in bed now). Connor told me he's been doing her catheter and giving her meds overnight because the carers only come twice a day, and he's missed 14 days of school this term. He fell asleep in the session again and said he'd had crisps for tea all week as there's no money for food till Friday. He made me promise not to tell anyone as he's scared he'll be \"taken off\" his mum.\n\nCan we get him a young carers assessment and an adult social care review for mum asap?\n\nThanks\nDanielle (Carers Hub)",
    [
      [
        'SAFEGUARDING',
        "Connor told me he's been doing her catheter and giving her meds overnight because the carers only come twice a day, and he's missed 14 days of school this term.",
      ],
      ['SAFEGUARDING', 'no money for food'],
    ],
  ),
  tc(
    'sc10-17',
    'social-care',
    'Duty SW - Royal Infirmary ED contacted us 02:40. Baby Archie Pearce, 4 months, non-mobile, brought in by parents with a bruise behind the left ear and a swollen right thigh. Parents say no explanation, baby was fine at bedtime. X-ray shows a fresh spiral fracture of the right femur. Skeletal survey and CT head booked for the morning, paeds registrar requesting strategy discussion today. Police informed. Baby not to be discharged.\n\nLorna',
    [['SAFEGUARDING', 'X-ray shows a fresh spiral fracture of the right femur.']],
  ),
  tc(
    'sc10-18',
    'social-care',
    "Hi Paul,\n\nSorry to email so late. Just logging that at pick up today Kayla Simmons' mum (Stacey) arrived to collect Kayla (Reception) and was slurring, unsteady on her feet and smelt strongly of alcohol. She tried to put Kayla in the car and drive. Our business manager persuaded her to leave the car and we called Kayla's aunt who came and collected both of them on foot. This is the second time this term - last time was 19 Sept and it's on CPOMS.\n\nI'll complete the referral form tomorrow first thing.\n\nBest\nMs Harriet Okafor\nHeadteacher, Linden Lea Infant School",
    [
      [
        'SAFEGUARDING',
        "Just logging that at pick up today Kayla Simmons' mum (Stacey) arrived to collect Kayla (Reception) and was slurring, unsteady on her feet and smelt strongly of alcohol.",
      ],
    ],
  ),
  tc(
    'sc10-19',
    'social-care',
    "Op Encompass notification - for DSL attention only\n\nChild: Leo Sharma, Y3\nIncident: Police attended 27 Ashgrove Road at 23:10 last night following a 999 call from a neighbour. Leo's father was arrested for assaulting Leo's mother, who had facial injuries. Leo was present in the house and was found hiding in the upstairs bathroom. DASH risk assessment graded HIGH, referred to MARAC.\n\nPlease ensure Leo has a trusted adult available today. Do not discuss with parents without first speaking to the Encompass desk.\n\nSafeguarding Hub",
    [
      [
        'SAFEGUARDING',
        "Leo's father was arrested for assaulting Leo's mother, who had facial injuries.",
      ],
      ['SAFEGUARDING', 'DASH risk assessment graded HIGH, referred to MARAC'],
    ],
  ),
  tc(
    'sc10-20',
    'social-care',
    "Hi Naomi\n\nWriting to confirm what I said on the phone. The Johnsons have given 28 days notice on Shannon's placement. Things have been deteriorating since the summer but the final straw was Sunday, Shannon threw a mug at Mrs Johnson and then pinned their 8yo son to the floor and hit him repeatedly, he has bruising to his face and Mr Johnson had to physically pull her off. The Johnsons are adamant they can't keep their own children safe. I've asked them to keep the two apart and Shannon's not to be left alone with the younger kids until she moves.\n\nWe need to look at a solo placement realistically. I'll update the risk assessment on Mosaic tonight.\n\nKind regards\nIfeoma Nwosu\nSupervising Social Worker, Fostering Service",
    [
      [
        'SAFEGUARDING',
        'Things have been deteriorating since the summer but the final straw was Sunday, Shannon threw a mug at Mrs Johnson and then pinned their 8yo son to the floor and hit him repeatedly, he has bruising to his face and Mr Johnson had to physically pull her off.',
      ],
      ['SAFEGUARDING', 'left alone'],
    ],
  ),
  tc(
    'sc10-21',
    'social-care',
    'Bilal,\n\nSaw Reece Hanlon for his referral order session this afternoon. He was jumpy the whole time and kept checking his phone. Towards the end he showed me messages from an older lad saying he "owes" £300 for a lost package and they know where his mum lives. Reece admitted he\'s been carrying a knife "for protection" since last week. He wouldn\'t tell me where it is. I\'ve done an urgent risk of harm review and I\'m going to call the police and the SW now, but wanted you to know as his case manager.\n\nCan we meet first thing?\n\nGail Donnelly\nYouth Justice Service',
    [
      [
        'SAFEGUARDING',
        'Reece admitted he\'s been carrying a knife "for protection" since last week.',
      ],
      ['SAFEGUARDING', 'risk of harm'],
    ],
  ),
  tc(
    'sc10-22',
    'councillor',
    "Dear Children's Services,\n\nI'm contacting you as ward councillor for Southmead after a conversation with a resident at my surgery on Saturday. She lives next door to a family at 6 Tennyson Walk and is very worried about the three young children there. She says the kids, the eldest can't be more than 7, are regularly left on their own in the evenings and she has heard the youngest crying for hours with nobody coming. Last week the middle one knocked on her door at 10pm asking for bread. She doesn't want to be named.\n\nI'd be grateful if someone could look into this and let me know it's in hand (I appreciate you can't share detail).\n\nKind regards\nCllr Peter Abiodun\nSouthmead Ward",
    [
      [
        'SAFEGUARDING',
        "She says the kids, the eldest can't be more than 7, are regularly left on their own in the evenings and she has heard the youngest crying for hours with nobody coming.",
      ],
    ],
  ),
  tc(
    'sc10-23',
    'sen',
    "Hi Lauren,\n\nAnnual review for Ethan Gallagher (EHCP, ASD) held today at home. Mostly routine - transition to secondary is the main focus and we've agreed to add speech & language hours in section F.\n\nOne thing I need to pass on though. While dad was out of the room, mum told me that her partner locks Ethan in his bedroom for hours when he has a meltdown and has taken the door handle off the inside. Mum was tearful and said she's frightened of him too. I've not put this in the review paperwork. I've told mum I have to share it and she agreed.\n\nWho's the best person to speak to in the disabled children's team?\n\nThanks\nOwen Pritchard\nSEN Casework Officer",
    [
      [
        'SAFEGUARDING',
        'While dad was out of the room, mum told me that her partner locks Ethan in his bedroom for hours when he has a meltdown and has taken the door handle off the inside.',
      ],
      ['SAFEGUARDING', 'frightened of him'],
    ],
  ),
  tc(
    'sc10-24',
    'social-care',
    "Hi Team Manager,\n\nI've been working with the Kowalczyk family under early help for 5 months now (TAF for Zofia 10 and Antoni 4). Honestly, I don't think early help is enough any more and I'd like to discuss a step up. There's been some progress around routines and attendance, but at last Tuesday's home visit the flat had dog faeces on the floor in the kids' bedroom, no working fridge, and Antoni has had head lice and an untreated ear infection for weeks. Mum has cancelled the last two TAF meetings. Zofia has told school she has to get her brother up and dressed because mum \"won't wake up\".\n\nI've attached the EH assessment and latest review. Can we get this to the Front Door this week?\n\nThanks\nCarla\nCarla Simpson | Family Support Worker | Early Help North",
    [
      [
        'SAFEGUARDING',
        "There's been some progress around routines and attendance, but at last Tuesday's home visit the flat had dog faeces on the floor in the kids' bedroom, no working fridge, and Antoni has had head lice and an untreated ear infection for weeks.",
      ],
    ],
  ),
  tc(
    'sc10-25',
    'social-care',
    "Hi Rehana,\n\nJust to make you aware as LADO - during her visit yesterday Mia (14, placed with Mr and Mrs Barlow) said Mr Barlow has been coming into her bedroom at night \"to check on her\" and sitting on her bed. She says he put his hand on her leg last week and she asked him to stop. She's asked not to go back there. I've placed her in an emergency respite placement overnight and the Barlows have been told there's a concern but not the detail.\n\nCan we get the allegations management meeting set up? The Barlows have two other children in placement.\n\nThanks\nNadia\nNadia Campbell, Supervising Social Worker",
    [
      ['SAFEGUARDING', 'She says he put his hand on her leg last week and she asked him to stop.'],
      ['SAFEGUARDING', 'LADO'],
    ],
  ),
  tc(
    'sc10-26',
    'social-care',
    "Can you add Tyler Benson to Thursday's CP conference list - category is neglect, he's been on a plan since March and this is the review. SW is Gav. Cheers",
    [
      [
        'SAFEGUARDING',
        "Can you add Tyler Benson to Thursday's CP conference list - category is neglect, he's been on a plan since March and this is the review.",
      ],
    ],
  ),
  tc(
    'sc10-27',
    'social-care',
    "Hi Marianne,\n\nI'm the Head of Year for Y10. I wanted to let you know about a conversation I had with Jasmine Reilly today before I put it on CPOMS. Jasmine has been wearing long sleeves in PE for a few weeks and today a friend brought her to me. She showed me fresh cuts across both forearms, some quite deep. When I asked what was going on at home she said her mum's boyfriend has been \"getting into her bed\" when mum is on nights and she cuts because she can't stop thinking about it. She's begged me not to tell mum.\n\nShe's in the medical room with the school nurse now. I've not contacted home. What do I do next?\n\nAmanda",
    [
      [
        'SAFEGUARDING',
        'When I asked what was going on at home she said her mum\'s boyfriend has been "getting into her bed" when mum is on nights and she cuts because she can\'t stop thinking about it.',
      ],
    ],
  ),
  tc(
    'sc10-28',
    'social-care',
    'Dear Sam\n\nFollowing the HSB meeting on Friday. As a reminder we\'ve got two children in the same household here - Harvey Dunn (13) and his half sister Poppy (6). Poppy told her childminder that Harvey makes her play a "secret game" where she has to take her pants off, and the AIM assessment indicates this is abusive rather than developmentally expected behaviour. Both children need their own plan and Harvey must not be alone with Poppy or any other younger child until the safety plan is signed off.\n\nAttached the draft safety plan, can you review before I share with mum.\n\nKind regards\nFarah Qureshi\nSocial Worker',
    [
      [
        'SAFEGUARDING',
        'Poppy told her childminder that Harvey makes her play a "secret game" where she has to take her pants off, and the AIM assessment indicates this is abusive rather than developmentally expected behaviour.',
      ],
    ],
  ),
  tc(
    'sc10-29',
    'social-care',
    'Hi,\n\nReferral from community dental service. We saw Maddison Green (6) on Monday as an emergency, she had a facial swelling and has been in pain for weeks according to school. She has 9 carious teeth and needs a general anaesthetic extraction of 6 of them. Parents failed to bring her to 4 previous appointments over 18 months despite reminder letters and a call from our nurse, and there are two younger siblings who have never been registered with a dentist. We consider this dental neglect as per the BSPD guidance.\n\nDr N. Patel\nSpecialist in Paediatric Dentistry',
    [
      [
        'SAFEGUARDING',
        'Parents failed to bring her to 4 previous appointments over 18 months despite reminder letters and a call from our nurse, and there are two younger siblings who have never been registered with a dentist.',
      ],
    ],
  ),
  tc(
    'sc10-30',
    'housing',
    "Hi Children's Front Door,\n\nI'm a Temporary Accommodation Officer. I did an inspection at the Travelodge-style B&B on Kingsway this morning for the Adeyemi household (room 12), mum and four children aged 1 to 9. I'm passing this on because the children were all sleeping on one double mattress on the floor, the baby had nothing but a dirty nappy on and there was no food in the room other than a packet of biscuits. Mum said she hasn't been able to get to the food bank and the eldest hasn't been in school since they were placed 3 weeks ago.\n\nHousing side we're looking at moving them to self-contained as a priority but I think you need to know.\n\nRegards\nCraig Mellor\nHousing Options - TA Team",
    [
      [
        'SAFEGUARDING',
        "I'm passing this on because the children were all sleeping on one double mattress on the floor, the baby had nothing but a dirty nappy on and there was no food in the room other than a packet of biscuits.",
      ],
    ],
  ),
  tc(
    'sc10-31',
    'hr',
    "Hi Rehana\n\nSecond one today sorry. Our school business manager has found that one of our teaching assistants, Kieran Doyle, has been following and direct messaging a Year 11 girl on Instagram. The messages include him saying she \"looks older than 16\" and asking if she's going to the leavers' do so they can \"finally hang out properly\". A parent screenshotted them and brought them in. He's currently on a PPA afternoon and doesn't know.\n\nHeadteacher wants advice on next steps re suspension. I'll send the screenshots securely.\n\nThanks\nLouise Tran, HR Adviser (Schools)",
    [
      [
        'SAFEGUARDING',
        'Our school business manager has found that one of our teaching assistants, Kieran Doyle, has been following and direct messaging a Year 11 girl on Instagram.',
      ],
    ],
  ),
  tc(
    'sc10-32',
    'social-care',
    "Hi Deborah,\n\nCase summary ahead of the review CP conference for Ellie-Rose Marsh on 4 Nov, as you asked.\n\nBackground: Ellie-Rose (2) has been subject to a CP plan under the category of emotional abuse since June, following three police call-outs for domestic abuse at the family home. Dad has been excluded from the property by a non-molestation order.\n\nProgress: Mum has engaged well with the Freedom Programme and has attended 7/10 sessions. Nursery report good attendance and Ellie-Rose's speech is coming on. Home conditions have been good on all 6 unannounced visits. Mum has registered with the GP and the outstanding immunisations have now been completed.\n\nConcerns: Unfortunately on 18 Oct neighbours reported that dad had been seen entering the property late at night on two occasions, and when I visited on 20 Oct there was a man's jacket and work boots in the hallway. Mum initially denied it but later admitted he's been staying over \"a couple of nights a week\" and had been there when Ellie-Rose was at home. This is a breach of the written agreement and the non-mol.\n\nRecommendation: Ellie-Rose remains subject to the plan. I'll be seeking legal advice re PLO.\n\nThanks\nKwame Asante\nSenior Social Worker, Safeguarding Team 2",
    [
      [
        'SAFEGUARDING',
        'Mum initially denied it but later admitted he\'s been staying over "a couple of nights a week" and had been there when Ellie-Rose was at home.',
      ],
      [
        'SAFEGUARDING',
        'CP plan under the category of emotional abuse since June, following three police call-outs for domestic abuse',
      ],
      ['SAFEGUARDING', 'non-molestation order'],
      ['SAFEGUARDING', 'Home conditions'],
    ],
  ),
  tc(
    'sc10-33',
    'social-care',
    "Hi Oluwaseun,\n\nI'm the Elective Home Education officer. I'm concerned about Noah Fitzgerald (11). Parent deregistered him from Millbrook Primary in May, the week after the school made a referral about a burn mark on his hand. Since then we've had no response to 3 letters or 2 home visit attempts and we have no evidence he's receiving any education. The school's DSL has also told me he was previously known to social care. I'm not aware he's been seen by any professional since May.\n\nCan we discuss whether a welfare check or referral to the CME panel is needed?\n\nRegards\nHannah Blake\nEducation Welfare / EHE",
    [
      [
        'SAFEGUARDING',
        'Parent deregistered him from Millbrook Primary in May, the week after the school made a referral about a burn mark on his hand.',
      ],
    ],
  ),
  tc(
    'sc10-34',
    'it-helpdesk',
    "Hi IT,\n\nCan you help urgently please. I took photos on my work phone of bruising to a 5-year-old's back (Aaliyah Thompson, case on Mosaic) during a visit this morning, as requested by the paediatrician for the CP medical. The phone's now saying storage is full and I'm worried they'll be lost before I can upload them. I can't get the Mosaic app to attach them. These are evidence for a Section 47 so I can't just email them to myself.\n\nDesk 4B, Safeguarding Team 1, ext 4471.\n\nThanks\nMariana Costa",
    [
      [
        'SAFEGUARDING',
        "I took photos on my work phone of bruising to a 5-year-old's back (Aaliyah Thompson, case on Mosaic) during a visit this morning, as requested by the paediatrician for the CP medical.",
      ],
    ],
  ),
  tc(
    'sc10-35',
    'finance',
    "Hi Placements Finance,\n\nCan you set up an emergency payment to Mr and Mrs Achterberg (carer ref FC2291) from tonight. They've taken Skye and Ruben Lowe (ages 3 and 5) as an emergency placement after the children were removed by police under police protection this afternoon, following mum being found unconscious after an overdose with the kids in the flat. Standard rate plus the setting up allowance please - they've had nothing with them, not even a change of clothes.\n\nCost code CS-LAC-0442. Manager approval from Jo Whittaker attached.\n\nThanks\nDarren (Placements Team)",
    [
      [
        'SAFEGUARDING',
        "They've taken Skye and Ruben Lowe (ages 3 and 5) as an emergency placement after the children were removed by police under police protection this afternoon, following mum being found unconscious after an overdose with the kids in the flat.",
      ],
    ],
  ),
  tc(
    'sc10-36',
    'social-care',
    'Hi all,\n\nFriendly reminder that anyone whose Designated Safeguarding Lead training was completed before Sept 2022 needs to book onto the refresher before Christmas. KCSIE says DSL training has to be updated at least every two years. Sessions are on 6 Nov (Civic Centre) and 21 Nov (online). Book via the Learning Zone, course code SG-DSL-R.\n\nDeputy DSLs are also welcome.\n\nThanks\nEducation Safeguarding Team',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-37',
    'social-care',
    'ILACS prep - Monday 10am, Committee Room 2\n\nAgenda\n1. Notice period and what to expect in week 1 (Ruth)\n2. Self-evaluation - final sign off, esp. the section on child protection and response to missing children\n3. Case sampling - how auditors will choose cases and who supports SWs on the day\n4. Focus groups: frontline SWs, IROs, care leavers\n5. Data pack - timeliness of S47s and ICPCs, updated figures from performance\n6. Comms to staff\n7. AOB\n\nPlease have a look at the draft SEF before the meeting.\n\nSandra',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-38',
    'social-care',
    'Dear Headteachers and DSLs,\n\nPlease find attached the updated model Child Protection and Safeguarding Policy for 2024/25. Key changes:\n- references updated to KCSIE 2024 and Working Together 2023\n- new section on child-on-child abuse including harmful sexual behaviour\n- clarified wording on filtering and monitoring responsibilities\n- Operation Encompass contact details updated\n\nGoverning boards should approve the policy at their autumn meeting. Please tailor the highlighted sections to your school.\n\nKind regards\nSafeguarding in Education Adviser',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-39',
    'social-care',
    "Morning,\n\nThanks to everyone who came to the KCSIE 2024 briefing yesterday. Slides attached. Headlines: no major changes this year, mainly alignment with Working Together 2023, more emphasis on the DSL understanding the needs of children with SEND, and a reminder that a child missing education can be a sign of abuse or exploitation. Part one must still be read by all staff and you need a record they've done it.\n\nIf you couldn't make it there's a recording on the SharePoint.\n\nRegards\nJaspreet",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-40',
    'finance',
    "Hi Cllr Morgan,\n\nAs requested, Q2 headline figures for the Children's Services scrutiny report:\n\n- Children subject to a CP plan at 30 Sept: 412 (rate 48.1 per 10k, stat neighbours 44.0)\n- ICPCs within 15 working days: 81%\n- Repeat CP plans within 2 years: 22%\n- Category breakdown: neglect 56%, emotional 33%, physical 6%, sexual 5%\n- Children in need: 2,104\n\nFull dataset in the attached spreadsheet. Let me know if you'd like a trend chart for the meeting.\n\nPerformance & Intelligence Team",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-41',
    'hr',
    "JOB ADVERT - please circulate\n\nSenior Practitioner, Child Protection & Court Team\nGrade: SW4, £45,441 - £48,474 + £3,000 market supplement\nPermanent, full time, hybrid\n\nWe're looking for an experienced social worker to lead on complex child protection work, chair strategy discussions and support newly qualified staff through Section 47 enquiries and care proceedings. You'll need SWE registration and at least 3 years post-qualifying experience.\n\nClosing date 15 November. Informal chats with Ruth Adebayo, Service Manager.\n\nThis post is subject to an enhanced DBS check with barred list.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-42',
    'social-care',
    "Online Safety - Parents' Newsletter, Autumn\n\nDear parents and carers,\n\nWith many children getting new devices over Christmas, here are a few tips:\n* Set up parental controls on consoles, tablets and the home wifi\n* Know the age limits: WhatsApp 13+, Snapchat 13+, TikTok 13+\n* Talk to your child about never sharing pictures of themselves with people they've met online\n* Remind them they can always come to you or a trusted adult if something online worries them\n* Report concerns about online grooming to CEOP\n\nOur DSL, Mrs Reid, is running a drop-in for parents on 12 December after school.\n\nThanks\nWhitegate Primary",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-43',
    'hr',
    'Safer recruitment checklist - school support staff\n\n[ ] Advert includes safeguarding statement\n[ ] Application form (no CVs only), gaps in employment explored\n[ ] At least one panel member has completed safer recruitment training\n[ ] Online search carried out on shortlisted candidates (KCSIE para 226)\n[ ] Two references, one from current employer, requested before interview\n[ ] Enhanced DBS with barred list check\n[ ] Right to work, identity and qualifications verified\n[ ] Prohibition check (teaching posts)\n[ ] Single Central Record updated\n\nReturn completed checklist with the appointment paperwork to Schools HR.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-44',
    'social-care',
    "Hi,\n\nAttached is the updated Educational Visits Risk Assessment template for residentials. New bits this year: section 4 asks you to record how you'll manage any safeguarding disclosure made on the trip and who the on-site DSL contact is, and section 7 covers supervision ratios for overnight stays and room allocation. Don't forget EVOLVE submission at least 28 days before departure for adventurous activities.\n\nAny questions give me a shout.\n\nOutdoor Education Adviser",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-45',
    'social-care',
    'Local Safeguarding Children Partnership - Executive Group\nMinutes (summary)\n\n1. Themes from the latest rapid reviews: information sharing between health and schools, professional curiosity around neglect, and the voice of the child in assessments.\n2. Child exploitation sub-group update - new MACE terms of reference agreed.\n3. Learning and improvement: 7-minute briefings to be published on neglect and on non-mobile babies with bruising.\n4. Budget - partner contributions for 2025/26 to be confirmed by police and ICB.\n5. Annual report draft to go to January meeting.\n\nNo individual cases were discussed.\n\nNext meeting 12 February.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-46',
    'social-care',
    "Hi,\n\nIn answer to your question about how Operation Encompass works here: when police attend a domestic abuse incident where a child is normally resident, the Encompass desk sends a secure notification to the school's key adult before 9am the next school day. The key adult (usually the DSL) uses it to make sure the child has support in school that day. The school shouldn't share the notification with parents and it isn't a referral to social care on its own.\n\nSchools sign up through the partnership website. Our current Key Adult list is due for refresh in January.\n\nThanks\nSafeguarding Hub Business Support",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-47',
    'procurement',
    "Invitation to Tender - Children's Social Care Case Management System\n\nThe Council is inviting tenders for the supply, implementation and support of a case management system for children's social care and early help, to replace the current system at contract end in March 2026. The system must support the full workflow from contact through MASH, assessment, child protection, looked after children and care leavers, and the statutory returns (CIN census, SSDA903).\n\nContract value estimated £2.4m over 7 years. Clarification questions via the portal by 8 November. Tender deadline 29 November, 12 noon.\n\nProcurement ref: CSC-2024-117",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-48',
    'social-care',
    'What to do if a child tells you something\n\n- Stay calm and listen. Let them talk, don\'t push for detail.\n- Don\'t promise to keep it a secret - explain you\'ll need to tell someone whose job it is to help.\n- Use open questions: "tell me", "explain", "describe".\n- Write down what they said in their own words as soon as you can, with the date and time, and sign it.\n- Don\'t investigate or contact the parents yourself.\n- Tell the DSL straight away, the same day. If the child is in immediate danger call 999.\n\nPlease put this up in staff rooms and give a copy to all new starters, volunteers and supply staff.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-49',
    'hr',
    'Dear Members,\n\nAttached is the LADO annual report for 2023/24 ahead of the Corporate Parenting Panel. In summary there were 318 contacts to the LADO, 142 met the threshold for an allegations management meeting. Education remained the biggest referring sector (41%) followed by early years and residential care. 61% of allegations were concluded within one month. The report also sets out the plan to deliver more training to faith and sports settings.\n\nRegards\nHead of Quality Assurance',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-50',
    'it-helpdesk',
    'Planned outage - Mosaic\n\nMosaic will be unavailable from 18:00 Friday to 08:00 Saturday for an upgrade. During this time the Emergency Duty Team will record any new contacts, strategy discussions or child protection enquiries on the paper forms in the EDT folder, to be back-entered on Saturday morning. The CP register lookup for health partners will also be offline.\n\nPlease save your work and log off by 17:45.\n\nIT Service Desk',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-51',
    'finance',
    "Hi Fiona,\n\nJust confirming the 2025/26 uplift for foster carer allowances has been agreed at 6.8% in line with the national minimum allowance, effective from the first payment in April. Kinship carers and Special Guardianship allowances will be uplifted at the same rate. I'll need the revised rates table from the fostering service by end of Feb to set up the payment runs.\n\nBudget impact modelled at £1.1m, already in the MTFS.\n\nThanks\nRaj - Children's Finance",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-52',
    'councillor',
    "Corporate Parenting Panel - 14 November, 6pm\n\nAgenda\n1. Apologies\n2. Minutes of last meeting\n3. Voice of our children in care - Children in Care Council presentation\n4. Placement sufficiency strategy update\n5. Missing from care - return home interview performance\n6. Virtual School annual report\n7. Care leavers' local offer - council tax exemption\n8. Fostering recruitment campaign\n\nCllr Shah (chair) has asked members to visit a children's home before the meeting if possible; the rota is attached.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-53',
    'social-care',
    "I'm out of the office until Monday 4th.\n\nI am the Designated Safeguarding Lead for Ashcroft Academy. If you have a safeguarding or child protection concern about a pupil please contact one of our deputy DSLs, Mr Lewis or Ms Achebe, on 01632 960 225. If a child is at immediate risk call 999. For referrals to children's social care use the Front Door on 0300 123 4567.\n\nThanks, Niamh O'Connor",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-54',
    'social-care',
    'Hi trainers,\n\nScenario cards for Wednesday\'s Level 2 group exercise. All scenarios are fictional.\n\nScenario 1: A Year 8 pupil tells their form tutor at the end of a lesson that an older cousin has been asking them to "hold" a bag for him. Groups to discuss: is this a possible sign of criminal exploitation, what would you record, who would you tell?\n\nScenario 2: A nursery worker notices a toddler has a bruise on the cheek. What questions does this raise, and what does the non-mobile baby protocol say?\n\nPlease print 6 sets of each.\n\nLisa',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sc10-55',
    'social-care',
    "Hi all,\n\nPrivate Fostering Awareness Week is 3-9 March. We'd love schools, GP surgeries and libraries to display the posters (attached). Remember: if a child under 16 (under 18 if disabled) is being looked after for 28 days or more by someone who isn't a close relative, the council must be told. Many people don't know this applies to them.\n\nAlso a reminder that Young Carers Action Day is the same week - the Carers Hub will be running sessions in secondary schools, and we're asking every school to name a young carers champion.\n\nThanks\nFamily Placement Team - Communications",
    [],
    ['SAFEGUARDING'],
  ),
];

/** Round ten: 30 special-category (not health) positives and 20 hard negatives. */
export const freshTenthSpecialOther: readonly CorpusCase[] = [
  tc(
    'so10-01',
    'hr',
    "Hi Gemma,\n\nRe the grievance hearing for Darren Pike on Thurs - he's asked for Sue Whitfield to accompany him. Just so you're aware Darren is himself the Unison branch steward for Highways so we'll need someone from outside his line to chair. Can you check if Paul's free?\n\nThx\nKerry",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Just so you're aware Darren is himself the Unison branch steward for Highways so we'll need someone from outside his line to chair.",
      ],
    ],
  ),
  tc(
    'so10-02',
    'hr',
    'Morning Tom, Yusuf Patel on the contact centre rota has asked if he can take a short break around 1.15 on Fridays to go to Jummah prayers at the mosque on Carr Lane, and make the time up at the end of the day. Dont see a problem with it but wanted to check with you before I change the rota in WFM. Cheers, Anita',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Morning Tom, Yusuf Patel on the contact centre rota has asked if he can take a short break around 1.15 on Fridays to go to Jummah prayers at the mosque on Carr Lane, and make the time up at the end of the day.',
      ],
    ],
  ),
  tc(
    'so10-03',
    'hr',
    "Hi Lou,\n\nQuick heads up before you meet the team tomorrow. Rhiannon had a chat with me last week and she's happy for people to know now that she's gay and that it's her partner Kate who's been picking her up - she'd just rather it came from her, so please don't bring it up at the team meeting unless she does. She did say a couple of comments in the office last month made her uncomfortable so keep an ear out.\n\nTa\nMel",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Rhiannon had a chat with me last week and she's happy for people to know now that she's gay and that it's her partner Kate who's been picking her up - she'd just rather it came from her, so please don't bring it up at the team meeting unless she does.",
      ],
    ],
  ),
  tc(
    'so10-04',
    'hr',
    "Dear Payroll,\n\nPlease can you update the name on the record for employee no. 204417 from Daniel Okafor to Danielle Okafor wef 3 March. Danielle is transitioning and has asked that her previous name isn't visible on payslips or in iTrent self-service from that date. Title should be Ms. Her line manager is aware and has updated the team structure chart.\n\nMany thanks\nJo Greenwood\nHR Advisor | People Services",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Danielle is transitioning and has asked that her previous name isn't visible on payslips or in iTrent self-service from that date.",
      ],
    ],
  ),
  tc(
    'so10-05',
    'housing',
    "Hi Craig,\n\nLogged as a hate incident on the ASB system, ref ASB/24/0913. Mrs Kaur at 14 Pendle Court says the lads from no. 22 shouted abuse at her and her son again on Saturday and told them to \"go back to India\". She's Sikh and says they've been pulling at her son's patka on the way to school. Police ref 1204 of 17/08.\n\nCan we get Community Safety to do a joint visit this wk?\n\nSte",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "She's Sikh and says they've been pulling at her son's patka on the way to school.",
      ],
    ],
  ),
  tc(
    'so10-06',
    'housing',
    "Hi Nadia, re the direct offer for Mr & Mrs Hussain (HRN 50312). They've turned down the Thornbury flat - Mr Hussain explained that as practising Muslims they need to be within walking distance of the mosque on Leeds Rd because he attends daily and doesnt drive. I think thats reasonable to note as an area preference on the bid record rather than count it as a refusal? Let me know. Gareth",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "They've turned down the Thornbury flat - Mr Hussain explained that as practising Muslims they need to be within walking distance of the mosque on Leeds Rd because he attends daily and doesnt drive.",
      ],
    ],
  ),
  tc(
    'so10-07',
    'social-care',
    'Hi both,\n\nFor matching panel on the 12th - Kai (DOB 04/02/2019) is of dual heritage, White British mum and Black Caribbean dad, and his SW feels strongly that carers need to be able to support his identity including hair and skin care and keeping links with his paternal family in Handsworth. The Robinsons look a good fit on that front.\n\nPaper to follow by Fri.\nPriya',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'For matching panel on the 12th - Kai (DOB 04/02/2019) is of dual heritage, White British mum and Black Caribbean dad, and his SW feels strongly that carers need to be able to support his identity including hair and skin care and keeping links with his paternal family in Handsworth.',
      ],
    ],
  ),
  tc(
    'so10-08',
    'social-care',
    "Morning,\n\nDone the second Form F visit with the Adeyemis. Both are committed Pentecostal Christians and attend RCCG in Peckham twice on Sundays; they said they'd expect any child in placement to come along, which we'll need to explore with them re children of other faiths or none. Otherwise very positive, good support network, spare room measured ok.\n\nSam\nFostering Assessment Team",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Both are committed Pentecostal Christians and attend RCCG in Peckham twice on Sundays; they said they'd expect any child in placement to come along, which we'll need to explore with them re children of other faiths or none.",
      ],
    ],
  ),
  tc(
    'so10-09',
    'social-care',
    "Hi Jas, just to flag for the review - Tyler told his key worker on Friday that he's bisexual and has been seeing an older lad he met online. He doesn't want his dad told. I've put it on the chronology as restricted but can we talk at supervision about how we handle the online bit. Thanks, Ellie",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Tyler told his key worker on Friday that he's bisexual and has been seeing an older lad he met online.",
      ],
    ],
  ),
  tc(
    'so10-10',
    'councillor',
    "Cllr Brennan,\n\nThanks for taking this one. Mr Lewandowski rang again this morning about the missed bins on Wicklow St. For context he's a long-standing Reform UK member and stood against you in Moorside in May, so he may well share the reply on Facebook - suggest we keep it strictly factual.\n\nRegards\nHelen\nMember Services",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "For context he's a long-standing Reform UK member and stood against you in Moorside in May, so he may well share the reply on Facebook - suggest we keep it strictly factual.",
      ],
    ],
  ),
  tc(
    'so10-11',
    'finance',
    "Hi Accounts,\n\nPlease could you raise a refund of £470 to Mr Aidan Fraser / Ms Chloe Ng (booking REG-M-2291). They've cancelled the ceremony at the Old Town Hall because neither of them is religious and they've decided on a humanist celebrant-led wedding instead, so they'll just do the legal bit with us in the register office on the 9th. Payment was by card ending 4471.\n\nThanks\nBev - Registration Service",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "They've cancelled the ceremony at the Old Town Hall because neither of them is religious and they've decided on a humanist celebrant-led wedding instead, so they'll just do the legal bit with us in the register office on the 9th.",
      ],
    ],
  ),
  tc(
    'so10-12',
    'hr',
    "Hi Marcus, attaching Shabnam Rahimi's new starter pack. She did the EDI monitoring form on paper not in the portal so can you key it in: ethnicity Asian/Asian British - any other (Afghan), religion Muslim, sexual orientation prefer not to say, gender same as assigned at birth - yes. Then shred the paper copy pls. Ta, Rosie",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'She did the EDI monitoring form on paper not in the portal so can you key it in: ethnicity Asian/Asian British - any other (Afghan), religion Muslim, sexual orientation prefer not to say, gender same as assigned at birth - yes.',
      ],
    ],
  ),
  tc(
    'so10-13',
    'it-helpdesk',
    "Hi Service Desk,\n\nKofi Mensah (Waste Ops, Depot 2) can't clock in on the Bioclock at the depot gate because it keeps rejecting his fingerprint template since the terminal was replaced on Monday. Can someone re-enrol his print and delete the old template off the unit? He's on 6am starts so he's having to sign the paper sheet.\n\nCheers\nDave Hollis\nDepot Supervisor",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Kofi Mensah (Waste Ops, Depot 2) can't clock in on the Bioclock at the depot gate because it keeps rejecting his fingerprint template since the terminal was replaced on Monday.",
      ],
    ],
  ),
  tc(
    'so10-14',
    'it-helpdesk',
    "INC0088431 - can Windows Hello face sign-in please be reset for Aisha Begum in Revenues. Her face template was enrolled on a day she wasn't wearing her hijab and it won't recognise her at her desk now, so she'd like it re-registered. Laptop asset LT-40921, she's in Tues-Thurs.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Her face template was enrolled on a day she wasn't wearing her hijab and it won't recognise her at her desk now, so she'd like it re-registered.",
      ],
    ],
  ),
  tc(
    'so10-15',
    'social-care',
    "Hi Marie,\n\nDNA results back from Cellmark today for baby Harper (case 88213). Mr Daniel Shaw is confirmed as the biological father (probability 99.99%), so we can now start the viability assessment on the paternal side. I'll update Mosaic and let the IRO know before the PLO meeting.\n\nFiona",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mr Daniel Shaw is confirmed as the biological father (probability 99.99%), so we can now start the viability assessment on the paternal side.',
      ],
      ['SPECIAL_CATEGORY_OTHER', 'DNA results'],
    ],
  ),
  tc(
    'so10-16',
    'social-care',
    'Tom - sibling DNA test for Jayden and Amira came back this morning. They are NOT half-siblings, shared paternity excluded. Can you let the assessing SW know before the contact plan gets finalised, as it changes the kinship picture a fair bit.',
    [
      ['SPECIAL_CATEGORY_OTHER', 'They are NOT half-siblings, shared paternity excluded.'],
      ['SPECIAL_CATEGORY_OTHER', 'DNA test'],
    ],
  ),
  tc(
    'so10-17',
    'sen',
    "Hi Gill,\n\nAnnual review for Yossi Friedman (Y4) - mum has asked again that section I names Beis Chinuch. The family are strictly Orthodox Jewish and want him in a setting that keeps Shabbat and kashrut, and she says the current school's Friday afternoon clubs are a problem in winter. Can we get the consultation out this week so we're inside the 4 week timescale?\n\nThanks\nLeon, SEN Caseworker",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "The family are strictly Orthodox Jewish and want him in a setting that keeps Shabbat and kashrut, and she says the current school's Friday afternoon clubs are a problem in winter.",
      ],
    ],
  ),
  tc(
    'so10-18',
    'sen',
    "Hi Becky, small thing for the EHCP amendment - Charlie in Y9 now uses the name Charlie and they/them pronouns at school rather than Charlotte, and mum's fully supportive, so can we update the plan and the transport list to match? Legal name on the database stays the same for now.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Hi Becky, small thing for the EHCP amendment - Charlie in Y9 now uses the name Charlie and they/them pronouns at school rather than Charlotte, and mum's fully supportive, so can we update the plan and the transport list to match?",
      ],
    ],
  ),
  tc(
    'so10-19',
    'finance',
    "Payroll - please stop the GMB subscription deduction for Lee Harrow (310229) from the April run, he's left GMB and joined Unite and says Unite are collecting by direct debit. Cheers, Anwar",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Payroll - please stop the GMB subscription deduction for Lee Harrow (310229) from the April run, he's left GMB and joined Unite and says Unite are collecting by direct debit.",
      ],
    ],
  ),
  tc(
    'so10-20',
    'hr',
    "Hi Sian,\n\nBit of an awkward one. Abdul has told me he's been selected as the Green Party candidate for Eastgate in the county elections. His post is on the politically restricted list (grade 12, advises Planning Committee) so as I understand it he'd need to apply for an exemption or step down from the candidacy? Could you advise before I meet him on Weds.\n\nTa\nClare",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Abdul has told me he's been selected as the Green Party candidate for Eastgate in the county elections.",
      ],
    ],
  ),
  tc(
    'so10-21',
    'councillor',
    "Cllr Patel, re Mr Gwyn Evans at 3 Brook Terrace - he and his husband Marc have had homophobic graffiti sprayed on their garage door again, 2nd time this month. He'd like to know whether the CCTV van can be put on the lane. I've passed to the Safer Neighbourhoods team and asked Streetscene to clean it off asap. Kind regards, Lorna (ward support)",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Cllr Patel, re Mr Gwyn Evans at 3 Brook Terrace - he and his husband Marc have had homophobic graffiti sprayed on their garage door again, 2nd time this month.',
      ],
    ],
  ),
  tc(
    'so10-22',
    'housing',
    "Referral - Jordan Reece, 22, NFA since Tuesday. Jordan is a trans woman (she/her) and has asked not to be placed on the male floor at Ashgrove after what happened last time, so can we look at the women's unit at Cedar House instead? Happy to discuss, I'm on 07700 900418. Thanks, Mo (Housing Options)",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Jordan is a trans woman (she/her) and has asked not to be placed on the male floor at Ashgrove after what happened last time, so can we look at the women's unit at Cedar House instead?",
      ],
    ],
  ),
  tc(
    'so10-23',
    'benefits',
    "Hi team,\n\nSister Bernadette Doyle (CTax acc 6004512) has applied for the disregard as a member of a religious community - she's a professed nun with the Poor Clares at St Anne's and has no personal income. Can someone check the status discount conditions and apply from 1 April if it fits?\n\nThanks\nGail",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Sister Bernadette Doyle (CTax acc 6004512) has applied for the disregard as a member of a religious community - she's a professed nun with the Poor Clares at St Anne's and has no personal income.",
      ],
    ],
  ),
  tc(
    'so10-24',
    'benefits',
    "Hi Kev, HB change of circs for Mr Gary Whitlock, claim ref 4417702. He's declared strike pay from the RMT for 6 days in Nov on top of his wages from Northern. Do we treat it as earnings or other income for the assessment? Dont want to get the overpayment wrong. Ash",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "He's declared strike pay from the RMT for 6 days in Nov on top of his wages from Northern.",
      ],
    ],
  ),
  tc(
    'so10-25',
    'hr',
    "Hi Rob,\n\nFormal grievance received today from Chidi Nwosu (Planning Policy). He alleges he was passed over for the acting-up role because he's the only Black officer in the team and says comments have been made about his Nigerian accent in front of him. He's asked for it to be heard by someone outside the directorate.\n\nI'll log it on the case tracker. Can we speak tomorrow re an investigating officer?\n\nThanks\nHarjit Gill\nSenior HR Business Partner",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "He alleges he was passed over for the acting-up role because he's the only Black officer in the team and says comments have been made about his Nigerian accent in front of him.",
      ],
    ],
  ),
  tc(
    'so10-26',
    'hr',
    "Jen - Rachel Cohen has asked for 2nd & 3rd Oct off for Rosh Hashanah and the 11th for Yom Kippur, which she observes every year. I know it's in the middle of audit close but I'd rather we work round it, can you have a think about cover for the bank recs? R",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Jen - Rachel Cohen has asked for 2nd & 3rd Oct off for Rosh Hashanah and the 11th for Yom Kippur, which she observes every year.',
      ],
    ],
  ),
  tc(
    'so10-27',
    'social-care',
    'Hi Brokerage,\n\nLooking for a res placement for Mr Ravi Sharma (Mosaic 771203), funding agreed at panel yesterday. Mr Sharma is a devout Hindu and his daughter has asked that the home can do strictly vegetarian meals and that he can keep a small mandir in his room for daily puja. Ideally within reach of Belgrave so she can visit after work.\n\nMany thanks\nOlusegun Ade\nSocial Worker, Older Adults East',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mr Sharma is a devout Hindu and his daughter has asked that the home can do strictly vegetarian meals and that he can keep a small mandir in his room for daily puja.',
      ],
    ],
  ),
  tc(
    'so10-28',
    'councillor',
    "Cllr Ahmed, following Saturday's surgery: Mr Naveed Rashid says the management committee at Parkside Community Centre refused his hall booking once they found out he's Ahmadi, and he feels it's religious discrimination. The centre is on a council lease so I've asked Estates to look at the terms. Will update when I hear back. Nat",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Cllr Ahmed, following Saturday's surgery: Mr Naveed Rashid says the management committee at Parkside Community Centre refused his hall booking once they found out he's Ahmadi, and he feels it's religious discrimination.",
      ],
    ],
  ),
  tc(
    'so10-29',
    'hr',
    "Hi Tariq,\n\nTerms of reference for the investigation attached. In short, it's alleged that Mark Dunn and Lisa Reyes (his direct report) have been in a sexual relationship since last summer, which he didn't declare under the Code of Conduct, and that he then approved her overtime claims. Please keep this to the investigation team only.\n\nRegards\nAmelia Stone\nHR Case Manager",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "In short, it's alleged that Mark Dunn and Lisa Reyes (his direct report) have been in a sexual relationship since last summer, which he didn't declare under the Code of Conduct, and that he then approved her overtime claims.",
      ],
    ],
  ),
  tc(
    'so10-30',
    'housing',
    "Hi Lynne, homeless app for the Doherty family (Bridget + 4 kids) taken today. They're Irish Travellers and have asked for a pitch on the Ryecroft site rather than a bricks and mortar offer, as they say a house would go against their cultural way of life. Can you check if any pitches are coming up? Siobhan",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "They're Irish Travellers and have asked for a pitch on the Ryecroft site rather than a bricks and mortar offer, as they say a house would go against their cultural way of life.",
      ],
    ],
  ),
  tc(
    'so10-31',
    'hr',
    'Hi all,\n\nThe draft Equality, Diversity and Inclusion Policy 2025-28 is now on the intranet for comment. Main changes: updated list of protected characteristics wording in line with EHRC guidance, a new section on reasonable adjustments for religion or belief (prayer space, fasting, religious holidays), and clearer routes for raising harassment. Comments to the EDI inbox by 28 Feb please.\n\nThanks\nCorporate Policy Team',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-32',
    'hr',
    "Hi Dean,\n\nAttached is the tracked version of the Trade Union Recognition and Facilities Agreement following JCC. Unison, GMB and Unite have all agreed the facility time formula (0.3 FTE per 500 members) and the new process for requesting time off for union duties. Legal have signed it off so it just needs the Chief Exec's signature.\n\nKaren\nEmployee Relations",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-33',
    'councillor',
    "Hi Democratic Services, please can Committee Room 3 be booked for the Labour Group meeting on Mon 14th, 6-8pm, and the Conservative Group in Room 4 same night. Both groups would like tea/coffee for 20. Thanks, Members' Support",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-34',
    'finance',
    "Steve,\n\nOn the MTFS - the £2.4m gap in 26/27 is our central case. The Conservative estimate from the opposition budget amendment assumes a 4% council tax rise plus the adult social care precept, which gets it down to about £1.1m, but it relies on the Green group's proposal to delete the 3 vacant posts in Comms. Can you model both for Tuesday's briefing?\n\nImran\nFinance Business Partner",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-35',
    'hr',
    'Hi all, dates for the staff events calendar for next quarter: Diwali lunch in the atrium 31 Oct, Remembrance silence 11 Nov 11am, Hanukkah and Christmas decorations going up 1 Dec, and the Carers Week drop in has moved to 10 June. If your team want to run anything for Black History Month send it to comms@ by Fri.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-36',
    'housing',
    "Hi Zara,\n\nFor the Allocations annual report - of the 1,842 lets last year, 71% went to White British households, 12% Asian/Asian British, 9% Black/Black British, 4% Mixed, 4% other or not stated. That's broadly in line with the waiting list profile. I've put the table by band in the appendix and a note that numbers under 5 are suppressed.\n\nTom",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-37',
    'hr',
    'Pride Month comms plan - draft v3\n\nWk 1: rainbow lanyards available at reception, intranet banner\nWk 2: blog from the LGBT+ staff network on allyship (no names unless people opt in)\nWk 3: flag raising at the Civic Centre, Leader to say a few words\nWk 4: signpost to the trans inclusion guidance and EAP\n\nAny comments to Lucy by Wednesday please.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-38',
    'procurement',
    "Hi Gareth,\n\nITT for the Civic Centre access control replacement closes 5pm Friday. The spec includes biometric readers (fingerprint or facial) as an optional lot, so the DPIA will need to be done before award and we'll need a lawful basis for processing biometric data if we go down that route. Evaluation panel is you, me and someone from Info Gov.\n\nThanks\nPrecious\nCategory Manager - Corporate",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-39',
    'councillor',
    'Agenda - Faith Leaders Forum, Thurs 7pm, Council Chamber\n\n1. Welcome - Cllr Morgan\n2. Cost of living: warm spaces in places of worship\n3. Community cohesion update (Prevent team)\n4. Interfaith week planning\n5. AOB\n\nLight refreshments, vegetarian and halal options. Please let me know numbers by Tuesday.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-40',
    'it-helpdesk',
    'Hi all, when you go live on the new HR self-service please remind staff that the equality monitoring section (ethnicity, religion, sexual orientation, disability etc) is optional and can be left as "prefer not to say". Managers cannot see individual answers - reporting is only ever aggregated. Any issues log a ticket under HR Systems. Thanks, IT Service Desk',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-41',
    'hr',
    "RAINBOW NETWORK NEWSLETTER - SPRING\n\nThanks to everyone who came to the quiz - we raised £312 for the Albert Kennedy Trust! Next coffee morning is 12 April in the Level 2 kitchen, allies very welcome. We're also looking for a new co-chair, so if you're interested drop a line to the network mailbox. Reminder that membership is confidential and we don't share the mailing list with anyone.",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-42',
    'hr',
    "Hi Jo,\n\nThanks for asking me to help with the residents' association hustings. Unfortunately my post is politically restricted, so I can't be seen to be organising a political event or speaking on behalf of any candidate. I'm happy to book the hall and send the standard guidance to all candidates equally though.\n\nBest wishes\nKath Simmons\nCommunity Engagement Officer",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-43',
    'social-care',
    'Hi all,\n\nRecruitment drive for the autumn: new leaflets are going out to churches, mosques, gurdwaras and temples as well as community centres. Key message is that we welcome foster carers of all faiths and none, any sexual orientation, single or in a couple. Jas has the print proofs if you want to check.\n\nThanks\nFostering Recruitment',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-44',
    'sen',
    'Dear Headteachers,\n\nSACRE meets on 20 March to review the locally agreed syllabus for RE. Items include teaching about Judaism and Sikhism at KS2 and non-religious worldviews at KS3. Schools are reminded that parents have the right to withdraw their child from RE, and any withdrawal should be recorded locally, not sent to the LA.\n\nRegards\nSchool Improvement Team',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-45',
    'hr',
    "Hi Payroll, new paternity leave request form for Ben Thornley attached, 2 weeks from 16 June, baby due 10th. He's also put in for the enhanced shared parental pay - can you confirm he meets the 26 weeks' service? Thanks, Sarah",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-46',
    'it-helpdesk',
    'Windows Hello rollout - FAQ for staff\n\nQ: Do I have to use face sign-in?\nA: No, you can use a PIN instead. Facial recognition is optional.\nQ: Where is my face data stored?\nA: Only on the laptop itself, never on council servers.\nQ: Can I remove it?\nA: Yes, Settings > Accounts > Sign-in options > Remove.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-47',
    'benefits',
    "Guidance note for assessors: if a claimant tells you they've been on strike, strike pay from a trade union is treated as income for HB pensioner claims and Council Tax Support but there are different rules for UC. Don't ask which union they're in, it's not needed - just the amount and dates. See section 4.3 of the procedures manual.",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-48',
    'housing',
    'Hi all, reminder that the hate crime awareness training for neighbourhood officers is on 3 Oct. It covers how to log a racist, religious, homophobic or transphobic incident on the ASB system, the difference between a hate incident and a hate crime, and referral to Stop Hate UK. 2 places left - book via the LMS.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-49',
    'councillor',
    "Polling station staff briefing - key points\n\n- Do not wear rosettes, party colours or badges in the station\n- Tellers must stay outside and can't ask voters how they intend to vote\n- Voter ID: check photo ID, see list of accepted documents\n- Close of poll 10pm, anyone in the queue at 10 can still vote\n\nAny problems, ring the Elections Office on 01632 960 221.",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so10-50',
    'social-care',
    'Hi team, I\'ve booked 12 places on "Working with Gypsy, Roma and Traveller families" run by Friends, Families and Travellers on 5 Nov. Covers cultural awareness, accommodation rights and how to record ethnicity properly on Mosaic. Let me know by Fri if you want a place, priority to the Early Help hub. Thanks, Dawn',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
];

/** Round ten: 30 credential positives and 20 hard negatives. */
export const freshTenthCredential: readonly CorpusCase[] = [
  tc(
    'cr10-01',
    'it-helpdesk',
    "Hi Priya,\n\nYour network account has been unlocked following your call this morning (ref INC0048213). Temporary password is Kx7!moor-Lane42 and you'll be asked to change it at first logon. If it doesnt work give us a ring on ext 4410 and quote the ref.\n\nThanks\nGareth Lloyd\nIT Service Desk",
    [
      [
        'CREDENTIAL',
        "Temporary password is Kx7!moor-Lane42 and you'll be asked to change it at first logon.",
      ],
    ],
  ),
  tc(
    'cr10-02',
    'social-care',
    "Morning all, new package for Mrs Edna Whitfield at 14 Rowan Close starts Mon, QDS calls. Key safe is to the left of the back door behind the green bin, code 2719 - please scramble it after use, she's had a scare with some lads hanging round the garages. She's very HOH so knock loud and shout before you go in.\nThx\nShazia (Reablement coordinator)",
    [
      [
        'CREDENTIAL',
        "Key safe is to the left of the back door behind the green bin, code 2719 - please scramble it after use, she's had a scare with some lads hanging round the garages.",
      ],
    ],
  ),
  tc(
    'cr10-03',
    'procurement',
    "Hi Tom,\n\nAs agreed at Tuesday's kick-off, your remote access for the Civica migration work is now live. Username is ext.tbrennan and the password is Gr@nite!Falls88 (case sensitive). You'll need the FortiClient installed, instructions attached. Access is time-limited to 31 March under the contract variation so shout if the work overruns.\n\nRegards\nNadia Hussain\nContracts & Commissioning",
    [
      [
        'CREDENTIAL',
        'Username is ext.tbrennan and the password is Gr@nite!Falls88 (case sensitive).',
      ],
    ],
  ),
  tc(
    'cr10-04',
    'hr',
    "Welcome aboard Aisha!\n\nFew bits to get you going before Monday. The X login for @WestfordCouncil is comms@westford.gov.uk / Bluebell#Parade2024 - please don't change it without telling me as Dev uses it for the out of hours gritting posts. Facebook and Insta are through Meta Business Suite so I'll add you as an admin on the day.\n\nSee you soon,\nRuth Ellison\nComms & Engagement Manager",
    [
      [
        'CREDENTIAL',
        "The X login for @WestfordCouncil is comms@westford.gov.uk / Bluebell#Parade2024 - please don't change it without telling me as Dev uses it for the out of hours gritting posts.",
      ],
    ],
  ),
  tc(
    'cr10-05',
    'housing',
    "Hi Kemi and Lewis,\n\nAll set for Saturday's tenants' fun day at Brookfield Community Centre. Doors 10am, bouncy castle arrives 9. For the laptop and card reader use the guest wifi BCC-Guest, the key is sunflower-Otter-319 (capital O). The caretaker Colin will be in from 8.30.\n\nCheers\nMarcia",
    [
      [
        'CREDENTIAL',
        'For the laptop and card reader use the guest wifi BCC-Guest, the key is sunflower-Otter-319 (capital O).',
      ],
    ],
  ),
  tc(
    'cr10-06',
    'finance',
    "Hi Mark\n\nThanks for the call earlier. Here's the live key for the Pay360 connector so your devs can finish the end to end testing: sk_live_51Jx9QmR2vTb7LpW0cKz8HnD3rYs6\nCan you confirm once the test transactions have been voided pls.\n\nTa\nImran Siddiqui\nIncome & Payments Team",
    [
      [
        'CREDENTIAL',
        "Here's the live key for the Pay360 connector so your devs can finish the end to end testing: sk_live_51Jx9QmR2vTb7LpW0cKz8HnD3rYs6",
      ],
    ],
  ),
  tc(
    'cr10-07',
    'it-helpdesk',
    "Rhys - got a new phone and Authenticator didn't transfer over, so I'm locked out of everything. Can you use one of my backup codes to get me back in? The one I haven't used yet is 8305-1162-4479. Ta, Bronwen (Revs)",
    [['CREDENTIAL', "The one I haven't used yet is 8305-1162-4479."]],
  ),
  tc(
    'cr10-08',
    'it-helpdesk',
    "Hi Declan, as requested your voicemail PIN has been reset to 640218. You'll be prompted to pick a new one when you first dial 5000. Closing the call now, thanks, Service Desk",
    [['CREDENTIAL', 'Hi Declan, as requested your voicemail PIN has been reset to 640218.']],
  ),
  tc(
    'cr10-09',
    'benefits',
    "Hiya, for the weekend processing - benefits shared inbox password is the usual one but with a 5 at the end: Autumn2025 (I know, I know, it's on the list to sort). Log out of it on a Monday so Graham's macro works. Jo",
    [
      [
        'CREDENTIAL',
        "Hiya, for the weekend processing - benefits shared inbox password is the usual one but with a 5 at the end: Autumn2025 (I know, I know, it's on the list to sort).",
      ],
    ],
  ),
  tc(
    'cr10-10',
    'benefits',
    'Logins for the two cover accounts while the agency staff are with us, pls keep this to yourselves:\n\nSystem | Username | Password\nNorthgate | hb_cover03 | Wexford!19Dunmore\nAcademy | ctr_cover01 | Pillbox-77-Heron\n\nAny issues speak to Femi not IT.',
    [
      ['CREDENTIAL', 'Northgate | hb_cover03 | Wexford!19Dunmore'],
      ['CREDENTIAL', 'Pillbox-77-Heron'],
    ],
  ),
  tc(
    'cr10-11',
    'social-care',
    "Hi Tariq, notes from the Ashworth strat meeting attached, let me know if I've missed anything re the safety plan.\n\nLydia Okonkwo\nSenior Practitioner, Children's Safeguarding\nTel 01632 960 441\n[note to self - Mosaic pw is Tuesday!Kettle77 - delete before sending]",
    [['CREDENTIAL', '[note to self - Mosaic pw is Tuesday!Kettle77 - delete before sending]']],
  ),
  tc(
    'cr10-12',
    'sen',
    "Dear Ms Aldridge,\n\nPlease find the draft EHCP for Jayden attached as an encrypted zip, we'd be grateful for any comments by the 14th. Password for the zip:\nMarigold-Ferry-52\nIf you have any trouble opening it please call me and I can go through it over the phone.\n\nKind regards\nOwen Parry\nSEN Caseworker",
    [['CREDENTIAL', 'Password for the zip:\nMarigold-Ferry-52']],
  ),
  tc(
    'cr10-13',
    'housing',
    "Kieran - you're at Lister St hub for the drop-in tomorrow. Code for the side door 4471# btw, main entrance stays locked til 10. Dev",
    [['CREDENTIAL', 'Code for the side door 4471# btw, main entrance stays locked til 10.']],
  ),
  tc(
    'cr10-14',
    'housing',
    "Hi Mo, thanks for covering the depot close tonight. Alarm code for Halfpenny Lane is 7392 then press SET, you've got 30 secs to get out the roller door before it arms. If it goes off ring me not the police! Stuart",
    [
      [
        'CREDENTIAL',
        "Alarm code for Halfpenny Lane is 7392 then press SET, you've got 30 secs to get out the roller door before it arms.",
      ],
    ],
  ),
  tc(
    'cr10-15',
    'social-care',
    "Grace, the encrypted stick with the court bundle for the Hollis family is in the locked drawer. The passphrase for the BitLocker stick is purple tractor harbour 61 (all lower case, with the spaces). Don't take it out of the building please. Hannah",
    [
      [
        'CREDENTIAL',
        'The passphrase for the BitLocker stick is purple tractor harbour 61 (all lower case, with the spaces).',
      ],
    ],
  ),
  tc(
    'cr10-16',
    'finance',
    "Sorry to bother you Amrit, I've just had the text from Microsoft for the treasury account sign-in and I'm on leave so can't get in - the code is 492 817, can you put it in for me quick it runs out in a few mins!! Thanks, Bev",
    [
      [
        'CREDENTIAL',
        "Sorry to bother you Amrit, I've just had the text from Microsoft for the treasury account sign-in and I'm on leave so can't get in - the code is 492 817, can you put it in for me quick it runs out in a few mins!!",
      ],
    ],
  ),
  tc(
    'cr10-17',
    'housing',
    'Afternoon team, while Sue is off the Housing Options cover login on Jigsaw is hsgopts.cover / Pennine_Way2024 so we can keep picking up the HPRs. Only use it for her caseload. Thanks Andrzej',
    [
      [
        'CREDENTIAL',
        'Afternoon team, while Sue is off the Housing Options cover login on Jigsaw is hsgopts.cover / Pennine_Way2024 so we can keep picking up the HPRs.',
      ],
    ],
  ),
  tc(
    'cr10-18',
    'it-helpdesk',
    "Hi Leanne, Daniel Mensah's laptop (WCC-LT-0831) is stuck on the BitLocker screen after the BIOS update. Recovery key is 314567-220891-604461-118206-557722-093412-781230-446698 - can you read it to him over the phone, he's at the Eastfield office. Cheers, Sam (2nd line)",
    [
      [
        'CREDENTIAL',
        "Recovery key is 314567-220891-604461-118206-557722-093412-781230-446698 - can you read it to him over the phone, he's at the Eastfield office.",
      ],
    ],
  ),
  tc(
    'cr10-19',
    'benefits',
    'Hi Aleena, your Searchlight access has come through from DWP. User ID BEN-KHAN-A, temporary pw Jq4#wRt9 - it makes you change it on first go and it has to be different to the last 10. Remember to do your DPA declaration before you start any checks. Phil (Benefits Systems)',
    [
      [
        'CREDENTIAL',
        'User ID BEN-KHAN-A, temporary pw Jq4#wRt9 - it makes you change it on first go and it has to be different to the last 10.',
      ],
    ],
  ),
  tc(
    'cr10-20',
    'social-care',
    'Just to let you know Mr Yusuf Farouk moved into Oakleigh House on Friday. The keypad on the front entrance there is C1847 and the manager is happy for us to use it for review visits, sign the book on the way in. His daughter has LPA for health and welfare. Ellie',
    [
      [
        'CREDENTIAL',
        'The keypad on the front entrance there is C1847 and the manager is happy for us to use it for review visits, sign the book on the way in.',
      ],
    ],
  ),
  tc(
    'cr10-21',
    'sen',
    "Dear Mrs McAllister,\n\nI've now set up your access to the EHC Hub so you can upload Ruby's parental views. Your username is sarah.mcallister77 and the temporary password is Hub!Start-6621. The system will ask you to set your own password when you first log in.\n\nBest wishes\nChidi Eze\nSEND Assessment Team",
    [
      [
        'CREDENTIAL',
        'Your username is sarah.mcallister77 and the temporary password is Hub!Start-6621.',
      ],
    ],
  ),
  tc(
    'cr10-22',
    'councillor',
    "Dear Cllr Patel, as discussed on the phone, your council iPad passcode has been reset to 270519. Please change it to something only you know once you're in (Settings > Face ID & Passcode). Member Services",
    [
      [
        'CREDENTIAL',
        'Dear Cllr Patel, as discussed on the phone, your council iPad passcode has been reset to 270519.',
      ],
    ],
  ),
  tc(
    'cr10-23',
    'finance',
    "Hi Nathan, Joanne's Bankline smartcard is in the safe, PIN is 5831 - she's off sick so I'm doing the BACS run with it this afternoon, can you authorise once I've uploaded? Ta Ken",
    [
      [
        'CREDENTIAL',
        "Hi Nathan, Joanne's Bankline smartcard is in the safe, PIN is 5831 - she's off sick so I'm doing the BACS run with it this afternoon, can you authorise once I've uploaded?",
      ],
    ],
  ),
  tc(
    'cr10-24',
    'hr',
    'Dear Connor,\n\nWelcome to the council! Ahead of your start date on 2nd June, please log into iTrent to complete your starter forms. Your username is your payroll number 0047319 and your first time password is Welcome@Kestrel9.\n\nKind regards\nHR Advisory Team',
    [
      [
        'CREDENTIAL',
        'Your username is your payroll number 0047319 and your first time password is Welcome@Kestrel9.',
      ],
    ],
  ),
  tc(
    'cr10-25',
    'housing',
    "Hi, job 88412 for the boiler service at 22 Harcourt House. Mr Adeyemi works nights so he's asked for the engineer to let themselves in with the key safe, the code is 9160. Pls put the key back and spin the numbers. Repairs Hub",
    [
      [
        'CREDENTIAL',
        "Mr Adeyemi works nights so he's asked for the engineer to let themselves in with the key safe, the code is 9160.",
      ],
    ],
  ),
  tc(
    'cr10-26',
    'social-care',
    "Hi Jade, sorry your account still isn't through. Just use mine for today: jprice / Lanterns&Moths04 - log out after tho and don't change anything on the Hussain referral, I'm mid assessment. Jess",
    [
      [
        'CREDENTIAL',
        "Just use mine for today: jprice / Lanterns&Moths04 - log out after tho and don't change anything on the Hussain referral, I'm mid assessment.",
      ],
    ],
  ),
  tc(
    'cr10-27',
    'it-helpdesk',
    "Olu, backups are failing again on SQL02. I've reset the service account so you can check the job, svc_sqlbackup password is now T7$rbQ!e2Wm9zLp# and I'll rotate it again on Friday. Martin",
    [
      [
        'CREDENTIAL',
        "I've reset the service account so you can check the job, svc_sqlbackup password is now T7$rbQ!e2Wm9zLp# and I'll rotate it again on Friday.",
      ],
    ],
  ),
  tc(
    'cr10-28',
    'procurement',
    'Dear Mr Smith,\n\nThank you for registering Greenway Grounds Ltd for the parks maintenance mini-competition. Your Proactis account has been created - username greenway.dsmith, password Tender%Oak2291. Clarification questions close at noon on 9 May.\n\nProcurement Services',
    [
      [
        'CREDENTIAL',
        'Your Proactis account has been created - username greenway.dsmith, password Tender%Oak2291.',
      ],
    ],
  ),
  tc(
    'cr10-29',
    'it-helpdesk',
    "hey Callum, can you take a look at the address lookup script before I go on leave. Repo is in the council org, my token for it is ghp_8fKq2LmZ0xR7tVw3NcY9bJ5dHs1pAe4Ug6Qi if yours hasn't been approved yet. cheers Sanjay",
    [
      [
        'CREDENTIAL',
        "Repo is in the council org, my token for it is ghp_8fKq2LmZ0xR7tVw3NcY9bJ5dHs1pAe4Ug6Qi if yours hasn't been approved yet.",
      ],
    ],
  ),
  tc(
    'cr10-30',
    'benefits',
    "Spoke to Mrs Lewis's son today re her council tax online account, she'd locked herself out. I've reset it and her new password is Cavendish!Road31, I've told him to change it next time she logs in. Noted on Academy. Fatima",
    [
      [
        'CREDENTIAL',
        "I've reset it and her new password is Cavendish!Road31, I've told him to change it next time she logs in.",
      ],
    ],
  ),
  tc(
    'cr10-31',
    'it-helpdesk',
    "All staff,\n\nQuick reminder that from 1 July the password policy is changing in line with NCSC guidance. Passwords must be at least 14 characters and we recommend three random words. Common choices like Summer2025! or the council's name with numbers on the end will be blocked automatically. You will no longer be forced to change your password every 90 days.\n\nICT Security Team",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-32',
    'it-helpdesk',
    "Hi, thanks for getting in touch. If you've forgotten it you can reset your password yourself at the self-service portal (link on the intranet homepage under 'IT help'), you'll need to have registered your mobile first. If that doesn't work reply to this and we'll call you back. Service Desk",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-33',
    'finance',
    'Purchase card holders - a reminder that you must never share your PIN with anyone, including your line manager or anyone in Finance. Nobody from the bank or the council will ever ask for it. Lost or stolen cards must be reported to the card provider straight away and then to p-cards@ mailbox. Corporate Finance',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-34',
    'procurement',
    "Hi all,\n\nWe're going out for quotes for supply and installation of approx 40 police-preferred key safes (Supra C500 or equivalent, Secured by Design) for the reablement service over the next 12 months. Installers must be DBS checked and provide photos of each fitted unit. Deadline for quotes 5pm Friday 16th.\n\nThanks\nYvonne Achterberg\nCategory Officer, Adults",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-35',
    'housing',
    "Door code at Marsh Lane has been changed after the break in. Its in the usual place (blue folder in the team office) - please don't put it in emails or on Teams. Thanks, Gail",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-36',
    'it-helpdesk',
    "Multi-factor authentication is coming to your department on 3 March. When you next log on you'll be asked to set up the Microsoft Authenticator app on your council phone. Drop-in sessions are running in the Committee Room 10-12 all week if you want help. Please don't use your personal phone number for text codes.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-37',
    'it-helpdesk',
    "PHISHING ALERT - we're aware of emails going round today that look like they're from 'IT Support' asking you to verify your password via a link. These are NOT from us. Don't click, don't enter any details, use the Report button in Outlook. If you've already entered your password call the service desk straight away on 4410.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-38',
    'it-helpdesk',
    "This is an automated message. Your password expires in 5 days. To change it press Ctrl+Alt+Del on a council device and choose 'Change a password'. Do not reply to this email.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-39',
    'housing',
    "Hi Ravi, thanks for booking the Community Room at the Civic Centre for the residents' association AGM. Your booking reference is BK-20931 - please quote this if you need to change anything. Key collection from reception on the day. Facilities",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-40',
    'it-helpdesk',
    'Thank you for contacting the IT Service Desk. Your request for a password reset has been logged as INC0051127 and assigned to the Identity team. Target resolution is 4 working hours. Please quote the ticket number in any follow up.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-41',
    'councillor',
    'Dear Members,\n\nPre-agenda briefing for Planning Committee, Wed 10am on Teams.\nMeeting ID: 384 220 917 55\nPasscode will follow in a separate email for security.\n\nDemocratic Services',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-42',
    'social-care',
    'Key safe codes - practice reminder for all dom care providers. Codes must never be written on rota sheets, in the daily notes at the property, or texted to personal phones. They should only be held in the secure section of the care app. Any suspected compromise must be reported to the Brokerage team so the code can be changed. Commissioning & Contracts',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-43',
    'hr',
    "We're recruiting! Identity & Access Management Analyst, Grade 8, £34,834-£37,938, hybrid. You'll look after joiners/movers/leavers, password resets, privileged access reviews and our MFA rollout. Experience of Entra ID and PAM tools desirable. Closing date 23 May. For an informal chat contact the ICT recruitment inbox.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-44',
    'councillor',
    'Information Governance Board - agenda\n1. Apologies\n2. Minutes of last meeting\n3. DSPT submission update\n4. Shared accounts and generic logins review - proposal to retire remaining shared passwords\n5. Door access and key fob audit\n6. AOB',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-45',
    'housing',
    "Hi both, for out of hours at the depot: if you set the alarm off, Securitas will ring the keyholder and ask for the verbal password. Only the listed keyholders should give it - if you're not on the list just wait for them. Keyholder list is with facilities. Stuart",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-46',
    'it-helpdesk',
    "Service desk stats Q2: 1,284 password reset calls (up 12%), 311 MFA re-registrations, 96 account lockouts out of hours. Self-service reset uptake now at 41%. We'd like to push this to 60% by year end so please plug the portal in team meetings.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-47',
    'procurement',
    "Hi Imran, before we can start the integration can you send over the API spec and the sandbox URL? We'll generate our own API keys through your developer portal once the DPA is signed, so no need to send any credentials by email. Thanks, Mark (Pay360 implementation)",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-48',
    'benefits',
    "Just so everyone knows I'm now the admin for the shared benefits mailbox. If you need access raise a request on the portal and I'll add you to the group - we're not using a shared password for it any more. Jo, Benefits Systems Officer",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-49',
    'it-helpdesk',
    "To set your voicemail PIN dial 5000 from your desk phone and follow the prompts. Choose 6 digits - not your birthday, extension number or anything like 123456. You'll never be asked for your PIN by IT.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr10-50',
    'social-care',
    "Hi all, reminder that when the client portal sends a one-time code to a service user's phone, staff must never ask them to read it out to you. If someone needs help logging in, book them in with the digital inclusion team instead. Adult Social Care Front Door",
    [],
    ['CREDENTIAL'],
  ),
];
