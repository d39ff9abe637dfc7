// The Office adapter: reads the item into a MessageSnapshot in one parallel wave and writes fixes back atomically.
import type { Fix } from '../engine/types';
import type { Attachment, MessageSnapshot, OriginalMessage } from '../message/types';
import { MARKING_HEADER, formatMarkingHeader } from '../marking/header';
import { markSubject } from '../marking/subject';
import { addEncryptionToken } from '../marking/encryption';
import type { Policy, RuleId } from '../policy/schema';
import { DEFAULT_CALL_TIMEOUT_MS, OfficeCallError, officeCall, orDefault } from './async';
import { textToBase64 } from './base64';
import { composeItem, officeHost, readItem, supportsMailbox, type ComposeItem } from './host';
import { OVERRIDE_HEADER, SESSION_KEYS } from './names';
import {
  inferComposeKind,
  parseCachedAttachments,
  parseComposeRecord,
  parseJustifications,
  parseVerdictSummary,
  type CachedAttachment,
  type ComposeRecord,
  type SessionState,
  type VerdictSummary,
} from './session';

/** Headers Sendguard reads from the item being composed. */
export const COMPOSE_HEADER_NAMES = [MARKING_HEADER, 'Sensitivity', OVERRIDE_HEADER] as const;

export type RecipientField = 'to' | 'cc' | 'bcc';
const FIELDS: readonly RecipientField[] = ['to', 'cc', 'bcc'];

export interface AttachmentInfo {
  id: string;
  name: string;
  size: number;
  type: 'file' | 'item' | 'cloud';
  isInline: boolean;
}

export interface ComposeReading {
  snapshot: MessageSnapshot;
  session: SessionState;
  /** The item's own custom headers among `COMPOSE_HEADER_NAMES`. */
  headers: Record<string, string>;
  attachments: AttachmentInfo[];
  recipients: Record<RecipientField, Office.EmailAddressDetails[]>;
  /** What `getComposeTypeAsync` reported. */
  reportedComposeType: ComposeRecord['reported'];
  inReplyTo: boolean;
}

