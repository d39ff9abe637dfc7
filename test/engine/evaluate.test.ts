// The engine: decision combining, overrides, failure mode, precomputed content, fixes, determinism and locale.
import type { LocatedFinding } from '../../src/detectors/types';
import { evaluate, SCAN_BUDGET_MS } from '../../src/engine/evaluate';
import type {
  MessageContent,
  MessageSnapshot,
  MessageSnapshotInput,
} from '../../src/message/types';
import { MessageSnapshotSchema } from '../../src/message/types';
import { defaultPolicy } from '../../src/policy/default';
import type { Policy } from '../../src/policy/schema';
import * as contentModule from '../../src/message/content';
import { findRule, rules } from '../../src/rules/index';

const NOW = new Date('2026-11-22T10:00:00Z');
const ME = 'a.officer@examplecouncil.gov.uk';

function msg(input: Partial<MessageSnapshotInput>): MessageSnapshot {
  return MessageSnapshotSchema.parse({
    from: ME,
    to: ['b.officer@examplecouncil.gov.uk'],
    ...input,
  });
}

function withRules(rules: Policy['rules'], extra: Partial<Policy> = {}): Policy {
  return { ...defaultPolicy, ...extra, rules: { ...defaultPolicy.rules, ...rules } };
}

const ruleIds = (v: ReturnType<typeof evaluate>) => v.reasons.map((r) => r.rule);

/** Content and findings as the Outlook handlers would precompute them: an NHS number in the body. */
function precomputedNhs(): { content: MessageContent; findings: LocatedFinding[] } {
  return {
    content: {
      segments: [
        { location: 'subject', text: 'Referral' },
        { location: 'body', text: 'NHS number xxx' },
      ],
      unscanned: [],
    },
    findings: [
      {
        type: 'NHS_NUMBER',
        start: 11,
        end: 14,
        confidence: 0.95,
        detector: 'nhs-number',
        location: 'body',
      },
    ],
  };
}

