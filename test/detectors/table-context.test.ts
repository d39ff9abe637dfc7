// Column headers of CSV, TSV and xlsx sheet text count as context for the values under them, however many rows down.
import { scanText } from '../../src/detectors/scan';
import type { EntityType, Finding } from '../../src/detectors/types';
import { evaluate } from '../../src/engine/evaluate';
import { MessageSnapshotSchema } from '../../src/message/types';
import { defaultPolicy } from '../../src/policy/default';

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
