// Everything the detectors read in a message: subject, body and attachment text, normalised, plus
// the attachments that could not be read and why. Pure and synchronous (no Node, no DOM APIs).
import { base64DecodedSize, decodeBase64, decodeText, startsWith } from './bytes';
import { htmlToText } from './html';
import { readMimeMessage } from './mime';
import { normaliseText } from './normalise';
import { isOfficeTextPart, officeText, type OfficeKind } from './ooxml';
import type {
  Location,
  MessageContent,
  MessageSnapshot,
  TextSegment,
  UnscannedAttachment,
  UnscannedReason,
} from './types';
import { unzipWithin, ZIP_MAGIC, ZipEncryptedError, ZipTooLargeError } from './zip';

export interface ExtractOptions {
  /** Largest attachment, and largest total an archive may expand to, in bytes (policy default 20 MB). */
  sizeBudgetBytes: number;
}

type FileKind = 'text' | 'html' | 'eml' | 'zip' | OfficeKind;

const KIND_BY_EXTENSION: Record<string, FileKind> = {
  txt: 'text',
  csv: 'text',
  tsv: 'text',
  json: 'text',
  xml: 'text',
  html: 'html',
  htm: 'html',
  eml: 'eml',
  docx: 'docx',
  xlsx: 'xlsx',
  pptx: 'pptx',
  zip: 'zip',
};

const KIND_BY_CONTENT_TYPE: Record<string, FileKind> = {
  'text/plain': 'text',
  'text/csv': 'text',
  'application/csv': 'text',
  'text/tab-separated-values': 'text',
  'application/json': 'text',
  'application/xml': 'text',
  'text/xml': 'text',
  'text/html': 'html',
  'message/rfc822': 'eml',
  'application/zip': 'zip',
  'application/x-zip-compressed': 'zip',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'xlsx',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'pptx',
};

/** Zip archives and attached messages open this many levels deep: an archive inside an archive, no deeper. */
const MAX_CONTAINER_DEPTH = 2;

const COMPOUND_FILE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** `EncryptedPackage` in UTF-16LE: the stream an encrypted Office document keeps its zip in. */
const ENCRYPTED_PACKAGE: number[] = [];
for (const c of 'EncryptedPackage') ENCRYPTED_PACKAGE.push(c.charCodeAt(0), 0);

/**
 * The kind of a file by its name's extension; a name without an extension falls back to the
 * content type. `undefined` means a type the readers do not support.
 */
export function fileKind(name: string, contentType?: string): FileKind | undefined {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  if (dot > 0) return KIND_BY_EXTENSION[base.slice(dot + 1).toLowerCase()];
  const type = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  return KIND_BY_CONTENT_TYPE[type];
}

class Unreadable extends Error {
  constructor(readonly reason: UnscannedReason) {
    super(reason);
    this.name = 'Unreadable';
  }
}

interface Sink {
  segments: TextSegment[];
  unscanned: UnscannedAttachment[];
}

/** Bytes an attachment may still expand to (shared by everything nested inside it). */
interface Allowance {
  remaining: number;
}

function indexOfBytes(haystack: Uint8Array, needle: readonly number[]): number {
  const first = needle[0];
  outer: for (
    let i = haystack.indexOf(first as number);
    i >= 0 && i + needle.length <= haystack.length;
    i = haystack.indexOf(first as number, i + 1)
  ) {
    for (let k = 1; k < needle.length; k++) if (haystack[i + k] !== needle[k]) continue outer;
    return i;
  }
  return -1;
}

function plainText(bytes: Uint8Array): string {
  const text = decodeText(bytes, 'utf-8');
  return text.indexOf('\ufffd') >= 0 && !(bytes[0] === 0xef && bytes[1] === 0xbb)
    ? decodeText(bytes, 'windows-1252')
    : text;
}

