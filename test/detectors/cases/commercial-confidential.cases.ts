// Cases for the commercial-confidential detector: bids, prices and scores before award versus procurement talk.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'On the disputed invoice we would settle for £42,000 if the contractor drops the delay claim.',
      note: 'a negotiating position on an invoice',
    },
    { text: 'Veridian Waste Services have opened at a management fee of £2.9m a year.' },
    { text: 'Our target is to land it under £2.7m, so hold firm at the first meeting.' },
    {
      text: 'Without prejudice, the Council is prepared to pay Delmont Construction £275,000 in full and final settlement.',
    },
    { text: 'We are setting the reserve on the shop unit at £235,000.' },
    { text: 'The District Valuer has put the market value of the depot site at £1.85m.' },
    { text: 'Marlow Print are struggling with cash flow and may not make payroll this month.' },
    { text: 'In the draft contract we have conceded a liability cap of £500,000.' },
    {
      text: 'Active Horizons Leisure are asking for their management fee to be cut from £310,000 to nil.',
    },
    { text: 'Brightpath Home Care want their hourly rate to go from £24.10 to £27.85 from April.' },
    { text: 'The tender prices from Bidder A were £1.2m lower than the incumbent.' },
    { text: 'Attached are the tender evaluation scores for lots 1 and 2 - do not forward.' },
    { text: 'Please find the pricing schedule from Veolia for the waste contract.' },
    { text: 'This report contains commercially sensitive information about the leisure operator.' },
    { text: 'The contract value under negotiation is £4.6m over five years.' },
    { text: 'Their day rate is £650, which is 20% below the other bidders.' },
    { text: 'Moderated scores: Company X 78, Company Y 64 (quality 60%, price 40%).' },
    { text: 'The preferred bidder has offered a 12% discount if we sign before April.' },
    { text: 'Best and final offer received from Kier this morning.' },
    { text: 'Bid price for the highways maintenance lot was £3.1m.' },
    { text: 'The developer has made an offer for the site of £2.4m, subject to planning.' },
    { text: 'Exempt under paragraph 3 of Schedule 12A: financial affairs of the operator.' },
    { text: 'The unsuccessful bidders will be told their scores after the standstill period.' },
    { text: 'Heads of terms for the depot lease are still under negotiation.' },
    { text: 'The reserve price for the former library building is £850,000.' },
    { text: 'Commercial in confidence - draft award recommendation for the care framework.' },
    { text: 'Supplier B submitted prices 30% below cost; please check for abnormally low tender.' },
    { text: 'Cost breakdown from the contractor shows a 9% profit margin.' },
    { text: 'Can you send me the price submission for the housing repairs ITT?' },
    { text: 'The walk-away price agreed with the Leader is £1.9m.' },
    { text: 'Capita scored highest on quality but their pricing was the most expensive.' },
    { text: 'The negotiated rate for agency social workers is £42 per hour.' },
    { text: 'The schedule of rates for the responsive repairs contract is attached.' },
    { text: 'Please keep the valuation report for the Town Hall disposal internal.' },
    { text: 'We should not share the lowest bid with the other tenderers before award.' },
    { text: 'Financial\nsubmission from the\npreferred supplier attached.', note: 'line breaks' },
    {
      text: 'Quotes came back at £48k from Hale Roofing and £52k from Summit Building.',
      note: 'amounts beside a deal word and the companies they came from',
    },
    { text: 'Birch Facilities Ltd has offered £1.2m to extend the contract by two years.' },
    { text: 'The incumbent supplier is proposing a 7.5% uplift from April.' },
    {
      text: 'Their latest filed accounts show net liabilities of £2.1m and the auditors have put a material uncertainty note on going concern.',
      note: "a supplier's accounts",
    },
    {
      text: 'Pennine Care Homes missed their bank covenant in Q2 and are in talks with the lender about a standstill agreement.',
    },
    {
      text: 'Northgate also came in cheapest at £186 per day per route.',
      note: 'a one-word company with a deal verb',
    },
    { text: 'Tunstall have quoted £8.75 per connection per week, up from £6.20.' },
    {
      text: "Our valuer thinks £16k is achievable at arbitration, but we'd accept £15,250 to save the fees.",
      note: 'what the council would accept',
    },
    {
      text: 'Cabinet have set a minimum acceptable price of £4.5m for the Northfield Business Centre.',
    },
    {
      text: 'Greenway Landscapes came out top on quality at 71.5 out of 80 but their annual price is £412,600.',
      note: 'a company that came out top',
    },
  ],
  invalid: [
    {
      text: 'Security contractor invoice 2025-1187 covers 1,344 guarding hours at £19.85 per hour (£26,678.40).',
      note: 'an invoice being paid',
    },
    {
      text: 'The shortfall of £250,000 will be met from the general fund reserve.',
      note: "the council's reserves",
    },
    {
      text: 'Please can you fold the leaflets; the volunteers may fold them too.',
      note: 'folding paper',
    },
    {
      text: 'Our target is to reduce sickness absence to 8 days, a saving of £40,000.',
      note: 'a target, not a deal',
    },
    { text: 'Hold firm on the deadline for the staff survey.', note: 'no amount' },
    {
      text: 'The management fee for the car park is published on our website at £3 a day.',
      note: 'published',
    },
    {
      text: 'Please pay the invoice from Harbour Print, £1,200, on the usual terms.',
      note: 'an invoice paid',
    },
    {
      text: 'The information in this email may be commercially sensitive, legally privileged or contain personal data.',
      note: "a disclaimer's hedge",
    },
    { text: 'This email is [CONFIDENTIAL].' },
    { text: 'CONFIDENTIAL: staff restructure briefing for heads of service.' },
    { text: 'The tender documents are available on Find a Tender from Monday.' },
    { text: 'The contract register is published under the transparency code.' },
    { text: 'Procurement training for budget holders is on 5 May.' },
    { text: 'Commercial waste collections move to Wednesday.' },
    { text: 'Please read the contract procedure rules before you start.' },
    { text: 'The cost of living support fund opens next week.' },
    { text: 'Council tax bills will be sent in March.' },
    { text: 'Terms of reference for the scrutiny panel are attached.' },
    { text: 'We have a quote from the Leader for the press release.' },
    { text: 'The job offer letter has been sent to the candidate.' },
    { text: 'The food hygiene score for the cafe is 5.' },
    { text: 'Terms and conditions of the grant are on page 4.' },
    { text: 'Our commercial team will be at the business breakfast.' },
    { text: 'The evaluation of the pilot will be presented in July.' },
    { text: 'The savings target for 2026/27 is £12m.' },
    { text: 'Price list for room hire at the civic centre.' },
    { text: 'The Valuation Office Agency sets rateable values.' },
    { text: 'Please complete the training evaluation form.' },
    { text: 'Highways supplier day at the depot, all welcome.' },
    { text: 'Tender opportunities are advertised on our supplier portal.' },
    { text: 'The Procurement Act 2023 changes take effect in February.' },
    { text: 'Never disclose confidential information on social media.' },
    { text: 'School place offer day is 16 April.' },
    { text: 'In terms of timescales, the report is due in June.' },
    { text: 'Staff should never disclose commercially sensitive information on social media.' },
    { text: 'Sensitive data includes commercially confidential and contract information.' },
    { text: 'The budget for the library refurbishment is £1.2m over two years.' },
    { text: 'Parking permits rise by 4% from April; the price list is on the website.' },
    { text: 'The supplier invoice for £450 was paid on 3 May.' },
    // the work in general, an insurance level a supplier must hold
    {
      text: 'After the evaluation we send every bidder an assessment summary, plus the info on the winning bid that the Act requires.',
    },
    {
      text: 'At each review date the rent goes to whatever a valuer says the market rent would be.',
    },
    { text: 'Public liability insurance cert (min £5m) and employers liability (£10m) in date.' },
    // figures already public or settled
    {
      text: 'The purchaser was Bellway Homes Ltd and the sale price was £1,350,000, which is now shown on the title at HM Land Registry.',
    },
    {
      text: 'The council and Kier Construction Ltd agreed a settlement of £475,000, and the figure was in the press release.',
    },
    {
      text: 'Eurofins Scientific Ltd have sent a letter to all their customers - general price increase of 6.5% from 1 April.',
    },
    {
      text: 'Fisher Transport Ltd has invoiced £312 per day, but the signed contract has the agreed rate at £298 per day.',
    },
    { text: 'Nothing commercially sensitive about the headline amount.' },
    {
      text: "Once the contract is awarded we'll publish the winning bid value as usual.",
    },
    {
      text: "Checked against the contract schedule - it's the agreed hourly rate of £28.75 for 273 hrs, matches the timesheets.",
    },
  ],
};

export default cases;
