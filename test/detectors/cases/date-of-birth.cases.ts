// Cases for the date of birth detector: a date counts only right next to DOB, date of birth, born or d.o.b.
import type { DetectorCases } from '../runner';

const cases: DetectorCases = {
  valid: [
    {
      text: 'Name\nJo Bloggs\nDate of birth\n12/03/1961\nAddress\n4 Mill Lane',
      expect: ['12/03/1961'],
      note: "a web form's label on the line above its value",
    },
    {
      text: 'DOB:\r\n\r\n  12 March 1961\r\n',
      expect: ['12 March 1961'],
      note: 'label, colon, a blank line, then the value',
    },
    {
      text: 'Date of birth: 12\u201303\u20131961',
      normalise: true,
      expect: ['12-03-1961'],
      note: 'en dashes',
    },
    { text: 'DOB: 12/03/1980', expect: ['12/03/1980'] },
    {
      text: 'Mother: Sarah Jones (12/05/1988) lives at the address.',
      expect: ['12/05/1988'],
      note: 'in brackets after a family role and a name',
    },
    {
      text: 'Household: Mum \u2013 Kelly Brown (02/02/1990), Child 2 - Ava (03/11/2019).',
      normalise: true,
      expect: ['02/02/1990', '03/11/2019'],
      note: "a referral's list of people",
    },
    {
      text: 'Master Leo Hart (14/02/2016) was present.',
      expect: ['14/02/2016'],
      note: 'a boy named with his title',
    },
    {
      text: 'Mrs Anita Patel (12.3.1961) attended the review.',
      expect: ['12.3.1961'],
      note: "an adult's title and name, a year before 2010",
    },
    { text: 'Date of birth 1 May 1975.', expect: ['1 May 1975'] },
    { text: 'd.o.b. 03.11.62', expect: ['03.11.62'] },
    { text: 'She was born on 21st of July 2009 in Bromley.', expect: ['21st of July 2009'] },
    { text: 'born March 4, 1950', expect: ['March 4, 1950'] },
    { text: 'Birth date: 1969-07-21', expect: ['1969-07-21'] },
    { text: 'DOB: 12-Mar-1961', expect: ['12-Mar-1961'], note: 'day-month name-year, dashed' },
    { text: 'Date of birth 04/NOV/75', expect: ['04/NOV/75'] },
    { text: 'Date of birth 1961/03/12', expect: ['1961/03/12'], note: 'year first, slashes' },
    {
      text: 'Id,Name,DateOfBirth\n1,A Person,12-Mar-1961\n2,B Person,30-Sep-1975',
      expect: ['12-Mar-1961', '30-Sep-1975'],
      note: 'export column',
    },
    {
      text: 'Child A (DOB 29/02/2016) and Child B (DOB 01-09-2018)',
      expect: ['29/02/2016', '01-09-2018'],
    },
    { text: '12/03/1980 (date of birth)', expect: ['12/03/1980'], note: 'context after' },
    {
      text: 'Date of birth: 12/03/1980. Meeting on 12/03/2024',
      expect: ['12/03/1980'],
      note: 'not the meeting date',
    },
    {
      text: 'DOB: \uff11\uff12/\uff10\uff13/\uff11\uff19\uff18\uff10',
      normalise: true,
      expect: ['12/03/1980'],
    },
    { text: 'id,dob\n3,12/03/1980', expect: ['12/03/1980'], note: 'CSV column header' },
    {
      text: 'name;date_of_birth\n"Smith; J";1969-07-21',
      expect: ['1969-07-21'],
      note: 'semicolon CSV, quoted field with a delimiter',
    },
    {
      text: 'Name\tDate of Birth\nA. Resident\t03.11.62',
      expect: ['03.11.62'],
      note: 'xlsx sheet text (tab-separated cells)',
    },
    { text: 'Dyddiad geni: 12/03/1961', expect: ['12/03/1961'], note: 'Welsh: date of birth' },
    { text: 'Ganwyd hi ar 12/03/1961.', expect: ['12/03/1961'], note: 'Welsh: she was born on' },
  ],
  invalid: [
    {
      text: 'She asked for his date of birth\n12/03/2024 was the review date',
      note: 'the line above is a sentence, not a label',
    },
    {
      text: 'Date of birth\nNot known; reviewed 12/03/2024',
      note: 'under a label, but the date does not start the line',
    },
    { text: 'Dyddiad y cyfarfod: 12/03/2024', note: 'Welsh: meeting date' },
    { text: 'Meeting on 12/03/2024 in room 4', note: 'a date that is not a birth date' },
    { text: 'The review was held on 1 May 2024 and the next is due 2024-11-01.' },
    { text: 'DOB: 31/02/1980', note: 'no 31st of February' },
    { text: 'DOB: 12/13/1980', note: 'month 13' },
    { text: 'DOB: 12/03-1980', note: 'mixed separators' },
    { text: 'DOB: 31-Feb-1961', note: 'no 31st of February, dashed' },
    { text: 'DOB: 12-Mar/1961', note: 'mixed separators around a month name' },
    { text: 'The contract was signed on 12-Mar-2024 at the depot.', note: 'no birth words' },
    { text: 'Date of birth: 1961/03-12', note: 'mixed separators, year first' },
    {
      text: 'born in Bromley and educated locally; she joined on 12/03/2015 as a clerk',
      note: 'born far from the date',
    },
    { text: 'Date of birth: see the form.\nInvoice date 12/03/2024', note: 'another line' },
    { text: 'Version 1.2.2024 released', note: 'version string' },
    {
      text: 'We met Mr Smith (12/03/2024) to discuss the lease.',
      note: "a meeting's date after a title",
    },
    {
      text: 'The report by Mrs Patel (12/03/21) is attached.',
      note: 'a two-digit year after a title',
    },
    { text: 'Letter from Dr Jones (12/03/1999) attached.', note: "a doctor's letter" },
    {
      text: 'Meeting with the mother about the plan (12/03/2025) went well.',
      note: 'a role word, then lower-case words',
    },
    { text: 'Planning Committee (12/03/2024) approved it.', note: 'a committee, no person' },
    { text: 'Sister Act (12/03/1992) is showing at the library.', note: 'a role and one word' },
    {
      text: 'id,meeting_date\n3,12/03/1980',
      note: 'a date column that is no birth date',
    },
    {
      text: 'Date of birth is asked for below.\n\nMeeting on 12/03/2024, room 2',
      note: 'prose, not a table',
    },
  ],
};

export default cases;
