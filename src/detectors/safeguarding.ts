// SAFEGUARDING detector: children's and adults' safeguarding and social care case work about a person.
import {
  compilePhrases,
  createLexiconDetector,
  findPhrases,
  generalSentenceFilter,
  overlapsAny,
  phraseKey,
  sentenceWindow,
  type LexiconMatch,
  type MatchRefiner,
  type Span,
} from './lexicon';
import {
  safeguardingCareSigns,
  safeguardingChildWords,
  safeguardingConcernWords,
  safeguardingReportWords,
  safeguardingControlVerbs,
  safeguardingDisclosureCues,
  safeguardingExploitationSigns,
  safeguardingFearWords,
  safeguardingFrameWords,
  safeguardingUnseen,
  safeguardingHomeSigns,
  safeguardingWithholdVerbs,
  safeguardingCoercionVerbs,
  safeguardingForceVerbs,
  safeguardingHarmVerbs,
  safeguardingHomeHazards,
  safeguardingHarmVerbsWithTail,
  safeguardingInjuries,
  safeguardingLexicon,
  safeguardingMovingVerbs,
  safeguardingPersonWords,
  safeguardingProcessWords,
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
/** Attempts that are threats carried out ("tried to take the youngest"). */
const ATTEMPT_VERBS = ['tried to', 'tries to', 'trying to', 'attempted to', 'attempting to'];
/** Report words that lead the case-note score; "disclosed" is left to the disclosure frames, which read it already. */
const ALLEGATION_LEADS = ['allegation', 'allegations'];
/** "a domestic" as a noun, the word police and social workers use for a domestic abuse incident. */
const DOMESTIC_NOUN = ['a domestic'];
/** Every word the prose matchers start from, in one trie regex: one pass over the text's word index. */
const PROSE_LEADS = compilePhrases([
  ...safeguardingDisclosureCues,
  ...safeguardingFearWords,
  ...safeguardingCareSigns,
  ...safeguardingHomeSigns,
  ...safeguardingExploitationSigns,
  ...safeguardingUnseen,
  ...safeguardingControlVerbs,
  ...safeguardingWithholdVerbs,
  ...safeguardingInjuries,
  ...safeguardingConcernWords,
  ...ALLEGATION_LEADS,
  ...DOMESTIC_NOUN,
  ...ATTEMPT_VERBS,
  ...safeguardingHarmVerbs,
  ...safeguardingHarmVerbsWithTail,
  ...safeguardingTakingVerbs,
  ...safeguardingMovingVerbs,
  ...safeguardingForceVerbs,
  ...safeguardingCoercionVerbs,
  ...safeguardingHomeHazards,
  ...THREAT_VERBS,
  ...HOSTILE_WORDS,
  ...YEAR_OLD,
]);
type Lead =
  | 'harm'
  | 'tail'
  | 'taking'
  | 'force'
  | 'coerce'
  | 'hazard'
  | 'threat'
  | 'towards'
  | 'age'
  | 'cue'
  | 'fear'
  | 'care'
  | 'home'
  | 'control'
  | 'withhold'
  | 'domestic'
  | 'exploit'
  | 'unseen'
  | 'moving'
  | 'attempt'
  | 'injury'
  | 'concern';
/** Each lead's kinds, tried in order until one matches (a word may be a harm verb and a disclosure cue). */
const LEAD_KINDS = new Map<string, Lead[]>();
function addLeads(words: readonly string[], kind: Lead): void {
  for (const word of words) {
    const key = phraseKey(word);
    const kinds = LEAD_KINDS.get(key);
    if (kinds === undefined) LEAD_KINDS.set(key, [kind]);
    else if (!kinds.includes(kind)) kinds.push(kind);
  }
}
addLeads(safeguardingHarmVerbs, 'harm');
addLeads(safeguardingHarmVerbsWithTail, 'tail');
addLeads(safeguardingTakingVerbs, 'taking');
addLeads(safeguardingMovingVerbs, 'moving');
addLeads(safeguardingForceVerbs, 'force');
addLeads(safeguardingCoercionVerbs, 'coerce');
addLeads(safeguardingHomeHazards, 'hazard');
addLeads(THREAT_VERBS, 'threat');
addLeads(HOSTILE_WORDS, 'towards');
addLeads(YEAR_OLD, 'age');
addLeads(safeguardingFearWords, 'fear');
addLeads(safeguardingControlVerbs, 'control');
addLeads(safeguardingWithholdVerbs, 'withhold');
addLeads(DOMESTIC_NOUN, 'domestic');
addLeads(ATTEMPT_VERBS, 'attempt');
addLeads(safeguardingUnseen, 'unseen');
addLeads(safeguardingExploitationSigns, 'exploit');
addLeads(safeguardingCareSigns, 'care');
addLeads(safeguardingHomeSigns, 'home');
addLeads(safeguardingDisclosureCues, 'cue');
addLeads(safeguardingInjuries, 'injury');
addLeads(safeguardingConcernWords, 'concern');
addLeads(ALLEGATION_LEADS, 'concern');

/** Relations and roles a person is named by after "his", "her", "their", "my". */
const RELATION_WORDS =
  'son|sons|daughter|daughters|child|children|baby|kids?|brother|sister|siblings?|partner|ex-partner|wife|husband|girlfriend|boyfriend|mother|mum|mom|father|dad|grandson|granddaughter|grandchildren|grandmother|grandfather|nan|stepson|stepdaughter|step-son|step-daughter|stepchild|twins?|carer|niece|nephew';
const RELATION = `(?:${RELATION_WORDS})`;
/** People a case note names as "the ...". */
const ROLE =
  '(?:child|children|baby|babies|boy|girl|boys|girls|toddler|infant|young person|pupil|pupils|resident|residents|patient|service user|client|victim|kids?|teenager|(?:\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)-year-old)';
/** A person as the object of a verb: "him", "her", "the child", "his daughter", "a pupil". */
const OBJECT_ALTERNATIVES = `him|her|them|(?:mr|mrs|ms|miss|mx)\\.?[\\t ]+[a-z]+(?:['\\u2019][a-z]{2,})?|the[\\t ]+${ROLE}|(?:his|her|their|my|your)[\\t ]+${RELATION}|(?:a|another)[\\t ]+(?:child|pupil|resident|baby|girl|boy)`;
const OBJECT = `(?:${OBJECT_ALTERNATIVES})`;
/** Relations said without a possessive in case notes ("throws things at mum", "daddy hurts mummy"). */
const BARE_RELATION = 'mum|dad|mummy|daddy|nan|nanny|gran|grandad|grandma|stepdad|stepmum';
/** Things, not people, that "her"/"his" may introduce after a verb ("hit her target"). */
const NOT_PERSON =
  '(?![\\t ]+(?:target|deadline|limit|budget|car|phone|bike|door|wall|window|mark|stride|peak|record|head on|own|attention|interest|eye|chance|coat|bag|house|home|flat|garden|front|complaint|case|claim|application|cat|dog|pet|horse))';
/** Who harmed a person in the passive ("was slapped by her partner"). */
const BY_PERSON = `[\\t ]+by[\\t ]+(?:(?:his|her|their|the|a|an|an older|a older)[\\t ]+)?(?:${RELATION_WORDS}|stepfather|stepmother|step-dad|step-mum|uncle|aunt|cousin|neighbour|teacher|man|men|woman|adult|lodger|another (?:pupil|resident|child))\\b`;
/** After a harm verb: a person as its object (not a possessive: "Mr Jones's shed"), or "by" and who did it. Sticky at the verb's end. */
const HARM_OBJECT = new RegExp(
  `[\\t ]+${OBJECT}\\b(?!['\\u2019]s\\b)${NOT_PERSON}|${BY_PERSON}`,
  'iy',
);
/**
 * After a harm verb: a relation named without a possessive, as a child says it ("daddy hurts
 * mummy"). Sticky at the verb's end; it counts only after a person (HARM_SUBJECT), since "the price
 * rise hits mum and dad" is no harm done.
 */
const HARM_BARE_OBJECT = new RegExp(
  `[\\t ]+(?:${BARE_RELATION})\\b(?!['\\u2019]s\\b)${NOT_PERSON}`,
  'iy',
);
/** Just before a harm verb: a person doing it ("daddy", "he", "her boyfriend", "my stepdad"). */
const HARM_SUBJECT = new RegExp(
  `\\b(?:he|she|${BARE_RELATION}|(?:his|her|their|my)[\\t ]+(?:${RELATION_WORDS}|stepdad|stepmum|stepfather|stepmother))[\\t ]+(?:(?:always|often|sometimes|still|keeps|has|had|would|used to)[\\t ]+)?$`,
  'i',
);
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
  `[\\t ]+${OBJECT}[\\t ]+(?:into[\\t ]+(?:(?:a|an)[\\t ]+)?(?:marriage|marrying|sex|sexual|prostitution|selling drugs|dealing|carrying drugs|running drugs|shoplifting)|(?:to[\\t ]+)?(?:marry|have sex|sleep with|sell drugs|deal drugs|carry drugs|hold drugs|send[\\t ]+(?:(?:him|her|them|me)[\\t ]+)?(?:photos|pictures|images|nudes|videos|naked|nude|explicit)|(?:hold|stash|hide|keep|look after|carry)[\\t ]+(?:packages|parcels|a package|a parcel|knives|a knife|weapons|a weapon)))\\b`,
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
/** Just before "was left": a person as the subject ("the baby was left", "her mother has been left", "the kids, the eldest 7, are left"). */
const PERSON_SUBJECT_BEFORE = new RegExp(
  `\\b(?:child|children|baby|babies|boy|girl|boys|girls|toddler|infant|young person|pupil|pupils|resident|residents|patient|service user|client|victim|kids?|teenager|${RELATION_NOT_ROLE}|(?:mr|mrs|ms|miss|mx)\\.?[\\t ]+[a-z]+)(?:,[^,.;!?\\n]{1,60},)?[\\t ]+(?:was|were|is|are|has been|have been|had been|being|been)[\\t ]+(?:often[\\t ]+|regularly[\\t ]+|frequently[\\t ]+)?$`,
  'i',
);
/** After a passive "left": alone or without care ("was left on her own"). Sticky at the verb's end. */
const LEFT_ALONE =
  /[\t ]+(?:alone|unattended|unsupervised|home alone|on (?:his|her|their) own|by (?:himself|herself|themselves)|in (?:soiled|wet|dirty|urine-soaked) (?:bedding|sheets|clothes|clothing|nappies|nappy|pads?)|in the same (?:clothes|clothing|pads?|nappy|nappies)|in bed all day|without (?:food|water|care|a meal|medication|(?:his|her|their) medication))\b/iy;
/** A child in the sentence with a carer's drink or drugs. */
const CHILD_NEAR =
  /\b(?:child|children|baby|babies|toddler|toddlers|infant|newborn|kids?|son|daughter|boys|girls|youngest|eldest|pupils?|at[\t ]+(?:school[\t ]+)?(?:pick[- ]?up|drop[- ]?off)|(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)[- ]years?[- ]old)\b/i;

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
/** An object introduced by an article or a title ("the residents", "a child", "Mrs Patel", whom a council may "hit with a fine"). */
const ARTICLE_OBJECT = /^[\t ]+(?:the|a|another|mr|mrs|ms|miss|mx)[\t .]/i;

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

/** A lead's kinds and its key (the spelling-folded form that tells signs apart). */
interface LeadInfo {
  kinds: readonly Lead[];
  key: string;
}

/** Matched lead text → its kinds and key, memoised (the leads are a few hundred spellings of common words). */
const leadCache = new Map<string, LeadInfo>();
const NO_KINDS: readonly Lead[] = [];

function leadInfo(matched: string): LeadInfo {
  const cached = leadCache.get(matched);
  if (cached !== undefined) return cached;
  const key = phraseKey(matched);
  const info = { kinds: LEAD_KINDS.get(key) ?? NO_KINDS, key };
  if (leadCache.size < 4096) leadCache.set(matched, info);
  return info;
}

/** A harm verb with a person as its object ("slapped her", "was punched by his brother"), or null. */
function harmAfter(text: string, verb: Span): LexiconMatch | null {
  HARM_OBJECT.lastIndex = verb.end;
  let object = HARM_OBJECT.exec(text);
  if (object === null) {
    HARM_BARE_OBJECT.lastIndex = verb.end;
    object = HARM_BARE_OBJECT.exec(text);
    if (object === null || !HARM_SUBJECT.test(text.slice(Math.max(0, verb.start - 40), verb.start)))
      return null;
  }
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

/** A harm match from `lead` through what sticky `tail` matches right after it, or null. */
function withTail(tail: RegExp, text: string, lead: Span): LexiconMatch | null {
  tail.lastIndex = lead.end;
  const rest = tail.exec(text);
  return rest === null ? null : harmMatch(lead.start, lead.end + rest[0].length);
}

/** "locked", "left" or "touched" with a person and the word that makes it harm, or null. */
function tailAfter(text: string, verb: Span): LexiconMatch | null {
  return withTail(HARM_TAIL, text, verb);
}

/** "threw" or "pushed" with a person and where they were thrown, or null. */
function forceAfter(text: string, verb: Span): LexiconMatch | null {
  return withTail(FORCE_TAIL, text, verb);
}

/** A coercion verb with a person and marriage, sex or crime, or null. */
function coerceAfter(text: string, verb: Span): LexiconMatch | null {
  return withTail(COERCE_TAIL, text, verb);
}

/** A threat to a person with a weapon, or null. */
function weaponAfter(text: string, verb: Span): LexiconMatch | null {
  return withTail(WEAPON_TAIL, text, verb);
}

/** Aggression or violence towards a person ("aggressive towards the children"), or null. */
function towardsAfter(text: string, word: Span): LexiconMatch | null {
  const match = withTail(TOWARDS_PERSON, text, word);
  if (match === null) return null;
  const sentence = sentenceWindow(text, match.start, match.end, SENTENCE_REACH);
  return COUNCIL_BUSINESS.test(text.slice(sentence.start, sentence.end)) ? null : match;
}

/**
 * Council business in a sentence: hostility there is a conduct complaint about a member or officer,
 * not a person at risk ("Cllr Smith was aggressive towards her in the council chamber").
 */
const COUNCIL_BUSINESS =
  /\b(?:council chamber|the chamber|committee|full council|cabinet|scrutiny|the debate|standards hearing)\b/i;

/** Characters before "left" searched for its subject, an aside between commas included ("the kids, the eldest 7, are left"). */
const SUBJECT_BEFORE_REACH = 120;

/** A person "was left" alone or unattended ("the baby was left on her own"), or null. */
function passiveLeftAfter(text: string, verb: Span): LexiconMatch | null {
  if (text.slice(verb.start, verb.end).toLowerCase() !== 'left') return null;
  if (
    !PERSON_SUBJECT_BEFORE.test(
      text.slice(Math.max(0, verb.start - SUBJECT_BEFORE_REACH), verb.start),
    )
  )
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

const FRAME_WORDS_TRIE = compilePhrases(safeguardingFrameWords);
const PERSON_WORDS_TRIE = compilePhrases(safeguardingPersonWords);
const CHILD_WORDS_TRIE = compilePhrases(safeguardingChildWords);
/** Any of `words` as whole words (literal, case-insensitive), for a sentence already found around a lead. */
function sentenceRegex(words: readonly string[]): RegExp {
  const alternatives = words.map((word) =>
    word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[- ]/g, '[-\\t ]'),
  );
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');
}
const PROCESS_WORDS = sentenceRegex(safeguardingProcessWords);
const CONCERN_WORDS = sentenceRegex(safeguardingConcernWords);
const REPORT_WORDS = sentenceRegex(safeguardingReportWords);
/** A bracketed child's age after a name ("Ruby (15)"). Sticky at a `(`. */
const BRACKET_AGE = /\((?:[1-9]|1[0-7])\)/y;

/**
 * Where the frame words, person words and children of one text are, found once through the word
 * index when a sentence-level pattern first needs them, so each lead costs a binary search.
 */
class SentenceWords {
  private frameSpans: Span[] | undefined;
  private personSpans: Span[] | undefined;
  private childSpans: Span[] | undefined;

  constructor(private readonly text: string) {}

  frames(): Span[] {
    this.frameSpans ??= findPhrases(this.text, FRAME_WORDS_TRIE);
    return this.frameSpans;
  }

  persons(): Span[] {
    this.personSpans ??= findPhrases(this.text, PERSON_WORDS_TRIE);
    return this.personSpans;
  }

  children(): Span[] {
    if (this.childSpans === undefined) {
      const spans = findPhrases(this.text, CHILD_WORDS_TRIE);
      for (let at = this.text.indexOf('('); at >= 0; at = this.text.indexOf('(', at + 1)) {
        BRACKET_AGE.lastIndex = at;
        const age = BRACKET_AGE.exec(this.text);
        if (age !== null) spans.push({ start: at, end: at + age[0].length });
      }
      this.childSpans = spans.sort((a, b) => a.start - b.start);
    }
    return this.childSpans;
  }
}
/** Characters either side of a lead searched for the rest of a sentence-level pattern. */
const SENTENCE_REACH = 160;

/** After a fear word: the person feared, or going home ("frightened of her stepdad", "scared of going home"). Sticky at the word's end. */
const FEAR_OBJECT = new RegExp(
  `[\\t ]+(?:${OBJECT_ALTERNATIVES}|${BARE_RELATION}|(?:the|an|a|some)[\\t ]+(?:adults?|men|man|older (?:boys?|men|males?)|males?|lodger|stepfather|stepdad)|(?:going|going back|returning|being)[\\t ]+home|being alone with)\\b${NOT_PERSON}`,
  'iy',
);
/** After a control verb: who, where or what a person may do ("restricting who he can see"). Sticky at the verb's end. */
const CONTROL_TAIL =
  /[\t ]+(?:(?:who|where|when|what)[\t ]+(?:he|she)[\t ]|(?:his|her)[\t ]+(?:phone|mobile|movements|calls|messages|social media|friends|contact with)\b|(?:his|her|(?:mr|mrs|ms|miss|mx)\.?[\t ]+[a-z]+['\u2019]s)[\t ]+(?:finances|money|bank account|bank card|benefits|pension)\b)/iy;
/** After a withholding verb: a person's medication, food or money. Sticky at the verb's end. */
const WITHHELD_THING = new RegExp(
  `[\\t ]+(?:(?:his|her|their)[\\t ]+(?:medication|medicine|medicines|tablets|insulin|inhaler|food|meals|money|pension|benefits|bank card)\\b|(?:food|meals|medication|medicine|tablets|insulin|money)[\\t ]+from[\\t ]+${OBJECT}\\b|(?:him|her|them)[\\t ]+(?:(?:the|any|enough)[\\t ]+)?(?:medication|medicine|medicines|tablets|insulin|food|meals)\\b)`,
  'iy',
);
/** After an attempt: taking or harming a child ("tried to take the youngest", not "tried to take the children to the park"). Sticky at the words' end. */
const ATTEMPT_TAIL = new RegExp(
  `[\\t ]+(?:take|snatch|abduct|grab|strangle|smother|drown|run off with)[\\t ]+(?:the[\\t ]+(?:child|children|baby|kids|boys|girls|youngest|eldest)|(?:his|her|their|my)[\\t ]+${RELATION})\\b(?![\\t ]+(?:to|for|out|into|on|home|swimming|shopping|with)\\b)`,
  'iy',
);

/** After a threat verb: to harm or take a person ("threatening to take the children"). Sticky at the verb's end. */
const THREAT_TO = new RegExp(
  `[\\t ]+to[\\t ]+(?:(?:kill|hurt|harm|hit|stab|beat|burn|strangle|attack|punch|kick|shoot)[\\t ]+(?:${OBJECT_ALTERNATIVES}|${BARE_RELATION}|himself|herself|themselves)\\b${NOT_PERSON}|(?:take|snatch|abduct|run off with)[\\t ]+(?:the[\\t ]+(?:child|children|baby|kids|boys|girls)|(?:his|her|their|my)[\\t ]+${RELATION})\\b)`,
  'iy',
);
/** Just before "a domestic": a call-out or report, so "domestic" is the incident ("police were called to a domestic"). */
const DOMESTIC_BEFORE =
  /\b(?:called to|called out to|attended|attending|attend|reported|report of|reports of|there was|there has been|there had been|following|after|during|involved in|response to|responded to|call about|call to)[\t ]+$/i;
/** After "a domestic": the end of the noun phrase, not "domestic violence", "domestic waste"... Sticky at its end. */
const DOMESTIC_AFTER =
  /(?:[\t ]*[;,.:!?)]|[\t ]*$|[\t ]+(?:at|last|on|in|between|involving|with|earlier|yesterday|overnight|this|that|where|when|and|which)\b)/y;

/** Cues that are things done to someone: they need a person right after ("pushed her", "throws things at mum"). */
const CUE_VERB =
  /^(?:hit|hits|hitting|slapped|slaps|punched|punches|kicked|kicks|smacked|smacks|grabbed|grabs|pushed|pushes|pushing|shoved|shoves|touched|touches|touching|pressuring|pressured)$|[\t ]at$/i;
/** Cues that are injuries: an accident in the sentence explains them ("a split lip after falling off his bike"). */
const INJURY_CUE = /^(?:split lip|cut lip|fat lip|bruise|bruises|bruised|bruising|marks on)$/i;
/** An accident, a medical cause or an innocent one (sport, play, a pet, a skin condition) named in a sentence. */
const ACCIDENT =
  /\b(?:fell|falling|fall|falls|tripped|slipped|accident|accidentally|collided|collision|crash|jab|vaccination|injection|operation|surgery|blood test|cooking|playing|football|rugby|sports?|trampoline|bike|scooter|at work|dog|eczema|birthmark|rash)\b/i;
/** After a cue verb: the person it was done to. Sticky at the verb's end. */
const CUE_OBJECT = new RegExp(
  `[\\t ]+(?:(?:back|again|hard|repeatedly|around|about)[\\t ]+)?(?:${OBJECT_ALTERNATIVES}|${BARE_RELATION}|me|us)\\b${NOT_PERSON}`,
  'iy',
);

/** The text a sentence around `span` can cover at most: a cheap first check before the sentence is found. */
function near(text: string, span: Span): Span {
  return {
    start: Math.max(0, span.start - SENTENCE_REACH),
    end: Math.min(text.length, span.end + SENTENCE_REACH),
  };
}

/** A harm cue in a sentence that frames a disclosure or concern and names a person ("she told staff he hits mum"), or null. */
function disclosureAround(text: string, cue: Span, words: SentenceWords): LexiconMatch | null {
  if (CUE_VERB.test(text.slice(cue.start, cue.end))) {
    CUE_OBJECT.lastIndex = cue.end;
    const object = CUE_OBJECT.exec(text);
    if (object === null) return null;
    if (MISHAP.test(text.slice(cue.start, cue.end + object[0].length + 12))) return null;
  }
  const reach = near(text, cue);
  if (!overlapsAny(words.frames(), reach) || !overlapsAny(words.persons(), reach)) return null;
  const window = sentenceWindow(text, cue.start, cue.end, SENTENCE_REACH);
  if (!overlapsAny(words.frames(), window) || !overlapsAny(words.persons(), window)) return null;
  if (
    INJURY_CUE.test(text.slice(cue.start, cue.end)) &&
    ACCIDENT.test(text.slice(window.start, window.end))
  )
    return null;
  return harmMatch(cue.start, cue.end);
}

/** Fear of a person ("frightened of her stepdad", "scared of them" with a child in the sentence), or null. */
function fearAfter(text: string, word: Span, words: SentenceWords): LexiconMatch | null {
  FEAR_OBJECT.lastIndex = word.end;
  const object = FEAR_OBJECT.exec(text);
  if (object === null) return null;
  if (/them$/i.test(object[0])) {
    const window = sentenceWindow(text, word.start, word.end, SENTENCE_REACH);
    if (!overlapsAny(words.children(), window)) return null;
  }
  return harmMatch(word.start, word.end + object[0].length);
}

/** Control of who a person sees or where they go, or of their phone, or null. */
function controlAfter(text: string, verb: Span): LexiconMatch | null {
  return withTail(CONTROL_TAIL, text, verb);
}

/** Someone else's medication, food or money held back ("withholding his medication"), or null. */
function withholdAfter(text: string, verb: Span): LexiconMatch | null {
  WITHHELD_THING.lastIndex = verb.end;
  const thing = WITHHELD_THING.exec(text);
  if (thing === null || ownThing(text, verb.start, thing[0])) return null;
  return harmMatch(verb.start, verb.end + thing[0].length);
}

/** After a moving verb: money out of a person's account ("moving money out of her account"). Sticky at the verb's end. */
const MONEY_OUT =
  /[\t ]+(?:(?:all|most|some)[\t ]+(?:of[\t ]+)?)?(?:the[\t ]+)?(?:money|cash|funds|savings)[\t ]+(?:out[\t ]+of|from)[\t ]+(?:her|his|their)[\t ]+(?:bank[\t ]+|savings[\t ]+|joint[\t ]+)?(?:account|accounts)\b/iy;

/** Money moved out of someone else's account, or null. */
function movingAfter(text: string, verb: Span): LexiconMatch | null {
  MONEY_OUT.lastIndex = verb.end;
  const tail = MONEY_OUT.exec(text);
  if (tail === null || ownThing(text, verb.start, tail[0])) return null;
  return harmMatch(verb.start, verb.end + tail[0].length);
}

/** An attempt to take or harm a child ("tried to take the youngest"), or null. */
function attemptAfter(text: string, verb: Span): LexiconMatch | null {
  return withTail(ATTEMPT_TAIL, text, verb);
}

/** A threat to harm or take a person ("threatened to take the children"), or null. */
function threatToAfter(text: string, verb: Span): LexiconMatch | null {
  return withTail(THREAT_TO, text, verb);
}

/** "a domestic" as an incident the police or others were called to, or null. */
function domesticIncident(text: string, lead: Span): LexiconMatch | null {
  if (!DOMESTIC_BEFORE.test(text.slice(Math.max(0, lead.start - 32), lead.start))) return null;
  DOMESTIC_AFTER.lastIndex = lead.end;
  return DOMESTIC_AFTER.test(text) ? harmMatch(lead.start, lead.end) : null;
}

/** After "not been seen": the end of the phrase, not "never seen snow". Sticky at its end. */
const UNSEEN_AFTER =
  /(?:[\t ]*[;,.:!?)]|[\t ]*$|[\t ]+(?:since|for|outside|at|in|leaving|going|out|again|or|and|during|over|recently|today|yesterday|this)\b)/y;

/** A child nobody has seen ("the children have not been seen since term started"), or null; a heading before a colon does not name the child. */
function unseenChild(text: string, lead: Span, words: SentenceWords): LexiconMatch | null {
  UNSEEN_AFTER.lastIndex = lead.end;
  if (!UNSEEN_AFTER.test(text)) return null;
  const window = sentenceWindow(text, lead.start, lead.end, SENTENCE_REACH);
  const colon = text.slice(window.start, lead.start).lastIndexOf(':');
  const clause = { start: window.start + colon + 1, end: lead.start };
  return overlapsAny(words.children(), clause) ? harmMatch(lead.start, lead.end) : null;
}

/** Body parts an injury is on ("across his cheek", "to the left femur"); not "back office" or "head of service". */
const BODY_PART =
  'face|cheeks?|eyes?|neck|(?:fore|upper )?arms?|legs?|head(?![\\t ]+(?:of|teacher))|ears?|hands?|wrists?|thighs?|chest|stomach|bottom|lips?|mouth|femur|ribs?|skull|shoulders?';
/** After an injury word: where on the body it is ("across his cheek", "to both upper arms"). Sticky at the word's end. */
const INJURY_PLACE = new RegExp(
  `[\\t ]+(?:to|on|across|around|under|behind|over|near)[\\t ]+(?:(?:his|her|their|the|both|each|its)[\\t ]+)?(?:(?:left|right|(?:side|back) of (?:his|her|the))[\\t ]+)?(?:${BODY_PART})\\b`,
  'iy',
);
/** An injury on a body part, in a sentence with a disclosure frame or a safeguarding process and a person, no accident named ("a mark across his cheek and said ..."), or null. */
function injuryAround(text: string, injury: Span, words: SentenceWords): LexiconMatch | null {
  INJURY_PLACE.lastIndex = injury.end;
  const place = INJURY_PLACE.exec(text);
  if (place === null) return null;
  const window = sentenceWindow(text, injury.start, injury.end, SENTENCE_REACH);
  if (!overlapsAny(words.persons(), window)) return null;
  const sentence = text.slice(window.start, window.end);
  if (
    !overlapsAny(words.frames(), window) &&
    distinctWords(PROCESS_WORDS, sentence) + distinctWords(CONCERN_WORDS, sentence) === 0
  )
    return null;
  if (ACCIDENT.test(sentence)) return null;
  return harmMatch(injury.start, injury.end + place[0].length);
}

/**
 * Points a sentence needs in `caseNoteScore`. Weights, one point each: every distinct concern word
 * (harmed, exploited, non-accidental...), every distinct report word (disclosure, allegation), every
 * distinct process word (police, referral, social worker, LADO...), and a child in the sentence. A
 * person and a process word must be in the sentence, and a concern word or a child. "Disclosed to the
 * social worker that he had harmed her" is 4 points; "the police disclosure" with a person is 2.
 */
const CASE_NOTE_POINTS = 3;
/** A negation just before a concern word ("no child was harmed", "not exploited"). */
const NEGATED = /\b(?:no|not|never|nobody|none|without)\b[^.;,]*$/i;

/** Distinct words of `words` in `sentence`, leaving out negated ones when asked ("no child was harmed"). */
function distinctWords(words: RegExp, sentence: string, negatable = false): number {
  const found = new Set<string>();
  words.lastIndex = 0;
  for (let match = words.exec(sentence); match !== null; match = words.exec(sentence)) {
    if (negatable && NEGATED.test(sentence.slice(Math.max(0, match.index - 24), match.index)))
      continue;
    found.add(match[0].toLowerCase());
  }
  return found.size;
}

/**
 * A case-note sentence weighed from weak cues: a concern word, a safeguarding process word and a
 * person, with a child as a further point ("Police shared a disclosure that the boy had been harmed"),
 * or null. A sentence about cases in general (training, policy, figures, adverts) never counts.
 */
function caseNoteScore(text: string, lead: Span, words: SentenceWords): LexiconMatch | null {
  if (!overlapsAny(words.persons(), near(text, lead))) return null;
  const window = sentenceWindow(text, lead.start, lead.end, SENTENCE_REACH);
  if (!overlapsAny(words.persons(), window)) return null;
  const sentence = text.slice(window.start, window.end);
  const process = distinctWords(PROCESS_WORDS, sentence);
  if (process === 0) return null;
  const concern = distinctWords(CONCERN_WORDS, sentence, true);
  const child = overlapsAny(words.children(), window) ? 1 : 0;
  if (concern === 0 && child === 0) return null;
  const report = distinctWords(REPORT_WORDS, sentence);
  if (concern + report + process + child < CASE_NOTE_POINTS) return null;
  if (generic(sentence)) return null;
  return harmMatch(window.start, window.end);
}

/** Signs of a person not cared for that, with a safeguarding process word in the sentence, stand for a cluster ("DSL ... unwashed and hungry"). */
const PROCESS_CARE_SIGNS = 2;

/** Distinct signs a sentence needs (one of them a sign of a person not cared for): two are often innocent. */
const CLUSTER_SIGNS = 3;

interface Sign extends Span {
  key: string;
  kind: 'care' | 'home' | 'exploit';
}

/**
 * A sign of a person not cared for with two more signs of neglect or of the home's state, and a
 * person, in one sentence ("sleeping in a chair surrounded by rubbish and there was no heating").
 */
function neglectClusters(
  text: string,
  signs: readonly Sign[],
  words: SentenceWords,
): LexiconMatch[] {
  return clusters(
    text,
    signs,
    'care',
    CLUSTER_SIGNS,
    () => words.persons(),
    (sentence) => distinctWords(PROCESS_WORDS, sentence) > 0,
  );
}

/** Two signs of exploitation and a child in one sentence ("Ruby (15) ... older males ... new clothes and phones"). */
function exploitationClusters(
  text: string,
  signs: readonly Sign[],
  words: SentenceWords,
): LexiconMatch[] {
  return clusters(text, signs, 'exploit', 2, () => words.children());
}

/** Sentences with `needed` distinct signs (one of kind `lead`, the rest of its family) and one of `who`; with `process`, one sign fewer when two are of kind `lead` and a process word is in the sentence. */
function clusters(
  text: string,
  signs: readonly Sign[],
  lead: Sign['kind'],
  needed: number,
  who: () => readonly Span[],
  process?: (sentence: string) => boolean,
): LexiconMatch[] {
  const family = (sign: Sign): boolean =>
    lead === 'exploit' ? sign.kind === 'exploit' : sign.kind !== 'exploit';
  const matches: LexiconMatch[] = [];
  let covered = -1;
  let from = 0;
  for (const sign of signs) {
    if (sign.kind !== lead || sign.start < covered) continue;
    if (!overlapsAny(who(), near(text, sign))) continue;
    const window = sentenceWindow(text, sign.start, sign.end, SENTENCE_REACH);
    while (from < signs.length && (signs[from] as Sign).start < window.start) from += 1;
    const keys = new Set<string>();
    const leadKeys = new Set<string>();
    let first = sign;
    let last = sign;
    for (let i = from; i < signs.length; i += 1) {
      const candidate = signs[i] as Sign;
      if (candidate.start >= window.end) break;
      if (!family(candidate)) continue;
      keys.add(candidate.key);
      if (candidate.kind === lead) leadKeys.add(candidate.key);
      if (candidate.start < first.start) first = candidate;
      if (candidate.end > last.end) last = candidate;
    }
    const enough =
      keys.size >= needed ||
      (process !== undefined &&
        leadKeys.size >= PROCESS_CARE_SIGNS &&
        keys.size >= needed - 1 &&
        process(text.slice(window.start, window.end)));
    if (!enough) continue;
    if (!overlapsAny(who(), window)) continue;
    matches.push(harmMatch(first.start, last.end));
    covered = window.end;
  }
  return matches;
}

/** The matcher for one kind of lead, or null when the kind needs the whole sentence (ages, signs). */
function leadMatch(
  text: string,
  lead: Span,
  kind: Lead,
  words: SentenceWords,
): LexiconMatch | null {
  switch (kind) {
    case 'harm':
      return harmAfter(text, lead);
    case 'taking':
      return takingAfter(text, lead);
    case 'tail':
      return tailAfter(text, lead) ?? passiveLeftAfter(text, lead);
    case 'force':
      return forceAfter(text, lead);
    case 'coerce':
      return coerceAfter(text, lead);
    case 'hazard':
      return hazardNear(text, lead);
    case 'threat':
      return weaponAfter(text, lead) ?? threatToAfter(text, lead);
    case 'towards':
      return towardsAfter(text, lead);
    case 'cue':
      return disclosureAround(text, lead, words);
    case 'fear':
      return fearAfter(text, lead, words);
    case 'control':
      return controlAfter(text, lead);
    case 'withhold':
      return withholdAfter(text, lead);
    case 'domestic':
      return domesticIncident(text, lead);
    case 'unseen':
      return unseenChild(text, lead, words);
    case 'moving':
      return movingAfter(text, lead);
    case 'attempt':
      return attemptAfter(text, lead);
    case 'injury':
      return injuryAround(text, lead, words);
    case 'concern':
      return caseNoteScore(text, lead, words);
    default:
      return null;
  }
}

/**
 * Harm to a person written as prose no phrase list covers: a harm verb with a person as its object
 * ("he slapped her", "locked the child in", "was punched by her partner"), a child's age set against
 * an adult's in one sentence, someone taking a person's money or papers ("takes her pension"), a
 * harm cue in a sentence that frames a disclosure or concern about a person ("told staff that a carer
 * had pushed her"), fear of a person, control of who a person sees, medication withheld, "called to a
 * domestic", a child nobody has seen, and clusters of neglect or exploitation signs in one sentence.
 */
export function harmInProse(text: string): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  const yearOlds: Span[] = [];
  const signs: Sign[] = [];
  const words = new SentenceWords(text);
  let frameCovered = -1;
  for (const lead of findPhrases(text, PROSE_LEADS)) {
    const info = leadInfo(text.slice(lead.start, lead.end));
    let match: LexiconMatch | null = null;
    for (const kind of info.kinds) {
      if (kind === 'age') yearOlds.push(lead);
      else if (kind === 'care' || kind === 'home' || kind === 'exploit')
        signs.push({ start: lead.start, end: lead.end, key: info.key, kind });
      else if (
        (kind === 'cue' || kind === 'concern' || kind === 'injury') &&
        lead.start < frameCovered
      )
        continue;
      else match = leadMatch(text, lead, kind, words);
      if (match !== null) break;
    }
    if (match === null) continue;
    matches.push(match);
    frameCovered = sentenceWindow(text, match.start, match.end, SENTENCE_REACH).end;
  }
  if (yearOlds.length > 1) matches.push(...ageGaps(text, yearOlds));
  if (signs.length > 1)
    matches.push(
      ...neglectClusters(text, signs, words),
      ...exploitationClusters(text, signs, words),
    );
  return matches;
}

/**
 * After a lexicon match: a noun that makes it the name of a room, a course, a policy or a statistic
 * rather than a case ("child protection conference room", "domestic abuse figures", "self-neglect and
 * hoarding protocol"). Sticky at the match's end.
 */
const INSTITUTION_AFTER =
  /[\t ]+(?:(?:and|or|&)[\t ]+[a-z]+[\t ]+)?(?:rooms?|suite|training|courses?|templates?|polic(?:y|ies)|procedures?|guidance|leaflets?|toolkits?|modules?|e-learning|elearning|awareness|week|month|day|strategy|statistics|stats|figures|data|dataset|dashboard|budget|funding|grants?|act|bill|commissioner|forum|network|newsletter|framework|protocols?|champions?|webinars?|workshops?|campaigns?|conference|conferences|research|posters?|task|sub-?groups?|bids?|refuge[\t ]+bids?)\b/iy;
const QUESTION_MARK = 63;

/**
 * Nouns that end the name of a team, service, strategy or fund ("Domestic Abuse Housing Alliance",
 * "Safeguarding Adults mailbox"): after a match written in title case, with only title-case words
 * or small joining words between, the match is part of a name, not a case.
 */
const NAME_ENDS = new Set(
  (
    'team teams hub unit board partnership partnerships service services alliance accreditation ' +
    'mailbox inbox lead leads coordinator manager officer practitioner adviser advisor worker ' +
    'workers strategy grant grants fund programme project pathway network forum policy act'
  ).split(' '),
);
/** Small words a name may hold between title-case words ("Violence Against Women and Girls"). */
const NAME_JOINS = new Set('and & of for against the in on with'.split(' '));
/** Words read after a title-case match for the end of a name. */
const NAME_REACH = 7;

/** Whether every word of `phrase` starts with a capital ("Domestic Abuse", "DoLS"). */
function titleCase(phrase: string): boolean {
  return /^[A-Z][A-Za-z]+(?:[\t -][A-Z][A-Za-z]+)*$/.test(phrase);
}

/** Whether the title-case match ending at `end` is part of a name that NAME_ENDS ends. */
function partOfName(text: string, end: number): boolean {
  let at = end;
  for (let n = 0; n < NAME_REACH; n++) {
    let start = at;
    while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9))
      start++;
    if (start === at) return false;
    at = start;
    while (at < text.length && (isWordLetter(text.charCodeAt(at)) || text.charCodeAt(at) === 38))
      at++;
    const word = text.slice(start, at);
    if (word === '') return false;
    if (NAME_ENDS.has(word.toLowerCase())) return true;
    if (!NAME_JOINS.has(word) && !/^[A-Z][a-z]+$/.test(word)) return false;
  }
  return false;
}
/** Characters before a match searched for a topic or statistic frame. */
const FRAME_REACH = 48;
/** Nouns for material or events about a topic ("guidance on domestic abuse", "training about neglect"). */
const TOPIC_NOUNS = new Set(
  (
    'guidance training policy policies strategy awareness campaign campaigns statistics figures data ' +
    'research conference webinar workshop course e-learning briefing toolkit leaflet funding grant ' +
    'legislation law session sessions module talk presentation'
  ).split(' '),
);
/** Prepositions joining a topic noun to its topic. */
const TOPIC_PREPOSITIONS = new Set([
  'on',
  'about',
  'around',
  'regarding',
  'covering',
  'into',
  'for',
]);
/** Verbs and phrases that make what follows a cause to work on, not a case ("tackling domestic abuse"). */
const TOPIC_VERBS = new Set(
  (
    'tackling tackle preventing prevent ending end reducing reduce combating combatting addressing ' +
    'address understanding recognising recognizing'
  ).split(' '),
);
/** Nouns that make what follows "of" a skill a job asks for ("experience of section 47 enquiries"). */
const SKILL_NOUNS = new Set(['experience', 'knowledge', 'understanding']);
/** Words of a sentence about cases in general, with TOPIC_NOUNS and COUNT_NOUNS: adverts, agendas, rules, accidents, courts. */
const GENERIC_WORDS = new Set(
  'vacancy annual agenda board must should national accident crash defendant cps fraud'.split(' '),
);

