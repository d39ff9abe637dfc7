// `sendguard policy test <cases>`: runs a file of sample messages through a policy and compares decisions and rule ids.
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import * as z from '../zod';
import { evaluate } from '../engine/evaluate';
import { readMessageFile } from '../message/file';
import { parseMessageBytes } from '../message/parse';
import type { MessageSnapshot } from '../message/types';
import { RULE_IDS, type RuleId } from '../policy/schema';
import { activeReasons, describeReadError, loadPolicyOption } from './check';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliIo, type ExitHolder } from './main';
import { policyCommand } from './policy';

const RuleIdSchema = z.enum(RULE_IDS);

export const PolicyCaseSchema = z
  .strictObject({
    name: z.string().check(z.minLength(1)),
    /** The message inline, in the brief's message JSON. */
    message: z.optional(z.record(z.string(), z.unknown())),
    /** Or a message file (.json, .eml, .msg), relative to the cases file. */
    file: z.optional(z.string().check(z.minLength(1))),
    /** Justifications given for overridable blocks, by rule id. */
    justifications: z.optional(z.partialRecord(RuleIdSchema, z.string().check(z.minLength(1)))),
    expect: z.strictObject({
      decision: z.enum(['allow', 'warn', 'block']),
      /** Exactly the rules that count towards the decision (overridden blocks excluded), any order. */
      rules: z._default(z.array(RuleIdSchema), []),
      /** Rules whose block the justification overrode, when the case wants to check them. */
      overridden: z.optional(z.array(RuleIdSchema)),
    }),
  })
  .check(
    z.refine((c) => (c.message === undefined) !== (c.file === undefined), {
      message: 'give either "message" or "file"',
      // Also report this when other fields of the case are wrong, so every problem is listed at once.
      when: (payload) => typeof payload.value === 'object' && payload.value !== null,
    }),
  );
export type PolicyCase = z.infer<typeof PolicyCaseSchema>;

export const PolicyCasesSchema = z
  .array(PolicyCaseSchema)
  .check(z.minLength(1, 'the file lists no cases'));

export interface PolicyTestOptions {
  policy?: string;
}

function issuePath(path: readonly PropertyKey[]): string {
  return path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`))
    .join('')
    .replace(/^\./, '');
}

async function readCases(file: string): Promise<PolicyCase[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new UsageError(describeReadError(file, error));
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : 'syntax error'})`,
    );
  }
  const parsed = PolicyCasesSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (i) => `${issuePath(i.path) || '(file)'}: ${i.message}`,
    );
    throw new UsageError(`${file}: ${problems.join('; ')}`);
  }
  return parsed.data;
}

async function caseMessage(
  casesFile: string,
  c: PolicyCase,
  index: number,
): Promise<MessageSnapshot> {
  if (c.file !== undefined) return readMessageFile(resolve(dirname(casesFile), c.file));
  const bytes = new TextEncoder().encode(JSON.stringify(c.message));
  return parseMessageBytes(bytes, `${casesFile} case ${index + 1}.json`);
}

const sorted = (ids: readonly string[]): string[] => [...new Set(ids)].sort();

export async function runPolicyTest(
  casesFile: string,
  opts: PolicyTestOptions,
  io: CliIo,
): Promise<number> {
  const policy = await loadPolicyOption(opts.policy);
  const cases = await readCases(casesFile);
  const now = new Date();
  let passed = 0;
  for (const [index, c] of cases.entries()) {
    let message: MessageSnapshot;
    try {
      message = await caseMessage(casesFile, c, index);
    } catch (error) {
      io.stdout(
        `FAIL  ${c.name}\n      cannot read the message: ${describeReadError(c.file ?? casesFile, error)}\n`,
      );
      continue;
    }
    const justifications: Partial<Record<RuleId, string>> = c.justifications ?? {};
    const verdict = evaluate(message, policy, now, { justifications });
    const rules = sorted(activeReasons(verdict).map((r) => r.rule));
    const overridden = sorted(
      verdict.reasons.filter((r) => r.overridden !== undefined).map((r) => r.rule),
    );
    const want = sorted(c.expect.rules);
    const problems: string[] = [];
    if (verdict.decision !== c.expect.decision || rules.join() !== want.join()) {
      problems.push(`expected ${c.expect.decision} [${want.join(', ')}]`);
      problems.push(`got      ${verdict.decision} [${rules.join(', ')}]`);
    }
    if (
      c.expect.overridden !== undefined &&
      sorted(c.expect.overridden).join() !== overridden.join()
    ) {
      problems.push(
        `expected overridden [${sorted(c.expect.overridden).join(', ')}], got [${overridden.join(', ')}]`,
      );
    }
    if (problems.length === 0) {
      passed += 1;
      io.stdout(`PASS  ${c.name}\n`);
    } else {
      io.stdout(`FAIL  ${c.name}\n${problems.map((p) => `      ${p}\n`).join('')}`);
    }
  }
  const failed = cases.length - passed;
  io.stdout(
    `\n${cases.length} case${cases.length === 1 ? '' : 's'}: ${passed} passed, ${failed} failed\n`,
  );
  return failed === 0 ? EXIT_OK : EXIT_FINDINGS;
}

/** Adds `test` to the `policy` command group of src/cli/policy.ts. */
export function registerPolicyTest(program: Command, io: CliIo, result: ExitHolder): void {
  policyCommand(program)
    .command('test')
    .description(
      'Run sample messages through a policy and compare the decision and rule ids with what each case expects',
    )
    .argument(
      '<cases>',
      'JSON file of cases: [{ "name", "message" | "file", "expect": { "decision", "rules" } }]',
    )
    .option('--policy <file>', 'policy file (default: the embedded default policy)')
    .action(async (cases: string, opts: PolicyTestOptions) => {
      result.exitCode = await runPolicyTest(cases, opts, io);
    });
}
