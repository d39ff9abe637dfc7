// What the event handlers and the task pane keep in `item.sessionData`, and its defensive parsing.
import type { ComposeType } from '../message/types';
import type { Decision, Fix } from '../engine/types';
import { RULE_IDS, type RuleId } from '../policy/schema';

/** How the compose started, recorded by `OnNewMessageCompose`. */
export interface ComposeRecord {
  /** Sendguard's inference: Outlook reports no reply-all and is sometimes wrong. */
  kind: ComposeType;
  /** What `getComposeTypeAsync` said (`unknown` when it failed). */
  reported: 'newMail' | 'reply' | 'forward' | 'unknown';
  /** Recipients when the compose opened (for a reply: the original's sender and, on reply-all, its other participants). */
  to: string[];
  cc: string[];
  bcc: string[];
  /** Subject when the compose opened: the original's subject with `RE:`/`FW:`. */
  subject: string;
  /** Purview label GUID inherited from the original, when the client reports one. */
  sensitivityLabel: string | null;
}

/** A small attachment read ahead of Send by `OnMessageAttachmentsChanged`. */
export interface CachedAttachment {
  name: string;
  size: number;
  contentBase64: string;
}

/** The last verdict, small enough for `contextData` and `sessionData`: no detected values. */
export interface VerdictSummary {
  decision: Decision;
  label: string | null;
  requiredLabel: string | null;
  effectiveLabel: string | null;
  encrypted: boolean;
  rules: RuleId[];
  overridable: RuleId[];
  fixes: Fix[];
  policyVersion: string;
  /** `failure` when the policy's failure mode decided because the check could not run. */
  source: 'verdict' | 'failure';
}

export interface SessionState {
  compose: ComposeRecord | null;
  attachments: Record<string, CachedAttachment>;
  justifications: Partial<Record<RuleId, string>>;
  verdict: VerdictSummary | null;
}

function parseJson(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

const KINDS: readonly string[] = ['new', 'reply', 'replyAll', 'forward'];
const REPORTED: readonly string[] = ['newMail', 'reply', 'forward', 'unknown'];

export function parseComposeRecord(text: unknown): ComposeRecord | null {
  const value = parseJson(text);
  if (!isRecord(value) || typeof value.kind !== 'string' || !KINDS.includes(value.kind))
    return null;
  return {
    kind: value.kind as ComposeType,
    reported:
      typeof value.reported === 'string' && REPORTED.includes(value.reported)
        ? (value.reported as ComposeRecord['reported'])
        : 'unknown',
    to: strings(value.to),
    cc: strings(value.cc),
    bcc: strings(value.bcc),
    subject: typeof value.subject === 'string' ? value.subject : '',
    sensitivityLabel:
      typeof value.sensitivityLabel === 'string' && value.sensitivityLabel !== ''
        ? value.sensitivityLabel
        : null,
  };
}

export function parseCachedAttachments(text: unknown): Record<string, CachedAttachment> {
  const value = parseJson(text);
  const out: Record<string, CachedAttachment> = {};
  if (!isRecord(value)) return out;
  for (const id of Object.keys(value)) {
    const entry = value[id];
    if (
      isRecord(entry) &&
      typeof entry.name === 'string' &&
      typeof entry.size === 'number' &&
      typeof entry.contentBase64 === 'string'
    ) {
      out[id] = { name: entry.name, size: entry.size, contentBase64: entry.contentBase64 };
    }
  }
  return out;
}

export function parseJustifications(text: unknown): Partial<Record<RuleId, string>> {
  const value = parseJson(text);
  const out: Partial<Record<RuleId, string>> = {};
  if (!isRecord(value)) return out;
  for (const rule of RULE_IDS) {
    const justification = value[rule];
    if (typeof justification === 'string' && justification.trim() !== '') out[rule] = justification;
  }
  return out;
}

export function parseVerdictSummary(text: unknown): VerdictSummary | null {
  const value = parseJson(text);
  if (
    !isRecord(value) ||
    typeof value.decision !== 'string' ||
    !['allow', 'warn', 'block'].includes(value.decision)
  )
    return null;
  return value as unknown as VerdictSummary;
}

/**
 * Infers the compose kind. Outlook has no reply-all type and `getComposeTypeAsync` is wrong on
 * some clients, so a message with `inReplyTo` is a reply or forward whatever it reports, and a reply
 * that opened with two or more recipients is a reply-all.
 */
export function inferComposeKind(
  reported: ComposeRecord['reported'],
  inReplyTo: boolean,
  startingRecipients: number,
): ComposeType {
  if (reported === 'forward') return 'forward';
  if (reported === 'reply' || inReplyTo) {
    if (startingRecipients === 0) return 'forward';
    return startingRecipients >= 2 ? 'replyAll' : 'reply';
  }
  return 'new';
}
