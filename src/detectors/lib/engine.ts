// The scanning engine: prefilters, runs pattern detectors (boundaries, validation, context, negatives), resolves overlaps.
import {
  CONTEXT_BEFORE_CHARS,
  type ContextBefore,
  type Detector,
  type DetectContext,
  type Finding,
  type ZoneNeeds,
} from '../types';
import { beginText, digitRuns, phraseSpans, preparePhraseRegex } from './prefilter';
import { fillsCell, startsCell, tableContext, type TableContext } from './table';
import { phraseKey, wordsMatcher } from './words';

/** Characters searched for context words either side of a match unless a detector says otherwise (as Purview). */
export const DEFAULT_CONTEXT_WINDOW = 300;
/** Added to a pattern's score when a context word is near: validated 0.6 becomes high, weak 0.2 medium. */
export const CONTEXT_BOOST = 0.35;
/** Characters before a match searched for a negative word (cut at the line start). */
const NEGATIVE_WINDOW = 40;
/** Characters before a match searched for an example word (cut at the sentence start). */
const EXAMPLE_WINDOW = 120;
/** Digit runs closer than this share one zone the digit detectors read. */
const ZONE_MERGE_GAP = 40;
/** Characters a zone reaches before its first and after its last digit (IBAN country, licence surname, month names). */
const ZONE_BEFORE = 16;
const ZONE_AFTER = 12;
/** Characters an anchor zone (`@`) reaches either side: a local part is at most 64, a domain 253. */
const ANCHOR_BEFORE = 72;
const ANCHOR_AFTER = 260;
/** A URL: digits inside one are ids, not personal numbers. */
const URL = /\b(?:https?|ftp):\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/gi;
// Every URL starts at a whole word `http`, `https`, `ftp` or `www`: the word index finds them.
preparePhraseRegex(
  URL,
  ['http', 'https', 'ftp', 'www'].map((first) => ({ first, second: '' })),
);

interface Region {
  start: number;
  end: number;
  /** Digits in the region, and the longest run of them (digit zones only). */
  digits: number;
  maxRun: number;
  /** The features a prefilter can ask for (LETTER_BEFORE, LETTER_PAIR, TRUNK, COLON), as bits. */
  flags: number;
  dots: number;
  /** Bit `n` set when the region holds a digit run of exactly `n` digits (bit 31: 31 or more). */
  runs: number;
}

/** Zone feature bits: see ZoneNeeds (and a `:` in the zone, which an IPv6 pattern needs). */
const LETTER_BEFORE = 1;
const LETTER_PAIR = 2;
const TRUNK = 4;
const COLON = 8;

/** A region with no features recorded yet. */
function region(start: number, end: number): Region {
  return {
    start,
    end,
    digits: 0,
    maxRun: 0,
    flags: 0,
    dots: 0,
    runs: 0,
  };
}

/**
 * A pattern as the engine reads it: every field present, so that the hot loops see one object shape
 * (detectors and patterns are object literals of many shapes).
 */
interface CompiledPattern {
  regex: RegExp;
  score: number;
  /** A substring every match contains, or '' for none. */
  contains: string;
  /** Zone feature bits the pattern needs (its own zoneNeeds, and COLON when it contains `:`). */
  flags: number;
  dots: number;
  /** The run-length sets of its zoneNeeds as bit masks (empty: no such need). */
  runMasks: number[];
}

interface Compiled {
  detector: Detector;
  id: string;
  entityType: Finding['type'];
  patterns: CompiledPattern[];
  validate: ((value: string) => boolean) | null;
  invalidate: ((value: string) => boolean) | null;
  /** Digit detectors skip matches inside URLs. */
  skipUrls: boolean;
  contextInSentence: boolean;
  /** Zone feature bits and dotted runs the detector itself needs. */
  flags: number;
  dots: number;
  /** Position in the plan: indexes the per-detector context hits. */
  index: number;
  hasContext: boolean;
  hasNegative: boolean;
  hasExample: boolean;
  window: number;
  /** The detector's reading of the text right before a match, or null. */
  before: ContextBefore | null;
  /** The best confidence any match can reach: detectors below the threshold are skipped. */
  best: number;
  /** The best pattern score without context: below the threshold, every match needs a context word. */
  top: number;
  /** The detector's digit prefilters (0 when it has none), read for every zone. */
  minDigits: number;
  minRun: number;
}

/** Which detectors a matched word or phrase counts for, as context or as a negative. */
interface Credit {
  context: number[];
  negative: number[];
  example: number[];
}