/**
 * Words of a sentence written to everyone or about the work in general: courses, adverts, tenders,
 * minutes, agendas, newsletters, procedures and figures.
 */
const GENERAL_WORDS = (
  'e-learning elearning module modules course courses training session sessions slides survey ' +
  'webinar workshop briefing reminder tips newsletter agenda procedure procedures recruiting ' +
  'vacancy bidders tender procurement statistics figures performance quarterly awareness ' +
  'campaign consultation flowchart reviews thematic protocol every everyone whenever numbers ' +
  'rate rates proportion percentage percent topics victims survivors perpetrators volumes ' +
  'appendix providers experienced colleagues cases forms form workflow features ' +
  'upgrade monthly weekly booking room budget grant allocation underspend accreditation ' +
  'referrals checklists mailbox scenario scenarios fictional process backlog applications average'
)
  .split(' ')
  .concat(['report concerns']);
/** Drops matches in a sentence about the work in general that names no one in particular. */
const aboutTheWork = generalSentenceFilter(GENERAL_WORDS, SENTENCE_REACH);

/** Whether a sentence is about cases in general (training, policy, figures, adverts, courts), not one case. */
function generic(sentence: string): boolean {
  for (const word of sentence.toLowerCase().split(/[^a-z-]+/)) {
    if (word === 'strategy') continue;
    if (TOPIC_NOUNS.has(word) || COUNT_NOUNS.has(word) || GENERIC_WORDS.has(word)) return true;
  }
  return false;
}

