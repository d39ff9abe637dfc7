// The scanning engine: prefilters, runs pattern detectors (boundaries, validation, context, negatives), resolves overlaps.
import type { Detector, DetectContext, Finding } from '../types';
import { wordMatcher } from './words';

/** Characters searched for context words either side of a match unless a detector says otherwise (as Purview). */
export const DEFAULT_CONTEXT_WINDOW = 300;
/** Added to a pattern's score when a context word is near: validated 0.6 becomes high, weak 0.2 medium. */
export const CONTEXT_BOOST = 0.35;
/** Characters before a match searched for a negative word (cut at the line start). */
const NEGATIVE_WINDOW = 40;
/** Digit runs closer than this share one zone the digit detectors read. */
const ZONE_MERGE_GAP = 40;
/** Characters a zone reaches before its first and after its last digit (IBAN country, licence surname, month names). */
const ZONE_BEFORE = 16;
const ZONE_AFTER = 12;
/** Characters an anchor zone (`@`) reaches either side: a local part is at most 64, a domain 253. */
const ANCHOR_BEFORE = 72;
const ANCHOR_AFTER = 260;
/** After this many context look-ups for one detector, its context words are found once over the whole text. */
const WINDOW_LOOKUPS = 32;
/** A URL: digits inside one are ids, not personal numbers. */
const URL = /\b(?:https?|ftp):\/\/[^\s<>"]+|\bwww\.[^\s<>"]+/gi;

interface Region {
  start: number;
  end: number;
  digits: number;
}

interface Compiled {
  detector: Detector;
  context: RegExp | null;
  negative: RegExp | null;
  window: number;
  /** The best confidence any match can reach: detectors below the threshold are skipped. */
  best: number;
}

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

const compiledCache = new WeakMap<Detector, Compiled>();

