// Confidential markings and internal-only markers.
import { isConfidential } from '../../src/marking/confidential';
import { findInternalOnlyMarker } from '../../src/marking/internal-only';
import { defaultPolicy } from '../../src/policy/default';
import type { Policy } from '../../src/policy/schema';

const confidential = (
  subject: string,
  headers: Record<string, string> = {},
  sensitivityLabel?: string | null,
) => isConfidential({ subject, headers, sensitivityLabel }, defaultPolicy);

describe('isConfidential', () => {
  test.each([
    '[CONFIDENTIAL] Minutes',
    'RE: Minutes [confidential]',
    'CONFIDENTIAL: Minutes',
    'RE: FW: Confidential - Minutes',
    '[PROTECT - CONFIDENTIAL] Minutes',
  ])('subject %j', (subject) => {
    expect(confidential(subject)).toBe(true);
  });
  test.each([
    'Confidential waste collection',
    'Minutes (confidential items follow)',
    'Minutes',
    '[CONFIDENTIALITY] policy',
  ])('not from subject %j', (subject) => {
    expect(confidential(subject)).toBe(false);
  });
  test('the Sensitivity header, any case of name and value', () => {
    expect(confidential('Minutes', { sensitivity: 'company-confidential' })).toBe(true);
    expect(confidential('Minutes', { SENSITIVITY: 'Company-Confidential' })).toBe(true);
    expect(confidential('Minutes', { Sensitivity: 'Personal' })).toBe(false);
  });
  test('a Purview label the policy marks confidential', () => {
    const policy: Policy = {
      ...defaultPolicy,
      labels: {
        ...defaultPolicy.labels,
        purview: [
          { name: 'Members Confidential', label: 'PROTECT', encrypts: false, confidential: true },
          { name: 'Protect', label: 'PROTECT', encrypts: false, confidential: false },
        ],
      },
    };
    expect(
      isConfidential(
        { subject: 'x', headers: {}, sensitivityLabel: 'members confidential' },
        policy,
      ),
    ).toBe(true);
    expect(isConfidential({ subject: 'x', headers: {}, sensitivityLabel: 'Protect' }, policy)).toBe(
      false,
    );
  });
});

describe('findInternalOnlyMarker', () => {
  const policy: Policy = {
    ...defaultPolicy,
    internalOnlyMarkers: [...defaultPolicy.internalOnlyMarkers, 'Staff Bulletin'],
  };
  test.each([
    ['This note is INTERNAL ONLY.', 'INTERNAL ONLY'],
    ['internal only: do not share', 'INTERNAL ONLY'],
    ['Not for\nexternal   circulation', 'NOT FOR EXTERNAL CIRCULATION'],
    ['From this week’s staff bulletin', 'Staff Bulletin'],
    ['NOT FOR EXTERNAL CIRCULATION and internal only', 'NOT FOR EXTERNAL CIRCULATION'],
  ])('%j -> %s', (text, marker) => {
    expect(findInternalOnlyMarker(text, policy)).toBe(marker);
  });
  test.each([
    'international only',
    'the internal onlyness',
    'staff bulletins',
    'External circulation list',
    '',
  ])('no marker in %j', (text) => {
    expect(findInternalOnlyMarker(text, policy)).toBeUndefined();
  });
});
