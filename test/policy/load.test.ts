// Policy loading: the default and presets are valid; every error case is listed as exact `path: message` lines.
import { defaultPolicy } from '../../src/policy/default';
import { parsePolicy, parsePolicyText } from '../../src/policy/load';
import { official2014Scheme, applyPreset } from '../../src/policy/presets';
import { PolicySchema, type PolicyInput } from '../../src/policy/schema';
import { checkRuleOptions } from '../../src/rules/index';

/** A fresh, mutable copy of the default policy as plain JSON. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests edit the policy JSON freely
type Json = any;

function policyJson(): Json {
  return JSON.parse(JSON.stringify(defaultPolicy));
}

function errorsOf(json: unknown): string[] {
  const result = parsePolicy(json, { ruleOptions: checkRuleOptions });
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.errors;
}

describe('valid policies', () => {
  test('the default policy parses to itself', () => {
    const result = parsePolicy(policyJson(), { ruleOptions: checkRuleOptions });
    expect(result).toEqual({ ok: true, policy: defaultPolicy });
    expect(PolicySchema.parse(policyJson())).toEqual(defaultPolicy);
  });

  test('the default policy follows the brief', () => {
    expect(defaultPolicy.labels.scheme.map((l) => l.id)).toEqual([
      'UNMARKED',
      'PROTECT',
      'RESTRICTED',
    ]);
    expect(defaultPolicy.audiences.map((a) => a.id)).toEqual([
      'internal',
      'secure-partner',
      'partner',
      'media',
      'personal-webmail',
      'external',
    ]);
    const media = defaultPolicy.audiences.find((a) => a.id === 'media');
    expect(media?.domains).toEqual(
      expect.arrayContaining(['bbc.co.uk', '*.bbc.co.uk', 'itv.com', '*.itv.com']),
    );
    expect(media?.clause).toBe('000_194040a0e7f240eb.txt 4.2');
    expect(defaultPolicy.detection.bulk).toEqual({ threshold: 10, label: 'RESTRICTED' });
    expect(defaultPolicy.detection.minimumLabels.CREDENTIAL).toBe('RESTRICTED');
    expect(defaultPolicy.detection.minimumLabels.DATE_OF_BIRTH).toBe('PROTECT');
    expect(defaultPolicy.detection.minimumLabels.UK_POSTCODE).toBeNull();
    expect(defaultPolicy.encryption.subjectTokens).toEqual(['[ENCRYPT]', '[SECURE]']);
    expect(defaultPolicy.failureMode).toBe('warn');
    expect(defaultPolicy.rules['label-downgrade']?.overridable).toBe(true);
    expect(defaultPolicy.rules['confidential-thread']?.overridable).toBe(true);
    expect(Object.isFrozen(defaultPolicy.audiences)).toBe(true);
  });

  test('the 2014 preset applied to the default policy is valid', () => {
    const input = applyPreset(policyJson() as PolicyInput, official2014Scheme);
    const result = parsePolicy(input, { ruleOptions: checkRuleOptions });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.policy.labels.scheme.map((l) => l.id)).toEqual([
      'OFFICIAL',
      'OFFICIAL-SENSITIVE',
    ]);
    expect(result.policy.detection.minimumLabels.NHS_NUMBER).toBe('OFFICIAL-SENSITIVE');
    expect(result.policy.detection.bulk?.label).toBe('OFFICIAL-SENSITIVE');
  });

  test('a minimal policy gets the defaults', () => {
    const result = parsePolicy({
      version: '1',
      council: { name: 'Town Council', domain: 'town.gov.uk' },
      labels: { scheme: [{ id: 'OFFICIAL' }, { id: 'OFFICIAL-SENSITIVE' }] },
      audiences: [{ id: 'internal', domains: ['town.gov.uk'] }],
    });
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.policy.failureMode).toBe('warn');
      expect(result.policy.internalOnlyMarkers).toEqual([
        'INTERNAL ONLY',
        'NOT FOR EXTERNAL CIRCULATION',
      ]);
    }
  });
});

describe('schema errors', () => {
  test('unknown keys, with a suggestion when one is close', () => {
    const json = policyJson();
    json.colour = 'blue';
    json.vresion = '2';
    json.labels.order = [];
    json.audiences[1].domain = [];
    expect(errorsOf(json)).toEqual([
      'labels.order: unknown key',
      'audiences[1].domain: unknown key; did you mean domains?',
      'colour: unknown key',
      'vresion: unknown key; did you mean version?',
    ]);
  });

  test('unknown rule ids and entity types', () => {
    const json = policyJson();
    json.rules['reply-al'] = { enabled: false };
    json.rules['no-such-rule'] = {};
    json.detection.minimumLabels.NHS_NUMBR = 'PROTECT';
    expect(errorsOf(json)).toEqual([
      'detection.minimumLabels.NHS_NUMBR: unknown entity type; did you mean NHS_NUMBER?',
      'rules.reply-al: unknown rule id; did you mean reply-all?',
      'rules.no-such-rule: unknown rule id',
    ]);
  });

  test('wrong types and values', () => {
    const json = policyJson();
    json.version = 3;
    delete json.council.name;
    json.audiences = json.audiences.map((a: Json) =>
      a.id === 'media' ? { ...a, domains: 'bbc.co.uk' } : a,
    );
    json.rules['reply-all'].level = 'blok';
    json.rules['external-recipients'].enabled = 'yes';
    json.detection.threshold = 2;
    json.failureMode = 'ignore';
    json.communicationsTeam = ['press office'];
    json.internalOnlyMarkers = ['x'];
    expect(errorsOf(json)).toEqual([
      'version: expected a string, got a number',
      'council.name: required',
      'audiences[3].domains: expected an array, got a string',
      'detection.threshold: expected a number <= 1',
      'communicationsTeam[0]: expected an email address such as press.office@example.gov.uk',
      'internalOnlyMarkers[0]: expected at least 2 characters',
      'failureMode: expected one of allow|warn|block',
      'rules.reply-all.level: expected one of block|warn',
      'rules.external-recipients.enabled: expected a boolean, got a string',
    ]);
  });

  test("the council's own bank accounts: a sort code and account number, or an IBAN", () => {
    const json = policyJson();
    json.detection.ownBankAccounts = [
      '40-11-62 21873456',
      'GB33 BUKB 2020 1555 5555 55',
      '40-11-62',
      'account 21873456',
    ];
    expect(errorsOf(json)).toEqual([
      'detection.ownBankAccounts[2]: expected a sort code and account number ("40-11-62 21873456") or an IBAN',
      'detection.ownBankAccounts[3]: expected a sort code and account number ("40-11-62 21873456") or an IBAN',
    ]);
  });

  test('not an object at all', () => {
    expect(errorsOf([])).toEqual(['policy: expected an object, got an array']);
    expect(errorsOf(null)).toEqual(['policy: expected an object, got null']);
  });
});

describe('semantic errors', () => {
  test('an unknown label in minimumLabels, bulk and a Purview mapping', () => {
    const json = policyJson();
    json.detection.minimumLabels.UK_NINO = 'SECRET';
    json.detection.bulk.label = 'TOP-SECRET';
    json.labels.purview = [{ name: 'Highly Confidential', label: 'CONFIDENTIAL' }];
    expect(errorsOf(json)).toEqual([
      'labels.purview[0].label: unknown label CONFIDENTIAL; the scheme has UNMARKED, PROTECT, RESTRICTED',
      'detection.minimumLabels.UK_NINO: unknown label SECRET; the scheme has UNMARKED, PROTECT, RESTRICTED',
      'detection.bulk.label: unknown label TOP-SECRET; the scheme has UNMARKED, PROTECT, RESTRICTED',
    ]);
  });

  test('an unknown label or audience in rule options, without the rules checker', () => {
    const json = policyJson();
    json.rules['audience-not-cleared'].options = {
      barred: { SECRET: ['media'], RESTRICTED: ['press'] },
    };
    json.rules['encryption-required'].options = {
      minimumLabel: 'OFFICIAL',
      secureAudiences: ['internal', 'gcsx'],
    };
    const result = parsePolicy(json);
    expect(result.ok ? [] : result.errors).toEqual([
      'rules.audience-not-cleared.options.barred.SECRET: unknown label SECRET; the scheme has UNMARKED, PROTECT, RESTRICTED',
      'rules.audience-not-cleared.options.barred.RESTRICTED[0]: unknown audience press; the policy has internal, secure-partner, partner, media, personal-webmail, external',
      'rules.encryption-required.options.minimumLabel: unknown label OFFICIAL; the scheme has UNMARKED, PROTECT, RESTRICTED',
      'rules.encryption-required.options.secureAudiences[1]: unknown audience gcsx; the policy has internal, secure-partner, partner, media, personal-webmail, external',
    ]);
  });

  test("the ruleOptions hook gets each rule's options and the policy's names; paths are prefixed", () => {
    const json = policyJson();
    json.rules['reply-all'].options = { minRecipients: 2 };
    const calls: unknown[] = [];
    const result = parsePolicy(json, {
      ruleOptions: (ruleId, options, names) => {
        calls.push([ruleId, options, names.labels, names.audiences.length]);
        return ['minRecipients: too few', ': not allowed', '[0]: odd', 'plain message'];
      },
    });
    expect(calls).toEqual([
      ['reply-all', { minRecipients: 2 }, ['UNMARKED', 'PROTECT', 'RESTRICTED'], 6],
    ]);
    expect(result.ok ? [] : result.errors).toEqual([
      'rules.reply-all.options.minRecipients: too few',
      'rules.reply-all.options: not allowed',
      'rules.reply-all.options[0]: odd',
      'rules.reply-all.options: plain message',
    ]);
  });

  test('an unknown label or audience in rule options, with the rules checker (their wording, our paths)', () => {
    const json = policyJson();
    json.rules['audience-not-cleared'].options = {
      barred: { SECRET: ['media'], RESTRICTED: ['press'] },
    };
    json.rules['encryption-required'].options = {
      minimumLabel: 'OFFICIAL',
      secureAudiences: ['internal', 'gcsx'],
    };
    json.rules['reply-all'].options = { minRecipients: 'three' };
    const errors = errorsOf(json);
    expect(errors.map((e) => e.slice(0, e.indexOf(': ')))).toEqual([
      'rules.audience-not-cleared.options.barred.SECRET',
      'rules.audience-not-cleared.options.barred.RESTRICTED[0]',
      'rules.encryption-required.options.minimumLabel',
      'rules.encryption-required.options.secureAudiences[1]',
      'rules.reply-all.options.minRecipients',
    ]);
    expect(errors[0]).toContain('SECRET');
    expect(errors[3]).toContain('gcsx');
  });

  test('a label listed twice makes the order cyclic', () => {
    const json = policyJson();
    json.labels.scheme.push({ id: 'PROTECT' });
    expect(errorsOf(json)).toEqual([
      'labels.scheme[3].id: PROTECT is already labels.scheme[1]; a label listed twice makes the order cyclic (PROTECT < RESTRICTED < PROTECT)',
    ]);
  });

  test('an empty scheme, and one with a single label', () => {
    const json = policyJson();
    json.labels.scheme = [];
    expect(errorsOf(json)).toEqual([
      'labels.scheme: the scheme is empty; list at least two labels, lowest first',
    ]);
    json.labels.scheme = [{ id: 'PROTECT' }];
    json.detection.bulk.label = 'PROTECT';
    json.detection.minimumLabels = {};
    expect(errorsOf(json)).toEqual([
      'labels.scheme: a scheme needs at least two labels, lowest first',
    ]);
  });

  test('descriptors', () => {
    const json = policyJson();
    json.labels.descriptors = ['PERSONAL', 'PROTECT', 'PERSONAL', 'Personal'];
    expect(errorsOf(json)).toEqual([
      'labels.descriptors[3]: a label id is upper-case letters, digits and hyphens',
      'labels.descriptors[1]: PROTECT is a label; a descriptor must differ from every label',
      'labels.descriptors[2]: PERSONAL is listed twice',
    ]);
  });

  test('duplicate audience ids', () => {
    const json = policyJson();
    json.audiences.push({ id: 'media', domains: ['press.example'] });
    expect(errorsOf(json)).toEqual(['audiences[6].id: media is already audiences[3].id']);
  });

  test('a domain in two audiences, after case and IDN normalisation', () => {
    const json = policyJson();
    json.audiences[2].domains.push('NHS.net.');
    json.audiences[3].domains.push('*.GMAIL.com');
    json.audiences[1].domains.push('cjsm.net');
    expect(errorsOf(json)).toEqual([
      'audiences[1].domains[9]: cjsm.net is listed twice in secure-partner (also audiences[1].domains[7])',
      'audiences[2].domains[3]: nhs.net is already in secure-partner (audiences[1].domains[4]); a domain belongs to one audience',
      'audiences[4].domains[1]: *.gmail.com is already in media (audiences[3].domains[18]); a domain belongs to one audience',
    ]);
  });

  test('external is the fallback and lists no domains; internal must exist and hold the council domain', () => {
    const json = policyJson();
    json.audiences[5].domains = ['example.org'];
    expect(errorsOf(json)).toEqual([
      'audiences[5].domains: external is the fallback for every domain no audience lists; it cannot list domains',
    ]);
    const noInternal = policyJson();
    noInternal.audiences = noInternal.audiences.filter((a: Json) => a.id !== 'internal');
    expect(errorsOf(noInternal)).toEqual([
      "audiences: no audience has the id internal; list the council's own domain in it",
    ]);
    const elsewhere = policyJson();
    elsewhere.council.domain = 'othercouncil.gov.uk';
    elsewhere.communicationsTeam = ['press@othercouncil.gov.uk'];
    expect(errorsOf(elsewhere)).toEqual([
      'council.domain: othercouncil.gov.uk is not in the internal audience (audiences[0].domains)',
    ]);
  });

  test('invalid domain names and duplicate communications addresses', () => {
    const json = policyJson();
    json.audiences[2].domains.push('bad..example', '*.ok.example');
    json.communicationsTeam = [
      'press.office@examplecouncil.gov.uk',
      'Press.Office@examplecouncil.gov.uk',
    ];
    expect(errorsOf(json)).toEqual([
      'audiences[2].domains[3]: bad..example is not a valid domain name',
      'communicationsTeam[1]: Press.Office@examplecouncil.gov.uk is already communicationsTeam[0]',
    ]);
  });

  test('schema and semantic problems are listed together and nothing is returned', () => {
    const json = policyJson();
    json.failureMode = 'crash';
    json.detection.bulk.label = 'HUGE';
    const result = parsePolicy(json);
    expect(result).toEqual({
      ok: false,
      errors: [
        'failureMode: expected one of allow|warn|block',
        'detection.bulk.label: unknown label HUGE; the scheme has UNMARKED, PROTECT, RESTRICTED',
      ],
    });
  });
});

describe('parsePolicyText', () => {
  test.each([
    ['{"version": "1",}', "policy.json:1:17: trailing comma before '}'"],
    [
      '{\n  "version": "1"\n  "council": {}\n}',
      "policy.json:3:3: unexpected character; expected ',' or '}' after a property value",
    ],
    [
      '{\n  "rules": {},\n  "rules": {}\n}',
      'policy.json:3:3: duplicate key (first at line 2, column 3)',
    ],
    ['', 'policy.json:1:1: unexpected end of file; expected a value'],
    [
      '{"a": [1, 2',
      "policy.json:1:12: unexpected end of file; expected ',' or ']' after an array element",
    ],
    ['// comment\n{}', 'policy.json:1:1: comments are not allowed in JSON'],
    [
      "{'version': '1'}",
      'policy.json:1:2: unexpected character; expected a property name in double quotes',
    ],
    ['{"version": tru}', 'policy.json:1:13: unexpected character; expected a value'],
    ['{"a": "x\ny"}', 'policy.json:1:9: line break inside a string'],
    ['{} {}', 'policy.json:1:4: unexpected character after the end of the JSON value'],
    ['['.repeat(10_000), 'policy.json:1:258: nested more than 256 levels deep'],
  ])('%j', (text, error) => {
    expect(parsePolicyText(text, 'policy.json')).toEqual({ ok: false, errors: [error] });
  });

  test('a byte order mark is ignored and valid text parses', () => {
    const result = parsePolicyText(
      `\uFEFF${JSON.stringify(defaultPolicy, null, 2)}`,
      'policy.json',
    );
    expect(result.ok).toBe(true);
  });

  test('a __proto__ key is an unknown key, not a prototype change', () => {
    const result = parsePolicyText(
      JSON.stringify(policyJson()).replace(/^\{/, '{"__proto__": {"x": 1},'),
      'p.json',
    );
    expect(result).toEqual({ ok: false, errors: ['__proto__: unknown key'] });
  });
});