/** Everything about a detector list that does not depend on the text, built once per list. */
interface Plan {
  compiled: Compiled[];
  /** One regex for every context and negative word of every detector: the text is searched once. */
  words: RegExp | null;
  credit: Map<string, Credit>;
  /** Matched text as written → its credit (null: none), so each spelling is folded and looked up once. */
  creditByText: Map<string, Credit | null>;
}

/** A context phrase of plain words, which also counts written as one word (see planFor). */
const JOINABLE = /^[a-z0-9]+(?: [a-z0-9]+)+$/;

/** Header cells longer than this are not searched for context words. */
const MAX_HEADER_CELL = 256;

/** Context and negative credit a header cell gives its column: detector indexes (plan order). */
interface ColumnCredit {
  context: number[];
  negative: number[];
}

/** Spellings remembered in a plan's creditByText before it starts again. */
const CREDIT_MEMO_LIMIT = 4096;

/** A pattern finding before overlap resolution. */
interface Candidate extends Finding {
  validated: boolean;
}

/** Raised when a detector throws; names the detector only, never the text or the original message. */
export class DetectorError extends Error {
  constructor(readonly detectorId: string) {
    super(`detector ${detectorId} failed`);
    this.name = 'DetectorError';
  }
}

/** Raised when a scan passes its deadline (ScanOptions.deadline); names no text. */
export class ScanTimeoutError extends Error {
  constructor() {
    super('the scan stopped at its time budget');
    this.name = 'ScanTimeoutError';
  }
}

/** A scan's deadline and the clock it is read against (milliseconds). */
export interface ScanLimit {
  deadline: number;
  clock: () => number;
}

/** Throws ScanTimeoutError once `limit`'s clock is past its deadline. */
export function checkLimit(limit: ScanLimit): void {
  if (limit.clock() > limit.deadline) throw new ScanTimeoutError();
}

/** Digit zones read between two looks at the clock. */
const ZONES_PER_CHECK = 256;

/** The hits of a detector with none (never written to). */
const NO_HITS: number[] = [];

/** Adds a hit to detector `i`'s list, replacing the shared empty list by its own. */
function addHit(lists: number[][], i: number, start: number, end: number): void {
  const list = lists[i]!;
  if (list === NO_HITS) lists[i] = [start, end];
  else list.push(start, end);
}

const planCache = new WeakMap<readonly Detector[], Plan>();

/** The bit standing for a digit run of `length` digits in a region's `runs`. */
function runBit(length: number): number {
  return 1 << Math.min(length, 31);
}

/** The feature bits `needs` asks of a zone. */
function needFlags(needs: ZoneNeeds | undefined): number {
  if (needs === undefined) return 0;
  return (
    (needs.letterBeforeDigits === true ? LETTER_BEFORE : 0) |
    (needs.letterPairBeforeDigits === true ? LETTER_PAIR : 0) |
    (needs.trunkPrefix === true ? TRUNK : 0)
  );
}

function runMasks(needs: ZoneNeeds | undefined): number[] {
  return (needs?.runLengths ?? []).map((set) => set.reduce((mask, n) => mask | runBit(n), 0));
}

/** Whether a region's run lengths meet one of `masks` (none: no need). */
function holdsRuns(runs: number, masks: readonly number[]): boolean {
  if (masks.length === 0) return true;
  for (const mask of masks) if ((runs & mask) === mask) return true;
  return false;
}

