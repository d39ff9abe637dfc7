// Shared prefilter: one pass over a text finds the words that can start a registered phrase regex, so each regex runs only there.

/**
 * A word here is a maximal run of ASCII letters and digits. A phrase regex of the shape
 * `\b<phrase trie>...` (lexicon phrases, context words) can only match where such a word starts and
 * equals, case-folded, the first word of one of its phrases: irregexp's `i` flag without `u` folds
 * ASCII letters only, and every phrase starts with a letter or digit. When the phrase goes on with a
 * space (matched as a run of spaces and hyphens) and a second word, the text's next word must equal
 * that one too, so such phrases are keyed on both words, and with a third word on all three ("of the
 * jewish faith" costs nothing at every "of the"). Such a phrase is recognised at its first word that
 * is not a common one (COMMON_WORDS): "the child" at "child", from the word before it, so that the
 * text's many "the" are never looked up; "child protection" at "child", by reading the next word.
 * When the first word is followed by an ASCII punctuation mark instead (`a/c`, `e.g.`, `child's`),
 * the text's word must be followed by that mark (a curly apostrophe counting as `'`, as the lexicon
 * regexes match it), so such phrases are keyed on the word and the mark: "a" in prose is no
 * candidate. One char-code loop hashes each word and, only for a word some phrase is recognised at,
 * looks up the words around it or the mark after it in tables naming the registered regexes each key
 * can start, giving every regex its candidate starts; a sticky copy of the regex tried at those
 * starts, left to right, skipping starts inside the previous match, finds exactly what the global
 * regex finds.
 */

/**
 * Slots of each hash table (a power of two): open addressing on the full 32-bit word hash, so a common
 * word of the text ("the") never shares an entry with a rare registered one. 4096 first words or
 * pairs fill it to a quarter; the tables (128 KB each) stay in the CPU cache.
 */
const TABLE_SIZE = 1 << 14;
const TABLE_MASK = TABLE_SIZE - 1;
/** Entries each table takes before further regexes are left to ordinary scanning (keeps probes short). */
const TABLE_LIMIT = TABLE_SIZE / 2;
/**
 * Regexes the index serves (the detectors register about 30; a policy's lexicon extension adds its
 * own); later ones are scanned the ordinary way.
 */
const MAX_MATCHERS = 1024;
/**
 * The entry bit saying a phrase keyed on more words is recognised at this word, its first, by
 * reading the next word (in `singles`); and (in `pairs`) that the phrase goes on to a third word.
 */
const AHEAD = 1 << 31;
/**
 * The entry bit (in `singles`) saying some phrase starts with this word and then an ASCII
 * punctuation mark (`a/c`, `e.g.`, `d.o.b`, `child's`): only then is the next character read.
 */
const MARKED = 1 << 30;
/**
 * The entry bits (in `singles`) saying a phrase is recognised at this word, its second or third, by
 * the word or two words before it: "the child" at "child", so that "the" costs nothing.
 */
const BEHIND = 1 << 29;
const BEHIND_TWO = 1 << 28;
/** The flag bits of a table entry. */
const FLAGS = AHEAD | MARKED | BEHIND | BEHIND_TWO;
/** The rest of an entry: the id of the set of regexes it can start (0: none; see `sets`). */
const SET = ~FLAGS;
/**
 * Words so common in English prose that a phrase starting with one is recognised at a later word
 * instead: every word in a text is looked up only if some phrase is recognised at it.
 */
const COMMON_WORDS = new Set(
  (
    'a an the and or but of to in on at by for from with without into onto over under about ' +
    'after before since until while as than that this these those there their they them he him ' +
    'his she her hers it its we us our you your i me my is are was were be been being am has have ' +
    'had do does did not no will would can could should may might must shall any all some each ' +
    'who whom whose which what when where why how if so also just very more most'
  ).split(' '),
);
const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

/** Per UTF-16 code unit: the lower-case code of an ASCII letter or digit, 0 for anything else. */
const FOLDED = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) FOLDED[c] = c;
for (let c = 65; c <= 90; c++) FOLDED[c] = c + 32;
for (let c = 97; c <= 122; c++) FOLDED[c] = c;

