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
  safeguardingCoercionVerbs,
  safeguardingForceVerbs,
  safeguardingHarmVerbs,
  safeguardingHomeHazards,
  safeguardingHarmVerbsWithTail,
  safeguardingLexicon,
  safeguardingTakingVerbs,
} from './lexicons/safeguarding';
import type { Detector } from './types';

const YEAR_OLD = ['year old', 'years old'];
/** Threats that are harm with a person and a weapon ("threatened her with a knife"). */
const THREAT_VERBS = ['threatened', 'threatens', 'threatening', 'came at', 'went for'];
/** Hostility that is harm towards a person ("aggressive towards the children"). */
const HOSTILE_WORDS = [
  'aggressive',
  'violent',
  'abusive',
  'physically aggressive',
  'verbally aggressive',
];
/** Every word the prose matchers start from, in one trie regex: one pass over the text's word index. */
const PROSE_LEADS = compilePhrases([
  ...safeguardingHarmVerbs,
  ...safeguardingHarmVerbsWithTail,
  ...safeguardingTakingVerbs,
  ...safeguardingForceVerbs,
  ...safeguardingCoercionVerbs,
  ...safeguardingHomeHazards,
  ...THREAT_VERBS,
  ...HOSTILE_WORDS,
  ...YEAR_OLD,
]);
type Lead =
  'harm' | 'tail' | 'taking' | 'force' | 'coerce' | 'hazard' | 'threat' | 'towards' | 'age';
