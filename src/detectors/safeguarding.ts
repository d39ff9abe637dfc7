// SAFEGUARDING detector: children's and adults' safeguarding and social care case work about a person.
import {
  compilePhrases,
  createLexiconDetector,
  findPhrases,
  phraseKey,
  sentenceWindow,
  type LexiconMatch,
  type Span,
} from './lexicon';
import {
  safeguardingHarmVerbs,
  safeguardingHarmVerbsWithTail,
  safeguardingLexicon,
  safeguardingTakingVerbs,
} from './lexicons/safeguarding';
import type { Detector } from './types';

const YEAR_OLD = ['year old', 'years old'];
/** Every word the prose matchers start from, in one trie regex: one pass over the text's word index. */
const PROSE_LEADS = compilePhrases([
  ...safeguardingHarmVerbs,
  ...safeguardingHarmVerbsWithTail,
  ...safeguardingTakingVerbs,
  ...YEAR_OLD,
]);
type Lead = 'harm' | 'tail' | 'taking' | 'age';
const LEAD_KINDS = new Map<string, Lead>([
  ...safeguardingHarmVerbs.map((verb) => [phraseKey(verb), 'harm'] as const),
  ...safeguardingHarmVerbsWithTail.map((verb) => [phraseKey(verb), 'tail'] as const),
  ...safeguardingTakingVerbs.map((verb) => [phraseKey(verb), 'taking'] as const),
  ...YEAR_OLD.map((phrase) => [phraseKey(phrase), 'age'] as const),
]);

/** Relations and roles a person is named by after "his", "her", "their", "my". */
const RELATION_WORDS =
  'son|sons|daughter|daughters|child|children|baby|kids?|brother|sister|siblings?|partner|ex-partner|wife|husband|girlfriend|boyfriend|mother|mum|mom|father|dad|grandson|granddaughter|grandchildren|grandmother|grandfather|nan|stepson|stepdaughter|step-son|step-daughter|stepchild|twins?|carer|niece|nephew';
const RELATION = `(?:${RELATION_WORDS})`;
/** People a case note names as "the ...". */
const ROLE =
  '(?:child|children|baby|babies|boy|girl|boys|girls|toddler|infant|young person|pupil|pupils|resident|residents|patient|service user|client|victim|kids?|teenager)';
/** A person as the object of a verb: "him", "her", "the child", "his daughter", "a pupil". */
const OBJECT = `(?:him|her|them|the[\\t ]+${ROLE}|(?:his|her|their|my|your)[\\t ]+${RELATION}|(?:a|another)[\\t ]+(?:child|pupil|resident|baby|girl|boy))`;
/** Things, not people, that "her"/"his" may introduce after a verb ("hit her target"). */
const NOT_PERSON =
  '(?![\\t ]+(?:target|deadline|limit|budget|car|phone|bike|door|wall|window|mark|stride|peak|record|head on|own))';
/** Who harmed a person in the passive ("was slapped by her partner"). */
const BY_PERSON = `[\\t ]+by[\\t ]+(?:(?:his|her|their|the|a|an|an older|a older)[\\t ]+)?(?:${RELATION_WORDS}|stepfather|stepmother|step-dad|step-mum|uncle|aunt|cousin|neighbour|teacher|man|men|woman|adult|lodger|another (?:pupil|resident|child))\\b`;
/** After a harm verb: a person as its object, or "by" and who did it. Sticky at the verb's end. */
const HARM_OBJECT = new RegExp(`[\\t ]+${OBJECT}\\b${NOT_PERSON}|${BY_PERSON}`, 'iy');
/** After "locked", "left" or "touched": a person and the word that makes it harm. Sticky at the verb's end. */
const HARM_TAIL = new RegExp(
  `[\\t ]+${OBJECT}[\\t ]+(?:in|inside|out|alone|unattended|unsupervised|home alone|on (?:his|her|their) own|inappropriately|sexually)\\b`,
  'iy',
);
/** A self-inflicted mishap, not harm by another ("she hit her head", "burned his hand on the cooker"). */
const MISHAP =
  /^(?:hit|burned|burnt|bruised)[\t ]+(?:his|her|their)[\t ]+(?:head|knee|leg|arm|hand|foot|elbow|wrist|shoulder|finger|face|back)/i;
