// Lookalike domains: near misses and disguised copies of the council's and its partners' explicit domains.
import type { Policy } from '../policy/schema';
import { INTERNAL, audienceOf, compileAudiences } from './compile';
import { foldConfusables } from './confusables';
import { editDistance } from './distance';
import { domainToUnicode, isSubdomainOf, normaliseDomain } from './domain';

interface Protected {
  /** The listed domain (ASCII). */
  domain: string;
  /** Its confusable skeleton. */
  folded: string;
  /** Its skeleton with dots turned into hyphens (`examplecouncil-gov-uk`). */
  hyphenated: string;
  labels: number;
  /** Edits allowed: 2, or fewer for short names (see `allowedEdits`). */
  limit: number;
}

const cache = new WeakMap<object, Protected[]>();

/**
 * Edits allowed against a listed domain, by the length of its first label: short names such as
 * `nhs.net` sit one or two edits from many unrelated real domains (`nhs` -> `ons`, `nbs`), so a name of
 * 3-5 characters allows one edit, 1-2 characters only a pure homoglyph swap, 6 or more two edits.
 */
export function allowedEdits(domain: string): number {
  const first = domain.split('.')[0] ?? '';
  if (first.length >= 6) return 2;
  if (first.length >= 3) return 1;
  return 0;
}

function protectedDomains(policy: Pick<Policy, 'audiences'>): Protected[] {
  const cached = cache.get(policy.audiences);
  if (cached) return cached;
  const list = compileAudiences(policy).protectedDomains.map(({ domain }) => {
    const folded = foldConfusables(domainToUnicode(domain));
    return {
      domain,
      folded,
      hyphenated: folded.replace(/\./g, '-'),
      labels: domain.split('.').length,
      limit: allowedEdits(domain),
    };
  });
  cache.set(policy.audiences, list);
  return list;
}

/** The last `count` labels of `domain` (the whole domain when it has no more). */
function tail(domain: string, count: number): string {
  const labels = domain.split('.');
  return labels.length <= count ? domain : labels.slice(labels.length - count).join('.');
}

const isBoundary = (ch: string | undefined): boolean => ch === undefined || ch === '.' || ch === '-';

/** `needle` occurs in `haystack` as whole labels (bounded by start, end, `.` or `-`), not as all of it. */
function containsAsLabels(haystack: string, needle: string): boolean {
  if (haystack.length <= needle.length) return false;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    if (isBoundary(haystack[at - 1]) && isBoundary(haystack[at + needle.length])) return true;
  }
  return false;
}

function near(candidate: string, target: string, limit: number): boolean {
  return candidate !== target ? editDistance(candidate, target, limit) <= limit : false;
}

/**
 * The explicitly listed domain of `internal`, `secure-partner` or `partner` that `domain` imitates, if any.
 * A domain listed itself, in `internal`, or a subdomain of a protected listed domain is never a lookalike.
 */
export function findLookalike(domain: string, policy: Pick<Policy, 'audiences'>): string | undefined {
  const ascii = normaliseDomain(domain);
  if (ascii === '') return undefined;
  const compiled = compileAudiences(policy);
  if (compiled.exact.has(ascii) || audienceOf(ascii, compiled) === INTERNAL) return undefined;
  const targets = protectedDomains(policy);
  if (targets.some((t) => isSubdomainOf(ascii, t.domain))) return undefined;
  const folded = foldConfusables(domainToUnicode(ascii));
  for (const target of targets) {
    const asciiTail = tail(ascii, target.labels);
    const foldedTail = tail(folded, target.labels);
    if (
      near(asciiTail, target.domain, target.limit) ||
      foldedTail === target.folded ||
      near(foldedTail, target.folded, target.limit)
    ) {
      return target.domain;
    }
    const needles = [target.domain, target.domain.replace(/\./g, '-'), target.folded, target.hyphenated];
    if ([ascii, folded].some((haystack) => needles.some((needle) => containsAsLabels(haystack, needle)))) {
      return target.domain;
    }
  }
  return undefined;
}