/** Nouns that make what follows "of" a statistic ("the number of section 47 enquiries"). */
const COUNT_NOUNS = new Set(
  'number numbers rate rates proportion percentage count total volume level levels'.split(' '),
);

/** The words a topic frame can end with, just before a match: only then are more words read. */
const FRAME_WORDS = new Set([...TOPIC_VERBS, ...TOPIC_PREPOSITIONS, 'the', 'of', 'to']);
/** After "abuse": a process, power or facility abused, not a person ("abuse of the complaints process"). Sticky at its end. */
const ABUSE_OF_THING =
  /[\t ]+of[\t ]+(?:(?:the|a|an|this|our|their|his|her)[\t ]+)?(?:[a-z-]+[\t ]+){0,2}?(?:process|procedures?|systems?|powers?|privileges?|facilities|scheme)\b/iy;
/** Just before "neglected": a place or thing as the subject ("the empty property has been neglected"). */
const THING_NEGLECTED =
  /\b(?:property|building|house|gardens?|verges?|site|land|roads?|park|estate|block|premises|walk|street|lane|avenue)[\t ]+(?:(?:has|have|had)[\t ]+been|was|were|is|are)[\t ]+$/i;
/**
 * Just before "gone missing", "went missing", "missing since"…: an object, document or pet as the
 * subject ("the parcel went missing", "my laptop has been missing since Tuesday"). Money, cards,
 * phones and medication are left out: their going missing can be a sign of abuse or control.
 */
