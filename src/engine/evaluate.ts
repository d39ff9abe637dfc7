// The verdict engine: evaluate(message, policy, now) runs every enabled rule over one precomputed context.
import type { LocatedFinding } from '../detectors/types';
import { scanContent } from '../detectors/scan';
import { classifyAddress } from '../audiences/classify';
import { translate, type Locale } from '../i18n/index';
import { isConfidential } from '../marking/confidential';
import { isEncrypted } from '../marking/encryption';
import { readLabel } from '../marking/read';
import { parseMailbox } from '../message/address';
import { extractContent } from '../message/content';
import type { MessageContent, MessageSnapshot } from '../message/types';
import { labelRank, maxLabel } from '../policy/labels';
import { ownAccountKey, type Policy, type RuleId } from '../policy/schema';
import { rules, ruleSettings } from '../rules/index';
import type { OriginalContext, Rule, RuleContext, RuleHit } from '../rules/types';
import { requiredLabelFor, summariseFindings } from './findings';
import type {
  Decision,
  EvaluateOptions,
  FindingSummary,
  Fix,
  ParamValue,
  Reason,
  RecipientField,
  RecipientVerdict,
  RuleFailure,
  Verdict,
} from './types';

/**
 * The order reasons are shown in: who the message goes to first (a wrong address is the costliest
 * mistake), then its label and encryption, then the thread, then the warnings.
 */
export const REASON_ORDER: readonly RuleId[] = [
  'lookalike-domain',
  'audience-not-cleared',
  'sensitive-needs-label',
  'encryption-required',
  'confidential-thread',
  'label-downgrade',
  'reply-all',
  'external-recipients',
  'media-recipients',
  'bulk-visible-recipients',
  'credential-in-mail',
  'internal-only-content',
  'attachment-unscanned',
];

const LEVEL_ORDER = { block: 0, warn: 1 } as const;

/** The context shared by every rule, without the rule's own options. */
type SharedContext = Omit<RuleContext<unknown>, 'options'>;

/**
 * How long scanning one message's content may take (ms). A message that takes longer is not
 * half-checked: its content rules fail, and the policy's failure mode decides (default: warn).
 * The send handler's own budget is 3 s; the slowest message measured (a 10 MB body with 20
 * attachments) scans in about 0.25 s.
 */
export const SCAN_BUDGET_MS = 2000;

function errorText(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : 'unknown error';
}

function classifyRecipients(message: MessageSnapshot, policy: Policy): RecipientVerdict[] {
  const seen = new Set<string>();
  const out: RecipientVerdict[] = [];
  const fields: RecipientField[] = ['to', 'cc', 'bcc'];
  for (const field of fields) {
    for (const raw of message[field]) {
      if (raw.trim() === '') continue;
      const c = classifyAddress(raw, policy);
      if (seen.has(c.address)) continue;
      seen.add(c.address);
      const r: RecipientVerdict = { address: c.address, field, audience: c.audience };
      if (c.displayName !== undefined) r.displayName = c.displayName;
      if (c.lookalikeOf !== undefined) r.lookalikeOf = c.lookalikeOf;
      out.push(r);
    }
  }
  return out;
}

function readOriginal(message: MessageSnapshot, policy: Policy): OriginalContext | null {
  const o = message.original;
  if (o === undefined || message.composeType === 'new') return null;
  const item = {
    subject: o.subject,
    headers: o.headers,
    sensitivityLabel: o.sensitivityLabel ?? null,
  };
  const participants = [...(o.from === undefined ? [] : [o.from]), ...o.to, ...o.cc, ...o.bcc]
    .map((raw) => parseMailbox(raw).address)
    .filter((a) => a !== '');
  return {
    subject: o.subject,
    label: readLabel(item, policy).label,
    confidential: isConfidential(item, policy),
    participants: [...new Set(participants)],
  };
}

function buildShared(
  message: MessageSnapshot,
  policy: Policy,
  content: MessageContent,
  located: readonly LocatedFinding[],
): SharedContext {
  const rank = (label: string | null): number => (label === null ? 0 : labelRank(policy, label));
  const findings = summariseFindings(located, content);
  const { requiredLabel, labelRequiringFindings } = requiredLabelFor(findings, policy);
  const label = readLabel(
    {
      subject: message.subject,
      headers: message.headers,
      sensitivityLabel: message.sensitivityLabel,
    },
    policy,
  ).label;
  const effectiveLabel = maxLabel(policy, label, requiredLabel);
  return {
    message,
    policy,
    composeType: message.composeType,
    recipients: classifyRecipients(message, policy),
    label,
    requiredLabel,
    effectiveLabel,
    encrypted: isEncrypted(
      { subject: message.subject, sensitivityLabel: message.sensitivityLabel },
      policy,
    ),
    content,
    findings,
    labelRequiringFindings,
    original: readOriginal(message, policy),
    rank,
  };
}

