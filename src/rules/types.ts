// The shape of a policy rule module (ESLint-like: metadata plus a `check` over a precomputed context).
import type * as z from '../zod';
import type {
  FindingSummary,
  Fix,
  ParamValue,
  RecipientVerdict,
  RuleEvidence,
} from '../engine/types';
import type { ComposeType, MessageContent, MessageSnapshot } from '../message/types';
import type { Level, Policy, RuleId } from '../policy/schema';

export type { RuleEvidence };

export interface RuleMeta<O> {
  /** Equals the file name under src/rules/ without extension. */
  id: RuleId;
  /** Level when the policy does not set one. */
  level: Level;
  /** One plain sentence: when the rule fires. */
  description: string;
  /** Source-policy clause(s) the rule serves, e.g. `000_194040a0e7f240eb.txt 8.5`. */
  clause: string;
  /** Options schema; every field has a default so `{}` parses. */
  options: z.ZodMiniType<O>;
  /** Message catalogue ids the rule can produce (each in src/i18n/rules.ts, English and Welsh). */
  messages: readonly string[];
  /** A block the sender may override with a written justification, unless the policy says otherwise. */
  overridable: boolean;
  /** The rule reads message content or findings (it cannot run when extraction or detection failed). */
  usesContent: boolean;
}

export interface RuleHit {
  /** One of the rule's `meta.messages`. */
  messageId: string;
  params: Record<string, ParamValue>;
  fixes?: Fix[];
  evidence?: RuleEvidence;
}

/** The message being answered or forwarded, read once. */
export interface OriginalContext {
  subject: string;
  label: string | null;
  confidential: boolean;
  /** Lower-cased addresses of its from, to, cc and bcc. */
  participants: string[];
}

/** Everything a rule may read, computed once per evaluation. */
export interface RuleContext<O = Record<string, unknown>> {
  message: MessageSnapshot;
  policy: Policy;
  /** This rule's options, parsed with its schema (defaults filled). */
  options: O;
  composeType: ComposeType;
  /** To, Cc and Bcc, each address once (first field wins), classified by audience. */
  recipients: RecipientVerdict[];
  /** Applied label (null when unmarked). */
  label: string | null;
  requiredLabel: string | null;
  effectiveLabel: string | null;
  encrypted: boolean;
  content: MessageContent;
  findings: FindingSummary[];
  /** Findings of types whose minimum label is above the baseline, counted across every location. */
  labelRequiringFindings: number;
  /** Present for replies and forwards that describe the original. */
  original: OriginalContext | null;
  /** Rank of a label in the scheme: -1 when unknown, 0 for the baseline; null counts as the baseline. */
  rank: (label: string | null) => number;
}

export interface Rule<O = Record<string, unknown>> {
  meta: RuleMeta<O>;
  check(ctx: RuleContext<O>): RuleHit[];
}

/** Helper so each rule file infers its options type from its schema. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}