describe('evaluate', () => {
  it('allows a plain internal message and records the policy version and time', () => {
    const v = evaluate(msg({ subject: 'Lunch', body: 'See you at one.' }), defaultPolicy, NOW);
    expect(v.decision).toBe('allow');
    expect(v.reasons).toEqual([]);
    expect(v.label).toBeNull();
    expect(v.requiredLabel).toBeNull();
    expect(v.policyVersion).toBe(defaultPolicy.version);
    expect(v.evaluatedAt).toBe('2026-11-22T10:00:00.000Z');
    expect(v.recipients).toEqual([
      { address: 'b.officer@examplecouncil.gov.uk', field: 'to', audience: 'internal' },
    ]);
  });

  it('is deterministic: same inputs, same verdict', () => {
    const m = msg({
      to: ['x@acme.co.uk', 'news@bbc.co.uk'],
      subject: '[PROTECT] Case',
      body: 'Details attached.',
    });
    expect(evaluate(m, defaultPolicy, NOW)).toEqual(evaluate(m, defaultPolicy, NOW));
  });

  it('combines levels: block beats warn beats allow, blocks listed first', () => {
    const warnOnly = evaluate(msg({ to: ['x@acme.co.uk'] }), defaultPolicy, NOW);
    expect(warnOnly.decision).toBe('warn');
    expect(ruleIds(warnOnly)).toEqual(['external-recipients']);
    const both = evaluate(
      msg({ to: ['x@acme.co.uk', 'news@bbc.co.uk'], subject: '[PROTECT] Case 12' }),
      defaultPolicy,
      NOW,
    );
    expect(both.decision).toBe('block');
    expect(both.reasons[0]?.level).toBe('block');
    expect(ruleIds(both)).toEqual([
      'audience-not-cleared',
      'encryption-required',
      'external-recipients',
      'media-recipients',
    ]);
  });

  it('derives the required and effective label from precomputed findings without re-reading content', () => {
    const m = msg({ to: ['x@acme.co.uk'], body: 'nothing detectable here' });
    const v = evaluate(m, defaultPolicy, NOW, { precomputed: precomputedNhs() });
    expect(v.requiredLabel).toBe('PROTECT');
    expect(v.effectiveLabel).toBe('PROTECT');
    expect(v.findings).toEqual([
      {
        type: 'NHS_NUMBER',
        count: 1,
        locations: ['body'],
        spans: [{ location: 'body', start: 11, end: 14, confidence: 0.95 }],
      },
    ]);
    expect(ruleIds(v)).toEqual([
      'sensitive-needs-label',
      'encryption-required',
      'external-recipients',
    ]);
    expect(v.fixes).toEqual([
      { kind: 'apply-label', label: 'PROTECT' },
      { kind: 'encrypt', token: '[ENCRYPT]' },
    ]);
  });

  it('raises bulk personal data (10 PROTECT findings across locations) to RESTRICTED', () => {
    const findings: LocatedFinding[] = Array.from({ length: 10 }, (_, i) => ({
      type: i < 6 ? 'NHS_NUMBER' : 'UK_NINO',
      start: i * 20,
      end: i * 20 + 10,
      confidence: 0.9,
      detector: 'x',
      location: i < 6 ? 'body' : 'attachment:list.csv',
    }));
    const content: MessageContent = {
      segments: [
        { location: 'body', text: '' },
        { location: 'attachment:list.csv', text: '' },
      ],
      unscanned: [],
    };
    const v = evaluate(msg({ subject: '[PROTECT] list' }), defaultPolicy, NOW, {
      precomputed: { content, findings },
    });
    expect(v.requiredLabel).toBe('RESTRICTED');
    expect(v.reasons.find((r) => r.rule === 'sensitive-needs-label')?.messageId).toBe(
      'sensitive-needs-label.bulk',
    );
    expect(v.findings.map((f) => [f.type, f.count, f.locations])).toEqual([
      ['NHS_NUMBER', 6, ['body']],
      ['UK_NINO', 4, ['attachment:list.csv']],
    ]);
  });

  it('finds an identifier in the file name of an attachment, even one it cannot read', () => {
    const v = evaluate(
      msg({
        subject: 'Referral',
        attachments: [
          {
            name: 'Smith_NHS_9434765919.pdf',
            contentType: 'application/pdf',
            contentBase64: 'JVBERi0xLjc=',
          },
        ],
      }),
      defaultPolicy,
      NOW,
    );
    expect(v.findings.map((f) => [f.type, f.locations])).toEqual([
      ['NHS_NUMBER', ['attachment:Smith_NHS_9434765919.pdf']],
    ]);
    expect(v.requiredLabel).toBe('PROTECT');
  });

  it('forwards a Zoom invitation to a partner without asking for a label', () => {
    const invitation = [
      'Sam Smith is inviting you to a scheduled Zoom meeting.',
      'Join Zoom Meeting',
      'https://us02web.zoom.us/j/9434765919?pwd=aBcD1234EfGh5678',
      '',
      'Meeting ID: 943 476 5919',
      'Passcode: 482913',
      '',
      'One tap mobile',
      '+442034815240,,9434765919#,,,,*482913# United Kingdom',
    ].join('\n');
    const v = evaluate(
      msg({ to: ['gp@practice.nhs.uk'], subject: 'FW: Case review', body: invitation }),
      defaultPolicy,
      NOW,
    );
    // The meeting's passcode goes to everyone invited, and its ID is no NHS number.
    expect(v.findings.map((f) => f.type)).toEqual(['UK_PHONE']);
    expect(v.requiredLabel).toBeNull();
  });

  it('lets a justification override an overridable block and lists it as overridden', () => {
    const m = msg({
      composeType: 'reply',
      subject: 'RE: Case 7',
      original: {
        from: 'b.officer@examplecouncil.gov.uk',
        to: [ME],
        subject: '[RESTRICTED] Case 7',
      },
    });
    const blocked = evaluate(m, defaultPolicy, NOW);
    expect(blocked.decision).toBe('block');
    expect(blocked.reasons[0]).toMatchObject({ rule: 'label-downgrade', overridable: true });
    expect(blocked.fixes).toEqual([{ kind: 'apply-label', label: 'RESTRICTED' }]);
    const justified = evaluate(m, defaultPolicy, NOW, {
      justifications: { 'label-downgrade': '  Marking was wrong; agreed with IG  ' },
    });
    expect(justified.decision).toBe('allow');
    expect(justified.reasons[0]?.overridden).toEqual({
      justification: 'Marking was wrong; agreed with IG',
    });
    expect(justified.fixes).toEqual([]);
    const blank = evaluate(m, defaultPolicy, NOW, { justifications: { 'label-downgrade': '   ' } });
    expect(blank.decision).toBe('block');
  });

  it('does not let a justification override a block that is not overridable', () => {
    const m = msg({ to: ['news@bbc.co.uk'], subject: '[PROTECT] Case 12' });
    const v = evaluate(m, defaultPolicy, NOW, {
      justifications: { 'audience-not-cleared': 'I must' },
    });
    expect(v.decision).toBe('block');
    expect(v.reasons.find((r) => r.rule === 'audience-not-cleared')?.overridden).toBeUndefined();
  });

  it('follows the policy: a rule switched off, a level changed, a block made overridable', () => {
    const m = msg({ to: ['x@acme.co.uk'] });
    expect(
      evaluate(m, withRules({ 'external-recipients': { enabled: false } }), NOW).decision,
    ).toBe('allow');
    expect(
      evaluate(m, withRules({ 'external-recipients': { enabled: true, level: 'block' } }), NOW)
        .decision,
    ).toBe('block');
    const lookalike = msg({ to: ['ceo@examplecounci1.gov.uk'] });
    const policy = withRules({
      'lookalike-domain': { enabled: true, level: 'block', overridable: true },
    });
    const v = evaluate(lookalike, policy, NOW, {
      justifications: { 'lookalike-domain': 'Test domain owned by IT' },
    });
    expect(v.reasons.find((r) => r.rule === 'lookalike-domain')?.overridden).toBeDefined();
  });

  describe('a rule that fails', () => {
    afterEach(() => jest.restoreAllMocks());
    const boom = () => {
      const rule = findRule('external-recipients');
      if (rule === undefined) throw new Error('missing rule');
      jest.spyOn(rule, 'check').mockImplementation(() => {
        throw new TypeError('rule bug');
      });
    };

    it('is recorded, and the default failure mode (warn) adds a warn reason', () => {
      boom();
      const v = evaluate(msg({ to: ['x@acme.co.uk'] }), defaultPolicy, NOW);
      expect(v.errors).toEqual([{ rule: 'external-recipients', error: 'TypeError: rule bug' }]);
      expect(v.decision).toBe('warn');
      expect(v.reasons).toEqual([
        expect.objectContaining({
          rule: 'external-recipients',
          level: 'warn',
          messageId: 'engine.checks-failed',
        }),
      ]);
    });

    it('blocks under failureMode block and is ignored under allow', () => {
      boom();
      const m = msg({ to: ['x@acme.co.uk'] });
      expect(evaluate(m, { ...defaultPolicy, failureMode: 'block' }, NOW).decision).toBe('block');
      const allowed = evaluate(m, { ...defaultPolicy, failureMode: 'allow' }, NOW);
      expect(allowed.decision).toBe('allow');
      expect(allowed.errors).toHaveLength(1);
    });

    it('counts rule options the policy loader never checked as a failure of that rule', () => {
      const policy = withRules({
        'reply-all': { enabled: true, options: { minRecipients: 'three' } },
      });
      const v = evaluate(msg({}), policy, NOW);
      expect(v.errors.map((e) => e.rule)).toEqual(['reply-all']);
      expect(v.decision).toBe('warn');
    });

    it('fails only the rules that need content when the content cannot be read', () => {
      jest.spyOn(contentModule, 'extractContent').mockImplementation(() => {
        throw new RangeError('reader bug');
      });
      const v = evaluate(msg({ to: ['x@acme.co.uk'] }), defaultPolicy, NOW);
      const contentRules = rules.filter((r) => r.meta.usesContent).map((r) => r.meta.id);
      expect(v.errors.map((e) => e.rule)).toEqual(contentRules);
      expect(v.errors[0]?.error).toBe('reading the content failed: RangeError: reader bug');
      expect(ruleIds(v)).toEqual(['external-recipients', contentRules[0]]);
      expect(v.reasons[1]).toMatchObject({
        messageId: 'engine.checks-failed',
        params: { rules: contentRules },
      });
      expect(v.decision).toBe('warn');
    });

    it('a scan past its time budget fails the content rules, not half of them, under the failure mode', () => {
      // A clock that jumps a second each time it is read: the budget runs out mid-scan.
      let now = 0;
      const clock = (): number => (now += 1000);
      const m = msg({ to: ['x@acme.co.uk'], body: 'NHS number 943 476 5919. '.repeat(50) });
      const v = evaluate(m, defaultPolicy, NOW, { clock });
      const contentRules = rules.filter((r) => r.meta.usesContent).map((r) => r.meta.id);
      expect(v.errors.map((e) => e.rule)).toEqual(contentRules);
      expect(v.errors[0]?.error).toBe(
        'reading the content failed: ScanTimeoutError: the scan stopped at its time budget',
      );
      expect(v.findings).toEqual([]);
      expect(v.decision).toBe('warn');
      expect(evaluate(m, { ...defaultPolicy, failureMode: 'block' }, NOW, { clock }).decision).toBe(
        'block',
      );
      // The same message with a clock that stands still is scanned in full.
      const calm = evaluate(m, defaultPolicy, NOW, { clock: () => 0 });
      expect(calm.errors).toEqual([]);
      expect(calm.findings.map((f) => f.type)).toEqual(['NHS_NUMBER']);
      expect(SCAN_BUDGET_MS).toBe(2000);
    });

    it('never throws, even on input that was never validated', () => {
      const broken = { from: ME, to: null } as unknown as MessageSnapshot;
      const v = evaluate(broken, defaultPolicy, NOW);
      expect(v.decision).toBe('warn');
      expect(v.errors.length).toBeGreaterThan(0);
      expect(() => evaluate(msg({}), {} as Policy, NOW)).not.toThrow();
    });
  });

  it('offers each kind of fix', () => {
    const team = { communicationsTeam: ['press.office@examplecouncil.gov.uk'] };
    const outside = Array.from({ length: 5 }, (_, i) => `resident${i}@example.org`);
    const v = evaluate(
      msg({
        to: [...outside, 'news@bbc.co.uk', 'ceo@examplecounci1.gov.uk'],
        subject: '[PROTECT] Consultation',
      }),
      { ...defaultPolicy, ...team },
      NOW,
    );
    expect(v.fixes).toEqual(
      expect.arrayContaining([
        { kind: 'encrypt', token: '[ENCRYPT]' },
        { kind: 'remove-recipient', address: 'news@bbc.co.uk' },
        { kind: 'remove-recipient', address: 'ceo@examplecounci1.gov.uk' },
        {
          kind: 'move-to-bcc',
          addresses: [...outside, 'news@bbc.co.uk', 'ceo@examplecounci1.gov.uk'],
        },
        { kind: 'add-recipient', address: 'press.office@examplecouncil.gov.uk' },
      ]),
    );
    expect(v.recipients.find((r) => r.address === 'ceo@examplecounci1.gov.uk')?.lookalikeOf).toBe(
      'examplecouncil.gov.uk',
    );
  });

  it('renders reasons in Welsh when asked', () => {
    const v = evaluate(msg({ to: ['x@acme.co.uk'] }), defaultPolicy, NOW, { locale: 'cy' });
    expect(v.reasons[0]?.message).toBe(
      "Mae'r neges hon yn mynd y tu allan i'r cyngor a'i bartneriaid cymeradwy: x@acme.co.uk.",
    );
  });

  it('never puts a detected value in the verdict', () => {
    const v = evaluate(
      msg({
        to: ['x@acme.co.uk'],
        body: 'Patient NHS number 401 023 2137, date of birth 03/04/1951.',
      }),
      defaultPolicy,
      NOW,
    );
    expect(v.findings.map((f) => f.type)).toContain('NHS_NUMBER');
    const text = JSON.stringify(v);
    expect(text).not.toMatch(/401 ?023 ?2137/);
    expect(text).not.toContain('03/04/1951');
  });
});
