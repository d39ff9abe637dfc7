// Shared steps of the file readers: validating a snapshot, naming mailboxes, inferring compose type.
import { MessageReadError, type ReadProblem } from './errors';
import {
  type ComposeType,
  MessageSnapshotSchema,
  type MessageSnapshot,
  type MessageSnapshotInput,
} from './types';

/** `a.b[2].c` from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

/**
 * Validates a reader's output against the snapshot schema and the brief's one requirement beyond
 * it (at least one recipient). Zod's messages name types and keys, never the values given.
 */
export function toSnapshot(input: unknown, file: string): MessageSnapshot {
  const parsed = MessageSnapshotSchema.safeParse(input);
  if (!parsed.success) {
    const problems: ReadProblem[] = parsed.error.issues.map((issue) => ({
      field: formatPath(issue.path),
      problem:
        issue.code === 'invalid_type' && / received undefined$/.test(issue.message)
          ? 'required field missing'
          : issue.message,
    }));
    const [first, ...rest] = problems;
    throw new MessageReadError(file, first?.field ?? '', first?.problem ?? 'invalid message', rest);
  }
  const message = parsed.data;
  if (message.to.length + message.cc.length + message.bcc.length === 0) {
    throw new MessageReadError(file, 'to', 'no recipients');
  }
  return message;
}

/** `Name <address>` (name quoted when it holds specials) or the bare address. */
export function formatMailbox(name: string | undefined, address: string): string {
  const display = (name ?? '').replace(/["\r\n]/g, '').trim();
  if (!display || display.toLowerCase() === address.toLowerCase()) return address;
  return /[,;:<>@()[\]\\]/.test(display) ? `"${display}" <${address}>` : `${display} <${address}>`;
}

const FORWARD_PREFIX = /^\s*(?:\[[^\]]{0,80}\]\s*)?(?:fw|fwd|tr|wg)\s*:/i;
const REPLY_PREFIX = /^\s*(?:\[[^\]]{0,80}\]\s*)?(?:re|aw|sv)\s*:/i;

/** `forward` for an `FW:`/`FWD:` subject, `reply` for `RE:` or an In-Reply-To header, else `new`. */
export function inferComposeType(subject: string, inReplyTo: string | undefined): ComposeType {
  if (FORWARD_PREFIX.test(subject)) return 'forward';
  if (REPLY_PREFIX.test(subject) || (inReplyTo !== undefined && inReplyTo.trim() !== ''))
    return 'reply';
  return 'new';
}

/** The applied Purview label from an `msip_labels` header: its name when given, else its GUID. */
export function labelFromMsipHeader(value: string | undefined): string | null {
  if (!value) return null;
  const enabled = /MSIP_Label_([0-9a-f-]{36})_Enabled=true/i.exec(value);
  if (!enabled) return null;
  const id = enabled[1] as string;
  const name = new RegExp(`MSIP_Label_${id}_Name=([^;]*)`, 'i').exec(value);
  const text = name ? (name[1] as string).trim() : '';
  return text || id;
}

/** First value of a header, looked up case-insensitively. */
export function headerLookup(
  headers: Readonly<Record<string, string>>,
  name: string,
): string | undefined {
  const lower = name.toLowerCase();
  for (const key of Object.keys(headers)) if (key.toLowerCase() === lower) return headers[key];
  return undefined;
}

export type { MessageSnapshotInput };
