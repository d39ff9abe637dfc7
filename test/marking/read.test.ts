// Reading a message's label: subject markings, the X-Protective-Marking header, Purview labels; highest wins.
import { official2014Scheme } from '../../src/policy/presets';
import { defaultPolicy } from '../../src/policy/default';
import type { Policy } from '../../src/policy/schema';
import { readLabel } from '../../src/marking/read';

const read = (
  subject: string,
  headers: Record<string, string> = {},
  sensitivityLabel?: string | null,
) => readLabel({ subject, headers, sensitivityLabel }, defaultPolicy);

const official: Policy = { ...defaultPolicy, labels: official2014Scheme.labels };

describe('subject markings', () => {
  test.each([
    ['[PROTECT] Case 1234', 'PROTECT', undefined],
    ['Case 1234 [restricted]', 'RESTRICTED', undefined],
    ['RE: [Protect] Case 1234', 'PROTECT', undefined],
    ['[PROTECT - PERSONAL] Case 1234', 'PROTECT', 'PERSONAL'],
    ['[protect-personal] Case 1234', 'PROTECT', 'PERSONAL'],
    ['[ PROTECT  -  COMMERCIAL ] Tender', 'PROTECT', 'COMMERCIAL'],
    ['[RESTRICTED – PERSONAL] Case', 'RESTRICTED', 'PERSONAL'],
    ['[PROTECT - HR] Case', 'PROTECT', 'HR'],
    ['PROTECT: Case 1234', 'PROTECT', undefined],
    ['PROTECT - Case 1234', 'PROTECT', undefined],
    ['RE: FW: PROTECT: Case 1234', 'PROTECT', undefined],
    ['Re: Fwd: restricted: Case 1234', 'RESTRICTED', undefined],
    ['RE: PROTECT - PERSONAL: Case 1234', 'PROTECT', 'PERSONAL'],
    ['ATB: [PROTECT] Achos 1234', 'PROTECT', undefined],
    ['[PROTECT] [RESTRICTED] both', 'RESTRICTED', undefined],
    ['[PROTECT] [ENCRYPT] Case 1234', 'PROTECT', undefined],
    ['[UNMARKED] Lunch', 'UNMARKED', undefined],
  ])('%s -> %s %s', (subject, label, descriptor) => {
    const result = read(subject);
    expect(result.label).toBe(label);
    expect(result.descriptor).toBe(descriptor);
    expect(result.sources).toEqual(['subject']);
  });

  test.each([
    'Protecting children: training dates',
    'PROTECTED characteristics',
    'Restricted parking on Friday',
    'Case 1234 PROTECT: not at the start',
    '[PROTECTED] not a scheme label',
    '[CONFIDENTIAL] minutes',
    '[PROTECT the date] party',
    '',
  ])('no label in %j', (subject) => {
    expect(read(subject)).toEqual({ label: null, sources: [] });
  });
});

describe('custom scheme with a hyphenated label', () => {
  test.each([
    ['[OFFICIAL-SENSITIVE] Case', 'OFFICIAL-SENSITIVE', undefined],
    ['[official-sensitive - personal] Case', 'OFFICIAL-SENSITIVE', 'PERSONAL'],
    ['OFFICIAL-SENSITIVE: Case', 'OFFICIAL-SENSITIVE', undefined],
    ['[OFFICIAL - PERSONAL] Case', 'OFFICIAL', 'PERSONAL'],
    ['[OFFICIAL-PERSONAL] Case', 'OFFICIAL', 'PERSONAL'],
    ['OFFICIAL: Case', 'OFFICIAL', undefined],
    ['[OFFICIAL] [OFFICIAL-SENSITIVE] Case', 'OFFICIAL-SENSITIVE', undefined],
  ])('%s -> %s %s', (subject, label, descriptor) => {
    const result = readLabel({ subject, headers: {} }, official);
    expect(result.label).toBe(label);
    expect(result.descriptor).toBe(descriptor);
  });
  test('a tight hyphen before an undeclared word is not a descriptor', () => {
    expect(readLabel({ subject: '[OFFICIAL-SECRETS] x', headers: {} }, official).label).toBeNull();
  });
});

