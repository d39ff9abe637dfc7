// Node only: reads a policy file from disk, checking rule options with the rules' schemas; every error names the file.
import { readFile } from 'node:fs/promises';
import { readProblem } from '../io/read-problem';
import { checkRuleOptions } from '../rules/index';
import { parsePolicyText, type ParsePolicyOptions, type PolicyResult } from './load';
import type { Policy } from './schema';

const MAX_POLICY_BYTES = 5 * 1024 * 1024;

/** A policy file that cannot be used: `errors` lists every problem, each line starting with the file name. */
export class PolicyFileError extends Error {
  constructor(
    readonly file: string,
    readonly errors: readonly string[],
  ) {
    super(errors.join('\n'));
    this.name = 'PolicyFileError';
  }
}

/**
 * Reads and checks `path` (schema, semantics and, unless `options.ruleOptions` replaces it, each rule's
 * options). Problems come back as `<file>: <path>: message`, JSON syntax as `<file>:<line>:<column>: message`.
 */
export async function readPolicyFile(
  path: string,
  options: ParsePolicyOptions = {},
): Promise<PolicyResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, errors: [`${path}: ${readProblem(error)}`] };
  }
  if (bytes.length > MAX_POLICY_BYTES) {
    return {
      ok: false,
      errors: [
        `${path}: ${bytes.length} bytes is too large for a policy (limit ${MAX_POLICY_BYTES})`,
      ],
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, errors: [`${path}: not UTF-8 text`] };
  }
  const result = parsePolicyText(text, path, { ruleOptions: checkRuleOptions, ...options });
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.errors.map((e) => (e.startsWith(`${path}:`) ? e : `${path}: ${e}`)),
  };
}

/** The policy in `path`; throws PolicyFileError listing every problem. */
export async function loadPolicyFile(
  path: string,
  options: ParsePolicyOptions = {},
): Promise<Policy> {
  const result = await readPolicyFile(path, options);
  if (!result.ok) throw new PolicyFileError(path, result.errors);
  return result.policy;
}
