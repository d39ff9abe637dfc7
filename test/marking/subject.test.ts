// Writing markings: markSubject and addEncryptionToken, and the round trip apply-then-read on every subject form.
import { addEncryptionToken, isEncrypted } from '../../src/marking/encryption';
import { readLabel } from '../../src/marking/read';
import { markSubject } from '../../src/marking/subject';
import { defaultPolicy } from '../../src/policy/default';
import { official2014Scheme } from '../../src/policy/presets';
import type { Policy } from '../../src/policy/schema';

const official: Policy = { ...defaultPolicy, labels: official2014Scheme.labels };

describe('markSubject', () => {
  test.each([
    ['Case 1234', 'PROTECT', undefined, '[PROTECT] Case 1234'],
    ['RE: Case 1234', 'PROTECT', undefined, 'RE: [PROTECT] Case 1234'],
    ['RE: FW: Case 1234', 'restricted', undefined, 'RE: FW: [RESTRICTED] Case 1234'],
    ['RE: [PROTECT] Case 1234', 'RESTRICTED', undefined, 'RE: [RESTRICTED] Case 1234'],
    ['Case 1234 [protect]', 'RESTRICTED', undefined, '[RESTRICTED] Case 1234'],
    ['Case [PROTECT] 1234', 'RESTRICTED', undefined, '[RESTRICTED] Case 1234'],
    ['PROTECT: Case 1234', 'RESTRICTED', undefined, '[RESTRICTED] Case 1234'],
    ['Re: PROTECT - Case 1234', 'RESTRICTED', undefined, 'Re: [RESTRICTED] Case 1234'],
    ['[PROTECT - PERSONAL] Case', 'RESTRICTED', undefined, '[RESTRICTED - PERSONAL] Case'],
    ['[PROTECT - PERSONAL] Case', 'RESTRICTED', '', '[RESTRICTED] Case'],
    ['Case', 'PROTECT', 'commercial', '[PROTECT - COMMERCIAL] Case'],
    ['[PROTECT] [ENCRYPT] Case 1234', 'RESTRICTED', undefined, '[RESTRICTED] [ENCRYPT] Case 1234'],
    ['[ENCRYPT] Case 1234', 'PROTECT', undefined, '[PROTECT] [ENCRYPT] Case 1234'],
    ['[CONFIDENTIAL] Minutes', 'PROTECT', undefined, '[PROTECT] [CONFIDENTIAL] Minutes'],
    ['[PROTECT] [RESTRICTED] Case', 'PROTECT', undefined, '[PROTECT] Case'],
    ['', 'PROTECT', undefined, '[PROTECT]'],
    ['RE:', 'PROTECT', undefined, 'RE: [PROTECT]'],
  ])('%j marked %s (%s) -> %j', (subject, label, descriptor, expected) => {
    expect(markSubject(subject, label, defaultPolicy, descriptor)).toBe(expected);
  });

  test('a hyphenated label replaces the markings of its scheme', () => {
    expect(markSubject('RE: [OFFICIAL] Case', 'OFFICIAL-SENSITIVE', official)).toBe(
      'RE: [OFFICIAL-SENSITIVE] Case',
    );
    expect(markSubject('[OFFICIAL-SENSITIVE - PERSONAL] Case', 'OFFICIAL', official)).toBe(
      '[OFFICIAL - PERSONAL] Case',
    );
  });
});

