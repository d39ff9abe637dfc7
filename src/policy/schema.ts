// The policy file's schema: the single source of the Policy type and of policy.schema.json.
import * as z from '../zod';
import { ENTITY_TYPES } from '../detectors/types';

export const RULE_IDS = [
  'attachment-unscanned',
  'audience-not-cleared',
  'bulk-visible-recipients',
  'confidential-thread',
  'credential-in-mail',
  'encryption-required',
  'external-recipients',
  'internal-only-content',
  'label-downgrade',
  'lookalike-domain',
  'media-recipients',
  'reply-all',
  'sensitive-needs-label',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export const LEVELS = ['block', 'warn'] as const;
export type Level = (typeof LEVELS)[number];

const LabelId = z
  .string()
  .check(z.regex(/^[A-Z][A-Z0-9-]*$/, 'a label id is upper-case letters, digits and hyphens'));
const AudienceId = z
  .string()
  .check(z.regex(/^[a-z][a-z0-9-]*$/, 'an audience id is lower-case letters, digits and hyphens'));
const DomainPattern = z
  .string()
  .check(z.regex(/^(\*\.)?[^\s*@]+$/, 'a domain is `example.org` or `*.example.org`'));

export const LabelSchema = z.strictObject({
  id: LabelId,
  description: z.optional(z.string()),
});

export const PurviewLabelSchema = z.strictObject({
  /** Purview label GUID, when known. */
  guid: z.optional(z.string()).check(z.describe('Purview label GUID, when known')),
  name: z.string().check(z.minLength(1), z.describe('Purview label name as Outlook shows it')),
  /** The scheme label this Purview label stands for. */
  label: LabelId.check(z.describe('The scheme label this Purview label stands for')),
  /** The Purview label applies encryption. */
  encrypts: z
    ._default(z.boolean(), false)
    .check(z.describe('The Purview label applies encryption')),
  /** The Purview label marks a message Confidential (confidential-thread rule). */
  confidential: z
    ._default(z.boolean(), false)
    .check(z.describe('The Purview label marks a message Confidential')),
});

export const AudienceSchema = z.strictObject({
  id: AudienceId,
  description: z.optional(z.string()),
  /** Exact domains (`nhs.net`) and wildcard suffixes (`*.nhs.net`, subdomains only). */
  domains: z
    .array(DomainPattern)
    .check(
      z.describe(
        'Exact domains (`nhs.net`) and wildcard suffixes (`*.nhs.net`: subdomains only, not nhs.net itself)',
      ),
    ),
  /** Source-policy clause behind this audience. */
  clause: z
    .optional(z.string())
    .check(
      z.describe('Source-policy clause behind this audience, e.g. `000_194040a0e7f240eb.txt 4.2`'),
    ),
});

export const RuleSettingSchema = z.strictObject({
  enabled: z._default(z.boolean(), true),
  level: z
    .optional(z.enum(LEVELS))
    .check(z.describe("block or warn; the rule's own level when absent")),
  /** A block the sender may override with a written justification. */
  overridable: z
    .optional(z.boolean())
    .check(z.describe('A block the sender may override with a written justification')),
  /** Rule-specific options, checked against the rule's own options schema. */
  options: z
    .optional(z.record(z.string(), z.unknown()))
    .check(z.describe("Rule-specific options, checked against the rule's own options schema")),
});
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

/** A sort code and account number ("40-11-62 21873456": 6 then 7 to 10 digits) or an IBAN. */
const OwnBankAccount = z.string().check(
  z.refine((value) => ownAccountKey(value) !== null, {
    error: 'expected a sort code and account number ("40-11-62 21873456") or an IBAN',
  }),
);

const LexiconSchema = z.strictObject({
  phrases: z._default(z.array(z.string().check(z.minLength(2))), []),
  negatives: z._default(z.array(z.string().check(z.minLength(2))), []),
});

export const PolicySchema = z.strictObject({
  $schema: z.optional(z.string()),
  /** Recorded in every verdict, so a decision can be traced to the policy that made it. */
  version: z
    .string()
    .check(
      z.minLength(1),
      z.describe(
        'Recorded in every verdict, so a decision can be traced to the policy that made it',
      ),
    ),
  council: z.strictObject({
    name: z.string().check(z.minLength(1)),
    /** The council's own mail domain; `NS=` of the protective marking header. */
    domain: z
      .string()
      .check(
        z.minLength(3),
        z.describe("The council's own mail domain; NS= of the X-Protective-Marking header"),
      ),
  }),
  labels: z.strictObject({
    /** Ordered lowest first; the first label is the baseline meaning "no marking required". */
    scheme: z.array(LabelSchema).check(
      z.minLength(2, {
        error: (issue) =>
          Array.isArray(issue.input) && issue.input.length === 0
            ? 'the scheme is empty; list at least two labels, lowest first'
            : 'a scheme needs at least two labels, lowest first',
      }),
    ),
    /** Descriptors allowed after a label: `[PROTECT - PERSONAL]`. */
    descriptors: z
      ._default(z.array(LabelId), [])
      .check(z.describe('Descriptors allowed after a label: `[PROTECT - PERSONAL]`')),
    purview: z
      ._default(z.array(PurviewLabelSchema), [])
      .check(z.describe('Microsoft Purview sensitivity labels mapped to scheme labels')),
  }),
  audiences: z
    .array(AudienceSchema)
    .check(
      z.minLength(1),
      z.describe(
        'Recipient audiences by mail domain; `internal` is required, `external` is the fallback and lists no domains',
      ),
    ),
  detection: z.prefault(
    z.strictObject({
      threshold: z._default(z.number().check(z.minimum(0), z.maximum(1)), 0.5),
      /** Minimum label each entity type requires; absent or null requires none. */
      minimumLabels: z._default(z.partialRecord(z.enum(ENTITY_TYPES), z.nullable(LabelId)), {}),
      bulk: z.optional(
        z.strictObject({
          /** This many findings of types that require a label raise the requirement to `label`. */
          threshold: z.int().check(z.minimum(1)),
          label: LabelId,
        }),
      ),
      lexicons: z._default(z.partialRecord(z.enum(ENTITY_TYPES), LexiconSchema), {}),
      /** The council's own bank accounts, which its invoices give for payment: never a finding. */
      ownBankAccounts: z
        ._default(z.array(OwnBankAccount), [])
        .check(
          z.describe(
            'The council\'s own bank accounts, as its invoices give them for payment ("40-11-62 21873456", or an IBAN): a UK_BANK_ACCOUNT or IBAN finding of one is dropped',
          ),
        ),
    }),
    {},
  ),
  encryption: z.prefault(
    z.strictObject({
      /** Subject tokens that the council's transport rule turns into message encryption. */
      subjectTokens: z
        ._default(z.array(z.string().check(z.minLength(1))).check(z.minLength(1)), [
          '[ENCRYPT]',
          '[SECURE]',
        ])
        .check(
          z.describe(
            "Subject tokens that the council's transport rule turns into message encryption; the first is the one the fix adds",
          ),
        ),
    }),
    {},
  ),
  confidential: z.prefault(
    z.strictObject({
      subjectMarkings: z._default(z.array(z.string().check(z.minLength(1))), ['CONFIDENTIAL']),
      sensitivityHeaderValues: z._default(z.array(z.string().check(z.minLength(1))), [
        'Company-Confidential',
      ]),
    }),
    {},
  ),
  /** Addresses of the communications team (media-recipients rule). */
  communicationsTeam: z
    ._default(z.array(z.email()), [])
    .check(z.describe('Addresses of the communications team (media-recipients rule)')),
  /** Markers of internal-only content, matched case-insensitively (internal-only-content rule). */
  internalOnlyMarkers: z._default(z.array(z.string().check(z.minLength(2))), [
    'INTERNAL ONLY',
    'NOT FOR EXTERNAL CIRCULATION',
  ]),
  attachments: z.prefault(
    z.strictObject({
      sizeBudgetBytes: z._default(z.int().check(z.positive()), 20 * 1024 * 1024),
    }),
    {},
  ),
  /** What an internal error ends in: the default warns, never hangs. */
  failureMode: z
    ._default(z.enum(['allow', 'warn', 'block']), 'warn')
    .check(z.describe('What an internal error ends in')),
  rules: z._default(z.partialRecord(z.enum(RULE_IDS), RuleSettingSchema), {}),
});

export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;

/**
 * The key a bank account is compared by: the digits of a sort code and account number (6 and 7 to
 * 10 digits), or an IBAN's letters and digits in upper case; null when `value` is neither.
 */
export function ownAccountKey(value: string): string | null {
  const compact = value.replace(/[\s-]/g, '').toUpperCase();
  if (/^[A-Z]{2}\d{2}[\dA-Z]{11,30}$/.test(compact)) return compact;
  const digits = value.replace(/\D/g, '');
  return /^[\d\s-]+$/.test(value) && digits.length >= 13 && digits.length <= 16 ? digits : null;
}
