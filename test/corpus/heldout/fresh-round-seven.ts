// Fresh round-seven set: safeguarding wording from social workers, DSLs, housing, GPs and councillors with hard negatives, written before the round-seven change it guided (see docs/heldout-evaluation.md).
import { tc, type CorpusCase } from '../types';

/** A positive whose label is the one sentence that states the safeguarding matter. */
function pos(id: string, area: CorpusCase['area'], text: string, sentence: string): CorpusCase {
  return tc(id, area, text, [['SAFEGUARDING', sentence]]);
}

/** A hard negative for SAFEGUARDING: safeguarding words, no person's case. */
function neg(id: string, area: CorpusCase['area'], text: string): CorpusCase {
  return tc(id, area, text, [], ['SAFEGUARDING']);
}

/** Round seven: written before any round-seven change and scored first with the detectors as they stood (30 positives, 18 hard negatives). */
export const freshSeventhCases: readonly CorpusCase[] = [
  pos(
    'sf7-01',
    'social-care',
    'Hi Sam, quick update on the Okafor family. Tyler (9) arrived at breakfast club with a mark across his cheek and said his mum\'s boyfriend "lost it" last night. I have spoken to the duty team and a strategy discussion is being convened for 2pm.',
    'Tyler (9) arrived at breakfast club with a mark across his cheek and said his mum\'s boyfriend "lost it" last night.',
  ),
  pos(
    'sf7-02',
    'sen',
    'As DSL I have logged a concern on CPOMS today: Lily in Year 4 has come in unwashed and hungry four days running and says there is no electric at home.',
    'As DSL I have logged a concern on CPOMS today: Lily in Year 4 has come in unwashed and hungry four days running and says there is no electric at home.',
  ),
  pos(
    'sf7-03',
    'social-care',
    'Case note 14/03: visited Mrs Adeyemi (84) at home. Her grandson now holds her bank card and she could not say where her pension goes each week; she became tearful when asked.',
    'Her grandson now holds her bank card and she could not say where her pension goes each week; she became tearful when asked.',
  ),
  pos(
    'sf7-04',
    'housing',
    'Tenancy visit to Flat 12: the tenant appears to have two men living with him who answer the door and speak for him. He looked frightened and would not talk while they were in the room.',
    'the tenant appears to have two men living with him who answer the door and speak for him.',
  ),
  pos(
    'sf7-05',
    'social-care',
    'Kacey went missing from her placement again on Saturday night and was returned by police at 4am from an address in Leeds; this is her sixth missing episode since January.',
    'Kacey went missing from her placement again on Saturday night and was returned by police at 4am from an address in Leeds; this is her sixth missing episode since January.',
  ),
  pos(
    'sf7-06',
    'councillor',
    "Dear Cllr Patel, I am writing about my neighbour's children. They are out on the street until midnight most nights, I hear screaming through the wall and I have not seen their mother for a week.",
    'They are out on the street until midnight most nights, I hear screaming through the wall and I have not seen their mother for a week.',
  ),
  pos(
    'sf7-07',
    'social-care',
    'GP letter re: Ms Hannah Cole. At her appointment today Ms Cole disclosed that her husband checks her phone, takes her wages and has pushed her down the stairs twice this year.',
    'At her appointment today Ms Cole disclosed that her husband checks her phone, takes her wages and has pushed her down the stairs twice this year.',
  ),
  pos(
    'sf7-08',
    'sen',
    'Prevent referral submitted for a Year 10 pupil after he shared extreme right-wing videos in the class group chat and told staff he "agrees with" the Christchurch attacker.',
    'Prevent referral submitted for a Year 10 pupil after he shared extreme right-wing videos in the class group chat and told staff he "agrees with" the Christchurch attacker.',
  ),
  pos(
    'sf7-09',
    'social-care',
    'The outcome of the ICPC was that both children will be subject to a child protection plan under the category of emotional abuse.',
    'The outcome of the ICPC was that both children will be subject to a child protection plan under the category of emotional abuse.',
  ),
  pos(
    'sf7-10',
    'social-care',
    'Mr Davies (72) was found by the carer sitting in urine-soaked clothes with no food in the flat and the heating switched off; he refuses all help and says he is fine.',
    'Mr Davies (72) was found by the carer sitting in urine-soaked clothes with no food in the flat and the heating switched off; he refuses all help and says he is fine.',
  ),
  pos(
    'sf7-11',
    'housing',
    'The car wash on Station Road: our officers found six Romanian men sleeping in the back unit, none with their own passports, and they said the owner keeps their wages for "rent".',
    'our officers found six Romanian men sleeping in the back unit, none with their own passports, and they said the owner keeps their wages for "rent".',
  ),
  pos(
    'sf7-12',
    'social-care',
    'MASH outcome: threshold met for a child and family assessment. Dad was arrested on Friday after police attended a DV incident; the two-year-old was in the room at the time.',
    'Dad was arrested on Friday after police attended a DV incident; the two-year-old was in the room at the time.',
  ),
  pos(
    'sf7-13',
    'sen',
    'Jordan told his TA that his older cousin makes him hold packages and take them on the train to Southend, and that he owes them money if he does not.',
    'Jordan told his TA that his older cousin makes him hold packages and take them on the train to Southend, and that he owes them money if he does not.',
  ),
  pos(
    'sf7-14',
    'social-care',
    'Section 42 enquiry opened for Mrs Pearce following unexplained bruising to both upper arms noticed by the night staff at Oakfield care home.',
    'Section 42 enquiry opened for Mrs Pearce following unexplained bruising to both upper arms noticed by the night staff at Oakfield care home.',
  ),
  pos(
    'sf7-15',
    'social-care',
    'Mum admitted during the visit that she sometimes leaves the baby with her 11-year-old when she goes out at night.',
    'Mum admitted during the visit that she sometimes leaves the baby with her 11-year-old when she goes out at night.',
  ),
  pos(
    'sf7-16',
    'sen',
    'Safeguarding concern - Aisha, Year 8. She has told a friend that she is being taken to Pakistan in the summer holidays to get married and is very upset about it.',
    'She has told a friend that she is being taken to Pakistan in the summer holidays to get married and is very upset about it.',
  ),
  pos(
    'sf7-17',
    'social-care',
    'Police shared that Liam (16) was stopped in a car with two adult males and £900 in cash and a quantity of cannabis; he would not give an account.',
    'Police shared that Liam (16) was stopped in a car with two adult males and £900 in cash and a quantity of cannabis; he would not give an account.',
  ),
  pos(
    'sf7-18',
    'councillor',
    'Cllr Hughes, my mother is in the end stage of dementia and my brother has moved into her bungalow and will not let the carers in. We are worried he is spending her savings.',
    'my brother has moved into her bungalow and will not let the carers in.',
  ),
  pos(
    'sf7-19',
    'social-care',
    'The hoarding is now floor to ceiling in every room and Mr Burke is sleeping in the hallway; there is no working toilet and environmental health have condemned the kitchen.',
    'The hoarding is now floor to ceiling in every room and Mr Burke is sleeping in the hallway; there is no working toilet and environmental health have condemned the kitchen.',
  ),
  pos(
    'sf7-20',
    'social-care',
    'Ellie said that her stepdad comes into her bedroom at night and that she has been told not to tell anyone.',
    'Ellie said that her stepdad comes into her bedroom at night and that she has been told not to tell anyone.',
  ),
  pos(
    'sf7-21',
    'sen',
    'Following the disclosure, the head spoke with the LADO, who advised that the teaching assistant should not work with the pupil while the allegation is looked into.',
    'Following the disclosure, the head spoke with the LADO, who advised that the teaching assistant should not work with the pupil while the allegation is looked into.',
  ),
  pos(
    'sf7-22',
    'housing',
    'Homeless application: Ms Reid fled the property with her three children on Tuesday after her partner strangled her; she is in a refuge and the case is going to MARAC next week.',
    'Ms Reid fled the property with her three children on Tuesday after her partner strangled her; she is in a refuge and the case is going to MARAC next week.',
  ),
  pos(
    'sf7-23',
    'social-care',
    'Nathan (14) is no longer attending school, is out until the early hours and mum reports he has been coming home with expensive trainers and a second phone.',
    'Nathan (14) is no longer attending school, is out until the early hours and mum reports he has been coming home with expensive trainers and a second phone.',
  ),
  pos(
    'sf7-24',
    'social-care',
    "The care agency reported that Mrs Khan's son shouts at her and calls her stupid whenever the carers are present, and she has asked them not to leave.",
    "The care agency reported that Mrs Khan's son shouts at her and calls her stupid whenever the carers are present, and she has asked them not to leave.",
  ),
  pos(
    'sf7-25',
    'sen',
    "Child on a CP plan (neglect) - please can the school update the core group on attendance and presentation before Thursday's meeting.",
    "Child on a CP plan (neglect) - please can the school update the core group on attendance and presentation before Thursday's meeting.",
  ),
  pos(
    'sf7-26',
    'social-care',
    'Mr Thompson has a learning disability; his new "friends" have moved into his flat, use it to sell drugs and have taken his bank card.',
    'his new "friends" have moved into his flat, use it to sell drugs and have taken his bank card.',
  ),
  pos(
    'sf7-27',
    'social-care',
    'Baby Harley was brought to A&E with a spiral fracture to the left femur; parents have no explanation and the paediatrician considers it non-accidental.',
    'Baby Harley was brought to A&E with a spiral fracture to the left femur; parents have no explanation and the paediatrician considers it non-accidental.',
  ),
  pos(
    'sf7-28',
    'councillor',
    'A resident has contacted me to say that a young girl, about 13, is being picked up from the flats by different men in cars late at night.',
    'a young girl, about 13, is being picked up from the flats by different men in cars late at night.',
  ),
  pos(
    'sf7-29',
    'social-care',
    'Dad has been visiting the children despite the written agreement; Mia said he told her to keep it a secret from the social worker.',
    'Mia said he told her to keep it a secret from the social worker.',
  ),
  pos(
    'sf7-30',
    'social-care',
    "Mrs O'Neill, 91, lives alone and has been giving large sums to a man she met online who says he is a US soldier; her daughter thinks she has lost about £40,000.",
    "Mrs O'Neill, 91, lives alone and has been giving large sums to a man she met online who says he is a US soldier; her daughter thinks she has lost about £40,000.",
  ),
  neg(
    'sf7-n01',
    'hr',
    'Reminder: the Designated Safeguarding Lead refresher is on 12 May, 9:30 to 12:30, in the Council Chamber. Please bring your DBS certificate number.',
  ),
  neg(
    'sf7-n02',
    'councillor',
    'Residents have complained that the contractor has neglected the verge on Mill Lane all summer and the grass is now knee high.',
  ),
  neg(
    'sf7-n03',
    'councillor',
    "I will not respond further to Mr Grant's emails: this is now an abuse of the complaints process and we have applied the unreasonable behaviour policy.",
  ),
  neg(
    'sf7-n04',
    'social-care',
    'Agenda for the Safeguarding Adults Board: 1. Minutes; 2. Annual report 2025/26; 3. Self-neglect and hoarding task and finish group; 4. Learning from safeguarding adults reviews.',
  ),
  neg(
    'sf7-n05',
    'hr',
    'Vacancy: Senior Social Worker, Children in Need team, Grade 9. Experience of section 47 enquiries and child protection conferences is essential.',
  ),
  neg(
    'sf7-n06',
    'social-care',
    'Quarterly figures: 412 contacts to the MASH, 96 strategy discussions and 41 initial child protection conferences, up 8% on the last quarter.',
  ),
  neg(
    'sf7-n07',
    'councillor',
    'Cllr Ahmed asked whether the domestic abuse refuge bid to DLUHC would be submitted before the deadline; officers confirmed it would.',
  ),
  neg(
    'sf7-n08',
    'it-helpdesk',
    'The missing children module in Mosaic will be unavailable on Sunday between 8am and noon for an upgrade.',
  ),
  neg(
    'sf7-n09',
    'housing',
    'The empty property at 4 Church Walk has been neglected for years; the roof has collapsed and pigeons are getting in.',
  ),
  neg(
    'sf7-n10',
    'hr',
    'Our Prevent duty e-learning has been updated; all front-line staff must complete it by the end of the month.',
  ),
  neg(
    'sf7-n11',
    'social-care',
    'The Modern Slavery Act 2015 requires the council to publish an annual transparency statement; the draft is attached for comment.',
  ),
  neg(
    'sf7-n12',
    'councillor',
    'The children were thrilled with the new play area and the parents have asked whether we can add a shelter for rainy days.',
  ),
  neg(
    'sf7-n13',
    'finance',
    'The adult social care precept raised £4.2m this year, which is still short of the pressure from rising care home fees.',
  ),
  neg(
    'sf7-n14',
    'hr',
    'Working Together to Safeguard Children 2023 changes the guidance on strategy discussions; the briefing slides are on the intranet.',
  ),
  neg(
    'sf7-n15',
    'it-helpdesk',
    'The server was killed by the overnight update and the backup job has been abused by a runaway script; please log a ticket if your drive is missing.',
  ),
  neg(
    'sf7-n16',
    'sen',
    'Year 6 are doing a project on Victorian child labour and the workhouse; could parents send in any old photographs?',
  ),
  neg(
    'sf7-n17',
    'councillor',
    'The Community Safety Partnership will present its domestic homicide review action plan to scrutiny in March.',
  ),
  neg(
    'sf7-n18',
    'housing',
    'The tenant reported that the boiler was left unattended by the engineer and the flat was cold for three days; we have apologised and offered compensation.',
  ),
];
