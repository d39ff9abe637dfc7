// CREDENTIAL detector: a password, PIN, passphrase, login pair or API secret given in the text, not talk about one.
import {
  compiledExtension,
  compilePhrases,
  extensionCache,
  hasExtension,
  findNear,
  findPhrases,
  findPhrasesInSlice,
  NEGATIVE_REACH,
  normalisePhrase,
  overlapsAny,
  type Span,
} from './lexicon';
import {
  beginText,
  digitRuns,
  phraseMatches,
  phraseSpans,
  preparePhraseRegex,
  type PhraseSpan,
} from './lib/prefilter';
import { credentialLexicon, type CredentialLexicon } from './lexicons/credential';
import type { DetectContext, Detector, Finding, LexiconExtension, NamedPattern } from './types';

const ID = 'credential';

type Kind = 'secret' | 'phrase' | 'strict' | 'pin' | 'login' | 'token';

const KINDS: readonly Kind[] = ['secret', 'phrase', 'strict', 'pin', 'login', 'token'];

interface CompiledCredential {
  keywords: RegExp | null;
  kinds: ReadonlyMap<string, Kind>;
  negatives: RegExp | null;
  stop: ReadonlySet<string>;
}

/** Machine secrets recognisable by their published prefixes (Stripe, AWS, GitHub, Slack, GitLab, Google). */
const KNOWN_TOKEN =
  /\b(?:[rs]k_(?:live|test)_[\dA-Za-z]{16,128}|AKIA[\dA-Z]{16}|gh[opsu]_[\dA-Za-z]{36,255}|xox[abprs]-[\dA-Za-z][-\dA-Za-z]{9,200}|glpat-[-\w]{20,64}|AIza[-\w]{35})/g;
/**
 * Where a KNOWN_TOKEN match can start apart from `AKIA` and `AIza` (searched as substrings): the words
 * `sk`, `rk`, `gho`, `ghp`, `ghs`, `ghu`, `xoxa`..`xoxs` and `glpat`. Found through the scan's word
 * index, it tells when the token regex need not run over the text at all.
 */
const KNOWN_TOKEN_LEAD = /\b(?:[rs]k_|gh[opsu]_|xox[abprs]-|glpat-)/gi;
preparePhraseRegex(
  KNOWN_TOKEN_LEAD,
  ['sk', 'rk', 'gho', 'ghp', 'ghs', 'ghu', 'xoxa', 'xoxb', 'xoxp', 'xoxr', 'xoxs', 'glpat'].map(
    (first) => ({ first, second: '' }),
  ),
);

/** Whether KNOWN_TOKEN can match in `text`: false only when none of its starts is there. */
function mayHoldKnownToken(text: string): boolean {
  if (text.indexOf('AKIA') >= 0 || text.indexOf('AIza') >= 0) return true;
  const leads: PhraseSpan[] = [];
  return !phraseMatches(text, KNOWN_TOKEN_LEAD, leads) || leads.length > 0;
}

const PRIVATE_KEY = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/g;
/** The whole word `BEGIN` every PRIVATE_KEY match holds: found through the scan's word index. */
const PRIVATE_KEY_LEAD = /\bbegin\b/gi;
preparePhraseRegex(PRIVATE_KEY_LEAD, [{ first: 'begin', second: '' }]);

/** Whether PRIVATE_KEY can match in `text`: false only when the word `BEGIN` is not there. */
function mayHoldPrivateKey(text: string): boolean {
  const leads: PhraseSpan[] = [];
  return !phraseMatches(text, PRIVATE_KEY_LEAD, leads) || leads.length > 0;
}

/** Words and punctuation between a keyword and its value: "is", "has been reset to", ":", "=". */
const CONNECTOR =
  /[\t ]*(?:(?:[:=\u2013\u2014-]|is\b|was\b|are\b|will be\b|has been\b|have been\b|reset to\b|set to\b|changed to\b|now\b|currently\b|with\b|as\b|to\b|of\b|number\b|no\.|no\b|code\b|it['\u2019]s\b|it is\b|use\b|enter\b|yw\b|ydy\b|yn\b|,(?=[\t ]*(?:use|enter|it['\u2019]s|it is)\b)|\([^()\r\n]{1,40}\)|for (?:this|the|that|your|his|her|their) (?:account|laptop|device|phone|mailbox|folder|file|zip|spreadsheet|document|router|system|portal)\b)[\t ]*)*/y;
