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

interface TrieNode {
  terminal: boolean;
  next: Map<string, TrieNode>;
}

/**
 * A space in a phrase key matches a short run of spaces, hyphens or underscores (`sort_code`,
 * `NHS-No`), or one dot, as in a column header (`date.of.birth`, `ni.no`; a dot and a space, as
 * between sentences, is not one); other characters match themselves.
 */
function unitSource(char: string): string {
  return char === ' ' ? '(?:[\\s_-]{1,3}|\\.)' : escapeRegExp(char);
}

/** The regex source for everything that can follow `node`: a trie, so the engine never retries alternatives. */
function trieSource(node: TrieNode): string {
  const branches = [...node.next.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([char, child]) => {
      if (child.next.size === 0) return unitSource(char);
      const rest = trieSource(child);
      return unitSource(char) + (child.terminal ? `(?:${rest})?` : rest);
    });
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/**
 * One linear regex finding any of `keys` (phrase keys, each starting with a letter or digit) as whole
 * words or phrases, case-insensitive (`lic` never matches inside `public`). The keys are compiled as a
 * trie; the longest phrase wins where several start at one place.
 */
export function wordsMatcher(keys: readonly string[]): RegExp | null {
  const root: TrieNode = { terminal: false, next: new Map() };
  for (const key of new Set(keys)) {
    if (key === '') continue;
    let node = root;
    for (const char of key) {
      let child = node.next.get(char);
      if (child === undefined) {
        child = { terminal: false, next: new Map() };
        node.next.set(char, child);
      }
      node = child;
    }
    node.terminal = true;
  }
  if (root.next.size === 0) return null;
  const regex = new RegExp(`\\b${trieSource(root)}(?![a-z0-9])`, 'gi');
  preparePhraseRegex(regex, [...new Set(keys)].filter((k) => k !== '').map(phraseStart));
  return regex;
}

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
