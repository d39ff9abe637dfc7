// Whole-word, case-insensitive matchers for context words and phrases, and the word lists several detectors share.

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * One linear regex finding any of `words` as whole words or phrases, case-insensitive (`lic` never
 * matches inside `public`). Spaces in a phrase match any run of spaces or hyphens. The match starts
 * with the character before the word (or at the start of the text), so `index + 1` or `index` is the word.
 */
export function wordMatcher(words: readonly string[]): RegExp | null {
  if (words.length === 0) return null;
  const alternatives = [...new Set(words.map((w) => w.trim().toLowerCase()).filter((w) => w.length > 0))]
    .sort((a, b) => b.length - a.length)
    .map((w) => escapeRegExp(w).replace(/ +/g, '[\\s-]{1,3}'));
  // A word ending in punctuation (`d.o.b.`) needs no boundary after it.
  // eslint-disable-next-line regexp/no-super-linear-backtracking -- alternatives are fixed words, each run bounded.
  return new RegExp(`(?:^|[^a-z0-9])(?:${alternatives.join('|')})(?![a-z0-9])`, 'gi');
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
];