/**
 * Per UTF-16 code unit: 1 for a hyphen, an underscore, a dot or a character JavaScript's `\s`
 * matches (the context-word regex reads `_` and one `.` as a space: `sort_code`, `date.of.birth`;
 * other regexes only get more candidates to try).
 */
const GAP = new Uint8Array(65536);
for (const c of [
  9, 10, 11, 12, 13, 32, 45, 46, 95, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
])
  GAP[c] = 1;
for (let c = 0x2000; c <= 0x200a; c++) GAP[c] = 1;

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) | 0;
}

/** The hash of a word and the ASCII punctuation mark right after it. */
function markHash(word: number, mark: number): number {
  return (Math.imul(word, 0x27d4eb2f) ^ mark) | 0;
}

/** The hash of three words, from the hash of the first two (pairHash) and the third's. */
function tripleHash(pair: number, third: number): number {
  return (Math.imul(pair, 0x85ebca6b) ^ third) | 0;
}

/**
 * Hashes of the words of registered phrases, which repeat across phrases and lexicons ("child",
 * "of"): registering runs while the add-in loads, before V8 has compiled the loop.
 */
const wordHashes = new Map<string, number>();

/** The hash of a word as the text loop computes it (ASCII letters case-folded). */
function wordHash(word: string): number {
  let h = wordHashes.get(word);
  if (h !== undefined) return h;
  h = 0;
  for (let i = 0; i < word.length; i++) h = (Math.imul(h, 31) + FOLDED[word.charCodeAt(i)]!) | 0;
  wordHashes.set(word, h);
  return h;
}

/** A hash table from a 32-bit hash to a regex set id and flags; a slot with value 0 is empty. */
interface Table {
  keys: Int32Array;
  values: Int32Array;
  size: number;
  /** A one-hash Bloom filter of the keys (see mayHold). */
  filter: Int32Array;
}

function newTable(): Table {
  return {
    keys: new Int32Array(TABLE_SIZE),
    values: new Int32Array(TABLE_SIZE),
    size: 0,
    filter: new Int32Array(2048),
  };
}

/** The bit of a table's Bloom filter that stands for `hash`. */
function filterBit(hash: number): number {
  return (hash ^ (hash >>> 16)) & 0xffff;
}

/**
 * Whether `hash` may be a key of the table whose one-hash Bloom filter (8 KB, kept in the L1 cache) is
 * `filter`: most words and pairs of a text are in no phrase, and this answers for them without
 * probing the table.
 */
function mayHold(filter: Int32Array, hash: number): boolean {
  const b = filterBit(hash);
  return (filter[b >>> 5]! & (1 << (b & 31))) !== 0;
}

/** The entry stored for `hash` (a regex set id and flags), or 0. */
function lookup(table: Table, hash: number): number {
  const { keys, values } = table;
  for (let s = (hash ^ (hash >>> 15)) & TABLE_MASK; ; s = (s + 1) & TABLE_MASK) {
    const value = values[s]!;
    if (value === 0 || keys[s] === hash) return value;
  }
}

/** The slot of `hash` in `table`, taken for it when new. */
function slotFor(table: Table, hash: number): number {
  const b = filterBit(hash);
  table.filter[b >>> 5]! |= 1 << (b & 31);
  const { keys, values } = table;
  for (let s = (hash ^ (hash >>> 15)) & TABLE_MASK; ; s = (s + 1) & TABLE_MASK) {
    if (values[s] === 0) {
      keys[s] = hash;
      table.size++;
      return s;
    }
    if (keys[s] === hash) return s;
  }
}

/** Sets `flags` on the entry for `hash`. */
function addFlags(table: Table, hash: number, flags: number): void {
  table.values[slotFor(table, hash)]! |= flags;
}

/** Adds regex `slot` to the set of the entry for `hash`. */
function addRegex(table: Table, hash: number, slot: number): void {
  const s = slotFor(table, hash);
  const value = table.values[s]!;
  table.values[s] = (value & FLAGS) | withMember(value & SET, slot);
}

/**
 * The sets of regexes table entries name, by id: one list of regex slots per distinct set, so that
 * an entry holds any number of regexes in one integer. Id 0 is the empty set.
 */
const sets: Int32Array[] = [new Int32Array(0)];
const setIds = new Map<string, number>([['', 0]]);

