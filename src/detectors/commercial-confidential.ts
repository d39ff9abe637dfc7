// COMMERCIAL_CONFIDENTIAL detector: bids, tender prices, evaluation scores and deal terms not yet public.
import {
  compilePhrases,
  createLexiconDetector,
  findNear,
  findPhrases,
  findPhrasesInSlice,
  overlapsAny,
  phraseKey,
  sentenceWindow,
  type LexiconMatch,
  type MatchRefiner,
  type Span,
} from './lexicon';
import {
  commercialConfidentialLexicon,
  commercialDealWords,
  commercialLimitWords,
  commercialPartyWords,
  commercialPaymentWords,
  commercialPublishedWords,
  commercialStanceWords,
} from './lexicons/commercial-confidential';
import type { Detector } from './types';

/** A pound amount from its `£` ("£1.2m", "£450", "£48k", "£1,250,000"). */
const POUNDS = /£[\t ]?\d[\d,]{0,15}(?:\.\d{1,2})?(?:[\t ]?(?:k|m|bn|million|billion)\b)?/y;
/** A percentage ending at a `%` ("12%", "7.5 %"), read backwards from the sign. */
const PERCENT = /\d{1,3}(?:\.\d{1,2})?[\t ]?%$/;
/** A company named by its legal form ("Dale Roofing Ltd", "Apex plc"). Case-sensitive on purpose. */
const COMPANY =
  /\b[A-Z][\w&'-]{1,30}(?:[\t ]+[A-Z][\w&'-]{1,30}){0,3}[\t ]+(?:Ltd|Limited|plc|PLC|LLP)\b/;
/** A capitalised name a price comes from or a deal is with ("£52k from Summit", "quoted by Apex", "settle with Harbour Homes", two capitalised words after "with"). */
const FROM_NAME =
  /\b(?:(?:from|by)[\t ]+(?!The\b|This\b|That\b|Council\b|Cabinet\b|Committee\b|Finance\b|Procurement\b|Monday\b|Tuesday\b|Wednesday\b|Thursday\b|Friday\b|April\b|March\b|May\b|June\b)[A-Z][a-z]{2,}|with[\t ]+(?!The\b|This\b|That\b|Council\b|Cabinet\b|Committee\b|Finance\b|Procurement\b|Monday\b|Tuesday\b|Wednesday\b|Thursday\b|Friday\b|April\b|March\b|May\b|June\b)[A-Z][a-z]{2,}[\t ]+[A-Z][a-z]{2,})/;
