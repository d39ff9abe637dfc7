// SPECIAL_CATEGORY_OTHER detector: a person's ethnicity, politics, religion, union membership, genetics, biometrics or sex life.
import {
  compilePhrases,
  createLexiconDetector,
  findPhrases,
  findPhrasesInSlice,
  personNames,
  phraseKey,
  sentenceWindow,
  type LexiconMatch,
  type Span,
} from './lexicon';
import { PERSON_ANCHORS } from './lexicons/anchors';
import {
  otherHeritageNouns,
  otherIdentityWords,
  otherPartyVerbs,
  otherPracticeVerbs,
  otherUnionNames,
  specialCategoryOtherLexicon,
} from './lexicons/special-category-other';
import type { Detector } from './types';

/** Every word the prose matcher starts from (verbs, identities, heritage nouns, unions), in one trie regex over the scan's word index. */
const LEADS = compilePhrases([
  ...otherPartyVerbs,
  ...otherPracticeVerbs,
  ...otherIdentityWords,
  ...otherHeritageNouns,
  ...otherUnionNames,
]);
type Lead = 'party' | 'practice' | 'identity' | 'heritage' | 'union';
const LEAD_KINDS = new Map<string, Lead>();
for (const [kind, words] of [
  ['party', otherPartyVerbs],
  ['practice', otherPracticeVerbs],
  ['identity', otherIdentityWords],
  ['heritage', otherHeritageNouns],
  ['union', otherUnionNames],
] as const)
  for (const word of words) LEAD_KINDS.set(phraseKey(word), kind);
const ANCHORS = compilePhrases(PERSON_ANCHORS);
/** After a party verb: a named party ("the Socialist Workers Party", "Plaid Cymru"). Case-sensitive on purpose. Sticky at the verb's end. */
const NAMED_PARTY =
  /[\t ]+(?:the[\t ]+)?(?:[A-Z][a-z]+[\t ]+){1,4}Party\b|[\t ]+(?:Plaid Cymru|the SNP|Sinn F[e\u00e9]in)\b/y;
/** After a party verb: a party by its short name ("the Lib Dems", "Labour"), not "Labour costs" or "the Labour group". Needs a person near. */
const SHORT_PARTY =
  /[\t ]+(?:the[\t ]+)?(?:Lib Dems|Liberal Democrats|Greens|Conservatives|Tories|Labour|Reform UK|Reform|Plaid|SNP|DUP|UKIP)\b(?![\t ]+(?:costs?|market|group|councillors?|cabinet|administration|government|leader|leadership|rates?|intensive|force)\b|-)/y;
