// `sendguard init`: a starter policy for a real council's own domain, built from the default policy.
import { defaultPolicy, buildDefaultPolicy } from './default';
import { normaliseDomain } from '../audiences/domain';
import { applyPreset, type LabelPreset } from './presets';
import type { PolicyInput } from './schema';

export interface StarterOptions {
  /** Council name for `council.name`; defaults to the domain. */
  name?: string;
  /** Label scheme preset, e.g. `official2014Scheme`. */
  preset?: LabelPreset;
  /** Policy version; defaults to `<domain>-1`. */
  version?: string;
}

const DOMAIN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/;

/** The council's domain in policy form (lower case, punycode); throws RangeError when it is not a domain name. */
export function starterDomain(domain: string): string {
  const normalised = normaliseDomain(domain.trim().replace(/^\*\./, '').replace(/^.*@/, ''));
  if (!DOMAIN.test(normalised) || normalised.length > 253) {
    throw new RangeError(`${JSON.stringify(domain)} is not a domain name such as mycouncil.gov.uk`);
  }
  return normalised;
}

/**
 * The default policy for the council at `domain`: `internal` is `domain` and `*.domain`, the marking
 * namespace is `domain`, the communications team is `press.office@domain` (to be corrected by IG).
 */
export function starterPolicy(domain: string, options: StarterOptions = {}): PolicyInput {
  const own = starterDomain(domain);
  const base = buildDefaultPolicy(
    { name: options.name?.trim() || own, domain: own },
    options.version ?? `${own}-1`,
  );
  const policy: PolicyInput = JSON.parse(JSON.stringify(base)) as PolicyInput;
  // Other councils' `*.gov.uk` domains stay secure-partner; the council's own entries move to internal.
  policy.audiences = (policy.audiences ?? defaultPolicy.audiences).map((audience) =>
    audience.id === 'internal'
      ? audience
      : { ...audience, domains: audience.domains.filter((d) => d !== own && d !== `*.${own}`) },
  );
  return options.preset ? applyPreset(policy, options.preset) : policy;
}
