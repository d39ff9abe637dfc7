// The `sendguard` command line: parses arguments and dispatches to one module per command.
import { Command, CommanderError } from 'commander';
import { registerScan } from './scan';
import { registerPolicy } from './policy';
import { registerCheck } from './check';
import { registerPolicyTest } from './policy-test';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Raised by commands for bad input: printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** Runs the CLI and resolves to its exit code. Each command sets `exitCode` through the holder. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const result = { exitCode: EXIT_OK };
  const program = new Command('sendguard')
    .description('Checks council email for sensitive data and the wrong recipients')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  registerScan(program, io, result);
  registerPolicy(program, io, result);
  registerCheck(program, io, result);
  registerPolicyTest(program, io, result);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return result.exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`sendguard: ${error.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr(`sendguard: internal error: ${error instanceof Error ? error.name : 'unknown'}\n`);
    return EXIT_USAGE;
  }
}

export interface ExitHolder {
  exitCode: number;
}