/** The id of set `id` with regex `slot` added. */
function withMember(id: number, slot: number): number {
  const known = withMembers.get(id * MAX_MATCHERS + slot);
  if (known !== undefined) return known;
  const found = newWithMember(id, slot);
  withMembers.set(id * MAX_MATCHERS + slot, found);
  return found;
}

/** withMember's answers by `id * MAX_MATCHERS + slot`: a regex's phrases mostly land in the same few sets. */
const withMembers = new Map<number, number>();

function newWithMember(id: number, slot: number): number {
  const members = [...sets[id]!];
  if (members.includes(slot)) return id;
  members.push(slot);
  members.sort((a, b) => a - b);
  const key = members.join(',');
  let found = setIds.get(key);
  if (found === undefined) {
    found = sets.push(Int32Array.from(members)) - 1;
    setIds.set(key, found);
  }
  return found;
}

/** The regexes a word (alone) can start, and AHEAD, MARKED, BEHIND and BEHIND_TWO. */
const singles = newTable();
/** The regexes a word followed by a second word can start, and AHEAD. */
const pairs = newTable();
/**
 * The regexes two words followed by a third can start: a phrase of three words or more is
 * keyed on all three, so that "of the jewish faith" costs nothing at every "of the".
 */
const triples = newTable();
/** The regexes a word followed by a punctuation mark can start (see MARKED). */
const marked = newTable();
/** Bumped when the tables change, so that indexes built before are rebuilt. */
let version = 0;
let registered = 0;
/** Regex source → slot, so that recompiling the same phrases (a policy's extension) reuses its slot. */
const slotsBySource = new Map<string, number>();

/** How a phrase can start: its first word, and its second and third words when spaces join them. */
export interface PhraseStart {
  first: string;
  second: string;
  /** Empty (or absent) when the phrase is keyed on fewer words. */
  third?: string;
  /** The ASCII punctuation mark right after the first word, when neither a space nor the end follows it. */
  mark?: string;
}

function isCommon(word: string): boolean {
  return COMMON_WORDS.has(word.toLowerCase());
}

/** Whether `code` is ASCII and neither a letter, a digit nor a space. */
function isAsciiMark(code: number): boolean {
  return code < 128 && FOLDED[code] === 0 && code !== 32;
}

/** The end of the run of ASCII letters and digits in `phrase` from `from`. */
function wordEnd(phrase: string, from: number): number {
  let end = from;
  while (end < phrase.length && FOLDED[phrase.charCodeAt(end)] !== 0) end++;
  return end;
}

/**
 * The start of a phrase as its regex reads it (lower case, a space standing for a run of spaces or
 * hyphens): the leading run of ASCII letters and digits, and while a space follows, the next run,
 * up to three.
 */
export function phraseStart(phrase: string): PhraseStart {
  const end = wordEnd(phrase, 0);
  const first = phrase.slice(0, end);
  if (end === 0 || phrase.charCodeAt(end) !== 32) {
    const code = phrase.charCodeAt(end);
    const mark = end > 0 && isAsciiMark(code) ? phrase.charAt(end) : '';
    return mark === '' ? { first, second: '', third: '' } : { first, second: '', third: '', mark };
  }
  const stop = wordEnd(phrase, end + 1);
  const second = phrase.slice(end + 1, stop);
  if (stop === end + 1 || phrase.charCodeAt(stop) !== 32) return { first, second, third: '' };
  return { first, second, third: phrase.slice(stop + 1, wordEnd(phrase, stop + 1)) };
}

/**
 * How to build a regex for some of a prepared regex's phrases: `phrases` parallel to its starts, and
 * `source` giving the source of a regex (with the same flags) matching exactly the phrases it is given.
 */
export interface PhraseParts {
  phrases: readonly string[];
  source: (phrases: readonly string[]) => string;
}

interface Pending {
  starts: readonly PhraseStart[];
  parts?: PhraseParts;
}

/** The phrases of a prepared regex sharing one first word, and their sticky regex once compiled. */
interface Part {
  phrases: string[];
  sticky: RegExp | null;
}

/**
 * A regex prepared for the prefilter: its slot (its list of starts in an index) and either its
 * sticky twin or, for a large regex, its phrases grouped by first word (see SPLIT_SOURCE_LENGTH).
 */