function planFor(detectors: readonly Detector[]): Plan {
  const cached = planCache.get(detectors);
  if (cached !== undefined) return cached;
  const compiled = detectors.map((detector, index): Compiled => {
    const top = detector.patterns.reduce((max, p) => Math.max(max, p.score), 0);
    const hasContext = detector.context.length > 0;
    return {
      detector,
      id: detector.meta.id,
      entityType: detector.meta.entityType,
      patterns: detector.patterns.map((p): CompiledPattern => ({
        regex: p.regex,
        score: p.score,
        contains: p.contains ?? '',
        flags: needFlags(p.zoneNeeds) | (p.contains === ':' ? COLON : 0),
        dots: p.zoneNeeds?.dots ?? 0,
        runMasks: runMasks(p.zoneNeeds),
      })),
      validate: detector.validate ?? null,
      invalidate: detector.invalidate ?? null,
      skipUrls: detector.minDigits !== undefined,
      contextInSentence: detector.contextInSentence === true,
      flags: needFlags(detector.zoneNeeds),
      dots: detector.zoneNeeds?.dots ?? 0,
      index,
      hasContext,
      hasNegative: (detector.negativeContext ?? []).length > 0,
      hasExample: (detector.exampleContext ?? []).length > 0,
      window: detector.contextWindow ?? DEFAULT_CONTEXT_WINDOW,
      before: detector.contextBefore ?? null,
      best: Math.min(1, top + (hasContext || detector.contextBefore ? CONTEXT_BOOST : 0)),
      top,
      minDigits: detector.minDigits ?? 0,
      minRun: detector.minRun ?? 0,
    };
  });
  const patterned = compiled.filter((c) => c.detector.detect === undefined);
  const contextKeys = patterned.map((c) => c.detector.context.map(phraseKey));
  const negativeKeys = patterned.map((c) => (c.detector.negativeContext ?? []).map(phraseKey));
  const exampleKeys = patterned.map((c) => (c.detector.exampleContext ?? []).map(phraseKey));
  const keys = [
    ...new Set([...contextKeys.flat(), ...negativeKeys.flat(), ...exampleKeys.flat()]),
  ].filter((k) => k !== '');
  // Each detector's own keys, then every key credited with the own keys it holds as whole words
  // (`home address` counts where `address` does): looked up by the key's runs of words, not by
  // testing every key against every detector's keys (the plan is built on a fresh runtime's first Send).
  const own = new Map<string, Credit>();
  const lists: Array<[string[][], keyof Credit]> = [
    [contextKeys, 'context'],
    [negativeKeys, 'negative'],
    [exampleKeys, 'example'],
  ];
  for (const [perDetector, kind] of lists) {
    perDetector.forEach((detectorKeys, i) => {
      for (const k of detectorKeys) {
        let entry = own.get(k);
        if (entry === undefined) {
          entry = { context: [], negative: [], example: [] };
          own.set(k, entry);
        }
        const list = entry[kind];
        const index = patterned[i]!.index;
        if (!list.includes(index)) list.push(index);
      }
    });
  }
  const credit = new Map<string, Credit>();
  for (const key of keys) {
    const union: Credit = { context: [], negative: [], example: [] };
    const words = key.split(' ');
    for (let a = 0; a < words.length; a++) {
      for (let b = a + 1; b <= words.length; b++) {
        const held = own.get(words.slice(a, b).join(' '));
        if (held === undefined) continue;
        for (const [, kind] of lists)
          for (const i of held[kind]) if (!union[kind].includes(i)) union[kind].push(i);
      }
    }
    for (const [, kind] of lists) union[kind].sort((x, y) => x - y);
    credit.set(key, union);
  }
  // A phrase written as one word, as system exports head their columns (`DateOfBirth`, `NINumber`,
  // `ACCOUNTNUMBER`), counts as the phrase.
  for (const key of keys) {
    const joined = key.replace(/ /g, '');
    if (joined !== key && JOINABLE.test(key) && !credit.has(joined)) {
      credit.set(joined, credit.get(key)!);
      keys.push(joined);
    }
  }
  const plan: Plan = { compiled, words: wordsMatcher(keys), credit, creditByText: new Map() };
  planCache.set(detectors, plan);
  return plan;
}

function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 95
  );
}

function isLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `.` `,` `/` `:` `-` can join digits into one longer number (`1.2.3.4.5`, `12-9434765919`, `1,234`). */
function isJoiner(code: number): boolean {
  return code === 46 || code === 44 || code === 47 || code === 58 || code === 45;
}

const AT = 64;

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

const COMMA = 44;
const HASH = 35;

/**
 * Whether the joiner at `at`, between two digits, makes them one number. A comma does so only as a
 * thousands separator: at most 3 digits before it and exactly 3 after (`1,234`). Otherwise it
 * separates fields (`Patient 0,4010232137` in a CSV row) and each side stands alone.
 */
function joinsDigits(text: string, at: number): boolean {
  if (text.charCodeAt(at) !== COMMA) return true;
  let before = 0;
  for (let i = at - 1; i >= 0 && isDigit(text.charCodeAt(i)); i--) if (++before > 3) return false;
  let after = 0;
  for (let i = at + 1; i < text.length && isDigit(text.charCodeAt(i)); i++)
    if (++after > 3) return false;
  return after === 3;
}

