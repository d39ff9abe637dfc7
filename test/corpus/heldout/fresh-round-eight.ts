// Fresh round-eight sets: safeguarding, special category and credential wording written blind by three helpers before the round-eight changes they guided (see docs/heldout-evaluation.md).
import { tc, type CorpusCase } from '../types';

// Each set was written by a helper who read neither the detectors nor the tests. Each positive
// labelled one sentence; where a finding was another true statement of the same case in a second
// sentence, it was labelled too after review.

/** Round eight: 35 safeguarding positives and 20 hard negatives. */
export const freshEighthSafeguarding: readonly CorpusCase[] = [
  tc(
    'sf8-01',
    'social-care',
    "Home visit 14:10. CYP (Kacper, 6) had a fresh bruise across his left cheek and two fingertip marks on the upper arm, and mum said he fell off the sofa but couldn't say when. Discussed with TM, s47 to be initiated today. Will update Mosaic tonight.",
    [
      [
        'SAFEGUARDING',
        "CYP (Kacper, 6) had a fresh bruise across his left cheek and two fingertip marks on the upper arm, and mum said he fell off the sofa but couldn't say when.",
      ],
    ],
  ),
  tc(
    'sf8-02',
    'sen',
    "Hi Joanne, flagging for MASH: Year 9 pupil Amira Haddad has been collected from the school gates three times this fortnight by an older man, a different car each time, and she's now got a new iPhone and acrylic nails she says her cousin paid for. Her attendance has dropped to 71%. I've logged it on CPOMS and would like a call back today.",
    [
      [
        'SAFEGUARDING',
        "Hi Joanne, flagging for MASH: Year 9 pupil Amira Haddad has been collected from the school gates three times this fortnight by an older man, a different car each time, and she's now got a new iPhone and acrylic nails she says her cousin paid for.",
      ],
    ],
  ),
  tc(
    'sf8-03',
    'housing',
    "Tenancy visit at Flat 12 Marlow House this morning - Mr Dennis Okafor (67) has two young lads staying who aren't on the tenancy, the flat stank of cannabis and there were scales on the kitchen side. He seemed frightened and said quietly that he 'can't get them to leave'. I think Mr Okafor is being cuckooed and have sent a referral to ASC and the ASB team.",
    [
      [
        'SAFEGUARDING',
        'I think Mr Okafor is being cuckooed and have sent a referral to ASC and the ASB team.',
      ],
    ],
  ),
  tc(
    'sf8-04',
    'social-care',
    'Dear Colleague, I am writing regarding Mrs Edith Marchbank, aged 84, who attended the surgery with her nephew on Tuesday. During the consultation, while her nephew was out of the room, she disclosed that he has taken her bank card and that she has been unable to buy food for the last fortnight. I would be grateful if this could be considered under section 42 of the Care Act. Yours sincerely, Dr Priya Raghavan, GP Partner',
    [
      [
        'SAFEGUARDING',
        'During the consultation, while her nephew was out of the room, she disclosed that he has taken her bank card and that she has been unable to buy food for the last fortnight.',
      ],
    ],
  ),
  tc(
    'sf8-05',
    'social-care',
    "HV contact today re baby Tiago (7 months): weight has dropped from the 25th centile to below the 2nd, there was no formula in the flat and mum admitted she's been watering feeds down to make the tin last. I am raising this as a neglect concern with the duty team and asking for a strategy discussion about Tiago. Heating also not working.",
    [
      [
        'SAFEGUARDING',
        'I am raising this as a neglect concern with the duty team and asking for a strategy discussion about Tiago.',
      ],
    ],
  ),
  tc(
    'sf8-06',
    'social-care',
    "PPN received via MASH overnight. MARAC referral submitted for Ms Shauna Birch following Saturday's incident: DASH score 17, partner put his hands round her throat and smashed her phone so she couldn't call for help. Two children under five were in the house. IDVA allocated this morning.",
    [
      [
        'SAFEGUARDING',
        "MARAC referral submitted for Ms Shauna Birch following Saturday's incident: DASH score 17, partner put his hands round her throat and smashed her phone so she couldn't call for help.",
      ],
    ],
  ),
  tc(
    'sf8-07',
    'social-care',
    "YOT update: Rhys (15) was found by police in an address in Weston on Friday with 30 wraps and about four hundred pounds in cash, and told officers he was 'working off a debt'. He has now been referred into the NRM as a likely victim of criminal exploitation. Next exploitation panel is Thursday, I'll bring him to it.",
    [
      [
        'SAFEGUARDING',
        'He has now been referred into the NRM as a likely victim of criminal exploitation.',
      ],
      ['SAFEGUARDING', 'Next exploitation panel'],
    ],
  ),
  tc(
    'sf8-08',
    'sen',
    "A Year 5 girl, Hodan, told her class teacher at lunchtime that she is going abroad in the summer holidays to 'become a woman' and that there will be a special party for her afterwards. Her older sister went on a similar trip two years ago and came back withdrawn. We believe Hodan is at risk of FGM and have called the police and children's services this afternoon.",
    [
      [
        'SAFEGUARDING',
        "We believe Hodan is at risk of FGM and have called the police and children's services this afternoon.",
      ],
    ],
  ),
  tc(
    'sf8-09',
    'councillor',
    'Cllr Whitmore here. A constituent came to my surgery on Saturday very distressed: her 17-year-old niece, Priya, has been told by her parents she will be married to a man she has never met when the family travel in August, and her passport has been taken off her. The girl is too scared to say anything at home. Who at the council should I take this to urgently?',
    [
      [
        'SAFEGUARDING',
        'A constituent came to my surgery on Saturday very distressed: her 17-year-old niece, Priya, has been told by her parents she will be married to a man she has never met when the family travel in August, and her passport has been taken off her.',
      ],
    ],
  ),
  tc(
    'sf8-10',
    'procurement',
    "During the contract monitoring visit to the hand car wash on our approved list, one of the workers, a man who gave his name as Andrei, told me he sleeps in the back storeroom with five others, has never been paid directly and that the owner keeps his ID card. He looked underfed and kept checking over his shoulder while we spoke. I've referred it to the modern slavery lead and suspended further orders.",
    [
      [
        'SAFEGUARDING',
        'During the contract monitoring visit to the hand car wash on our approved list, one of the workers, a man who gave his name as Andrei, told me he sleeps in the back storeroom with five others, has never been paid directly and that the owner keeps his ID card.',
      ],
      ['SAFEGUARDING', 'modern slavery'],
    ],
  ),
  tc(
    'sf8-11',
    'social-care',
    "Notification from Oakfield House: Lily-Mae went missing from the home at 22:40 last night, her fourth missing episode this month, and came back at 6am in clothes that weren't hers, smelling of alcohol and refusing to say where she'd been. Return home interview requested and police informed.",
    [
      [
        'SAFEGUARDING',
        "Notification from Oakfield House: Lily-Mae went missing from the home at 22:40 last night, her fourth missing episode this month, and came back at 6am in clothes that weren't hers, smelling of alcohol and refusing to say where she'd been.",
      ],
      ['SAFEGUARDING', 'Return home interview'],
    ],
  ),
  tc(
    'sf8-12',
    'sen',
    "Our concern is about a 16-year-old student, Connor Haig, who has been posting videos from an extreme right-wing channel in the class group chat and told his tutor that 'someone needs to sort out' the mosque near his house. We are making a Prevent referral today and have let his social worker know.",
    [
      [
        'SAFEGUARDING',
        "Our concern is about a 16-year-old student, Connor Haig, who has been posting videos from an extreme right-wing channel in the class group chat and told his tutor that 'someone needs to sort out' the mosque near his house.",
      ],
      ['SAFEGUARDING', 'Prevent referral'],
    ],
  ),
  tc(
    'sf8-13',
    'housing',
    "I'm worried about the gentleman at number 9, Mr Fairweather. His curtains have been shut for weeks, there's a terrible smell coming through the letterbox, and when I saw him on Sunday he was thin as a rake and wearing the same clothes he had on at Christmas. He won't let anyone in. Can somebody from the council check on him please?",
    [
      [
        'SAFEGUARDING',
        "His curtains have been shut for weeks, there's a terrible smell coming through the letterbox, and when I saw him on Sunday he was thin as a rake and wearing the same clothes he had on at Christmas.",
      ],
    ],
  ),
  tc(
    'sf8-14',
    'housing',
    "I'm writing because I don't know who else to tell. My husband checks my phone every night, has my wages paid into his account so I have to ask him for bus fare, and says if I ever leave he'll make sure I never see the kids again. I need help with somewhere to live but he can't find out I've contacted you.",
    [
      [
        'SAFEGUARDING',
        "My husband checks my phone every night, has my wages paid into his account so I have to ask him for bus fare, and says if I ever leave he'll make sure I never see the kids again.",
      ],
    ],
  ),
  tc(
    'sf8-15',
    'hr',
    'LADO referral: we have concerns about a teaching assistant, Mr Gareth Lowe, who has been messaging a Year 10 girl on Snapchat late at night and has given her a lift home on two occasions without her parents knowing. The head has asked him to stay at home pending your advice.',
    [
      [
        'SAFEGUARDING',
        'LADO referral: we have concerns about a teaching assistant, Mr Gareth Lowe, who has been messaging a Year 10 girl on Snapchat late at night and has given her a lift home on two occasions without her parents knowing.',
      ],
    ],
  ),
  tc(
    'sf8-16',
    'social-care',
    'Just to let you know, after contact with his dad yesterday Jayden came back with a red handprint on the back of his leg and he\'s been wetting the bed again. When I ran his bath he said "Daddy smacked me hard because I cried". I\'ve taken photos and written it down word for word like you told us to.',
    [
      [
        'SAFEGUARDING',
        "Just to let you know, after contact with his dad yesterday Jayden came back with a red handprint on the back of his leg and he's been wetting the bed again.",
      ],
      ['SAFEGUARDING', 'smacked'],
    ],
  ),
  tc(
    'sf8-17',
    'social-care',
    "Incident report, Beech Lodge: at 03:15 a night carer saw an agency worker push Mrs Adaeze Nwosu (91) back down into her chair by the shoulders and heard him call her a 'stupid old cow'. She has a skin tear on her forearm this morning. Safeguarding alert raised with ASC and the worker has been stood down.",
    [
      [
        'SAFEGUARDING',
        "Incident report, Beech Lodge: at 03:15 a night carer saw an agency worker push Mrs Adaeze Nwosu (91) back down into her chair by the shoulders and heard him call her a 'stupid old cow'.",
      ],
      ['SAFEGUARDING', 'Safeguarding alert'],
    ],
  ),
  tc(
    'sf8-18',
    'social-care',
    "ICPC outcome: Marcus, Tia and baby Reuben Clarke are all to be made subject to child protection plans under the category of neglect. Core group to meet within 10 working days; chair's report to follow.",
    [
      [
        'SAFEGUARDING',
        'ICPC outcome: Marcus, Tia and baby Reuben Clarke are all to be made subject to child protection plans under the category of neglect.',
      ],
    ],
  ),
  tc(
    'sf8-19',
    'social-care',
    'Legal gateway yesterday agreed to go into PLO for the Sandhu children, given the ongoing DV and dad breaching the non-mol twice in a month. Letter before proceedings goes out Monday. Can you book a Punjabi interpreter for the meeting?',
    [
      [
        'SAFEGUARDING',
        'Legal gateway yesterday agreed to go into PLO for the Sandhu children, given the ongoing DV and dad breaching the non-mol twice in a month.',
      ],
    ],
  ),
  tc(
    'sf8-20',
    'benefits',
    "While doing Mrs Greenhalgh's pension credit review I noticed her son became her appointee in January and the payments now go into his account, yet she told me on the phone she hasn't had any money for her shopping since March and her electric has been cut off. She sounded confused and said he 'looks after all that'. Should this go to safeguarding?",
    [
      [
        'SAFEGUARDING',
        "While doing Mrs Greenhalgh's pension credit review I noticed her son became her appointee in January and the payments now go into his account, yet she told me on the phone she hasn't had any money for her shopping since March and her electric has been cut off.",
      ],
    ],
  ),
  tc(
    'sf8-21',
    'it-helpdesk',
    "When I re-imaged the loan laptop handed back by a Year 8 pupil, Oliver Brennan, the browser was still logged into a chat where an adult was asking him to send photos of himself and to keep it secret from his mum. I haven't touched anything else and have passed it to the DSL. Let me know if the device needs to be kept for the police.",
    [
      [
        'SAFEGUARDING',
        'When I re-imaged the loan laptop handed back by a Year 8 pupil, Oliver Brennan, the browser was still logged into a chat where an adult was asking him to send photos of himself and to keep it secret from his mum.',
      ],
    ],
  ),
  tc(
    'sf8-22',
    'social-care',
    's42 concluded for Mr Tomasz Wisniewski - allegation of financial abuse by his lodger substantiated, roughly six thousand pounds taken through his online banking. Bank and police informed, lodger has left. Closing to locality team.',
    [
      [
        'SAFEGUARDING',
        's42 concluded for Mr Tomasz Wisniewski - allegation of financial abuse by his lodger substantiated, roughly six thousand pounds taken through his online banking.',
      ],
    ],
  ),
  tc(
    'sf8-23',
    'social-care',
    "Referral from police: Nadia, 19, has fled the family home after her brothers threatened her over a boyfriend they don't approve of. She says they told her she has shamed the family and 'will be dealt with'. She is in a refuge out of area for now and doesn't want her address shared with anyone.",
    [
      [
        'SAFEGUARDING',
        "Referral from police: Nadia, 19, has fled the family home after her brothers threatened her over a boyfriend they don't approve of.",
      ],
      ['SAFEGUARDING', 'shamed the family'],
    ],
  ),
  tc(
    'sf8-24',
    'sen',
    'Her mum screams at her in the playground at pick-up most days, calling her fat and useless in front of the other parents, and yesterday Ellie begged the TA not to make her go home. She has started pulling her hair out in class. Ellie is 8.',
    [
      [
        'SAFEGUARDING',
        'Her mum screams at her in the playground at pick-up most days, calling her fat and useless in front of the other parents, and yesterday Ellie begged the TA not to make her go home.',
      ],
    ],
  ),
  tc(
    'sf8-25',
    'sen',
    "Kai has been in the same uniform every day this week and it's stiff with dirt, and he's been taking food out of other children's lunchboxes. He told the lunchtime supervisor there's 'no food in the house till mum gets paid'. Head lice untreated since September too.",
    [
      [
        'SAFEGUARDING',
        "He told the lunchtime supervisor there's 'no food in the house till mum gets paid'.",
      ],
      ['SAFEGUARDING', 'Head lice'],
    ],
  ),
  tc(
    'sf8-26',
    'housing',
    "When I called at 14 Alder Road for the gas safety check nobody answered, but I could hear a small child crying and saw through the window she was on her own, and the front door was padlocked from the outside. I waited 40 minutes and no adult came back. I've rung 999 and the police are on their way.",
    [
      [
        'SAFEGUARDING',
        'When I called at 14 Alder Road for the gas safety check nobody answered, but I could hear a small child crying and saw through the window she was on her own, and the front door was padlocked from the outside.',
      ],
    ],
  ),
  tc(
    'sf8-27',
    'social-care',
    'CIN review - mum disclosed that Lee has been back at the property despite the safety plan, and the children saw him throw her against the fridge on Sunday. SW to escalate to strategy discussion, TM aware.',
    [
      [
        'SAFEGUARDING',
        'CIN review - mum disclosed that Lee has been back at the property despite the safety plan, and the children saw him throw her against the fridge on Sunday.',
      ],
      ['SAFEGUARDING', 'strategy discussion'],
    ],
  ),
  tc(
    'sf8-28',
    'sen',
    'At the end of PE today Zainab (11) told me her stepdad comes into her room at night and touches her under her pyjamas, and that she is scared to go home. I did not ask her any more questions and went straight to our DSL.',
    [
      [
        'SAFEGUARDING',
        'At the end of PE today Zainab (11) told me her stepdad comes into her room at night and touches her under her pyjamas, and that she is scared to go home.',
      ],
    ],
  ),
  tc(
    'sf8-29',
    'housing',
    "Housing Options: a young woman, Thi Lan, presented this morning having escaped an address where she says she was made to work in a nail bar seven days a week for no pay and was locked in at night. Her English is limited, so we've booked a Vietnamese interpreter and notified the NRM single point of contact.",
    [
      [
        'SAFEGUARDING',
        'Housing Options: a young woman, Thi Lan, presented this morning having escaped an address where she says she was made to work in a nail bar seven days a week for no pay and was locked in at night.',
      ],
    ],
  ),
  tc(
    'sf8-30',
    'finance',
    "Direct payments audit: Mr Colin Ashworth's DP account shows cash withdrawals of over two thousand pounds in six weeks at a bookmakers, none matched to care invoices, and his grandson now holds the card. The care agency say Mr Ashworth has been left without carers on several days because their invoices went unpaid.",
    [
      [
        'SAFEGUARDING',
        "Direct payments audit: Mr Colin Ashworth's DP account shows cash withdrawals of over two thousand pounds in six weeks at a bookmakers, none matched to care invoices, and his grandson now holds the card.",
      ],
      ['SAFEGUARDING', 'left without carers'],
    ],
  ),
  tc(
    'sf8-31',
    'social-care',
    "Day centre staff are worried about Bethany (24, learning disability), who talks about a 40-year-old 'boyfriend' she met online who takes her to flats where his friends are. She came in on Monday with bruising to her thighs and no memory of the weekend. We think Bethany is being sexually exploited and would like this dealt with under s42.",
    [
      [
        'SAFEGUARDING',
        'We think Bethany is being sexually exploited and would like this dealt with under s42.',
      ],
      ['SAFEGUARDING', 'bruising to'],
    ],
  ),
  tc(
    'sf8-32',
    'social-care',
    "My son Tyler is 14 and since the summer he's had two phones, wads of cash and he disappears for days at a time. Last week he came home with a deep cut across his hand and said he 'can't grass'. I'm terrified he's being used to run drugs and I don't know what to do.",
    [
      ['SAFEGUARDING', "I'm terrified he's being used to run drugs and I don't know what to do."],
      ['SAFEGUARDING', 'two phones, wads of cash and he disappears for days'],
    ],
  ),
  tc(
    'sf8-33',
    'councillor',
    "Forwarding the email below from a resident in my ward. She says her neighbour, Mrs Vera Pollock, who has dementia, has a new 'friend' who visits every day, and since he appeared the front door is often left open at night, the cupboards are bare and Mrs Pollock told her she had 'signed the house over' to him. Could ASC please look into this as a matter of urgency?",
    [
      [
        'SAFEGUARDING',
        "She says her neighbour, Mrs Vera Pollock, who has dementia, has a new 'friend' who visits every day, and since he appeared the front door is often left open at night, the cupboards are bare and Mrs Pollock told her she had 'signed the house over' to him.",
      ],
    ],
  ),
  tc(
    'sf8-34',
    'social-care',
    "Strategy discussion held 10:30 with police, health and school re Aiden Kowalczyk (9), following his disclosure that his mum's boyfriend burnt his hand with a lighter. Threshold met for s47, joint visit with police this afternoon.",
    [
      [
        'SAFEGUARDING',
        "Strategy discussion held 10:30 with police, health and school re Aiden Kowalczyk (9), following his disclosure that his mum's boyfriend burnt his hand with a lighter.",
      ],
    ],
  ),
  tc(
    'sf8-35',
    'hr',
    "I need some advice. One of my team, Sarah in Revenues, came in today with a black eye and finger marks on her neck and eventually told me her partner did it and it has happened before. She asked me not to tell anyone but I'm worried about her and her two little ones.",
    [
      [
        'SAFEGUARDING',
        'One of my team, Sarah in Revenues, came in today with a black eye and finger marks on her neck and eventually told me her partner did it and it has happened before.',
      ],
    ],
  ),
  tc(
    'sf8-n01',
    'hr',
    "Reminder: everyone in Children's Services must complete the refreshed Level 2 safeguarding e-learning by 31 March. The module covers recognising abuse and neglect, the role of the LADO and how to make a referral to the MASH. Completion will be checked in supervision.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n02',
    'hr',
    "We are recruiting a Principal Social Worker (Safeguarding Adults), grade M4, 37 hours a week. You will quality-assure section 42 enquiries, lead learning from safeguarding adults reviews and support the Board's work on self-neglect and financial abuse. Closing date Friday 14 June.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n03',
    'hr',
    "Hi all, DBS renewals for the youth service are due this quarter. Please bring two forms of ID to the HR hub on Tuesday so we can verify them before the enhanced checks go in; anyone whose certificate is more than three years old can't lone-work until the new one comes back.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n04',
    'social-care',
    "Q3 performance summary: referrals to children's social care rose 12% on the same period last year, section 47 enquiries were up 8%, and the number of children subject to a child protection plan fell slightly to 312. Neglect remains the most common category at 48% of plans.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n05',
    'social-care',
    'Safeguarding Adults Board minutes, item 4: the Board noted the thematic review on financial abuse and agreed that the multi-agency self-neglect protocol should be refreshed by September. Action: business manager to circulate the revised draft to partners.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n06',
    'sen',
    'Headteachers - the updated Keeping Children Safe in Education guidance comes into force on 1 September. Key changes include clearer expectations on filtering and monitoring and on children missing education. Please make sure your DSL goes through Part 1 with all staff before term starts.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n07',
    'social-care',
    "Places are still available on 'Recognising Neglect', a one-day course for early help practitioners, health visitors and school staff on Thursday 7 November. The course uses the Graded Care Profile and looks at how neglect can be missed when families present well. Book through the learning portal.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n08',
    'hr',
    "Fire safety reminder: the alarm is tested every Wednesday at 10am and floor wardens should check that escape routes are clear. Please stop wedging open the fire doors in the Children's Services corridor - they are there to keep everyone safe.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n09',
    'sen',
    'Online safety tips for parents this half-term: keep devices out of bedrooms at night, switch on parental controls, and talk to your child about who they are chatting to in games. If you are ever worried that a child is being groomed online, you can report it to CEOP.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n10',
    'procurement',
    "Invitation to tender: the council is procuring a replacement case management system for children's and adults' social care, including modules for child protection conferences, section 42 workflows and MARAC referrals. Bidders must demonstrate role-based access and a full audit trail. Clarification questions close on 3 May.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n11',
    'sen',
    'If you have a safeguarding concern about a child, please contact the MASH during office hours or the Emergency Duty Team out of hours. Our Designated Safeguarding Lead is Mrs Helen Carter, Deputy Head, and the deputy DSL is Mr Tom Reilly.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n12',
    'finance',
    'Internal audit report: the review of safeguarding arrangements in commissioned domiciliary care found that 3 of 10 providers could not evidence up-to-date safeguarding training for all staff. Management actions have been agreed and will be followed up in Q2. Overall assurance: limited.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n13',
    'councillor',
    "In this month's ward newsletter: National Safeguarding Adults Week starts on 18 November, with drop-in sessions at the library on spotting scams and financial abuse. The council's new domestic abuse strategy is also out for consultation until the end of the month, so do have your say.",
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n14',
    'it-helpdesk',
    'The safeguarding module in the case recording system will be unavailable on Saturday from 8pm to midnight for an upgrade. Any urgent child protection or s42 records should be drafted offline and uploaded on Sunday. Apologies for any inconvenience.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n15',
    'housing',
    'The draft housing domestic abuse policy has been updated to reflect the Domestic Abuse Act 2021, including the duty to provide safe accommodation and the use of sanctuary schemes. Please send comments to the policy team by 30 June.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n16',
    'social-care',
    'Procedure update: strategy discussions must now be recorded within one working day, and the outcome of every section 47 enquiry has to be authorised by a team manager. The revised threshold document is on the intranet.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n17',
    'sen',
    'SENCO network agenda: 1) EHCP annual review timescales, 2) SEND and safeguarding - why disabled children are more vulnerable to abuse and less likely to be heard, 3) AOB. Refreshments from 3.30pm.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n18',
    'benefits',
    'Team briefing: if a customer discloses abuse, or you are worried about them during a call, follow the adult safeguarding flowchart on page 6 and speak to your line manager before you close the case. Never promise a caller that you will keep it secret.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n19',
    'hr',
    'Thank you to everyone who came to the Prevent and radicalisation awareness session last week. The slides are on the SharePoint page and the feedback survey closes on Friday. The next session, on county lines and cuckooing, will be in the spring.',
    [],
    ['SAFEGUARDING'],
  ),
  tc(
    'sf8-n20',
    'councillor',
    'Cllr Ahmed asked at scrutiny committee how many modern slavery referrals the council made last year; the answer is 23, up from 15, with most relating to labour exploitation. Officers will bring a fuller report on the NRM process to the March meeting.',
    [],
    ['SAFEGUARDING'],
  ),
];