interface Matcher {
  /** The whole regex, sticky; null when split. */
  sticky: RegExp | null;
  slot: number;
  /** By the hash of the first word (wordHash); null when the whole sticky twin is tried. */
  parts: Parts | null;
  partSource: ((phrases: readonly string[]) => string) | null;
  stickyFlags: string;
}

/**
 * Regexes with a longer source are tried at a candidate start as the regex of just the phrases
 * starting with the word there. Only one phrase group can match at a word, so the result is the
 * same; but irregexp compiles a regex on first use at about a microsecond per source character, and
 * a fresh runtime's first Send then compiles only the groups its words start, not every lexicon whole.
 */
const SPLIT_SOURCE_LENGTH = 2048;

const matchers = new WeakMap<RegExp, Matcher | Pending>();

/**
 * Marks a global regex `\b(?:...)` as prefilterable: `starts` must hold the start (see phraseStart)
 * of every phrase it can match, a space in a phrase matching only spaces and hyphens. A phrase not
 * starting with a letter or digit leaves the regex to ordinary scanning.
 */
export function preparePhraseRegex(
  regex: RegExp,
  starts: Iterable<PhraseStart>,
  parts?: PhraseParts,
): void {
  const list = [...starts];
  if (!regex.global || list.some((s) => s.first === '')) return;
  matchers.set(regex, parts === undefined ? { starts: list } : { starts: list, parts });
  // Registered now, when the detectors load, rather than on first use: a table change makes the
  // next scan rebuild its index, which on a first, large message would happen once per regex.
  matcherFor(regex);
}

/** Whether the word index serves `regex` (prepared, and given a slot), rather than ordinary scanning. */
export function isIndexed(regex: RegExp): boolean {
  return matcherFor(regex) !== undefined;
}

/** Gives a prepared regex its slot (the same slot for the same source and flags). */
function matcherFor(regex: RegExp): Matcher | undefined {
  const entry = matchers.get(regex);
  if (entry === undefined) return undefined;
  if ('sticky' in entry) return entry;
  const key = `${regex.flags}/${regex.source}`;
  let slot = slotsBySource.get(key);
  if (slot === undefined) {
    if (
      registered >= MAX_MATCHERS ||
      singles.size + entry.starts.length > TABLE_LIMIT ||
      pairs.size + entry.starts.length > TABLE_LIMIT ||
      triples.size + entry.starts.length > TABLE_LIMIT ||
      marked.size + entry.starts.length > TABLE_LIMIT
    ) {
      matchers.delete(regex);
      return undefined;
    }
    slot = registered++;
    slotsBySource.set(key, slot);
    startsBuffers.push(new Int32Array(64));
    firstsBuffers.push(new Int32Array(64));
    for (const { first, second, third = '', mark = '' } of entry.starts) {
      const h = wordHash(first);
      if (second === '') {
        if (mark === '') {
          addRegex(singles, h, slot);
        } else {
          addRegex(marked, markHash(h, mark.charCodeAt(0)), slot);
          addFlags(singles, h, MARKED);
        }
        continue;
      }
      // Recognised at the first word that is not a common one, by the words before it and, at the
      // first word, after it; a third word that is common is left out of the key.
      const h2 = wordHash(second);
      const pair = pairHash(h, h2);
      if (!isCommon(first)) {
        addFlags(singles, h, AHEAD);
        if (third === '') {
          addRegex(pairs, pair, slot);
        } else {
          addRegex(triples, tripleHash(pair, wordHash(third)), slot);
          addFlags(pairs, pair, AHEAD);
        }
      } else if (third !== '' && (isCommon(second) || !isCommon(third))) {
        const h3 = wordHash(third);
        addRegex(triples, tripleHash(pair, h3), slot);
        addFlags(singles, h3, BEHIND_TWO);
      } else {
        addRegex(pairs, pair, slot);
        addFlags(singles, h2, BEHIND);
      }
    }
    version++;
  }
  const flags = regex.flags.replace('g', '') + 'y';
  const split = entry.parts !== undefined && regex.source.length > SPLIT_SOURCE_LENGTH;
  const matcher: Matcher = {
    sticky: split ? null : new RegExp(regex.source, flags),
    slot,
    parts: split ? partsByFirstWord(entry.starts, entry.parts!.phrases) : null,
    partSource: split ? entry.parts!.source : null,
    stickyFlags: flags,
  };
  matchers.set(regex, matcher);
  return matcher;
}