const THING_MISSING =
  /\b(?:laptops?|computers?|tablets?|ipads?|keys?|fobs?|parcels?|packages?|deliver(?:y|ies)|post|letters?|files?|folders?|documents?|paperwork|forms?|invoices?|receipts?|reports?|minutes|agenda|attachments?|emails?|data|records?|bins?|bikes?|bicycles?|cars?|vans?|vehicles?|badges?|lanyards?|pass|equipment|tools?|box(?:es)?|signs?|chairs?|projectors?|cables?|chargers?|books?|coats?|jackets?|umbrellas?|ladders?|printers?|cats?|dogs?|pets?|kittens?|pupp(?:y|ies))[\t ]+(?:(?:has|have|had|was|were|is|are|keep|keeps|kept)[\t ]+)?(?:(?:been|gone|got)[\t ]+)?$/i;
/** Lexicon terms about someone going missing, and the longest of them. */
const MISSING_TERM =
  /^(?:(?:gone|went|going|goes|reported)[\t ]+)?missing(?:[\t ]+(?:since|overnight))?$/i;
const MISSING_TERM_MAX = 24;

function isWordLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 45;
}

/** Up to `count` words (letters and hyphens, lower case) just before `position`, nearest first, separated by spaces or tabs only. */
function wordsBefore(text: string, position: number, count: number): string[] {
  const words: string[] = [];
  let i = position;
  while (words.length < count) {
    let gap = i;
    while (gap > 0 && (text.charCodeAt(gap - 1) === 32 || text.charCodeAt(gap - 1) === 9)) gap -= 1;
    if (gap === i && words.length > 0) break;
    let start = gap;
    while (start > 0 && isWordLetter(text.charCodeAt(start - 1))) start -= 1;
    if (start === gap) break;
    words.push(text.slice(start, gap).toLowerCase());
    i = start;
    if (start > 0 && position - start > FRAME_REACH) break;
  }
  return words;
}