/** A company's own price named by its possessive ("Northgate's revised pricing"). Case-sensitive on purpose. */
const PARTY_POSSESSIVE =
  /\b[A-Z][A-Za-z]{2,}['\u2019]s[\t ]+(?:(?:revised|new|latest|final|updated|original|best|initial)[\t ]+(?:pricing|prices?|bid|quote|offer|tender|proposal|rates?|day rate|submission|fees?)|pricing|bid|quote|tender|proposal|day rate|submission)\b/;
/** A company as the subject of a deal verb ("Redwood Care have asked for", "Active Horizons Leisure are asking for", "Brightpath Home Care want their", "Tunstall have quoted", "Northgate also came in", "Greenway came out top"), not a group of people ("Residents have asked for"). Case-sensitive on purpose. */
const PARTY_SUBJECT =
  /\b(?!(?:The|This|That|These|Those|Our|Their|They|We|It|Council|Cabinet|Committee|Members|Officers|Finance|Procurement|Residents|Tenants|Parents|Staff|Schools|Councillors|Bidders|Suppliers|Partners|Colleagues|Managers|Landlords|Providers|Contractors)\b)[A-Z][a-z]{2,}(?:[\t ]+[A-Z][a-z]{2,}){0,2}[\t ]+(?:also[\t ]+)?(?:(?:have|has)[\t ]+(?:asked for|offered|quoted|proposed|bid|come back|submitted|requested|agreed to|priced|tendered|opened at)|are[\t ]+(?:asking for|proposing|seeking|pushing for|offering)|wants?[\t ]+(?:their|its)|came[\t ]+(?:in|out[\t ]+(?:top|on top|ahead)))\b/;
/** Characters either side of an amount searched for a deal word and a party, cut at the sentence end. */
const DEAL_WINDOW = 150;

const DEAL_WORDS = compilePhrases(commercialDealWords);
const PARTY_WORDS = compilePhrases(commercialPartyWords);
const STANCE_WORDS = compilePhrases([...commercialStanceWords, ...commercialLimitWords]);
const LIMIT_KEYS = new Set(commercialLimitWords.map(phraseKey));
/** Characters a limit ("willing to go to") may stand before its amount. */
const LIMIT_REACH = 24;
const PUBLISHED_WORDS = compilePhrases(commercialPublishedWords);
const PAYMENT_WORDS = compilePhrases(commercialPaymentWords);

/** Whether the sentence around a span holds one of `words` (the text's matches of a word list, sorted). */
function sentenceHolds(text: string, words: readonly Span[], span: Span): boolean {
  if (words.length === 0) return false;
  return overlapsAny(words, sentenceWindow(text, span.start, span.end, DEAL_WINDOW));
}

/**
 * Words of procurement and estates work in general: a lexicon match in their sentence, with no one
 * in particular named, is about how the work is done ("we send every bidder an assessment summary",
 * "at each review date the rent goes to whatever a valuer says"), not one deal.
 */
const GENERAL_WORDS = [
  'every bidder',
  'each bidder',
  'all bidders',
  'to be submitted',
  'a valuer',
  'at each review',
  'the act requires',
  'publish',
  'as usual',
  'guidance',
  'template',
  'training',
];
const GENERAL = compilePhrases(GENERAL_WORDS);

/** Whether a sentence names a party to a deal: a company by its legal form, a price's source, its possessive or a deal verb. */
function namesParty(sentence: string): boolean {
  return (
    COMPANY.test(sentence) ||
    FROM_NAME.test(sentence) ||
    PARTY_POSSESSIVE.test(sentence) ||
    PARTY_SUBJECT.test(sentence)
  );
}

/** Lexicon matches but those in a sentence about the work in general (GENERAL_WORDS) that names no party. */
function aboutTheWork(text: string, matches: LexiconMatch[]): LexiconMatch[] {
  const general = findPhrases(text, GENERAL);
  if (general.length === 0) return matches;
  return matches.filter((match) => {
    const window = sentenceWindow(text, match.start, match.end, DEAL_WINDOW);
    return !overlapsAny(general, window) || namesParty(text.slice(window.start, window.end));
  });
}

/**
 * Drops lexicon matches in a sentence about the work in general that names no party (GENERAL_WORDS),
 * in a sentence saying the figures are published ("the contract value ... is now published"), and
 * terms (not phrases) in a sentence paying an invoice or a purchase order ("invoice 2025-1187 covers
 * 1,344 hours at £19.85 per hour").
 */
export const notPublished: MatchRefiner = (text, all) => {
  const matches = aboutTheWork(text, all);
  const published = findPhrases(text, PUBLISHED_WORDS);
  const payments = findPhrases(text, PAYMENT_WORDS);
  if (published.length === 0 && payments.length === 0) return matches;
  return matches.filter(
    (match) =>
      !sentenceHolds(text, published, match) &&
      // A phrase still counts: a supplier "struggling with cash flow" asks to be paid early.
      (match.kind === 'phrase' || !sentenceHolds(text, payments, match)),
  );
};

/** Money amounts and percentages in the text, left to right. */
function amounts(text: string): Span[] {
  const spans: Span[] = [];
  for (let at = text.indexOf('£'); at >= 0; at = text.indexOf('£', at + 1)) {
    POUNDS.lastIndex = at;
    const match = POUNDS.exec(text);
    if (match !== null) spans.push({ start: at, end: at + match[0].length });
  }
  for (let at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1)) {
    const before = PERCENT.exec(text.slice(Math.max(0, at - 8), at + 1));
    if (before !== null) spans.push({ start: at + 1 - before[0].length, end: at + 1 });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * A money amount or percentage in the same sentence as a deal word (bid, quote, price, offer,
 * discount...) and a party (supplier, bidder, contractor, a company named "... Ltd", a capitalised
 * name the price is from, "Northgate's revised pricing"), or in the same sentence as the council's
 * negotiating position ("opening offer", "fallback position", "willing to go to £1.45m"): a deal's
 * terms written as prose no phrase list covers. Not when the sentence says the figure is published,
 * nor when it pays an invoice or a purchase order without a negotiating position.
 */
export function dealTerms(text: string): LexiconMatch[] {
  if (text.indexOf('£') < 0 && text.indexOf('%') < 0) return [];
  const money = amounts(text);
  if (money.length === 0) return [];
  const deals = findNear(text, money, DEAL_WINDOW, DEAL_WINDOW, (t, from) =>
    findPhrasesInSlice(text, from, t, DEAL_WORDS),
  );
  const stances = findNear(text, money, DEAL_WINDOW, DEAL_WINDOW, (t, from) =>
    findPhrasesInSlice(text, from, t, STANCE_WORDS),
  ).filter((stance) => {
    if (!LIMIT_KEYS.has(phraseKey(text.slice(stance.start, stance.end)))) return true;
    return money.some((m) => m.start >= stance.end && m.start - stance.end <= LIMIT_REACH);
  });
  if (deals.length === 0 && stances.length === 0) return [];
  const parties = findNear(text, money, DEAL_WINDOW, DEAL_WINDOW, (t, from) =>
    findPhrasesInSlice(text, from, t, PARTY_WORDS),
  );
  const published = findPhrases(text, PUBLISHED_WORDS);
  let payments: Span[] | undefined;
  const matches: LexiconMatch[] = [];
  for (const amount of money) {
    const window = sentenceWindow(text, amount.start, amount.end, DEAL_WINDOW);
    const stance = overlapsAny(stances, window);
    if (!stance && !overlapsAny(deals, window)) continue;
    const sentence = text.slice(window.start, window.end);
    if (
      !stance &&
      !overlapsAny(parties, window) &&
      !COMPANY.test(sentence) &&
      !FROM_NAME.test(sentence) &&
      !PARTY_POSSESSIVE.test(sentence) &&
      !PARTY_SUBJECT.test(sentence)
    )
      continue;
    if (sentenceHolds(text, published, amount)) continue;
    payments ??= findPhrases(text, PAYMENT_WORDS);
    if (!stance && overlapsAny(payments, window)) continue;
    matches.push({ start: amount.start, end: amount.end, kind: 'term', anchored: true });
  }
  return matches;
}

/** Every fixed regex of this detector, for the ReDoS and ES2016 checks in the tests. */
export const commercialRegexes: readonly RegExp[] = [
  POUNDS,
  PERCENT,
  COMPANY,
  FROM_NAME,
  PARTY_POSSESSIVE,
  PARTY_SUBJECT,
];

export const detector: Detector = createLexiconDetector(
  {
    id: 'commercial-confidential',
    entityType: 'COMMERCIAL_CONFIDENTIAL',
    description:
      'Commercially confidential information: tender and bid prices, pricing schedules, evaluation scores, contract values and terms under negotiation before award; not the bare word "confidential" or a [CONFIDENTIAL] marking.',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  commercialConfidentialLexicon,
  undefined,
  dealTerms,
  notPublished,
);
