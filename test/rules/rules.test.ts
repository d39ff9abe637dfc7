// Runs every rule's case table and checks the registry: one file, one table, clause and catalogue messages per rule.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ENTITY_TYPES } from '../../src/detectors/types';
import { rulesCy, rulesEn } from '../../src/i18n/rules';
import { RULE_IDS, type RuleId } from '../../src/policy/schema';
import { checkRuleOptions, rules } from '../../src/rules/index';
import { testRuleCases, type RuleCase } from './runner';

const srcDir = join(__dirname, '../../src/rules');
const casesDir = join(__dirname, 'cases');
const NOT_RULES = new Set(['index', 'types', 'helpers']);

describe('rule registry', () => {
  it("holds exactly the brief's 13 rules, sorted by id", () => {
    expect(rules.map((r) => r.meta.id)).toEqual([...RULE_IDS]);
    expect(rules.map((r) => r.meta.id)).toEqual([...rules.map((r) => r.meta.id)].sort());
  });

  it('has one file per rule, named by its id', () => {
    const files = readdirSync(srcDir)
      .filter((f) => f.endsWith('.ts'))
      .map((f) => f.replace(/\.ts$/, ''))
      .filter((f) => !NOT_RULES.has(f))
      .sort();
    expect(files).toEqual([...RULE_IDS]);
  });

  it.each([...RULE_IDS])(
    '%s has a case table, a clause, a description and its messages in English and Welsh',
    (id) => {
      const rule = rules.find((r) => r.meta.id === id);
      expect(rule).toBeDefined();
      expect(readdirSync(casesDir)).toContain(`${id}.cases.ts`);
      expect(rule?.meta.clause).toMatch(/^\d{3}_[0-9a-f]{16}\.txt \d+(\.\d+)*/);
      expect(rule?.meta.description.length).toBeGreaterThan(10);
      expect(rule?.meta.messages.length).toBeGreaterThan(0);
      for (const m of rule?.meta.messages ?? []) {
        expect(m.startsWith(`${id}.`)).toBe(true);
        expect(rulesEn[m]).toBeDefined();
        expect(rulesCy[m]).toBeDefined();
        expect(rulesCy[m]).not.toEqual(rulesEn[m]);
      }
      expect(rulesEn[`rules.title.${id}`]).toBeDefined();
      expect(rulesCy[`rules.title.${id}`]).toBeDefined();
      expect(rule?.meta.options.safeParse({}).success).toBe(true);
    },
  );

  it('names every entity type in English and Welsh for messages', () => {
    for (const type of ENTITY_TYPES) {
      expect(rulesEn[`rules.type.${type}`]).toBeDefined();
      expect(rulesCy[`rules.type.${type}`]).toBeDefined();
    }
  });

  it('Welsh messages use the same placeholders as English', () => {
    for (const [id, en] of Object.entries(rulesEn)) {
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect([id, names(rulesCy[id] ?? '')]).toEqual([id, names(en)]);
    }
  });
});

describe('checkRuleOptions (the policy loader hook)', () => {
  const names = {
    labels: ['UNMARKED', 'PROTECT', 'RESTRICTED'],
    audiences: ['internal', 'partner', 'media', 'personal-webmail'],
  };
  it('accepts valid options and an empty object', () => {
    expect(checkRuleOptions('reply-all', { minRecipients: 4 }, names)).toEqual([]);
    expect(checkRuleOptions('audience-not-cleared', {}, names)).toEqual([]);
    expect(
      checkRuleOptions(
        'audience-not-cleared',
        { barred: { PROTECT: ['media', 'partner'] } },
        names,
      ),
    ).toEqual([]);
  });
  it('reports each problem with its full path', () => {
    expect(checkRuleOptions('reply-all', { minRecipients: 'three' })).toEqual([
      expect.stringMatching(/^rules\.reply-all\.options\.minRecipients: /),
    ]);
    expect(checkRuleOptions('bulk-visible-recipients', { threshold: 0, extra: true })).toHaveLength(
      2,
    );
    expect(checkRuleOptions('audience-not-cleared', { barred: { PROTECT: ['Media'] } })[0]).toMatch(
      /^rules\.audience-not-cleared\.options\.barred\.PROTECT\[0\]: /,
    );
  });
  it('names labels and audiences the policy does not declare', () => {
    expect(
      checkRuleOptions('audience-not-cleared', { barred: { SECRET: ['press'] } }, names),
    ).toEqual([
      'rules.audience-not-cleared.options.barred.SECRET: unknown label "SECRET" (the scheme has UNMARKED, PROTECT, RESTRICTED)',
      'rules.audience-not-cleared.options.barred.SECRET[0]: unknown audience "press" (the policy has internal, partner, media, personal-webmail)',
    ]);
    expect(
      checkRuleOptions(
        'encryption-required',
        { minimumLabel: 'OFFICIAL', secureAudiences: ['internal', 'secure'] },
        names,
      ),
    ).toHaveLength(2);
    expect(checkRuleOptions('reply-all', { internalAudiences: ['staff'] }, names)).toEqual([
      expect.stringContaining(
        'rules.reply-all.options.internalAudiences[0]: unknown audience "staff"',
      ),
    ]);
  });
  it('rejects an unknown rule', () => {
    expect(checkRuleOptions('no-such-rule', {})).toEqual(['rules.no-such-rule: unknown rule']);
  });
});

for (const id of RULE_IDS) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const table = require(join(casesDir, `${id}.cases.ts`)) as { cases: RuleCase[] };
  testRuleCases(id as RuleId, table.cases);
}