/** Whether a match ends with `word` (lower case). */
function endsWithWord(text: string, end: number, word: string): boolean {
  return text.slice(end - word.length, end).toLowerCase() === word;
}

/** Longest word in FRAME_WORDS, so longer words before a match are not read. */
const FRAME_WORD_MAX = Math.max(...[...FRAME_WORDS].map((word) => word.length));

/** Whether the word just before `position` (after spaces or tabs) is one a topic frame can end with. */
function frameWordBefore(text: string, position: number): boolean {
  let end = position;
  while (end > 0 && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end -= 1;
  let start = end;
  while (start > 0 && end - start <= FRAME_WORD_MAX && isWordLetter(text.charCodeAt(start - 1)))
    start -= 1;
  if (start === end || end - start > FRAME_WORD_MAX) return false;
  return FRAME_WORDS.has(text.slice(start, end).toLowerCase());
}

/** Whether " of " occurs within FRAME_REACH characters before `position` (a count may stand there). */
function ofBefore(text: string, position: number): boolean {
  for (let i = position - 4; i >= 0 && i >= position - FRAME_REACH; i -= 1) {
    if (
      text.charCodeAt(i) === 32 &&
      (text.charCodeAt(i + 1) | 32) === 111 &&
      (text.charCodeAt(i + 2) | 32) === 102 &&
      text.charCodeAt(i + 3) === 32
    )
      return true;
  }
  return false;
}

/** Whether a topic frame stands just before a match ("guidance on", "tackling", "victims of"). */
function topicBefore(words: readonly string[]): boolean {
  const [w0, w1, w2, w3] = words;
  if (w0 === undefined) return false;
  if (TOPIC_VERBS.has(w0)) return true;
  if (w0 === 'of' && (w1 === 'survivors' || w1 === 'victims')) return true;
  if (w0 === 'of' && w1 !== undefined && SKILL_NOUNS.has(w1)) return true;
  if (w0 === 'to' && w1 === 'responding') return true;
  const [p, n, n2, n3] = w0 === 'the' ? [w1, w2, w3, words[4]] : [w0, w1, w2, w3];
  if (p !== undefined && TOPIC_PREPOSITIONS.has(p)) return n !== undefined && TOPIC_NOUNS.has(n);
  if (p === 'to' && n === 'relating') return n2 !== undefined && TOPIC_NOUNS.has(n2);
  if (p === 'to' && n === 'relation' && n2 === 'in') return n3 !== undefined && TOPIC_NOUNS.has(n3);
  return false;
}

/** Whether a count stands just before a match, up to two words back ("the number of children on"). */
function statisticBefore(words: readonly string[]): boolean {
  for (let k = 0; k <= 2; k += 1) {
    const next = words[k + 1];
    if (words[k] === 'of' && next !== undefined && COUNT_NOUNS.has(next)) return true;
  }
  return false;
}
/** After "left alone" or "found alone": a task, so someone was left to work, not neglected ("left alone to run the desk"). Sticky at its end. */
const ALONE_TO_WORK =
  /[\t ]+to[\t ]+(?:run|manage|cover|staff|finish|work|lead|open|close|answer|deal with|get on with|look after the (?:desk|office|shop|site|building))\b/iy;
/** A proportion of a population ("one in six children"): the sentence is a statistic, not a case. */
const PROPORTION =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})[\t ]+in[\t ]+(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3})[\t ]+(?:children|young people|adults|women|men|people|households|families|residents|girls|boys|pupils|victims)\b/i;

