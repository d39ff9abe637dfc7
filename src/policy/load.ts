// Loads a policy: schema checks (zod) plus semantic checks, every problem as `path: message`, all or nothing.
import * as z from '../zod';
import { readJson } from '../json/read-json';
import { ENTITY_TYPES } from '../detectors/types';
import { audienceOf, compileAudiences } from '../audiences/compile';
import { editDistance } from '../audiences/distance';
import { parseDomainEntry } from '../audiences/domain';
import { deepFreeze } from './freeze';
import { PolicySchema, RULE_IDS, type Policy, type RuleId } from './schema';

export type PolicyResult = { ok: true; policy: Policy } | { ok: false; errors: string[] };

/** What a rule-options checker may need: the ids the policy declares. */
export interface PolicyNames {
  labels: readonly string[];
  audiences: readonly string[];
}

export interface ParsePolicyOptions {
  /**
   * Checks one rule's `options` (the rules' own schemas). Each problem is `path: message` with the path
   * relative to the options object (`barred.SECRET: unknown label`), or `: message` for the object itself.
   */
  ruleOptions?: (ruleId: RuleId, options: unknown, names: PolicyNames) => string[];
}

type Path = readonly PropertyKey[];

/** `rules.reply-all.level`, `audiences[2].domains[0]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? 'policy' : out;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  if (typeof value === 'boolean') return 'a boolean';
  return typeof value;
}

function expectedName(expected: string): string {
  if (expected === 'object' || expected === 'array') return `an ${expected}`;
  if (expected === 'string' || expected === 'number' || expected === 'boolean')
    return `a ${expected}`;
  return expected;
}

function plural(count: number | bigint, noun: string): string {
  return `${count} ${noun}${Number(count) === 1 ? '' : 's'}`;
}

/** Wording for zod's built-in checks; messages set in the schema itself take precedence. */
export const policyErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'required'
        : `expected ${expectedName(issue.expected)}, got ${typeName(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map(String).join('|')}`;
    case 'too_small': {
      const min = issue.minimum;
      if (issue.origin === 'array') return `expected at least ${plural(min, 'item')}`;
      if (issue.origin === 'string')
        return Number(min) <= 1
          ? 'must not be empty'
          : `expected at least ${plural(min, 'character')}`;
      return `expected a number ${issue.inclusive ? '>=' : '>'} ${String(min)}`;
    }
    case 'too_big': {
      const max = issue.maximum;
      if (issue.origin === 'array') return `expected at most ${plural(max, 'item')}`;
      if (issue.origin === 'string') return `expected at most ${plural(max, 'character')}`;
      return `expected a number ${issue.inclusive ? '<=' : '<'} ${String(max)}`;
    }
    case 'invalid_format':
      return issue.format === 'email'
        ? 'expected an email address such as press.office@example.gov.uk'
        : `invalid ${issue.format}`;
    case 'not_multiple_of':
      return `expected a multiple of ${String(issue.divisor)}`;
    default:
      return undefined;
  }
};

