// Zip archives for attachment reading: encryption flags and bounded extraction with fflate.
import { strFromU8, unzipSync } from 'fflate';

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

/** Raised when an entry's content does not match its CRC-32 (damaged, or a header lying about sizes). */
export class ZipCorruptError extends Error {
  constructor() {
    super('archive entry is damaged');
    this.name = 'ZipCorruptError';
  }
}

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) {
    crc = (CRC_TABLE[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

interface CentralEntry {
  encrypted: boolean;
  crc: number;
}

/** The central directory's entries by name (decoded as fflate decodes them), or null without one. */
function centralDirectory(data: Uint8Array): Map<string, CentralEntry> | null {
  let eocd = -1;
  for (let i = data.length - 22; i >= 0 && i >= data.length - 65557; i--) {
    if (u32(data, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const entries = new Map<string, CentralEntry>();
  const count = u16(data, eocd + 10);
  let at = u32(data, eocd + 16);
  for (let n = 0; n < count && at + 46 <= data.length; n++) {
    if (u32(data, at) !== 0x02014b50) break;
    const flags = u16(data, at + 8);
    const nameLength = u16(data, at + 28);
    const name = strFromU8(data.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) === 0);
    entries.set(name, { encrypted: (flags & 1) === 1, crc: u32(data, at + 16) });
    at += 46 + nameLength + u16(data, at + 30) + u16(data, at + 32);
  }
  return entries;
}

/** True when any entry in the central directory (or, failing that, the first local header) is encrypted. */
export function zipHasEncryptedEntry(data: Uint8Array): boolean {
  const entries = centralDirectory(data);
  if (entries) {
    for (const entry of entries.values()) if (entry.encrypted) return true;
    return false;
  }
  return data.length >= 8 && u32(data, 0) === 0x04034b50 && (u16(data, 6) & 1) === 1;
}

/**
 * Extracts the entries `wanted` accepts. Their declared uncompressed sizes are added up before any
 * inflation and must stay within `budget`; inflation writes into buffers of the declared size, so a
 * lying header cannot make it allocate more, and every entry's CRC-32 is checked, so a truncated
 * (or damaged) entry is never passed on as if complete. Returns the entries and the bytes declared.
 */
export function unzipWithin(
  data: Uint8Array,
  budget: number,
  wanted: (name: string) => boolean,
): { files: Record<string, Uint8Array>; expandedBytes: number } {
  const entries = centralDirectory(data);
  if (entries === null) throw new ZipCorruptError();
  for (const entry of entries.values()) if (entry.encrypted) throw new ZipEncryptedError();
  let expandedBytes = 0;
  const files = unzipSync(data, {
    filter: (file) => {
      if (!wanted(file.name)) return false;
      expandedBytes += file.originalSize;
      if (expandedBytes > budget) throw new ZipTooLargeError();
      return true;
    },
  });
  for (const name of Object.keys(files)) {
    const entry = entries.get(name);
    if (!entry || crc32(files[name] as Uint8Array) !== entry.crc) throw new ZipCorruptError();
  }
  return { files, expandedBytes };
}
