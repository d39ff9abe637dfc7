// Whole-word, case-insensitive matchers for context words and phrases, and the word lists several detectors share.
import { phraseStart, preparePhraseRegex } from './prefilter';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A word or phrase as compared: lower case, runs of spaces, hyphens and underscores as one space, trimmed. */
export function phraseKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/**
 * A space in a phrase key matches a short run of spaces, hyphens or underscores (`sort_code`,
 * `NHS-No`), or one dot, as in a column header (`date.of.birth`, `ni.no`; a dot and a space, as
 * between sentences, is not one); other characters match themselves.
 */
function unitSource(char: string): string {
  return char === ' ' ? '(?:[\\s_-]{1,3}|\\.)' : escapeRegExp(char);
}

/**
 * The regex source matching any of `keys` (non-empty), shaped as a character trie so the engine never
 * retries alternatives and the longest key wins; `unit` gives the source of one character. Built
 * from the sorted keys, without trie nodes: compiling the lexicons is part of every fresh runtime's
 * start, before its first Send is checked.
 */
export function trieSource(keys: readonly string[], unit: (char: string) => string): string {
  const sorted = [...new Set(keys)].sort();
  const units = new Map<string, string>();
  const sourceOf = (char: string): string => {
    let source = units.get(char);
    if (source === undefined) {
      source = unit(char);
      units.set(char, source);
    }
    return source;
  };
  // Pieces of the source, joined once at the end (joining at every node would copy each subtree again).
  const out: string[] = [];
  // The keys in [lo, hi) share their first `depth` characters; only the first may end there.
  const emit = (lo: number, hi: number, depth: number): void => {
    for (;;) {
      const terminal = sorted[lo]!.length === depth;
      const first = terminal ? lo + 1 : lo;
      if (first === hi) return;
      const char = sorted[first]!.charAt(depth);
      // Sorted keys: when the first and the last go on with the same character, all do.
      if (!terminal && sorted[hi - 1]!.charAt(depth) === char) {
        out.push(sourceOf(char));
        depth++;
        continue;
      }
      out.push('(?:');
      for (let i = first; i < hi;) {
        const next = sorted[i]!.charAt(depth);
        let j = i + 1;
        while (j < hi && sorted[j]!.charAt(depth) === next) j++;
        if (i > first) out.push('|');
        out.push(sourceOf(next));
        emit(i, j, depth + 1);
        i = j;
      }
      out.push(terminal ? ')?' : ')');
      return;
    }
  };
  emit(0, sorted.length, 0);
  return out.join('');
}

/**
 * One linear regex finding any of `keys` (phrase keys, each starting with a letter or digit) as whole
 * words or phrases, case-insensitive (`lic` never matches inside `public`). The keys are compiled as a
 * trie; the longest phrase wins where several start at one place.
 */
export function wordsMatcher(keys: readonly string[]): RegExp | null {
  const phrases = [...new Set(keys)].filter((k) => k !== '');
  if (phrases.length === 0) return null;
  const source = (some: readonly string[]): string =>
    `\\b${trieSource(some, unitSource)}(?![a-z0-9])`;
  const regex = new RegExp(source(phrases), 'gi');
  preparePhraseRegex(regex, phrases.map(phraseStart), { phrases, source });
  return regex;
}

/**
 * Labels of the numbers a council gives its own accounts and records: a 10-digit council tax or
 * business rates account passes the NHS number check about one time in eleven.
 */
export const COUNCIL_ACCOUNT_WORDS: readonly string[] = [
  'account',
  'account no',
  'account number',
  'council tax',
  'business rates',
  'tenancy',
  'tenancy number',
  'library card',
  'leisure card',
  'card number',
  'customer number',
  'supplier number',
  'employee number',
  'payroll number',
  'staff number',
  'membership number',
  'claim number',
];

/** Labels that make a number something other than personal data: order, invoice or reference numbers. */
export const REFERENCE_WORDS: readonly string[] = [
  'order',
  'order no',
  'order number',
  'purchase order',
  'po',
  'po number',
  'invoice',
  'invoice no',
  'invoice number',
  'ref',
  'ref no',
  'reference',
  'our ref',
  'your ref',
  'ticket',
  'ticket no',
  'incident',
  'tracking',
  'tracking number',
  'booking',
  'booking ref',
  'transaction',
  'transaction id',
  'serial',
  'serial number',
  'job',
  'job no',
  'job number',
  'confirmation',
  'application ref',
  'planning application',
  'case ref',
  'case no',
  'case number',
  'claim no',
  'policy number',
  'item no',
  'sku',
  'isbn',
  'timestamp',
  'epoch',
  'orders',
  'invoices',
  'references',
  'refs',
  'tickets',
  'journal',
  'journals',
  'voucher',
  'batch',
  'cheque',
  'receipt',
  'change',
  // A meeting's join details (Zoom IDs are 9 to 11 digits, written 3-3-4 like an NHS number).
  'meeting id',
  'meeting number',
  'conference id',
  'webinar id',
];

/** Words that, earlier in the sentence, mark a value as a documented example or a test value, not a person's. */
export const EXAMPLE_WORDS: readonly string[] = [
  'example',
  'for example',
  'e.g.',
  'sample',
  'dummy',
  'specimen',
  'fictitious',
  'test card',
  'test cards',
  'test transaction',
  'test transactions',
  'test number',
  'test data',
];

/** Labels that make a dotted number a version, clause or section rather than an address or phone. */
export const VERSION_WORDS: readonly string[] = [
  'version',
  'ver',
  'v',
  'release',
  'build',
  'firmware',
  'clause',
  'clauses',
  'section',
  'sections',
  'paragraph',
  'para',
  'paras',
  'regulation',
  'rule',
  'item',
  'schedule',
  'appendix',
  'annex',
  'chapter',
  'part',
  'article',
  'table',
  'figure',
  'fig',
  'step',
  'point',
  'standard',
  'iso',
  'rfc',
  'oid',
  'snmp',
  'upgrade',
  'upgraded',
  'update',
  'patch',
  'hotfix',
  'deploy',
  'deployed',
];
