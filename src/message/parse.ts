// Reads a message file (.json, .eml or .msg) from its bytes into a snapshot; pure, no Node APIs.
import { readJson } from '../json/read-json';
import { decodeUtf8 } from './bytes';
import { parseEml } from './eml';
import { MessageReadError } from './errors';
import { parseMsg } from './msg';
import { toSnapshot } from './snapshot';
import type { MessageSnapshot } from './types';

export const MESSAGE_FILE_EXTENSIONS = ['.json', '.eml', '.msg'] as const;

function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function parseJson(bytes: Uint8Array, file: string): MessageSnapshot {
  const json = readJson(decodeUtf8(bytes));
  if (!json.ok) {
    throw new MessageReadError(
      file,
      '',
      `invalid JSON at line ${json.line}, column ${json.column}: ${json.message}`,
    );
  }
  const value = json.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new MessageReadError(file, '', 'expected a JSON object describing one message');
  }
  return toSnapshot(value, file);
}

/**
 * Parses a message file by its extension. Every problem (empty file, binary data, invalid JSON,
 * schema errors, broken MIME, a .msg that is not a compound file, no recipients) is a
 * `MessageReadError` naming the file, the field and the problem, never the message's content.
 */
export async function parseMessageBytes(
  bytes: Uint8Array,
  fileName: string,
): Promise<MessageSnapshot> {
  const extension = extensionOf(fileName);
  if (!(MESSAGE_FILE_EXTENSIONS as readonly string[]).includes(extension)) {
    throw new MessageReadError(
      fileName,
      '',
      'unsupported file type (expected .json, .eml or .msg)',
    );
  }
  if (bytes.length === 0) throw new MessageReadError(fileName, '', 'file is empty');
  if (extension === '.json') return parseJson(bytes, fileName);
  if (extension === '.eml') return parseEml(bytes, fileName);
  return parseMsg(bytes, fileName);
}
