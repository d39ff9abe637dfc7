// Column headers of CSV, TSV and xlsx sheet text count as context for the values under them, however many rows down.
import { MAX_ROW, tableContext } from '../../src/detectors/lib/table';
import { scanContent, scanText } from '../../src/detectors/scan';
import type { EntityType, Finding } from '../../src/detectors/types';
import { evaluate } from '../../src/engine/evaluate';
import { extractContent } from '../../src/message/content';
import { MessageSnapshotSchema } from '../../src/message/types';
import { defaultPolicy } from '../../src/policy/default';
import { type SheetCell, xlsxFile } from '../fixtures/spreadsheet';

const NOW = new Date('2026-11-22T10:00:00Z');

/** Valid NHS numbers (mod 11), NINO prefixes HMRC issues, and other values that pass their checks. */
const NHS = ['4010232137', '9434765919', '4505577104'];

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Row `i` of a residents list: every value valid, none a placeholder or a counting run. */
function resident(i: number) {
  const day = (i % 28) + 1;
  const month = (i % 12) + 1;
  return {
    id: String(1000 + i),
    name: `Person ${i} on the waiting list this year`,
    dob: `${pad2(day)}/${pad2(month)}/19${50 + (i % 50)}`,
    nino: `JK ${pad2(10 + (i % 80))} 93 4${i % 10}`,
    passport: `5${pad2(i % 100)}927183`,
    postcode: `LS${(i % 9) + 1} 4AB`,
    nhs: NHS[i % NHS.length]!,
    sortCode: `20-45-${pad2(10 + (i % 80))}`,
    account: `419268${pad2(10 + (i % 80))}`,
  };
}

const COLUMNS = [
  'id',
  'name',
  'date_of_birth',
  'ni_number',
  'passport_no',
  'postcode',
  'nhs_number',
  'sort_code',
  'account_no',
];

