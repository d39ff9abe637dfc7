// CREDENTIAL detector: a password, PIN, passphrase, login pair or API secret given in the text, not talk about one.
import { compilePhrases, findPhrases, normalisePhrase, overlapsAny, type Span } from './lexicon';
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
const KNOWN_TOKEN = /\b(?:[rs]k_(?:live|test)_[\dA-Za-z]{16,128}|AKIA[\dA-Z]{16}|gh[opsu]_[\dA-Za-z]{36,255}|xox[abprs]-[\dA-Za-z][-\dA-Za-z]{9,200}|glpat-[-\w]{20,64}|AIza[-\w]{35})/g;
const PRIVATE_KEY = /-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----/g;

/** Words and punctuation between a keyword and its value: "is", "has been reset to", ":", "=". */
const CONNECTOR =
  /[\t ]*(?:(?:[:=\u2013\u2014-]|is\b|was\b|are\b|will be\b|has been\b|have been\b|reset to\b|set to\b|changed to\b|now\b|with\b|to\b|of\b|number\b|no\.|no\b|code\b|for (?:this|the|that|your|his|her|their) (?:account|laptop|device|phone|mailbox|folder|file|zip|spreadsheet|document|router|system|portal)\b)[\t ]*)*/y;
const VALUE = /[^\s"'`<>[\]{}()\u2018\u2019\u201c\u201d]{1,128}/y;
const LOGIN_SPLIT = /[\t ]*(?:\/|\\|\band\b|,|\|)[\t ]*/y;
const PLACEHOLDER = /^(?:[x*\u2022\u00b7.#?_-]+|x+\d*|\d*x+|0+|\.{2,}.*)$/i;
const TRAILING = /[.,;:?'"\u2019\u201d]+$/;

const KEYWORD_PATTERN: NamedPattern = {
  name: 'keyword-then-value',
  regex: compileCredential(credentialLexicon).keywords as RegExp,
  score: 0.75,
};

function keyOf(phrase: string): string {
  return normalisePhrase(phrase).replace(/[\s-]+/g, '');
}

function compileCredential(lexicon: CredentialLexicon, extension?: LexiconExtension): CompiledCredential {
  const kinds = new Map<string, Kind>();
  for (const kind of KINDS) for (const keyword of lexicon[kind]) kinds.set(keyOf(keyword), kind);
  for (const keyword of extension?.phrases ?? []) if (!kinds.has(keyOf(keyword))) kinds.set(keyOf(keyword), 'secret');
  return {
    keywords: compilePhrases([...KINDS.flatMap((kind) => [...lexicon[kind]]), ...(extension?.phrases ?? [])]),
    kinds,
    negatives: compilePhrases([...lexicon.negatives, ...(extension?.negatives ?? [])]),
    stop: new Set(lexicon.stopValues),
  };
}

const BASE = compileCredential(credentialLexicon);

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
  return /\d/.test(value) || /[^\dA-Za-z]/.test(value) || /.[A-Z]/.test(value);
}

function restOfLineEmpty(text: string, from: number): boolean {
  for (let i = from; i < text.length; i += 1) {
    const char = text.charAt(i);
    if (char === '\n' || char === '\r') return true;
    if (char !== ' ' && char !== '\t' && !/[.,;!)]/.test(char)) return false;
  }
  return true;
}

interface Value extends Span {
  value: string;
}

function readValue(text: string, at: number): Value | null {
  const opening = text.charAt(at);
  if (opening === '<' || opening === '[' || opening === '{' || opening === '(') return null;
  let start = at;
  if (/["'`\u2018\u201c]/.test(opening)) start += 1;
  VALUE.lastIndex = start;
  const match = VALUE.exec(text);
  if (match === null) return null;
  const value = match[0].replace(TRAILING, '');
  if (value.length === 0) return null;
  return { start, end: start + value.length, value };
}

function connectorAt(text: string, at: number): { end: number; strong: boolean } {
  CONNECTOR.lastIndex = at;
  const match = CONNECTOR.exec(text);
  const consumed = match === null ? '' : match[0];
  let end = at + consumed.length;
  const strong = /[:=]/.test(consumed);
  if (strong) {
    const newline = /^\r?\n[\t ]*/.exec(text.slice(end, end + 16));
    if (newline !== null) end += newline[0].length;
  }
  return { end, strong };
}

function acceptableValue(value: string, lexicon: CompiledCredential): boolean {
  return value.length >= 3 && !lexicon.stop.has(value.toLowerCase()) && !isPlaceholder(value);
}

function pinValue(value: string): boolean {
  const digits = value.replace(/#$/, '');
  if (/^\d{3,8}$/.test(digits)) return !isSequence(digits);
  return digits.length <= 10 && /^[\dA-Za-z]+$/.test(digits) && (digits.match(/\d/g) ?? []).length >= 3 && !isPlaceholder(digits);
}

function secretFinding(text: string, kind: Kind, keywordEnd: number, lexicon: CompiledCredential): { span: Span; confidence: number } | null {
  const connector = connectorAt(text, keywordEnd);
  if (connector.end === keywordEnd && (kind === 'phrase' || kind === 'strict')) return null;
  if (kind === 'strict' && !connector.strong) return null;
  const first = readValue(text, connector.end);
  if (first === null) return null;
  if (kind === 'pin') {
    return pinValue(first.value) ? { span: first, confidence: 0.75 } : null;
  }
  if (!acceptableValue(first.value, lexicon)) return null;
  if (kind === 'token') {
    const long = first.value.length >= 16 && /\d/.test(first.value) && /[A-Za-z]/.test(first.value);
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
    if (connector.end === keywordEnd && !(/\d/.test(first.value) && /[A-Za-z]/.test(first.value))) return null;
    return { span: first, confidence: connector.strong ? 0.85 : 0.75 };
  }
  if (!connector.strong) return null;
  if (kind === 'phrase') return { span: first, confidence: 0.7 };
  if (restOfLineEmpty(text, first.end)) return { span: first, confidence: 0.6 };
  return null;
}

function detectCredentials(text: string, lexicon: CompiledCredential): Finding[] {
  const candidates: Array<{ span: Span; confidence: number }> = [];
  for (const regex of [KNOWN_TOKEN, PRIVATE_KEY]) {
    for (const span of findPhrases(text, regex)) {
      if (!/EXAMPLE/.test(text.slice(span.start, span.end))) candidates.push({ span, confidence: 0.9 });
    }
  }
  const keywords = findPhrases(text, lexicon.keywords);
  const negatives = keywords.length === 0 ? [] : findPhrases(text, lexicon.negatives);
  for (const keyword of keywords) {
    if (overlapsAny(negatives, keyword)) continue;
    const kind = lexicon.kinds.get(keyOf(text.slice(keyword.start, keyword.end)));
    if (kind === undefined) continue;
    const found = secretFinding(text, kind, keyword.end, lexicon);
    if (found !== null) candidates.push(found);
  }
  candidates.sort((a, b) => a.span.start - b.span.start);
  const findings: Finding[] = [];
  for (const { span, confidence } of candidates) {
    const last = findings[findings.length - 1];
    if (last !== undefined && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      last.confidence = Math.max(last.confidence, confidence);
    } else {
      findings.push({ type: 'CREDENTIAL', start: span.start, end: span.end, confidence, detector: ID });
    }
  }
  return findings;
}

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
    const extension = context.lexicons.CREDENTIAL;
    const hasExtension = (extension?.phrases?.length ?? 0) > 0 || (extension?.negatives?.length ?? 0) > 0;
    return detectCredentials(text, hasExtension ? compileCredential(credentialLexicon, extension) : BASE);
  },
};
