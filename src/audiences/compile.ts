// A policy's audience domain lists compiled once per policy into lookup maps (cached by policy object).
import type { Policy } from '../policy/schema';
import { parseDomainEntry } from './domain';

export const INTERNAL = 'internal';
export const EXTERNAL = 'external';
/** Audiences whose explicit domains lookalike detection protects. */
export const PROTECTED_AUDIENCES: readonly string[] = ['internal', 'secure-partner', 'partner'];

export interface CompiledAudiences {
  /** Exact domain -> audience ids listing it (first listed first). */
  exact: Map<string, string[]>;
  /** Wildcard suffix (`nhs.net` for `*.nhs.net`) -> audience ids. */
  wildcard: Map<string, string[]>;
  /** Explicit (non-wildcard) domains of the protected audiences, with their audience, in policy order. */
  protectedDomains: { domain: string; audience: string }[];
}

const cache = new WeakMap<object, CompiledAudiences>();

function add(map: Map<string, string[]>, key: string, audience: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [audience]);
  else if (!list.includes(audience)) list.push(audience);
}

export function compileAudiences(policy: Pick<Policy, 'audiences'>): CompiledAudiences {
  const cached = cache.get(policy.audiences);
  if (cached) return cached;
  const compiled: CompiledAudiences = {
    exact: new Map(),
    wildcard: new Map(),
    protectedDomains: [],
  };
  for (const audience of policy.audiences) {
    for (const entry of audience.domains) {
      const { wildcard, domain } = parseDomainEntry(entry);
      if (domain === '') continue;
      add(wildcard ? compiled.wildcard : compiled.exact, domain, audience.id);
      if (!wildcard && PROTECTED_AUDIENCES.includes(audience.id)) {
        compiled.protectedDomains.push({ domain, audience: audience.id });
      }
    }
  }
  compiled.protectedDomains.sort(
    (a, b) => PROTECTED_AUDIENCES.indexOf(a.audience) - PROTECTED_AUDIENCES.indexOf(b.audience),
  );
  cache.set(policy.audiences, compiled);
  return compiled;
}

function pick(audiences: readonly string[] | undefined): string | undefined {
  if (!audiences || audiences.length === 0) return undefined;
  return audiences.includes(INTERNAL) ? INTERNAL : audiences[0];
}

/**
 * The audience of a normalised domain, most specific entry first: an exact entry, then the wildcard
 * with the longest suffix; `internal` beats every other match; `external` when nothing matches.
 */
export function audienceOf(domain: string, compiled: CompiledAudiences): string {
  if (domain === '') return EXTERNAL;
  const matches: string[] = [];
  const exact = pick(compiled.exact.get(domain));
  if (exact !== undefined) matches.push(exact);
  for (let dot = domain.indexOf('.'); dot >= 0; dot = domain.indexOf('.', dot + 1)) {
    const suffix = pick(compiled.wildcard.get(domain.slice(dot + 1)));
    if (suffix !== undefined) matches.push(suffix);
  }
  if (matches.includes(INTERNAL)) return INTERNAL;
  return matches[0] ?? EXTERNAL;
}