/** Before an identity word: a person, then "is", "'s", "identifies as", "came out as" and light words ("he's gay", "Alex identifies as non-binary"). */
const IDENTITY_FRAME =
  /(?:^|[\s,(])(?:he|she|they|I|who|[A-Z][a-z]+|son|daughter|child|tenant|employee|client|partner|mum|dad|mother|father|wife|husband|parents)(?:['\u2019](?:s|re)|[\t ]+(?:is|are|am|was|were|has been|have been|identif(?:ies|y|ied) as|came out as|(?:has )?come out as))(?:[\t ]+(?:openly|now|also|an?|quite|proudly|practising|devout))*[\t ]+$/;
/** After an identity word: the clause ends, goes on about the person, or names a person ("he's gay and", "a Hindu woman"), not "a Hindu festival" or "a Catholic school". */
const IDENTITY_NEXT =
  /[\t ]*(?:[.,;:!?)\r\n]|$)|[\t ]+(?:and|but|or|so|who|with|since|now|too|as|at|in|on|for|from|because|man|woman|boy|girl|person|mum|dad|parent|mother|father|convert|himself|herself)\b/y;
/** After a union named with a verb of membership: not a meeting, office, event or building of the union ("in the GMB office", "in Unite House"). */
const UNION_THING =
  /[\t ]+(?:[A-Z][a-z]|(?:meeting|meetings|office|offices|room|conference|newsletter|survey|ballot|website|event|building|stand|stall|headquarters)\b)/y;
/** Capitalised words that start a clause or name a thing or a festival, never the person before "is". */
const NOT_SUBJECTS = new Set(
  (
    'The This That There These Those It What Which Where How Each Every Everyone Nothing Council Team School ' +
    'Church Charity Festival Easter Christmas Diwali Eid Ramadan Hanukkah Passover Vaisakhi Lent Advent Holi Navratri'
  ).split(' '),
);
/** Before a heritage noun: "of" or "from" and a capitalised people or place ("of Nigerian heritage", "of Polish descent"). */
const HERITAGE_FRAME =
  /\b(?:of|from)[\t ]+(?:(?:an?|mixed|dual|black|white|south|east|west|north)[\t ]+)*((?:[A-Z][a-z]+[\t ]+){1,2})$/;
/** Capitalised words before "heritage" or "origin" that date or place a building, not a person's ethnic origin. */
const NOT_ETHNIC = new Set(
  'victorian georgian edwardian roman tudor medieval norman industrial national local world'.split(
    ' ',
  ),
);
/** After a union's name: a role or membership ("a Unite rep", "Unison steward"), not a room or a meeting. */
const UNION_ROLE =
  /[\t ]+(?:(?:union|branch)[\t ]+)?(?:rep|reps|representative|steward|member|official|activist|convenor|organiser|branch secretary|caseworker|subs|subscriptions)\b(?![\t ]+(?:meeting|room|office|drop-in|surgery|session|elections?|training|vacanc(?:y|ies))\b)/y;
/** Before a union's name: a verb of membership ("belongs to the RMT", "joined Unison", "active in the GMB", "strike pay from the RMT"). */
const UNION_MEMBER =
  /\b(?:member of|members of|belongs to|belong to|belonged to|joined|joining|active in|in|subs to|strike pay from)[\t ]+(?:the[\t ]+)?$/i;

/** Characters before a lead word read for its frame. */
const LOOK_BACK = 64;

/** Whether a person anchor (pronoun, title, relation, role) or a name with a predicate is in the sentence around a span. */
function personNear(text: string, span: Span): boolean {
  const window = sentenceWindow(text, span.start, span.end, 100);
  const slice = text.slice(window.start, window.end);
  return (
    findPhrasesInSlice(text, window.start, slice, ANCHORS).length > 0 ||
    personNames(slice).length > 0
  );
}

/** The text of the sentence before `at`, at most LOOK_BACK characters. */
function before(text: string, at: number): string {
  const window = sentenceWindow(text, at, at, LOOK_BACK);
  return text.slice(window.start, at);
}
/** After a practice verb: a faith ("Hinduism", "the Sikh faith", "Islam"). Sticky at the verb's end. */
const FAITH =
  /[\t ]+(?:(?:hinduism|islam|judaism|sikhism|buddhism|christianity|catholicism|paganism|jainism|rastafarianism|zoroastrianism)\b|the[\t ]+(?:muslim|hindu|sikh|jewish|christian|catholic|buddhist|jain|baha'i|rastafarian|pagan)[\t ]+(?:faith|religion)\b)/iy;

/** Capitalised words before "Party" that name a gathering or a legal party, not a political one. */
const NOT_POLITICAL = new Set(
  (
    'christmas summer garden working tea birthday leaving retirement street office staff dinner hen ' +
    'stag block search third interested responsible injured guilty opposing other contracting ' +
    'relevant affected host house pool beach launch works wedding costume fancy dress team'
  ).split(' '),
);

/** Whether a named party is a political one: the word before "Party" is not a gathering's or a legal role's. */
function political(name: string): boolean {
  const words = name.trim().split(/[\t ]+/);
  const before = words[words.length - 2];
  return before === undefined || !NOT_POLITICAL.has(before.toLowerCase());
}

/** Matched lead text → what kind of lead it is, memoised (a few hundred spellings of common words). */
const leadCache = new Map<string, Lead | undefined>();

function leadKind(matched: string): Lead | undefined {
  if (leadCache.has(matched)) return leadCache.get(matched);
  const kind = LEAD_KINDS.get(phraseKey(matched));
  if (leadCache.size < 1024) leadCache.set(matched, kind);
  return kind;
}

/** A sticky tail regex's match at `at`, or null. */
function tailAt(regex: RegExp, text: string, at: number): string | null {
  regex.lastIndex = at;
  const found = regex.exec(text);
  return found === null ? null : found[0];
}

/** The end of a structural match starting at a lead, or -1 when the lead's frame is not there. */
function frameEnd(text: string, lead: Span, kind: Lead): number {
  if (kind === 'practice') {
    const faith = tailAt(FAITH, text, lead.end);
    return faith === null ? -1 : lead.end + faith.length;
  }
  if (kind === 'party') {
    const named = tailAt(NAMED_PARTY, text, lead.end);
    if (named !== null) return political(named) ? lead.end + named.length : -1;
    const short = tailAt(SHORT_PARTY, text, lead.end);
    return short !== null && personNear(text, lead) ? lead.end + short.length : -1;
  }
  if (kind === 'identity') {
    if (tailAt(IDENTITY_NEXT, text, lead.end) === null) return -1;
    const frame = IDENTITY_FRAME.exec(before(text, lead.start));
    if (frame === null) return -1;
    const subject = /[a-z]+/i.exec(frame[0]);
    return subject !== null && !NOT_SUBJECTS.has(subject[0]) ? lead.end : -1;
  }
  if (kind === 'heritage') {
    const frame = HERITAGE_FRAME.exec(before(text, lead.start));
    if (frame === null) return -1;
    const words = (frame[1] as string)
      .trim()
      .toLowerCase()
      .split(/[\t ]+/);
    if (words.some((word) => NOT_ETHNIC.has(word))) return -1;
    return personNear(text, lead) ? lead.end : -1;
  }
  if (!/^[A-Z]/.test(text.charAt(lead.start))) return -1;
  const role = tailAt(UNION_ROLE, text, lead.end);
  const member =
    role === null &&
    UNION_MEMBER.test(before(text, lead.start)) &&
    tailAt(UNION_THING, text, lead.end) === null;
  if ((role === null && !member) || !personNear(text, lead)) return -1;
  return lead.end + (role === null ? 0 : role.length);
}

/**
 * A person's political party, faith, identity, ethnic origin or union written as prose the phrase
 * list does not name: a membership or activity verb before a named party ("active in the Socialist
 * Workers Party", "leaflets for the Lib Dems"), a practice verb before a faith ("practises
 * Hinduism"), a person said to be an identity ("he's gay", "Alex identifies as non-binary"), a
 * people before "heritage" or "descent" ("of Nigerian heritage"), and a union with a role or a verb
 * of membership ("a Unite rep", "belongs to the RMT"), the last two with a person in the sentence.
 */
export function beliefInProse(text: string): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  for (const lead of findPhrases(text, LEADS)) {
    const kind = leadKind(text.slice(lead.start, lead.end));
    if (kind === undefined) continue;
    const end = frameEnd(text, lead, kind);
    if (end >= 0) matches.push({ start: lead.start, end, kind: 'phrase', anchored: true });
  }
  return matches;
}

/** Things a faith can describe, right after "is a Hindu" or "is Catholic": a festival, a school, food. Sticky at the match's end. */
const FAITH_THING_AFTER =
  /[\t ]+(?:festival|festivals|holiday|holidays|celebration|tradition|custom|calendar|school|schools|academy|college|church|temple|mosque|synagogue|gurdwara|charity|organisation|organization|group|community centre|centre|center|foundation|trust|name|word|dish|food|diet|meal|menu|term|symbol|event|service|prayer room|area|neighbourhood|district)\b/iy;
/** Things a faith can describe, just before "is Catholic" ("the school is Catholic", "Easter is Christian"). */
const FAITH_THING_BEFORE =
  /\b(?:school|academy|college|church|charity|festival|holiday|celebration|tradition|custom|easter|christmas|diwali|eid|ramadan|hanukkah|passover|vaisakhi|holi|lent|calendar|food|dish|menu|diet|name|event|service|hospice|hospital|foundation|trust)[\t ]+$/i;

/**
 * Drops a "is a Hindu" / "is Catholic" phrase that describes a thing rather than a person ("Diwali is
 * a Hindu festival", "the new school is Catholic"): the word after it, or the subject before it, is a
 * festival, an institution or food.
 */
function faithOfThings(text: string, matches: LexiconMatch[]): LexiconMatch[] {
  return matches.filter((match) => {
    if (match.kind !== 'phrase' || !/^is\b/i.test(text.slice(match.start, match.start + 3)))
      return true;
    FAITH_THING_AFTER.lastIndex = match.end;
    if (FAITH_THING_AFTER.test(text)) return false;
    return !FAITH_THING_BEFORE.test(text.slice(Math.max(0, match.start - 24), match.start));
  });
}

export const detector: Detector = createLexiconDetector(
  {
    id: 'special-category-other',
    entityType: 'SPECIAL_CATEGORY_OTHER',
    description:
      'Racial or ethnic origin, political opinions, religious or philosophical beliefs, trade union membership, genetic or biometric data, sex life or sexual orientation of a person ("is a member of Unison"), not the European Union or Labour costs.',
    clause: '003_c86f3bbf0626c1ee.txt 1.5',
  },
  specialCategoryOtherLexicon,
  undefined,
  beliefInProse,
  faithOfThings,
);
