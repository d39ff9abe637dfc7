// Label order helpers, the starter policy of `sendguard init`, and the committed JSON Schema.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { classifyDomain } from '../../src/audiences/classify';
import { defaultPolicy } from '../../src/policy/default';
import { starterPolicy } from '../../src/policy/init';
import { policyJsonSchemaText } from '../../src/policy/json-schema';
import { baselineLabel, labelRank, maxLabel } from '../../src/policy/labels';
import { parsePolicy } from '../../src/policy/load';
import { official2014Scheme } from '../../src/policy/presets';
import { RULE_IDS } from '../../src/policy/schema';
import { checkRuleOptions } from '../../src/rules/index';

describe('labels', () => {
  test('labelRank', () => {
    expect(labelRank(defaultPolicy, 'UNMARKED')).toBe(0);
    expect(labelRank(defaultPolicy, 'protect')).toBe(1);
    expect(labelRank(defaultPolicy, ' RESTRICTED ')).toBe(2);
    expect(labelRank(defaultPolicy, 'SECRET')).toBe(-1);
    expect(labelRank(defaultPolicy, null)).toBe(-1);
  });
  test('maxLabel', () => {
    expect(maxLabel(defaultPolicy, 'PROTECT', 'RESTRICTED')).toBe('RESTRICTED');
    expect(maxLabel(defaultPolicy, 'restricted', 'PROTECT')).toBe('RESTRICTED');
    expect(maxLabel(defaultPolicy, null, 'PROTECT')).toBe('PROTECT');
    expect(maxLabel(defaultPolicy, 'SECRET', 'UNMARKED')).toBe('UNMARKED');
    expect(maxLabel(defaultPolicy, null, undefined)).toBeNull();
    expect(maxLabel(defaultPolicy, 'SECRET', 'TOP')).toBeNull();
  });
  test('baselineLabel', () => {
    expect(baselineLabel(defaultPolicy)).toBe('UNMARKED');
    expect(baselineLabel({ labels: official2014Scheme.labels })).toBe('OFFICIAL');
  });
});

describe('starterPolicy', () => {
  test('the default policy for the council own domain, valid as written', () => {
    const starter = starterPolicy('MyCouncil.gov.uk.');
    const result = parsePolicy(JSON.parse(JSON.stringify(starter)), {
      ruleOptions: checkRuleOptions,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const policy = result.policy;
    expect(policy.council).toEqual({ name: 'mycouncil.gov.uk', domain: 'mycouncil.gov.uk' });
    expect(policy.version).toBe('mycouncil.gov.uk-1');
    expect(policy.audiences[0]).toMatchObject({
      id: 'internal',
      domains: ['mycouncil.gov.uk', '*.mycouncil.gov.uk'],
    });
    expect(policy.communicationsTeam).toEqual(['press.office@mycouncil.gov.uk']);
    expect(classifyDomain('mycouncil.gov.uk', policy).audience).toBe('internal');
    expect(classifyDomain('examplecouncil.gov.uk', policy).audience).toBe('secure-partner');
    expect(classifyDomain('mycounci1.gov.uk', policy).lookalikeOf).toBe('mycouncil.gov.uk');
  });
  test('a council whose domain another audience lists moves it to internal', () => {
    const starter = starterPolicy('gmail.com', { name: 'Parish Council' });
    const result = parsePolicy(starter);
    expect(result.ok).toBe(true);
    if (result.ok) expect(classifyDomain('gmail.com', result.policy).audience).toBe('internal');
  });
  test('with the 2014 preset', () => {
    const result = parsePolicy(starterPolicy('town.gov.wales', { preset: official2014Scheme }), {
      ruleOptions: checkRuleOptions,
    });
    expect(result.ok).toBe(true);
    if (result.ok)
      expect(result.policy.labels.scheme.map((l) => l.id)).toEqual([
        'OFFICIAL',
        'OFFICIAL-SENSITIVE',
      ]);
  });
  test.each(['', 'not a domain', 'localhost', '-bad.gov.uk', 'a..b'])('rejects %j', (domain) => {
    expect(() => starterPolicy(domain)).toThrow(RangeError);
  });
  test('an IDN domain is written in punycode', () => {
    expect(starterPolicy('cyngor-bro-ŵy.cymru').council?.domain).toBe('xn--cyngor-bro-y-lvc.cymru');
  });
});

test('policy.schema.json is up to date (run `npm run schema`)', () => {
  const committed = readFileSync(resolve(__dirname, '..', '..', 'policy.schema.json'), 'utf8');
  expect(committed).toBe(policyJsonSchemaText());
});

test('the JSON Schema rejects unknown keys and knows every rule id', () => {
  const schema = JSON.parse(policyJsonSchemaText());
  expect(schema.additionalProperties).toBe(false);
  expect(schema.properties.rules.propertyNames.enum).toEqual([...RULE_IDS]);
});