function table(rows: number, delimiter: string): string {
  const lines = [COLUMNS.join(delimiter)];
  for (let i = 0; i < rows; i++) {
    const r = resident(i);
    lines.push(
      [r.id, r.name, r.dob, r.nino, r.passport, r.postcode, r.nhs, r.sortCode, r.account].join(
        delimiter,
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

function countByType(findings: readonly Finding[]): Partial<Record<EntityType, number>> {
  const counts: Partial<Record<EntityType, number>> = {};
  for (const f of findings) counts[f.type] = (counts[f.type] ?? 0) + 1;
  return counts;
}

const EVERY_ROW: Partial<Record<EntityType, number>> = {
  DATE_OF_BIRTH: 60,
  UK_NINO: 60,
  UK_PASSPORT: 60,
  UK_POSTCODE: 60,
  NHS_NUMBER: 60,
  UK_BANK_ACCOUNT: 60,
};

describe('column headers as context', () => {
  test('a CSV of 60 residents: every row of every weak type is found, far below the header', () => {
    const text = table(60, ',');
    expect(text.length).toBeGreaterThan(60 * 100);
    const findings = scanText(text);
    expect(countByType(findings)).toEqual(EVERY_ROW);
    const nhs = findings.filter((f) => f.type === 'NHS_NUMBER');
    expect(nhs.every((f) => f.confidence >= 0.85)).toBe(true);
    // The last row is thousands of characters from the header.
    expect(Math.max(...findings.map((f) => f.start))).toBeGreaterThan(5000);
  });

  test('the same list as TSV and as the text of an xlsx sheet (tab-separated cells)', () => {
    expect(countByType(scanText(table(60, '\t')))).toEqual(EVERY_ROW);
  });

  test('semicolon and pipe delimiters', () => {
    expect(countByType(scanText(table(55, ';')))).toEqual({
      ...EVERY_ROW,
      DATE_OF_BIRTH: 55,
      UK_NINO: 55,
      UK_PASSPORT: 55,
      UK_POSTCODE: 55,
      NHS_NUMBER: 55,
      UK_BANK_ACCOUNT: 55,
    });
    expect(countByType(scanText(table(3, '|'))).DATE_OF_BIRTH).toBe(3);
  });

  test('quoted fields holding commas do not shift the columns', () => {
    const rows = ['"name, initials",note,dob,postcode'];
    for (let i = 0; i < 55; i++) {
      const r = resident(i);
      rows.push(`"Person, ${i}","came in, then out",${r.dob},${r.postcode}`);
    }
    const text = rows.join('\n');
    const counts = countByType(scanText(text));
    expect(counts.DATE_OF_BIRTH).toBe(55);
    expect(counts.UK_POSTCODE).toBe(55);
  });

  test('without the header the same rows give no weak findings', () => {
    const text = table(60, ',').split('\n').slice(1).join('\n');
    const counts = countByType(scanText(text));
    expect(counts.DATE_OF_BIRTH).toBeUndefined();
    expect(counts.UK_PASSPORT).toBeUndefined();
    expect(counts.UK_POSTCODE).toBeUndefined();
    expect(counts.UK_BANK_ACCOUNT).toBeUndefined();
  });

  test('a header that is no context word: order numbers passing mod 11 are negated, codes stay low', () => {
    const rows = ['order_no,amount,code'];
    for (let i = 0; i < 60; i++) rows.push(`${NHS[i % NHS.length]},12.50,JK${129300 + i}`);
    expect(scanText(rows.join('\n'))).toEqual([]);
  });

  test('a dates column that is not headed as birth dates stays a negative', () => {
    const rows = ['id,meeting_date,room'];
    for (let i = 0; i < 60; i++) rows.push(`${i},${resident(i).dob},Room ${i % 4}`);
    expect(scanText(rows.join('\n'))).toEqual([]);
  });

  test('only the column under the header word counts', () => {
    const text = 'joined,dob\n12/03/2019,14/07/1980\n01/09/2020,02/02/1975';
    const found = scanText(text).map((f) => text.slice(f.start, f.end));
    expect(found).toEqual(['14/07/1980', '02/02/1975']);
  });

  test('a line break between header and row does not end the sentence: `id,dob\\n3,12/03/1980`', () => {
    const text = 'id,dob\n3,12/03/1980';
    expect(scanText(text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([
      ['DATE_OF_BIRTH', '12/03/1980'],
    ]);
  });

  test('underscore-joined context words in prose and attachment names', () => {
    const text = 'Columns: sort_code=20-45-77 account_no=41926819';
    expect(scanText(text).map((f) => f.type)).toEqual(['UK_BANK_ACCOUNT']);
  });
});

describe('records across lines, empty spreadsheet cells and dotted headers', () => {
  /** The residents table with an address column whose quoted fields hold line breaks (RFC 4180). */
  function withAddresses(rows: number, newline: string): string {
    const lines = [['id', 'address', 'dob', 'ni_number', 'nhs_number', 'postcode'].join(',')];
    for (let i = 0; i < rows; i++) {
      const r = resident(i);
      // Some addresses span two lines, some three with commas and an escaped quote; some are plain.
      const address =
        i % 3 === 0
          ? `"Flat ${i}${newline}${i} High St"`
          : i % 3 === 1
            ? `"The ""Old"" Mill, Unit ${i}${newline}Mill Lane,${newline}Leeds"`
            : `${i} Station Rd`;
      lines.push([r.id, address, r.dob, r.nino, r.nhs, r.postcode].join(','));
    }
    return lines.join(newline);
  }

  test('quoted CSV fields holding line breaks keep every later cell under its header', () => {
    const counts = countByType(scanText(withAddresses(60, '\n')));
    expect(counts.DATE_OF_BIRTH).toBe(60);
    expect(counts.UK_NINO).toBe(60);
    expect(counts.UK_POSTCODE).toBe(60);
    expect(counts.NHS_NUMBER).toBe(60);
  });

  test('the same with Windows line breaks', () => {
    const counts = countByType(scanText(withAddresses(30, '\r\n')));
    expect(counts.DATE_OF_BIRTH).toBe(30);
    expect(counts.UK_POSTCODE).toBe(30);
  });

  test('a value on the second line of a quoted field takes that field column', () => {
    const text = 'id,dob,note\n1,"12/03/1980\n",x\n2,x,"seen\n14/07/1975"';
    expect(scanText(text).map((f) => text.slice(f.start, f.end))).toEqual(['12/03/1980']);
  });

  test('quotes inside an unquoted field or in prose open no quoted field', () => {
    const rows = ['He said "the list is below:', 'height,dob'];
    for (let i = 0; i < 12; i++) rows.push(`5'1${i % 10}",${resident(i).dob}`);
    expect(countByType(scanText(rows.join('\n'))).DATE_OF_BIRTH).toBe(12);
  });

  test('an xlsx sheet with empty cells: every value stays under its header', () => {
    const rows: SheetCell[][] = [
      ['Rent arrears, November'],
      ['id', 'name', 'dob', 'ni_number', 'postcode', 'notes'],
    ];
    for (let i = 0; i < 40; i++) {
      const r = resident(i);
      // Names, postcodes and notes are often missing; some rows have the id only in a later column.
      rows.push([
        i % 5 === 0 ? undefined : r.id,
        i % 2 === 0 ? undefined : `Person ${i}`,
        r.dob,
        r.nino,
        i % 3 === 0 ? undefined : r.postcode,
        i % 7 === 0 ? 'called' : undefined,
      ]);
    }
    const message = MessageSnapshotSchema.parse({
      from: 'a.officer@examplecouncil.gov.uk',
      to: ['b.officer@examplecouncil.gov.uk'],
      subject: 'Arrears',
      body: 'Attached.',
      attachments: [
        {
          name: 'arrears.xlsx',
          contentBase64: Buffer.from(xlsxFile(rows)).toString('base64'),
        },
      ],
    });
    const content = extractContent(message, { sizeBudgetBytes: 20 * 1024 * 1024 });
    const findings = scanContent(content).filter((f) => f.location === 'attachment:arrears.xlsx');
    const counts = countByType(findings);
    expect(counts.DATE_OF_BIRTH).toBe(40);
    expect(counts.UK_NINO).toBe(40);
    expect(counts.UK_POSTCODE).toBe(40 - 14);
  });

  test('a record running past MAX_ROW after its quote closes is no row, and no row ends mid-line', () => {
    const text = `a,b,c\n1,"${'x'.repeat(MAX_ROW - 10)}\nz",${'y'.repeat(40)},w\n5,6,7\n8,9,0\n`;
    const tables = tableContext(text, (cell) => cell);
    let answered = 0;
    for (let pos = 0; pos < text.length; pos++) {
      const cell = tables.cell(pos);
      if (cell === undefined) continue;
      answered++;
      expect(cell.end === text.length || text.charCodeAt(cell.end) === 10).toBe(true);
      expect(cell.start === 0 || text.charCodeAt(cell.start - 1) === 10).toBe(true);
    }
    // The line after the long one heads a table of the last two rows.
    expect(answered).toBeGreaterThanOrEqual(12);
  });

  test('header words joined by dots read as words: `date.of.birth`, `ni.no`, `nhs.number`', () => {
    const seen: string[] = [];
    const tables = tableContext('date.of.birth,ni.no,NHS.Number,d.o.b,no.\n1,2,3,4,5\n', (cell) => {
      seen.push(cell);
      return cell;
    });
    expect(tables.cell(41)?.credit).toBe('date of birth');
    expect(seen).toEqual(['date of birth', 'ni no', 'NHS Number', 'd.o.b', 'no.']);
  });

  test('a `date.of.birth` column counts as context far below its header', () => {
    // The word regex reads one dot between words as a space: the header itself is the hit that lets
    // the engine consult the table, and the header's credit (dots read as spaces) does the rest.
    for (const intro of ['Each date of birth is in the list.', 'The list is below.']) {
      const rows = [intro, '', 'id,name,date.of.birth'];
      for (let i = 0; i < 20; i++) rows.push(`${i},${resident(i).name},${resident(i).dob}`);
      expect([intro, countByType(scanText(rows.join('\n'))).DATE_OF_BIRTH]).toEqual([intro, 20]);
    }
  });

  test('dotted headers of other columns count too, short text or long (`ni.no`, `sort.code`, `account.number`)', () => {
    for (const count of [3, 20]) {
      const rows = ['List below.', '', 'id,ni.no,sort.code,account.number'];
      for (let i = 0; i < count; i++) {
        const r = resident(i);
        rows.push(`${r.id},${r.nino},${r.sortCode},${r.account}`);
      }
      const found = countByType(scanText(rows.join('\n')));
      expect([count, found.UK_NINO, found.UK_BANK_ACCOUNT]).toEqual([count, count, count]);
    }
  });

  test('headers written as one word, as system exports write them: `DateOfBirth`, `NINumber`, `ACCOUNTNUMBER`', () => {
    for (const header of [
      'Id,DateOfBirth,NINumber,SortCode,AccountNumber',
      'ID,DATEOFBIRTH,NINUMBER,SORTCODE,ACCOUNTNUMBER',
    ]) {
      const rows = ['List below.', '', header];
      for (let i = 0; i < 5; i++) {
        const r = resident(i);
        rows.push(`${r.id},${r.dob},${r.nino},${r.sortCode},${r.account}`);
      }
      const found = countByType(scanText(rows.join('\n')));
      expect([header, found.DATE_OF_BIRTH, found.UK_NINO, found.UK_BANK_ACCOUNT]).toEqual([
        header,
        5,
        5,
        5,
      ]);
    }
  });

  test('a negative header written as one word counts too: `OrderNumber` values passing mod 11 are no NHS numbers', () => {
    const rows = ['OrderNumber,Amount'];
    for (let i = 0; i < 20; i++) rows.push(`${NHS[i % NHS.length]},12.50`);
    expect(scanText(rows.join('\n'))).toEqual([]);
  });

  test('a dot and a space between words, as between sentences, is no header', () => {
    const text = 'We spoke about the date. Of birth certificates, 12/03/1961 was the only one.';
    expect(countByType(scanText(text)).DATE_OF_BIRTH).toBeUndefined();
  });
});

describe('bulk rule from a CSV attachment', () => {
  function residentsCsv(rows: number): string {
    const lines = ['id,name,dob,ni_number'];
    for (let i = 0; i < rows; i++) {
      const r = resident(i);
      // Half the NINOs lack the suffix: on their own they are too weak to report.
      const nino = i % 2 === 0 ? `${r.nino.replace(/ /g, '')}C` : r.nino;
      lines.push(`${r.id},Person ${i},${r.dob},${nino}`);
    }
    return lines.join('\r\n');
  }

  test('12 residents with DOB and NINO require RESTRICTED through the bulk rule', () => {
    const message = MessageSnapshotSchema.parse({
      from: 'a.officer@examplecouncil.gov.uk',
      to: ['b.officer@examplecouncil.gov.uk'],
      subject: 'Housing list',
      body: 'List attached.',
      attachments: [
        {
          name: 'residents.csv',
          contentType: 'text/csv',
          contentBase64: Buffer.from(residentsCsv(12), 'utf8').toString('base64'),
        },
      ],
    });
    const verdict = evaluate(message, defaultPolicy, NOW);
    // Each type alone asks for PROTECT: RESTRICTED comes from the count of findings (10 or more).
    expect(defaultPolicy.detection.minimumLabels.DATE_OF_BIRTH).toBe('PROTECT');
    expect(defaultPolicy.detection.minimumLabels.UK_NINO).toBe('PROTECT');
    expect(verdict.requiredLabel).toBe('RESTRICTED');
    const counts = countByType(
      scanText(residentsCsv(12).replace(/\r/g, '')).filter((f) => f.confidence >= 0.5),
    );
    expect(counts).toEqual({ DATE_OF_BIRTH: 12, UK_NINO: 12 });
  });
  function residentsMessage(name: string, bytes: Uint8Array | string) {
    return MessageSnapshotSchema.parse({
      from: 'a.officer@examplecouncil.gov.uk',
      to: ['b.officer@examplecouncil.gov.uk'],
      subject: 'Housing list',
      body: 'List attached.',
      attachments: [
        {
          name,
          contentBase64: Buffer.from(bytes).toString('base64'),
        },
      ],
    });
  }

  test('the same 12 residents as an xlsx sheet with empty cells require RESTRICTED', () => {
    const rows: SheetCell[][] = [['Housing list'], ['id', 'name', 'dob', 'ni_number', 'phone']];
    for (let i = 0; i < 12; i++) {
      const r = resident(i);
      const nino = i % 2 === 0 ? `${r.nino.replace(/ /g, '')}C` : r.nino;
      // No name on every third row, no phone on most: blank cells in the middle and at the end.
      rows.push([r.id, i % 3 === 0 ? undefined : `Person ${i}`, r.dob, nino]);
    }
    rows[4]![4] = 'ex-directory';
    const message = residentsMessage('residents.xlsx', xlsxFile(rows));
    expect(evaluate(message, defaultPolicy, NOW).requiredLabel).toBe('RESTRICTED');
    const content = extractContent(message, { sizeBudgetBytes: 20 * 1024 * 1024 });
    const counts = countByType(
      scanContent(content).filter(
        (f) => f.location === 'attachment:residents.xlsx' && f.confidence >= 0.5,
      ),
    );
    expect(counts).toEqual({ DATE_OF_BIRTH: 12, UK_NINO: 12 });
  });

  test('the same 12 residents as a CSV with quoted addresses over two lines require RESTRICTED', () => {
    const lines = ['id,address,dob,ni_number'];
    for (let i = 0; i < 12; i++) {
      const r = resident(i);
      const nino = i % 2 === 0 ? `${r.nino.replace(/ /g, '')}C` : r.nino;
      lines.push(`${r.id},"Flat ${i + 1}\r\n${i + 12} High Street",${r.dob},${nino}`);
    }
    const csv = lines.join('\r\n');
    const message = residentsMessage('residents.csv', csv);
    expect(evaluate(message, defaultPolicy, NOW).requiredLabel).toBe('RESTRICTED');
    const counts = countByType(scanText(csv).filter((f) => f.confidence >= 0.5));
    expect(counts).toEqual({ DATE_OF_BIRTH: 12, UK_NINO: 12 });
  });
});

describe('tables stay linear', () => {
  test('a 1 MB CSV of 100k rows scans in under a second', () => {
    const lines = ['id,dob'];
    for (let i = 0; i < 100_000; i++) lines.push(`${i % 100},1${i % 9}/3/80`);
    const text = lines.join('\n');
    expect(text.length).toBeGreaterThan(1_000_000);
    const started = performance.now();
    const findings = scanText(text);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(findings.length).toBe(100_000);
  });

  test('1 MB of alternating row widths and one long header line stay under a second', () => {
    const text = `${'a,'.repeat(100_000)}\n${'1,2\n1,2,3\n'.repeat(100_000)}`;
    const started = performance.now();
    scanText(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

/**
 * A text that counts the characters table.ts reads (charCodeAt, and what indexOf, lastIndexOf and
 * slice pass over), so that a quadratic walk shows as work, not as time.
 */
class CountingText {
  reads = 0;
  constructor(private readonly text: string) {}
  get length(): number {
    return this.text.length;
  }
  charCodeAt(i: number): number {
    this.reads++;
    return this.text.charCodeAt(i);
  }
  indexOf(search: string, from: number): number {
    const at = this.text.indexOf(search, from);
    this.reads += (at < 0 ? this.text.length : at) - from + 1;
    return at;
  }
  lastIndexOf(search: string, from: number): number {
    const at = this.text.lastIndexOf(search, from);
    this.reads += from - at + 1;
    return at;
  }
  slice(start: number, end?: number): string {
    this.reads += (end ?? this.text.length) - start;
    return this.text.slice(start, end);
  }
}

/** Asks for the cell of every value (every position after a delimiter or line break), as the engine may. */
function askEveryCell(text: string): { reads: number; cells: number } {
  const counting = new CountingText(text);
  const tables = tableContext(counting as unknown as string, (cell) => cell);
  let cells = 0;
  for (let pos = 0; pos < text.length; pos++) {
    const before = pos === 0 ? 10 : text.charCodeAt(pos - 1);
    if ((before === 10 || before === 44) && tables.cell(pos) !== undefined) cells++;
  }
  return { reads: counting.reads, cells };
}

describe('hostile tables stay linear (work counted, not timed)', () => {
  const MB = 1024 * 1024;

  function rowsOf(count: number, from = 0): string {
    let out = '';
    for (let i = from; i < from + count; i++) out += `${i % 100},1${i % 9}/3/80\n`;
    return out;
  }

  test('1 MB CSV with a quote that never closes', () => {
    const text = `id,dob\n${rowsOf(50_000)}7,"never closed\n${rowsOf(50_000)}`;
    expect(text.length).toBeGreaterThan(MB);
    const { reads, cells } = askEveryCell(text);
    expect(reads).toBeLessThan(12 * text.length);
    // Rows above the open quote are one table; those below it another (headed by its first row).
    expect(cells).toBeGreaterThan(2 * 99_990);
    expect(countByType(scanText(text)).DATE_OF_BIRTH).toBe(50_000);
  });

  test('quotes that open on every line and close on the next', () => {
    const text = `id,note,dob\n${'1,"a\nb",12/3/80\n'.repeat(50_000)}`;
    const { reads } = askEveryCell(text);
    expect(reads).toBeLessThan(12 * text.length);
    expect(countByType(scanText(text)).DATE_OF_BIRTH).toBe(50_000);
  });

  test('lines that each open a quoted field, and keep one open that is open before them (`a","`)', () => {
    // Without a limit, each of these lines would start a record reading MAX_ROW characters ahead.
    const text = `id,dob\n${'a","\n'.repeat(200_000)}`;
    expect(askEveryCell(text).reads).toBeLessThan(12 * text.length);
    scanText(text);
  });

  test('a row of 100k commas inside a table, and 1 MB of commas alone', () => {
    const text = `id,dob\n${rowsOf(1000)}${','.repeat(100_000)}\n${rowsOf(1000)}`;
    expect(askEveryCell(text).reads).toBeLessThan(12 * text.length);
    expect(countByType(scanText(text)).DATE_OF_BIRTH).toBe(1000);
    const commas = ','.repeat(MB);
    expect(askEveryCell(commas).reads).toBeLessThan(12 * commas.length);
  });

  test('10k empty rows: blank lines end the table, rows of empty cells do not', () => {
    const blank = `id,dob\n${rowsOf(100)}${'\n'.repeat(10_000)}${rowsOf(100)}`;
    expect(askEveryCell(blank).reads).toBeLessThan(12 * blank.length);
    expect(countByType(scanText(blank)).DATE_OF_BIRTH).toBe(100);
    const empty = `id,dob\n${rowsOf(100)}${',\n'.repeat(10_000)}${rowsOf(100)}`;
    expect(askEveryCell(empty).reads).toBeLessThan(12 * empty.length);
    expect(countByType(scanText(empty)).DATE_OF_BIRTH).toBe(200);
  });
});
