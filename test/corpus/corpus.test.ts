// Keeps the corpus honest: size, coverage of every type, unique ids, labels present in the text, valid check digits.
import { ENTITY_TYPES } from '../../src/detectors/types';
import {
  groupIban,
  ibanValid,
  isValidNhs,
  luhnValid,
  luhnComplete,
  makeIban,
  nhsCheckDigit,
} from './checkdigits';
import { corpus } from './corpus';

describe('check-digit helpers', () => {
  test('agree with published example values', () => {
    expect(isValidNhs('943 476 5919')).toBe(true);
    expect(isValidNhs('943 476 5918')).toBe(false);
    expect(nhsCheckDigit('123456789')).toBeNull();
    expect(luhnValid('4111 1111 1111 1111')).toBe(true);
    expect(luhnValid('4111 1111 1111 1112')).toBe(false);
    expect(luhnComplete('411111111111111')).toBe('4111111111111111');
    expect(ibanValid('GB29 NWBK 6016 1331 9268 19')).toBe(true);
    expect(ibanValid('GB29 NWBK 6016 1331 9268 18')).toBe(false);
    expect(makeIban('GB', 'NWBK60161331926819')).toBe('GB29NWBK60161331926819');
    expect(groupIban('GB29NWBK60161331926819')).toBe('GB29 NWBK 6016 1331 9268 19');
  });
});

describe('labelled corpus', () => {
  test('has at least 300 cases with unique ids', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    expect(new Set(corpus.map((c) => c.id)).size).toBe(corpus.length);
  });

  test.each(ENTITY_TYPES)('%s has positives and hard negatives', (type) => {
    const positives = corpus.filter((c) => c.expect.some((e) => e.type === type)).length;
    const negatives = corpus.filter((c) => c.negativeFor.includes(type)).length;
    expect(positives).toBeGreaterThanOrEqual(5);
    expect(negatives).toBeGreaterThanOrEqual(3);
  });

  test('every label of a plain-text case appears in its text as often as it is listed', () => {
    const plain = /^[\t\n\x20-\x7e\u00a3\u2013\u2019\u20ac]*$/;
    const problems: string[] = [];
    for (const c of corpus) {
      if (c.format !== 'text' || !plain.test(c.text)) continue;
      const wanted = new Map<string, number>();
      for (const e of c.expect) wanted.set(e.value, (wanted.get(e.value) ?? 0) + 1);
      for (const [value, n] of wanted) {
        if (c.text.split(value).length - 1 < n)
          problems.push(`${c.id}: a ${n}x label is missing from the text`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('expected NHS numbers, cards and IBANs pass their check digits', () => {
    const invalid: string[] = [];
    for (const c of corpus) {
      for (const e of c.expect) {
        const ok =
          e.type === 'NHS_NUMBER'
            ? isValidNhs(e.value)
            : e.type === 'PAYMENT_CARD'
              ? luhnValid(e.value)
              : e.type === 'IBAN'
                ? ibanValid(e.value)
                : true;
        if (!ok) invalid.push(`${c.id} ${e.type}`);
      }
    }
    expect(invalid).toEqual([]);
  });
});
