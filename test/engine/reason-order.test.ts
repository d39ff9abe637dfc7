// The order reasons are shown in covers every rule once, and puts the label before encryption.
import { evaluate, REASON_ORDER } from '../../src/engine/evaluate';
import { MessageSnapshotSchema } from '../../src/message/types';
import { defaultPolicy } from '../../src/policy/default';
import { RULE_IDS } from '../../src/policy/schema';

describe('reason order', () => {
  it('lists every rule exactly once', () => {
    expect([...REASON_ORDER].sort()).toEqual([...RULE_IDS].sort());
  });

  it('shows a lookalike address first, then the label, then encryption', () => {
    const message = MessageSnapshotSchema.parse({
      from: 'a.officer@examplecouncil.gov.uk',
      to: ['p.shah@stgeorges.nhs.uk', 'x@examplecounci1.gov.uk'],
      subject: 'Case note',
      body: 'Her NHS number is 943 476 5919.',
    });
    const verdict = evaluate(message, defaultPolicy, new Date('2026-11-23T10:00:00Z'));
    const blocks = verdict.reasons.filter((r) => r.level === 'block').map((r) => r.rule);
    expect(blocks).toEqual(['lookalike-domain', 'sensitive-needs-label', 'encryption-required']);
  });
});