/** Localises the `locations` (`subject`, `body`, `attachment:<name>`, `original-subject`) and `types` parameters for display. */
function displayParams(
  locale: Locale,
  params: Record<string, ParamValue>,
): Record<string, ParamValue> {
  const shown = { ...params };
  const { locations, types } = params;
  if (Array.isArray(locations)) {
    shown.locations = locations.map((l) =>
      l.startsWith('attachment:')
        ? translate(locale, 'rules.location.attachment', { name: l.slice('attachment:'.length) })
        : translate(locale, `rules.location.${l}`),
    );
  }
  if (Array.isArray(types)) shown.types = types.map((t) => translate(locale, `rules.type.${t}`));
  return shown;
}

function sameFix(a: Fix, b: Fix): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Merges fixes: one apply-label (the highest asked for), the rest deduplicated in rule order. */
function mergeFixes(fixes: readonly Fix[], rank: (label: string | null) => number): Fix[] {
  const out: Fix[] = [];
  let label: string | null = null;
  for (const fix of fixes) {
    if (fix.kind === 'apply-label') {
      if (label === null || rank(fix.label) > rank(label)) label = fix.label;
      continue;
    }
    if (!out.some((f) => sameFix(f, fix))) out.push(fix);
  }
  return label === null ? out : [{ kind: 'apply-label', label }, ...out];
}

function decide(reasons: readonly Reason[]): Decision {
  const active = reasons.filter((r) => r.overridden === undefined);
  if (active.some((r) => r.level === 'block')) return 'block';
  if (active.length > 0) return 'warn';
  return 'allow';
}

interface RuleRun {
  rule: Rule<unknown>;
  hits: RuleHit[];
}

function runRules(
  shared: SharedContext | null,
  policy: Policy,
  contentFailure: string | null,
): { runs: RuleRun[]; errors: RuleFailure[] } {
  const runs: RuleRun[] = [];
  const errors: RuleFailure[] = [];
  for (const rule of rules) {
    const settings = ruleSettings(policy, rule);
    if (!settings.enabled) continue;
    const id = rule.meta.id;
    if (shared === null) {
      errors.push({ rule: id, error: contentFailure ?? 'the message could not be read' });
      continue;
    }
    if (rule.meta.usesContent && contentFailure !== null) {
      errors.push({ rule: id, error: contentFailure });
      continue;
    }
    try {
      const parsed = rule.meta.options.safeParse(settings.options);
      if (!parsed.success) {
        errors.push({
          rule: id,
          error: `invalid options: ${parsed.error.issues.map((i) => i.message).join('; ')}`,
        });
        continue;
      }
      const hits = rule.check({ ...shared, options: parsed.data });
      if (hits.length > 0) runs.push({ rule, hits });
    } catch (error) {
      errors.push({ rule: id, error: errorText(error) });
    }
  }
  return { runs, errors };
}

/** The keys of a policy's own bank accounts, built once per policy object (none for a policy object made before the field). */
const ownAccountSets = new WeakMap<Policy, ReadonlySet<string>>();

function ownAccountsOf(policy: Policy): ReadonlySet<string> {
  let keys = ownAccountSets.get(policy);
  if (keys === undefined) {
    keys = new Set(
      (policy.detection.ownBankAccounts ?? [])
        .map(ownAccountKey)
        .filter((key): key is string => key !== null),
    );
    ownAccountSets.set(policy, keys);
  }
  return keys;
}

/**
 * Decides allow / warn / block for one message under one policy. Pure and deterministic: `now` is
 * only recorded as `evaluatedAt`, and the clock is read only for the scan's time budget
 * (SCAN_BUDGET_MS), which a message is far inside unless something is wrong. Never throws: a rule
 * that throws is listed in `errors` and the policy's failure mode decides (warn adds a warn reason,
 * block a block reason, allow nothing).
 */
export function evaluate(
  message: MessageSnapshot,
  policy: Policy,
  now: Date,
  options: EvaluateOptions = {},
): Verdict {
  try {
    return evaluateChecked(message, policy, now, options);
  } catch (error) {
    return failedVerdict(policy, options.locale ?? 'en', errorText(error));
  }
}

