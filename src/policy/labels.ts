// The label scheme's order: rank of a label, the higher of two labels, and the baseline label.
import type { Policy } from './schema';

type LabelledPolicy = Pick<Policy, 'labels'>;

interface LabelIndex {
  ranks: Map<string, number>;
  /** Scheme label ids, longest first, so `OFFICIAL-SENSITIVE` is tried before `OFFICIAL`. */
  longestFirst: string[];
  descriptors: Set<string>;
}

const cache = new WeakMap<object, LabelIndex>();

function index(policy: LabelledPolicy): LabelIndex {
  const cached = cache.get(policy.labels);
  if (cached) return cached;
  const ranks = new Map<string, number>();
  policy.labels.scheme.forEach((label, rank) => {
    const id = label.id.toUpperCase();
    if (!ranks.has(id)) ranks.set(id, rank);
  });
  const built: LabelIndex = {
    ranks,
    longestFirst: [...ranks.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)),
    descriptors: new Set(policy.labels.descriptors.map((d) => d.toUpperCase())),
  };
  cache.set(policy.labels, built);
  return built;
}

/** Position of `id` in the scheme (0 = baseline), any case; -1 when it is not a scheme label. */
export function labelRank(policy: LabelledPolicy, id: string | null | undefined): number {
  if (id === null || id === undefined) return -1;
  return index(policy).ranks.get(id.trim().toUpperCase()) ?? -1;
}

/** The scheme's spelling of `id` (upper case) when it is a scheme label. */
export function canonicalLabel(
  policy: LabelledPolicy,
  id: string | null | undefined,
): string | undefined {
  const rank = labelRank(policy, id);
  return rank < 0 ? undefined : policy.labels.scheme[rank]?.id;
}

/** The higher of two labels; an unknown or missing label loses; null when neither is a scheme label. */
export function maxLabel(
  policy: LabelledPolicy,
  a: string | null | undefined,
  b: string | null | undefined,
): string | null {
  const ra = labelRank(policy, a);
  const rb = labelRank(policy, b);
  if (ra < 0 && rb < 0) return null;
  const rank = Math.max(ra, rb);
  return policy.labels.scheme[rank]?.id ?? null;
}

/** The lowest label of the scheme: "no marking required". */
export function baselineLabel(policy: LabelledPolicy): string {
  const first = policy.labels.scheme[0];
  if (!first) throw new RangeError('the policy has an empty label scheme');
  return first.id;
}

/** Scheme label ids, longest first (for matching markings where one id is a prefix of another). */
export function labelsLongestFirst(policy: LabelledPolicy): readonly string[] {
  return index(policy).longestFirst;
}

/** The policy declares `descriptor` (any case). */
export function isDescriptor(policy: LabelledPolicy, descriptor: string): boolean {
  return index(policy).descriptors.has(descriptor.trim().toUpperCase());
}