/** A prepared regex's phrases grouped by the hash of their first word, in an open-addressing table. */
interface Parts {
  /** Slot → first-word hash, and slot → 1 + index in `list` (0: empty). */
  keys: Int32Array;
  at: Int32Array;
  mask: number;
  list: Part[];
}

/** The phrases (parallel to `starts`) in groups by their first word, none compiled yet. */
function partsByFirstWord(starts: readonly PhraseStart[], phrases: readonly string[]): Parts {
  const groups = new Map<number, Part>();
  starts.forEach((start, i) => {
    const h = wordHash(start.first);
    const part = groups.get(h);
    if (part === undefined) groups.set(h, { phrases: [phrases[i]!], sticky: null });
    else part.phrases.push(phrases[i]!);
  });
  let size = 16;
  while (size < groups.size * 4) size *= 2;
  const parts: Parts = {
    keys: new Int32Array(size),
    at: new Int32Array(size),
    mask: size - 1,
    list: [...groups.values()],
  };
  [...groups.keys()].forEach((h, i) => {
    let s = (h ^ (h >>> 15)) & parts.mask;
    while (parts.at[s] !== 0) s = (s + 1) & parts.mask;
    parts.keys[s] = h;
    parts.at[s] = i + 1;
  });
  return parts;
}

/**
 * For a prepared regex tried in parts (see SPLIT_SOURCE_LENGTH): how many first-word groups it has
 * and how many have been compiled; undefined when it is tried whole.
 */
export function phraseParts(regex: RegExp): { groups: number; compiled: number } | undefined {
  const parts = matcherFor(regex)?.parts;
  if (parts === null || parts === undefined) return undefined;
  return {
    groups: parts.list.length,
    compiled: parts.list.filter((part) => part.sticky !== null).length,
  };
}

/** The sticky regex of the phrases whose first word is hashed `h` (see wordHash), or null. */
function partFor(matcher: Matcher, h: number): RegExp | null {
  const parts = matcher.parts!;
  let s = (h ^ (h >>> 15)) & parts.mask;
  let found = parts.at[s]!;
  while (found !== 0 && parts.keys[s] !== h) {
    s = (s + 1) & parts.mask;
    found = parts.at[s]!;
  }
  if (found === 0) return null;
  const part = parts.list[found - 1]!;
  part.sticky ??= new RegExp(matcher.partSource!(part.phrases), matcher.stickyFlags);
  return part.sticky;
}

/** Per registered regex (by slot): the word starts in a text where it can match, in text order. */
interface TextIndex {
  text: string;
  version: number;
  starts: Int32Array[];
  /** Per slot, parallel to `starts`: the hash of the first word of the phrases each start can begin. */
  firsts: Int32Array[];
  counts: Int32Array;
  digits: DigitRuns;
}

/** Runs of ASCII digits (what `/\d+/g` finds), as `start, end` pairs in text order. */
export interface DigitRuns {
  pairs: Int32Array;
  count: number;
}

/** The text being scanned (set by the engine), its index built on first use. */
let current: string | undefined;
let lastIndex: TextIndex | undefined;

/**
 * Names the text about to be scanned (by the engine, or a category detector called on its own):
 * phrase regexes run over exactly this text use the index; over any other text (a slice of it) they
 * scan the ordinary way.
 */
export function beginText(text: string): void {
  current = text;
  if (lastIndex !== undefined && lastIndex.text !== text) lastIndex = undefined;
}

/** Appends the runs of ASCII digits in `codes` from `from` to `to` to `runs` (as `start, end` pairs). */
function addDigitRuns(codes: Uint8Array, from: number, to: number, runs: DigitRuns): void {
  let i = from;
  while (i < to) {
    const c = codes[i]!;
    if (c < 48 || c > 57) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < to && isDigitCode(codes[i]!)) i++;
    if (runs.count * 2 >= runs.pairs.length) {
      const grown = new Int32Array(runs.pairs.length * 2);
      grown.set(runs.pairs);
      runs.pairs = grown;
    }
    runs.pairs[runs.count * 2] = start;
    runs.pairs[runs.count * 2 + 1] = i;
    runs.count++;
  }
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** The byte standing for a non-ASCII UTF-16 unit in `codes`: a space for a gap, `'` for a curly apostrophe, else no word, gap or mark. */
function byteFor(code: number): number {
  if (code < 128) return code;
  if (code === RIGHT_QUOTE) return APOSTROPHE;
  return GAP[code] === 1 ? 32 : 128;
}

