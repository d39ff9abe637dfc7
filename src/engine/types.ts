// The verdict `evaluate` returns: the decision, why, what was found (never values) and the fixes.
import type { EntityType, LocatedFinding } from '../detectors/types';
import type { MessageContent } from '../message/types';
import type { Level, RuleId } from '../policy/schema';

export type Decision = 'allow' | 'warn' | 'block';
export type ParamValue = string | number | boolean | string[];

export interface Reason {
  rule: RuleId;
  level: Level;
  /** Message catalogue id, e.g. `audience-not-cleared.media`. */
  messageId: string;
  params: Record<string, ParamValue>;
  /** The message rendered in the verdict's locale. */
  message: string;
  /** The block may be overridden with a written justification. */
  overridable: boolean;
  /** Present when the caller supplied a justification for this rule. */
  overridden?: { justification: string };
  /** What the rule looked at (types, locations, recipients' audiences; never values), for `--explain`. */
  evidence?: RuleEvidence;
}

/** What a rule fired on: entity types, locations, recipients with their audiences, labels. Never values. */
export interface RuleEvidence {
  types?: EntityType[];
  locations?: string[];
  recipients?: { address: string; audience: string }[];
  labels?: {
    applied: string | null;
    required: string | null;
    effective: string | null;
    original?: string | null;
  };
}

export interface FindingSummary {
  type: EntityType;
  count: number;
  /** `subject`, `body`, `attachment:<name>`, each once, in message order. */
  locations: string[];
  /** Offsets into each location's normalised text, for the task pane's masked preview. */
  spans: { location: string; start: number; end: number; confidence: number }[];
}

export type RecipientField = 'to' | 'cc' | 'bcc';

export interface RecipientVerdict {
  address: string;
  displayName?: string;
  field: RecipientField;
  audience: string;
  /** The listed domain this recipient's domain imitates, when it is a lookalike. */
  lookalikeOf?: string;
}

export type Fix =
  | { kind: 'apply-label'; label: string }
  | { kind: 'encrypt'; token: string }
  | { kind: 'remove-recipient'; address: string }
  | { kind: 'move-to-bcc'; addresses: string[] }
  | { kind: 'add-recipient'; address: string };

export interface RuleFailure {
  rule: RuleId;
  /** The error's message, never message content. */
  error: string;
}

export interface Verdict {
  decision: Decision;
  /** Applied label, null when unmarked. */
  label: string | null;
  /** Label the findings alone require, null when they require none. */
  requiredLabel: string | null;
  /** Higher of label and requiredLabel, null when neither. */
  effectiveLabel: string | null;
  encrypted: boolean;
  reasons: Reason[];
  findings: FindingSummary[];
  recipients: RecipientVerdict[];
  fixes: Fix[];
  unscannedAttachments: { name: string; reason: string }[];
  /** Rules that threw; the policy's failure mode decided for them. */
  errors: RuleFailure[];
  policyVersion: string;
  evaluatedAt: string;
}

export interface EvaluateOptions {
  /** Justifications the sender gave for overridable blocks, by rule id. */
  justifications?: Partial<Record<RuleId, string>>;
  locale?: 'en' | 'cy';
  /**
   * Content and findings the caller already computed for this message (the Outlook handlers scan
   * attachments when they change, so the send handler need not read them again). `content` replaces
   * extractContent; `findings` replaces scanContent and must come from that same content.
   */
  precomputed?: { content?: MessageContent; findings?: LocatedFinding[] };
  /**
   * The clock the scan's time budget (SCAN_BUDGET_MS) is read against, in milliseconds (default
   * `Date.now`; tests pass their own).
   */
  clock?: () => number;
}