describe('the X-Protective-Marking header', () => {
  test('read tolerantly, from any namespace, header name in any case', () => {
    expect(
      read('Case 1234', {
        'x-protective-marking':
          'VER=2026.1, NS=othercouncil.gov.uk, SEC=RESTRICTED, ORIGIN=a@othercouncil.gov.uk',
      }),
    ).toEqual({ label: 'RESTRICTED', sources: ['header'] });
    expect(read('Case', { 'X-Protective-Marking': 'sec=protect; caveat=personal' })).toEqual({
      label: 'PROTECT',
      descriptor: 'PERSONAL',
      sources: ['header'],
    });
  });
  test('an unknown SEC value is ignored', () => {
    expect(read('Case', { 'X-Protective-Marking': 'VER=2018.4, NS=gov.au, SEC=SECRET' })).toEqual({
      label: null,
      sources: [],
    });
  });
  test('the Australian OFFICIAL:Sensitive spelling maps to OFFICIAL-SENSITIVE', () => {
    const result = readLabel(
      { subject: 'x', headers: { 'X-Protective-Marking': 'SEC=OFFICIAL:Sensitive' } },
      official,
    );
    expect(result.label).toBe('OFFICIAL-SENSITIVE');
  });
});

describe('Purview labels and precedence', () => {
  const policy: Policy = {
    ...defaultPolicy,
    labels: {
      ...defaultPolicy.labels,
      purview: [
        {
          name: 'Protect',
          guid: '{0B5A2F7E-8C1D-4E6A-9F3B-2D7C1A5E9B40}',
          label: 'PROTECT',
          encrypts: false,
          confidential: false,
        },
        { name: 'Restricted - Encrypt', label: 'RESTRICTED', encrypts: true, confidential: true },
      ],
    },
  };
  test('by name (any case) or GUID (braces optional)', () => {
    expect(readLabel({ subject: 'x', headers: {}, sensitivityLabel: 'protect' }, policy)).toEqual({
      label: 'PROTECT',
      sources: ['purview'],
    });
    expect(
      readLabel(
        { subject: 'x', headers: {}, sensitivityLabel: '0b5a2f7e-8c1d-4e6a-9f3b-2d7c1a5e9b40' },
        policy,
      ).label,
    ).toBe('PROTECT');
    expect(
      readLabel({ subject: 'x', headers: {}, sensitivityLabel: 'Unmapped' }, policy).label,
    ).toBeNull();
    expect(
      readLabel({ subject: 'x', headers: {}, sensitivityLabel: null }, policy).label,
    ).toBeNull();
  });
  test('highest wins and every source is listed', () => {
    expect(
      readLabel(
        {
          subject: '[PROTECT - PERSONAL] Case',
          headers: {
            'X-Protective-Marking':
              'VER=2026.1, NS=examplecouncil.gov.uk, SEC=PROTECT, ORIGIN=a@examplecouncil.gov.uk',
          },
          sensitivityLabel: 'Restricted - Encrypt',
        },
        policy,
      ),
    ).toEqual({ label: 'RESTRICTED', sources: ['subject', 'header', 'purview'] });
    expect(
      readLabel(
        {
          subject: '[RESTRICTED] Case',
          headers: { 'X-Protective-Marking': 'SEC=PROTECT, CAVEAT=PERSONAL' },
        },
        policy,
      ),
    ).toEqual({ label: 'RESTRICTED', sources: ['subject', 'header'] });
  });
  test('the descriptor comes with the winning label', () => {
    expect(
      readLabel(
        {
          subject: '[PROTECT] Case',
          headers: { 'X-Protective-Marking': 'SEC=PROTECT, CAVEAT=COMMERCIAL' },
        },
        policy,
      ),
    ).toEqual({ label: 'PROTECT', descriptor: 'COMMERCIAL', sources: ['subject', 'header'] });
  });
});
