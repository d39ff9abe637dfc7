// The policy file's schema: the single source of the Policy type and of policy.schema.json.
import { z } from 'zod';
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
  .regex(/^[A-Z][A-Z0-9-]*$/, 'a label id is upper-case letters, digits and hyphens');
const AudienceId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, 'an audience id is lower-case letters, digits and hyphens');
const DomainPattern = z
  .string()
  .regex(/^(\*\.)?[^\s*@]+$/, 'a domain is `example.org` or `*.example.org`');

export const LabelSchema = z.strictObject({
  id: LabelId,
  description: z.string().optional(),
});

export const PurviewLabelSchema = z.strictObject({
  /** Purview label GUID, when known. */
  guid: z.string().optional().describe('Purview label GUID, when known'),
  name: z.string().min(1).describe('Purview label name as Outlook shows it'),
  /** The scheme label this Purview label stands for. */
  label: LabelId.describe('The scheme label this Purview label stands for'),
  /** The Purview label applies encryption. */
  encrypts: z.boolean().default(false).describe('The Purview label applies encryption'),
  /** The Purview label marks a message Confidential (confidential-thread rule). */
  confidential: z
    .boolean()
    .default(false)
    .describe('The Purview label marks a message Confidential'),
});

export const AudienceSchema = z.strictObject({
  id: AudienceId,
  description: z.string().optional(),
  /** Exact domains (`nhs.net`) and wildcard suffixes (`*.nhs.net`, subdomains only). */
  domains: z
    .array(DomainPattern)
    .describe(
      'Exact domains (`nhs.net`) and wildcard suffixes (`*.nhs.net`: subdomains only, not nhs.net itself)',
    ),
  /** Source-policy clause behind this audience. */
  clause: z
    .string()
    .optional()
    .describe('Source-policy clause behind this audience, e.g. `000_194040a0e7f240eb.txt 4.2`'),
});

export const RuleSettingSchema = z.strictObject({
  enabled: z.boolean().default(true),
  level: z.enum(LEVELS).optional().describe("block or warn; the rule's own level when absent"),
  /** A block the sender may override with a written justification. */
  overridable: z
    .boolean()
    .optional()
    .describe('A block the sender may override with a written justification'),
  /** Rule-specific options, checked against the rule's own options schema. */
  options: z
    .record(z.string(), z.unknown())
    .optional()
    .describe("Rule-specific options, checked against the rule's own options schema"),
});
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

const LexiconSchema = z.strictObject({
  phrases: z.array(z.string().min(2)).default([]),
  negatives: z.array(z.string().min(2)).default([]),
});

export const PolicySchema = z.strictObject({
  $schema: z.string().optional(),
  /** Recorded in every verdict, so a decision can be traced to the policy that made it. */
  version: z
    .string()
    .min(1)
    .describe('Recorded in every verdict, so a decision can be traced to the policy that made it'),
  council: z.strictObject({
    name: z.string().min(1),
    /** The council's own mail domain; `NS=` of the protective marking header. */
    domain: z
      .string()
      .min(3)
      .describe("The council's own mail domain; NS= of the X-Protective-Marking header"),
  }),
  labels: z.strictObject({
    /** Ordered lowest first; the first label is the baseline meaning "no marking required". */
    scheme: z.array(LabelSchema).min(2, {
      error: (issue) =>
        Array.isArray(issue.input) && issue.input.length === 0
          ? 'the scheme is empty; list at least two labels, lowest first'
          : 'a scheme needs at least two labels, lowest first',
    }),
    /** Descriptors allowed after a label: `[PROTECT - PERSONAL]`. */
    descriptors: z
      .array(LabelId)
      .default([])
      .describe('Descriptors allowed after a label: `[PROTECT - PERSONAL]`'),
    purview: z
      .array(PurviewLabelSchema)
      .default([])
      .describe('Microsoft Purview sensitivity labels mapped to scheme labels'),
  }),
  audiences: z
    .array(AudienceSchema)
    .min(1)
    .describe(
      'Recipient audiences by mail domain; `internal` is required, `external` is the fallback and lists no domains',
    ),
  detection: z
    .strictObject({
      threshold: z.number().min(0).max(1).default(0.5),
      /** Minimum label each entity type requires; absent or null requires none. */
      minimumLabels: z.partialRecord(z.enum(ENTITY_TYPES), LabelId.nullable()).default({}),
      bulk: z
        .strictObject({
          /** This many findings of types that require a label raise the requirement to `label`. */
          threshold: z.number().int().min(1),
          label: LabelId,
        })
        .optional(),
      lexicons: z.partialRecord(z.enum(ENTITY_TYPES), LexiconSchema).default({}),
    })
    .prefault({}),
  encryption: z
    .strictObject({
      /** Subject tokens that the council's transport rule turns into message encryption. */
      subjectTokens: z
        .array(z.string().min(1))
        .min(1)
        .default(['[ENCRYPT]', '[SECURE]'])
        .describe(
          "Subject tokens that the council's transport rule turns into message encryption; the first is the one the fix adds",
        ),
    })
    .prefault({}),
  confidential: z
    .strictObject({
      subjectMarkings: z.array(z.string().min(1)).default(['CONFIDENTIAL']),
      sensitivityHeaderValues: z.array(z.string().min(1)).default(['Company-Confidential']),
    })
    .prefault({}),
  /** Addresses of the communications team (media-recipients rule). */
  communicationsTeam: z
    .array(z.string().email())
    .default([])
    .describe('Addresses of the communications team (media-recipients rule)'),
  /** Markers of internal-only content, matched case-insensitively (internal-only-content rule). */
  internalOnlyMarkers: z
    .array(z.string().min(2))
    .default(['INTERNAL ONLY', 'NOT FOR EXTERNAL CIRCULATION']),
  attachments: z
    .strictObject({
      sizeBudgetBytes: z
        .number()
        .int()
        .positive()
        .default(20 * 1024 * 1024),
    })
    .prefault({}),
  /** What an internal error ends in: the default warns, never hangs. */
  failureMode: z
    .enum(['allow', 'warn', 'block'])
    .default('warn')
    .describe('What an internal error ends in'),
  rules: z.partialRecord(z.enum(RULE_IDS), RuleSettingSchema).default({}),
});

export type Policy = z.infer<typeof PolicySchema>;
export type PolicyInput = z.input<typeof PolicySchema>;