function compile(detector: Detector): Compiled {
  const cached = compiledCache.get(detector);
  if (cached !== undefined) return cached;
  const context = wordMatcher(detector.context);
  const top = detector.patterns.reduce((max, p) => Math.max(max, p.score), 0);
  const compiled: Compiled = {
    detector,
    context,
    negative: wordMatcher(detector.negativeContext ?? []),
    window: detector.contextWindow ?? DEFAULT_CONTEXT_WINDOW,
    best: Math.min(1, top + (context === null ? 0 : CONTEXT_BOOST)),
  };
  compiledCache.set(detector, compiled);
  return compiled;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** `.` `,` `/` `:` `-` join digits into one longer number (`1.2.3.4.5`, `12-9434765919`). */
function isJoiner(code: number): boolean {
  return code === 46 || code === 44 || code === 47 || code === 58 || code === 45;
}

const AT = 64;

/** A match must stand alone: not glued to letters, digits, `_` or `@`, nor part of a longer dotted or dashed number. */
function standsAlone(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : -1;
  if (isWordChar(before) || before === AT) return false;
  if (isJoiner(before) && start > 1 && isDigit(text.charCodeAt(start - 2)) && isDigit(text.charCodeAt(start))) return false;
  const after = end < text.length ? text.charCodeAt(end) : -1;
  if (isWordChar(after) || after === AT) return false;
  if (isJoiner(after) && isDigit(text.charCodeAt(end + 1)) && isDigit(text.charCodeAt(end - 1))) return false;
  return true;
}

/** Ends of whole-word matches of `re` in `text[from, to)`, skipping a match that only looks whole because the slice cut a word. */
function matchEnds(re: RegExp, text: string, from: number, to: number): number[] {
  const slice = text.slice(from, to);
  const ends: number[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const cutWord = m.index === 0 && from > 0 && isWordChar(slice.charCodeAt(0)) && isWordChar(text.charCodeAt(from - 1));
    if (!cutWord) ends.push(from + m.index + m[0].length);
    if (m[0].length === 0) re.lastIndex++;
  }
  return ends;
}

/** A sentence ends at a line break or at `.` `!` `?` `;` followed by spaces and a capital letter. */
const SENTENCE_BREAK = /\n|[.!?;]\s+[A-Z]/g;

/** Narrows `[from, to)` around the match `[start, end)` to the match's sentence. */
function sentenceOf(text: string, from: number, start: number, end: number, to: number): [number, number] {
  const before = text.slice(from, start);
  SENTENCE_BREAK.lastIndex = 0;
  let cut = from;
  for (let m = SENTENCE_BREAK.exec(before); m !== null; m = SENTENCE_BREAK.exec(before)) cut = from + m.index + 1;
  SENTENCE_BREAK.lastIndex = 0;
  const next = SENTENCE_BREAK.exec(text.slice(end, to));
  return [cut, next === null ? to : end + next.index + 1];
}

/** The state of one scan of one text: zones and context hits computed lazily, once. */
class TextScan {
  private digitZones: Region[] | undefined;
  private urls: Array<[number, number]> | undefined;
  private readonly anchorZones = new Map<string, Region[]>();
  private readonly lookups = new Map<Compiled, number>();
  private readonly contextHits = new Map<Compiled, Array<[number, number]>>();

  constructor(readonly text: string) {}

  regions(compiled: Compiled): Region[] {
    const { detector } = compiled;
    if (detector.anchor !== undefined) return this.anchorRegions(detector.anchor);
    if (detector.minDigits !== undefined) {
      const min = detector.minDigits;
      return this.zones().filter((z) => z.digits >= min);
    }
    return [{ start: 0, end: this.text.length, digits: 0 }];
  }

  /** Runs of digits, merged when close, widened a little either side. */
  private zones(): Region[] {
    if (this.digitZones !== undefined) return this.digitZones;
    const { text } = this;
    const zones: Region[] = [];
    const runs = /\d+/g;
    let first = -1;
    let lastEnd = -1;
    let digits = 0;
    const close = (): void => {
      if (first >= 0) {
        zones.push({ start: Math.max(0, first - ZONE_BEFORE), end: Math.min(text.length, lastEnd + ZONE_AFTER), digits });
      }
    };
    for (let m = runs.exec(text); m !== null; m = runs.exec(text)) {
      const end = m.index + m[0].length;
      if (first >= 0 && m.index - lastEnd <= ZONE_MERGE_GAP) {
        lastEnd = end;
        digits += m[0].length;
        continue;
      }
      close();
      first = m.index;
      lastEnd = end;
      digits = m[0].length;
    }
    close();
    this.digitZones = zones;
    return zones;
  }

  private anchorRegions(anchor: string): Region[] {
    const cached = this.anchorZones.get(anchor);
    if (cached !== undefined) return cached;
    const { text } = this;
    const zones: Region[] = [];
    for (let at = text.indexOf(anchor); at >= 0; at = text.indexOf(anchor, at + anchor.length)) {
      const start = Math.max(0, at - ANCHOR_BEFORE);
      const end = Math.min(text.length, at + anchor.length + ANCHOR_AFTER);
      const last = zones[zones.length - 1];
      if (last !== undefined && start <= last.end) last.end = end;
      else zones.push({ start, end, digits: 0 });
    }
    this.anchorZones.set(anchor, zones);
    return zones;
  }

  insideUrl(start: number, end: number): boolean {
    if (this.urls === undefined) {
      this.urls = [];
      URL.lastIndex = 0;
      for (let m = URL.exec(this.text); m !== null; m = URL.exec(this.text)) {
        this.urls.push([m.index, m.index + m[0].length]);
      }
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

  hasContext(compiled: Compiled, start: number, end: number): boolean {
    const re = compiled.context;
    if (re === null) return false;
    let from = Math.max(0, start - compiled.window);
    let to = Math.min(this.text.length, end + compiled.window);
    if (compiled.detector.contextInSentence === true) [from, to] = sentenceOf(this.text, from, start, end, to);
    const count = (this.lookups.get(compiled) ?? 0) + 1;
    this.lookups.set(compiled, count);
    if (count <= WINDOW_LOOKUPS) return matchEnds(re, this.text, from, to).length > 0;
    let hits = this.contextHits.get(compiled);
    if (hits === undefined) {
      hits = [];
      re.lastIndex = 0;
      for (let m = re.exec(this.text); m !== null; m = re.exec(this.text)) {
        hits.push([m.index, m.index + m[0].length]);
        if (m[0].length === 0) re.lastIndex++;
      }
      this.contextHits.set(compiled, hits);
    }
    let lo = 0;
    let hi = hits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hits[mid]![1] < from) lo = mid + 1;
      else hi = mid;
    }
    const hit = hits[lo];
    return hit !== undefined && hit[0] <= to;
  }

  /** A negative word just before the match (same line), closer than any context word. */
  negated(compiled: Compiled, start: number): boolean {
    if (compiled.negative === null) return false;
    let from = Math.max(0, start - NEGATIVE_WINDOW);
    const newline = this.text.lastIndexOf('\n', start - 1);
    if (newline >= from) from = newline + 1;
    if (from >= start) return false;
    const negatives = matchEnds(compiled.negative, this.text, from, start);
    if (negatives.length === 0) return false;
    const positives = compiled.context === null ? [] : matchEnds(compiled.context, this.text, from, start);
    return negatives[negatives.length - 1]! > (positives[positives.length - 1] ?? -1);
  }
}

function roundConfidence(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 100) / 100;
}

