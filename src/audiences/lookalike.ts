// Lookalike domains: near misses and disguised copies of the council's and its partners' explicit domains.
import type { Policy } from '../policy/schema';
import { INTERNAL, PROTECTED_AUDIENCES, audienceOf, compileAudiences } from './compile';
import { foldConfusables } from './confusables';
import { editDistance } from './distance';
import { domainToUnicode, normaliseDomain } from './domain';

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
  /** Position in policy order (internal first): the earliest match is reported. */
  order: number;
}

/** The protected domains, indexed so a recipient is only compared with plausible targets. */
interface ProtectedIndex {
  /** Label count -> domain length -> targets. */
  byLength: Map<number, Map<number, Protected[]>>;
  /** Label count -> skeleton length -> targets. */
  byFoldedLength: Map<number, Map<number, Protected[]>>;
  /** First `.`/`-` separated token of the domain or skeleton -> targets (for containment). */
  byFirstToken: Map<string, Protected[]>;
}

const cache = new WeakMap<object, ProtectedIndex>();

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

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pushShape(
  map: Map<number, Map<number, Protected[]>>,
  labels: number,
  length: number,
  value: Protected,
): void {
  let byLength = map.get(labels);
  if (!byLength) {
    byLength = new Map();
    map.set(labels, byLength);
  }
  push(byLength, length, value);
}

const firstToken = (domain: string): string => domain.split(/[.-]/)[0] ?? domain;

function protectedIndex(policy: Pick<Policy, 'audiences'>): ProtectedIndex {
  const cached = cache.get(policy.audiences);
  if (cached) return cached;
  const index: ProtectedIndex = {
    byLength: new Map(),
    byFoldedLength: new Map(),
    byFirstToken: new Map(),
  };
  compileAudiences(policy).protectedDomains.forEach(({ domain }, order) => {
    const folded = foldConfusables(domainToUnicode(domain));
    const target: Protected = {
      domain,
      folded,
      hyphenated: folded.replace(/\./g, '-'),
      labels: domain.split('.').length,
      limit: allowedEdits(domain),
      order,
    };
    pushShape(index.byLength, target.labels, domain.length, target);
    pushShape(index.byFoldedLength, target.labels, folded.length, target);
    push(index.byFirstToken, firstToken(domain), target);
    if (firstToken(folded) !== firstToken(domain))
      push(index.byFirstToken, firstToken(folded), target);
  });
  cache.set(policy.audiences, index);
  return index;
}

/** The last `count` labels of `domain` (the whole domain when it has no more). */
function tail(domain: string, count: number): string {
  const labels = domain.split('.');
  return labels.length <= count ? domain : labels.slice(labels.length - count).join('.');
}

const isBoundary = (ch: string | undefined): boolean =>
  ch === undefined || ch === '.' || ch === '-';

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

/** Targets whose length (in the given shape map) is within two of `candidate`'s tail of the same label count. */
function* nearby(
  shapes: Map<number, Map<number, Protected[]>>,
  candidate: string,
): Generator<[string, Protected]> {
  for (const [labels, byLength] of shapes) {
    const suffix = tail(candidate, labels);
    for (let length = suffix.length - 2; length <= suffix.length + 2; length++) {
      for (const target of byLength.get(length) ?? []) yield [suffix, target];
    }
  }
}

/** The `.`/`-` separated tokens of `domain`, in order. */
function tokens(domain: string): string[] {
  const out: string[] = [];
  for (let at = 0; at <= domain.length;) {
    const next = domain.slice(at).search(/[.-]/);
    const end = next < 0 ? domain.length : at + next;
    out.push(domain.slice(at, end));
    at = end + 1;
  }
  return out;
}

/**
 * The explicitly listed domain of `internal`, `secure-partner` or `partner` that `domain` imitates, if any.
 * A domain listed itself, in `internal`, or a subdomain of a protected listed domain is never a lookalike.
 */
export function findLookalike(
  domain: string,
  policy: Pick<Policy, 'audiences'>,
): string | undefined {
  const ascii = normaliseDomain(domain);
  if (ascii === '') return undefined;
  const compiled = compileAudiences(policy);
  if (compiled.exact.has(ascii) || audienceOf(ascii, compiled) === INTERNAL) return undefined;
  for (let dot = ascii.indexOf('.'); dot >= 0; dot = ascii.indexOf('.', dot + 1)) {
    if (
      (compiled.exact.get(ascii.slice(dot + 1)) ?? []).some((a) => PROTECTED_AUDIENCES.includes(a))
    )
      return undefined;
  }
  const index = protectedIndex(policy);
  const folded = foldConfusables(domainToUnicode(ascii));
  let best: Protected | undefined;
  const consider = (target: Protected): void => {
    if (best === undefined || target.order < best.order) best = target;
  };
  for (const [suffix, target] of nearby(index.byLength, ascii)) {
    if (near(suffix, target.domain, target.limit)) consider(target);
  }
  for (const [suffix, target] of nearby(index.byFoldedLength, folded)) {
    if (suffix === target.folded || near(suffix, target.folded, target.limit)) consider(target);
  }
  for (const haystack of ascii === folded ? [ascii] : [ascii, folded]) {
    for (const token of tokens(haystack)) {
      for (const target of index.byFirstToken.get(token) ?? []) {
        const needles = [
          target.domain,
          target.domain.replace(/\./g, '-'),
          target.folded,
          target.hyphenated,
        ];
        if (needles.some((needle) => containsAsLabels(haystack, needle))) consider(target);
      }
    }
  }
  return best?.domain;
}