/** Round eight: 30 special-category (not health) positives and 20 hard negatives. */
export const freshEighthSpecialOther: readonly CorpusCase[] = [
  tc(
    'so8-01',
    'hr',
    "Hi Fiona, notes from this morning's grievance hearing attached. Gareth Pritchard confirmed he has been a paid-up Unison member since 2014 and wants his branch secretary copied into all further correspondence. We reconvene on Thursday.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Gareth Pritchard confirmed he has been a paid-up Unison member since 2014 and wants his branch secretary copied into all further correspondence.',
      ],
    ],
  ),
  tc(
    'so8-02',
    'hr',
    "Imran Qureshi has asked whether he can take his lunch break at 13:15 rather than 12:30 on Fridays so he can attend Jummah prayers at the mosque on Carlton Road. I can't see any operational problem with this. Could you confirm it is fine to agree informally?",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Imran Qureshi has asked whether he can take his lunch break at 13:15 rather than 12:30 on Fridays so he can attend Jummah prayers at the mosque on Carlton Road.',
      ],
    ],
  ),
  tc(
    'so8-03',
    'hr',
    'Quick one before the rota goes out. Nadia will be fasting for Ramadan from next week, so she has asked to swap onto the early shift and finish by four. Happy to sign it off if you are.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Nadia will be fasting for Ramadan from next week, so she has asked to swap onto the early shift and finish by four.',
      ],
    ],
  ),
  tc(
    'so8-04',
    'hr',
    'Tom, in our one-to-one on Tuesday Daniel Okafor told me he is gay and that he has recently moved in with his partner. He is comfortable with the team knowing but asked that it not go on his file. Can you advise how we handle the next-of-kin update?',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Tom, in our one-to-one on Tuesday Daniel Okafor told me he is gay and that he has recently moved in with his partner.',
      ],
    ],
  ),
  tc(
    'so8-05',
    'hr',
    'Sian has let me know, in confidence, that she is transitioning and will be using the name Rhys from the start of next month. He would like his email display name, ID badge and payroll record changed on the same day. Please can HR Ops pick this up without it being discussed in the wider team.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Sian has let me know, in confidence, that she is transitioning and will be using the name Rhys from the start of next month.',
      ],
    ],
  ),
  tc(
    'so8-06',
    'housing',
    'Case update for the panel. The Mensah family are Black British of Ghanaian heritage and the abuse shouted at them on the landing last week was explicitly racial, so this is being logged as a hate incident. We are recommending a management transfer on priority band A.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The Mensah family are Black British of Ghanaian heritage and the abuse shouted at them on the landing last week was explicitly racial, so this is being logged as a hate incident.',
      ],
    ],
  ),
  tc(
    'so8-07',
    'housing',
    "Mr Patrick Doherty is an Irish Traveller and has told us that bricks-and-mortar housing is culturally unsuitable for his household. Can we look at whether a pitch at the Meadow Lane site is coming up? I've noted his preference on the allocation form.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mr Patrick Doherty is an Irish Traveller and has told us that bricks-and-mortar housing is culturally unsuitable for his household.',
      ],
    ],
  ),
  tc(
    'so8-08',
    'housing',
    'Hello both. Mrs Lakatos and her three children are Roma from Slovakia and she has asked that any interpreter we book is not from the same town, because of tensions within the community there. Their viewing is on Wednesday afternoon.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mrs Lakatos and her three children are Roma from Slovakia and she has asked that any interpreter we book is not from the same town, because of tensions within the community there.',
      ],
    ],
  ),
  tc(
    'so8-09',
    'social-care',
    "I've updated section 4 of the care plan. Amara is being brought up Catholic and her mother has asked that she continues to attend Mass on Sundays and makes her First Holy Communion next spring. Her heritage is mixed Nigerian and white Irish, which we should reflect in life story work.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Amara is being brought up Catholic and her mother has asked that she continues to attend Mass on Sundays and makes her First Holy Communion next spring.',
      ],
      ['SPECIAL_CATEGORY_OTHER', 'white Irish'],
    ],
  ),
  tc(
    'so8-10',
    'social-care',
    'Matching meeting outcome: we are proposing the Gill family for Harjit because they are practising Sikhs and can support him to keep his kesh and attend the gurdwara as he does now. The IRO has been informed.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Matching meeting outcome: we are proposing the Gill family for Harjit because they are practising Sikhs and can support him to keep his kesh and attend the gurdwara as he does now.',
      ],
    ],
  ),
  tc(
    'so8-11',
    'social-care',
    "Dear Kerry, just to flag for the review: Yusuf's father is Kurdish and his mother is Turkish Cypriot, and both parents want him to retain his Kurdish identity and language. The current carers have been asked to find a Saturday school.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Yusuf's father is Kurdish and his mother is Turkish Cypriot, and both parents want him to retain his Kurdish identity and language.",
      ],
    ],
  ),
  tc(
    'so8-12',
    'councillor',
    'Cllr Hughes, I had a call from Mrs Beverley Thornton about the bin collections. She made a point of telling me she has been a Conservative Party member for thirty years and feels the ward has been ignored since the last election. She would like you to ring her back.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'She made a point of telling me she has been a Conservative Party member for thirty years and feels the ward has been ignored since the last election.',
      ],
    ],
  ),
  tc(
    'so8-13',
    'councillor',
    "Casework ref 2291. The constituent, Mr Alan Brierley, says he is a lifelong Labour voter and active in his local CLP, and he believes his planning objection was dismissed for that reason. I've explained the process but he has asked for a meeting with you.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'The constituent, Mr Alan Brierley, says he is a lifelong Labour voter and active in his local CLP, and he believes his planning objection was dismissed for that reason.',
      ],
    ],
  ),
  tc(
    'so8-14',
    'councillor',
    'Member services note. Officers have been told that Priya Raman in the planning team stood as a Green Party candidate in the neighbouring borough in May and has been leafleting for them since. The politically restricted posts list has been checked and her role is not on it.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Officers have been told that Priya Raman in the planning team stood as a Green Party candidate in the neighbouring borough in May and has been leafleting for them since.',
      ],
    ],
  ),
  tc(
    'so8-15',
    'hr',
    'Elections team, staffing for the count. Please do not put Martin Caldwell on the Reform UK table: he is a member of Reform and has canvassed for their candidate this time round. Everything else on the rota stands.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'he is a member of Reform and has canvassed for their candidate this time round',
      ],
    ],
  ),
  tc(
    'so8-16',
    'it-helpdesk',
    'Ticket closed. Fingerprint templates for Olusegun Adeyemi have been enrolled on the Civic Centre door readers (both index fingers) and linked to his staff record. His old proximity fob has been deactivated.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Fingerprint templates for Olusegun Adeyemi have been enrolled on the Civic Centre door readers (both index fingers) and linked to his staff record.',
      ],
    ],
  ),
  tc(
    'so8-17',
    'it-helpdesk',
    "Hi, the face-recognition entry at the depot keeps rejecting Ewa Nowak. We've deleted her stored facial template and will re-capture it when she is next on site. Until then security will sign her in manually.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "We've deleted her stored facial template and will re-capture it when she is next on site.",
      ],
    ],
  ),
  tc(
    'so8-18',
    'social-care',
    'The court bundle now includes the DNA report. It confirms to 99.99% that Mr Liam Forsyth is the biological father of Ellie-Mae, and the guardian has been sent a copy. Contact arrangements will be considered at the next hearing.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'It confirms to 99.99% that Mr Liam Forsyth is the biological father of Ellie-Mae, and the guardian has been sent a copy.',
      ],
      ['SPECIAL_CATEGORY_OTHER', 'DNA report'],
    ],
  ),
  tc(
    'so8-19',
    'social-care',
    'Following the paternity test, Mr Kwame Asante has been excluded as the father of baby Zion. The local authority will therefore not be pursuing his assessment as a connected person.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Following the paternity test, Mr Kwame Asante has been excluded as the father of baby Zion.',
      ],
    ],
  ),
  tc(
    'so8-20',
    'hr',
    'Further to the investigation meeting, Jodie Marsh says the comments made by her supervisor started after she mentioned she was bisexual at the Christmas do. She has named two witnesses. Please add this to the terms of reference.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Jodie Marsh says the comments made by her supervisor started after she mentioned she was bisexual at the Christmas do.',
      ],
    ],
  ),
  tc(
    'so8-21',
    'hr',
    'Hi Lucy - Chaim Rosenberg has asked not to be rostered on Friday late shifts or Saturdays because he keeps Shabbat. He is happy to pick up Sundays instead. Can the contract variation reflect that?',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Chaim Rosenberg has asked not to be rostered on Friday late shifts or Saturdays because he keeps Shabbat.',
      ],
    ],
  ),
  tc(
    'so8-22',
    'hr',
    'For the tribunal bundle: the claimant, Ms Rachel Whitfield, holds gender-critical beliefs which she says are protected philosophical beliefs under the Equality Act, and she alleges she was removed from the staff network because of them. Legal have the full statement.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'the claimant, Ms Rachel Whitfield, holds gender-critical beliefs which she says are protected philosophical beliefs under the Equality Act, and she alleges she was removed from the staff network because of them.',
      ],
    ],
  ),
  tc(
    'so8-23',
    'hr',
    'Attendance at disciplinary, Monday 10am: Karen Lloyd (chair), Steve Bains (HR), and the employee, Dean Fowler, who will be accompanied by Paul Ingram as his GMB rep, Dean being a GMB member. Room 2.14 is booked.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Dean Fowler, who will be accompanied by Paul Ingram as his GMB rep, Dean being a GMB member',
      ],
    ],
  ),
  tc(
    'so8-24',
    'benefits',
    "Ms Teresa Flynn has told us she is a Jehovah's Witness and will not accept the appointment on Saturday morning because of a congregation commitment. Please rebook her council tax reduction interview for a weekday.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Ms Teresa Flynn has told us she is a Jehovah's Witness and will not accept the appointment on Saturday morning because of a congregation commitment.",
      ],
    ],
  ),
  tc(
    'so8-25',
    'sen',
    "EHCP draft, section E. Ravi's family are Hindu and vegetarian, and his parents have asked that school trips and residentials take this into account. They would also like him released for Diwali.",
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        "Ravi's family are Hindu and vegetarian, and his parents have asked that school trips and residentials take this into account.",
      ],
      ['SPECIAL_CATEGORY_OTHER', 'for Diwali'],
    ],
  ),
  tc(
    'so8-26',
    'procurement',
    'Re the supplier site visit: Ahmed from the contractor mentioned to Callum that he is a shop steward for Unite at their Leeds depot, so he may want to raise the TUPE consultation separately. Worth knowing before the meeting.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Ahmed from the contractor mentioned to Callum that he is a shop steward for Unite at their Leeds depot, so he may want to raise the TUPE consultation separately.',
      ],
    ],
  ),
  tc(
    'so8-27',
    'housing',
    'Can you update the tenancy record? Mr Bartholomew and Mr Achebe are a same-sex couple and want to be joint tenants; Mr Achebe asked that the relationship is not mentioned to the neighbours during the succession visit.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mr Bartholomew and Mr Achebe are a same-sex couple and want to be joint tenants',
      ],
    ],
  ),
  tc(
    'so8-28',
    'finance',
    'The payroll query from Shauna Reilly is because she has cancelled her union subscription deduction - she left the NEU last month after the strike ballot. Please stop the deduction from the next pay run.',
    [
      ['SPECIAL_CATEGORY_OTHER', 'she left the NEU last month after the strike ballot'],
      ['SPECIAL_CATEGORY_OTHER', 'her union'],
    ],
  ),
  tc(
    'so8-29',
    'councillor',
    'Dear Councillor Ahmed, the resident I mentioned, Mr Emeka Nwosu, is a trustee of the local branch of the Humanists and asked that the civic service include a non-religious reflection. He would be willing to read it himself.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mr Emeka Nwosu, is a trustee of the local branch of the Humanists and asked that the civic service include a non-religious reflection',
      ],
    ],
  ),
  tc(
    'so8-30',
    'social-care',
    'Assessment summary: Mia, 15, came out as a lesbian to her key worker last week and does not want her foster carers told yet. We will revisit this at her next review.',
    [
      [
        'SPECIAL_CATEGORY_OTHER',
        'Mia, 15, came out as a lesbian to her key worker last week and does not want her foster carers told yet.',
      ],
    ],
  ),
  tc(
    'so8-n01',
    'procurement',
    'The framework was originally tendered under European Union rules and has been re-let under the Procurement Act. Suppliers should note the revised threshold values in the attached schedule.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n02',
    'finance',
    "Labour costs on the highways contract rose 8% in Q3, mainly because of agency cover. We have taken a conservative estimate of a further 3% for next year's budget.",
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n03',
    'hr',
    'Room booking: the union rep training day is in Committee Room 1 on the 14th, 9:30 to 4. Please could facilities set up for 20 with a projector and tea at 11.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n04',
    'hr',
    'Attached is the updated equality monitoring form template. It now asks about ethnicity, religion or belief, sexual orientation and trade union membership, and every question includes a "prefer not to say" option. Please replace the old version on the intranet.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n05',
    'hr',
    'Our LGBTQ+ staff network is hosting a Pride month lunch in the atrium on the 21st. All colleagues and allies are welcome, and there will be a short talk on the history of Pride.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n06',
    'social-care',
    'For service planning, the attached faith calendar lists Ramadan, Eid, Diwali, Vaisakhi, Passover and Christmas dates for the coming year. Teams should avoid scheduling reviews on the main festival days where possible.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n07',
    'councillor',
    'The 2021 Census shows that 12% of residents identify as Muslim and 4% as Sikh, while 2.1% identify as lesbian, gay or bisexual. These figures will inform the ward profiles for the new Local Plan.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n08',
    'procurement',
    'Lot 3 covers biometric (fingerprint) time-clocks for the depots. Bidders must confirm templates are stored encrypted on the device and that a DPIA template is supplied with the tender response.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n09',
    'councillor',
    'Following the by-election, the political balance on committees is recalculated as Labour 28, Conservative 17, Liberal Democrat 6 and Independent 3. Group leaders should submit nominations by Friday.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n10',
    'housing',
    'A party wall act notice has been served on the council as the adjoining owner of 14 and 16 Station Terrace. Building surveying will appoint an agreed surveyor.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n11',
    'councillor',
    'Under the revised flag policy the Union Jack will fly from the Town Hall on the designated days, and the Pride flag and Armed Forces flag on their respective weeks. Requests for other flags go to the Chief Executive.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n12',
    'councillor',
    'Agenda for the interfaith forum, Wednesday 6pm: 1. welcome; 2. update on the shared Remembrance event; 3. community cohesion grants; 4. any other business. Representatives from the churches, mosques, gurdwara and synagogue have confirmed.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n13',
    'hr',
    'The draft race equality action plan sets three targets: reduce the ethnicity pay gap, increase Black and Asian representation at grade 10 and above, and publish recruitment data by ethnicity annually. Comments to the EDI lead by month end.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n14',
    'finance',
    'The annual pension statement has been delayed by the European Union withdrawal changes to data transfer arrangements. Payroll expects the files to be issued next week.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n15',
    'it-helpdesk',
    'Reminder: Windows Hello facial recognition is disabled on council laptops by policy. Please use your PIN or smartcard to sign in.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n16',
    'hr',
    'Trade union facility time for the year totalled 1.4 FTE across Unison, GMB and Unite. This figure must be published under the facility time regulations by 31 July.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n17',
    'sen',
    'The SEN training session will cover how schools should respond to religious observance requests in general, including fasting and prayer space, with case studies drawn from published guidance.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n18',
    'councillor',
    'Purdah guidance: during the pre-election period officers must not publish material that could be seen as supporting any political party, and social media posts should be paused.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n19',
    'social-care',
    'The fostering recruitment campaign aims to reach more carers from Black, Asian and mixed heritage communities, and from all faiths, so that matching can better reflect the children we look after.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
  tc(
    'so8-n20',
    'benefits',
    'The genetic testing guidance from the DWP confirms that benefit assessments do not take genetic test results into account. Staff should refer any questions to the policy team.',
    [],
    ['SPECIAL_CATEGORY_OTHER'],
  ),
];

