// Zip archives for attachment reading: encryption flags and bounded extraction with fflate.
import { unzipSync } from 'fflate';

/** Raised when an archive would expand past the bytes left in the budget (a zip bomb or just big). */
export class ZipTooLargeError extends Error {
  constructor() {
    super('archive expands past the size budget');
    this.name = 'ZipTooLargeError';
  }
}

/** Raised when an entry is encrypted (general purpose flag bit 0). */
export class ZipEncryptedError extends Error {
  constructor() {
    super('archive is encrypted');
    this.name = 'ZipEncryptedError';
  }
}

export const ZIP_MAGIC = [0x50, 0x4b] as const;

function u16(data: Uint8Array, at: number): number {
  return (data[at] as number) | ((data[at + 1] as number) << 8);
}

function u32(data: Uint8Array, at: number): number {
  return (u16(data, at) | (u16(data, at + 2) << 16)) >>> 0;
}

/** True when any entry in the central directory (or, failing that, a local header) is encrypted. */
export function zipHasEncryptedEntry(data: Uint8Array): boolean {
  let eocd = -1;
  for (let i = data.length - 22; i >= 0 && i >= data.length - 65557; i--) {
    if (u32(data, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd >= 0) {
    const count = u16(data, eocd + 10);
    let at = u32(data, eocd + 16);
    for (let n = 0; n < count && at + 46 <= data.length; n++) {
      if (u32(data, at) !== 0x02014b50) break;
      if ((u16(data, at + 8) & 1) === 1) return true;
      at += 46 + u16(data, at + 28) + u16(data, at + 30) + u16(data, at + 32);
    }
    return false;
  }
  return data.length >= 8 && u32(data, 0) === 0x04034b50 && (u16(data, 6) & 1) === 1;
}

/**
 * Extracts the entries `wanted` accepts. Their declared uncompressed sizes are added up before any
 * inflation and must stay within `budget`; inflation writes into buffers of the declared size, so a
 * lying header cannot make it allocate more. Returns the entries and the bytes they declared.
 */
export function unzipWithin(
  data: Uint8Array,
  budget: number,
  wanted: (name: string) => boolean,
): { files: Record<string, Uint8Array>; expandedBytes: number } {
  if (zipHasEncryptedEntry(data)) throw new ZipEncryptedError();
  let expandedBytes = 0;
  const files = unzipSync(data, {
    filter: (file) => {
      if (!wanted(file.name)) return false;
      expandedBytes += file.originalSize;
      if (expandedBytes > budget) throw new ZipTooLargeError();
      return true;
    },
  });
  return { files, expandedBytes };
}
