// Cases for the NHS number detector: mod 11 valid numbers, and ids, phones and references that are not.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'Account holder Mrs Jones, NHS number 943 476 5919.',
      expect: ['943 476 5919'],
      note: 'a context word closer than the account',
    },
    {
      text: 'NHS number 943\u2011476\u20115919',
      normalise: true,
      expect: ['943-476-5919'],
      note: "Word's non-breaking hyphens",
    },
    {
      text: 'Patient,nhs_number\nPatient 0,4010232137\nPatient 1,9434765919',
      expect: ['4010232137', '9434765919'],
      minConfidence: 0.85,
      note: 'CSV rows: a comma after a number field separates fields, it is no thousands separator',
    },
    {
      text: 'NHS number,appointments\n4010232137,12',
      expect: ['4010232137'],
      note: 'CSV field after the number',
    },
    {
      text: 'NHS number 943 476 5919 (test patient).',
      expect: ['943 476 5919'],
      minConfidence: 0.85,
    },
    {
      text: 'Patient: Mr A Jones, NHS No: 401-023-2137, GP Dr Patel.',
      expect: ['401-023-2137'],
      minConfidence: 0.85,
    },
    { text: 'Her NHS number is 4857773457.', expect: ['4857773457'], minConfidence: 0.85 },
    {
      text: 'Numbers for the referral: 6407070708 and 7218439608',
      expect: ['6407070708', '7218439608'],
      note: 'validated without context is medium',
    },
    {
      text: 'CHI number 4505577104 for the Scottish placement',
      expect: ['4505577104'],
      minConfidence: 0.85,
    },
    { text: 'H&C number 300 011 1115 from the Belfast trust', expect: ['300 011 1115'] },
    {
      text: 'NHS number\n943 476 5919\nsee attached',
      expect: ['943 476 5919'],
      note: 'context on the previous line',
    },
    {
      text: '943 476 5919 is the NHS number we hold',
      expect: ['943 476 5919'],
      minConfidence: 0.85,
      note: 'context after',
    },
    {
      text: 'NHS number 943\u200b476\u200b5919',
      normalise: true,
      expect: ['9434765919'],
      note: 'zero-width spaces removed',
    },
    {
      text: 'NHS number \uff19\uff14\uff13\uff14\uff17\uff16\uff15\uff19\uff11\uff19',
      normalise: true,
      expect: ['9434765919'],
      note: 'full-width digits',
    },
    {
      text: 'NHS\u00a0number\u00a0943\u00a0476\u00a05919',
      normalise: true,
      expect: ['943 476 5919'],
      note: 'no-break spaces',
    },
    { text: '(943 476 5919)', expect: ['943 476 5919'], note: 'in brackets' },
    { text: 'NHS numbers: 943 476 5919, 401 023 2137.', expect: ['943 476 5919', '401 023 2137'] },
    {
      text: 'see patient_nhs_number 401 023 2137',
      expect: ['401 023 2137'],
      minConfidence: 0.95,
      note: 'underscores separate context words',
    },
    {
      text: 'id,nhs_number\n1,4010232137',
      expect: ['4010232137'],
      minConfidence: 0.95,
      note: 'CSV column header',
    },
    {
      text: 'NHS-No|Name\n4010232137|A. Patient',
      expect: ['4010232137'],
      minConfidence: 0.95,
      note: 'pipe-delimited header with a hyphen',
    },
    {
      text: 'Rhif GIG 943 476 5919',
      expect: ['943 476 5919'],
      minConfidence: 0.9,
      note: 'Welsh: NHS number',
    },
  ],
  invalid: [
    {
      text: 'Council tax account 9434765919 is in arrears.',
      note: "the council's own account number",
    },
    { text: 'Library card 4010232137 expires next month.' },
    { text: 'Meeting ID: 943 476 5919', note: 'a Zoom meeting ID, written 3-3-4' },
    {
      text: 'One tap mobile\n+442034815240,,9434765919#,,,,*482913# United Kingdom',
      note: 'a meeting ID keyed into a dial string',
    },
    {
      text: 'Amounts: 1,943 476 5919',
      note: 'a comma before a 3-digit group is a thousands separator: 1,943 is one number',
    },
    { text: 'NHS number 943 476 5918', note: 'check digit wrong' },
    { text: 'NHS number 401 023 2130', note: 'check digit wrong' },
    { text: 'NHS number 123 456 7890', note: 'check digit 10 is never issued' },
    { text: 'Order 9434765919 has been dispatched', note: 'order number' },
    { text: 'Your ref: 4010232137. Please quote it.', note: 'reference number' },
    { text: 'Invoice number 4857773457 is overdue', note: 'invoice' },
    { text: 'Tel 0207 946 0958', note: 'phone number' },
    { text: 'Call 01632 960 001 after 2pm', note: 'phone number' },
    {
      text: 'https://wiki.example.org/pages/viewpage.action?pageId=9434765919',
      note: 'Confluence page id in a URL',
    },
    { text: 'See www.example.org/case/4010232137/notes', note: 'id inside a URL' },
    { text: 'batch 94347659190 processed', note: 'longer digit run' },
    { text: 'code 19434765919', note: 'longer digit run' },
    { text: 'id 943-476-5919-2', note: 'part of a longer dashed number' },
    { text: 'value 9434.765919', note: 'decimal number' },
    { text: 'mail 9434765919@nhs.net about it', note: 'inside an email address' },
    { text: 'NHS number 0000000000', note: 'all the same digit' },
    { text: 'NHS number 1111111111' },
    {
      text: 'Journal 1000000001 reverses journal 1000000002',
      note: 'mostly zeros, journal numbers',
    },
    { text: 'Invoices 0012345678 and 0012345679 were paid twice', note: 'invoice numbers' },
    {
      text: 'Ticket 4965177134 (NHS mail migration) resolved; see also change 8279478116.',
      note: 'ticket and change numbers',
    },
    { text: 'file NHS9434765919', note: 'glued to letters' },
    { text: 'timestamp 1700000000004', note: '13-digit millisecond timestamp' },
    { text: 'NHS number 943 4765 919', note: 'not an NHS grouping' },
    {
      text: 'order_no,amount\n4010232137,12.50\n9434765919,3.00',
      note: 'table column headed as an order number',
    },
    { text: 'ref_no\tvalue\n4010232137\tpaid', note: 'TSV column headed ref_no' },
  ],
};

export default cases;