/** Round eight: 30 credential positives and 20 hard negatives. */
export const freshEighthCredential: readonly CorpusCase[] = [
  tc(
    'cr8-01',
    'it-helpdesk',
    "Hi Priya, I've reset your network account as requested. I've set your temporary password to Tulip-Harbour47 and you'll be asked to change it the first time you log on. Any problems, ring the service desk on ext 4400.",
    [['CREDENTIAL', 'Tulip-Harbour47']],
  ),
  tc(
    'cr8-02',
    'housing',
    "Morning all, the Housing Options shared mailbox password was changed after Dave left on Friday. New one is Kestrel2024! so please update it on your phones, and don't write it on the whiteboard this time.",
    [['CREDENTIAL', 'Kestrel2024!']],
  ),
  tc(
    'cr8-03',
    'social-care',
    "Just confirming for tomorrow's double-up call at Mrs Ellison's: the code for the keysafe is 4719 and the box is to the left of the back door. Please scramble the dials after you lock up.",
    [['CREDENTIAL', '4719']],
  ),
  tc(
    'cr8-04',
    'procurement',
    'For the early delivery at Fenwick Road depot on Monday, the alarm code is 28063 followed by the tick button. If it starts beeping you have about 30 seconds before it calls the monitoring centre.',
    [['CREDENTIAL', '28063']],
  ),
  tc(
    'cr8-05',
    'finance',
    "Your new purchasing card came into the finance post today. PIN for it is 8302 - I'd rather not email it but you're off from tomorrow, so please delete this once you've memorised it.",
    [['CREDENTIAL', '8302']],
  ),
  tc(
    'cr8-06',
    'finance',
    'Following my earlier email with the Q3 budget monitoring workbook, the password for the attachment is Brg!7qLm2x. Sending it separately as per the data handling guidance.',
    [['CREDENTIAL', 'Brg!7qLm2x']],
  ),
  tc(
    'cr8-07',
    'hr',
    "Sarah, the zip with the hearing bundle for next Thursday is protected. pwd: Oakfield_Hearing_19 - let me know if it won't open on your laptop and I'll bring a printed copy.",
    [['CREDENTIAL', 'Oakfield_Hearing_19']],
  ),
  tc(
    'cr8-08',
    'it-helpdesk',
    "Dan, here's the sandbox key for the waste collection API so you can test the bin-day lookup: api_key=sk_test_4f9a2c7e81b0d3f65e2a. It only hits the staging server so no harm if you hammer it.",
    [['CREDENTIAL', 'sk_test_4f9a2c7e81b0d3f65e2a']],
  ),
  tc(
    'cr8-09',
    'it-helpdesk',
    "App registration for the new forms integration is done. Client ID 6b1e4a90-2c7d-4f3e-9a18-0d5c2e7b4f61, client secret Qm8~vX2.pLr9_Tz4KwYb1NcH0sDf3gA-eJ6. It is also in the key vault but you'll need it for the Postman collection today.",
    [['CREDENTIAL', 'Qm8~vX2.pLr9_Tz4KwYb1NcH0sDf3gA-eJ6']],
  ),
  tc(
    'cr8-10',
    'social-care',
    'Welcome to the Adults North team, Femi. Your case management login is FOKAFOR and for your first session the password is Welcome#Team31; the system will make you pick a new one straight away.',
    [['CREDENTIAL', 'Welcome#Team31']],
  ),
  tc(
    'cr8-11',
    'it-helpdesk',
    'Voicemail on your desk phone is now set up. Dial 8000 from your extension, enter 590317 when it asks for your PIN, then follow the prompts to record a greeting.',
    [['CREDENTIAL', '590317']],
  ),
  tc(
    'cr8-12',
    'benefits',
    "For the team's DWP portal account, the memorable word we registered is marmalade. It will ask for random letters from it, e.g. the 2nd and 5th, not the whole thing.",
    [['CREDENTIAL', 'marmalade']],
  ),
  tc(
    'cr8-13',
    'councillor',
    'Cllr Hughes, your council iPad is ready for collection from Member Services. The passcode is currently 271864 until you change it under Settings > Face ID & Passcode.',
    [['CREDENTIAL', '271864']],
  ),
  tc(
    'cr8-14',
    'finance',
    'Account details for the new starter in Revenues:\nUsername: jsmith  Password: Rx72!pLuvk\nPlease hand these over in person rather than forwarding.',
    [['CREDENTIAL', 'Rx72!pLuvk']],
  ),
  tc(
    'cr8-15',
    'sen',
    "The Wi-Fi in the SEN team room at Elm House has changed. It's now three words, lower case with spaces: copper lantern meadow. The network name is the same as before.",
    [['CREDENTIAL', 'copper lantern meadow']],
  ),
  tc(
    'cr8-16',
    'hr',
    'Hi Gemma, for the Saturday shift at Westgate Library the staff entrance is the side door by the bike racks. Door entry code C1479X, then push firmly as it sticks.',
    [['CREDENTIAL', 'C1479X']],
  ),
  tc(
    'cr8-17',
    'housing',
    "The shared folder for the tenancy audit is locked down now. Use Audit!Spring24 to get in - the username is housingaudit and it's read-only for everyone except Lorraine.",
    [['CREDENTIAL', 'Audit!Spring24']],
  ),
  tc(
    'cr8-18',
    'procurement',
    "Couldn't get the tender portal to send you an invite, so for now log in as tenders_admin with Fv9#kd2Wq8 and I'll sort out individual accounts next week.",
    [['CREDENTIAL', 'Fv9#kd2Wq8']],
  ),
  tc(
    'cr8-19',
    'sen',
    'Guest wifi at the civic centre: network CivicGuest, pw civic-visitor-88. Can you give it to the Ofsted inspectors when they arrive at reception?',
    [['CREDENTIAL', 'civic-visitor-88']],
  ),
  tc(
    'cr8-20',
    'social-care',
    "Re: Mr Abara, 14 Hollins Lane - key safe number: 1066 (easy to remember, Battle of Hastings). It's under the porch light. Carers please knock loudly first as he is hard of hearing.",
    [['CREDENTIAL', '1066']],
  ),
  tc(
    'cr8-21',
    'finance',
    'Encryption key for the SFTP transfer of the business rates batch to the Valuation Office: 3c7e91a0d4b25f68e1a9c03b7d2f5e84a6c19b0372de5f4a8b61c0e93d7f2a15. Rotate it after the March run.',
    [['CREDENTIAL', '3c7e91a0d4b25f68e1a9c03b7d2f5e84a6c19b0372de5f4a8b61c0e93d7f2a15']],
  ),
  tc(
    'cr8-22',
    'it-helpdesk',
    "I've regenerated the webhook signing secret for the payments callback, new value is a3ZQbW9yZVRlc3REYXRhMTIzNDU2Nzg5MGFiY2Q= and the old one stops working at midnight. Can you drop it into the .env on the test box?",
    [['CREDENTIAL', 'a3ZQbW9yZVRlc3REYXRhMTIzNDU2Nzg5MGFiY2Q=']],
  ),
  tc(
    'cr8-23',
    'social-care',
    'The safeguarding referral I sent at 10:40 is encrypted. Passphrase is velvet otter kingdom - all lower case, single spaces between the words.',
    [['CREDENTIAL', 'velvet otter kingdom']],
  ),
  tc(
    'cr8-24',
    'hr',
    "Hi Tom, the payroll system locked you out after three tries so I've reset it. Temp pw = Payroll@9981 - change it as soon as you're in, it expires in 24 hours.",
    [['CREDENTIAL', 'Payroll@9981']],
  ),
  tc(
    'cr8-25',
    'councillor',
    'Your ward surgery laptop is set up. The BitLocker PIN at start-up is 731942, and after that the Windows password is the same one you already use for your council email.',
    [['CREDENTIAL', '731942']],
  ),
  tc(
    'cr8-26',
    'sen',
    "I've created a parent portal account for Mrs Begum ahead of the annual review. Her one-time login code is 7Q4MX92K, valid for 48 hours, and she'll choose her own password after that.",
    [['CREDENTIAL', '7Q4MX92K']],
  ),
  tc(
    'cr8-27',
    'benefits',
    'Your smartcard for the DWP systems has been reissued and is in the locked drawer in Room 2.14. The passcode on the card is 48215, same as the one you had before.',
    [['CREDENTIAL', '48215']],
  ),
  tc(
    'cr8-28',
    'housing',
    'Boiler room at Sutton Court now has a digital lock. Press C to clear, then 2-5-8-4, then the key symbol - the handle needs lifting, not pushing down.',
    [['CREDENTIAL', '2-5-8-4']],
  ),
  tc(
    'cr8-29',
    'procurement',
    "The tender documents are on the portal, but the pricing schedule is a protected Excel file. It's Tend3r-Lot2-Ws! (case-sensitive) - please don't circulate it beyond the evaluation panel.",
    [['CREDENTIAL', 'Tend3r-Lot2-Ws!']],
  ),
  tc(
    'cr8-30',
    'it-helpdesk',
    'Sorry, forgot to include it in my last message. The admin console for the print room MFD takes pr1ntR00m! as the password; the username is just admin.',
    [['CREDENTIAL', 'pr1ntR00m!']],
  ),
  tc(
    'cr8-n01',
    'it-helpdesk',
    'Reminder: from 1 April all network passwords must be at least 12 characters long. We recommend a passphrase made of three random words rather than a single word with numbers on the end.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n02',
    'hr',
    'Please never share your password with anyone, including managers or IT staff. The service desk will never ask you for it by email or over the phone.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n03',
    'it-helpdesk',
    'Your password expires in 5 days. To change it, press Ctrl+Alt+Del on a council laptop and choose Change a password.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n04',
    'it-helpdesk',
    'We\'ve had several reports of an email titled "Mailbox quota exceeded - verify your password now". Do not click the link or enter your password; report it using the Phish Alert button and delete it.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n05',
    'benefits',
    "If you're locked out, you can reset your password at the self-service portal using the security questions you registered when you joined. The desk can't reset it for you over email.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n06',
    'it-helpdesk',
    'To set up MFA, install Microsoft Authenticator on your work phone, scan the QR code shown on screen, then type in the 6-digit code the app displays to finish.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n07',
    'hr',
    "The password for the team Wi-Fi is in the usual place in the blue folder. If you can't find it I'll phone you with it when I'm out of my meeting.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n08',
    'procurement',
    'We are inviting quotes for the supply and installation of 250 police-approved keysafes for the reablement service. Lot 2 covers fitting and the specification is attached; deadline for returns is 12 noon on 30 May.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n09',
    'finance',
    'Please raise a purchase order for 12 PIN entry devices for the cash office, supplier part number PED-4420, unit cost £89 plus VAT.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n10',
    'housing',
    'When you log in to the tenant portal for the first time, a passcode will be sent by text to the mobile number we hold for you. If your number has changed, please call us first.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n11',
    'housing',
    'Ref: HX-2231 - damp and mould inspection at Flat 3, Marlow House. Job code 55819 has been raised with the contractor for Tuesday morning.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n12',
    'sen',
    "Join the SEND panel on Teams at 2pm: Meeting ID 843 2291 0045. There's no passcode on this one, just use the link in the calendar invite.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n13',
    'procurement',
    'Your order 7740192 for toner cartridges has been dispatched and should arrive within two working days. Tracking number JD0002214490.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n14',
    'hr',
    'The training room is booked for 14 March, 9:30 to 4:00, booking reference BK-30918. Please quote it if you need to change the numbers attending.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n15',
    'hr',
    'Staff discount reminder: show your ID badge and use the voucher code STAFF15 at the till for 15% off at the leisure centre café until the end of June.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n16',
    'it-helpdesk',
    'New starter account for Revenues created.\nUsername: jsmith  Password: ********\nThe password itself will be sent separately by text to the line manager.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n17',
    'councillor',
    "Cllr Patel asked whether she can use the same password for her iPad and her council email. I've advised against it and suggested a passcode she doesn't use anywhere else.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n18',
    'social-care',
    "The keysafe code for Mr Doyle has been changed by his daughter. Please ring the office on 01632 960412 for the new one before your visit - it won't be put in the rota.",
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n19',
    'benefits',
    'Claim reference HB-558213: the applicant has forgotten her online account password and has been told to use the "Forgot password" link on the login page.',
    [],
    ['CREDENTIAL'],
  ),
  tc(
    'cr8-n20',
    'it-helpdesk',
    "The API key for the mapping service is kept in Azure Key Vault under the name gis-prod-key. Please don't paste the key into Teams chats or service desk tickets.",
    [],
    ['CREDENTIAL'],
  ),
];
