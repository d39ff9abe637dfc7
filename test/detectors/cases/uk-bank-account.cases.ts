// Cases for the UK bank account detector: sort code with account number near bank words only.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'Acc: 31926819 SC: 20-00-00',
      expect: ['31926819 SC: 20-00-00'],
      note: 'Acc shorthand',
    },
    {
      text: 'Sort code 20\u201300\u201300, account number 43218765',
      normalise: true,
      expect: ['20-00-00, account number 43218765'],
      note: 'en dashes, as pasted from a document',
    },
    {
      text: 'Row,Sort code,Account number\n1,20-32-06,73849261\n2,401276,55779910',
      expect: ['20-32-06,73849261', '401276,55779910'],
      note: 'CSV rows with a number field before the sort code',
    },
    {
      text: 'Sort code 20-00-00, account number 43218765',
      expect: ['20-00-00, account number 43218765'],
    },
    { text: 'Bank details: 40 11 62 / 81726354', expect: ['40 11 62 / 81726354'] },
    { text: 'Please pay by BACS to 309634 71625348', expect: ['309634 71625348'] },
    {
      text: 'Account no. 71625348, sort code 30-96-34 (Lloyds bank)',
      expect: ['71625348, sort code 30-96-34'],
    },
    {
      text: 'Sort code\t40-11-62\nAccount number\t71234590',
      count: 1,
      note: 'a table: label and value on separate lines',
    },
    {
      text: 'bank a/c 20\u00a000\u00a000 43218765',
      normalise: true,
      count: 1,
      note: 'no-break spaces',
    },
    {
      text: 'id,sort_code,account\n1,20-45-77,41926819',
      expect: ['20-45-77,41926819'],
      note: 'CSV headed sort_code',
    },
    {
      text: 'sort_code=20-45-77 account_no=41926819',
      expect: ['20-45-77 account_no=41926819'],
      note: 'underscore-joined context words',
    },
    {
      text: 'Account: 31926819, Sort: 20-00-00',
      expect: ['31926819, Sort: 20-00-00'],
      note: 'bare Sort label',
    },
    {
      text: 'Cod didoli 20-00-00 rhif cyfrif 31926819',
      expect: ['20-00-00 rhif cyfrif 31926819'],
      note: 'Welsh: sort code, account number',
    },
  ],
  invalid: [
    { text: 'Meeting 20-00-00 and then invoice 43218765', note: 'no bank words' },
    { text: 'Sort code 20-00-00 account number 12345678', note: 'placeholder account' },
    { text: 'Sort code 00-00-00 account number 43218765', note: 'placeholder sort code' },
    { text: 'Sort code 20-00-00 account number 00000000', note: 'placeholder account' },
    { text: 'Bank transfer IBAN GB82 WEST 1234 5698 7654 32', note: 'inside an IBAN' },
    { text: 'Sort code 20-00-00, account number 4321876', note: 'account too short' },
    { text: 'Sort code 20-00-00, account number 432187651', note: 'account too long' },
    { text: 'bank holiday dates 12-05-26 and 25-12-26 for 2026', note: 'dates near a bank word' },
    {
      text: 'id,code,value\n1,20-45-77,41926819',
      note: 'a 6 + 8 digit row under headers that are no bank words',
    },
  ],
};

export default cases;