const LEAD_KINDS = new Map<string, Lead>([
  ...safeguardingHarmVerbs.map((verb) => [phraseKey(verb), 'harm'] as const),
  ...safeguardingHarmVerbsWithTail.map((verb) => [phraseKey(verb), 'tail'] as const),
  ...safeguardingTakingVerbs.map((verb) => [phraseKey(verb), 'taking'] as const),
  ...safeguardingForceVerbs.map((verb) => [phraseKey(verb), 'force'] as const),
  ...safeguardingCoercionVerbs.map((verb) => [phraseKey(verb), 'coerce'] as const),
  ...safeguardingHomeHazards.map((phrase) => [phraseKey(phrase), 'hazard'] as const),
  ...THREAT_VERBS.map((verb) => [phraseKey(verb), 'threat'] as const),
  ...HOSTILE_WORDS.map((word) => [phraseKey(word), 'towards'] as const),
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
  '(?![\\t ]+(?:target|deadline|limit|budget|car|phone|bike|door|wall|window|mark|stride|peak|record|head on|own|attention|interest|eye|chance|coat|bag))';
/** Who harmed a person in the passive ("was slapped by her partner"). */
const BY_PERSON = `[\\t ]+by[\\t ]+(?:(?:his|her|their|the|a|an|an older|a older)[\\t ]+)?(?:${RELATION_WORDS}|stepfather|stepmother|step-dad|step-mum|uncle|aunt|cousin|neighbour|teacher|man|men|woman|adult|lodger|another (?:pupil|resident|child))\\b`;
/** After a harm verb: a person as its object, or "by" and who did it. Sticky at the verb's end. */
const HARM_OBJECT = new RegExp(`[\\t ]+${OBJECT}\\b${NOT_PERSON}|${BY_PERSON}`, 'iy');
/** After "locked", "left" or "touched": a person and the word that makes it harm. Sticky at the verb's end. */
const HARM_TAIL = new RegExp(
  `[\\t ]+${OBJECT}[\\t ]+(?:in|inside|out|alone|unattended|unsupervised|home alone|on (?:his|her|their) own|inappropriately|sexually)\\b`,
  'iy',
);
/** After "threw" or "pushed": a person and where they were thrown ("threw him against the door"). Sticky at the verb's end. */
const FORCE_TAIL = new RegExp(
  `[\\t ]+${OBJECT}(?:[\\t ]+(?:hard|violently|roughly))?[\\t ]+(?:against|down|across|onto|into the (?:wall|door|floor)|to the (?:floor|ground))\\b`,
  'iy',
);
/** After a coercion verb: a person and marriage, sex or crime ("forcing his daughter into a marriage"). Sticky at the verb's end. */
const COERCE_TAIL = new RegExp(
  `[\\t ]+${OBJECT}[\\t ]+(?:into[\\t ]+(?:(?:a|an)[\\t ]+)?(?:marriage|marrying|sex|sexual|prostitution|selling drugs|dealing|carrying drugs|running drugs|shoplifting)|(?:to[\\t ]+)?(?:marry|have sex|sleep with|sell drugs|deal drugs|carry drugs|hold drugs))\\b`,
  'iy',
);
/** After a threat verb: a person and a weapon ("threatened her with a knife"). Sticky at the verb's end. */
const WEAPON_TAIL = new RegExp(
  `[\\t ]+${OBJECT}[\\t ]+with[\\t ]+(?:(?:a|an|his|her|their)[\\t ]+)?(?:knife|knives|kitchen knife|weapon|gun|hammer|bat|baseball bat|machete|screwdriver|blade)\\b`,
  'iy',
);
/** After "aggressive", "violent" or "abusive": towards a person ("aggressive towards the children"). Sticky at the word's end. */
const TOWARDS_PERSON = new RegExp(
  `[\\t ]+(?:towards|toward|to)[\\t ]+${OBJECT}\\b${NOT_PERSON}`,
  'iy',
);
/** Relations that are not already roles ("mother", "nephew"), for a subject that is a person. */
const RELATION_NOT_ROLE = RELATION_WORDS.split('|')
  .filter((word) => !/^(?:child|children|baby|kids\?)$/.test(word))
  .join('|');
/** Just before "was left": a person as the subject ("the baby was left", "her mother has been left"). */
const PERSON_SUBJECT_BEFORE = new RegExp(
  `\\b(?:child|children|baby|babies|boy|girl|boys|girls|toddler|infant|young person|pupil|pupils|resident|residents|patient|service user|client|victim|kids?|teenager|${RELATION_NOT_ROLE}|(?:mr|mrs|ms|miss|mx)\\.?[\\t ]+[a-z]+)[\\t ]+(?:was|were|is|are|has been|have been|had been|being|been)[\\t ]+(?:often[\\t ]+|regularly[\\t ]+|frequently[\\t ]+)?$`,
  'i',
);
/** After a passive "left": alone or without care ("was left on her own"). Sticky at the verb's end. */
const LEFT_ALONE =
  /[\t ]+(?:alone|unattended|unsupervised|home alone|on (?:his|her|their) own|by (?:himself|herself|themselves)|in (?:soiled|wet|dirty|urine-soaked) (?:bedding|sheets|clothes|clothing|nappies|nappy|pads?)|in bed all day|without (?:food|water|care|a meal|medication|(?:his|her|their) medication))\b/iy;
/** A child in the sentence with a carer's drink or drugs. */
const CHILD_NEAR =
  /\b(?:child|children|baby|babies|toddler|toddlers|infant|newborn|kids?|son|daughter)\b/i;

/** A self-inflicted mishap, not harm by another ("she hit her head", "burned his hand on the cooker"). */
const MISHAP =
  /^(?:hit|burned|burnt|bruised)[\t ]+(?:his|her|their)[\t ]+(?:head|knee|leg|arm|hand|foot|elbow|wrist|shoulder|finger|face|back)/i;
/** After a taking verb: a person's money, benefits or papers ("takes her pension", "his mother's money"). */
const TAKEN_THING =
  /[\t ]+(?:money|cash|funds)[\t ]+(?:out[\t ]+)?(?:of|from)[\t ]+(?:her|his|their)[\t ]+(?:bank[\t ]+)?(?:account|purse|wallet|savings)\b|[\t ]+(?:all[\t ]+(?:of[\t ]+)?)?(?:her|his|their)[\t ]+(?:(?:elderly[\t ]+)?(?:mother|mum|father|dad|grandmother|grandfather|nan|gran|aunt|uncle|wife|husband|partner)['\u2019]s[\t ]+)?(?:money|pension|benefits|savings|bank card|cash card|debit card|wages|universal credit|pip|attendance allowance|passport|passports)\b/iy;
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
const POSSESSIVE = /\b(her|his|their)\b/i;
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

/** "threw" or "pushed" with a person and where they were thrown, or null. */
function forceAfter(text: string, verb: Span): LexiconMatch | null {
  FORCE_TAIL.lastIndex = verb.end;
  const tail = FORCE_TAIL.exec(text);
  return tail === null ? null : harmMatch(verb.start, verb.end + tail[0].length);
}

/** A coercion verb with a person and marriage, sex or crime, or null. */
function coerceAfter(text: string, verb: Span): LexiconMatch | null {
  COERCE_TAIL.lastIndex = verb.end;
  const tail = COERCE_TAIL.exec(text);
  return tail === null ? null : harmMatch(verb.start, verb.end + tail[0].length);
}

/** A threat to a person with a weapon, or null. */
function weaponAfter(text: string, verb: Span): LexiconMatch | null {
  WEAPON_TAIL.lastIndex = verb.end;
  const tail = WEAPON_TAIL.exec(text);
  return tail === null ? null : harmMatch(verb.start, verb.end + tail[0].length);
}

/** Aggression or violence towards a person ("aggressive towards the children"), or null. */
function towardsAfter(text: string, word: Span): LexiconMatch | null {
  TOWARDS_PERSON.lastIndex = word.end;
  const tail = TOWARDS_PERSON.exec(text);
  return tail === null ? null : harmMatch(word.start, word.end + tail[0].length);
}

/** A person "was left" alone or unattended ("the baby was left on her own"), or null. */
function passiveLeftAfter(text: string, verb: Span): LexiconMatch | null {
  if (text.slice(verb.start, verb.end).toLowerCase() !== 'left') return null;
  if (!PERSON_SUBJECT_BEFORE.test(text.slice(Math.max(0, verb.start - 48), verb.start)))
    return null;
  LEFT_ALONE.lastIndex = verb.end;
  const tail = LEFT_ALONE.exec(text);
  return tail === null ? null : harmMatch(verb.start, verb.end + tail[0].length);
}

/** A carer's drink or drugs with a child in the same sentence ("smell of cannabis ... a toddler"), or null. */
function hazardNear(text: string, hazard: Span): LexiconMatch | null {
  const window = sentenceWindow(text, hazard.start, hazard.end, AGE_WINDOW / 2);
  return CHILD_NEAR.test(text.slice(window.start, window.end))
    ? harmMatch(hazard.start, hazard.end)
    : null;
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
    else if (kind === 'tail') match = tailAfter(text, lead) ?? passiveLeftAfter(text, lead);
    else if (kind === 'force') match = forceAfter(text, lead);
    else if (kind === 'coerce') match = coerceAfter(text, lead);
    else if (kind === 'hazard') match = hazardNear(text, lead);
    else if (kind === 'threat') match = weaponAfter(text, lead);
    else if (kind === 'towards') match = towardsAfter(text, lead);
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
  FORCE_TAIL,
  COERCE_TAIL,
  PERSON_SUBJECT_BEFORE,
  LEFT_ALONE,
  CHILD_NEAR,
  WEAPON_TAIL,
  TOWARDS_PERSON,
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
