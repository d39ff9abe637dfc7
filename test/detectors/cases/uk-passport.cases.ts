// Cases for the UK passport detector: 9 digits only count near passport words.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'Row,Passport number\n7,925076473',
      expect: ['925076473'],
      note: 'CSV row with a number field before the passport number',
    },
    { text: 'Passport number: 925076473', expect: ['925076473'] },
    { text: 'UK passport no 533401372, expires 2031', expect: ['533401372'] },
    { text: 'Copy of her passport attached. Number 761204388.', expect: ['761204388'] },
    { text: 'HMPO reference for the passport: 802 ... 802114569', expect: ['802114569'] },
    {
      text: 'name,passport_no\nA. Resident,925076473',
      expect: ['925076473'],
      note: 'CSV column header',
    },
    { text: 'Rhif pasbort: 925076473', expect: ['925076473'], note: 'Welsh: passport number' },
  ],
  invalid: [
    {
      text: 'Your Passport to Leisure card number is 123456788.',
      note: "a council leisure scheme's card",
    },
    { text: 'Ticket 925076473 raised with IT', note: 'no passport word' },
    { text: 'Passport number 123456789', note: 'ascending placeholder' },
    { text: 'Passport number 000000000', note: 'placeholder' },
    { text: 'Passport application ref 925076473', note: 'reference number' },
    { text: 'Passport number 9250764731', note: '10 digits' },
    { text: 'Passport renewals: call 0300 222 0000', note: 'a phone number near the word' },
    { text: 'Passport number 925-076-473', note: 'not written as a passport number' },
    {
      text: 'passport_no,order_no\nX,925076473',
      note: 'the column is headed as an order number',
    },
  ],
};

export default cases;
