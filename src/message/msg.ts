// Reads an Outlook .msg file (MS-OXMSG compound file) into a message snapshot with msgreader.
import MsgReader, { type FieldsData } from '@kenjiuno/msgreader';
import { decodeText, encodeBase64, startsWith } from './bytes';
import { MessageReadError } from './errors';
import { parseHeaderBlock } from './mime';
import {
  formatMailbox,
  headerLookup,
  inferComposeType,
  labelFromMsipHeader,
  toSnapshot,
} from './snapshot';
import type { Attachment, MessageSnapshot } from './types';

const COMPOUND_FILE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** PR_SENSITIVITY values as the `Sensitivity` header writes them. */
const SENSITIVITY = ['Normal', 'Personal', 'Private', 'Company-Confidential'];

const CODEPAGE_CHARSET: Record<number, string> = {
  65001: 'utf-8',
  1252: 'windows-1252',
  28591: 'iso-8859-1',
  20127: 'us-ascii',
};

function rawProp(data: FieldsData, tag: string): string | Uint8Array | undefined {
  return data.rawProps?.find((p) => p.propertyTag === tag)?.value;
}

function recipientAddress(recipient: FieldsData): string | undefined {
  if (recipient.smtpAddress) return recipient.smtpAddress;
  if (recipient.email) return recipient.email;
  return undefined;
}

function senderAddress(data: FieldsData, headers: Record<string, string>): string | undefined {
  const smtp = data.senderSmtpAddress || data.sentRepresentingSmtpAddress;
  if (smtp) return formatMailbox(data.senderName, smtp);
  if (data.senderEmail && (data.senderAddressType ?? '').toUpperCase() !== 'EX')
    return formatMailbox(data.senderName, data.senderEmail);
  const fromHeader = headerLookup(headers, 'From');
  if (fromHeader) return fromHeader;
  if (data.senderEmail) return formatMailbox(data.senderName, data.senderEmail);
  return undefined;
}

function htmlBody(data: FieldsData): string | undefined {
  if (data.bodyHtml) return data.bodyHtml;
  if (data.html && data.html.length > 0) {
    const codepage = typeof data.internetCodepage === 'number' ? data.internetCodepage : 65001;
    return decodeText(data.html, CODEPAGE_CHARSET[codepage] ?? `windows-${codepage}`);
  }
  return undefined;
}

function readAttachments(reader: MsgReader, data: FieldsData): Attachment[] {
  return (data.attachments ?? []).map((attachment, index) => {
    const name = attachment.innerMsgContent
      ? `${attachment.name || `message-${index + 1}`}.msg`
      : attachment.fileName ||
        attachment.fileNameShort ||
        attachment.name ||
        `attachment-${index + 1}`;
    const contentType = attachment.innerMsgContent
      ? 'application/vnd.ms-outlook'
      : attachment.attachMimeTag;
    let content: Uint8Array | undefined;
    try {
      content = reader.getAttachment(attachment).content;
    } catch {
      content = undefined;
    }
    return {
      name,
      ...(contentType ? { contentType } : {}),
      ...(content ? { size: content.length, contentBase64: encodeBase64(content) } : {}),
    };
  });
}

/** Parses .msg bytes: subject, body (HTML when present), recipients by type, attachments, headers. */
export function parseMsg(bytes: Uint8Array, file: string): MessageSnapshot {
  if (!startsWith(bytes, COMPOUND_FILE_MAGIC)) {
    throw new MessageReadError(file, '', 'not an Outlook .msg file (not a compound file)');
  }
  let reader: MsgReader;
  let data: FieldsData;
  try {
    reader = new MsgReader(bytes.slice().buffer);
    reader.parserConfig = { includeRawProps: true };
    data = reader.getFileData();
  } catch {
    throw new MessageReadError(
      file,
      '',
      'corrupt .msg file (its compound file structure cannot be read)',
    );
  }
  if (data.error || data.dataType !== 'msg')
    throw new MessageReadError(file, '', 'not an Outlook message');
  const hasMessageProperties =
    data.messageClass !== undefined ||
    data.subject !== undefined ||
    data.body !== undefined ||
    (data.recipients ?? []).length > 0;
  if (!hasMessageProperties) {
    throw new MessageReadError(
      file,
      '',
      'not an Outlook message (a compound file without message properties)',
    );
  }

  const headers: Record<string, string> = {};
  for (const field of parseHeaderBlock(data.headers ?? '')) {
    if (!(field.name in headers)) headers[field.name] = field.value;
  }
  for (const prop of data.rawProps ?? []) {
    if (
      prop.propertyName &&
      /^x-/i.test(prop.propertyName) &&
      typeof prop.value === 'string' &&
      headerLookup(headers, prop.propertyName) === undefined
    ) {
      headers[prop.propertyName] = prop.value;
    }
  }
  const sensitivity = rawProp(data, '00360003');
  if (headerLookup(headers, 'Sensitivity') === undefined && typeof sensitivity === 'number') {
    const text = SENSITIVITY[sensitivity];
    if (text && sensitivity > 0) headers['Sensitivity'] = text;
  }

  const to: string[] = [];
  const cc: string[] = [];
  const bcc: string[] = [];
  for (const recipient of data.recipients ?? []) {
    const address = recipientAddress(recipient);
    if (!address) continue;
    const list = recipient.recipType === 'cc' ? cc : recipient.recipType === 'bcc' ? bcc : to;
    list.push(formatMailbox(recipient.name, address));
  }

  const from = senderAddress(data, headers);
  if (from === undefined)
    throw new MessageReadError(file, 'from', 'missing (no sender address in the message)');
  const subject = data.subject ?? '';
  const html = htmlBody(data);
  const inReplyTo =
    headerLookup(headers, 'In-Reply-To') ??
    (typeof rawProp(data, '1042001f') === 'string'
      ? (rawProp(data, '1042001f') as string)
      : undefined);
  const submitted = data.clientSubmitTime ? Date.parse(data.clientSubmitTime) : Number.NaN;
  return toSnapshot(
    {
      from,
      to,
      cc,
      bcc,
      subject,
      body: html ?? data.body ?? '',
      bodyType: html !== undefined ? 'html' : 'text',
      attachments: readAttachments(reader, data),
      headers,
      composeType: inferComposeType(subject, inReplyTo),
      sensitivityLabel: labelFromMsipHeader(headerLookup(headers, 'msip_labels')),
      ...(Number.isNaN(submitted) ? {} : { sentAt: new Date(submitted).toISOString() }),
    },
    file,
  );
}
