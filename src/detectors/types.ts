// The contract every detector implements and the findings they produce.

export const ENTITY_TYPES = [
  'NHS_NUMBER',
  'UK_NINO',
  'PAYMENT_CARD',
  'UK_BANK_ACCOUNT',
  'IBAN',
  'UK_PASSPORT',
  'UK_DRIVING_LICENCE',
  'DATE_OF_BIRTH',
  'EMAIL_ADDRESS',
  'UK_PHONE',
  'UK_POSTCODE',
  'IP_ADDRESS',
  'CREDENTIAL',
  'SPECIAL_CATEGORY_HEALTH',
  'SPECIAL_CATEGORY_OTHER',
  'CRIMINAL_OFFENCE',
  'SAFEGUARDING',
  'COMMERCIAL_CONFIDENTIAL',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** A detection in normalised text. Never carries the matched value. */
export interface Finding {
  type: EntityType;
  start: number;
  end: number;
  /** 0..1: high (>= 0.85) validated and corroborated, medium (>= 0.5), low (< 0.5) never reported by default. */
  confidence: number;
  detector: string;
}

/** A finding with the place of the message it came from. */
export interface LocatedFinding extends Finding {
  location: string;
}

export interface NamedPattern {
  name: string;
  /** Must be global (`g`), ES2016-compatible (no lookbehind, named groups, \p{} or `s` flag) and linear-time. */
  regex: RegExp;
  /** Confidence when the pattern matches and validates, before context. */
  score: number;
  /** Prefilter (digit detectors): what a zone must show for this pattern to run in it, on top of the detector's own needs. */
  zoneNeeds?: ZoneNeeds;
  /** Prefilter: a substring every match of this pattern contains; a zone without it is skipped for this pattern. */
  contains?: string;
}

export interface DetectorMeta {
  /** Equals the file name under src/detectors/ without extension. */
  id: string;
  entityType: EntityType;
  description: string;
  /** Source-policy clause the detector serves, e.g. `000_194040a0e7f240eb.txt 8.2`. */
  clause: string;
}

/** Council-supplied additions to a category detector's lexicon (policy `detection.lexicons`). */
export interface LexiconExtension {
  phrases?: string[];
  negatives?: string[];
}

export interface DetectContext {
  lexicons: Partial<Record<EntityType, LexiconExtension>>;
}

/** Cheap features of the text around digits that a detector's matches always have. */
export interface ZoneNeeds {
  /** A digit run right after a letter, or after a letter and a space or hyphen (`AB123456C`, `GB82`, `BR1 3UH`, `JG-10-37-59-A`). */
  letterBeforeDigits?: boolean;
  /**
   * A digit run right after two letters that start a word, or after them and a space or hyphen
   * (`AB123456C`, `AB 12 34 56 C`, `JG-10-37-59-A`, `GB82`): the start of a NINO or an IBAN.
   */
  letterPairBeforeDigits?: boolean;
  /** At least this many digit runs joined by a single `.` (`192.168.0.1` has 3). */
  dots?: number;
  /** A digit run starting with 0 or right after `+` (`07700`, `+44`). */
  trunkPrefix?: boolean;
  /**
   * Lengths of whole digit runs a match is made of: the zone must hold runs of every length of at
   * least one of these sets (`[[10], [3, 4]]`: a 10-digit run, or runs of 3 and 4 digits). A length
   * of 31 or more stands for any run that long.
   */
  runLengths?: ReadonlyArray<readonly number[]>;
}

export interface Detector {
  meta: DetectorMeta;
  patterns: readonly NamedPattern[];
  /** Whole words or phrases that, near a match, raise its confidence. */
  context: readonly string[];
  /** Check digit or structural rule; a match that fails is dropped. */
  validate?(value: string): boolean;
  /** Known dummy or placeholder values; a match that hits is dropped. */
  invalidate?(value: string): boolean;
  /** Custom detection (lexicon detectors) used instead of patterns. */
  detect?(text: string, context: DetectContext): Finding[];
  /** Prefilter: the fewest digits a match holds; the scanner runs the patterns only around digit runs. */
  minDigits?: number;
  /** Prefilter: the longest run of consecutive digits a match holds at least. */
  minRun?: number;
  /** Prefilter: what the digit zone around a match must show. */
  zoneNeeds?: ZoneNeeds;
  /** Prefilter: a character every match contains (`@`); the scanner runs the patterns only around it. */
  anchor?: string;
  /** Characters searched for context words either side of a match (default 300). */
  contextWindow?: number;
  /** Context words count only in the match's own sentence (a date is a birth date only right next to "DOB"). */
  contextInSentence?: boolean;
  /** Words or phrases that, just before a match and closer than any context word, mean it is something else. */
  negativeContext?: readonly string[];
  /** Words or phrases that, earlier in the match's sentence, mark it as a documented example or test value (dropped). */
  exampleContext?: readonly string[];
  /**
   * What the text right before a match can say in place of a context word: a person named just
   * before a date in brackets ("Mother: Sarah Jones (12/05/1988)").
   */
  contextBefore?: ContextBefore;
}

/** A detector's reading of the text right before a match (see `Detector.contextBefore`). */
export interface ContextBefore {
  /** The character that must come right before the match for `test` to be asked (`(`). */
  mark: string;
  /**
   * Whether `before` (up to `CONTEXT_BEFORE_CHARS` characters ending right before the match, the
   * mark included) counts as context for the match `value`.
   */
  test(before: string, value: string): boolean;
}

/** How many characters before a match `ContextBefore.test` reads. */
export const CONTEXT_BEFORE_CHARS = 80;

export interface ScanOptions {
  /** Minimum confidence to report (policy `detection.threshold`, default 0.5). */
  threshold?: number;
  lexicons?: Partial<Record<EntityType, LexiconExtension>>;
  /**
   * A time (on `clock`'s scale) past which the scan stops with a ScanTimeoutError instead of going
   * on: checked between segments, between detectors and every few hundred digit zones.
   */
  deadline?: number;
  /** The clock `deadline` is read against, in milliseconds (default `Date.now`). */
  clock?: () => number;
  /**
   * The council's own bank accounts (policy `detection.ownBankAccounts`) by their keys: the digits of
   * a sort code and account number, or an IBAN in upper case. A UK_BANK_ACCOUNT or IBAN finding of
   * one is dropped: its invoices give them for payment.
   */
  ownAccounts?: ReadonlySet<string>;
}