/**
 * A match must stand alone: not glued to letters, digits, `_` or `@`, nor part of a longer dotted,
 * dashed or thousands-separated number, nor keyed into a dial string.
 */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (isWordChar(before) || before === AT) return false;
  if (
    isJoiner(before) &&
    start > 1 &&
    isDigit(text.charCodeAt(start - 2)) &&
    isDigit(text.charCodeAt(start)) &&
    joinsDigits(text, start - 1)
  )
    return false;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  if (isWordChar(after) || after === AT) return false;
  // A phone dial string's pauses or closing `#` ("+442034815240,,9434765919#"): a meeting or
  // conference ID keyed in after the number, not a person's number.
  if (after === HASH || (before === COMMA && start > 1 && text.charCodeAt(start - 2) === COMMA))
    return false;
  if (
    isJoiner(after) &&
    isDigit(text.charCodeAt(end + 1)) &&
    isDigit(text.charCodeAt(end - 1)) &&
    joinsDigits(text, end)
  )
    return false;
  return true;
}

function isUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** Whether a sentence break ends at `i`: a line break, or `.` `!` `?` `;` then spaces then a capital letter. */
function breaksAt(text: string, i: number, limit: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 10) return true;
  if (code !== 46 && code !== 33 && code !== 63 && code !== 59) return false;
  let j = i + 1;
  while (j < limit && isSpace(text.charCodeAt(j))) j++;
  return j > i + 1 && j < limit && isUpper(text.charCodeAt(j));
}

/** Narrows `[from, to)` around the match `[start, end)` to the match's sentence. */
function sentenceOf(
  text: string,
  from: number,
  start: number,
  end: number,
  to: number,
): [number, number] {
  let cut = from;
  for (let i = start - 1; i >= from; i--) {
    if (breaksAt(text, i, start)) {
      cut = i + 1;
      break;
    }
  }
  let stop = to;
  for (let i = end; i < to; i++) {
    if (breaksAt(text, i, to)) {
      stop = i + 1;
      break;
    }
  }
  return [cut, stop];
}

/** The state of one scan of one text: zones and context hits computed lazily, once. */
class TextScan {
  private digitZones: Region[] | undefined;
  private urls: Array<[number, number]> | undefined;
  private readonly anchorZones = new Map<string, Region[]>();
  /** Per detector (plan index): context-word and negative-word hits as flat `start, end` pairs in text order. */
  private contextHits: number[][] | undefined;
  /** Tables of the text, found on first need. */
  private tableIndex: TableContext<ColumnCredit> | undefined;
  private negativeHits: number[][] | undefined;
  private exampleHits: number[][] | undefined;

  constructor(
    readonly text: string,
    private readonly plan: Plan,
  ) {}

  /** One pass of the plan's word regex over the text, crediting each hit to the detectors it counts for. */
  private hits(): void {
    if (this.contextHits !== undefined) return;
    const size = this.plan.compiled.length;
    // One shared empty list stands for every detector without hits until one is found.
    const context: number[][] = new Array<number[]>(size).fill(NO_HITS);
    const negative: number[][] = new Array<number[]>(size).fill(NO_HITS);
    const example: number[][] = new Array<number[]>(size).fill(NO_HITS);
    const re = this.plan.words;
    if (re !== null) {
      const { text, plan } = this;
      const found = phraseSpans(text, re);
      const seen = plan.creditByText;
      for (const { start, end } of found) {
        const matched = text.slice(start, end);
        let credit = seen.get(matched);
        if (credit === undefined) {
          const word = matched.toLowerCase();
          // A header's `date.of.birth` (one dot between words) is the phrase `date of birth`.
          credit =
            plan.credit.get(word) ??
            plan.credit.get(phraseKey(word)) ??
            plan.credit.get(phraseKey(word.replace(/\./g, ' '))) ??
            null;
          if (seen.size >= CREDIT_MEMO_LIMIT) seen.clear();
          seen.set(matched, credit);
        }
        if (credit === null) continue;
        for (const i of credit.context) addHit(context, i, start, end);
        for (const i of credit.negative) addHit(negative, i, start, end);
        for (const i of credit.example) addHit(example, i, start, end);
      }
    }
    this.contextHits = context;
    this.negativeHits = negative;
    this.exampleHits = example;
  }

  /** Where a detector without a digit prefilter looks: around its anchor character, or everywhere. */
  regions(compiled: Compiled): Region[] {
    const { anchor } = compiled.detector;
    if (anchor !== undefined) return this.anchorRegions(anchor);
    return [region(0, this.text.length)];
  }