const VALUE = /[^\s"'`<>[\]{}()\u2018\u2019\u201c\u201d]{1,128}/y;
const LOGIN_SPLIT = /[\t ]*(?:[/\\,|]|\band\b|\bwith(?:[\t ]+(?:pass|password|pw|pwd)\b)?)[\t ]*/y;
const PLACEHOLDER = /^(?:[-#*.?_\u00b7\u2022]+|\d*x+\d*)$/i;
/** Sentence punctuation and closing quotes that end a value's run but are not part of it. */
const TRAILING = '.,;:?\'"\u2019\u201d';

const KEYWORD_PATTERN: NamedPattern = {
  name: 'keyword-then-value',
  regex: compileCredential(credentialLexicon).keywords as RegExp,
  score: 0.75,
};

function keyOf(phrase: string): string {
  return normalisePhrase(phrase).replace(/[\s-]+/g, '');
}

function compileCredential(
  lexicon: CredentialLexicon,
  extension?: LexiconExtension,
): CompiledCredential {
  const kinds = new Map<string, Kind>();
  for (const kind of KINDS) for (const keyword of lexicon[kind]) kinds.set(keyOf(keyword), kind);
  for (const keyword of extension?.phrases ?? [])
    if (!kinds.has(keyOf(keyword))) kinds.set(keyOf(keyword), 'secret');
  return {
    keywords: compilePhrases([
      ...KINDS.flatMap((kind) => [...lexicon[kind]]),
      ...(extension?.phrases ?? []),
    ]),
    kinds,
    negatives: compilePhrases([...lexicon.negatives, ...(extension?.negatives ?? [])]),
    stop: new Set(lexicon.stopValues),
  };
}

const BASE = compileCredential(credentialLexicon);
/** The base lexicon with a policy's extension, compiled once per extension. */
const EXTENDED = extensionCache<CompiledCredential>();

function isSequence(digits: string): boolean {
  if (/^(\d)\1+$/.test(digits)) return true;
  let up = true;
  let down = true;
  for (let i = 1; i < digits.length; i += 1) {
    const step = digits.charCodeAt(i) - digits.charCodeAt(i - 1);
    if (step !== 1 && step !== -9) up = false;
    if (step !== -1 && step !== 9) down = false;
  }
  return up || down;
}

/** Known dummy values and placeholders: `xxx`, `********`, `<password>`, all-same or ascending digits. */
export function isPlaceholder(value: string): boolean {
  if (PLACEHOLDER.test(value)) return true;
  if (/^\d+$/.test(value) && isSequence(value)) return true;
  return /example|redacted|placeholder|^(?:changeme|passw[o0]rd|yourpassword|secret)$/i.test(value);
}

/** Looks like a chosen secret rather than a word of prose: has a digit, a symbol or an inner capital. */
function looksSecret(value: string): boolean {
  return /\d/.test(value) || /[^\dA-Z]/i.test(value) || /.[A-Z]/.test(value);
}

function restOfLineEmpty(text: string, from: number): boolean {
  for (let i = from; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char === '\n' || char === '\r') return true;
    if (char !== ' ' && char !== '\t' && !/[.,;!)]/.test(char)) return false;
  }
  return true;
}

/** What joins a keyword to its value: `strong` when a `:` or `=` is among it, `bare` when only spaces, `dash` when a dash is among it. */
interface Connector {
  end: number;
  strong: boolean;
  bare: boolean;
  dash?: boolean;
}

interface Value extends Span {
  value: string;
  /** A multi-word value set off by quotes ("orange lantern maple"). */
  quoted?: boolean;
  /** A single word set off by quotes ("is 'primrose'"). */
  quotedWord?: boolean;
}

const CLOSING: Readonly<Record<string, string>> = {
  '"': '"',
  "'": "'",
  '`': '`',
  '\u2018': '\u2019',
  '\u201c': '\u201d',
};

function readValue(text: string, at: number): Value | null {
  const opening = text.charAt(at);
  if (opening === '<' || opening === '[' || opening === '{' || opening === '(') return null;
  let start = at;
  const closing = CLOSING[opening];
  if (closing !== undefined) {
    start += 1;
    const end = text.indexOf(closing, start);
    const quoted = end > start && end - start <= 128 ? text.slice(start, end) : '';
    if (quoted.includes(' ') && !/[\r\n]/.test(quoted))
      return { start, end, value: quoted, quoted: true };
  }
  VALUE.lastIndex = start;
  const match = VALUE.exec(text);
  if (match === null) return null;
  let length = match[0].length;
  while (length > 0 && TRAILING.includes(match[0].charAt(length - 1))) length -= 1;
  const value = match[0].slice(0, length);
  if (value.length === 0) return null;
  const quotedWord = closing !== undefined && text.charAt(start + match[0].length) === closing;
  return { start, end: start + value.length, value, quotedWord };
}

function connectorAt(text: string, at: number): Connector {
  CONNECTOR.lastIndex = at;
  const match = CONNECTOR.exec(text);
  const consumed = match === null ? '' : match[0];
  let end = at + consumed.length;
  const strong = /[:=]/.test(consumed);
  if (strong) {
    const newline = /^\r?\n[\t ]*/.exec(text.slice(end, end + 16));
    if (newline !== null) end += newline[0].length;
  }
  return {
    end,
    strong,
    bare: consumed.trim().length === 0,
    dash: /[\u2013\u2014-]/.test(consumed),
  };
}

function acceptableValue(value: string, lexicon: CompiledCredential): boolean {
  return value.length >= 3 && !lexicon.stop.has(value.toLowerCase()) && !isPlaceholder(value);
}

/**
 * Three to six lower-case words, perhaps with a number after, ending their clause ("Passphrase is
 * velvet otter kingdom - all lower case", "purple tractor harbour 61 (with the spaces)"): a
 * passphrase written out with spaces.
 */
const SPACED_PASSPHRASE =
  /[a-z]{3,12}(?:[\t ]+[a-z]{3,12}){2,5}(?:[\t ]+\d{1,4})?(?=[\t ]*(?:$|[.;,!?(\r\n]|[\t ][-\u2013\u2014][\t ]))/y;

/** A connector that gives a value: a colon, an equals sign, "is", "was" or "it's". */
const GIVEN = /[:=]|\b(?:is|was)\b|it['\u2019]s/;

/** Keywords (as keyOf gives them) whose value may be plain words with spaces; not "security question". */
const WORDS_KEYS = new Set(['passphrase', 'memorableword', 'secretword']);

/** A spaced passphrase after a passphrase keyword and a connector, with none of the words of talk about passwords. */
function spacedPassphrase(
  text: string,
  key: string,
  keywordEnd: number,
  lexicon: CompiledCredential,
): { span: Span; confidence: number } | null {
  if (!WORDS_KEYS.has(key)) return null;
  const direct = connectorAt(text, keywordEnd);
  // Given, not described: "passphrase is", "passphrase:", "passphrase for the stick is", not "a
  // passphrase of three random words".
  const connector = GIVEN.test(text.slice(keywordEnd, direct.end))
    ? direct
    : lateConnector(text, keywordEnd, 'phrase');
  if (connector === null) return null;
  SPACED_PASSPHRASE.lastIndex = connector.end;
  const match = SPACED_PASSPHRASE.exec(text);
  if (match === null) return null;
  if (match[0].split(/[\t ]+/).some((word) => lexicon.stop.has(word))) return null;
  return { span: { start: connector.end, end: connector.end + match[0].length }, confidence: 0.7 };
}

/** A passphrase of three to six words joined by dashes ("copper-kettle-morning"). */
const PASSPHRASE = /^[a-z]{3,12}(?:-[a-z]{3,12}){2,5}$/i;

/** A PIN read out digit by digit anywhere in the text ("uses 8-4-2-6 on the keypad"): needs a PIN keyword near. */
const SPELLED_PIN_RUN = /\b\d(?:-\d){3,7}\b(?!-)/y;
/** Characters between a spelled-out PIN and a PIN keyword on the same line for them to belong together. */
const SPELLED_PIN_REACH = 40;

/** The index of the first of `spans` (sorted, non-overlapping) ending after `position`. */
function firstEndingAfter(spans: readonly Span[], position: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((spans[mid] as Span).end <= position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Spelled-out PINs ("3-1-8-4": four to eight single digits joined by dashes), found from the text's digit runs. */
function spelledPinRuns(text: string): Span[] {
  const found: Span[] = [];
  const { pairs, count } = digitRuns(text);
  let i = 0;
  while (i < count) {
    const start = pairs[i * 2] as number;
    let j = i;
    while (
      j < count &&
      (pairs[j * 2 + 1] as number) - (pairs[j * 2] as number) === 1 &&
      (j === i || (pairs[j * 2] as number) === (pairs[j * 2 - 1] as number) + 1) &&
      (j === i || text.charCodeAt(pairs[j * 2 - 1] as number) === 45)
    )
      j += 1;
    const digits = j - i;
    if (digits >= 4 && digits <= 8) {
      const end = pairs[(j - 1) * 2 + 1] as number;
      SPELLED_PIN_RUN.lastIndex = start;
      const match = SPELLED_PIN_RUN.exec(text);
      if (match !== null && match.index === start && start + match[0].length === end)
        found.push({ start, end });
    }
    i = Math.max(j, i + 1);
  }
  return found;
}

/** Spelled-out PINs with a PIN keyword (not a negative) close by on the same line, either side. */
function spelledPins(
  text: string,
  keywords: readonly Span[],
  kindOf: (keyword: Span) => Kind | undefined,
): Span[] {
  const found: Span[] = [];
  if (keywords.length === 0) return found;
  for (const span of spelledPinRuns(text)) {
    if (isSequence(text.slice(span.start, span.end).replace(/-/g, ''))) continue;
    let near = false;
    for (
      let i = firstEndingAfter(keywords, span.start - SPELLED_PIN_REACH);
      i < keywords.length;
      i += 1
    ) {
      const keyword = keywords[i] as Span;
      if (keyword.start > span.end + SPELLED_PIN_REACH) break;
      if (keyword.end > span.start && keyword.start < span.end) continue;
      const between = text.slice(
        Math.min(span.end, keyword.end),
        Math.max(span.start, keyword.start),
      );
      if (!/[\r\n.!?;]/.test(between) && kindOf(keyword) === 'pin') {
        near = true;
        break;
      }
    }
    if (near) found.push(span);
  }
  return found;
}

/** Recovery codes and keys: groups of digits or capitals joined by dashes ("8841-2290-5573"). */
const GROUPED_CODE = /^[\dA-Z]{3,8}(?:-[\dA-Z]{3,8}){1,9}$/;

/** Single digits read out one by one and joined by dashes ("3-1-8-4"). */
const SPELLED_PIN = /^\d(?:-\d){3,7}$/;

function pinValue(value: string): boolean {
  if (GROUPED_CODE.test(value) && /\d/.test(value)) return true;
  if (SPELLED_PIN.test(value)) return !isSequence(value.replace(/-/g, ''));
  const digits = value.replace(/#$/, '');
  if (/^\d{3,8}$/.test(digits)) return !isSequence(digits);
  return (
    digits.length <= 10 &&
    /^[\dA-Z]+$/i.test(digits) &&
    (digits.match(/\d/g) ?? []).length >= 3 &&
    !isPlaceholder(digits)
  );
}

/** Words after a keyword that put a short qualifier before the value ("PIN for the council tax account is 8823"). */
const QUALIFIER =
  /[\t ]+(?:(?:is|are|was)[\t ]+)?(?:for|on|at|to|of|in|by|near|behind|beside|outside|inside|next to|under)\b/y;
const LATE_CONNECTOR =
  /\s(?:is|was|are|will be|has been changed to|has been reset to|changed to|set to|opens with|unlocks with|uses|yw|ydy|yn)\s|[:=]\s?/;
/** Up to four plain words between a PIN keyword and a late connector, with no qualifier ("code the portal texted me is", "cod y drws cefn yw"). */
const PIN_WORDS = /^(?:[\t ]+[a-z]+(?:['\u2019][a-z]+)?){1,4}$/i;
/** A code after its place, set off by a comma ("the keypad by the side door, 2958"): PINs only. */
const LATE_PIN_COMMA = /^,[\t ]?(?=\d)/;

/** Where the value starts after a qualifier of up to 70 characters (120 for a token) on the same line, if a connector ends it. */
function lateConnector(text: string, keywordEnd: number, kind: Kind): Connector | null {
  QUALIFIER.lastIndex = keywordEnd;
  const qualifier = QUALIFIER.exec(text);
  if (qualifier === null && kind !== 'pin') return null;
  const from = keywordEnd + (qualifier === null ? 0 : qualifier[0].length);
  // A machine token's shape is its own evidence, so its qualifier may run longer.
  let ahead = text.slice(from, keywordEnd + (kind === 'token' ? 120 : 70));
  const stop = /[\r\n]|[.!?]\s/.exec(ahead);
  if (stop !== null) ahead = ahead.slice(0, stop.index);
  const match = LATE_CONNECTOR.exec(ahead);
  if (match !== null && (qualifier !== null || PIN_WORDS.test(ahead.slice(0, match.index)))) {
    const end = from + match.index + match[0].length;
    const more = connectorAt(text, end);
    return { end: more.end, strong: /[:=]/.test(match[0]) || more.strong, bare: false };
  }
  if (qualifier === null) return null;
  if (kind !== 'pin') return null;
  const comma = ahead.indexOf(',');
  if (comma < 0) return null;
  const pinComma = LATE_PIN_COMMA.exec(ahead.slice(comma));
  if (pinComma === null) return null;
  return { end: from + comma + pinComma[0].length, strong: false, bare: false };
}

/** Single digits read out with spaces ("2 5 8 0") or two groups of three ("719 204"): a PIN after a PIN keyword. */
const SPACED_PIN = /\d(?:[\t ]\d){3,7}(?![\d.,])|\d{3}[\t ]\d{3}(?![\d.,])/y;

function spacedPin(text: string, at: number): Span | null {
  SPACED_PIN.lastIndex = at;
  const match = SPACED_PIN.exec(text);
  if (match === null || (at > 0 && /\d/.test(text.charAt(at - 1)))) return null;
  if (isSequence(match[0].replace(/[\t ]/g, ''))) return null;
  return { start: at, end: at + match[0].length };
}

/** A value that cannot be a word of prose: letters and digits (or a symbol with either), six or more characters, not a count such as "12characters". */
function mixedSecret(value: string): boolean {
  if (value.length < 6 || /^\d+[a-z]*$/i.test(value)) return false;
  const letters = /[A-Z]/i.test(value);
  const digits = /\d/.test(value);
  return (
    (letters && digits) || (/[^\dA-Z]/i.test(value) && (letters || digits) && /\d/.test(value))
  );
}

/** Whether a single-word value ends its clause: sentence punctuation, a line break, "and" or the end of the text follows. */
function clauseEndsAt(text: string, end: number): boolean {
  const after = text.slice(end, end + 6);
  return after === '' || /^(?:[.!?;,]|\r?\n|[\t ]+and\b)/.test(after);
}

function secretFinding(
  text: string,
  kind: Kind,
  keywordEnd: number,
  lexicon: CompiledCredential,
  bareCode: boolean,
): { span: Span; confidence: number } | null {
  return (
    valueAfter(text, kind, keywordEnd, connectorAt(text, keywordEnd), lexicon, bareCode) ??
    withLate(text, kind, keywordEnd, lexicon, bareCode)
  );
}

/** A lock a code opens, named in the sentence before a bare "code" ("Key safe is by the back door, code 2719"). */
const LOCK_BEFORE =
  /\b(?:key[\t -]?safe|lock[\t -]?box|key[\t -]?box|padlock)\b(?![\t ]+(?:installation|installed|fitted|fitting|scheme|supplier|order))[^.!?\n]*$/i;
/** Characters before a bare "code" searched for what it opens. */
const LOCK_REACH = 120;

/** Whether the sentence before the keyword at `at` names something a code opens. */
function lockBefore(text: string, at: number): boolean {
  return LOCK_BEFORE.test(text.slice(Math.max(0, at - LOCK_REACH), at));
}

/** After "code": what it opens ("code for the side door 4471#"). Sticky at the keyword's end. */
const FOR_LOCK =
  /[\t ]+for[\t ]+(?:the[\t ]+)?(?:[a-z]+[\t ]+){0,2}?(?:doors?|gates?|entrance|key[\t -]?safe|lock[\t -]?box|key[\t -]?box|padlock|alarm|shed)(?:[\t ]*[:=]|[\t ]+is)?(?=[\t ])/iy;

/** A code given after what it opens ("Code for the side door 4471#"). */
function codeForLock(
  text: string,
  key: string,
  keywordEnd: number,
  lexicon: CompiledCredential,
): { span: Span; confidence: number } | null {
  if (key !== 'code') return null;
  FOR_LOCK.lastIndex = keywordEnd;
  if (!FOR_LOCK.test(text)) return null;
  const connector = connectorAt(text, FOR_LOCK.lastIndex);
  return valueAfter(text, 'pin', keywordEnd, { ...connector, bare: false }, lexicon, false);
}

function withLate(
  text: string,
  kind: Kind,
  keywordEnd: number,
  lexicon: CompiledCredential,
  bareCode: boolean,
): { span: Span; confidence: number } | null {
  const late = lateConnector(text, keywordEnd, kind);
  return late === null ? null : valueAfter(text, kind, keywordEnd, late, lexicon, bareCode);
}

function valueAfter(
  text: string,
  kind: Kind,
  keywordEnd: number,
  connector: Connector,
  lexicon: CompiledCredential,
  bareCode: boolean,
): { span: Span; confidence: number } | null {
  if (bareCode && connector.bare) return null;
  if (kind === 'pin') {
    const spaced = spacedPin(text, connector.end);
    if (spaced !== null) return { span: spaced, confidence: 0.7 };
  }
  const first = readValue(text, connector.end);
  if (first === null) return null;
  if (first.quoted === true) {
    return kind === 'phrase' || kind === 'secret' ? { span: first, confidence: 0.8 } : null;
  }
  if (
    first.quotedWord === true &&
    (kind === 'phrase' || kind === 'secret') &&
    !connector.bare &&
    acceptableValue(first.value, lexicon)
  ) {
    return { span: first, confidence: 0.7 };
  }
  if (kind === 'phrase' && PASSPHRASE.test(first.value) && acceptableValue(first.value, lexicon)) {
    return { span: first, confidence: 0.75 };
  }
  if (connector.bare && (kind === 'phrase' || kind === 'strict')) return null;
  if (kind === 'strict' && !connector.strong) {
    return connector.dash === true &&
      mixedSecret(first.value) &&
      acceptableValue(first.value, lexicon)
      ? { span: first, confidence: 0.75 }
      : null;
  }
  if (kind === 'pin') {
    return pinValue(first.value) ? { span: first, confidence: 0.75 } : null;
  }
  if (!acceptableValue(first.value, lexicon)) return null;
  if (kind === 'token') {
    const long = first.value.length >= 16 && /\d/.test(first.value) && /[A-Z]/i.test(first.value);
    return long ? { span: first, confidence: 0.85 } : null;
  }
  if (kind === 'login') {
    LOGIN_SPLIT.lastIndex = first.end;
    const split = LOGIN_SPLIT.exec(text);
    if (split === null) return null;
    const second = readValue(text, first.end + split[0].length);
    if (second === null || !acceptableValue(second.value, lexicon)) return null;
    if (!connector.strong && !looksSecret(second.value)) return null;
    return { span: { start: first.start, end: second.end }, confidence: 0.85 };
  }
  if (looksSecret(first.value)) {
    if (connector.bare && !(/\d/.test(first.value) && /[A-Z]/i.test(first.value))) return null;
    return { span: first, confidence: connector.strong ? 0.85 : 0.75 };
  }
  if (!connector.strong) {
    return kind === 'phrase' &&
      /^[A-Z][a-z]{2,}$/.test(first.value) &&
      clauseEndsAt(text, first.end)
      ? { span: first, confidence: 0.65 }
      : null;
  }
  if (kind === 'phrase') return { span: first, confidence: 0.7 };
  if (restOfLineEmpty(text, first.end)) return { span: first, confidence: 0.6 };
  return null;
}

/** Characters after a keyword searched for a value given by reference to it ("..., it's GreenDragon77", "New one is 3390X"). */
const FOLLOW_ON_REACH = 120;
/** A reference back to the keyword's secret, then the value: "it's", "it is now", "the new one is", "new one:". */
const FOLLOW_ON = /\b(?:it['\u2019]s|it is|new one(?:[\t ]+is|:))(?:[\t ]+now)?[\t ]+(?=\S)/gi;
/** A four-digit year, too often what follows "it's" to count as a code by reference. */
const YEAR = /^(?:19|20)\d\d$/;

/** A value given a few words after its keyword by reference back to it, in the same paragraph. */
function followOn(
  text: string,
  kind: Kind,
  keywordEnd: number,
  lexicon: CompiledCredential,
): { span: Span; confidence: number } | null {
  const ahead = text.slice(keywordEnd, keywordEnd + FOLLOW_ON_REACH);
  FOLLOW_ON.lastIndex = 0;
  const match = FOLLOW_ON.exec(ahead);
  if (match === null || /\n[\t ]*\n/.test(ahead.slice(0, match.index))) return null;
  const value = readValue(text, keywordEnd + match.index + match[0].length);
  if (value === null || !acceptableValue(value.value, lexicon)) return null;
  const accepted =
    kind === 'pin'
      ? pinValue(value.value) && !YEAR.test(value.value)
      : kind !== 'token' && mixedSecret(value.value);
  return accepted ? { span: value, confidence: 0.7 } : null;
}

/** Abbreviations of "password" that may stand right before their value with no connector ("pw civic-visitor-88"). */
const BARE_ABBREVIATIONS = new Set(['pw', 'pwd', 'p/w']);

/** A value right after a bare abbreviation: needs both letters and digits, as "pw 2024" is no secret. */
function bareAbbreviation(
  text: string,
  key: string,
  keywordEnd: number,
  lexicon: CompiledCredential,
): { span: Span; confidence: number } | null {
  if (!BARE_ABBREVIATIONS.has(key)) return null;
  const connector = connectorAt(text, keywordEnd);
  if (!connector.bare || connector.end === keywordEnd) return null;
  const value = readValue(text, connector.end);
  if (value === null || !mixedSecret(value.value) || !/[a-z]/i.test(value.value)) return null;
  return acceptableValue(value.value, lexicon) ? { span: value, confidence: 0.7 } : null;
}

/** Characters before a keyword searched for a value given first ("pr1ntR00m! as the password"). */
const BEFORE_REACH = 90;
/**
 * A value, then what ties it to the keyword that follows: "takes pr1ntR00m! as the password", "Blue7!sky
 * is the new password", "enter 590317 when it asks for your PIN". Ends where the keyword starts.
 */
const VALUE_BEFORE =
  /(?:^|[\s(])([^\s"'`<>()[\]{}]{3,64}?)[.,;:]?[\t ]+(?:(?:as|is)[\t ]+(?:the|your|my|our|its|his|her)|when[\t ]+(?:it|the[\t ]+\w+|you(?:['\u2019]re)?)[\t ]+(?:asks?|prompts?|are[\t ]+asked|is[\t ]+asked)[\t ]+(?:you[\t ]+)?for[\t ]+(?:your|the|a))[\t ]+(?:new[\t ]+|temporary[\t ]+|current[\t ]+)?$/i;

/** A value given before its keyword (VALUE_BEFORE): mixed letters and digits for a password, digits for a PIN. */
function valueBefore(
  text: string,
  kind: Kind,
  keywordStart: number,
  lexicon: CompiledCredential,
): { span: Span; confidence: number } | null {
  if (kind !== 'secret' && kind !== 'pin') return null;
  const from = Math.max(0, keywordStart - BEFORE_REACH);
  const before = text.slice(from, keywordStart);
  const match = VALUE_BEFORE.exec(before);
  if (match === null) return null;
  const value = match[1]!;
  const accepted =
    acceptableValue(value, lexicon) &&
    (kind === 'pin' ? pinValue(value) && !YEAR.test(value) : mixedSecret(value));
  if (!accepted) return null;
  const start = from + match.index + match[0].indexOf(value);
  return { span: { start, end: start + value.length }, confidence: 0.75 };
}

/**
 * "Use Audit!Spring24 to get in": a value named by what it opens, with no keyword. Needs a secret's
 * mix of letters and digits.
 */
const USE_TO_OPEN =
  /\buse[\t ]+([^\s"'`<>()[\]{}]{6,64})[\t ]+to[\t ]+(?:get[\t ]+in|log[\t ]*(?:in|on)|sign[\t ]+in|open[\t ]+(?:it|the[\t ]+(?:file|zip|folder|spreadsheet|document|attachment))|unlock)\b/gi;
preparePhraseRegex(USE_TO_OPEN, [{ first: 'use', second: '' }]);

/** "Tend3r-Lot2-Ws! (case-sensitive)": only a secret is marked as case-sensitive. */
/** "the key is": a network's key when the sentence named the network before ("guest wifi BCC-Guest, the key is ..."). */
const KEY_IS = /\b(?:the[\t ]+)?key[\t ]+is[\t ]+/gi;
preparePhraseRegex(KEY_IS, [
  { first: 'the', second: 'key', third: 'is' },
  { first: 'key', second: 'is' },
]);
/**
 * A wireless network named earlier in the sentence than "the key is": the word, then a network name
 * with a capital, a digit, a dash or an underscore ("wifi BCC-Guest", "SSID: Library_5G"), not "the
 * wifi project".
 */
const NETWORK_BEFORE =
  /\b(?:[Ww][Ii]-?[Ff][Ii]|[Ww]ireless|SSID|ssid|[Hh]otspot|[Nn]etwork)(?:[\t ]+(?:name|is)|[\t ]*:)?[\t ]+(?=[\w-]*[A-Z\d_-])[\w-]+\b[^.!?\n]*$/;
/** Characters before "the key is" searched for the network. */
const NETWORK_REACH = 120;

const CASE_SENSITIVE = /\bcase[- ]sensitive\b/gi;
preparePhraseRegex(CASE_SENSITIVE, [
  { first: 'case', second: 'sensitive' },
  { first: 'case', second: '', mark: '-' },
]);
/** The value right before `(case-sensitive`. */
const BEFORE_CASE_NOTE = /(?:^|\s)([^\s"'`<>()[\]{}]{6,64})[\t ]*\($/;

/** A reference the reader quotes, which a booking or account page may also call case-sensitive. */
const REFERENCE_BEFORE =
  /\b(?:ref|reference|booking|order|invoice|account|customer|voucher|discount|promo|tracking)\b/i;

/** Values no keyword introduces: named by what they open, or marked as case-sensitive. */
function unnamedSecrets(text: string, lexicon: CompiledCredential): Span[] {
  const found: Span[] = [];
  for (const span of phraseSpans(text, KEY_IS)) {
    const before = text.slice(Math.max(0, span.start - NETWORK_REACH), span.start);
    if (!NETWORK_BEFORE.test(before)) continue;
    const value = readValue(text, span.end);
    if (value !== null && mixedSecret(value.value) && acceptableValue(value.value, lexicon))
      found.push(value);
  }
  for (const span of phraseSpans(text, USE_TO_OPEN)) {
    const match = /^use[\t ]+(\S+)/i.exec(text.slice(span.start, span.end));
    if (match === null) continue;
    const value = match[1]!;
    // "Use Office365 to sign in" names a product: a symbol, a capital inside or digits before the end.
    const chosen = /[^\dA-Z]/i.test(value) || /[a-z][A-Z]/.test(value) || /\d\D/.test(value);
    if (chosen && mixedSecret(value) && acceptableValue(value, lexicon)) {
      const start = span.start + match[0].length - value.length;
      found.push({ start, end: start + value.length });
    }
  }
  for (const span of phraseSpans(text, CASE_SENSITIVE)) {
    const from = Math.max(0, span.start - 70);
    const before = text.slice(from, span.start);
    const match = BEFORE_CASE_NOTE.exec(before);
    if (match === null || REFERENCE_BEFORE.test(before)) continue;
    let value = match[1]!;
    while (value.length > 0 && TRAILING.includes(value.charAt(value.length - 1)))
      value = value.slice(0, -1);
    if (!mixedSecret(value) || !acceptableValue(value, lexicon)) continue;
    const start = from + match.index + match[0].indexOf(match[1]!);
    found.push({ start, end: start + value.length });
  }
  return found;
}

/** Cells of a table row split by `|` or tabs, spaces trimmed; null when the line is not a row. */
function tableCells(line: string, lineStart: number): Span[] | null {
  const separator = line.includes('|') ? '|' : line.includes('\t') ? '\t' : null;
  if (separator === null) return null;
  let at = lineStart;
  return line.split(separator).map((cell) => {
    const trimmed = cell.trim();
    const start = at + cell.indexOf(trimmed);
    at += cell.length + 1;
    return { start, end: start + trimmed.length };
  });
}

/** Whether a cell can end at `at` (looking in `direction`): only spaces, then `|`, a tab, a line break or the text's edge. */
function cellEdge(text: string, at: number, direction: 1 | -1): boolean {
  let i = direction === 1 ? at : at - 1;
  while (i >= 0 && i < text.length && text.charCodeAt(i) === 32) i += direction;
  if (i < 0 || i >= text.length) return true;
  const code = text.charCodeAt(i);
  return code === 124 || code === 9 || code === 10 || code === 13;
}

/** Rows read under a table header before the column stops counting. */
const TABLE_ROWS = 30;
/** The longest header or row line read as a table row. */
const TABLE_LINE = 200;

/** Values in a table column headed by the keyword ("System | Username | Password", then a row per system). */
function tableColumn(
  text: string,
  kind: Kind,
  keyword: Span,
  lexicon: CompiledCredential,
): Array<{ span: Span; confidence: number }> {
  const found: Array<{ span: Span; confidence: number }> = [];
  if (!cellEdge(text, keyword.start, -1) || !cellEdge(text, keyword.end, 1)) return found;
  const from = Math.max(0, keyword.start - TABLE_LINE);
  const before = text.slice(from, keyword.start);
  const newlineBefore = before.lastIndexOf('\n');
  if (newlineBefore < 0 && from > 0) return found;
  const lineStart = from + newlineBefore + 1;
  const after = text.slice(keyword.end, keyword.end + TABLE_LINE);
  const newline = after.indexOf('\n');
  if (newline < 0 && keyword.end + TABLE_LINE < text.length) return found;
  const lineEnd = newline < 0 ? text.length : keyword.end + newline;
  const header = tableCells(text.slice(lineStart, lineEnd), lineStart);
  if (header === null || header.length < 2) return found;
  const column = header.findIndex(
    (cell) => cell.start === keyword.start && cell.end === keyword.end,
  );
  if (column < 0) return found;
  let rowStart = lineEnd + 1;
  for (let row = 0; row < TABLE_ROWS && rowStart < text.length; row += 1) {
    const next = text.slice(rowStart, rowStart + TABLE_LINE).indexOf('\n');
    if (next < 0 && rowStart + TABLE_LINE < text.length) break;
    const rowEnd = next < 0 ? text.length : rowStart + next;
    const cells = tableCells(text.slice(rowStart, rowEnd), rowStart);
    if (cells === null || cells.length !== header.length) break;
    const cell = cells[column] as Span;
    const value = text.slice(cell.start, cell.end);
    const accepted =
      acceptableValue(value, lexicon) &&
      !/\s/.test(value) &&
      (kind === 'pin' ? pinValue(value) : looksSecret(value) && /\d|[^\dA-Z]/i.test(value));
    if (accepted) found.push({ span: cell, confidence: 0.75 });
    rowStart = rowEnd + 1;
  }
  return found;
}

/** Keywords (as keyOf gives them) that a meeting invitation uses for the code that lets invitees join. */
const MEETING_PASSCODE_KEYS = new Set(['passcode', 'password', 'pwd']);

/** Characters before a passcode searched for the meeting it opens. */
const MEETING_REACH = 160;

/**
 * A meeting's join details: its ID ("Meeting ID: 943 476 5919", "Phone Conference ID") or a join
 * link of Zoom, Teams, Google Meet or Webex (whose `pwd=` carries the passcode).
 */
const MEETING_DETAILS =
  /\b(?:meeting|conference|webinar) id\b|\bzoom\.us\/|\bteams\.microsoft\.com\/|\bmeet\.google\.com\/|\bwebex\.com\//i;

/**
 * Whether the passcode keyword at `at` follows a meeting's join details: invitations carry the code
 * to everyone invited, so it is not a secret sent the wrong way (Zoom and Teams put one in every
 * invitation an officer forwards).
 */
function inMeetingDetails(text: string, at: number): boolean {
  return MEETING_DETAILS.test(text.slice(Math.max(0, at - MEETING_REACH), at));
}

/** Whether every negative over a keyword ends where the keyword ends ("reset your password", "change the default password"). */
function negativeEndsAtKeyword(negatives: readonly Span[], keyword: Span): boolean {
  let any = false;
  for (const negative of negatives) {
    if (negative.start >= keyword.end) break;
    if (negative.end <= keyword.start) continue;
    if (negative.end !== keyword.end) return false;
    any = true;
  }
  return any;
}

function detectCredentials(text: string, lexicon: CompiledCredential): Finding[] {
  const candidates: Array<{ span: Span; confidence: number }> = [];
  for (const regex of [KNOWN_TOKEN, PRIVATE_KEY]) {
    if (regex === KNOWN_TOKEN && !mayHoldKnownToken(text)) continue;
    if (regex === PRIVATE_KEY && !mayHoldPrivateKey(text)) continue;
    for (const span of findPhrases(text, regex)) {
      if (!/EXAMPLE/.test(text.slice(span.start, span.end)))
        candidates.push({ span, confidence: 0.9 });
    }
  }
  const keywords = findPhrases(text, lexicon.keywords);
  const negatives = findNear(text, keywords, NEGATIVE_REACH, NEGATIVE_REACH, (t, from) =>
    findPhrasesInSlice(text, from, t, lexicon.negatives),
  );
  const keys = new Map<string, string>();
  const keyFor = (keyword: Span): string => {
    const matchedText = text.slice(keyword.start, keyword.end);
    let key = keys.get(matchedText);
    if (key === undefined) {
      key = keyOf(matchedText);
      keys.set(matchedText, key);
    }
    return key;
  };
  const live: Span[] = [];
  for (const keyword of keywords) {
    if (!overlapsAny(negatives, keyword)) live.push(keyword);
    else if (negativeEndsAtKeyword(negatives, keyword)) {
      // "reset your password to Winter_Coat3": talk about passwords unless a secret-shaped value
      // follows. A code named by what it is for ("discount code", "project code") is no PIN,
      // whatever its value looks like.
      const kind = lexicon.kinds.get(keyFor(keyword));
      if (kind === 'pin') continue;
      const connector = connectorAt(text, keyword.end);
      const value = connector.bare || kind === undefined ? null : readValue(text, connector.end);
      if (value !== null && mixedSecret(value.value) && acceptableValue(value.value, lexicon))
        candidates.push({ span: value, confidence: 0.75 });
    }
  }
  for (const span of unnamedSecrets(text, lexicon)) candidates.push({ span, confidence: 0.75 });
  for (const span of spelledPins(text, live, (keyword) => lexicon.kinds.get(keyFor(keyword))))
    candidates.push({ span, confidence: 0.7 });
  for (const keyword of live) {
    const key = keyFor(keyword);
    const kind = lexicon.kinds.get(key);
    if (kind === undefined) continue;
    if (MEETING_PASSCODE_KEYS.has(key) && inMeetingDetails(text, keyword.start)) continue;
    const found =
      secretFinding(
        text,
        kind,
        keyword.end,
        lexicon,
        key === 'code' && !lockBefore(text, keyword.start),
      ) ??
      codeForLock(text, key, keyword.end, lexicon) ??
      bareAbbreviation(text, key, keyword.end, lexicon) ??
      spacedPassphrase(text, key, keyword.end, lexicon) ??
      followOn(text, kind, keyword.end, lexicon) ??
      valueBefore(text, kind, keyword.start, lexicon);
    if (found !== null) candidates.push(found);
    if (kind !== 'token' && kind !== 'login')
      candidates.push(...tableColumn(text, kind, keyword, lexicon));
  }
  candidates.sort((a, b) => a.span.start - b.span.start);
  const findings: Finding[] = [];
  for (const { span, confidence } of candidates) {
    const last = findings[findings.length - 1];
    if (last !== undefined && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.confidence = Math.max(last.confidence, confidence);
    } else {
      findings.push({
        type: 'CREDENTIAL',
        start: span.start,
        end: span.end,
        confidence,
        detector: ID,
      });
    }
  }
  return findings;
}

/** Every fixed regex of this detector, for the ReDoS and ES2016 checks in the tests. */
export const credentialRegexes: readonly RegExp[] = [
  KNOWN_TOKEN,
  KNOWN_TOKEN_LEAD,
  PRIVATE_KEY,
  PRIVATE_KEY_LEAD,
  CONNECTOR,
  VALUE,
  LOGIN_SPLIT,
  PLACEHOLDER,
  QUALIFIER,
  LATE_CONNECTOR,
  LATE_PIN_COMMA,
  GROUPED_CODE,
  SPELLED_PIN,
  PASSPHRASE,
  SPELLED_PIN_RUN,
  PIN_WORDS,
  SPACED_PIN,
  FOLLOW_ON,
  YEAR,
  VALUE_BEFORE,
  SPACED_PASSPHRASE,
  USE_TO_OPEN,
  CASE_SENSITIVE,
  BEFORE_CASE_NOTE,
  REFERENCE_BEFORE,
  GIVEN,
];

export const detector: Detector = {
  meta: {
    id: ID,
    entityType: 'CREDENTIAL',
    description:
      'A password, passphrase, PIN, key safe or door code, login pair or API secret written out in the message; placeholders and talk about passwords are not findings.',
    clause: '000_194040a0e7f240eb.txt 8.2',
  },
  patterns: [
    KEYWORD_PATTERN,
    { name: 'known-token-prefix', regex: KNOWN_TOKEN, score: 0.9 },
    { name: 'private-key-block', regex: PRIVATE_KEY, score: 0.9 },
  ],
  context: [...credentialLexicon.secret, ...credentialLexicon.pin, ...credentialLexicon.login],
  invalidate: isPlaceholder,
  detect(text: string, context: DetectContext): Finding[] {
    beginText(text);
    const extension = context.lexicons.CREDENTIAL;
    return detectCredentials(
      text,
      hasExtension(extension)
        ? compiledExtension(EXTENDED, extension, () =>
            compileCredential(credentialLexicon, extension),
          )
        : BASE,
    );
  },
};
