// `sendguard check <files...>`: one verdict per message file, as text (optionally explained) or the brief's JSON.
import type { Command } from 'commander';
import { evaluate } from '../engine/evaluate';
import type { Reason, Verdict } from '../engine/types';
import { LOCALES, type Locale } from '../i18n/index';
import { readProblem } from '../io/read-problem';
import { MessageReadError } from '../message/errors';
import { readMessageFile } from '../message/file';
import { defaultPolicy } from '../policy/default';
import { readPolicyFile } from '../policy/file';
import { RULE_IDS, type Policy, type RuleId } from '../policy/schema';
import {
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  UsageError,
  type CliIo,
  type ExitHolder,
} from './main';

/** One file's line in `--format json`: exactly the brief's shape. */
export interface CheckResult {
  file: string;
  decision: Verdict['decision'];
  label: string | null;
  requiredLabel: string | null;
  encrypted: boolean;
  reasons: { rule: string; level: string; message: string }[];
  findings: { type: string; count: number; locations: string[] }[];
}

export interface CheckOptions {
  policy?: string;
  format?: string;
  explain?: boolean;
  justify?: string[];
  locale?: string;
}

/** The policy named by `--policy` (rule options checked by the rules' schemas), or the embedded default; a bad file is a usage error listing every problem. */
export async function loadPolicyOption(file: string | undefined): Promise<Policy> {
  if (file === undefined) return defaultPolicy;
  const result = await readPolicyFile(file);
  if (!result.ok)
    throw new UsageError(`invalid policy\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
  return result.policy;
}

/** `--justify rule=text` pairs, checked against the rule ids. */
export function parseJustifications(
  pairs: readonly string[] = [],
): Partial<Record<RuleId, string>> {
  const out: Partial<Record<RuleId, string>> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    const rule = (at < 0 ? pair : pair.slice(0, at)).trim();
    const text = at < 0 ? '' : pair.slice(at + 1).trim();
    if (!(RULE_IDS as readonly string[]).includes(rule)) {
      throw new UsageError(
        `--justify: unknown rule "${rule}" (expected one of ${RULE_IDS.join(', ')})`,
      );
    }
    if (text === '')
      throw new UsageError(`--justify ${rule}: give the justification as ${rule}=<text>`);
    out[rule as RuleId] = text;
  }
  return out;
}

export function parseLocale(value: string | undefined): Locale {
  if (value === undefined) return 'en';
  if (!(LOCALES as readonly string[]).includes(value))
    throw new UsageError(`--locale must be one of ${LOCALES.join(', ')}`);
  return value as Locale;
}

/** Reasons that count towards the decision (an overridden block is listed in text output only). */
export function activeReasons(verdict: Verdict): Reason[] {
  return verdict.reasons.filter((r) => r.overridden === undefined);
}

export function toCheckResult(file: string, verdict: Verdict): CheckResult {
  return {
    file,
    decision: verdict.decision,
    label: verdict.label,
    requiredLabel: verdict.requiredLabel,
    encrypted: verdict.encrypted,
    reasons: activeReasons(verdict).map((r) => ({
      rule: r.rule,
      level: r.level,
      message: r.message,
    })),
    findings: verdict.findings.map((f) => ({
      type: f.type,
      count: f.count,
      locations: f.locations,
    })),
  };
}

function explainReason(reason: Reason): string[] {
  const e = reason.evidence;
  const lines: string[] = [];
  if (e?.types !== undefined && e.types.length > 0)
    lines.push(`types: ${[...new Set(e.types)].join(', ')}`);
  if (e?.locations !== undefined && e.locations.length > 0)
    lines.push(`where: ${e.locations.join(', ')}`);
  if (e?.recipients !== undefined && e.recipients.length > 0) {
    lines.push(`recipients: ${e.recipients.map((r) => `${r.address} (${r.audience})`).join(', ')}`);
  }
  if (e?.labels !== undefined) {
    const l = e.labels;
    const parts = [
      `applied ${l.applied ?? 'none'}`,
      `required ${l.required ?? 'none'}`,
      `effective ${l.effective ?? 'none'}`,
    ];
    if (l.original !== undefined) parts.push(`original ${l.original ?? 'none'}`);
    lines.push(`labels: ${parts.join(', ')}`);
  }
  lines.push(
    `message id: ${reason.messageId}${reason.overridable ? ' (overridable with a justification)' : ''}`,
  );
  return lines;
}

/** The text report of one verdict; `explain` adds what each rule fired on, the recipients and the fixes. */
export function formatVerdictText(file: string, verdict: Verdict, explain: boolean): string {
  const out: string[] = [];
  out.push(`${file}: ${verdict.decision.toUpperCase()}`);
  out.push(
    `  label: ${verdict.label ?? 'none'}   required: ${verdict.requiredLabel ?? 'none'}   encrypted: ${verdict.encrypted ? 'yes' : 'no'}`,
  );
  if (verdict.reasons.length === 0) out.push('  reasons: none');
  for (const reason of verdict.reasons) {
    const level = reason.overridden === undefined ? reason.level : `${reason.level}, overridden`;
    out.push(`  [${level}] ${reason.rule}: ${reason.message}`);
    if (reason.overridden !== undefined)
      out.push(`      justification: ${reason.overridden.justification}`);
    if (explain) for (const line of explainReason(reason)) out.push(`      ${line}`);
  }
  if (verdict.findings.length === 0) out.push('  findings: none');
  else {
    out.push('  findings:');
    for (const f of verdict.findings)
      out.push(`    ${f.type} x${f.count}: ${f.locations.join(', ')}`);
  }
  if (explain) {
    out.push(`  effective label: ${verdict.effectiveLabel ?? 'none'}`);
    if (verdict.recipients.length > 0) {
      out.push('  recipients:');
      for (const r of verdict.recipients) {
        out.push(
          `    ${r.field}: ${r.address} (${r.audience}${r.lookalikeOf === undefined ? '' : `, looks like ${r.lookalikeOf}`})`,
        );
      }
    }
    for (const u of verdict.unscannedAttachments)
      out.push(`  not scanned: ${u.name} (${u.reason})`);
    if (verdict.fixes.length > 0) {
      out.push('  fixes:');
      for (const fix of verdict.fixes) {
        switch (fix.kind) {
          case 'apply-label':
            out.push(`    apply-label ${fix.label}`);
            break;
          case 'encrypt':
            out.push(`    encrypt ${fix.token}`);
            break;
          case 'remove-recipient':
          case 'add-recipient':
            out.push(`    ${fix.kind} ${fix.address}`);
            break;
          case 'move-to-bcc':
            out.push(`    move-to-bcc ${fix.addresses.join(', ')}`);
            break;
        }
      }
    }
    for (const e of verdict.errors) out.push(`  rule error: ${e.rule}: ${e.error}`);
    out.push(`  policy version: ${verdict.policyVersion}`);
  }
  return out.join('\n') + '\n';
}

/** A file's read problem as one line: the error names the file and what is wrong, never a stack. */
export function describeReadError(file: string, error: unknown): string {
  if (error instanceof MessageReadError) return error.message;
  return `${file}: ${readProblem(error)}`;
}

export async function runCheck(
  files: readonly string[],
  opts: CheckOptions,
  io: CliIo,
): Promise<number> {
  const format = opts.format ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--format must be text or json, not "${format}"`);
  const locale = parseLocale(opts.locale);
  const justifications = parseJustifications(opts.justify);
  const policy = await loadPolicyOption(opts.policy);
  const now = new Date();
  const results: CheckResult[] = [];
  let failed = false;
  let flagged = false;
  for (const file of files) {
    let verdict: Verdict;
    try {
      const message = await readMessageFile(file);
      verdict = evaluate(message, policy, now, { locale, justifications });
    } catch (error) {
      failed = true;
      io.stderr(`sendguard: ${describeReadError(file, error)}\n`);
      continue;
    }
    if (verdict.decision !== 'allow') flagged = true;
    if (format === 'json') results.push(toCheckResult(file, verdict));
    else io.stdout(formatVerdictText(file, verdict, opts.explain === true));
  }
  if (format === 'json') io.stdout(JSON.stringify(results, null, 2) + '\n');
  if (failed) return EXIT_USAGE;
  return flagged ? EXIT_FINDINGS : EXIT_OK;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

export function registerCheck(program: Command, io: CliIo, result: ExitHolder): void {
  program
    .command('check')
    .description('Check message files (.eml, .msg, .json) against the policy: allow, warn or block')
    .argument('<files...>', 'message files')
    .option('--policy <file>', 'policy file (default: the embedded default policy)')
    .option('--format <format>', 'text or json', 'text')
    .option(
      '--explain',
      'show which rule fired on what: types, locations, recipients and audiences (never values)',
    )
    .option(
      '--justify <rule=text>',
      'a justification for an overridable block (repeatable)',
      collect,
      [],
    )
    .option('--locale <locale>', 'language of the reasons: en or cy', 'en')
    .action(async (files: string[], opts: CheckOptions) => {
      result.exitCode = await runCheck(files, opts, io);
    });
}
