// A small synchronous MIME reader: headers, multipart bodies, transfer and charset decoding.
// postal-mime (used for whole .eml files) is asynchronous; attached messages inside extractContent,
// which must stay synchronous, are read with this instead.
import { decodeBase64, decodeText, fromCharCodes } from './bytes';
import { htmlToText } from './html';

export interface HeaderField {
  /** Header name as written, e.g. `X-Protective-Marking`. */
  name: string;
  /** Unfolded value, encoded words decoded. */
  value: string;
}

export interface MimeAttachment {
  name: string;
  contentType: string;
  bytes: Uint8Array;
}

export interface MimeMessageText {
  /** Headers worth scanning (From, To, Cc, Date, Subject) followed by every text and HTML body part. */
  text: string;
  attachments: MimeAttachment[];
}

const MAX_MULTIPART_DEPTH = 32;

/** Bytes to a string with one character per byte, so that indices match the bytes. */
export function binaryString(bytes: Uint8Array): string {
  return fromCharCodes(bytes, bytes.length);
}

function binaryBytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

/** Decodes quoted-printable to bytes; soft line breaks removed, malformed escapes kept as written. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3d) {
      const next = text.slice(i + 1, i + 3);
      if (/^[0-9a-f]{2}$/i.test(next)) {
        out[length++] = parseInt(next, 16);
        i += 2;
        continue;
      }
      if (next[0] === '\r' && next[1] === '\n') {
        i += 2;
        continue;
      }
      if (next[0] === '\n') {
        i += 1;
        continue;
      }
    }
    out[length++] = c & 0xff;
  }
  return out.subarray(0, length);
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bq])\?([^?\s]*)\?=/gi;
const BETWEEN_ENCODED_WORDS = /(=\?[^?\s]+\?[bq]\?[^?\s]*\?=)[ \t\r\n]+(?==\?)/gi;

/** Decodes RFC 2047 encoded words (`=?utf-8?B?...?=`) in a header value. */
export function decodeEncodedWords(value: string): string {
  if (value.indexOf('=?') < 0) return value;
  return value
    .replace(BETWEEN_ENCODED_WORDS, '$1')
    .replace(ENCODED_WORD, (whole, charset: string, kind: string, data: string) => {
      try {
        const bytes =
          kind.toUpperCase() === 'B'
            ? decodeBase64(data)
            : decodeQuotedPrintable(data.replace(/_/g, ' '));
        return decodeText(bytes, charset.replace(/\*.*$/, ''));
      } catch {
        return whole;
      }
    });
}

/** Parses an RFC 5322 header block (folded lines joined); lines that are not `Name: value` are skipped. */
export function parseHeaderBlock(block: string): HeaderField[] {
  const fields: HeaderField[] = [];
  const lines = block.split(/\r?\n/);
  let current: { name: string; raw: string } | undefined;
  const flush = (): void => {
    if (current) fields.push({ name: current.name, value: decodeEncodedWords(current.raw.trim()) });
    current = undefined;
  };
  for (const line of lines) {
    if ((line[0] === ' ' || line[0] === '\t') && current) {
      current.raw += ' ' + line.trim();
      continue;
    }
    flush();
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim();
    if (!/^[\x21-\x39\x3b-\x7e]+$/.test(name)) continue;
    current = { name, raw: line.slice(colon + 1) };
  }
  flush();
  return fields;
}

function headerValue(fields: readonly HeaderField[], name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const field of fields) if (field.name.toLowerCase() === lower) return field.value;
  return undefined;
}

interface ParsedValue {
  value: string;
  params: Record<string, string>;
}