/** The start of a proportion ("one in", "1 in"), found through the word index before PROPORTION is tried. */
const PROPORTION_LEADS = compilePhrases(
  'one two three four five six seven eight nine ten 1 2 3 4 5 6 7 8 9 10'
    .split(' ')
    .map((n) => `${n} in`),
);

/**
 * Drops lexicon matches that name a course, a room, a policy topic or a statistic rather than a
 * person's case. Unanchored terms are left alone: they score below the reporting threshold anyway.
 */
export const notACase: MatchRefiner = (text, all) => {
  let proportions: Span[] | undefined;
  const matches = aboutTheWork(text, all);
  return matches.filter((match) => {
    if (match.kind === 'term' && !match.anchored) return true;
    INSTITUTION_AFTER.lastIndex = match.end;
    if (INSTITUTION_AFTER.test(text)) return false;
    if (titleCase(text.slice(match.start, match.end)) && partOfName(text, match.end)) return false;
    // A question put to every reader, as a signature banner asks it ("Domestic abuse? You are not alone").
    if (!match.anchored && text.charCodeAt(match.end) === QUESTION_MARK) return false;
    if (endsWithWord(text, match.end, 'abuse')) {
      ABUSE_OF_THING.lastIndex = match.end;
      if (ABUSE_OF_THING.test(text)) return false;
    }
    if (
      endsWithWord(text, match.end, 'neglected') &&
      THING_NEGLECTED.test(text.slice(Math.max(0, match.start - 48), match.start))
    )
      return false;
    if (
      match.end - match.start <= MISSING_TERM_MAX &&
      MISSING_TERM.test(text.slice(match.start, match.end)) &&
      THING_MISSING.test(text.slice(Math.max(0, match.start - 48), match.start))
    )
      return false;
    if (
      (text.charCodeAt(match.end - 1) | 32) === 101 &&
      text.slice(match.end - 5, match.end).toLowerCase() === 'alone'
    ) {
      ALONE_TO_WORK.lastIndex = match.end;
      if (ALONE_TO_WORK.test(text)) return false;
    }
    if (frameWordBefore(text, match.start) || (!match.anchored && ofBefore(text, match.start))) {
      const words = wordsBefore(text, match.start, 6);
      if (topicBefore(words)) return false;
      if (!match.anchored && statisticBefore(words)) return false;
    }
    proportions ??= findPhrases(text, PROPORTION_LEADS);
    if (proportions.length === 0) return true;
    const sentence = sentenceWindow(text, match.start, match.end, SENTENCE_REACH);
    if (!overlapsAny(proportions, sentence)) return true;
    return !PROPORTION.test(text.slice(sentence.start, sentence.end));
  });
};

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
  BRACKET_AGE,
  CUE_VERB,
  CUE_OBJECT,
  FEAR_OBJECT,
  MONEY_OUT,
  ATTEMPT_TAIL,
  INJURY_CUE,
  ACCIDENT,
  CONTROL_TAIL,
  WITHHELD_THING,
  THREAT_TO,
  DOMESTIC_BEFORE,
  DOMESTIC_AFTER,
  UNSEEN_AFTER,
  INSTITUTION_AFTER,
  ALONE_TO_WORK,
  ABUSE_OF_THING,
  THING_NEGLECTED,
  THING_MISSING,
  MISSING_TERM,
  INJURY_PLACE,
  NEGATED,
  PROCESS_WORDS,
  CONCERN_WORDS,
  REPORT_WORDS,
  PROPORTION,
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
  notACase,
);