  /** Runs of digits, merged when close, widened a little either side, with the features prefilters test. */
  zones(): Region[] {
    if (this.digitZones !== undefined) return this.digitZones;
    const { text } = this;
    const zones: Region[] = [];
    let zone: Region | undefined;
    let first = 0;
    let lastEnd = -1;
    const close = (): void => {
      if (zone === undefined) return;
      zone.start = Math.max(0, first - ZONE_BEFORE);
      zone.end = Math.min(text.length, lastEnd + ZONE_AFTER);
      zones.push(zone);
    };
    const runs = digitRuns(text);
    for (let r = 0; r < runs.count; r++) {
      const start = runs.pairs[2 * r]!;
      const length = runs.pairs[2 * r + 1]! - start;
      if (zone === undefined || start - lastEnd > ZONE_MERGE_GAP) {
        close();
        zone = region(0, 0);
        first = start;
      } else if (start - lastEnd === 1 && text.charCodeAt(lastEnd) === 46) {
        zone.dots++;
      }
      zone.digits += length;
      zone.runs |= runBit(length);
      if (length > zone.maxRun) zone.maxRun = length;
      const before = start > 0 ? text.charCodeAt(start - 1) : -1;
      if (
        (zone.flags & LETTER_BEFORE) === 0 &&
        (isLetter(before) ||
          ((before === 32 || before === 45) && start > 1 && isLetter(text.charCodeAt(start - 2))))
      )
        zone.flags |= LETTER_BEFORE;
      if ((zone.flags & LETTER_PAIR) === 0 && letterPairBefore(text, start))
        zone.flags |= LETTER_PAIR;
      if ((zone.flags & TRUNK) === 0 && (text.charCodeAt(start) === 48 || before === 43))
        zone.flags |= TRUNK;
      lastEnd = start + length;
    }
    close();
    // Mark the zones holding a `:` (an IPv6 address needs one).
    let z = 0;
    for (let at = text.indexOf(':'); at >= 0 && z < zones.length; at = text.indexOf(':', at + 1)) {
      while (z < zones.length && zones[z]!.end <= at) z++;
      if (z < zones.length && zones[z]!.start <= at) zones[z]!.flags |= COLON;
    }
    this.digitZones = zones;
    return zones;
  }

