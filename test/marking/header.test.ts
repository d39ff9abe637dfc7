// The X-Protective-Marking header grammar: format, tolerant parse, no injection.
import { MARKING_HEADER, formatMarkingHeader, parseMarkingHeader } from '../../src/marking/header';

test('the header name is fixed', () => {
  expect(MARKING_HEADER).toBe('X-Protective-Marking');
});

test('formats in the brief grammar, with and without a caveat', () => {
  expect(
    formatMarkingHeader({
      ns: 'examplecouncil.gov.uk',
      sec: 'PROTECT',
      origin: 'a.officer@examplecouncil.gov.uk',
    }),
  ).toBe(
    'VER=2026.1, NS=examplecouncil.gov.uk, SEC=PROTECT, ORIGIN=a.officer@examplecouncil.gov.uk',
  );
  expect(
    formatMarkingHeader({
      ns: 'examplecouncil.gov.uk',
      sec: 'restricted',
      caveat: 'personal',
      origin: 'a@examplecouncil.gov.uk',
    }),
  ).toBe(
    'VER=2026.1, NS=examplecouncil.gov.uk, SEC=RESTRICTED, CAVEAT=PERSONAL, ORIGIN=a@examplecouncil.gov.uk',
  );
});

test('values cannot break the header or inject pairs', () => {
  const value = formatMarkingHeader({
    ns: 'a.org\r\nBcc: x@evil.org',
    sec: 'PROTECT, SEC=UNMARKED',
    origin: 'a@a.org',
  });
  expect(value).not.toMatch(/[\r\n]/);
  expect(parseMarkingHeader(value)?.sec).toBe('PROTECT SEC=UNMARKED');
});

test('round trip', () => {
  const m = {
    ns: 'examplecouncil.gov.uk',
    sec: 'PROTECT',
    caveat: 'PERSONAL',
    origin: 'a@examplecouncil.gov.uk',
  };
  expect(parseMarkingHeader(formatMarkingHeader(m))).toEqual({ ver: '2026.1', ...m });
});

test.each([
  ['sec=RESTRICTED', { sec: 'RESTRICTED' }],
  [
    '  SEC = PROTECT ;NS=other.gov.uk ; Ver=2018.4 ',
    { sec: 'PROTECT', ns: 'other.gov.uk', ver: '2018.4' },
  ],
  ['ORIGIN=a@b.org, SEC=PROTECT, EXPIRES=2030-01-01', { origin: 'a@b.org', sec: 'PROTECT' }],
  ['SEC=PROTECT, SEC=RESTRICTED', { sec: 'PROTECT' }],
])('parses %j tolerantly', (value, expected) => {
  expect(parseMarkingHeader(value)).toEqual(expected);
});

test.each(['', 'PROTECT', 'FOO=bar', 'SEC='])('%j is not a marking', (value) => {
  expect(parseMarkingHeader(value)).toBeNull();
});
