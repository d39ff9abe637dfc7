// The registry of policy rules (sorted by id) and the per-policy settings each rule runs with.
import type { Level, Policy, RuleId } from '../policy/schema';
import attachmentUnscanned from './attachment-unscanned';
import audienceNotCleared from './audience-not-cleared';
import bulkVisibleRecipients from './bulk-visible-recipients';
import confidentialThread from './confidential-thread';
import credentialInMail from './credential-in-mail';
import encryptionRequired from './encryption-required';
import externalRecipients from './external-recipients';
import internalOnlyContent from './internal-only-content';
import labelDowngrade from './label-downgrade';
import lookalikeDomain from './lookalike-domain';
import mediaRecipients from './media-recipients';
import replyAll from './reply-all';
import sensitiveNeedsLabel from './sensitive-needs-label';
import type { Rule } from './types';

export type { Rule, RuleContext, RuleEvidence, RuleHit, RuleMeta, OriginalContext } from './types';

/** Every rule, sorted by id; the ids equal RULE_IDS and the file names. */
export const rules: readonly Rule<unknown>[] = [
  attachmentUnscanned,
  audienceNotCleared,
  bulkVisibleRecipients,
  confidentialThread,
  credentialInMail,
  encryptionRequired,
  externalRecipients,
  internalOnlyContent,
  labelDowngrade,
  lookalikeDomain,
  mediaRecipients,
  replyAll,
  sensitiveNeedsLabel,
];

export function findRule(id: string): Rule<unknown> | undefined {
  return rules.find((r) => r.meta.id === id);
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
}

/** The label and audience ids a policy declares, for checking the ids that rule options name. */
export interface DeclaredNames {
  labels: readonly string[];
  audiences: readonly string[];
}

/**
 * Ids that parsed options name, found by the options' naming convention: a key `audiences` or ending in
 * `Audiences` lists audience ids; a key ending in `Label` names a label; `barred` maps labels to audiences.
 */
function namedIds(
  options: unknown,
  path = '',
): { path: string; kind: 'label' | 'audience'; id: string }[] {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) return [];
  const out: { path: string; kind: 'label' | 'audience'; id: string }[] = [];
  for (const [key, value] of Object.entries(options)) {
    const at = `${path}.${key}`;
    if ((key === 'audiences' || key.endsWith('Audiences')) && Array.isArray(value)) {
      value.forEach(
        (id, i) =>
          typeof id === 'string' && out.push({ path: `${at}[${i}]`, kind: 'audience', id }),
      );
    } else if (key.endsWith('Label') && typeof value === 'string') {
      out.push({ path: at, kind: 'label', id: value });
    } else if (key === 'barred' && typeof value === 'object' && value !== null) {
      for (const [label, audiences] of Object.entries(value)) {
        out.push({ path: `${at}.${label}`, kind: 'label', id: label });
        if (Array.isArray(audiences)) {
          audiences.forEach(
            (id, i) =>
              typeof id === 'string' &&
              out.push({ path: `${at}.${label}[${i}]`, kind: 'audience', id }),
          );
        }
      }
    }
  }
  return out;
}

/**
 * Checks a rule's options against its schema, for the policy loader's `ruleOptions` hook, and, given the
 * policy's declared names, that every label and audience the options name exists. Problems come back as
 * `rules.<id>.options.<path>: message`; empty when the options are valid.
 */
export function checkRuleOptions(
  ruleId: string,
  options: unknown,
  names?: DeclaredNames,
): string[] {
  const rule = findRule(ruleId);
  const base = `rules.${ruleId}.options`;
  if (rule === undefined) return [`rules.${ruleId}: unknown rule`];
  const result = rule.meta.options.safeParse(options ?? {});
  if (!result.success)
    return result.error.issues.map((issue) => `${base}${issuePath(issue.path)}: ${issue.message}`);
  if (names === undefined) return [];
  const labels = new Set(names.labels.map((l) => l.toUpperCase()));
  const audiences = new Set(names.audiences);
  const problems: string[] = [];
  for (const ref of namedIds(options)) {
    if (ref.kind === 'label' && !labels.has(ref.id.toUpperCase())) {
      problems.push(
        `${base}${ref.path}: unknown label "${ref.id}" (the scheme has ${names.labels.join(', ')})`,
      );
    }
    if (ref.kind === 'audience' && !audiences.has(ref.id)) {
      problems.push(
        `${base}${ref.path}: unknown audience "${ref.id}" (the policy has ${names.audiences.join(', ')})`,
      );
    }
  }
  return problems;
}

/** How a policy runs one rule: on or off, its level, whether a block may be overridden, its raw options. */
export interface RuleSettings {
  enabled: boolean;
  level: Level;
  overridable: boolean;
  options: Record<string, unknown>;
}

export function ruleSettings(policy: Policy, rule: Rule<unknown>): RuleSettings {
  const setting = policy.rules[rule.meta.id as RuleId];
  const level = setting?.level ?? rule.meta.level;
  return {
    enabled: setting?.enabled ?? true,
    level,
    overridable: level === 'block' && (setting?.overridable ?? rule.meta.overridable),
    options: setting?.options ?? {},
  };
}