function openZip(
  bytes: Uint8Array,
  allowance: Allowance,
  wanted: (name: string) => boolean,
): Record<string, Uint8Array> {
  if (startsWith(bytes, COMPOUND_FILE_MAGIC)) {
    throw new Unreadable(
      indexOfBytes(bytes, ENCRYPTED_PACKAGE) >= 0 ? 'encrypted' : 'unsupported-type',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) throw new Unreadable('corrupt');
  try {
    const { files, expandedBytes } = unzipWithin(bytes, allowance.remaining, wanted);
    allowance.remaining -= expandedBytes;
    return files;
  } catch (error) {
    if (error instanceof ZipTooLargeError) throw new Unreadable('too-large');
    if (error instanceof ZipEncryptedError) throw new Unreadable('encrypted');
    throw new Unreadable('corrupt');
  }
}

function isArchiveNoise(name: string): boolean {
  return name.endsWith('/') || name.startsWith('__MACOSX/') || name.endsWith('.DS_Store');
}

function readFile(
  name: string,
  contentType: string | undefined,
  bytes: Uint8Array,
  depth: number,
  allowance: Allowance,
  sink: Sink,
): void {
  const kind = fileKind(name, contentType);
  if (kind === undefined) throw new Unreadable('unsupported-type');
  const location: Location = `attachment:${name}`;
  switch (kind) {
    case 'text':
      sink.segments.push({ location, text: normaliseText(plainText(bytes)) });
      return;
    case 'html':
      sink.segments.push({ location, text: normaliseText(htmlToText(plainText(bytes))) });
      return;
    case 'docx':
    case 'xlsx':
    case 'pptx': {
      const files = openZip(bytes, allowance, (entry) => isOfficeTextPart(kind, entry));
      let text: string;
      try {
        text = officeText(kind, files);
      } catch {
        throw new Unreadable('corrupt');
      }
      sink.segments.push({ location, text: normaliseText(text) });
      return;
    }
    case 'zip': {
      if (depth >= MAX_CONTAINER_DEPTH) throw new Unreadable('too-deep');
      const files = openZip(bytes, allowance, (entry) => !isArchiveNoise(entry));
      const children: Sink = { segments: [], unscanned: [] };
      for (const entry of Object.keys(files).sort()) {
        readChild(
          `${name}/${entry}`,
          undefined,
          files[entry] as Uint8Array,
          depth + 1,
          allowance,
          children,
        );
      }
      sink.segments.push(...children.segments);
      sink.unscanned.push(...children.unscanned);
      return;
    }
    case 'eml': {
      if (depth >= MAX_CONTAINER_DEPTH) throw new Unreadable('too-deep');
      let message;
      try {
        message = readMimeMessage(bytes);
      } catch {
        throw new Unreadable('corrupt');
      }
      sink.segments.push({ location, text: normaliseText(message.text) });
      for (const attachment of message.attachments) {
        readChild(
          `${name}/${attachment.name}`,
          attachment.contentType,
          attachment.bytes,
          depth + 1,
          allowance,
          sink,
        );
      }
      return;
    }
  }
}

/** Reads one file, recording it as unscanned (with the reason) instead of failing the message. */
function readChild(
  name: string,
  contentType: string | undefined,
  bytes: Uint8Array,
  depth: number,
  allowance: Allowance,
  sink: Sink,
): void {
  const local: Sink = { segments: [], unscanned: [] };
  try {
    readFile(name, contentType, bytes, depth, allowance, local);
  } catch (error) {
    sink.unscanned.push({ name, reason: error instanceof Unreadable ? error.reason : 'corrupt' });
    return;
  }
  sink.segments.push(...local.segments);
  sink.unscanned.push(...local.unscanned);
}

/**
 * The message's text for scanning: `subject`, `body` (HTML converted, hidden text kept) and one
 * segment per readable attachment (`attachment:<name>`; files inside archives and attached messages
 * as `attachment:<archive>/<file>`), all normalised. Attachments that cannot be read are listed in
 * `unscanned`: `unsupported-type` (not txt, csv, tsv, html, json, xml, eml, docx, xlsx, pptx or a zip of
 * those), `too-large` (over the budget, or an archive expanding past it), `too-deep` (an archive or
 * attached message inside two others), `no-content`, `encrypted`, `corrupt`.
 */
export function extractContent(message: MessageSnapshot, options: ExtractOptions): MessageContent {
  const budget = options.sizeBudgetBytes;
  const sink: Sink = {
    segments: [
      { location: 'subject', text: normaliseText(message.subject) },
      {
        location: 'body',
        text: normaliseText(message.bodyType === 'html' ? htmlToText(message.body) : message.body),
      },
    ],
    unscanned: [],
  };
  for (const attachment of message.attachments) {
    const { name, contentType, contentBase64, size } = attachment;
    if (fileKind(name, contentType) === undefined) {
      sink.unscanned.push({ name, reason: 'unsupported-type' });
      continue;
    }
    // The base64 length is checked loosely here (line breaks inflate it); the decoded size exactly below.
    if (
      (size !== undefined && size > budget) ||
      (contentBase64 !== undefined && base64DecodedSize(contentBase64) > 2 * budget)
    ) {
      sink.unscanned.push({ name, reason: 'too-large' });
      continue;
    }
    if (contentBase64 === undefined) {
      sink.unscanned.push({ name, reason: 'no-content' });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = decodeBase64(contentBase64);
    } catch {
      sink.unscanned.push({ name, reason: 'corrupt' });
      continue;
    }
    if (bytes.length > budget) {
      sink.unscanned.push({ name, reason: 'too-large' });
      continue;
    }
    readChild(name, contentType, bytes, 0, { remaining: budget }, sink);
  }
  addNames(sink, message.attachments);
  return sink;
}

/** The prefix of an attachment's location. */
const ATTACHMENT = 'attachment:';

/**
 * An attachment's file name as the detectors read it: `_` read as a space, since `\b` does not
 * fire between `_` and a letter or digit (`Smith_NHS_9434765919.pdf`).
 */
function nameText(path: string): string {
  return normaliseText(path.slice(path.lastIndexOf('/') + 1).replace(/_/g, ' '));
}

/**
 * Every attachment's name, and every file's name inside an archive or attached message, is
 * scanned too: appended after a blank line to the text read from the file, or as the whole text
 * of its location when the file could not be read.
 */
function addNames(sink: Sink, attachments: readonly { name: string }[]): void {
  const segmentAt = new Map<string, TextSegment>();
  for (const segment of sink.segments) segmentAt.set(segment.location, segment);
  const names = new Set<string>();
  for (const attachment of attachments) names.add(attachment.name);
  for (const segment of sink.segments)
    if (segment.location.startsWith(ATTACHMENT))
      names.add(segment.location.slice(ATTACHMENT.length));
  for (const unscanned of sink.unscanned) names.add(unscanned.name);
  for (const name of names) {
    const location: Location = `attachment:${name}`;
    const text = nameText(name);
    const segment = segmentAt.get(location);
    if (segment === undefined) {
      const added: TextSegment = { location, text };
      sink.segments.push(added);
      segmentAt.set(location, added);
    } else {
      segment.text = segment.text.length === 0 ? text : `${segment.text}\n\n${text}`;
    }
  }
}