  /** Around each anchor: the run of non-space characters it sits in (at most ANCHOR_BEFORE / ANCHOR_AFTER either side). */
  private anchorRegions(anchor: string): Region[] {
    const cached = this.anchorZones.get(anchor);
    if (cached !== undefined) return cached;
    const { text } = this;
    const zones: Region[] = [];
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + anchor.length)) {
      let start = at;
      const floor = Math.max(0, at - ANCHOR_BEFORE);
      while (start > floor && !isSpace(text.charCodeAt(start - 1))) start--;
      let end = at + anchor.length;
      const ceiling = Math.min(text.length, end + ANCHOR_AFTER);
      while (end < ceiling && !isSpace(text.charCodeAt(end))) end++;
      const last = zones[zones.length - 1];
      if (last !== undefined && start <= last.end) last.end = end;
      else zones.push(region(start, end));
    }
    this.anchorZones.set(anchor, zones);
    return zones;
  }

  insideUrl(start: number, end: number): boolean {
    if (this.urls === undefined) {
      this.urls = [];
      const { text } = this;
      const found = phraseSpans(text, URL);
      // URLs count only in text holding `://`, `www.` or `WWW.` (kept from the substring test that
      // used to stand before the regex pass, so that findings stay the same).
      if (
        found.length === 0 ||
        (text.indexOf('://') < 0 && text.indexOf('www.') < 0 && text.indexOf('WWW.') < 0)
      )
        return false;
      for (const { start: from, end: to } of found) this.urls.push([from, to]);
    }
    const urls = this.urls;
    let lo = 0;
    let hi = urls.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (urls[mid]![1] <= start) lo = mid + 1;
      else hi = mid;
    }
    const url = urls[lo];
    return url !== undefined && url[0] <= start && url[1] >= end;
  }

  /**
   * A context word within the detector's window of `[start, end)` (in its sentence when the detector
   * says so). `sentence` is false for a whole digit zone: then a table in the zone whose header holds
   * a context word of the detector counts too.
   */
  hasContext(compiled: Compiled, start: number, end: number, sentence: boolean): boolean {
    if (compiled.before !== null && this.saidBefore(compiled.before, start, end, sentence))
      return true;
    if (!compiled.hasContext) return false;
    const from = Math.max(0, start - compiled.window);
    const to = Math.min(this.text.length, end + compiled.window);
    const inSentence = sentence && compiled.contextInSentence;
    this.hits();
    const hits = this.contextHits![compiled.index]!;
    // The sentence lies within the window: a hit in it is a hit in the window, found first.
    if (hitWithin(hits, from, to)) {
      if (!inSentence) return true;
      const [cut, stop] = sentenceOf(this.text, from, start, end, to);
      if (hitWithin(hits, cut, stop) || labelAbove(this.text, hits, from, start)) return true;
    }
    // A header holding a context word comes before the value, and is itself a hit (`_` read as a space).
    if (hits.length === 0 || hits[0]! >= start) return false;
    if (!sentence) {
      // A digit zone: the last hit before it may lie in a table (its header or a row) reaching the zone.
      const last = firstEndingAfter(hits, start) - 1;
      if (last < 0) return false;
      const hit = hits[2 * last]!;
      const headers =
        startsCell(this.text, start) &&
        this.text.lastIndexOf('\n', start + ZONE_BEFORE) > hit &&
        this.tables().headers(hit, start);
      return (
        headers !== undefined &&
        headers !== false &&
        headers.some((c) => c.context.includes(compiled.index))
      );
    }
    const cell = fillsCell(this.text, start, end) ? this.tables().cell(start) : undefined;
    if (cell === undefined) return false;
    // A table row is one record: its line break, not a sentence mark, ends the match's sentence.
    return (
      cell.credit?.context.includes(compiled.index) === true ||
      (inSentence &&
        hitWithin(
          hits,
          Math.max(cell.start, start - compiled.window),
          Math.min(cell.end, end + compiled.window),
        ))
    );
  }

  /**
   * Whether the text right before the match `[start, end)` counts as context by the detector's
   * `contextBefore`; for a whole digit zone (`sentence` false), whether its mark comes right before
   * a digit in it, so that the zone is read.
   */
  private saidBefore(
    before: ContextBefore,
    start: number,
    end: number,
    sentence: boolean,
  ): boolean {
    const { text } = this;
    if (!sentence) {
      // Read within the zone only: `indexOf` would run on to the end of a long text for every zone.
      const mark = before.mark.charCodeAt(0);
      for (let at = Math.max(0, start - 1); at < end; at++) {
        if (text.charCodeAt(at) !== mark) continue;
        const next = text.charCodeAt(at + 1);
        if (next >= 48 && next <= 57) return true;
      }
      return false;
    }
    if (start === 0 || text[start - 1] !== before.mark) return false;
    return before.test(
      text.slice(Math.max(0, start - CONTEXT_BEFORE_CHARS), start),
      text.slice(start, end),
    );
  }

  /**
   * The tables of the text. A header cell counts for what the plan's words found in it count for, read
   * with `_` and `-` as spaces (`nhs_number`, `NHS-No`); a negative word only where the cell holds no
   * context word of that detector.
   */
  private tables(): TableContext<ColumnCredit> {
    this.tableIndex ??= tableContext(this.text, (cell) => {
      const context: number[] = [];
      const negative: number[] = [];
      const re = this.plan.words;
      const folded = cell.replace(/[_-]/g, ' ');
      if (re !== null && folded.length <= MAX_HEADER_CELL) {
        for (const { start, end } of phraseSpans(folded, re)) {
          const credit = this.plan.credit.get(phraseKey(folded.slice(start, end)));
          if (credit === undefined) continue;
          context.push(...credit.context);
          negative.push(...credit.negative);
        }
      }
      return { context, negative: negative.filter((i) => !context.includes(i)) };
    });
    return this.tableIndex;
  }

  /** An example word earlier in the match's sentence (at most EXAMPLE_WINDOW characters back). */
  exemplified(compiled: Compiled, start: number, end: number): boolean {
    if (!compiled.hasExample) return false;
    this.hits();
    const hits = this.exampleHits![compiled.index]!;
    const reach = Math.max(0, start - EXAMPLE_WINDOW);
    // The sentence lies within the reach: without a hit there, there is none in the sentence.
    if (lastEndingBy(hits, reach, start) < 0) return false;
    const [from] = sentenceOf(this.text, reach, start, end, end);
    return lastEndingBy(hits, from, start) >= 0;
  }

  /** A negative word just before the match (same line), closer than any context word. */
  negated(compiled: Compiled, start: number, end: number): boolean {
    if (!compiled.hasNegative) return false;
    this.hits();
    if (this.negativeHits![compiled.index]!.length === 0) return false;
    let from = Math.max(0, start - NEGATIVE_WINDOW);
    for (let i = start - 1; i >= from; i--) {
      if (this.text.charCodeAt(i) === 10) {
        from = i + 1;
        break;
      }
    }
    this.hits();
    if (from < start) {
      const negative = lastEndingBy(this.negativeHits![compiled.index]!, from, start);
      if (negative >= 0)
        return negative > lastEndingBy(this.contextHits![compiled.index]!, from, start);
    }
    // In a table, the column's header stands just before the value: `order_no` makes it an order number.
    const negatives = this.negativeHits![compiled.index]!;
    if (negatives.length === 0 || negatives[0]! >= start || !fillsCell(this.text, start, end))
      return false;
    return this.tables().cell(start)?.credit?.negative.includes(compiled.index) === true;
  }
}