const encoder = typeof TextEncoder === 'function' ? new TextEncoder() : undefined;
let codesBuffer = new Uint8Array(4096);
/** Texts longer than this get a buffer of their own, not kept after their scan. */
const RETAINED_CODES = 1 << 20;

/**
 * One byte per UTF-16 unit of `text`: the unit itself when ASCII, else what byteFor gives (all the
 * index needs to know of it). ASCII text (almost all mail) is copied natively by TextEncoder.
 */
function codesOf(text: string): Uint8Array {
  const n = text.length;
  if (n > RETAINED_CODES) return fillCodes(text, new Uint8Array(n));
  if (codesBuffer.length < n)
    codesBuffer = new Uint8Array(Math.min(RETAINED_CODES, Math.max(n, codesBuffer.length * 2)));
  return fillCodes(text, codesBuffer);
}

function fillCodes(text: string, codes: Uint8Array): Uint8Array {
  const n = text.length;
  if (encoder !== undefined) {
    const { read, written } = encoder.encodeInto(text, codes);
    if (read === n && written === n) return codes;
  }
  for (let i = 0; i < n; i++) codes[i] = byteFor(text.charCodeAt(i));
  return codes;
}

/** FOLDED and GAP for the bytes codesOf gives. */
const FOLDED8 = FOLDED.slice(0, 256);
const GAP8 = GAP.slice(0, 256);

/** Per regex slot, the buffer of its starts (reused: only the latest text's index is ever read). */
const startsBuffers: Int32Array[] = [];
const firstsBuffers: Int32Array[] = [];
const countsBuffer = new Int32Array(MAX_MATCHERS);

/**
 * Adds `start`, where phrases beginning with the word hashed `first` can start, to the lists of the
 * regexes in set `id`, keeping each list in order and without repeats. Starts mostly come in text
 * order; one recognised at a later word (see BEHIND) may come after later ones, and goes in before them.
 */
function addStart(
  id: number,
  start: number,
  first: number,
  starts: Int32Array[],
  firsts: Int32Array[],
  counts: Int32Array,
): void {
  const members = sets[id]!;
  for (let k = 0; k < members.length; k++) {
    const slot = members[k]!;
    const c = counts[slot]!;
    let list = starts[slot]!;
    let hashes = firsts[slot]!;
    let at = c;
    while (at > 0 && list[at - 1]! > start) at--;
    if (at > 0 && list[at - 1] === start) continue;
    if (c === list.length) {
      list = new Int32Array(c * 2);
      list.set(starts[slot]!);
      starts[slot] = list;
      hashes = new Int32Array(c * 2);
      hashes.set(firsts[slot]!);
      firsts[slot] = hashes;
    }
    if (at < c) {
      list.copyWithin(at + 1, at, c);
      hashes.copyWithin(at + 1, at, c);
    }
    list[at] = start;
    hashes[at] = first;
    counts[slot] = c + 1;
  }
}

/** Whether `codes` from `from` to `to` are all gaps (see GAP), and at least one. */
function gapsBetween(codes: Uint8Array, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let k = from; k < to; k++) if (GAP8[codes[k]!] !== 1) return false;
  return true;
}

let digitBuffer: Int32Array = new Int32Array(2048);

