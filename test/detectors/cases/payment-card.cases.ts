// Cases for the payment card detector: Luhn, issuer prefix and length; timestamps and references are not cards.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'Card number: 4532.0151.1283.0366, expiry 12/27.',
      expect: ['4532.0151.1283.0366'],
      note: 'dotted groups next to a card word',
    },
    {
      text: 'id,card number\n1,4539578763621486\n2,4539 5787 6362 1486',
      expect: ['4539578763621486', '4539 5787 6362 1486'],
      minConfidence: 0.85,
      note: 'CSV rows with a number field before the card',
    },
    {
      text: 'Card number 4929 1234 5678 9015 expiry 09/27',
      expect: ['4929 1234 5678 9015'],
      minConfidence: 0.85,
    },
    {
      text: 'Mastercard 5355-2233-4455-6673',
      expect: ['5355-2233-4455-6673'],
      minConfidence: 0.85,
    },
    { text: 'Amex 3401 234567 89014', expect: ['3401 234567 89014'], minConfidence: 0.85 },
    {
      text: 'paid with 2223000012345671',
      expect: ['2223000012345671'],
      note: 'Mastercard 2-series',
    },
    { text: 'Maestro 6759000012345674', expect: ['6759000012345674'] },
    {
      text: 'Maestro 6759 4256 5125 5432 25 taken by phone',
      count: 1,
      note: '18 digits grouped 4-4-4-4-2',
    },
    { text: 'Paid on card 5018 0208 0360 5713', count: 1, note: 'Maestro 5018' },
    {
      text: 'Tested with 2221 5432 5906 8169 in the sandbox, and a live payment on 2720-9773-3334-8195 went through.',
      expect: ['2221 5432 5906 8169', '2720-9773-3334-8195'],
      note: 'the word sandbox is no example marker',
    },
    { text: 'debit card 4000123456788', expect: ['4000123456788'], note: '13-digit Visa' },
    {
      text: 'card \uff14\uff19\uff12\uff19\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19\uff10\uff11\uff15',
      normalise: true,
      expect: ['4929123456789015'],
    },
    {
      text: 'card 4929\u200c1234\u200c5678\u200c9015',
      normalise: true,
      expect: ['4929123456789015'],
      note: 'zero-width non-joiners',
    },
    {
      text: 'Rhif cerdyn 4532 0151 1283 0366',
      expect: ['4532 0151 1283 0366'],
      minConfidence: 0.9,
      note: 'Welsh: card number',
    },
  ],
  invalid: [
    { text: 'Upgrade to build 4532.0151.1283.0366 before Friday.', note: 'dotted, no card word' },
    {
      text: 'The card reader firmware is 1.4532.0151.1283.0366.',
      note: 'part of a longer dotted run',
    },
    { text: 'Card number 4929 1234 5678 9016', note: 'Luhn fails' },
    { text: 'created at 1700000000004 ms', note: 'Luhn-valid 13-digit timestamp' },
    { text: 'event 1712345678907', note: 'Luhn-valid timestamp' },
    { text: 'card 40001234567899', note: 'Luhn-valid but Visa never issues 14 digits' },
    { text: 'Order number 4929123456789015', note: 'order number' },
    { text: 'Ref: 5355 2233 4455 6673', note: 'reference' },
    { text: 'card 0000 0000 0000 0000', note: 'placeholder' },
    {
      text: 'Visa card 4111 1111 1111 1111',
      note: 'nearly all one digit: the documented test card',
    },
    { text: 'Paid with 4242 4242 4242 4242 today', note: 'a documented test number' },
    { text: 'Test transactions used card 4929 1234 5678 9015 as usual', note: 'a test sentence' },
    {
      text: 'For example, a card number such as 4929 1234 5678 9015 has 16 digits.',
      note: 'an example',
    },
    { text: 'card 1234 5678 9012 3452', note: 'no issuer starts with 1' },
    { text: 'https://shop.example.com/basket/4929123456789015', note: 'inside a URL' },
    { text: 'batch 49291234567890151234', note: 'longer digit run' },
    { text: 'account 12345678 sort code 20-00-00', note: 'bank details are not a card' },
  ],
};

export default cases;