/** The verdict when even the engine's own bookkeeping failed (for example a policy object that was never validated). */
function failedVerdict(policy: Policy, locale: Locale, error: string): Verdict {
  const mode = (policy as Partial<Policy> | null)?.failureMode ?? 'warn';
  const errors: RuleFailure[] = rules.map((r) => ({ rule: r.meta.id, error }));
  const ids: RuleId[] = errors.map((e) => e.rule);
  const reasons: Reason[] =
    mode === 'allow'
      ? []
      : [
          {
            rule: ids[0] ?? 'sensitive-needs-label',
            level: mode,
            messageId: 'engine.checks-failed',
            params: { rules: ids },
            message: translate(locale, 'engine.checks-failed', { rules: ids }),
            overridable: false,
          },
        ];
  return {
    decision: mode,
    label: null,
    requiredLabel: null,
    effectiveLabel: null,
    encrypted: false,
    reasons,
    findings: [],
    recipients: [],
    fixes: [],
    unscannedAttachments: [],
    errors,
    policyVersion: String((policy as Partial<Policy> | null)?.version ?? ''),
    evaluatedAt: '',
  };
}

function evaluateChecked(
  message: MessageSnapshot,
  policy: Policy,
  now: Date,
  options: EvaluateOptions,
): Verdict {
  const locale: Locale = options.locale ?? 'en';
  let evaluatedAt: string;
  try {
    evaluatedAt = now.toISOString();
  } catch {
    evaluatedAt = '';
  }

  let contentFailure: string | null = null;
  let content: MessageContent = { segments: [], unscanned: [] };
  let located: LocatedFinding[] = [];
  try {
    content =
      options.precomputed?.content ??
      extractContent(message, { sizeBudgetBytes: policy.attachments.sizeBudgetBytes });
    const clock = options.clock ?? Date.now;
    located =
      options.precomputed?.findings ??
      scanContent(content, {
        threshold: policy.detection.threshold,
        lexicons: policy.detection.lexicons,
        ownAccounts: ownAccountsOf(policy),
        deadline: clock() + SCAN_BUDGET_MS,
        clock,
      });
  } catch (error) {
    contentFailure = `reading the content failed: ${errorText(error)}`;
  }

  let shared: SharedContext | null = null;
  try {
    shared = buildShared(message, policy, content, contentFailure === null ? located : []);
  } catch (error) {
    contentFailure = `reading the message failed: ${errorText(error)}`;
  }

  const { runs, errors } = runRules(shared, policy, contentFailure);
  const rank =
    shared?.rank ?? ((label: string | null) => (label === null ? 0 : labelRank(policy, label)));
  const reasons: Reason[] = [];
  const fixes: Fix[] = [];
  for (const { rule, hits } of runs) {
    const settings = ruleSettings(policy, rule);
    const justification = options.justifications?.[rule.meta.id]?.trim();
    for (const hit of hits) {
      const reason: Reason = {
        rule: rule.meta.id,
        level: settings.level,
        messageId: hit.messageId,
        params: hit.params,
        message: translate(locale, hit.messageId, displayParams(locale, hit.params)),
        overridable: settings.overridable,
      };
      if (settings.overridable && justification !== undefined && justification !== '') {
        reason.overridden = { justification };
      }
      if (hit.evidence !== undefined) reason.evidence = hit.evidence;
      reasons.push(reason);
      if (reason.overridden === undefined) fixes.push(...(hit.fixes ?? []));
    }
  }
  const failed = errors[0];
  if (failed !== undefined && policy.failureMode !== 'allow') {
    const ids: RuleId[] = errors.map((e) => e.rule);
    reasons.push({
      rule: failed.rule,
      level: policy.failureMode,
      messageId: 'engine.checks-failed',
      params: { rules: ids },
      message: translate(locale, 'engine.checks-failed', { rules: ids }),
      overridable: false,
    });
  }
  const order = new Map<string, number>(REASON_ORDER.map((id, i) => [id, i]));
  // Blocks first, then the order an officer should act in; the failure reason comes last of its level.
  const position = (r: Reason): number =>
    r.messageId === 'engine.checks-failed' ? REASON_ORDER.length : (order.get(r.rule) ?? 0);
  reasons.sort((a, b) => LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || position(a) - position(b));

  const findings: FindingSummary[] = shared?.findings ?? [];
  return {
    decision: decide(reasons),
    label: shared?.label ?? null,
    requiredLabel: shared?.requiredLabel ?? null,
    effectiveLabel: shared?.effectiveLabel ?? null,
    encrypted: shared?.encrypted ?? false,
    reasons,
    findings,
    recipients: shared?.recipients ?? [],
    fixes: mergeFixes(fixes, rank),
    unscannedAttachments: content.unscanned.map((u) => ({ name: u.name, reason: u.reason })),
    errors,
    policyVersion: policy.version,
    evaluatedAt,
  };
}