/**
 * Whether the match at `start` begins its line and the line above (blank lines between allowed,
 * all from `from`) is a hit alone, optionally with a colon: a form's label over its value
 * ("Date of birth\n12/03/1961"), which the line break would otherwise cut from the value's sentence.
 */
function labelAbove(text: string, hits: readonly number[], from: number, start: number): boolean {
  let i = start - 1;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  if (i < from || text.charCodeAt(i) !== 10) return false;
  while (i >= from && isSpace(text.charCodeAt(i))) i--;
  if (i >= from && text.charCodeAt(i) === 58) i--;
  while (i >= from && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  // `i` is the label's last character; the hit must end there and start its line.
  const label = firstEndingAfter(hits, i);
  if (label >= hits.length / 2 || hits[2 * label + 1] !== i + 1) return false;
  let j = hits[2 * label]! - 1;
  while (j >= 0 && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j--;
  return j < 0 || text.charCodeAt(j) === 10;
}

/** Whether a hit lies (at least partly) within `[from, to)`. */
function hitWithin(hits: readonly number[], from: number, to: number): boolean {
  const next = firstEndingAfter(hits, from);
  return next < hits.length / 2 && hits[2 * next]! < to;
}

/** Index (in pairs) of the first hit ending after `from`; hits are flat `start, end` pairs in text order, not overlapping. */
function firstEndingAfter(hits: readonly number[], from: number): number {
  let lo = 0;
  let hi = hits.length / 2;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[2 * mid + 1]! <= from) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The end of the last hit lying within `[from, to]`, or -1. */
function lastEndingBy(hits: readonly number[], from: number, to: number): number {
  const last = firstEndingAfter(hits, to) - 1;
  return last >= 0 && hits[2 * last]! >= from ? hits[2 * last + 1]! : -1;
}

function roundConfidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

/** Whether the character at `i` is a letter (false outside the text). */
function letterAt(text: string, i: number): boolean {
  return i >= 0 && isLetter(text.charCodeAt(i));
}

/** Whether the character at `i` is outside the text or no word character. */
function wordStartsAfter(text: string, i: number): boolean {
  return i < 0 || !isWordChar(text.charCodeAt(i));
}

/** Whether two letters starting a word come right before the digit run at `start`, or before a space or hyphen before it. */
function letterPairBefore(text: string, start: number): boolean {
  let end = start;
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (before === 32 || before === 45) end--;
  return letterAt(text, end - 1) && letterAt(text, end - 2) && wordStartsAfter(text, end - 3);
}

/** Whether a digit zone can hold a match of the detector, by its prefilters. */
function admits(zone: Region, compiled: Compiled): boolean {
  if (zone.digits < compiled.minDigits || zone.maxRun < compiled.minRun) return false;
  if ((zone.flags & compiled.flags) !== compiled.flags || zone.dots < compiled.dots) return false;
  const patterns = compiled.patterns;
  for (let p = 0; p < patterns.length; p++) if (mayRun(zone, patterns[p]!)) return true;
  return false;
}

/** Whether a pattern can match in a digit zone, by the zone's features. */
function mayRun(zone: Region, pattern: CompiledPattern): boolean {
  return (
    (zone.flags & pattern.flags) === pattern.flags &&
    zone.dots >= pattern.dots &&
    holdsRuns(zone.runs, pattern.runMasks)
  );
}

/** Runs a detector's patterns over `slice`, the text from `offset`, adding accepted matches to `out`. */
function runPatterns(
  compiled: Compiled,
  scan: TextScan,
  offset: number,
  slice: string,
  threshold: number,
  out: Candidate[],
  zone?: Region,
): void {
  const { text } = scan;
  const { skipUrls, patterns, validate, invalidate } = compiled;
  for (let p = 0; p < patterns.length; p++) {
    const pattern = patterns[p]!;
    if (zone !== undefined && !mayRun(zone, pattern)) continue;
    if (pattern.contains !== '' && slice.indexOf(pattern.contains) < 0) continue;
    const re = pattern.regex;
    re.lastIndex = 0;
    for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
      const value = m[0];
      if (value.length === 0) {
        re.lastIndex++;
        continue;
      }
      const start = offset + m.index;
      const end = start + value.length;
      if (!standsAlone(text, start, end)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      if (skipUrls && scan.insideUrl(start, end)) continue;
      if (validate !== null && !validate(value)) continue;
      if (invalidate !== null && invalidate(value)) continue;
      if (scan.negated(compiled, start, end) || scan.exemplified(compiled, start, end)) continue;
      const boosted = pattern.score + CONTEXT_BOOST;
      const confidence = roundConfidence(
        boosted >= threshold && scan.hasContext(compiled, start, end, true)
          ? boosted
          : pattern.score,
      );
      if (confidence < threshold) continue;
      out.push({
        type: compiled.entityType,
        start,
        end,
        confidence,
        detector: compiled.id,
        validated: validate !== null,
      });
    }
  }
}

/** Whether kept candidate `a` (sorted before `c`) hides `c`: same detector overlapping, or a stronger span containing it. */
function suppresses(a: Candidate, c: Candidate): boolean {
  if (a.end <= c.start) return false;
  if (a.detector === c.detector) return true;
  const contains = a.start <= c.start && a.end >= c.end;
  const longer = a.end - a.start > c.end - c.start;
  return contains && a.confidence >= c.confidence && (a.validated || longer);
}

/** Arrays up to this long are sorted by insertion, in place: cheaper than Array#sort for a message's few findings. */
const INSERTION_SORT_MAX = 24;

/** Sorts `items` in place, stably (as Array#sort does): by insertion when short. */
function sortStable<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > INSERTION_SORT_MAX) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

function byStartLongestStrongest(x: Candidate, y: Candidate): number {
  return x.start - y.start || y.end - x.end || y.confidence - x.confidence;
}

function byPosition(x: Finding, y: Finding): number {
  return x.start - y.start || x.end - y.end || (x.type < y.type ? -1 : x.type > y.type ? 1 : 0);
}

function resolveOverlaps(candidates: Candidate[]): Finding[] {
  sortStable(candidates, byStartLongestStrongest);
  const kept: Finding[] = [];
  const active: Candidate[] = [];
  outer: for (const c of candidates) {
    let live = 0;
    for (const a of active) if (a.end > c.start) active[live++] = a;
    active.length = live;
    for (const a of active) if (suppresses(a, c)) continue outer;
    active.push(c);
    kept.push({
      type: c.type,
      start: c.start,
      end: c.end,
      confidence: c.confidence,
      detector: c.detector,
    });
  }
  return kept;
}

/** Runs `detectors` over normalised `text` and returns the findings at or above `threshold`, in text order. */
export function runDetectors(
  detectors: readonly Detector[],
  text: string,
  threshold: number,
  context: DetectContext,
  limit?: ScanLimit,
): Finding[] {
  if (text.length === 0) return [];
  const plan = planFor(detectors);
  beginText(text);
  const scan = new TextScan(text, plan);
  const candidates: Candidate[] = [];
  const findings: Finding[] = [];
  const digitDetectors: Compiled[] = [];
  for (const compiled of plan.compiled) {
    const { detector } = compiled;
    if (limit !== undefined) checkLimit(limit);
    try {
      if (detector.detect !== undefined) {
        for (const f of detector.detect(text, context))
          if (f.confidence >= threshold) findings.push(f);
        continue;
      }
      if (compiled.best < threshold) continue;
      if (detector.anchor === undefined && detector.minDigits !== undefined) {
        digitDetectors.push(compiled);
        continue;
      }
      for (const region of scan.regions(compiled)) {
        const slice =
          region.start === 0 && region.end === text.length
            ? text
            : text.slice(region.start, region.end);
        runPatterns(compiled, scan, region.start, slice, threshold, candidates);
      }
    } catch {
      throw new DetectorError(detector.meta.id);
    }
  }
  if (digitDetectors.length > 0) {
    // One pass over the digit zones: each detector reads only the zones its prefilter admits.
    const zones = scan.zones();
    for (let z = 0; z < zones.length; z++) {
      const zone = zones[z]!;
      if (limit !== undefined && z % ZONES_PER_CHECK === ZONES_PER_CHECK - 1) checkLimit(limit);
      let slice: string | undefined;
      for (const compiled of digitDetectors) {
        const { detector } = compiled;
        if (!admits(zone, compiled)) continue;
        try {
          if (compiled.top < threshold && !scan.hasContext(compiled, zone.start, zone.end, false))
            continue;
          slice ??= text.slice(zone.start, zone.end);
          runPatterns(compiled, scan, zone.start, slice, threshold, candidates, zone);
        } catch {
          throw new DetectorError(detector.meta.id);
        }
      }
    }
  }
  for (const finding of resolveOverlaps(candidates)) findings.push(finding);
  return sortStable(findings, byPosition);
}