function buildIndex(text: string): TextIndex {
  const n = text.length;
  const codes = codesOf(text);
  const singleFilter = singles.filter;
  const pairFilter = pairs.filter;
  // The buffers of the previous index are reused: only the latest text's index is ever read.
  const starts = startsBuffers;
  const firsts = firstsBuffers;
  const counts = countsBuffer;
  counts.fill(0, 0, registered);
  const digits: DigitRuns = { pairs: digitBuffer, count: 0 };
  // The word before the current one and the word before that (hash, start, end; start -1: none).
  let h1 = 0;
  let start1 = -1;
  let end1 = 0;
  let h2 = 0;
  let start2 = -1;
  let end2 = 0;
  let i = 0;
  while (i < n) {
    let f = FOLDED8[codes[i]!]!;
    if (f === 0) {
      i++;
      continue;
    }
    let start = i;
    let h = f;
    // Negative when the word holds a digit (folded codes below 58), without a branch per character.
    let low = f - 58;
    i++;
    while (i < n && (f = FOLDED8[codes[i]!]!) !== 0) {
      h = ((h << 5) - h + f) | 0;
      low |= f - 58;
      i++;
    }
    let end = i;
    // Word `start..end` hashed `h`; a word read ahead as the second of a pair is taken up next without rereading.
    for (;;) {
      if (low < 0) addDigitRuns(codes, start, end, digits);
      const entry = mayHold(singleFilter, h) ? lookup(singles, h) : 0;
      let nextStart = -1;
      let next = 0;
      let nextLow = 0;
      if (entry !== 0) {
        // The regex sets starting at this word or the one or two before it, added earliest first.
        if (
          (entry & BEHIND_TWO) !== 0 &&
          start2 >= 0 &&
          gapsBetween(codes, end2, start1) &&
          gapsBetween(codes, end1, start)
        ) {
          const three = lookup(triples, tripleHash(pairHash(h2, h1), h)) & SET;
          if (three !== 0) addStart(three, start2, h2, starts, firsts, counts);
        }
        if ((entry & BEHIND) !== 0 && start1 >= 0 && gapsBetween(codes, end1, start)) {
          const pair = pairHash(h1, h);
          const two = (mayHold(pairFilter, pair) ? lookup(pairs, pair) : 0) & SET;
          if (two !== 0) addStart(two, start1, h1, starts, firsts, counts);
        }
        if ((entry & SET) !== 0) addStart(entry & SET, start, h, starts, firsts, counts);
        if ((entry & MARKED) !== 0 && end < n) {
          const withMark = lookup(marked, markHash(h, codes[end]!)) & SET;
          if (withMark !== 0) addStart(withMark, start, h, starts, firsts, counts);
        }
        if (entry < 0) {
          // AHEAD: the next word, when only gaps come between.
          let j = end;
          while (j < n && GAP8[codes[j]!] === 1) j++;
          if (j > end && j < n && (f = FOLDED8[codes[j]!]!) !== 0) {
            nextStart = j;
            next = f;
            nextLow = f - 58;
            j++;
            while (j < n && (f = FOLDED8[codes[j]!]!) !== 0) {
              next = ((next << 5) - next + f) | 0;
              nextLow |= f - 58;
              j++;
            }
            const pair = pairHash(h, next);
            const pairEntry = mayHold(pairFilter, pair) ? lookup(pairs, pair) : 0;
            if ((pairEntry & SET) !== 0)
              addStart(pairEntry & SET, start, h, starts, firsts, counts);
            i = j;
            if (pairEntry < 0) {
              // The third word, read ahead only here; it is read again as a word of its own.
              while (j < n && GAP8[codes[j]!] === 1) j++;
              if (j > i && j < n && (f = FOLDED8[codes[j]!]!) !== 0) {
                let third = f;
                j++;
                while (j < n && (f = FOLDED8[codes[j]!]!) !== 0) {
                  third = ((third << 5) - third + f) | 0;
                  j++;
                }
                const three = lookup(triples, tripleHash(pair, third)) & SET;
                if (three !== 0) addStart(three, start, h, starts, firsts, counts);
              }
            }
          }
        }
      }
      h2 = h1;
      start2 = start1;
      end2 = end1;
      h1 = h;
      start1 = start;
      end1 = end;
      if (nextStart < 0) break;
      start = nextStart;
      end = i;
      h = next;
      low = nextLow;
    }
    i++;
  }
  digitBuffer = digits.pairs;
  return { text, version, starts, firsts, counts, digits };
}

function indexOf(text: string): TextIndex {
  const last = lastIndex;
  if (last !== undefined && last.version === version && last.text === text) return last;
  const index = buildIndex(text);
  lastIndex = index;
  return index;
}

/** A match, as offsets. */
export interface PhraseSpan {
  start: number;
  end: number;
}