/** Splits `type/sub; a=1; b="x; y"` into the value and lower-cased parameters (RFC 2231 `*` forms joined). */
export function parseParameterisedValue(raw: string): ParsedValue {
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c === '"') quoted = !quoted;
    if (c === ';' && !quoted) {
      pieces.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  pieces.push(current);
  const params: Record<string, string> = {};
  const extended: Record<string, string[]> = {};
  for (const piece of pieces.slice(1)) {
    const eq = piece.indexOf('=');
    if (eq <= 0) continue;
    const key = piece.slice(0, eq).trim().toLowerCase();
    let value = piece.slice(eq + 1).trim();
    if (value[0] === '"' && value[value.length - 1] === '"')
      value = value.slice(1, -1).replace(/\\(.)/g, '$1');
    const star = /^([^*]+)\*(\d*)\*?$/.exec(key);
    if (star) {
      const base = star[1] as string;
      const index = star[2] ? parseInt(star[2], 10) : 0;
      (extended[base] ??= [])[index] = value;
    } else {
      params[key] = value;
    }
  }
  for (const base of Object.keys(extended)) {
    const joined = (extended[base] ?? []).join('');
    const charsetMatch = /^([^']*)'[^']*'(.*)$/.exec(joined);
    if (charsetMatch) {
      const encoded = charsetMatch[2] as string;
      const bytes = binaryBytes(
        encoded.replace(/%([0-9a-f]{2})/gi, (_, hex: string) =>
          String.fromCharCode(parseInt(hex, 16)),
        ),
      );
      params[base] = decodeText(bytes, charsetMatch[1] || 'utf-8');
    } else {
      params[base] = joined;
    }
  }
  return { value: (pieces[0] ?? '').trim().toLowerCase(), params };
}

/** Splits raw (one character per byte) into the header block and the body. */
export function splitHeaderAndBody(raw: string): { header: string; body: string } {
  if (raw.startsWith('\r\n')) return { header: '', body: raw.slice(2) };
  if (raw.startsWith('\n')) return { header: '', body: raw.slice(1) };
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  if (crlf < 0 && lf < 0) return { header: raw, body: '' };
  if (lf < 0 || (crlf >= 0 && crlf < lf))
    return { header: raw.slice(0, crlf), body: raw.slice(crlf + 4) };
  return { header: raw.slice(0, lf), body: raw.slice(lf + 2) };
}

/** The parts of a multipart body between its boundary lines (preamble and epilogue dropped). */
function splitMultipart(body: string, boundary: string): string[] {
  const delimiter = '--' + boundary;
  const parts: string[] = [];
  let index = body.startsWith(delimiter) ? 0 : body.indexOf('\n' + delimiter);
  if (index < 0) return parts;
  if (index > 0) index += 1;
  for (;;) {
    const afterDelimiter = index + delimiter.length;
    if (body.startsWith('--', afterDelimiter)) break;
    const lineEnd = body.indexOf('\n', afterDelimiter);
    if (lineEnd < 0) break;
    const next = body.indexOf('\n' + delimiter, lineEnd);
    const end = next < 0 ? body.length : next;
    let part = body.slice(lineEnd + 1, end);
    if (part.endsWith('\r')) part = part.slice(0, -1);
    parts.push(part);
    if (next < 0) break;
    index = next + 1;
  }
  return parts;
}

function decodeTransfer(body: string, encoding: string): Uint8Array {
  const kind = encoding.trim().toLowerCase();
  if (kind === 'base64') return decodeBase64(body);
  if (kind === 'quoted-printable') return decodeQuotedPrintable(body);
  return binaryBytes(body);
}

const EXTENSION_BY_TYPE: Record<string, string> = {
  'message/rfc822': '.eml',
  'text/plain': '.txt',
  'text/html': '.html',
  'text/csv': '.csv',
};

/**
 * Reads a MIME message synchronously: the headers a person reads, every text/plain and text/html
 * part (HTML as text), and every other part as an attachment. Nested multiparts deeper than 32
 * levels are not read.
 */
export function readMimeMessage(bytes: Uint8Array): MimeMessageText {
  const headerLines: string[] = [];
  const texts: string[] = [];
  const attachments: MimeAttachment[] = [];
  const raw = binaryString(bytes);
  const top = splitHeaderAndBody(raw);
  const topHeaders = parseHeaderBlock(decodeText(binaryBytes(top.header), 'utf-8'));
  for (const name of ['From', 'To', 'Cc', 'Date', 'Subject']) {
    const value = headerValue(topHeaders, name);
    if (value !== undefined) headerLines.push(`${name}: ${value}`);
  }
  if (headerLines.length > 0) texts.push(headerLines.join('\n'));
  const walk = (headers: readonly HeaderField[], body: string, depth: number): void => {
    const type = parseParameterisedValue(headerValue(headers, 'Content-Type') ?? 'text/plain');
    const disposition = parseParameterisedValue(headerValue(headers, 'Content-Disposition') ?? '');
    const boundary = type.params.boundary;
    if (type.value.startsWith('multipart/') && boundary) {
      if (depth >= MAX_MULTIPART_DEPTH) return;
      for (const part of splitMultipart(body, boundary)) {
        const split = splitHeaderAndBody(part);
        walk(
          parseHeaderBlock(decodeText(binaryBytes(split.header), 'utf-8')),
          split.body,
          depth + 1,
        );
      }
      return;
    }
    const content = decodeTransfer(
      body,
      headerValue(headers, 'Content-Transfer-Encoding') ?? '7bit',
    );
    const fileName = disposition.params.filename ?? type.params.name;
    const isText = type.value === 'text/plain' || type.value === 'text/html' || type.value === '';
    if (isText && disposition.value !== 'attachment' && fileName === undefined) {
      const text = decodeText(content, type.params.charset ?? 'utf-8');
      texts.push(type.value === 'text/html' ? htmlToText(text) : text);
      return;
    }
    const extension = EXTENSION_BY_TYPE[type.value] ?? '';
    attachments.push({
      name: fileName ?? `attachment-${attachments.length + 1}${extension}`,
      contentType: type.value || 'text/plain',
      bytes: content,
    });
  };
  walk(topHeaders, top.body, 0);
  return { text: texts.join('\n\n'), attachments };
}