/** After a taking verb: a person's money, benefits or papers ("takes her pension", "his mother's money"). */
const TAKEN_THING =
  /[\t ]+(?:all[\t ]+(?:of[\t ]+)?)?(?:her|his|their)[\t ]+(?:(?:elderly[\t ]+)?(?:mother|mum|father|dad|grandmother|grandfather|nan|gran|aunt|uncle|wife|husband|partner)['\u2019]s[\t ]+)?(?:money|pension|benefits|savings|bank card|cash card|debit card|wages|universal credit|pip|attendance allowance|passport|passports)\b/iy;
/** The age before "year old" ("13-year-old", "22 years old"), read backwards. */
const AGE_BEFORE = /(?:^|\D)(\d{1,2})[-\t ]$/;
/** What an adult's age names when it stands against a child's ("a 22-year-old man"). */
const ADULT_NOUN =
  /^[-\t ]*(?:man|male|woman|female|adult|boyfriend|girlfriend|partner|lodger|neighbour)\b/i;

/** Verbs that things, not only people, do ("the storm hit the residents"): a pronoun or relation object only. */
const WEAK_VERB = /^(?:hit|hits|hitting|beat|beats|beating|attacked|shook|shaking|burned|burnt)$/i;
/** An object introduced by an article ("the residents", "a child"). */
const ARTICLE_OBJECT = /^[\t ]+(?:the|a|another)[\t ]/i;

/** Characters either side of a child's age searched for an adult's, cut at the sentence end. */
const AGE_WINDOW = 200;

/** A pronoun subject just before a verb ("she takes"). */
const SUBJECT_BEFORE = /\b(she|he|they)[\t ]+$/i;
/** The possessive a taken thing opens with ("her", "his", "their"). */
const POSSESSIVE = /^[\t ]+(?:all[\t ]+(?:of[\t ]+)?)?(her|his|their)\b/i;
const OWNER: Readonly<Record<string, string>> = { she: 'her', he: 'his', they: 'their' };

/** Whether the subject is the owner ("she takes her pension to the post office"): not abuse. */
function ownThing(text: string, verbStart: number, thing: string): boolean {
  const subject = SUBJECT_BEFORE.exec(text.slice(Math.max(0, verbStart - 8), verbStart));
  const owner = POSSESSIVE.exec(thing);
  if (subject === null || owner === null) return false;
  return OWNER[(subject[1] as string).toLowerCase()] === (owner[1] as string).toLowerCase();
}

function harmMatch(start: number, end: number): LexiconMatch {
  return { start, end, kind: 'phrase', anchored: true };
}

/** Matched lead text → its kind, memoised (the leads are a few hundred spellings of common words). */
const leadCache = new Map<string, Lead | undefined>();

function leadKind(matched: string): Lead | undefined {
  if (leadCache.has(matched)) return leadCache.get(matched);
  const kind = LEAD_KINDS.get(phraseKey(matched));
  if (leadCache.size < 4096) leadCache.set(matched, kind);
  return kind;
}

/** A harm verb with a person as its object ("slapped her", "was punched by his brother"), or null. */
function harmAfter(text: string, verb: Span): LexiconMatch | null {
  HARM_OBJECT.lastIndex = verb.end;
  const object = HARM_OBJECT.exec(text);
  if (object === null) return null;
  if (MISHAP.test(text.slice(verb.start, verb.end + object[0].length + 12))) return null;
  if (WEAK_VERB.test(text.slice(verb.start, verb.end)) && ARTICLE_OBJECT.test(object[0]))
    return null;
  return harmMatch(verb.start, verb.end + object[0].length);
}

/** A taking verb with another person's money or papers ("takes her pension"), or null. */
function takingAfter(text: string, verb: Span): LexiconMatch | null {
  TAKEN_THING.lastIndex = verb.end;
  const thing = TAKEN_THING.exec(text);
  if (thing === null || ownThing(text, verb.start, thing[0])) return null;
  return harmMatch(verb.start, verb.end + thing[0].length);
}

/** "locked", "left" or "touched" with a person and the word that makes it harm, or null. */
function tailAfter(text: string, verb: Span): LexiconMatch | null {
  HARM_TAIL.lastIndex = verb.end;
  const object = HARM_TAIL.exec(text);
  return object === null ? null : harmMatch(verb.start, verb.end + object[0].length);
}

/** A child's age and an adult's ("13-year-old ... 22-year-old man") in one sentence: a possible exploitation. */
function ageGaps(text: string, yearOlds: readonly Span[]): LexiconMatch[] {
  const ages: Array<Span & { age: number; adult: boolean }> = [];
  for (const span of yearOlds) {
    const before = AGE_BEFORE.exec(text.slice(Math.max(0, span.start - 4), span.start));
    if (before === null) continue;
    const age = Number(before[1]);
    const adult = age >= 18 && ADULT_NOUN.test(text.slice(span.end, span.end + 16));
    ages.push({ start: span.start - (before[1] as string).length - 1, end: span.end, age, adult });
  }
  const matches: LexiconMatch[] = [];
  for (let i = 0; i < ages.length; i += 1) {
    const child = ages[i] as (typeof ages)[number];
    if (child.age >= 18) continue;
    const window = sentenceWindow(text, child.start, child.end, AGE_WINDOW);
    let adult: Span | undefined;
    for (let j = i - 1; j >= 0 && adult === undefined; j -= 1) {
      const other = ages[j] as (typeof ages)[number];
      if (other.start < window.start) break;
      if (other.adult && other.age - child.age >= 5) adult = other;
    }
    for (let j = i + 1; j < ages.length && adult === undefined; j += 1) {
      const other = ages[j] as (typeof ages)[number];
      if (other.end > window.end) break;
      if (other.adult && other.age - child.age >= 5) adult = other;
    }
    if (adult !== undefined)
      matches.push(harmMatch(Math.min(child.start, adult.start), Math.max(child.end, adult.end)));
  }
  return matches;
}

/**
 * Harm to a person written as prose no phrase list covers: a harm verb with a person as its object
 * ("he slapped her", "locked the child in", "was punched by her partner"), or a child's age set
 * against an adult's in one sentence, or someone taking a person's money or papers ("takes her pension").
 */
export function harmInProse(text: string): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  const yearOlds: Span[] = [];
  for (const lead of findPhrases(text, PROSE_LEADS)) {
    const kind = leadKind(text.slice(lead.start, lead.end));
    let match: LexiconMatch | null = null;
    if (kind === 'harm') match = harmAfter(text, lead);
    else if (kind === 'taking') match = takingAfter(text, lead);
    else if (kind === 'tail') match = tailAfter(text, lead);
    else if (kind === 'age') yearOlds.push(lead);
    if (match !== null) matches.push(match);
  }
  if (yearOlds.length > 1) matches.push(...ageGaps(text, yearOlds));
  return matches;
}

/** Every fixed regex of this detector, for the ReDoS and ES2016 checks in the tests. */
export const safeguardingRegexes: readonly RegExp[] = [
  HARM_OBJECT,
  HARM_TAIL,
  TAKEN_THING,
  SUBJECT_BEFORE,
  POSSESSIVE,
  MISHAP,
  WEAK_VERB,
  ARTICLE_OBJECT,
  AGE_BEFORE,
  ADULT_NOUN,
];

export const detector: Detector = createLexiconDetector(
  {
    id: 'safeguarding',
    entityType: 'SAFEGUARDING',
    description:
      'Safeguarding and social care case work: section 47 enquiries, child protection plans, looked after children, LADO and MASH referrals, exploitation, domestic abuse, MARAC, DoLS, adult safeguarding concerns, self-neglect; not safeguarding training or policy.',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  safeguardingLexicon,
  undefined,
  harmInProse,
);