function runPatterns(compiled: Compiled, scan: TextScan, threshold: number, out: Candidate[]): void {
  const { detector } = compiled;
  const { text } = scan;
  const skipUrls = detector.minDigits !== undefined;
  for (const region of scan.regions(compiled)) {
    const slice = region.start === 0 && region.end === text.length ? text : text.slice(region.start, region.end);
    for (const pattern of detector.patterns) {
      const re = pattern.regex;
      re.lastIndex = 0;
      for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
        const value = m[0];
        if (value.length === 0) {
          re.lastIndex++;
          continue;
        }
        const start = region.start + m.index;
        const end = start + value.length;
        if (!standsAlone(text, start, end)) {
          re.lastIndex = m.index + 1;
          continue;
        }
        if (skipUrls && scan.insideUrl(start, end)) continue;
        if (detector.validate !== undefined && !detector.validate(value)) continue;
        if (detector.invalidate !== undefined && detector.invalidate(value)) continue;
        if (scan.negated(compiled, start)) continue;
        const boosted = pattern.score + CONTEXT_BOOST;
        const confidence = roundConfidence(
          boosted >= threshold && scan.hasContext(compiled, start, end) ? boosted : pattern.score,
        );
        if (confidence < threshold) continue;
        out.push({
          type: detector.meta.entityType,
          start,
          end,
          confidence,
          detector: detector.meta.id,
          validated: detector.validate !== undefined,
        });
      }
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

function resolveOverlaps(candidates: Candidate[]): Finding[] {
  candidates.sort((x, y) => x.start - y.start || y.end - x.end || y.confidence - x.confidence);
  const kept: Finding[] = [];
  let active: Candidate[] = [];
  for (const c of candidates) {
    if (active.length > 0) active = active.filter((a) => a.end > c.start);
    if (active.some((a) => suppresses(a, c))) continue;
    active.push(c);
    kept.push({ type: c.type, start: c.start, end: c.end, confidence: c.confidence, detector: c.detector });
  }
  return kept;
}

/** Runs `detectors` over normalised `text` and returns the findings at or above `threshold`, in text order. */
export function runDetectors(
  detectors: readonly Detector[],
  text: string,
  threshold: number,
  context: DetectContext,
): Finding[] {
  if (text.length === 0) return [];
  const scan = new TextScan(text);
  const candidates: Candidate[] = [];
  const findings: Finding[] = [];
  for (const detector of detectors) {
    try {
      if (detector.detect !== undefined) {
        for (const f of detector.detect(text, context)) if (f.confidence >= threshold) findings.push(f);
        continue;
      }
      const compiled = compile(detector);
      if (compiled.best < threshold) continue;
      runPatterns(compiled, scan, threshold, candidates);
    } catch {
      throw new DetectorError(detector.meta.id);
    }
  }
  findings.push(...resolveOverlaps(candidates));
  return findings.sort((x, y) => x.start - y.start || x.end - y.end || (x.type < y.type ? -1 : x.type > y.type ? 1 : 0));
}
