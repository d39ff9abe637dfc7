// `sendguard policy validate <file>` and `sendguard init --domain <d>`: write and check a council's policy file.
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { readPolicyFile } from '../policy/file';
import { starterPolicy } from '../policy/init';
import { parsePolicy } from '../policy/load';
import { LABEL_PRESETS } from '../policy/presets';
import type { Policy } from '../policy/schema';
import { checkRuleOptions, rules, ruleSettings } from '../rules/index';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo, type ExitHolder } from './main';

/** The `policy` command group, created on first use; `policy test` (src/cli/policy-test.ts) attaches to it too. */
export function policyCommand(program: Command): Command {
  return (
    program.commands.find((c) => c.name() === 'policy') ??
    program.command('policy').description('Check and test a policy file')
  );
}

const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

/** A short summary of a valid policy, so IG can see at a glance what it will do. */
export function describePolicy(policy: Policy): string[] {
  const settings = rules.map((rule) => ({ id: rule.meta.id, ...ruleSettings(policy, rule) }));
  const on = settings.filter((s) => s.enabled);
  const blocks = on.filter((s) => s.level === 'block').length;
  const off = settings.filter((s) => !s.enabled).map((s) => s.id);
  const overridable = on.filter((s) => s.overridable).map((s) => s.id);
  const audiences = policy.audiences.map((a) =>
    a.id === 'external'
      ? 'external (fallback)'
      : `${a.id} (${a.domains.length} ${a.domains.length === 1 ? 'entry' : 'entries'})`,
  );
  if (!policy.audiences.some((a) => a.id === 'external')) audiences.push('external (fallback)');
  return [
    `  council: ${policy.council.name} (${policy.council.domain}), policy version ${policy.version}`,
    `  labels: ${policy.labels.scheme.map((l) => l.id).join(' < ')}`,
    `  audiences: ${audiences.join(', ')}`,
    `  rules: ${on.length} on (${blocks} block, ${on.length - blocks} warn)${off.length > 0 ? `, off: ${off.join(', ')}` : ''}`,
    `  overridable with a justification: ${overridable.length > 0 ? overridable.join(', ') : 'none'}`,
  ];
}

export async function validatePolicy(file: string, io: CliIo): Promise<number> {
  const result = await readPolicyFile(file);
  if (!result.ok) {
    for (const error of result.errors) io.stderr(`${error}\n`);
    io.stderr(
      `sendguard: ${file} is not a valid policy (${plural(result.errors.length, 'problem')})\n`,
    );
    return EXIT_USAGE;
  }
  io.stdout(`${file}: valid\n${describePolicy(result.policy).join('\n')}\n`);
  return EXIT_OK;
}

export interface InitOptions {
  domain: string;
  out: string;
  preset?: string;
  name?: string;
  force?: boolean;
}

/** Where the package's policy.schema.json is, relative to the written policy (for editor completion). */
function schemaReference(out: string): string | undefined {
  const schema = resolve(__dirname, '..', '..', 'policy.schema.json');
  if (!existsSync(schema)) return undefined;
  const rel = relative(dirname(resolve(out)), schema)
    .split(sep)
    .join('/');
  return rel.startsWith('.') ? rel : `./${rel}`;
}

export async function initPolicy(opts: InitOptions, io: CliIo): Promise<number> {
  const preset =
    opts.preset === undefined ? undefined : LABEL_PRESETS.find((p) => p.id === opts.preset);
  if (opts.preset !== undefined && preset === undefined) {
    throw new UsageError(`--preset must be one of ${LABEL_PRESETS.map((p) => p.id).join(', ')}`);
  }
  let starter;
  try {
    starter = starterPolicy(opts.domain, { name: opts.name, preset });
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`--domain: ${error.message}`);
    throw error;
  }
  const checked = parsePolicy(starter, { ruleOptions: checkRuleOptions });
  if (!checked.ok)
    throw new Error(`starter policy failed its own checks: ${checked.errors.join('; ')}`);
  const schema = schemaReference(opts.out);
  const document = schema === undefined ? starter : { $schema: schema, ...starter };
  try {
    await writeFile(opts.out, `${JSON.stringify(document, null, 2)}\n`, {
      encoding: 'utf8',
      flag: opts.force ? 'w' : 'wx',
    });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST')
      throw new UsageError(`${opts.out} already exists; use --force to overwrite it`);
    throw new UsageError(`${opts.out}: cannot be written (${code ?? 'error'})`);
  }
  io.stdout(
    [
      `Wrote ${opts.out}: starter policy for ${checked.policy.council.domain}`,
      ...describePolicy(checked.policy),
      `Next: ${opts.name === undefined ? 'set council.name, ' : ''}check communicationsTeam, add partner domains, then run`,
      `  sendguard policy validate ${opts.out}`,
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}

export function registerPolicy(program: Command, io: CliIo, result: ExitHolder): void {
  policyCommand(program)
    .command('validate')
    .description(
      'Check a policy file: every problem is listed as <file>: <path>: <message>; exit 0 when valid, 2 when not',
    )
    .argument('<file>', 'policy JSON file')
    .action(async (file: string) => {
      result.exitCode = await validatePolicy(file, io);
    });
  program
    .command('init')
    .description("Write a starter policy for a council's own mail domain")
    .requiredOption('--domain <domain>', "the council's own mail domain, e.g. mycouncil.gov.uk")
    .option('--out <file>', 'file to write', 'policy.json')
    .option(
      '--preset <id>',
      `label scheme preset: ${LABEL_PRESETS.map((p) => p.id).join(', ')} (default: UNMARKED < PROTECT < RESTRICTED)`,
    )
    .option('--name <name>', "the council's name (default: the domain)")
    .option('--force', 'overwrite an existing file')
    .action(async (opts: InitOptions) => {
      result.exitCode = await initPolicy(opts, io);
    });
}
