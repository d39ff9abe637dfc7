// The shared rule tester: builds a rule context from a compact case description and checks what the rule returns.
import { defaultPolicy } from '../../src/policy/default';
import { labelRank, maxLabel } from '../../src/policy/labels';
import type { Policy, RuleId } from '../../src/policy/schema';
import type { EntityType } from '../../src/detectors/types';
import type {
  FindingSummary,
  Fix,
  ParamValue,
  RecipientField,
  RecipientVerdict,
} from '../../src/engine/types';
import { requiredLabelFor } from '../../src/engine/findings';
import type { ComposeType, UnscannedAttachment, TextSegment } from '../../src/message/types';
import { findRule } from '../../src/rules/index';
import type { RuleContext, RuleHit } from '../../src/rules/types';

export interface CaseInput {
  recipients?: RecipientVerdict[];
  label?: string | null;
  /** Defaults to the label the findings require under the policy. */
  requiredLabel?: string | null;
  encrypted?: boolean;
  findings?: FindingSummary[];
  composeType?: ComposeType;
  subject?: string;
  segments?: TextSegment[];
  unscanned?: UnscannedAttachment[];
  original?: {
    subject?: string;
    label?: string | null;
    confidential?: boolean;
    participants?: string[];
  };
  policy?: Partial<Policy>;
}

export interface RuleCase {
  name: string;
  /** `fires`, `passes` (does not fire) or `edge` (a boundary, either way). */
  kind: 'fires' | 'passes' | 'edge';
  given: CaseInput;
  options?: Record<string, unknown>;
  /** Message ids of the hits in order; empty when the rule must not fire. */
  expect: string[];
  /** Parameters each hit must include (by index). */
  params?: Record<string, ParamValue>[];
  /** Exactly the fixes the hits offer, in order. */
  fixes?: Fix[];
}

/** A recipient of `audience` in `field` (To by default). */
export function r(
  address: string,
  audience: string,
  field: RecipientField = 'to',
  lookalikeOf?: string,
): RecipientVerdict {
  return lookalikeOf === undefined
    ? { address, audience, field }
    : { address, audience, field, lookalikeOf };
}

/** A finding summary of `count` findings of `type`, all in the given locations. */
export function f(type: EntityType, count = 1, locations: string[] = ['body']): FindingSummary {
  return {
    type,
    count,
    locations,
    spans: Array.from({ length: count }, (_, i) => ({
      location: locations[0] ?? 'body',
      start: i * 10,
      end: i * 10 + 5,
      confidence: 0.9,
    })),
  };
}

export function buildContext(given: CaseInput, options: unknown): RuleContext<unknown> {
  const policy: Policy = { ...defaultPolicy, ...given.policy } as Policy;
  const findings = given.findings ?? [];
  const derived = requiredLabelFor(findings, policy);
  const label = given.label ?? null;
  const requiredLabel =
    given.requiredLabel === undefined ? derived.requiredLabel : given.requiredLabel;
  const subject = given.subject ?? '';
  const o = given.original;
  return {
    message: {
      from: 'a.officer@examplecouncil.gov.uk',
      to: [],
      cc: [],
      bcc: [],
      subject,
      body: '',
      bodyType: 'text',
      attachments: [],
      headers: {},
      composeType: given.composeType ?? 'new',
      sensitivityLabel: null,
    },
    policy,
    options,
    composeType: given.composeType ?? 'new',
    recipients: given.recipients ?? [],
    label,
    requiredLabel,
    effectiveLabel: maxLabel(policy, label, requiredLabel),
    encrypted: given.encrypted ?? false,
    content: {
      segments: given.segments ?? [{ location: 'subject', text: subject }],
      unscanned: given.unscanned ?? [],
    },
    findings,
    labelRequiringFindings: derived.labelRequiringFindings,
    original:
      o === undefined
        ? null
        : {
            subject: o.subject ?? '',
            label: o.label ?? null,
            confidential: o.confidential ?? false,
            participants: o.participants ?? [],
          },
    rank: (l) => (l === null ? 0 : labelRank(policy, l)),
  };
}

/** Runs one case through rule `id`: parses the case's options with the rule's schema, then checks it. */
export function runCase(id: RuleId, c: RuleCase): RuleHit[] {
  const rule = findRule(id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  const options = rule.meta.options.parse(c.options ?? {});
  return rule.check(buildContext(c.given, options));
}

/** Declares a jest `describe` for a rule's table: every case's message ids, params and fixes must match. */
export function testRuleCases(id: RuleId, cases: readonly RuleCase[]): void {
  describe(`rule ${id}`, () => {
    it('has cases that fire, that do not fire and at least one edge', () => {
      expect(cases.some((c) => c.kind === 'fires')).toBe(true);
      expect(cases.some((c) => c.kind === 'passes')).toBe(true);
      expect(cases.some((c) => c.kind === 'edge')).toBe(true);
    });
    for (const c of cases) {
      it(`${c.kind}: ${c.name}`, () => {
        const hits = runCase(id, c);
        expect(hits.map((h) => h.messageId)).toEqual(c.expect);
        c.params?.forEach((p, i) => expect(hits[i]?.params).toMatchObject(p));
        if (c.fixes !== undefined) expect(hits.flatMap((h) => h.fixes ?? [])).toEqual(c.fixes);
        const rule = findRule(id);
        for (const h of hits) expect(rule?.meta.messages).toContain(h.messageId);
      });
    }
  });
}