/** `Name <a@b>` (quoted when needed) or `a@b`, the snapshot's recipient form. */
export function formatRecipient(
  r: Pick<Office.EmailAddressDetails, 'emailAddress' | 'displayName'>,
): string {
  const address = r.emailAddress.trim();
  const name = (r.displayName ?? '').replace(/["<>]/g, '').trim();
  if (name === '' || name.toLowerCase() === address.toLowerCase()) return address;
  return /[,;:@()[\]\\]/.test(name) ? `"${name}" <${address}>` : `${name} <${address}>`;
}

function reportedType(value: unknown): ComposeRecord['reported'] {
  const type =
    typeof value === 'object' && value !== null
      ? (value as { composeType?: unknown }).composeType
      : undefined;
  return type === 'newMail' || type === 'reply' || type === 'forward' ? type : 'unknown';
}

function attachmentType(value: unknown): AttachmentInfo['type'] {
  const type = String(value);
  return type === 'item' || type === 'cloud' ? type : 'file';
}

function sessionState(all: Record<string, unknown>): SessionState {
  return {
    compose: parseComposeRecord(all[SESSION_KEYS.compose]),
    attachments: parseCachedAttachments(all[SESSION_KEYS.attachments]),
    justifications: parseJustifications(all[SESSION_KEYS.justifications]),
    verdict: parseVerdictSummary(all[SESSION_KEYS.verdict]),
  };
}

/**
 * Headers of the item being composed that count as label sources. `X-Protective-Marking` is left
 * out: in compose mode only Sendguard writes it, from the label, and reading it back would keep a
 * stale label alive after the sender changes the subject marking.
 */
export function labelSourceHeaders(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(headers)) {
    if (
      name.toLowerCase() !== MARKING_HEADER.toLowerCase() &&
      name.toLowerCase() !== OVERRIDE_HEADER.toLowerCase()
    ) {
      out[name] = headers[name] ?? '';
    }
  }
  return out;
}

/** The original message as the compose record describes it (participants, subject, inherited label). */
export function originalFromRecord(
  record: ComposeRecord,
  user: string,
): OriginalMessage | undefined {
  if (record.kind === 'new') return undefined;
  const [first, ...rest] = record.to;
  const isReply = record.kind === 'reply' || record.kind === 'replyAll';
  return {
    ...(isReply && first !== undefined ? { from: first } : {}),
    to: isReply ? [...rest, user] : [...record.to, user],
    cc: record.cc,
    bcc: record.bcc,
    subject: record.subject,
    headers: {},
    sensitivityLabel: record.sensitivityLabel,
  };
}

function recipientList(
  item: ComposeItem,
  field: RecipientField,
): Promise<Office.EmailAddressDetails[]> {
  return officeCall<Office.EmailAddressDetails[]>(`${field}.getAsync`, (cb) =>
    item[field].getAsync(cb),
  );
}

function headersOf(
  item: ComposeItem,
  names: readonly string[],
  timeoutMs = DEFAULT_CALL_TIMEOUT_MS,
): Promise<Record<string, string>> {
  if (!supportsMailbox('1.8')) return Promise.resolve({});
  return orDefault(
    officeCall<Record<string, string>>(
      'internetHeaders.getAsync',
      (cb) => item.internetHeaders.getAsync([...names], cb),
      timeoutMs,
    ),
    {},
  );
}

function sensitivityLabelOf(
  item: ComposeItem,
  timeoutMs = DEFAULT_CALL_TIMEOUT_MS,
): Promise<string | null> {
  if (!supportsMailbox('1.13')) return Promise.resolve(null);
  return orDefault(
    officeCall<string>(
      'sensitivityLabel.getAsync',
      (cb) => item.sensitivityLabel.getAsync(cb),
      timeoutMs,
    ).then((v) => (v === '' ? null : v)),
    null,
  );
}

function sessionDataOf(
  item: ComposeItem,
  timeoutMs = DEFAULT_CALL_TIMEOUT_MS,
): Promise<Record<string, unknown>> {
  if (!supportsMailbox('1.11')) return Promise.resolve({});
  return orDefault(
    officeCall<object>(
      'sessionData.getAllAsync',
      (cb) => item.sessionData.getAllAsync(cb),
      timeoutMs,
    ).then((v) => v as Record<string, unknown>),
    {},
  );
}

function attachmentsOf(item: ComposeItem): Promise<AttachmentInfo[]> {
  if (!supportsMailbox('1.8')) return Promise.resolve([]);
  return officeCall<Office.AttachmentDetailsCompose[]>('getAttachmentsAsync', (cb) =>
    item.getAttachmentsAsync(cb),
  ).then((list) =>
    list.map((a) => ({
      id: a.id,
      name: a.name,
      size: a.size,
      type: attachmentType(a.attachmentType),
      isInline: a.isInline,
    })),
  );
}

function composeTypeOf(
  item: ComposeItem,
  timeoutMs = DEFAULT_CALL_TIMEOUT_MS,
): Promise<ComposeRecord['reported']> {
  if (!supportsMailbox('1.10')) return Promise.resolve('unknown');
  return orDefault(
    officeCall<unknown>(
      'getComposeTypeAsync',
      (cb) => item.getComposeTypeAsync(cb),
      timeoutMs,
    ).then(reportedType),
    'unknown' as const,
  );
}

function inReplyToOf(item: ComposeItem): boolean {
  if (!supportsMailbox('1.14')) return false;
  try {
    const value = item.inReplyTo;
    return typeof value === 'string' && value !== '';
  } catch {
    return false;
  }
}

/**
 * Reads the message being composed in ONE parallel wave: recipients, subject, body (HTML, hidden
 * text included), attachment list, Sendguard's headers, compose type, session data and the Purview
 * label. Attachment content comes only from what `cacheSmallAttachments` stored ahead of Send.
 * Recipients, subject, body and attachments are required; the rest falls back to empty, and is
 * given up after `optionalTimeoutMs` so that one silent optional API cannot use up the send budget.
 */
export async function readCompose(
  now: Date,
  options: { optionalTimeoutMs?: number } = {},
): Promise<ComposeReading> {
  const optional = options.optionalTimeoutMs ?? DEFAULT_CALL_TIMEOUT_MS;
  const item = composeItem();
  const office = officeHost();
  const user = office.context.mailbox.userProfile.emailAddress;
  const [to, cc, bcc, subject, body, attachments, headers, reported, all, sensitivityLabel] =
    await Promise.all([
      recipientList(item, 'to'),
      recipientList(item, 'cc'),
      recipientList(item, 'bcc'),
      officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
      officeCall<string>('body.getAsync', (cb) => item.body.getAsync(office.CoercionType.Html, cb)),
      attachmentsOf(item),
      headersOf(item, COMPOSE_HEADER_NAMES, optional),
      composeTypeOf(item, optional),
      sessionDataOf(item, optional),
      sensitivityLabelOf(item, optional),
    ]);
  const session = sessionState(all);
  const inReplyTo = inReplyToOf(item);
  const kind =
    session.compose?.kind ??
    inferComposeKind(reported, inReplyTo, reported === 'reply' ? to.length + cc.length : 0);
  const original = session.compose !== null ? originalFromRecord(session.compose, user) : undefined;
  const snapshotAttachments = attachmentsWithContent(attachments, session.attachments);
  const snapshot: MessageSnapshot = {
    from: user,
    to: to.map(formatRecipient),
    cc: cc.map(formatRecipient),
    bcc: bcc.map(formatRecipient),
    subject,
    body,
    bodyType: 'html',
    attachments: snapshotAttachments,
    headers: labelSourceHeaders(headers),
    composeType: kind,
    ...(original !== undefined ? { original } : {}),
    sensitivityLabel: sensitivityLabel ?? null,
    sentAt: now.toISOString(),
  };
  return {
    snapshot,
    session,
    headers,
    attachments,
    recipients: { to, cc, bcc },
    reportedComposeType: reported,
    inReplyTo,
  };
}

/**
 * The snapshot's attachments: inline images are left out (they are part of the body's look, not
 * documents), and content comes from the cache when its name and size still match.
 */
export function attachmentsWithContent(
  attachments: readonly AttachmentInfo[],
  cache: Record<string, CachedAttachment>,
): Attachment[] {
  return attachments
    .filter((a) => !a.isInline)
    .map((a) => {
      const cached = cache[a.id];
      const usable = cached !== undefined && cached.name === a.name && cached.size === a.size;
      return {
        name: a.name,
        size: a.size,
        ...(usable ? { contentBase64: cached.contentBase64 } : {}),
      };
    });
}

/** Reads how the compose started, for `OnNewMessageCompose`: one wave, then the inferred record. */
export async function readComposeStart(): Promise<ComposeRecord> {
  const item = composeItem();
  const [to, cc, bcc, subject, reported, sensitivityLabel] = await Promise.all([
    recipientList(item, 'to'),
    recipientList(item, 'cc'),
    recipientList(item, 'bcc'),
    officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
    composeTypeOf(item),
    sensitivityLabelOf(item),
  ]);
  const inReplyTo = inReplyToOf(item);
  return {
    kind: inferComposeKind(reported, inReplyTo, to.length + cc.length),
    reported,
    to: to.map(formatRecipient),
    cc: cc.map(formatRecipient),
    bcc: bcc.map(formatRecipient),
    subject,
    sensitivityLabel,
  };
}

/** Writes one `sessionData` entry (Mailbox 1.11). */
export function saveSession(key: string, value: string): Promise<void> {
  if (!supportsMailbox('1.11'))
    return Promise.reject(
      new OfficeCallError('sessionData.setAsync', 'Mailbox 1.11 is not supported'),
    );
  const item = composeItem();
  return officeCall<void>('sessionData.setAsync', (cb) =>
    item.sessionData.setAsync(key, value, cb),
  );
}

export function saveComposeRecord(record: ComposeRecord): Promise<void> {
  return saveSession(SESSION_KEYS.compose, JSON.stringify(record));
}

export function saveVerdictSummary(summary: VerdictSummary): Promise<void> {
  return saveSession(SESSION_KEYS.verdict, JSON.stringify(summary));
}

/** Stores the justifications the sender typed (task pane); the send handler passes them to `evaluate`. */
export function saveJustifications(justifications: Partial<Record<RuleId, string>>): Promise<void> {
  return saveSession(SESSION_KEYS.justifications, JSON.stringify(justifications));
}

/** The initialization context a Smart Alerts "Fix" button passed (the verdict summary), or null. */
export async function readInitializationContext(): Promise<VerdictSummary | null> {
  const item = composeItem();
  if (!supportsMailbox('1.14')) return null;
  const text = await orDefault(
    officeCall<string>('getInitializationContextAsync', (cb) =>
      item.getInitializationContextAsync(cb),
    ),
    '',
  );
  return parseVerdictSummary(text);
}

/** Attachments Sendguard reads ahead of Send: small, and of a type the content extractor reads. */
export const SMALL_ATTACHMENT_BYTES = 24 * 1024;
/** Base64 characters of cached attachments kept in sessionData (its limit is 50,000 for everything). */
export const ATTACHMENT_CACHE_CHARS = 36000;
const READABLE = /\.(?:txt|csv|html?|json|xml|eml|docx|xlsx|pptx|zip)$/i;

/**
 * Reads the content of small readable attachments not yet cached (one parallel wave) and stores
 * the cache in sessionData, dropping entries for removed attachments. Returns the cache.
 */
export async function cacheSmallAttachments(
  attachments: AttachmentInfo[],
  cached: Record<string, CachedAttachment>,
): Promise<Record<string, CachedAttachment>> {
  const item = composeItem();
  const next: Record<string, CachedAttachment> = {};
  let used = 0;
  const wanted: AttachmentInfo[] = [];
  for (const a of attachments) {
    const hit = cached[a.id];
    if (hit !== undefined && hit.name === a.name && hit.size === a.size) {
      next[a.id] = hit;
      used += hit.contentBase64.length;
    } else if (
      !a.isInline &&
      a.type !== 'cloud' &&
      a.size <= SMALL_ATTACHMENT_BYTES &&
      (a.type === 'item' || READABLE.test(a.name))
    ) {
      wanted.push(a);
    }
  }
  const contents = await Promise.all(
    wanted.map((a) =>
      orDefault(
        officeCall<Office.AttachmentContent>('getAttachmentContentAsync', (cb) =>
          item.getAttachmentContentAsync(a.id, cb),
        ),
        null,
      ),
    ),
  );
  wanted.forEach((a, index) => {
    const content = contents[index];
    if (content === null || content === undefined) return;
    const format = String(content.format);
    const base64 =
      format === 'base64'
        ? content.content
        : format === 'eml' || format === 'iCalendar'
          ? textToBase64(content.content)
          : null;
    if (base64 === null || used + base64.length > ATTACHMENT_CACHE_CHARS) return;
    used += base64.length;
    next[a.id] = { name: a.name, size: a.size, contentBase64: base64 };
  });
  await saveSession(SESSION_KEYS.attachments, JSON.stringify(next));
  return next;
}

/** Sets internet headers on the item (Mailbox 1.8). */
export function setHeaders(headers: Record<string, string>): Promise<void> {
  if (!supportsMailbox('1.8'))
    return Promise.reject(
      new OfficeCallError('internetHeaders.setAsync', 'Mailbox 1.8 is not supported'),
    );
  const item = composeItem();
  return officeCall<void>('internetHeaders.setAsync', (cb) =>
    item.internetHeaders.setAsync(headers, cb),
  );
}

export function removeHeaders(names: string[]): Promise<void> {
  if (!supportsMailbox('1.8')) return Promise.resolve();
  const item = composeItem();
  return officeCall<void>('internetHeaders.removeAsync', (cb) =>
    item.internetHeaders.removeAsync(names, cb),
  );
}

export interface Hint {
  key: string;
  message: string;
}

/**
 * Shows each hint as an informational bar (replacing one with the same key) and removes the bars of
 * `clearKeys`, all in one wave. Texts are cut to the 150 characters a bar allows.
 */
export async function showHints(hints: Hint[], clearKeys: string[], icon: string): Promise<void> {
  const office = officeHost();
  const item = office.context.mailbox.item;
  if (item === null) return;
  const bars = item.notificationMessages;
  const informational = office.MailboxEnums.ItemNotificationMessageType.InformationalMessage;
  await Promise.all([
    ...hints.map((hint) =>
      officeCall<void>('notificationMessages.replaceAsync', (cb) =>
        bars.replaceAsync(
          hint.key,
          { type: informational, message: truncate(hint.message, 150), icon, persistent: false },
          cb,
        ),
      ),
    ),
    ...clearKeys.map((key) =>
      orDefault(
        officeCall<void>('notificationMessages.removeAsync', (cb) => bars.removeAsync(key, cb)),
        undefined,
      ),
    ),
  ]);
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export interface FixContext {
  policy: Policy;
  /** The sender's address (`ORIGIN=` of the marking header). */
  from: string;
}

export type FixResult =
  { ok: true; changed: string[] } | { ok: false; error: string; restored: boolean };

interface Plan {
  subject?: { before: string; after: string };
  recipients: Partial<
    Record<
      RecipientField,
      { before: Office.EmailAddressDetails[]; after: Office.EmailAddressDetails[] }
    >
  >;
  header?: { before: string | undefined; after: string };
  purview?: { before: string; after: string };
}

function sameAddress(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Works out every change the fixes make, in memory, from the state read in one wave. */
function planFixes(
  fixes: readonly Fix[],
  context: FixContext,
  state: {
    subject: string;
    recipients: Record<RecipientField, Office.EmailAddressDetails[]>;
    header: string | undefined;
    purview: string;
  },
): Plan {
  const plan: Plan = { recipients: {} };
  let subject = state.subject;
  const lists: Record<RecipientField, Office.EmailAddressDetails[]> = {
    to: [...state.recipients.to],
    cc: [...state.recipients.cc],
    bcc: [...state.recipients.bcc],
  };
  const touched = new Set<RecipientField>();
  const ordered = [...fixes].sort(
    (a, b) => (a.kind === 'apply-label' ? -1 : 0) - (b.kind === 'apply-label' ? -1 : 0),
  );
  for (const fix of ordered) {
    switch (fix.kind) {
      case 'apply-label': {
        subject = markSubject(subject, fix.label, context.policy);
        plan.header = {
          before: state.header,
          after: formatMarkingHeader({
            ns: context.policy.council.domain,
            sec: fix.label,
            origin: context.from,
          }),
        };
        const purview = context.policy.labels.purview.find(
          (p) => p.label === fix.label && p.guid !== undefined,
        );
        if (purview?.guid !== undefined && purview.guid !== state.purview)
          plan.purview = { before: state.purview, after: purview.guid };
        break;
      }
      case 'encrypt':
        subject = addEncryptionToken(subject, context.policy);
        break;
      case 'remove-recipient':
        for (const field of FIELDS) {
          const kept = lists[field].filter((r) => !sameAddress(r.emailAddress, fix.address));
          if (kept.length !== lists[field].length) {
            lists[field] = kept;
            touched.add(field);
          }
        }
        break;
      case 'move-to-bcc':
        for (const address of fix.addresses) {
          for (const field of ['to', 'cc'] as const) {
            const moving = lists[field].filter((r) => sameAddress(r.emailAddress, address));
            if (moving.length === 0) continue;
            lists[field] = lists[field].filter((r) => !sameAddress(r.emailAddress, address));
            touched.add(field);
            if (!lists.bcc.some((r) => sameAddress(r.emailAddress, address))) {
              lists.bcc = [...lists.bcc, ...moving.slice(0, 1)];
              touched.add('bcc');
            }
          }
        }
        break;
      case 'add-recipient':
        if (
          !FIELDS.some((field) =>
            lists[field].some((r) => sameAddress(r.emailAddress, fix.address)),
          )
        ) {
          lists.cc = [
            ...lists.cc,
            { emailAddress: fix.address, displayName: fix.address } as Office.EmailAddressDetails,
          ];
          touched.add('cc');
        }
        break;
    }
  }
  if (subject !== state.subject) plan.subject = { before: state.subject, after: subject };
  for (const field of touched)
    plan.recipients[field] = { before: state.recipients[field], after: lists[field] };
  return plan;
}

/** One write per changed part of the item; each resolves to its name or rejects. */
function writes(
  item: ComposeItem,
  plan: Plan,
  side: 'before' | 'after',
): { name: string; run: () => Promise<void> }[] {
  const out: { name: string; run: () => Promise<void> }[] = [];
  const subject = plan.subject;
  if (subject !== undefined) {
    out.push({
      name: 'subject',
      run: () =>
        officeCall<void>('subject.setAsync', (cb) => item.subject.setAsync(subject[side], cb)),
    });
  }
  for (const field of FIELDS) {
    const change = plan.recipients[field];
    if (change === undefined) continue;
    out.push({
      name: field,
      run: () =>
        officeCall<void>(`${field}.setAsync`, (cb) => item[field].setAsync(change[side], cb)),
    });
  }
  const header = plan.header;
  if (header !== undefined) {
    const value = header[side];
    out.push({
      name: 'header',
      run: () =>
        value === undefined
          ? officeCall<void>('internetHeaders.removeAsync', (cb) =>
              item.internetHeaders.removeAsync([MARKING_HEADER], cb),
            )
          : officeCall<void>('internetHeaders.setAsync', (cb) =>
              item.internetHeaders.setAsync({ [MARKING_HEADER]: value }, cb),
            ),
    });
  }
  const purview = plan.purview;
  if (purview !== undefined && purview[side] !== '') {
    out.push({
      name: 'purview',
      run: () =>
        officeCall<void>('sensitivityLabel.setAsync', (cb) =>
          item.sensitivityLabel.setAsync(purview[side], cb),
        ),
    });
  }
  return out;
}

async function purviewUsable(): Promise<boolean> {
  const catalog = officeHost().context.sensitivityLabelsCatalog;
  if (!supportsMailbox('1.13') || catalog === undefined) return false;
  return orDefault(
    officeCall<boolean>('sensitivityLabelsCatalog.getIsEnabledAsync', (cb) =>
      catalog.getIsEnabledAsync(cb),
    ),
    false,
  );
}

/**
 * Applies fixes as one change: reads what they touch in one wave, plans every change in memory,
 * writes all changed parts in parallel and, if any write fails, writes back every part it tried, so
 * the item is left as it was. The Purview label is set only where a mapping exists and the
 * client's label catalogue is enabled.
 */
export async function applyFixes(fixes: readonly Fix[], context: FixContext): Promise<FixResult> {
  const item = composeItem();
  const needsPurview = fixes.some(
    (f) =>
      f.kind === 'apply-label' &&
      context.policy.labels.purview.some((p) => p.label === f.label && p.guid !== undefined),
  );
  const [subject, to, cc, bcc, headers, purviewOn, purview] = await Promise.all([
    officeCall<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
    recipientList(item, 'to'),
    recipientList(item, 'cc'),
    recipientList(item, 'bcc'),
    headersOf(item, [MARKING_HEADER]),
    needsPurview ? purviewUsable() : Promise.resolve(false),
    needsPurview ? sensitivityLabelOf(item) : Promise.resolve(null),
  ]);
  const headerKey = Object.keys(headers).find(
    (k) => k.toLowerCase() === MARKING_HEADER.toLowerCase(),
  );
  const plan = planFixes(fixes, context, {
    subject,
    recipients: { to, cc, bcc },
    header: headerKey === undefined ? undefined : headers[headerKey],
    purview: purview ?? '',
  });
  if (!purviewOn) delete plan.purview;
  if (plan.header !== undefined && !supportsMailbox('1.8')) delete plan.header;
  const forward = writes(item, plan, 'after');
  const results = await Promise.allSettled(forward.map((w) => w.run()));
  const failed = results.findIndex((r) => r.status === 'rejected');
  if (failed === -1) return { ok: true, changed: forward.map((w) => w.name) };
  const reason = (results[failed] as PromiseRejectedResult).reason as unknown;
  const backward = writes(item, plan, 'before');
  const restoredResults = await Promise.allSettled(backward.map((w) => w.run()));
  return {
    ok: false,
    error: reason instanceof Error ? reason.message : 'a fix could not be applied',
    restored: restoredResults.every((r) => r.status === 'fulfilled'),
  };
}

/** Parses a raw header block (`getAllInternetHeadersAsync`): folded lines joined, first value kept. */
export function parseHeaderBlock(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = raw.replace(/\r\n/g, '\n').split('\n');
  let name: string | null = null;
  let value = '';
  const flush = (): void => {
    if (name !== null && !Object.keys(out).some((k) => k.toLowerCase() === name?.toLowerCase()))
      out[name] = value.trim();
  };
  for (const line of lines) {
    if (/^[ \t]/.test(line) && name !== null) {
      value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    if (colon > 0) {
      name = line.slice(0, colon).trim();
      value = line.slice(colon + 1);
    } else {
      name = null;
    }
  }
  flush();
  return out;
}

export interface ReadReading {
  snapshot: MessageSnapshot;
  /** Every received header, for the reading view (`X-Protective-Marking`, `Sensitivity`, `msip_labels`). */
  headers: Record<string, string>;
}

/**
 * Reads the open (received) message in one wave: the subject, sender and recipients are properties
 * in read mode; the headers (Mailbox 1.8) and the body text are the two calls.
 */
export async function readOpenMessage(now: Date): Promise<ReadReading> {
  const item = readItem();
  const office = officeHost();
  const [raw, body] = await Promise.all([
    supportsMailbox('1.8')
      ? orDefault(
          officeCall<string>('getAllInternetHeadersAsync', (cb) =>
            item.getAllInternetHeadersAsync(cb),
          ),
          '',
        )
      : Promise.resolve(''),
    officeCall<string>('body.getAsync', (cb) => item.body.getAsync(office.CoercionType.Text, cb)),
  ]);
  const headers = parseHeaderBlock(raw);
  const snapshot: MessageSnapshot = {
    from: formatRecipient(item.from),
    to: item.to.map(formatRecipient),
    cc: item.cc.map(formatRecipient),
    bcc: [],
    subject: item.subject,
    body,
    bodyType: 'text',
    attachments: item.attachments
      .filter((a) => !a.isInline)
      .map((a) => ({ name: a.name, size: a.size })),
    headers,
    composeType: 'new',
    sensitivityLabel: null,
    sentAt: now.toISOString(),
  };
  return { snapshot, headers };
}