/**
 * Appends every non-overlapping match of global phrase regex `regex` in `text` to `out`, left to
 * right: the same matches as `regex.exec` in a loop. Returns false (adding nothing) when the regex
 * is not prepared, or when the text is not the one being scanned and the regex is tried whole:
 * scan it the ordinary way.
 */
export function phraseMatches(text: string, regex: RegExp, out: PhraseSpan[]): boolean {
  return phraseMatchesInSlice(text, 0, text, regex, out);
}

/**
 * Every non-overlapping match of global phrase regex `regex` in `text`, left to right: from the index
 * or the regex's parts when they can answer (phraseMatches), else by `regex.exec` in a loop.
 */
export function phraseSpans(text: string, regex: RegExp): PhraseSpan[] {
  const spans: PhraseSpan[] = [];
  if (phraseMatches(text, regex, spans)) return spans;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

/** Index (into an index's arrays) of the first candidate starting at or after `position`. */
function firstFrom(starts: Int32Array, count: number, position: number): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < position) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function isWordCode(code: number): boolean {
  return FOLDED[code] !== 0 || code === 95;
}

/**
 * Appends the matches of global phrase regex `regex` in `slice`, which is the scanned text from
 * `from`, to `out` as offsets in `slice`: the same as `regex.exec` in a loop over `slice`. The slice
 * must cut no word (a non-word character or the text's edge on either side), so the words in it are
 * the text's. Returns false (adding nothing) when neither the index nor the regex's parts can
 * answer: scan the slice the ordinary way.
 */
export function phraseMatchesInSlice(
  text: string,
  from: number,
  slice: string,
  regex: RegExp,
  out: PhraseSpan[],
): boolean {
  const matcher = matcherFor(regex);
  if (matcher === undefined) return false;
  const to = from + slice.length;
  if (
    text !== current ||
    (from > 0 && isWordCode(text.charCodeAt(from - 1))) ||
    (to < text.length && isWordCode(text.charCodeAt(to)))
  ) {
    // No index for this slice: a regex tried in parts is tried at every word, never compiled whole.
    if (matcher.parts === null) return false;
    matchAtEveryWord(matcher, slice, out);
    return true;
  }
  const index = indexOf(text);
  const starts = index.starts[matcher.slot]!;
  const count = index.counts[matcher.slot]!;
  const firsts = index.firsts[matcher.slot]!;
  const whole = matcher.sticky;
  let after = 0;
  for (let k = firstFrom(starts, count, from); k < count; k++) {
    const at = starts[k]! - from;
    if (at >= slice.length) break;
    if (at < after) continue;
    const sticky = whole ?? partFor(matcher, firsts[k]!);
    if (sticky === null) continue;
    sticky.lastIndex = at;
    if (sticky.test(slice)) {
      after = sticky.lastIndex;
      out.push({ start: at, end: after });
    }
  }
  return true;
}

/**
 * The matches of a regex tried in parts (see SPLIT_SOURCE_LENGTH) in `text`, without an index: its
 * part is tried at the start of each run of ASCII letters and digits, the only places a phrase can
 * start (the part's own `\\b` rejects a run after `_`), skipping starts inside the previous match.
 */
function matchAtEveryWord(matcher: Matcher, text: string, out: PhraseSpan[]): void {
  let after = 0;
  let i = 0;
  while (i < text.length) {
    let f = FOLDED[text.charCodeAt(i)]!;
    if (f === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0;
    while (f !== 0) {
      h = (Math.imul(h, 31) + f) | 0;
      f = ++i < text.length ? FOLDED[text.charCodeAt(i)]! : 0;
    }
    if (start < after) continue;
    const sticky = partFor(matcher, h);
    if (sticky === null) continue;
    sticky.lastIndex = start;
    if (sticky.test(text)) {
      after = sticky.lastIndex;
      out.push({ start, end: after });
    }
  }
}

/** The runs of ASCII digits in `text`, from the index when it is the scanned text. */
export function digitRuns(text: string): DigitRuns {
  if (text === current) return indexOf(text).digits;
  const runs: DigitRuns = { pairs: new Int32Array(16), count: 0 };
  addDigitRuns(codesOf(text), 0, text.length, runs);
  return runs;
}