/** The keys a strict object or enum record accepts at `path`, for "did you mean" hints. */
function knownKeys(path: Path): readonly string[] {
  if (path.length === 0) return Object.keys(PolicySchema.shape);
  if (path.length === 1 && path[0] === 'rules') return RULE_IDS;
  if (
    path.length === 2 &&
    path[0] === 'detection' &&
    (path[1] === 'minimumLabels' || path[1] === 'lexicons')
  ) {
    return ENTITY_TYPES;
  }
  let schema: z.core.$ZodType = PolicySchema;
  for (const key of path) {
    schema = unwrap(schema);
    const def = schema._zod.def as {
      type: string;
      shape?: Record<string, z.core.$ZodType>;
      element?: z.core.$ZodType;
      valueType?: z.core.$ZodType;
    };
    if (def.type === 'object' && typeof key === 'string' && def.shape?.[key])
      schema = def.shape[key];
    else if (def.type === 'array' && def.element) schema = def.element;
    else if (def.type === 'record' && def.valueType) schema = def.valueType;
    else return [];
  }
  const def = unwrap(schema)._zod.def as { type: string; shape?: Record<string, unknown> };
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let current = schema;
  for (;;) {
    const def = current._zod.def as { type: string; innerType?: z.core.$ZodType };
    if (
      def.innerType &&
      ['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(def.type)
    ) {
      current = def.innerType;
    } else return current;
  }
}

function unknownKey(path: Path, key: string): string {
  const known = knownKeys(path);
  const what =
    path.length === 1 && path[0] === 'rules'
      ? 'unknown rule id'
      : path[0] === 'detection' && path.length === 2
        ? 'unknown entity type'
        : 'unknown key';
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    const d = editDistance(key.toLowerCase(), candidate.toLowerCase(), 2);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best === undefined ? what : `${what}; did you mean ${best}?`;
}

function schemaErrors(issues: readonly z.core.$ZodIssue[]): string[] {
  const errors: string[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        errors.push(`${formatPath([...issue.path, key])}: ${unknownKey(issue.path, key)}`);
    } else {
      errors.push(`${formatPath(issue.path)}: ${issue.message}`);
    }
  }
  return errors;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
const LABEL_ID = /^[A-Z][A-Z0-9-]*$/;
const ASCII_DOMAIN = /^[\w-]{1,63}(?:\.[\w-]{1,63})*$/;

/** Semantic checks on the raw input, so they are listed together with the schema's problems. */
function semanticErrors(input: unknown, options: ParsePolicyOptions): string[] {
  const errors: string[] = [];
  const root = asRecord(input);
  const labels = asRecord(root.labels);

  // Scheme: each label once (a repeated label makes the order cyclic).
  const scheme = asArray(labels.scheme);
  const ids: string[] = [];
  const firstIndex = new Map<string, number>();
  scheme.forEach((entry, index) => {
    const id = asRecord(entry).id;
    if (typeof id !== 'string' || !LABEL_ID.test(id)) return;
    const first = firstIndex.get(id);
    if (first === undefined) {
      firstIndex.set(id, index);
      ids.push(id);
      return;
    }
    const cycle = [...ids.slice(first), id].join(' < ');
    errors.push(
      `labels.scheme[${index}].id: ${id} is already labels.scheme[${first}]; a label listed twice makes the order cyclic (${cycle})`,
    );
  });
  const known = new Set(ids);
  const schemeText = ids.join(', ');
  const checkLabel = (path: Path, value: unknown): void => {
    if (known.size === 0 || typeof value !== 'string' || !LABEL_ID.test(value) || known.has(value))
      return;
    errors.push(`${formatPath(path)}: unknown label ${value}; the scheme has ${schemeText}`);
  };

  // Descriptors: each once, none spelled like a label.
  const descriptors = new Set<string>();
  asArray(labels.descriptors).forEach((d, index) => {
    if (typeof d !== 'string') return;
    if (known.has(d))
      errors.push(
        `labels.descriptors[${index}]: ${d} is a label; a descriptor must differ from every label`,
      );
    else if (descriptors.has(d)) errors.push(`labels.descriptors[${index}]: ${d} is listed twice`);
    descriptors.add(d);
  });

  // Purview mappings.
  const purviewNames = new Map<string, number>();
  const purviewGuids = new Map<string, number>();
  asArray(labels.purview).forEach((entry, index) => {
    const mapping = asRecord(entry);
    checkLabel(['labels', 'purview', index, 'label'], mapping.label);
    if (typeof mapping.name === 'string') {
      const name = mapping.name.trim().toLowerCase();
      const first = purviewNames.get(name);
      if (first !== undefined)
        errors.push(
          `labels.purview[${index}].name: ${mapping.name} is already labels.purview[${first}]`,
        );
      else purviewNames.set(name, index);
    }
    if (typeof mapping.guid === 'string') {
      const guid = mapping.guid
        .trim()
        .replace(/^\{|\}$/g, '')
        .toLowerCase();
      const first = purviewGuids.get(guid);
      if (first !== undefined)
        errors.push(`labels.purview[${index}].guid: already labels.purview[${first}]`);
      else purviewGuids.set(guid, index);
    }
  });

  // Detection.
  const detection = asRecord(root.detection);
  const minimum = asRecord(detection.minimumLabels);
  for (const type of Object.keys(minimum))
    checkLabel(['detection', 'minimumLabels', type], minimum[type]);
  checkLabel(['detection', 'bulk', 'label'], asRecord(detection.bulk).label);

  // Audiences: ids once, `internal` declared, `external` the fallback, each domain in one audience.
  const audiences = asArray(root.audiences);
  const audienceIds: string[] = [];
  const audienceIndex = new Map<string, number>();
  const domainOwner = new Map<string, { audience: string; path: string }>();
  audiences.forEach((entry, index) => {
    const audience = asRecord(entry);
    const id = typeof audience.id === 'string' ? audience.id : `audiences[${index}]`;
    if (typeof audience.id === 'string') {
      const first = audienceIndex.get(audience.id);
      if (first !== undefined)
        errors.push(`audiences[${index}].id: ${audience.id} is already audiences[${first}].id`);
      else {
        audienceIndex.set(audience.id, index);
        audienceIds.push(audience.id);
      }
    }
    const domains = asArray(audience.domains);
    if (audience.id === 'external' && domains.length > 0) {
      errors.push(
        `audiences[${index}].domains: external is the fallback for every domain no audience lists; it cannot list domains`,
      );
      return;
    }
    domains.forEach((raw, d) => {
      if (typeof raw !== 'string' || !/^(?:\*\.)?[^\s*@]+$/.test(raw)) return;
      const path = `audiences[${index}].domains[${d}]`;
      const entryParsed = parseDomainEntry(raw);
      if (!ASCII_DOMAIN.test(entryParsed.domain) || entryParsed.domain.length > 253) {
        errors.push(`${path}: ${raw} is not a valid domain name`);
        return;
      }
      const key = (entryParsed.wildcard ? '*.' : '') + entryParsed.domain;
      const owner = domainOwner.get(key);
      if (owner === undefined) domainOwner.set(key, { audience: id, path });
      else if (owner.audience === id)
        errors.push(`${path}: ${key} is listed twice in ${id} (also ${owner.path})`);
      else
        errors.push(
          `${path}: ${key} is already in ${owner.audience} (${owner.path}); a domain belongs to one audience`,
        );
    });
  });
  if (Array.isArray(root.audiences) && !audienceIndex.has('internal')) {
    errors.push("audiences: no audience has the id internal; list the council's own domain in it");
  }

  // The council's own domain is internal.
  const council = asRecord(root.council);
  const internalIndex = audienceIndex.get('internal');
  if (typeof council.domain === 'string' && internalIndex !== undefined) {
    const internalOnly = {
      audiences: [
        {
          id: 'internal',
          domains: asArray(asRecord(audiences[internalIndex]).domains).filter(
            (d): d is string => typeof d === 'string',
          ),
        },
      ],
    };
    if (
      audienceOf(
        parseDomainEntry(council.domain).domain,
        compileAudiences(internalOnly as Pick<Policy, 'audiences'>),
      ) !== 'internal'
    ) {
      errors.push(
        `council.domain: ${council.domain} is not in the internal audience (audiences[${internalIndex}].domains)`,
      );
    }
  }

  // Communications team addresses appear once.
  const team = new Map<string, number>();
  asArray(root.communicationsTeam).forEach((address, index) => {
    if (typeof address !== 'string') return;
    const key = address.trim().toLowerCase();
    const first = team.get(key);
    if (first !== undefined)
      errors.push(
        `communicationsTeam[${index}]: ${address} is already communicationsTeam[${first}]`,
      );
    else team.set(key, index);
  });

  // Without the rules' checker, rule options that name labels or audiences are checked by convention
  // (`barred`, `label`, `*Label`, `audiences`, `*Audiences`).
  const rules = asRecord(root.rules);
  const declaredAudiences = new Set([...audienceIds, 'external']);
  const checkAudiences = (path: Path, value: unknown): void => {
    if (audienceIndex.size === 0) return;
    asArray(value).forEach((id, index) => {
      if (typeof id === 'string' && /^[a-z][a-z0-9-]*$/.test(id) && !declaredAudiences.has(id)) {
        errors.push(
          `${formatPath([...path, index])}: unknown audience ${id}; the policy has ${[...declaredAudiences].join(', ')}`,
        );
      }
    });
  };
  // The rules' own checker (options.ruleOptions) is given the names and does this itself when present.
  for (const ruleId of options.ruleOptions ? [] : Object.keys(rules)) {
    const ruleOptions = asRecord(asRecord(rules[ruleId]).options);
    for (const key of Object.keys(ruleOptions)) {
      const value = ruleOptions[key];
      const path = ['rules', ruleId, 'options', key];
      if (key === 'label' || key.endsWith('Label')) checkLabel(path, value);
      if (key === 'audiences' || key.endsWith('Audiences')) checkAudiences(path, value);
      if (key === 'barred' && isRecord(value)) {
        for (const label of Object.keys(value)) {
          checkLabel([...path, label], label);
          checkAudiences([...path, label], value[label]);
        }
      }
    }
  }

  // Rule options, checked by the rules' own schemas.
  if (options.ruleOptions) {
    const names: PolicyNames = { labels: ids, audiences: audienceIds };
    for (const ruleId of RULE_IDS) {
      const setting = rules[ruleId];
      if (!isRecord(setting) || !isRecord(setting.options)) continue;
      const base = `rules.${ruleId}.options`;
      for (const problem of options.ruleOptions(ruleId, setting.options, names)) {
        if (problem.startsWith('rules.')) errors.push(problem);
        else if (problem.startsWith(':') || /^\[[^\]\s]*\][^\s:]*: /.test(problem))
          errors.push(base + problem);
        else if (/^[^\s:[]+: /.test(problem)) errors.push(`${base}.${problem}`);
        else errors.push(`${base}: ${problem}`);
      }
    }
  }
  return errors;
}

/** Parses a policy object: on any problem, every problem is listed and no policy is returned. */
export function parsePolicy(json: unknown, options: ParsePolicyOptions = {}): PolicyResult {
  const parsed = PolicySchema.safeParse(json, { error: policyErrorMap });
  const errors = parsed.success ? [] : schemaErrors(parsed.error.issues);
  for (const error of semanticErrors(json, options)) errors.push(error);
  const unique = errors.filter((error, index) => errors.indexOf(error) === index);
  if (unique.length > 0 || !parsed.success) return { ok: false, errors: unique };
  return { ok: true, policy: deepFreeze(parsed.data) };
}

/** Parses policy JSON text; a syntax error is reported as `<file>:<line>:<column>: message`. */
export function parsePolicyText(
  text: string,
  file: string,
  options: ParsePolicyOptions = {},
): PolicyResult {
  const json = readJson(text, { strict: true });
  if (!json.ok)
    return { ok: false, errors: [`${file}:${json.line}:${json.column}: ${json.message}`] };
  return parsePolicy(json.value, options);
}
