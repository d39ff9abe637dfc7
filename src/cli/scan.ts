// `sendguard scan <files...>`: runs the detectors over plain text files (or stdin) and prints findings, never values.
import { readFile, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { scanText } from '../detectors/scan';
import type { Finding } from '../detectors/types';
import { normaliseText } from '../message/normalise';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo, type ExitHolder } from './main';
import { readProblem } from '../io/read-problem';

/** Plain text files larger than this are refused before reading. */
export const MAX_SCAN_FILE_BYTES = 64 * 1024 * 1024;

/** One file's entry in `--format json`: exactly the brief's shape. */
export interface ScanResult {
  file: string;
  findings: { type: string; start: number; end: number; confidence: number }[];
}

export interface ScanCommandOptions {
  format?: string;
}

const FORMATS = ['text', 'json'] as const;
type Format = (typeof FORMATS)[number];

function parseFormat(value: string | undefined): Format {
  const format = value ?? 'text';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}`);
  }
  return format as Format;
}

/** Bytes of a text file as a string: UTF-8 (BOM dropped) or UTF-16 with a BOM; NUL bytes mean it is not plain text. */
export function decodeText(bytes: Uint8Array, file: string): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.indexOf(0) >= 0)
    throw new UsageError(`${file}: not a plain text file (binary content)`);
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
}

async function readTextFile(file: string, io: CliIo): Promise<string> {
  if (file === '-') return io.readStdin();
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new UsageError(`${file}: is a directory, not a file`);
    if (info.size > MAX_SCAN_FILE_BYTES) throw new UsageError(`${file}: file is larger than 64 MB`);
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: ${readProblem(error)}`);
  }
  return decodeText(bytes, file);
}

function toResult(file: string, findings: readonly Finding[]): ScanResult {
  return {
    file,
    findings: findings.map((f) => ({
      type: f.type,
      start: f.start,
      end: f.end,
      confidence: f.confidence,
    })),
  };
}

/** Text output: one heading line per file, then one line per finding with type, offsets and confidence. */
export function formatScanText(results: readonly ScanResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    const count = result.findings.length;
    lines.push(
      `${result.file}: ${count === 0 ? 'no findings' : `${count} finding${count === 1 ? '' : 's'}`}`,
    );
    for (const f of result.findings) {
      lines.push(
        `  ${f.type.padEnd(24)} ${`${f.start}-${f.end}`.padEnd(13)} confidence ${f.confidence.toFixed(2)}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Reads every file first (a missing or unreadable one is a usage error naming it), then scans and prints. */
export async function runScan(
  files: readonly string[],
  options: ScanCommandOptions,
  io: CliIo,
): Promise<number> {
  const format = parseFormat(options.format);
  const texts: string[] = [];
  for (const file of files) texts.push(normaliseText(await readTextFile(file, io)));
  const results = files.map((file, i) => toResult(file, scanText(texts[i] ?? '')));
  io.stdout(format === 'json' ? `${JSON.stringify(results, null, 2)}\n` : formatScanText(results));
  return results.some((r) => r.findings.length > 0) ? EXIT_FINDINGS : EXIT_OK;
}

export function registerScan(program: Command, io: CliIo, result: ExitHolder): void {
  program
    .command('scan')
    .description(
      'Scan plain text files for sensitive data (`-` reads standard input); prints types and offsets, never values',
    )
    .argument('<files...>', 'plain text files, or - for standard input')
    .option('--format <format>', 'text or json', 'text')
    .action(async (files: string[], opts: ScanCommandOptions) => {
      result.exitCode = await runScan(files, opts, io);
    });
}
