// Node only: reads a message file from disk and parses it (.json, .eml, .msg).
import { readFile, stat } from 'node:fs/promises';
import { MessageReadError } from './errors';
import { parseMessageBytes } from './parse';
import type { MessageSnapshot } from './types';

/** Files larger than this are refused before reading (a message with a 20 MB attachment is ~27 MB). */
export const MAX_MESSAGE_FILE_BYTES = 256 * 1024 * 1024;

function reasonFor(error: unknown): string {
  const code =
    typeof error === 'object' && error !== null && 'code' in error
      ? String((error as { code: unknown }).code)
      : '';
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return code ? `cannot read file (${code})` : 'cannot read file';
}

/** Reads and parses the message at `path`; errors are `MessageReadError`s naming `path`. */
export async function readMessageFile(path: string): Promise<MessageSnapshot> {
  let bytes: Uint8Array;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new MessageReadError(path, '', 'is a directory, not a file');
    if (info.size > MAX_MESSAGE_FILE_BYTES)
      throw new MessageReadError(path, '', 'file is larger than 256 MB');
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    if (error instanceof MessageReadError) throw error;
    throw new MessageReadError(path, '', reasonFor(error));
  }
  return parseMessageBytes(bytes, path);
}
