// Phrase-lexicon matcher for the category detectors: whole-word, case-insensitive, linear-time, negatives first.
import type {
  DetectContext,
  Detector,
  DetectorMeta,
  EntityType,
  Finding,
  LexiconExtension,
} from './types';
import {
  beginText,
  phraseMatchesInSlice,
  phraseSpans,
  phraseStart,
  preparePhraseRegex,
  type PhraseStart,
} from './lib/prefilter';
import { trieSource } from './lib/words';

/** The data of one category lexicon (src/detectors/lexicons/); a council extends it through its policy. */
export interface LexiconData {
  entityType: EntityType;
  /** Phrases that describe a person's (or a deal's) sensitive matter on their own. */
  phrases: readonly string[];
  /** Terms that only count when a person anchor is in the same sentence nearby. */
  anchoredTerms: readonly string[];
  /** Words tying a term to a person: pronouns, titles, relations, service roles. */
  anchors: readonly string[];
  /** Phrases removed before matching: a match overlapping one is not a finding. */
  negatives: readonly string[];
  /** Whether phrases a council adds through its policy need a person anchor (special category) or not. */
  extensionsNeedAnchor: boolean;
  /** Whether a name with a predicate ("Mia has", "Mr Dunn's") or an NHS number also anchors a term to a person. */
  personNames: boolean;
}

/** Confidence given to a match, by kind and whether a person anchor is near. */
export interface LexiconScores {
  phrase: number;
  phraseAnchored: number;
  term: number;
  termAnchored: number;
}

export const DEFAULT_SCORES: LexiconScores = {
  phrase: 0.65,
  phraseAnchored: 0.8,
  term: 0.3,
  termAnchored: 0.7,
};

/** Characters either side of a term searched for a person anchor (cut at the sentence end). */
export const ANCHOR_WINDOW = 100;

export interface Span {
  start: number;
  end: number;
}

export interface CompiledLexicon {
  entityType: EntityType;
  /** Phrases and anchored terms in one trie regex; `phraseKeys` tells which a match is. */
  positives: RegExp | null;
  phraseKeys: ReadonlySet<string>;
  anchors: RegExp | null;
  negatives: RegExp | null;
  personNames: boolean;
}

export interface LexiconMatch extends Span {
  kind: 'phrase' | 'term';
  anchored: boolean;
}

const WORD_CHAR = /[a-z0-9]/;

/**
 * A phrase normalisePhrase leaves as it is: lower-case letters and digits at both ends, and inside
 * only those, `'` and single spaces (most lexicon phrases; the lexicons are normalised at load).
 */
const NORMAL_PHRASE = /^[a-z0-9](?:[a-z0-9']| (?! ))*[a-z0-9]$/;

/** Lower-cases, folds curly apostrophes and dashes, collapses spaces and trims non-word ends. */
export function normalisePhrase(phrase: string): string {
  if (NORMAL_PHRASE.test(phrase)) return phrase;
  const folded = phrase
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010-\u2014]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/ ?- ?/g, '-');
  let start = 0;
  let end = folded.length;
  while (start < end && !WORD_CHAR.test(folded.charAt(start))) start += 1;
  while (end > start && !WORD_CHAR.test(folded.charAt(end - 1))) end -= 1;
  return folded.slice(start, end);
}

