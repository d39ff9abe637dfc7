// Node only: reads a message file from disk and parses it (.json, .eml, .msg).
import { readFile, stat } from 'node:fs/promises';
import { readProblem } from '../io/read-problem';
import { MessageReadError } from './errors';
import { parseMessageBytes } from './parse';
import type { MessageSnapshot } from './types';

/** Files larger than this are refused before reading (a message with a 20 MB attachment is ~27 MB). */
export const MAX_MESSAGE_FILE_BYTES = 256 * 1024 * 1024;

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
    throw new MessageReadError(path, '', readProblem(error));
  }
  return parseMessageBytes(bytes, path);
}
