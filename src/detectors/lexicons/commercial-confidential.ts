// Lexicon for COMMERCIAL_CONFIDENTIAL: bids, tender prices, evaluation scores and terms of a deal not yet public.
import type { LexiconData } from '../lexicon';

export const commercialConfidentialLexicon: LexiconData = {
  entityType: 'COMMERCIAL_CONFIDENTIAL',
  extensionsNeedAnchor: false,
  phrases: [
    // markings that assert commercial sensitivity (not the bare word "confidential")
    'commercially sensitive', 'commercially confidential', 'commercial in confidence', 'commercial-in-confidence',
    'market sensitive', 'price sensitive', 'exempt under paragraph 3', 'paragraph 3 of schedule 12a',
    'paragraph 3 of part 1 of schedule 12a', 'financial or business affairs of any particular person',
    // bids and prices
    'tender price', 'tender prices', 'tendered price', 'tendered prices', 'tender sum', 'tendered sum', 'bid price',
    'bid prices', 'bid value', 'bid values', 'submitted price', 'submitted prices', 'pricing schedule',
    'pricing schedules', 'price schedule', 'pricing submission', 'price submission', 'financial submission',
    'commercial submission', 'schedule of rates', 'their pricing', 'their rates', 'their day rate',
    'competitor pricing', "competitors' prices", 'competitor prices', 'lowest bid', 'highest bid', 'lowest tender',
    'lowest priced', 'cheapest bid', 'winning bid', 'rival bid', 'undercut', 'price breakdown', 'cost breakdown',
    'cost model', 'pricing model', 'profit margin', 'margins of', 'best and final offer', 'bafo', 'final offer of',
    'revised offer of', 'revised bid', 'revised price', 'negotiated price', 'negotiated rate', 'negotiated discount',
    'agreed discount', 'rebate of', 'discount of', 'volume discount',
    // evaluation
    'tender evaluation', 'tender evaluation scores', 'evaluation scores', 'evaluation score', 'evaluation matrix',
    'moderated scores', 'moderation scores', 'moderation meeting', 'consensus scores', 'quality score',
    'quality scores', 'price score', 'price scores', 'scored highest', 'scored lowest', 'ranked first',
    'ranked second', 'preferred bidder', 'preferred supplier', 'unsuccessful bidder', 'unsuccessful bidders',
    'successful bidder', 'shortlisted bidders', 'bidder a', 'bidder b', 'bidder c', 'bidder 1', 'bidder 2',
    'bidder 3', 'tenderer a', 'tenderer b', 'tenderer 1', 'tenderer 2',
    // values and terms before award
    'contract value under negotiation', 'not yet awarded', 'before award', 'prior to award', 'pre-award',
    'ahead of contract award', 'award recommendation', 'recommendation to award', 'contract award report',
    'heads of terms', 'draft heads of terms', 'terms under negotiation', 'under negotiation', 'negotiating position',
    'walk-away price', 'reserve price', 'land value', 'valuation report', 'purchase price', 'sale price',
    'asking price', 'offer for the site', 'settlement figure', 'termination payment', 'liquidated damages',
    'payment mechanism', 'open book accounts', 'open-book accounts',
  ],
  anchoredTerms: [
    'contract value', 'total contract value', 'annual contract value', 'whole life cost', 'day rate', 'day rates',
    'hourly rate', 'hourly rates', 'unit rate', 'unit rates', 'unit price', 'unit prices', 'pricing', 'their price',
    'priced at', 'quoted', 'fee proposal', 'financial offer', 'commercial offer', 'quotation', 'discount', 'rebate',
    'margin', 'overheads', 'scores', 'scored', 'ranking', 'ranked', 'valuation',
  ],
  anchors: [
    'bid', 'bids', 'bidder', 'bidders', 'tender', 'tenders', 'tenderer', 'tenderers', 'tendered', 'supplier',
    'suppliers', 'contractor', 'contractors', 'provider', 'providers', 'negotiation', 'negotiations', 'negotiating',
    'negotiate', 'procurement', 'itt', 'rfq', 'invitation to tender', 'mini-competition', 'mini competition',
    'framework call-off', 'lot 1', 'lot 2', 'lot 3', 'award', 'contract award', 'standstill', 'developer',
    'purchaser', 'vendor', 'acquisition', 'disposal', 'joint venture', 'concession', 'incumbent',
  ],
  negatives: [
    'commercial waste', 'commercial property portfolio', 'commercial vehicles', 'commercial services',
    'commercial team', 'commercial director', 'commercial strategy', 'commercial rent review policy',
    'tender opportunities', 'tender opportunity', 'tender portal', 'tender documents are available',
    'tender documents will be published', 'contracts finder', 'find a tender', 'contract register',
    'contracts register', 'transparency code', 'published contract value', 'estimated contract value is published',
    'procurement act', 'procurement regulations', 'procurement training', 'procurement policy',
    'contract procedure rules', 'price increase letter', 'price of a ticket', 'prices include vat',
    'price list', 'bus fares', 'free quote', 'quote of the day', 'quote from the leader', 'a quote for the press',
    'press quote', 'media quote', 'quote for the media', 'council tax', 'cost of living', 'cost-of-living',
    'cost centre', 'cost code', 'cost codes', 'savings target', 'savings targets', 'savings plan', 'savings plans',
    'terms and conditions', 'terms of reference', 'terms of use', 'terms of service', 'in terms of', 'term time',
    'offer of employment', 'job offer', 'offer letter', 'offer of a place', 'school place offer', 'offer day',
    'special offer', 'score card template', 'food hygiene score', 'food hygiene rating', 'credit score',
    'valuation office agency', 'valuation tribunal', 'rateable value', 'evaluation of the pilot',
    'evaluation report', 'training evaluation', 'evaluation form', 'evaluation survey', 'under negotiation with the unions',
    'section 43 exemption',
  ],
};