function unitSource(unit: string): string {
  if (unit === ' ') return '[-\\s]\\s*';
  if (unit === "'") return "['\\u2019]";
  if (/[a-z0-9]/.test(unit)) return unit;
  return unit.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** The source of a regex matching any of `units` (normalised phrases, hyphens as spaces) as whole words. */
function phrasesSource(units: readonly string[]): string {
  return `\\b${trieSource(units, unitSource)}\\b`;
}

/**
 * Compiles phrases into one global, case-insensitive regex shaped as a character trie, so each
 * text position costs at most the length of the longest phrase and the longest phrase wins.
 * Returns null when no phrase survives normalisation.
 */
export function compilePhrases(phrases: readonly string[]): RegExp | null {
  const units: string[] = [];
  const starts: PhraseStart[] = [];
  for (const raw of phrases) {
    const phrase = normalisePhrase(raw);
    if (phrase.length < 2) continue;
    const unit = phrase.replace(/-/g, ' ');
    starts.push(phraseStart(unit));
    units.push(unit);
  }
  if (units.length === 0) return null;
  const regex = new RegExp(phrasesSource(units), 'gi');
  preparePhraseRegex(regex, starts, { phrases: units, source: phrasesSource });
  return regex;
}

/**
 * Every non-overlapping match of a compiled phrase regex in `slice`, the text from `from` (offsets in
 * `slice`): the same as findPhrases(slice, regex), using the scan's word index when it can.
 */
export function findPhrasesInSlice(
  text: string,
  from: number,
  slice: string,
  regex: RegExp | null,
): Span[] {
  const spans: Span[] = [];
  if (regex === null) return spans;
  return phraseMatchesInSlice(text, from, slice, regex, spans) ? spans : findPhrases(slice, regex);
}

/** Every non-overlapping match of a compiled phrase regex, left to right. */
export function findPhrases(text: string, regex: RegExp | null): Span[] {
  return regex === null ? [] : phraseSpans(text, regex);
}

function extensionList(
  extension: LexiconExtension | undefined,
  key: 'phrases' | 'negatives',
): string[] {
  return extension?.[key] ?? [];
}

/** The form a phrase and any text it matches share: hyphens, apostrophes and spacing folded away. */
export function phraseKey(phrase: string): string {
  return normalisePhrase(phrase).replace(/[\s'-]+/g, '');
}

/** Compiles a lexicon, adding a council's extra phrases and negatives. */
export function compileLexicon(data: LexiconData, extension?: LexiconExtension): CompiledLexicon {
  const extra = extensionList(extension, 'phrases');
  const phrases = data.extensionsNeedAnchor ? data.phrases : [...data.phrases, ...extra];
  const terms = data.extensionsNeedAnchor ? [...data.anchoredTerms, ...extra] : data.anchoredTerms;
  return {
    entityType: data.entityType,
    positives: compilePhrases([...phrases, ...terms]),
    phraseKeys: new Set(phrases.map(phraseKey)),
    anchors: compilePhrases(data.anchors),
    personNames: data.personNames,
    negatives: compilePhrases([...data.negatives, ...extensionList(extension, 'negatives')]),
  };
}

/** Whether a compiled lexicon is the base one or needs recompiling for a policy's extension. */
/** Extensions compiled per cache before it starts again (a policy has one per lexicon). */
const EXTENSION_CACHE_LIMIT = 32;

/** Compiled forms of a council's lexicon extensions: by the extension object, then by its lists. */
export interface ExtensionCache<T> {
  byObject: WeakMap<LexiconExtension, T>;
  byContent: Map<string, T>;
}

export function extensionCache<T>(): ExtensionCache<T> {
  return { byObject: new WeakMap(), byContent: new Map() };
}

/**
 * `compile()` for `extension`, compiled once: the same policy scans every message with the same
 * extension, and compiling a lexicon costs more than scanning a message.
 */
export function compiledExtension<T>(
  cache: ExtensionCache<T>,
  extension: LexiconExtension,
  compile: () => T,
): T {
  const known = cache.byObject.get(extension);
  if (known !== undefined) return known;
  const key = JSON.stringify([extension.phrases ?? [], extension.negatives ?? []]);
  let compiled = cache.byContent.get(key);
  if (compiled === undefined) {
    if (cache.byContent.size >= EXTENSION_CACHE_LIMIT) cache.byContent.clear();
    compiled = compile();
    cache.byContent.set(key, compiled);
  }
  cache.byObject.set(extension, compiled);
  return compiled;
}

export function hasExtension(
  extension: LexiconExtension | undefined,
): extension is LexiconExtension {
  return (
    extensionList(extension, 'phrases').length > 0 ||
    extensionList(extension, 'negatives').length > 0
  );
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'st',
  'no',
  'e.g',
  'i.e',
  'cllr',
  'prof',
  'rev',
  'ref',
  'd.o.b',
  'dob',
  'tel',
  'mob',
  'approx',
  'ltd',
  'inc',
  'co',
  'nr',
  'vs',
]);

/** Whether a UTF-16 code unit is one JavaScript's `\s` matches. */
function isSpaceCode(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isSentenceStop(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code === 10) {
    for (let i = index + 1; i < text.length && i < index + 8; i += 1) {
      const next = text.charCodeAt(i);
      if (next === 10) return true;
      if (next !== 32 && next !== 9 && next !== 13) return false;
    }
    return false;
  }
  if (code !== 46 && code !== 33 && code !== 63) return false;
  if (index + 1 < text.length && !isSpaceCode(text.charCodeAt(index + 1))) return false;
  if (code !== 46) return true;
  let wordStart = index;
  while (wordStart > 0 && index - wordStart < 5) {
    const before = text.charCodeAt(wordStart - 1);
    if (!isAsciiLetter(before) && before !== 46) break;
    wordStart -= 1;
  }
  if (index - wordStart === 1) return !isAsciiLetter(text.charCodeAt(wordStart));
  return !ABBREVIATIONS.has(text.slice(wordStart, index).toLowerCase());
}

function mayStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63 || code === 10;
}

/** The part of the sentence around [start, end) within `window` characters either side. */
export function sentenceWindow(text: string, start: number, end: number, window: number): Span {
  let from = Math.max(0, start - window);
  for (let i = start - 1; i >= from; i -= 1) {
    if (mayStop(text.charCodeAt(i)) && isSentenceStop(text, i)) {
      from = i + 1;
      break;
    }
  }
  return { start: from, end: sentenceEnd(text, end, window) };
}

/** Where the sentence containing `end` stops, looking at most `window` characters ahead. */
export function sentenceEnd(text: string, end: number, window: number): number {
  const to = Math.min(text.length, end + window);
  for (let i = end; i < to; i += 1) {
    if (mayStop(text.charCodeAt(i)) && isSentenceStop(text, i)) return i;
  }
  return to;
}

function firstAtOrAfter(spans: readonly Span[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((spans[mid] as Span).end <= position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Whether a span overlaps any of `spans` (sorted, non-overlapping). */
export function overlapsAny(spans: readonly Span[], span: Span): boolean {
  const index = firstAtOrAfter(spans, span.start);
  const candidate = spans[index];
  return candidate !== undefined && candidate.start < span.end;
}

function anchorNear(
  text: string,
  anchors: readonly Span[],
  negatives: readonly Span[],
  span: Span,
): boolean {
  const window = sentenceWindow(text, span.start, span.end, ANCHOR_WINDOW);
  for (let i = firstAtOrAfter(anchors, window.start); i < anchors.length; i += 1) {
    const anchor = anchors[i] as Span;
    if (anchor.end > window.end) break;
    if (anchor.start >= window.start && !overlapsAny(negatives, anchor)) return true;
  }
  return false;
}

/**
 * A capitalised name followed by a predicate ("Mia has", "John Smith was"), a capitalised possessive
 * ("Dunn's") or an NHS number: people in case notes and lists. Case-sensitive on purpose.
 */
const PERSON_NAME =
  /\b(?:NHS(?:\s+(?:[Nn]o\.?|[Nn]umber))?:?\s*\d{3}|[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?,?\s+(?:has|had|is|was|uses|receives|needs)\b|[A-Z][a-z]{2,}['\u2019]s\b)/g;

/** Capitalised words that start sentences or name organisations, places, times and festivals rather than people. */
const NOT_NAMES = new Set(
  (
    'The This That There These Those Its What When Where Which Who Why How Our Your Their Each Every Any All ' +
    'Council Team Service Services Department Directorate Everyone Nobody Nothing Someone Anyone Today Tomorrow ' +
    'Yesterday Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December Housing Finance Planning Highways Education Health Social Care ' +
    'Children Adults Adult Family Families Parents People Women Men Staff Cabinet Committee Board Panel Report Item ' +
    'Agenda Budget Policy Contract Tender Supplier Contractor Provider Project Programme Scheme School Academy ' +
    'College Hospital Trust Government Ministry Police Court Borough County City Town Ward Parish Year Week Month ' +
    'Please Thanks Also Here Now Then Further Following Attached Below Above Everything Something Nothing ' +
    'Easter Christmas Diwali Eid Ramadan Hanukkah Passover Vaisakhi Lent Advent Holi Navratri ' +
    'Local National Regional Central Community Public General Annual North South East West Street ' +
    'Road Centre Office Group Network Partnership Forum Plan Strategy Unit Hub Fund Offer Person ' +
    'Director Manager Officer Chair Member'
  ).split(' '),
);

/** Spans of person names and NHS numbers (see PERSON_NAME), skipping names that start or end with a capitalised common word. */
export function personNames(text: string): Span[] {
  const spans: Span[] = [];
  PERSON_NAME.lastIndex = 0;
  for (let match = PERSON_NAME.exec(text); match !== null; match = PERSON_NAME.exec(text)) {
    const first = /^[A-Z]+/i.exec(match[0]);
    if (first !== null && NOT_NAMES.has(first[0])) continue;
    // "Laundering Policy has": a name's second word names a thing ("Policy", "Board", "Team").
    const second = /^[A-Z][a-z]+\s+([A-Z][a-z]+)\s/.exec(match[0]);
    if (second !== null && NOT_NAMES.has(second[1]!)) continue;
    spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

function mergeSpans(a: readonly Span[], b: readonly Span[]): Span[] {
  return [...a, ...b].sort((x, y) => x.start - y.start || x.end - y.end);
}

/** Characters either side of a match searched for a negative phrase overlapping it (longer than any negative). */
export const NEGATIVE_REACH = 96;
/** How far a region's edge moves out to reach a word boundary, so `\\b` is not fooled by the cut. */
const EDGE_REACH = 64;

function isWordCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  );
}

/**
 * Runs `find` only over the regions `before`/`after` characters around `spans` (merged, moved out to
 * word boundaries), or over the whole text when the regions would cover most of it: the passes for
 * negatives and anchors then cost in proportion to the matches, not to the text. `find` gets each
 * slice and where it starts in `text`.
 */
export function findNear(
  text: string,
  spans: readonly Span[],
  before: number,
  after: number,
  find: (text: string, from: number) => Span[],
): Span[] {
  const regions: Span[] = [];
  let covered = 0;
  for (const span of spans) {
    const start = Math.max(0, span.start - before);
    const end = Math.min(text.length, span.end + after);
    const last = regions[regions.length - 1];
    if (last !== undefined && start <= last.end) {
      covered += Math.max(0, end - last.end);
      last.end = Math.max(last.end, end);
    } else {
      regions.push({ start, end });
      covered += end - start;
    }
  }
  if (covered * 2 > text.length) return find(text, 0);
  const found: Span[] = [];
  for (const region of regions) {
    let start = region.start;
    const startLimit = Math.max(0, start - EDGE_REACH);
    while (start > startLimit && isWordCode(text.charCodeAt(start - 1))) start -= 1;
    let end = region.end;
    const endLimit = Math.min(text.length, end + EDGE_REACH);
    while (end < endLimit && isWordCode(text.charCodeAt(end))) end += 1;
    const cutBefore = start > 0 && isWordCode(text.charCodeAt(start - 1));
    const cutAfter = end < text.length && isWordCode(text.charCodeAt(end));
    for (const hit of find(text.slice(start, end), start)) {
      if ((cutBefore && hit.start === 0) || (cutAfter && hit.end === end - start)) continue;
      found.push({ start: hit.start + start, end: hit.end + start });
    }
  }
  return found;
}

/** Per compiled lexicon: matched text → whether it is a phrase or an anchored term (a pure function, memoised). */
const kindCache = new WeakMap<CompiledLexicon, Map<string, LexiconMatch['kind']>>();
/** Distinct matched texts remembered per lexicon before the memo starts again. */
const KIND_CACHE_LIMIT = 4096;

/** Phrase and term matches of a lexicon, negatives removed, each marked with whether a person anchor is near. */
export function matchLexicon(text: string, lexicon: CompiledLexicon): LexiconMatch[] {
  const spans = findPhrases(text, lexicon.positives);
  if (spans.length === 0) return [];
  const negatives = findNear(text, spans, NEGATIVE_REACH, NEGATIVE_REACH, (t, from) =>
    findPhrasesInSlice(text, from, t, lexicon.negatives),
  );
  const findAnchors = lexicon.personNames
    ? (t: string, from: number): Span[] =>
        mergeSpans(findPhrasesInSlice(text, from, t, lexicon.anchors), personNames(t))
    : (t: string, from: number): Span[] => findPhrasesInSlice(text, from, t, lexicon.anchors);
  const anchors = findNear(text, spans, ANCHOR_WINDOW, ANCHOR_WINDOW, findAnchors);
  const matches: LexiconMatch[] = [];
  let kinds = kindCache.get(lexicon);
  if (kinds === undefined || kinds.size > KIND_CACHE_LIMIT) {
    kinds = new Map();
    kindCache.set(lexicon, kinds);
  }
  for (const span of spans) {
    if (overlapsAny(negatives, span)) continue;
    const matchedText = text.slice(span.start, span.end);
    let kind = kinds.get(matchedText);
    if (kind === undefined) {
      kind = lexicon.phraseKeys.has(phraseKey(matchedText)) ? 'phrase' : 'term';
      kinds.set(matchedText, kind);
    }
    matches.push({
      start: span.start,
      end: span.end,
      kind,
      anchored: anchorNear(text, anchors, negatives, span),
    });
  }
  return matches;
}

function scoreOf(match: LexiconMatch, scores: LexiconScores): number {
  if (match.kind === 'phrase') return match.anchored ? scores.phraseAnchored : scores.phrase;
  return match.anchored ? scores.termAnchored : scores.term;
}

/**
 * Turns lexicon matches into findings: matches in the same sentence merge into one finding
 * spanning them, with the highest confidence among them.
 */
export function lexiconFindings(
  text: string,
  matches: readonly LexiconMatch[],
  entityType: EntityType,
  detector: string,
  scores: LexiconScores = DEFAULT_SCORES,
): Finding[] {
  const findings: Finding[] = [];
  let current: Finding | undefined;
  let sentenceStop = -1;
  for (const match of matches) {
    const confidence = scoreOf(match, scores);
    if (current !== undefined && match.start < sentenceStop) {
      current.end = Math.max(current.end, match.end);
      current.confidence = Math.max(current.confidence, confidence);
      continue;
    }
    current = { type: entityType, start: match.start, end: match.end, confidence, detector };
    findings.push(current);
    sentenceStop = sentenceEnd(text, match.end, ANCHOR_WINDOW * 3);
  }
  return findings;
}

/**
 * A matcher for prose no phrase list covers (a price next to a deal and a party, a harm verb with a
 * person as its object): returns extra matches, in any order, that join the lexicon's in findings.
 */
export type StructuralMatcher = (text: string) => LexiconMatch[];

/**
 * A detector's own check on its lexicon matches (not its structural ones), run before they become
 * findings: returns the matches to keep ("safeguarding" followed by "training", a price in a
 * sentence saying it is published).
 */
export type MatchRefiner = (text: string, matches: LexiconMatch[]) => LexiconMatch[];

/** A condition put to any reader or any person ("If you are worried that a child...", "if a customer discloses", "where a tenant is convicted", "whether a resident is"). */
const GENERAL_CONDITIONS = [
  ...'you a an any anyone someone somebody there'.split(' ').map((w) => `if ${w}`),
  'where a',
  'where an',
  'where any',
  'whether a',
  'whether an',
  'whether any',
];
/** The conditions that open a clause of their own ("where a" also joins a place to what happened there). */
const CONDITIONS = compilePhrases(GENERAL_CONDITIONS.filter((c) => c.startsWith('if ')));
/** Characters a condition's clause runs on for (see insideCondition). */
const CONDITION_REACH = 120;
/** After "if you": a request, not a condition ("if you could chase the LADO"). Sticky at its end. */
const REQUEST_AFTER = /[\t ]+(?:could|can|would|get|have[\t ]+(?:a|the)[\t ]+(?:chance|time))\b/iy;

/**
 * Whether `at` lies in the clause of a condition put to any reader ("If you have a safeguarding
 * concern about a pupil, ..."): after the condition, within CONDITION_REACH characters, with no
 * comma, semicolon, colon, full stop or line break between. Whoever the rest of the sentence names
 * (the contacts to call), what the clause says is no one's case.
 */
function insideCondition(text: string, conditions: readonly Span[], at: number): boolean {
  for (const condition of conditions) {
    if (condition.end > at) break;
    if (at - condition.end > CONDITION_REACH) continue;
    REQUEST_AFTER.lastIndex = condition.end;
    if (REQUEST_AFTER.test(text)) continue;
    if (!/[,;:.!?\n]/.test(text.slice(condition.end, at))) return true;
  }
  return false;
}

/** Someone in particular: a pronoun, a title or a family word. */
export const SOMEONE =
  /\b(?:he|she|him|his|her|hers|himself|herself|mr|mrs|ms|miss|mx|mum|mummy|dad|daddy|nan|grandad|grandma|stepdad|stepmum|husband|wife|boyfriend|girlfriend)\b/i;

/** Whether the `%` at `at` follows a number ("rose 12%", "12 %"): a share or a change in figures. */
function percentAt(text: string, at: number): boolean {
  let i = at - 1;
  if (i >= 0 && text.charCodeAt(i) === 32) i -= 1;
  const code = i >= 0 ? text.charCodeAt(i) : 0;
  return code >= 48 && code <= 57;
}

/** Whether a sentence names or points to someone in particular (her, Mr Cole, "Kai has"). */
function namesSomeone(sentence: string): boolean {
  return SOMEONE.test(sentence) || personNames(sentence).length > 0;
}

/**
 * A refiner that drops every match (but an unanchored term, which is below the threshold anyway)
 * whose sentence is about the work in general and names no one in particular. "In general" is one
 * of `words` (courses, adverts, figures...), a condition put to any reader ("if you", "if a"), or
 * a number's `%` sign; they are found through the word index once per text, and a match's sentence
 * (up to `reach` characters either side) is read only when one lies in it.
 */
export function generalSentenceFilter(words: readonly string[], reach: number): MatchRefiner {
  const general = compilePhrases([...words, ...GENERAL_CONDITIONS, 'per cent']);
  const generalSpans = (text: string): Span[] => {
    const spans = findPhrases(text, general);
    if (text.indexOf('%') < 0) return spans;
    for (let at = text.indexOf('%'); at >= 0; at = text.indexOf('%', at + 1))
      if (percentAt(text, at)) spans.push({ start: at, end: at + 1 });
    return spans.sort((a, b) => a.start - b.start);
  };
  return (text, matches) => {
    let spans: Span[] | undefined;
    let conditions: Span[] | undefined;
    // Matches often share a sentence: it is read once.
    let read: Span = { start: -1, end: -1 };
    let aboutWork = false;
    return matches.filter((match) => {
      if (match.kind === 'term' && !match.anchored) return true;
      spans ??= generalSpans(text);
      if (spans.length === 0) return true;
      conditions ??= findPhrases(text, CONDITIONS);
      if (conditions.length > 0 && insideCondition(text, conditions, match.start)) return false;
      const own = sentenceWindow(text, match.start, match.end, reach);
      if (own.start !== read.start || own.end !== read.end) {
        read = own;
        aboutWork = overlapsAny(spans, own) && !namesSomeone(text.slice(own.start, own.end));
      }
      return !aboutWork;
    });
  };
}

/** Lexicon matches and structural matches in one list, ordered by start. */
function withStructural(
  text: string,
  matches: LexiconMatch[],
  structural: StructuralMatcher | undefined,
): LexiconMatch[] {
  if (structural === undefined) return matches;
  const extra = structural(text);
  if (extra.length === 0) return matches;
  return [...matches, ...extra].sort((a, b) => a.start - b.start || a.end - b.end);
}

const extensionCaches = new WeakMap<LexiconData, ExtensionCache<CompiledLexicon>>();

function extensionsOf(data: LexiconData): ExtensionCache<CompiledLexicon> {
  let cache = extensionCaches.get(data);
  if (cache === undefined) {
    cache = extensionCache();
    extensionCaches.set(data, cache);
  }
  return cache;
}

/** Runs a lexicon (with the council's extension, when the policy has one) over normalised text. */
export function detectWithLexicon(
  text: string,
  base: CompiledLexicon,
  data: LexiconData,
  extension: LexiconExtension | undefined,
  detector: string,
  scores: LexiconScores = DEFAULT_SCORES,
  structural?: StructuralMatcher,
  refine?: MatchRefiner,
): Finding[] {
  const lexicon = hasExtension(extension)
    ? compiledExtension(extensionsOf(data), extension, () => compileLexicon(data, extension))
    : base;
  const own = matchLexicon(text, lexicon);
  const kept = refine === undefined || own.length === 0 ? own : refine(text, own);
  const matches = withStructural(text, kept, structural);
  return lexiconFindings(text, matches, data.entityType, detector, scores);
}

/** Counts of a lexicon's entries, for documentation and the benchmark. */
export function lexiconSize(data: LexiconData): {
  phrases: number;
  anchoredTerms: number;
  anchors: number;
  negatives: number;
} {
  return {
    phrases: data.phrases.length,
    anchoredTerms: data.anchoredTerms.length,
    anchors: data.anchors.length,
    negatives: data.negatives.length,
  };
}

/** A category detector backed by a lexicon: base lexicon compiled once, a policy's extension on demand. */
export function createLexiconDetector(
  meta: DetectorMeta,
  data: LexiconData,
  scores: LexiconScores = DEFAULT_SCORES,
  structural?: StructuralMatcher,
  refine?: MatchRefiner,
): Detector {
  const base = compileLexicon(data);
  return {
    meta,
    patterns: [],
    context: data.anchors,
    detect(text: string, context: DetectContext): Finding[] {
      beginText(text);
      return detectWithLexicon(
        text,
        base,
        data,
        context.lexicons[data.entityType],
        meta.id,
        scores,
        structural,
        refine,
      );
    },
  };
}