describe('round trip: apply then read gives the label on every subject form', () => {
  const subjects = [
    'Case 1234',
    'RE: Case 1234',
    'RE: FW: Case 1234',
    'Fwd: Re: Case 1234',
    're: fw: case 1234',
    'RE: [PROTECT] Case 1234',
    '[RESTRICTED - PERSONAL] Case 1234',
    'Case 1234 [protect - commercial]',
    'PROTECT: Case 1234',
    'RE: RESTRICTED - Case 1234',
    '[restricted] lower case',
    '[PROTECT] [ENCRYPT] Case 1234',
    '[SECURE] Case 1234',
    '[CONFIDENTIAL] Minutes',
    '',
  ];
  const labels = ['UNMARKED', 'PROTECT', 'RESTRICTED'];
  const descriptors = [undefined, 'PERSONAL'];
  for (const subject of subjects) {
    for (const label of labels) {
      for (const descriptor of descriptors) {
        test(`${JSON.stringify(subject)} as ${label}${descriptor ? ` - ${descriptor}` : ''}`, () => {
          const marked = markSubject(subject, label, defaultPolicy, descriptor);
          const read = readLabel({ subject: marked, headers: {} }, defaultPolicy);
          expect(read.label).toBe(label);
          if (descriptor) expect(read.descriptor).toBe(descriptor);
          expect(markSubject(marked, label, defaultPolicy, descriptor)).toBe(marked);
          const encrypted = addEncryptionToken(marked, defaultPolicy);
          expect(readLabel({ subject: encrypted, headers: {} }, defaultPolicy).label).toBe(label);
          expect(isEncrypted({ subject: encrypted }, defaultPolicy)).toBe(true);
        });
      }
    }
  }

  test.each(['OFFICIAL', 'OFFICIAL-SENSITIVE'])('2014 scheme: %s', (label) => {
    for (const subject of [
      'RE: [OFFICIAL] Case',
      'OFFICIAL-SENSITIVE: Case',
      'FW: Case [official-sensitive - personal]',
    ]) {
      const marked = markSubject(subject, label, official);
      expect(readLabel({ subject: marked, headers: {} }, official).label).toBe(label);
    }
  });
});

describe('encryption tokens', () => {
  test.each([
    ['[PROTECT] Case 1234', '[PROTECT] [ENCRYPT] Case 1234'],
    ['RE: [PROTECT] Case 1234', 'RE: [PROTECT] [ENCRYPT] Case 1234'],
    ['RE: [PROTECT - PERSONAL] Case', 'RE: [PROTECT - PERSONAL] [ENCRYPT] Case'],
    ['Case 1234', '[ENCRYPT] Case 1234'],
    ['FW: Case 1234', 'FW: [ENCRYPT] Case 1234'],
    ['PROTECT: Case 1234', 'PROTECT: [ENCRYPT] Case 1234'],
    ['[PROTECT]', '[PROTECT] [ENCRYPT]'],
    ['[PROTECT] [encrypt] Case', '[PROTECT] [encrypt] Case'],
    ['[PROTECT] Case [Secure]', '[PROTECT] Case [Secure]'],
  ])('%j -> %j', (subject, expected) => {
    const once = addEncryptionToken(subject, defaultPolicy);
    expect(once).toBe(expected);
    expect(addEncryptionToken(once, defaultPolicy)).toBe(once);
  });

  test('isEncrypted: a token anywhere in any case, or an encrypting Purview label', () => {
    const policy: Policy = {
      ...defaultPolicy,
      labels: {
        ...defaultPolicy.labels,
        purview: [{ name: 'Encrypt', label: 'RESTRICTED', encrypts: true, confidential: false }],
      },
    };
    expect(isEncrypted({ subject: 'Case [secure] 1234' }, policy)).toBe(true);
    expect(isEncrypted({ subject: 'Case 1234' }, policy)).toBe(false);
    expect(isEncrypted({ subject: 'About encryption [ENCRYPTED]' }, policy)).toBe(false);
    expect(isEncrypted({ subject: 'Case', sensitivityLabel: 'encrypt' }, policy)).toBe(true);
    expect(isEncrypted({ subject: 'Case', sensitivityLabel: 'Other' }, policy)).toBe(false);
  });

  test('a word token only matches whole words', () => {
    const policy: Policy = { ...defaultPolicy, encryption: { subjectTokens: ['encrypt:'] } };
    expect(isEncrypted({ subject: 'Encrypt: case' }, policy)).toBe(true);
    expect(isEncrypted({ subject: 'reencrypt: case' }, policy)).toBe(false);
    expect(addEncryptionToken('[PROTECT] Case', policy)).toBe('[PROTECT] encrypt: Case');
  });
});
