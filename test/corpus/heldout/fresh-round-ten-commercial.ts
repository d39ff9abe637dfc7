// Fresh round-ten commercial set: 35 commercial-confidential positives and 65 hard negatives written blind by three helpers after held-out test set two showed commercial detection weak on fresh wording (see docs/heldout-evaluation.md).
import { tc, type CorpusCase } from '../types';

// Each positive labelled one sentence; where a finding was another true statement of the same deal in
// another sentence, it was labelled too after review (the later labels of a case). The cq10-
// negatives name suppliers, prices and deal words where the figures are public or settled.
/** Round ten: 35 commercial positives and 65 routine or public procurement, finance and estates emails. */
export const freshTenthCommercial: readonly CorpusCase[] = [
  tc(
    'cp10-01',
    'procurement',
    "Hi Priya,\n\nQuick one before the evaluation panel reconvenes on Thursday. I've done the moderation on the grounds maintenance lot 2 submissions and the scores are now locked in the portal.\n\nGreenway Landscapes came out top on quality at 71.5 out of 80 but their annual price is £412,600 against Hadley & Sons at £389,950, so once you weight it Hadley edge it by just under 2 points overall.\n\nPlease don't share the spreadsheet outside the panel until standstill letters go - Hadley's account manager has already rung twice asking how they did.\n\nThanks\nTom Ashworth\nProcurement Officer",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Greenway Landscapes came out top on quality at 71.5 out of 80 but their annual price is £412,600 against Hadley & Sons at £389,950, so once you weight it Hadley edge it by just under 2 points overall.',
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'scores'],
    ],
  ),
  tc(
    'cp10-02',
    'finance',
    "Morning all\n\nRe the sale of the old depot site at Brook Lane - the district valuer's report came back yesterday. We're setting the reserve for the auction at £1.35m and members have agreed we won't accept anything below £1.2m even on a private treaty approach.\n\nObviously keep this within the asset disposal group, if the figure gets out we lose any leverage with the two developers who've been sniffing round.\n\nRgds\nDeborah Okafor\nStrategic Finance Business Partner",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "We're setting the reserve for the auction at £1.35m and members have agreed we won't accept anything below £1.2m even on a private treaty approach.",
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'district valuer'],
    ],
  ),
  tc(
    'cp10-03',
    'procurement',
    "Gareth,\n\nHeads up - had a call with the credit risk people this morning re Castleford Facilities Ltd who hold our school cleaning contract. Their latest filed accounts show net liabilities of £2.1m and the auditors have put a material uncertainty note on going concern.\n\nWe need to start contingency planning now in case they fold mid-term. Can you pull together a list of which sites they cover and whether the in-house team could step in at short notice. Not for wider circulation pls, we don't want staff or schools panicking.\n\nNiamh",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Their latest filed accounts show net liabilities of £2.1m and the auditors have put a material uncertainty note on going concern.',
      ],
    ],
  ),
  tc(
    'cp10-04',
    'housing',
    "Hi Sandeep\n\nFollowing our meeting with the agents for Unit 4, Riverside Business Park - the landlord has come back with an offer of £38,500 pa on a 10 year term with a break at year 5 and 6 months rent free.\n\nI think there's room to push them to 9 months rent free, the unit has been empty since last spring. Let me know your thoughts before I reply to Knight Frank on Friday.\n\nCheers\nOlu Adeyemi MRICS\nEstates Surveyor",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Following our meeting with the agents for Unit 4, Riverside Business Park - the landlord has come back with an offer of £38,500 pa on a 10 year term with a break at year 5 and 6 months rent free.',
      ],
    ],
  ),
  tc(
    'cp10-05',
    'finance',
    "Cllr Patel,\n\nAs requested, the position for tomorrow's Part B item. Our negotiating ceiling for the acquisition of 12-14 Market Street is £875,000 including SDLT - Cabinet approved this last month and officers have no authority to go above it.\n\nThe vendor's asking price is £950k so we expect a couple of rounds. I'd be grateful if this stayed within the exempt papers.\n\nKind regards\nHelen Marsh\nHead of Property & Assets",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Our negotiating ceiling for the acquisition of 12-14 Market Street is £875,000 including SDLT - Cabinet approved this last month and officers have no authority to go above it.',
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'asking price is £950k'],
    ],
  ),
  tc(
    'cp10-06',
    'procurement',
    "Hi both,\n\nAttached is the draft contract award report for the Fleet Telematics framework call-off. Before it goes to DMT can you check the figures in section 4.\n\nTrackwise submitted a unit rate of £11.40 per vehicle per month, which is about 30% under the next bidder, so I've flagged it as potentially abnormally low and asked them for a breakdown.\n\nStill within the clarification period so nothing to go to suppliers yet.\n\nTa\nMarcus Lindqvist",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Trackwise submitted a unit rate of £11.40 per vehicle per month, which is about 30% under the next bidder, so I've flagged it as potentially abnormally low and asked them for a breakdown.",
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'contract award report'],
    ],
  ),
  tc(
    'cp10-07',
    'finance',
    "Simon\n\nSpoke to legal re the dispute with Brightwater Construction over the leisure centre roof. Their solicitors have indicated they'd settle at £240k plus their costs, we're sitting at £175k all in.\n\nFiona reckons we could get there at around £200k inclusive without going to adjudication, but that's between us for now - don't put numbers in any email to them.\n\nAisha Rahman\nFinance Business Partner - Place",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Their solicitors have indicated they'd settle at £240k plus their costs, we're sitting at £175k all in.",
      ],
      ['COMMERCIAL_CONFIDENTIAL', '£200k'],
    ],
  ),
  tc(
    'cp10-08',
    'procurement',
    "Jo - confidential, for your eyes as lot lead.\n\nScores after moderation for the home to school transport DPS mini-comp, route cluster C:\nAce Travel - 64\nSwift Cabs Ltd - 58\nNorthgate Minibus - 71\n\nNorthgate also came in cheapest at £186 per day per route, so barring anything weird in the due diligence they'll be recommended.\n\nCan you hold off telling the transport team until I've had sign off from Ravi.\n\nKieran",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Northgate also came in cheapest at £186 per day per route, so barring anything weird in the due diligence they'll be recommended.",
      ],
    ],
  ),
  tc(
    'cp10-09',
    'housing',
    "Hi Margaret,\n\nJust to update on the garage site at Elm Close. We've had an offer from Castlegate Homes of £310,000 subject to planning, which is above the £280k valuation.\n\nTheir solicitor is chasing for heads of terms but we've not exchanged and the other bidder might still improve, so please don't mention the number to anyone at the residents meeting on Tuesday.\n\nBest\nTariq Hussain\nSenior Estates Surveyor",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "We've had an offer from Castlegate Homes of £310,000 subject to planning, which is above the £280k valuation.",
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'heads of terms'],
    ],
  ),
  tc(
    'cp10-10',
    'procurement',
    "Emma,\n\nVariation 3 on the highways term maintenance contract - Colas have priced the additional drainage works on the A614 at £146,250, which takes the contract value over the delegated limit so it has to go to Cabinet Member.\n\nDecision sheet drafted, can you get it on the agenda for the 14th? Not to be shared with the contractor's site team until it's approved, they'll just start mobilising.\n\nLewis Whitfield\nContracts Manager, Highways",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Variation 3 on the highways term maintenance contract - Colas have priced the additional drainage works on the A614 at £146,250, which takes the contract value over the delegated limit so it has to go to Cabinet Member.',
      ],
    ],
  ),
  tc(
    'cp10-11',
    'procurement',
    "hi Ben, sending you the rates from Mitchell Electrical's tender return for the responsive repairs so you can compare against the current contract\n\ntheir labour rate is £42.50/hr for an approved electrician and £28 for a mate, with 12% on materials\n\npls don't forward, its commercially confidential and they've marked the whole schedule as such\n\nRachel",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'their labour rate is £42.50/hr for an approved electrician and £28 for a mate, with 12% on materials',
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'commercially confidential'],
    ],
  ),
  tc(
    'cp10-12',
    'councillor',
    'Dear colleagues on the Audit & Governance Committee,\n\nAhead of the closed session on Wednesday, a brief note from me as chair. Officers have told me that Pennine Care Homes, who run three of our commissioned residential homes, missed their bank covenant in Q2 and are in talks with the lender about a standstill agreement.\n\nI would ask that none of this is discussed outside the exempt item. The provider has not made this public and a leak could trigger exactly the collapse we want to avoid.\n\nCllr Yvonne Achterberg',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Officers have told me that Pennine Care Homes, who run three of our commissioned residential homes, missed their bank covenant in Q2 and are in talks with the lender about a standstill agreement.',
      ],
    ],
  ),
  tc(
    'cp10-13',
    'procurement',
    "Hi Fatima\n\nFor the IT managed print re-tender, I've gone through Xerox's method statement. They're assuming 35% reduction in print volumes by year 2 to make their price work, which is how they've got to £0.0042 per mono page.\n\nThat's a big assumption and quite specific to their bid so keep it within the evaluation team please. Worth raising at clarification though.\n\nDan\nICT Commercial Lead",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "They're assuming 35% reduction in print volumes by year 2 to make their price work, which is how they've got to £0.0042 per mono page.",
      ],
    ],
  ),
  tc(
    'cp10-14',
    'finance',
    "Richard,\n\nThe walk-away for the Haverhill Road lease renewal is £52k a year - if the landlord won't come below that we relocate the library service to the community hub as per option B.\n\nCurrent passing rent is £47,500. I'd keep the walk-away to yourself when you meet the agent, obviously.\n\nGrace Oyelaran\nFinance Business Partner, Communities",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "The walk-away for the Haverhill Road lease renewal is £52k a year - if the landlord won't come below that we relocate the library service to the community hub as per option B.",
      ],
    ],
  ),
  tc(
    'cp10-15',
    'procurement',
    'Afternoon,\n\nQuick summary of where we are with the waste collection vehicles tender (not for circulation). Dennis Eagle came in at £6.84m for the 24 RCVs over the contract term and Mercedes/Farid at £7.12m.\n\nQuality scores are close so price will decide it. Award report going to Environment Committee on the 3rd, standstill after that.\n\nMohammed Iqbal\nCategory Manager - Environment',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Dennis Eagle came in at £6.84m for the 24 RCVs over the contract term and Mercedes/Farid at £7.12m.',
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'Quality scores'],
    ],
  ),
  tc(
    'cp10-16',
    'housing',
    "Hi Chris,\n\nRe the proposed disposal of the former caretaker's bungalow at Ashby Primary. Valuation came in at £215,000 and we're minded to list at £225k with a view to accepting offers over £205k.\n\nHead teacher is aware of the sale in principle but not the figures, please keep it that way for now.\n\nThanks\nAnjali Menon\nAsset Management Officer",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Valuation came in at £215,000 and we're minded to list at £225k with a view to accepting offers over £205k.",
      ],
    ],
  ),
  tc(
    'cp10-17',
    'procurement',
    "Hiya,\n\nFollowing up from the supplier review meeting - Brayford Catering's finance director admitted on the call that they're relying on an overdraft extension to pay wages next month and HMRC have them on a time to pay arrangement.\n\nWe supply about 40% of their turnover through the school meals contract so if we pull it they're probably gone. Need to escalate to Ian before we do anything.\n\nSophie Blackwood\nContract Monitoring Officer",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Following up from the supplier review meeting - Brayford Catering's finance director admitted on the call that they're relying on an overdraft extension to pay wages next month and HMRC have them on a time to pay arrangement.",
      ],
    ],
  ),
  tc(
    'cp10-18',
    'finance',
    "Hi Nadia\n\nLegal have asked me to confirm budget cover before they reply to Kingsley Plant Hire's solicitors. We've offered £58,000 in full and final settlement of the hire charges dispute and they've countered at £71,500.\n\nI've told legal we could go to £65k from the contingency line without needing s151 sign off. Can you make sure nobody mentions this on the phone with Kingsley's accounts team, they call us about the other invoices all the time.\n\nJon Fairbairn",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "We've offered £58,000 in full and final settlement of the hire charges dispute and they've countered at £71,500.",
      ],
      ['COMMERCIAL_CONFIDENTIAL', '£65k'],
    ],
  ),
  tc(
    'cp10-19',
    'procurement',
    "Ellie, I know you asked re the insurance tender - Zurich's premium came in at £1,184,000 for the combined liability and property programme, about £90k under the incumbent.\n\nEvaluation isn't finished so don't say anything to the broker yet.\n\nK",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Ellie, I know you asked re the insurance tender - Zurich's premium came in at £1,184,000 for the combined liability and property programme, about £90k under the incumbent.",
      ],
    ],
  ),
  tc(
    'cp10-20',
    'councillor',
    "Cllr Nwosu,\n\nThanks for your question at Resources Scrutiny. To answer it properly I have to give you the exempt figure: the council's best and final offer to Hartwell Developments for the town centre regeneration land swap is a £3.4m balancing payment, and we've told them that's the limit.\n\nThis is restricted under paragraph 3 of Schedule 12A so please don't quote it in public session or on social media.\n\nRegards\nStephen Kilbride\nDirector of Regeneration",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "To answer it properly I have to give you the exempt figure: the council's best and final offer to Hartwell Developments for the town centre regeneration land swap is a £3.4m balancing payment, and we've told them that's the limit.",
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'paragraph 3 of Schedule 12A'],
    ],
  ),
  tc(
    'cp10-21',
    'procurement',
    'Hi team\n\nHeads up for anyone on the domiciliary care framework panel. Caring Hands (Midlands) Ltd scored 43/60 on quality and quoted £24.10 an hour, Bluebird at 51/60 and £25.85.\n\nModeration on Monday 10am, room 2.14. Keep scores off Teams chat please, the providers forum is next week and people talk.\n\nLucy Henderson-Boateng\nCommissioning & Procurement',
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Caring Hands (Midlands) Ltd scored 43/60 on quality and quoted £24.10 an hour, Bluebird at 51/60 and £25.85.',
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'scores'],
    ],
  ),
  tc(
    'cp10-22',
    'it-helpdesk',
    "Hi Wei,\n\nBefore you raise the PO for the Microsoft renewal - the reseller (Softcat) agreed with me on the phone a 14% discount off list if we sign before 31st March, bringing the EA to £682k over 3 years.\n\nThey've said it's not a standard offer and asked us not to share it, so keep it off the helpdesk ticket and just reference the quote number.\n\nCheers\nPatrick O'Sullivan\nICT Service Manager",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'Before you raise the PO for the Microsoft renewal - the reseller (Softcat) agreed with me on the phone a 14% discount off list if we sign before 31st March, bringing the EA to £682k over 3 years.',
      ],
    ],
  ),
  tc(
    'cp10-23',
    'housing',
    "Hello Bronwen\n\nUpdate on the lease of the ground floor at Civic Offices to the NHS trust. Their estates team have offered £21 per sq ft but we want £24, and honestly I'd accept £22.50 if they take the whole floor.\n\nDon't let on about the £22.50 if they ring you directly.\n\nRegards\nAled Pryce\nPrincipal Surveyor, Corporate Property",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Their estates team have offered £21 per sq ft but we want £24, and honestly I'd accept £22.50 if they take the whole floor.",
      ],
    ],
  ),
  tc(
    'cp10-24',
    'procurement',
    "Marcia,\n\nCan you do a quick sanity check on this before I send it to the Head of Service. Ridgeway Construction's pricing for the new SEN unit at Oakfield has prelims at 18.5% and overheads and profit at 4%, which looks very low for a job this size.\n\nI suspect they've bought the job. We're still in evaluation, so nothing to go to them.\n\nthx\nZoltan",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Ridgeway Construction's pricing for the new SEN unit at Oakfield has prelims at 18.5% and overheads and profit at 4%, which looks very low for a job this size.",
      ],
    ],
  ),
  tc(
    'cp10-25',
    'finance',
    "Ade\n\nThe PFI refinancing talks with Summit Schools Partnership - our opening position tomorrow is a 60/40 gain share in our favour and we'll settle for 50/50 if they agree to the lifecycle fund top-up.\n\nTreasurer has signed that off. Obviously do not copy the SPV's accountants into anything with this in.\n\nRosalind Chen\nHead of Corporate Finance",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "The PFI refinancing talks with Summit Schools Partnership - our opening position tomorrow is a 60/40 gain share in our favour and we'll settle for 50/50 if they agree to the lifecycle fund top-up.",
      ],
    ],
  ),
  tc(
    'cp10-26',
    'procurement',
    "Hi Hamza,\n\nAs discussed. The incumbent security contractor, Sentinel Guarding, have told us they can't hold their current rates beyond June and want a 17% uplift or they'll serve notice.\n\nWe think they're bluffing, their margins on our contract are decent, but we need a view from you on whether an emergency direct award is defensible if they do walk. Please treat as commercial in confidence.\n\nJoanne Featherstone\nSenior Procurement Officer",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "The incumbent security contractor, Sentinel Guarding, have told us they can't hold their current rates beyond June and want a 17% uplift or they'll serve notice.",
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'commercial in confidence'],
    ],
  ),
  tc(
    'cp10-27',
    'councillor',
    "Hi Cllr Begum\n\nSorry I couldn't speak at the end of the Planning & Property sub-committee. To your question - yes, the highest bid for the Victoria Road car park was from Lindon Estates at £1.02m, but it's conditional on them getting consent for 40 flats.\n\nExchange isn't until next month so please don't share the bid with ward residents yet, I know they're keen to hear.\n\nAll the best\nCllr Martin Sowerby\nCabinet Member for Resources",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "To your question - yes, the highest bid for the Victoria Road car park was from Lindon Estates at £1.02m, but it's conditional on them getting consent for 40 flats.",
      ],
    ],
  ),
  tc(
    'cp10-28',
    'procurement',
    "Dear Shona\n\nTender clarifications for the Youth Services VCS grant-to-contract. One thing to flag: Step Forward Trust's bid only works because they're assuming 22 volunteer hours a week in place of paid youth workers, and their finance return shows reserves of less than 2 months running costs.\n\nNot reasons to exclude on their own but we'll need to think about it at moderation. Keep between the panel.\n\nKind regards\nGurpreet Sandhu\nCommissioning Officer",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "One thing to flag: Step Forward Trust's bid only works because they're assuming 22 volunteer hours a week in place of paid youth workers, and their finance return shows reserves of less than 2 months running costs.",
      ],
    ],
  ),
  tc(
    'cp10-29',
    'finance',
    "Dave\n\nFyi on the leisure management contract - Everyone Active have asked for a £450k management fee reduction in 24/25 due to energy costs, we've offered £275k and Ops Director wants to cap it there.\n\nWill go to Cabinet as exempt. Don't put the figures in the budget monitoring report yet, it's going public on the 8th.\n\nLina Kowalczyk\nSenior Accountant",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Fyi on the leisure management contract - Everyone Active have asked for a £450k management fee reduction in 24/25 due to energy costs, we've offered £275k and Ops Director wants to cap it there.",
      ],
    ],
  ),
  tc(
    'cp10-30',
    'housing',
    "Mike,\n\nRent review for the Hillside Industrial Estate units - tenant at unit 7 (Prestige Joinery) has proposed £14,200 pa. Our valuer thinks £16k is achievable at arbitration, but we'd accept £15,250 to save the fees.\n\nDon't show them this email obviously. I'll draft the counter.\n\nChinedu Eze\nEstates & Valuation",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Our valuer thinks £16k is achievable at arbitration, but we'd accept £15,250 to save the fees.",
      ],
    ],
  ),
  tc(
    'cp10-31',
    'procurement',
    "Hi Harriet,\n\nShort one. On the temporary agency staffing tender, Matrix's margin on social worker placements is £4.90/hr and Reed's is £6.35/hr.\n\nEvaluation closes Friday. Please don't mention these to the HR business partners yet, a couple of them are still in touch with Reed's account team.\n\nSam Odum",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "On the temporary agency staffing tender, Matrix's margin on social worker placements is £4.90/hr and Reed's is £6.35/hr.",
      ],
    ],
  ),
  tc(
    'cp10-32',
    'finance',
    "Hi Tomasz,\n\nThe external valuation for the Northfield Business Centre ahead of the proposed sale puts it at £4.75m on an investment basis, and Cabinet have set a minimum acceptable price of £4.5m.\n\nI need this reflected in the capital receipts forecast but flagged as exempt - please label the line 'Asset disposal A' rather than naming the site.\n\nThanks\nParveen Akhtar\nCapital Accountant",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The external valuation for the Northfield Business Centre ahead of the proposed sale puts it at £4.75m on an investment basis, and Cabinet have set a minimum acceptable price of £4.5m.',
      ],
    ],
  ),
  tc(
    'cp10-33',
    'procurement',
    "Morning Andy\n\nRe your question about the library self-service kiosks. Bibliotheca's bid was £312k over 5 years inc maintenance, and D-Tech were £298k but failed the accessibility pass/fail question so they're out.\n\nAward letters going next week, so still confidential till then pls.\n\nCheers,\nNirmala",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Bibliotheca's bid was £312k over 5 years inc maintenance, and D-Tech were £298k but failed the accessibility pass/fail question so they're out.",
      ],
    ],
  ),
  tc(
    'cp10-34',
    'councillor',
    "Colleagues\n\nJust a note from Group leaders briefing as I can't make the Labour group meeting tonight. The company running the park & ride, Metrolink Buses, has told officers it will hand back the contract in 8 weeks unless we increase the subsidy by £190k a year, and the council is planning to offer £120k.\n\nPlease don't repeat this outside the group, it's live and commercially sensitive.\n\nCllr Rhiannon Davies",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        'The company running the park & ride, Metrolink Buses, has told officers it will hand back the contract in 8 weeks unless we increase the subsidy by £190k a year, and the council is planning to offer £120k.',
      ],
      ['COMMERCIAL_CONFIDENTIAL', 'commercially sensitive'],
    ],
  ),
  tc(
    'cp10-35',
    'procurement',
    "Hi Vikram,\n\nAgreed change note for the care technology contract. Tunstall have quoted £8.75 per connection per week for the move to digital alarms, up from £6.20, and we're planning to push back to £7.50 before it goes to the Director.\n\nIt isn't approved so don't update the provider portal yet.\n\nCheers\nBethany Quinn\nProcurement & Contracts, Adult Social Care",
    [
      [
        'COMMERCIAL_CONFIDENTIAL',
        "Tunstall have quoted £8.75 per connection per week for the move to digital alarms, up from £6.20, and we're planning to push back to £7.50 before it goes to the Director.",
      ],
    ],
  ),
  tc(
    'cn10-01',
    'procurement',
    'Hi all,\n\nFYI the award notice for the grounds maintenance contract went live on Find a Tender this morning. Contract awarded to Greenline Estates Services Ltd, 3 years + 2 optional 12 month extensions, total estimated value £1,240,000 over the max 5 yr term. Start date 1 April.\n\nLink is on the procurement SharePoint page if anyone in Parks wants to point residents to it. Contract Details Notice will follow within 30 days of signing as per the Act.\n\nThanks\nPriya\n\nPriya Raman\nProcurement Officer | Strategic Procurement Team',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-02',
    'procurement',
    "Morning Declan,\n\nHere's the timetable for the highways term maintenance ITT as agreed at the project board, can you drop it into the tender pack before it goes out:\n\n- Tender notice published / ITT issued: Mon 3 Feb\n- Clarification questions deadline: 12 noon Fri 21 Feb\n- Final responses to clarifications: Wed 26 Feb\n- Tender return deadline: 12 noon Mon 10 Mar\n- Evaluation & moderation: 11 Mar - 4 Apr\n- Presentations (if needed): w/c 7 Apr\n- Assessment summaries issued / standstill starts: tbc, approx 22 Apr\n- Contract start: 1 July\n\nDates are indicative and we reserve the right to change them, that wording is already in section 2. Shout if highways want anything moved.\n\nFunmi",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-03',
    'procurement',
    "Dear All,\n\nPlease find attached Clarification Log No.3 for the School Catering Services tender (ref LBX-0423). This has been issued to all bidders via the In-Tend portal so everyone has the same information.\n\nSummary of this round:\nQ14 - Can bidders propose a different menu cycle to the 3 week cycle in the spec? A - No, 3 week cycle is mandatory, variations can be offered as part of the innovation question only.\nQ15 - Is TUPE information available? A - Yes, anonymised TUPE data is in Appendix G, updated 10 Jan.\nQ16 - Is the pricing schedule inclusive of VAT? A - All prices to be submitted exclusive of VAT.\n\nQuestions are anonymised and we don't say who asked. Deadline for any further clarifications remains 5pm on 14 Feb.\n\nKind regards\nGareth Pryce\nCategory Manager - People Services",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-04',
    'procurement',
    "Hi Aisling\n\nRe your question about using the framework for the new laptops - yes you can, but you need to follow the call-off procedure in the framework terms, you can't just pick a supplier because they're on it.\n\nQuick version:\n1. Check the lot covers what you need (Lot 2 - end user devices)\n2. Check the framework allows direct award for that lot. This one does, but only where you can show the supplier is best value against the framework's own award criteria, and you have to document it\n3. Otherwise run a further competition (mini-comp) with all capable suppliers on the lot, minimum 10 working days response\n4. Raise the call-off contract using the framework's template order form, not our standard T&Cs\n5. Add it to the contracts register once signed\n\nHappy to have a 15 min call if easier. The framework user guide is on the intranet under Procurement > Frameworks.\n\nTomasz",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-05',
    'finance',
    "All budget holders,\n\nReminder - NO PO NO PAY. From 1 March Accounts Payable will return any invoice that doesn't quote a valid purchase order number back to the supplier unpaid. This has been policy for 2 years but we're still getting around 15% of invoices without one.\n\nPlease raise your PO before the goods/services are ordered, not when the invoice turns up. Retrospective POs will be reported to your Head of Service monthly.\n\nExceptions (utilities, rates, some statutory payments) are listed in the Financial Procedure Rules appendix C.\n\nThanks, Hamza Iqbal\nFinance Systems & Accounts Payable Manager",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-06',
    'finance',
    'Hi team, payment run this week is Thurs not Fri because of the bank holiday, so anything needing to go in must be approved in Unit4 by 3pm Weds. Anything after that goes next week. Cheers S',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-07',
    'finance',
    "Hi Marcus,\n\nP6 budget monitoring returns for Children's are due back to me by 18 Oct. Template is the same as P5, just roll forward the tab.\n\nCouple of things from the P5 position that went to CMT:\n- Home to school transport is still the big pressure, forecasting £1.8m over budget (same as reported publicly in the Q1 cabinet report)\n- Staffing underspend from vacancies around £420k, please confirm if that's still realistic now some of the SW posts are filled\n- Can you add narrative on any savings at risk of non-delivery, RAG rated\n\nIf your forecast moves by more than £100k from last month I'll need a short explanation. Ta\n\nLi Wei\nSenior Finance Business Partner",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-08',
    'procurement',
    'Hi,\n\nQuarterly contracts register update is due. Under the Local Government Transparency Code we publish every contract over £5,000, so I need all contract managers to check their entries on the register by 30 June.\n\nPlease check: contract title, supplier name, start/end dates, value, procurement route and whether it\'s with an SME/VCSE. Also if any extensions have been exercised, update the end date.\n\nThe published version goes on the open data page as a CSV. Any entries still showing as "TBC" will be chased.\n\nRegards\nBronwen Jones\nProcurement Compliance Officer',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-09',
    'procurement',
    "Dear colleagues,\n\nFollowing approval at Full Council on 12 Feb, the revised Contract Procedure Rules come into effect on 24 Feb to align with the Procurement Act 2023. Main changes:\n\n- Quotes threshold raised: under £10k = 1 written quote, £10k-£50k = 3 written quotes via the portal (was £25k)\n- Over £50k = formal tender led by the central Procurement team\n- Above-threshold procurements now follow the Act's competitive flexible / open procedure, with new notices (tender notice, contract award notice, contract details notice etc)\n- Waivers now renamed 'Exemptions' and need S151 sign off over £100k\n- All contracts over £30k must include at least one social value question\n\nThe full CPRs and a one page summary are on the intranet. Please don't use old templates from your desktop, they'll be out of date.\n\nKwame Asante\nHead of Procurement",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-10',
    'procurement',
    "Hi Fatima,\n\nAnswering your q on social value for the youth services tender - our policy is a minimum 10% weighting for social value on anything over £100k, and you pick the themes from the council's Social Value Framework that actually fit the contract. Don't just copy the whole TOMs list in, bidders hate it and we can't monitor it.\n\nFor youth services I'd suggest something around local employment/apprenticeships and volunteering hours. Commitments need to be measurable and they'll become KPIs in the contract, so talk to whoever will be the contract manager before you fix them.\n\nGuidance note attached, section 4 has example questions.\n\nRhys",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-11',
    'finance',
    "New supplier set up - checklist before you send the request to the Creditors team:\n\n☐ Supplier new starter form completed in full (legal name, company reg no, VAT no)\n☐ Bank details on supplier letterhead, signed\n☐ Bank details verified by phone call-back to a number you found independently (NOT the one on the form)\n☐ Public liability insurance cert (min £5m) and employers liability (£10m) in date\n☐ Confirmation the supplier is not already on the system under another name\n☐ Procurement route evidenced (quotes / tender ref / framework)\n☐ IR35 determination if it's an individual\n\nAny incomplete forms will be rejected. This is because of the rise in mandate fraud attempts across the sector, not us being awkward!\n\nEwan MacLeod, Creditors",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-12',
    'councillor',
    'Dear Cllr Hussain,\n\nThanks for your email. The cabinet report on the leisure centre refurb is public and was on the agenda for 9 Oct, item 7. The recommendations agreed were:\n\n1. To approve a capital budget of £6.2m for the refurbishment of Riverside Leisure Centre, funded £4.1m prudential borrowing and £2.1m Sport England grant\n2. To delegate authority to the Director of Place, in consultation with the Portfolio Holder, to award the works contract following a compliant procurement\n3. To note the centre will close for approx 9 months from Jan\n\nThe full report and appendices are on the council website under Meetings > Cabinet. Let me know if you need anything else.\n\nKind regards\nNadia\nDemocratic Services Officer',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-13',
    'housing',
    "Diary reminder from Estates - the lease on Marsh Lane Community Hall (let to the Marsh Lane Residents Association) runs to 28 September 2026. We need to start the renewal process at least 6 months before, so I've put a note for March.\n\nNothing needed from housing management now, just flagging as it sits on a HRA site. Asset Management will pick it up.\n\nOluwaseun Bakare\nEstates Surveyor",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-14',
    'finance',
    "Hi Karen, you asked how rent reviews work in our commercial leases generally - most of our standard leases have a 5 yearly upward only open market rent review. That means at each review date the rent goes to whatever a valuer says the market rent would be on the assumptions in the lease, but it can't go down below the current rent.\n\nSome of the newer ones are index linked instead (CPI usually, with a cap and collar e.g. min 1% max 4% a year) which is simpler and avoids arguments over comparables.\n\nIf the parties can't agree on a market review the lease normally says it goes to an independent surveyor acting as expert or arbitrator, appointed by RICS. The specific wording varies lease by lease so always check the actual clause before telling anyone anything! Happy to go through an example with the team.\n\nJas Sandhu\nPrincipal Surveyor, Corporate Property",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-15',
    'procurement',
    "All contract managers,\n\nA few services have asked about suppliers requesting price increases due to inflation. General position:\n\n- If the contract has a price adjustment clause (e.g. annual uplift by CPI published in a set month), apply it exactly as written. Nothing more.\n- If it doesn't have one, the price is fixed and there's no obligation to agree an increase. Any variation must go through the contract variation process and be lawful under the Procurement Act modification rules.\n- Don't agree anything verbally or by email to the supplier before speaking to Procurement.\n\nFor new contracts we now default to CPI indexation on contracts over 2 years, applied annually on the anniversary, using the ONS figure from the preceding December. Template clause is in the T&Cs library.\n\nCiaran Doyle\nSenior Procurement Officer",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-16',
    'hr',
    'Hi all,\n\nL&D have booked three more sessions of Procurement Act 2023 awareness training for officers who buy goods or services (anything over £10k). Each one is 2.5 hrs on Teams:\n\n- Tue 14 Jan 10:00\n- Wed 29 Jan 14:00\n- Thu 6 Feb 09:30\n\nIt covers the new procedures, the notices regime, conflicts of interest declarations, the debarment list and what changes for below threshold. This is mandatory for anyone with delegated authority to award contracts, please book through the Learning Hub.\n\nThe Cabinet Office also has free e-learning modules if you want to do the self-guided version first.\n\nThanks\nYusuf Patel\nLearning & Development Adviser',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-17',
    'procurement',
    "Hi Zofia,\n\nRe the query from the project team about how disputes work under our NEC4 contracts - generally it's a staged thing:\n\n1. Project managers try to resolve it at site level\n2. Escalate to senior reps from each party, normally meet within 2 weeks\n3. If still not sorted, either party can refer to adjudication (Option W2 for us as it's a construction contract under the HGCRA). Adjudicator decides within 28 days, binding unless later overturned\n4. Final tribunal is litigation or arbitration depending on what the contract data says\n\nMost things never get past stage 2 tbh. Legal should always be copied in once it gets to stage 3. There's a flowchart in the Contract Management Toolkit, page 22.\n\nCallum Fraser\nContracts Manager, Capital Delivery",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-18',
    'finance',
    'Hi,\n\nReminder that the spend over £500 data for November needs signing off by Friday so it can be published on the transparency page.\n\nWhen you review your service lines please check:\n- any payment to an individual (e.g. sole traders, foster carers, direct payments, personal budgets) has the name redacted - these should show as "REDACTED - personal data"\n- expense type and service area columns are filled in\n- no duplicated lines from credit notes\n\nRemember we publish supplier name, amount, date, expense type and purpose. We don\'t publish anything that would identify a service user.\n\nSiobhan Kerr\nFinancial Accountant',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-19',
    'procurement',
    "Subject: Invitation - Market engagement event, EV charging infrastructure\n\nDear Supplier,\n\nThe Council is holding a preliminary market engagement event for the planned roll out of on-street EV charge points across the borough. A Preliminary Market Engagement notice has been published on Find a Tender (ref 2025/S 000-012345).\n\nDate: Thursday 20 March, 10am-12.30pm\nVenue: Civic Centre, Committee Room 2 (also on Teams)\n\nThe session will cover our ambitions, likely contract models (concession vs. supply & install), indicative timescales and the estimated number of sites. There will be a Q&A and an opportunity for 1-2-1 slots in the afternoon.\n\nAttendance is not a condition of bidding and doesn't give any advantage in a future procurement. All information shared will be made available to everyone afterwards.\n\nRegister via the portal by 13 March.\n\nKind regards\nStrategic Procurement Team",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-20',
    'sen',
    'Dear Headteachers and School Business Managers,\n\nPlease find attached the 2025/26 Traded Services price list for schools, covering HR & payroll, finance support, SEND advisory, educational psychology traded hours, grounds and cleaning.\n\nHeadlines:\n- Most SLAs up 3.5% in line with pay award\n- Ed Psych traded day rate: £620 (half day £330)\n- SEND advisory package A (termly visit) £1,450 per year for primary, £2,100 for secondary\n- Payroll per head unchanged\n\nThis is the same price list for all maintained schools and academies buying back. Buy-back forms need to be on the portal by 31 March.\n\nThanks\nTraded Services Team',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-21',
    'councillor',
    "Dear Councillors,\n\nFor information, the round 2 Community Grants awards have been approved and letters go out today. As usual the full list will be published on the website. Awards include:\n\n- Hillside Allotment Society - £2,500 towards a new accessible path\n- Northgate Youth Football Club - £4,800 for kit and equipment\n- St Anne's Lunch Club - £3,000 running costs\n- Eastfield Men's Shed - £5,000 workshop fit-out\n\nTotal awarded this round £62,400 from the £75,000 pot. Remaining funds roll into round 3 opening in May.\n\nKind regards\nCommunities Team",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-22',
    'finance',
    'Hi all\n\nCabinet approved the latest tranche of the asset disposal programme last night (report is public, item 9). The sites declared surplus and approved for disposal are:\n\n- Former depot, Canal Street\n- Old library building, Market Place\n- Land rear of 12-20 Oakwood Road\n- Former public toilets, Station Approach\n- Garage site, Penrose Close\n\nNext steps are title checks, surveys and the marketing strategy, which Corporate Property will take forward. Ward members have been informed. Receipts go into the capital programme as per the Capital Strategy.\n\nQuestions to the Estates inbox please.\n\nOluwaseun',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-23',
    'procurement',
    "Hi Gareth,\n\nFor the waiver you mentioned - we call them exemptions now under the new CPRs. Form is on the intranet. You'll need to explain why competition isn't possible or appropriate (e.g. only one supplier can do it for technical reasons, genuine extreme urgency), the estimated value, and how you'll get value for money anyway.\n\nApprovals: HoS up to £50k, Director + Head of Procurement up to £100k, S151 above that. Lack of planning isn't a valid reason and Audit look at these every year so keep your justification tight.\n\nTomasz",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-24',
    'procurement',
    "Agenda - Contract Management Network, Tues 3 June, 2pm, Room 4.01 / Teams\n\n1. Welcome & actions from last meeting\n2. Updated contract management toolkit - what's changed\n3. KPIs: setting measurable ones and what to do when they're missed (general)\n4. Procurement Act - contract performance notices, when they're required\n5. Contracts register data quality\n6. AOB\n\nAll contract managers welcome, especially new starters. Slides will be circulated after.",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-25',
    'procurement',
    "Hi all,\n\nThe Procurement Pipeline for 2025-27 has been published on the website as required by the Act (for contracting authorities with over £100m spend we have to publish a pipeline notice for anything over £2m in the next 18 months).\n\nIncluded this year: waste collection, domiciliary care, highways term maintenance, corporate cleaning, insurance services, the leisure operator contract, and the new HRA responsive repairs contract.\n\nIf you know of anything over £2m that should be on there and isn't, tell me asap. Values shown are estimates only.\n\nKwame",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-26',
    'finance',
    "Year end closedown 2024/25 - key dates\n\nFri 28 Mar - last date to raise POs for goods to be received this year\nMon 31 Mar - financial year end\nWed 9 Apr - all accruals over £5k submitted (template attached)\nMon 14 Apr - debtors and prepayments\nFri 18 Apr - capital outturn returns\nWed 30 Apr - final revenue outturn position to Finance BPs\n31 May - draft Statement of Accounts published\n\nPls don't accrue for anything under £5k, it's not worth it and just clogs up the ledger. Any qs ask your BP.\n\nCorporate Finance",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-27',
    'finance',
    "Hi Darren,\n\nIf you're charging an external organisation for a service you need to raise a sales invoice through the Debtors module, not send them your own Word invoice. Steps:\n\n- check the customer exists on the system, if not request a new customer account\n- use the right income code for your cost centre\n- VAT - check the VAT manual, room hire is usually exempt unless we've opted to tax, catering is standard rated\n- payment terms are 30 days\n\nInvoices are then sent automatically and income team chase anything overdue. Guide attached.\n\nTasha, Income & Debt Team",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-28',
    'finance',
    "Reminder on purchasing card use:\n\n- cards are for low value, one-off purchases under £500 where a PO isn't practical\n- no splitting transactions to get under the limit\n- no personal use, no cash withdrawals\n- receipts uploaded to the card system within 5 working days with a VAT receipt wherever possible\n- monthly statements signed off by your line manager\n\nCard spend is published each quarter along with spend over £500 so assume anything you buy will be public! Internal Audit are doing a review of p-card compliance this quarter.\n\nFinance Systems",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-29',
    'procurement',
    "Hi Amina,\n\nAs you're new to the team, just a general explainer on the standstill period because suppliers sometimes ring up about it.\n\nAfter the evaluation is complete we send every bidder an assessment summary (their own scores and the reasons, plus the info on the winning bid that the Act requires). We then publish the contract award notice and the standstill period of 8 working days starts. During that time nobody signs anything. If a bidder wants to challenge, that's the window. After standstill ends with no challenge, we can enter into the contract.\n\nIf anyone calls asking about a live procurement, don't discuss it on the phone - direct them to put it in writing through the portal so it's recorded and answered properly.\n\nDeclan",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-30',
    'procurement',
    'Quick one - tender opening for the cleaning contract is tomorrow 12:15 after the deadline. As per the CPRs we need two officers present when the envelope is unlocked on In-Tend and one of them must be from Procurement. Bronwen can you be the second? Opening record form then gets saved to the file. Thx Priya',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-31',
    'it-helpdesk',
    "Hi Helpdesk,\n\nCan you help - several officers in Adult Social Care can't log into the e-tendering portal since the SSO change last night, getting \"account not linked\" error. Procurement say it's our end not the supplier. Not urgent-urgent but we've got a quotation exercise closing Friday so would be good to fix by Thursday.\n\nThanks\nJamal\nASC Commissioning Support",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-32',
    'councillor',
    "Hi Cllr Whitfield,\n\nYou asked about the value of the new waste contract. It's in the public record - the contract award notice published in November shows the contract was awarded to CleanStreets UK Ltd with an estimated total value of £48.6m over 8 years (plus a possible 8 year extension). It was also in the Cabinet decision notice from 16 October.\n\nThere's a short briefing for members on the mobilisation plan next month, invite to follow.\n\nRegards\nSenior Waste Strategy Officer",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-33',
    'finance',
    "Dear Budget Managers,\n\nCapital bids for the 2026/27 programme open today and close 31 Oct. Please use the new business case template - bids not on the template won't be assessed.\n\nEach bid needs: outline scope, estimated cost with contingency, funding source (borrowing, grant, S106, receipts), revenue implications, link to Council Plan priorities, and a risk register. Bids over £1m need an options appraisal.\n\nCapital Strategy Group will score and prioritise in November, and the recommended programme goes to Cabinet in Feb alongside the budget.\n\nThanks\nCapital Accountancy",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-34',
    'finance',
    'Hi, for the performance report - prompt payment stats for Q2 are now published. 94.2% of undisputed invoices paid within 30 days (target 95%), avg days to pay 17. SME suppliers 96%. We also publish the late payment interest paid which was small this quarter. Figures on the transparency page. Rob',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cn10-35',
    'housing',
    "Hi all,\n\nJust so you know, the Housing Repairs & Maintenance procurement is now at the stage where the tender has been published. It's on Find a Tender and Contracts Finder and bidders are registering on the portal.\n\nAs tenants' reps sat on the specification working group, we're doing an update at the Tenants' Panel on the 18th on the process and timescales only. Please don't discuss who has expressed interest or anything about the bids with anyone, internal or external - all questions go to Procurement. Evaluation panel members will be asked to sign conflict of interest declarations.\n\nAnything from tenants about the process, point them to the FAQ on the website.\n\nHannah Okafor\nAsset Management Programme Manager",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-01',
    'procurement',
    "Hi all,\n\nStandstill on the grounds maintenance tender ended at midnight with no challenges, so we've now formally awarded. Contract goes to Greenway Landscapes Ltd, 5 years + 2, total estimated value £3.42m. The award notice went up on Find a Tender this morning and the Contracts Finder entry is live too, so feel free to share the figure with members/parishes if they ask.\n\nMobilisation meeting w/c 14th, I'll send invites.\n\nThanks\nPriya Raman\nCategory Manager – Environment",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-02',
    'councillor',
    "Cllr Whitfield,\n\nRe your query at the Place scrutiny session — the recommendation in the published Cabinet report (item 7, 11 March) is to award the highways surfacing contract to Tarmac Trading Ltd at a tendered price of £1,186,400. The report is on the council website under Cabinet papers and the decision was taken in public session, so nothing exempt in it. Appendix B (the scoring breakdown) was the only Part 2 bit and that hasn't changed.\n\nKind regards\nGareth Pryce\nDemocratic Services",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-03',
    'procurement',
    'Comms team – draft press release below for sign-off by 3pm pls.\n\n"Council signs £2.1m deal for new electric refuse fleet. The council has today confirmed a contract with Dennis Eagle Ltd to supply 14 fully electric refuse collection vehicles, worth £2.1 million, following a competitive procurement through the ESPO framework. The first vehicles are due on the road in the autumn..."\n\nQuote from Cllr Adeyemi to follow. Figures already agreed with the supplier for publication.\n\nTa, Hollie',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-04',
    'procurement',
    "Hi Naveed,\n\nFOI 2024/0917 response attached for your final check before it goes out. Requester asked for the value of our current cleaning contract. That's already published on the contracts register (Bright & Clean Services Ltd, £486,000 p.a., expires 31/03/2026) so we're releasing it in full, no s43 needed. I've just linked them to the register page as well.\n\nMariam\nInformation Governance",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-05',
    'finance',
    'Morning, quick one — the Q2 contracts register export is now on the transparency page. Biggest new entries are the Mitie FM Ltd soft services contract (£1.9m over 3 yrs) and the Capita Business Services Ltd revs & bens software renewal at £312k. If anyone from the press rings, just point them at the page.\n\nDave Kowalski\nCorporate Finance',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-06',
    'finance',
    "Hi Tom,\n\nyes the £8,450.00 payment to Arriva Rail London Ltd will show in the spend over £500 file for October — it's a refund of the season ticket loan scheme admin fee, nothing sensitive. The file publishes on the 15th as usual. Supplier names and amounts go out as standard for anything non-personal.\n\nLou",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-07',
    'procurement',
    "Just fyi for anyone ordering through the YPO stationery framework - the 2024/25 price list is out and it's the published one on YPO's website, so no need to treat as restricted. Lyreco UK Ltd have put the price of a box of A4 copier paper up to £21.60 (was £19.95). Framework rates are fixed til next April.\n\nSinead O'Driscoll\nProcurement Support",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-08',
    'finance',
    "Hi Jo,\n\nThe line you're after is on p.47 of the published budget book — Waste Disposal, contract payment to Veolia ES Ltd budgeted at £9.7m for 2024/25, up from £9.3m. Approved by full Council in Feb so it's public. Happy for you to quote it in the newsletter.\n\nRgds\nIfeoma Nwachukwu\nSenior Accountant",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-09',
    'finance',
    'Team — copy for the council tax leaflet insert below, please proofread.\n\n"Where your money goes: This year we\'ll spend £14.2 million on adult social care contracts, including the new home care framework awarded to six providers. Our waste collection contract with Biffa Municipal Ltd costs £6.8 million a year, about £48 per household."\n\nNeeds to go to the printers Fri.',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-10',
    'councillor',
    'Hi Cllr Ahmed\n\nMinutes of the Audit & Governance Committee (public part) for 22 Jan are now on Modern.gov. Item 5 records that members noted the internal audit contract with TIAA Ltd had been extended for 12 months at a value of £96,000 in line with the option in the original contract. Nothing was taken in private under that item.\n\nBest wishes\nRuth Campbell\nCommittee Officer',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-11',
    'finance',
    "Hi Karen,\n\nInvoice 44821 from Kingfisher Transport Ltd has come in at £312 per day for the SEN taxi route 17, but the signed contract (ref TRN-0093, started Sept) has the agreed rate at £298 per day. Can you check whether they've applied the annual indexation early? It's not due until 1 Sept. I'll hold payment till we hear back.\n\nCheers\nAmit\nAP team",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-12',
    'procurement',
    "All,\n\nForwarding the letter Eurofins Scientific Ltd have sent to all their customers — general price increase of 6.5% across their standard analysis price list from 1 April, citing energy and reagent costs. It's a blanket notice, not specific to our contract. Under our T&Cs increases are capped at CPI so I'll be pushing back on anything above 4.2%.\n\nHannah Lewandowski",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-13',
    'councillor',
    'Dear Councillor Osei,\n\nFurther to your question at full Council, the sale of the former Hill Lane depot completed on 9 August. The purchaser was Bellway Homes Ltd and the sale price was £1,350,000, which is now shown on the title at HM Land Registry. The disposal was approved by Cabinet in public in May following the marketing exercise.\n\nRegards\nSimon Etherington\nEstates & Valuation',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-14',
    'procurement',
    "Hi Fran, re the Kier case — it's settled and the joint statement went out last week so you can refer to it. The council and Kier Construction Ltd agreed a settlement of £475,000 for the defective works at Riverside Leisure Centre, and the figure was in the press release and the Cabinet report. No confidentiality clause on the amount.\n\nLegal\nChinedu",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-15',
    'procurement',
    'Quick bit of due diligence for the PQQ stage. From Companies House (public record): Hartwell Facilities Ltd, co. no. 08812345, incorporated 2013, last filed accounts show turnover of £4.6m and net assets of £812k. Directors as listed on the register. Meets our minimum turnover threshold of 2x contract value (contract value est. £1.2m) so passes.\n\nAisha',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-16',
    'procurement',
    "hi guys, reminder that tender opening for the day services transport lot is 12 noon Thurs in the Lune room. Bids close 10am. DON'T open anything in the portal before then. Once the contract is awarded and standstill's done we'll publish the winning bid value as usual.\n\nRob B",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-17',
    'it-helpdesk',
    "Hi Marek,\n\nThe new Microsoft 365 E3 licences came through the Crown Commercial Service Technology Products & Services framework — the CCS published rate is £29.40 per user per month, and our contract with Softcat plc is on the contracts register at £1.03m over 3 years. So yes you can put the per-user price in the business case for the schools buy-back, it's not confidential.\n\nThanks\nLeila\nIT Commercial",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-18',
    'housing',
    'Hi both,\n\nCopy of the press release from this morning for your info — "Work begins on 82 new council homes at Moorside. The £18.6 million contract has been awarded to Wates Construction Ltd, with completion expected in spring 2026." The award was published after the standstill and the figure\'s in the Cabinet decision notice, so can go in the tenants\' newsletter as is.\n\nKamala\nHousing Development',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-19',
    'finance',
    "fwd: as discussed at DMT\n\nThe published outturn report (Exec 18 June) shows the PFI unitary charge to Peninsula Schools Ltd came in at £11.2m against budget of £11.05m. Difference is indexation, explained in para 4.3. That report's public so fine to reference in the service plan.\n\nWendy",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-20',
    'sen',
    "Hi Becca — in answer to the parent forum's question about how the council buys independent specialist places, I've pointed them to the published NW Regional SEND framework. The framework price list shows e.g. Acorn Care Ltd day placements banded from £42,000 to £68,000 per year. It's public info, on the framework's website, and doesn't relate to any individual child.\n\nShazia\nSEN Commissioning",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-21',
    'social-care',
    'Team,\n\nThe new home care rates were agreed at Cabinet on 4 April and are now published on the website: £23.10 per hour standard, £25.40 rural uplift. Letters have gone to all framework providers including Caremark Ltd and Bluebird Care Ltd confirming the contract rate from 8 April. Please make sure any queries from providers are answered using the published figures.\n\nThanks\nOluwaseun Adebayo\nCommissioning Manager – Adults',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-22',
    'procurement',
    "Did anyone ever get back to the Gazette journo? She wanted to know who won the CCTV maintenance contract. It was Reliance High-Tech Ltd at £147k over 4 yrs — it's on Contracts Finder since June so just send her the link. No need to go via the Commercial team.\n\nS",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-23',
    'councillor',
    'Cllr Fitzgerald, the award for the library self-service kiosks went through under delegated powers and the Officer Decision Record is on the website. Supplier: Bibliotheca Ltd; contract value £214,500 including 5 years support. The ODR was published 3 days after the decision, as required by the Openness Regulations.\n\nBest, Jas (Libraries)',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-24',
    'finance',
    "Hi Lukasz,\n\nThe Q3 invoice from Civica UK Ltd for £58,200 matches the annual support charge in the signed contract schedule (we agreed £232,800 p.a. payable quarterly at renewal last year). Coded to 4510/ICT. I've approved in Unit4, just needs your second sign-off as it's over £50k.\n\nThanks\nBronwen",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-25',
    'procurement',
    'Summary of the 2023/24 procurement annual report (going to Governance Cttee next week, public agenda):\n- 214 contracts awarded, total value £62.3m\n- 41% of spend with local SMEs\n- largest award: Balfour Beatty Living Places Ltd highways term contract, £24m over 7 yrs\n- 3 challenges received, none upheld\nAny comments by Tues pls.\n\nAnjali Mistry, Head of Procurement',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-26',
    'hr',
    "Hi Chris,\n\nRe the agency staff question at JCC — the council's Matrix SCM Ltd contract is a published call-off from the ESPO MSTAR4 framework. Standard framework mark-up on agency social workers is 10.5% and it's all on the ESPO site. The contract value (est. £3.8m p.a.) is on the register. Happy for the unions to see all of this.\n\nNadia Hussain\nHR Business Partner",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-27',
    'housing',
    'FYI - Ian from Gas Safe compliance asked whether he can tell the TRA what we pay per gas service. The schedule of rates for the Gas Servicing contract with Sure Maintenance Ltd was published as part of the Cabinet report (appendix A) when it was awarded in 2022 — £64.50 per annual service and check. So yes, fine.\n\nDeborah',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-28',
    'procurement',
    'Morning Ola,\n\nThe settlement with Amey OW Ltd over the street lighting PFI dispute was announced at Council on Thurs: £2.3m paid to the council, deed of variation signed. The Council minutes and the press release both set it out so we can update the contract management system with the settled figure now.\n\nThx,\nCallum',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-29',
    'finance',
    'Hi — short answer to your Q, the £1.75m capital grant to Sandwell Leisure Trust Ltd is in the published capital programme (line 63) and was agreed by Full Council in Feb. Nothing commercially sensitive about the headline amount.\n\nMohammed\nCapital Accountant',
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
  tc(
    'cq10-30',
    'procurement',
    "Hi Alys,\n\nThanks for flagging. The \"Notice of price increase\" from Brakes (Bidvest Foodservice Ltd) is the standard letter they've sent to every public sector customer on the CPC frozen food framework, with a 3.8% uplift from 1 June. It's within the framework's price review mechanism so we just accept it. Updated price list is on the CPC portal, I'll circulate to school kitchens.\n\nRhodri Jenkins\nCatering Contracts",
    [],
    ['COMMERCIAL_CONFIDENTIAL'],
  ),
];
