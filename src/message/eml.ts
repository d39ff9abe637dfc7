// Reads an .eml file (RFC 5322/MIME) into a message snapshot with postal-mime.
import PostalMime from 'postal-mime';
import type { Address, Email } from 'postal-mime';
import { encodeBase64 } from './bytes';
import { MessageReadError } from './errors';
import {
  binaryString,
  decodeEncodedWords,
  parseHeaderBlock,
  parseParameterisedValue,
  splitHeaderAndBody,
} from './mime';
import {
  formatMailbox,
  headerLookup,
  inferComposeType,
  labelFromMsipHeader,
  toSnapshot,
} from './snapshot';
import type { MessageSnapshot } from './types';

const HEADER_NAME_LINE = /^[\x21-\x39\x3b-\x7e]+[ \t]*:/;

function mailboxes(list: readonly Address[] | Address | undefined): string[] {
  if (list === undefined) return [];
  const out: string[] = [];
  for (const entry of Array.isArray(list) ? list : [list]) {
    if (entry.group) {
      for (const member of entry.group)
        if (member.address) out.push(formatMailbox(member.name, member.address));
    } else if (entry.address) {
      out.push(formatMailbox(entry.name, entry.address));
    }
  }
  return out;
}

/** Rejects what is not a MIME message before parsing: binary data, no header, a cut-off multipart. */
function checkStructure(bytes: Uint8Array, file: string): void {
  const head = binaryString(bytes.subarray(0, Math.min(bytes.length, 1 << 20)));
  const { header } = splitHeaderAndBody(head);
  if (header.indexOf('\0') >= 0)
    throw new MessageReadError(file, '', 'not a MIME message (binary data where headers belong)');
  const firstLine = header.split(/\r?\n/, 1)[0] ?? '';
  if (!HEADER_NAME_LINE.test(firstLine) && !firstLine.startsWith('From ')) {
    throw new MessageReadError(file, '', 'not a MIME message (no header lines)');
  }
  const fields = parseHeaderBlock(header);
  const contentType = fields.find((f) => f.name.toLowerCase() === 'content-type');
  if (contentType) {
    const type = parseParameterisedValue(contentType.value);
    const boundary = type.params.boundary;
    if (type.value.startsWith('multipart/')) {
      if (!boundary)
        throw new MessageReadError(file, 'Content-Type', 'multipart message without a boundary');
      const tail = binaryString(bytes.subarray(Math.max(0, bytes.length - (1 << 20))));
      const whole = bytes.length <= 1 << 20 ? head : tail;
      if (whole.indexOf(`--${boundary}--`) < 0) {
        throw new MessageReadError(
          file,
          '',
          'truncated MIME (the multipart body has no closing boundary)',
        );
      }
    }
  }
}

function attachmentName(attachment: Email['attachments'][number], index: number): string {
  if (attachment.filename) return attachment.filename;
  const extension =
    attachment.mimeType === 'message/rfc822'
      ? '.eml'
      : attachment.mimeType === 'text/plain'
        ? '.txt'
        : '';
  return `attachment-${index + 1}${extension}`;
}

function base64Of(content: ArrayBuffer | Uint8Array | string): string {
  if (typeof content === 'string') return content.replace(/\s+/g, '');
  return encodeBase64(content instanceof Uint8Array ? content : new Uint8Array(content));
}

function decodedSize(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((base64.length * 3) / 4) - padding);
}

/** Parses .eml bytes. Headers keep their first value; the HTML body wins over the text body. */
export async function parseEml(bytes: Uint8Array, file: string): Promise<MessageSnapshot> {
  checkStructure(bytes, file);
  let email: Email;
  try {
    email = await PostalMime.parse(bytes, {
      attachmentEncoding: 'base64',
      forceRfc822Attachments: true,
    });
  } catch {
    throw new MessageReadError(file, '', 'malformed MIME');
  }
  if (email.headers.length === 0)
    throw new MessageReadError(file, '', 'not a MIME message (no header lines)');
  const headers: Record<string, string> = {};
  for (const header of email.headers) {
    if (!(header.originalKey in headers))
      headers[header.originalKey] = decodeEncodedWords(header.value);
  }
  const from = mailboxes(email.from)[0];
  if (from === undefined)
    throw new MessageReadError(file, 'from', 'missing (no From header with an address)');
  const subject = email.subject ?? '';
  const html = email.html;
  const date =
    email.date !== undefined && !Number.isNaN(Date.parse(email.date))
      ? new Date(email.date).toISOString()
      : undefined;
  return toSnapshot(
    {
      from,
      to: mailboxes(email.to),
      cc: mailboxes(email.cc),
      bcc: mailboxes(email.bcc),
      subject,
      body: html ?? email.text ?? '',
      bodyType: html !== undefined ? 'html' : 'text',
      attachments: email.attachments.map((attachment, index) => {
        const contentBase64 = base64Of(attachment.content);
        return {
          name: attachmentName(attachment, index),
          contentType: attachment.mimeType,
          size: decodedSize(contentBase64),
          contentBase64,
        };
      }),
      headers,
      composeType: inferComposeType(subject, email.inReplyTo),
      sensitivityLabel: labelFromMsipHeader(headerLookup(headers, 'msip_labels')),
      ...(date !== undefined ? { sentAt: date } : {}),
    },
    file,
  );
}
