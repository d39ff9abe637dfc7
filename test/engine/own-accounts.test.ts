// The council's own bank accounts (policy detection.ownBankAccounts) are no finding: an invoice that gives them for payment asks for no label.
import { evaluate } from '../../src/engine/evaluate';
import { scanText } from '../../src/detectors/scan';
import { MessageSnapshotSchema } from '../../src/message/types';
import { normaliseText } from '../../src/message/normalise';
import { defaultPolicy } from '../../src/policy/default';
import type { Policy } from '../../src/policy/schema';

const NOW = new Date('2026-11-23T10:00:00Z');
const INVOICE =
  'Invoice AR-713390 for £2,460.00 is attached. Payment can be made by BACS to Northbridge ' +
  'Borough Council, sort code 40-11-62, account number 21873456, quoting the invoice number.';
const IBAN_INVOICE = 'From abroad, pay IBAN GB33 BUKB 2020 1555 5555 55 quoting AR-713390.';
const RESIDENT =
  'Please refund Mrs Okafor to sort code 20-00-00, account number 55779911, as she asked.';

function send(body: string, policy: Policy) {
  const message = MessageSnapshotSchema.parse({
    from: 'a.officer@examplecouncil.gov.uk',
    to: ['accounts@harbour-sailing.org.uk'],
    subject: 'Invoice AR-713390',
    body,
  });
  return evaluate(message, policy, NOW);
}

const withOwn = (ownBankAccounts: string[]): Policy => ({
  ...defaultPolicy,
  detection: { ...defaultPolicy.detection, ownBankAccounts },
});

describe("the council's own bank accounts", () => {
  it('without the list, an invoice giving them is blocked for a label and encryption', () => {
    const verdict = send(INVOICE, defaultPolicy);
    expect(verdict.requiredLabel).toBe('PROTECT');
    expect(verdict.decision).toBe('block');
  });

  it('with the council account listed, the same invoice needs no label', () => {
    const verdict = send(INVOICE, withOwn(['401162 21873456']));
    expect(verdict.requiredLabel).toBeNull();
    expect(verdict.findings.some((f) => f.type === 'UK_BANK_ACCOUNT')).toBe(false);
  });

  it('an IBAN is matched however it is spaced', () => {
    expect(send(IBAN_INVOICE, defaultPolicy).requiredLabel).toBe('PROTECT');
    expect(send(IBAN_INVOICE, withOwn(['GB33BUKB20201555555555'])).requiredLabel).toBeNull();
  });

  it("another account is still a finding: a resident's refund details", () => {
    const verdict = send(`${INVOICE}\n\n${RESIDENT}`, withOwn(['40-11-62 21873456']));
    expect(verdict.requiredLabel).toBe('PROTECT');
    expect(verdict.findings.filter((f) => f.type === 'UK_BANK_ACCOUNT')).toHaveLength(1);
  });

  it('scanText keeps every account when given no list', () => {
    const text = normaliseText(INVOICE);
    expect(scanText(text).filter((f) => f.type === 'UK_BANK_ACCOUNT')).toHaveLength(1);
    expect(scanText(text, { ownAccounts: new Set() }).length).toBe(scanText(text).length);
  });
});
