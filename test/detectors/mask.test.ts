// maskValue keeps only the last few characters of a value, and nothing of secrets or category phrases.
import { maskValue } from '../../src/detectors/mask';

describe('maskValue', () => {
  test.each([
    ['NHS_NUMBER', '943 476 5919', '\u2022\u2022\u2022 \u2022\u2022\u2022 5919'],
    [
      'PAYMENT_CARD',
      '4929-1234-5678-9015',
      '\u2022\u2022\u2022\u2022-\u2022\u2022\u2022\u2022-\u2022\u2022\u2022\u2022-9015',
    ],
    ['UK_PHONE', '07700 900123', '\u2022\u2022\u2022\u2022\u2022 \u2022\u2022\u2022123'],
    ['UK_NINO', 'JK 92 47 31 D', '\u2022\u2022 \u2022\u2022 \u2022\u2022 \u20221 D'],
    ['UK_POSTCODE', 'BR1 3UH', '\u2022\u2022\u2022 \u2022UH'],
    ['EMAIL_ADDRESS', 'jane.smith@example.org', '\u2022\u2022\u2022@example.org'],
    ['CREDENTIAL', 'Blue7!sky', '\u2022'.repeat(8)],
    ['SPECIAL_CATEGORY_HEALTH', 'diagnosed with cancer', '\u2022'.repeat(8)],
  ] as const)('%s %s', (type, value, masked) => {
    expect(maskValue(type, value)).toBe(masked);
  });

  test('never shows more than half of a short value', () => {
    expect(maskValue('UK_PASSPORT', '12')).toBe('\u20222');
    expect(maskValue('DATE_OF_BIRTH', '1/5/80')).toBe('\u2022/\u2022/80');
  });

  test('keeps the length of identifiers but not the characters before the tail', () => {
    const masked = maskValue('IBAN', 'GB82 WEST 1234 5698 7654 32');
    expect(masked).toHaveLength('GB82 WEST 1234 5698 7654 32'.length);
    expect(masked.endsWith('54 32')).toBe(true);
    expect(masked).not.toMatch(/GB|WEST|1234/);
  });
});
