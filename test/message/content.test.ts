// extractContent: segments for subject, body and attachments; unscanned attachments with reasons.
import { strToU8, zipSync, type Zippable } from 'fflate';
import { encodeBase64 } from '../../src/message/bytes';
import { extractContent, fileKind } from '../../src/message/content';
import { scanContent } from '../../src/detectors/scan';
import { xlsxFile } from '../fixtures/spreadsheet';
import {
  MessageSnapshotSchema,
  type MessageContent,
  type MessageSnapshotInput,
} from '../../src/message/types';

const MB = 1024 * 1024;
const budget = { sizeBudgetBytes: 20 * MB };

function message(input: Partial<MessageSnapshotInput>) {
  return MessageSnapshotSchema.parse({
    from: 'a.officer@examplecouncil.gov.uk',
    to: ['b@example.org'],
    ...input,
  });
}

function attachment(name: string, bytes: Uint8Array | string, contentType?: string) {
  const data = typeof bytes === 'string' ? strToU8(bytes) : bytes;
  return {
    name,
    ...(contentType ? { contentType } : {}),
    size: data.length,
    contentBase64: encodeBase64(data),
  };
}

/**
 * The text read from the file at `location`: its segment without the file name extractContent
 * appends after a blank line (tested on its own below).
 */
function textOf(content: MessageContent, location: string): string | undefined {
  const text = content.segments.find((s) => s.location === location)?.text;
  if (text === undefined || !location.startsWith('attachment:')) return text;
  const name = location.slice(location.lastIndexOf('/') + 1).replace(/^attachment:/, '');
  const suffix = `\n\n${name.replace(/_/g, ' ')}`;
  if (text.endsWith(suffix)) return text.slice(0, -suffix.length);
  return text === name.replace(/_/g, ' ') ? '' : text;
}

const xml = (body: string) =>
  strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${body}`);

function docx(paragraphs: string[]): Uint8Array {
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${p}</w:t></w:r></w:p>`)
    .join('');
  return zipSync({
    '[Content_Types].xml': xml('<Types/>'),
    'word/document.xml': xml(`<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`),
    'word/footer1.xml': xml(
      '<w:ftr xmlns:w="w"><w:p><w:r><w:t>Footer text</w:t></w:r></w:p></w:ftr>',
    ),
  });
}

function xlsx(): Uint8Array {
  return zipSync({
    'xl/workbook.xml': xml(
      '<workbook><sheets><sheet name="Clients" sheetId="1"/></sheets></workbook>',
    ),
    'xl/sharedStrings.xml': xml(
      '<sst count="3"><si><t>Name</t></si><si><t>NHS number</t></si><si><r><t>Jo </t></r><r><t>Bloggs</t></r><rPh><t>ignored</t></rPh></si></sst>',
    ),
    'xl/worksheets/sheet1.xml': xml(
      '<worksheet><sheetData>' +
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
        '<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2"><v>9434765919</v></c><c r="C2" t="inlineStr"><is><t>inline &amp; text</t></is></c><c r="D2"><f>SUM(1)</f><v>1</v></c></row>' +
        '</sheetData></worksheet>',
    ),
  });
}

function pptx(): Uint8Array {
  const slide = (text: string) =>
    xml(
      `<p:sld><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`,
    );
  return zipSync({
    'ppt/presentation.xml': xml('<p:presentation/>'),
    'ppt/slides/slide10.xml': slide('Tenth slide'),
    'ppt/slides/slide2.xml': slide('Second slide: DOB 14/03/1987'),
    'ppt/notesSlides/notesSlide2.xml': slide('Speaker notes'),
  });
}

describe('extractContent', () => {
  it('returns normalised subject and body, converting HTML bodies and keeping hidden text', () => {
    const content = extractContent(
      message({
        subject: 'Case ４４７１\u200b',
        body: '<p>NHS 943&nbsp;476<b>5919</b></p><div style="display:none">hidden</div>',
        bodyType: 'html',
      }),
      budget,
    );
    expect(textOf(content, 'subject')).toBe('Case 4471');
    expect(textOf(content, 'body')).toBe('NHS 943 4765919\nhidden');
    expect(content.unscanned).toEqual([]);
  });

  it('reads text-like attachments (txt, csv, json, xml, html) by extension or content type', () => {
    const content = extractContent(
      message({
        attachments: [
          attachment('notes.txt', 'full\u00a0width ９'),
          attachment('list.CSV', 'a,b\r\n1,2'),
          attachment('data.json', '{"nhs":"9434765919"}'),
          attachment('data.xml', '<a>1</a>'),
          attachment('page.htm', '<p>one</p><script>x</script><p>two</p>'),
          attachment('untitled', 'typed by content type', 'text/plain; charset=utf-8'),
          attachment('latin.txt', new Uint8Array([0xa3, 0x35, 0x30])),
        ],
      }),
      budget,
    );
    expect(textOf(content, 'attachment:notes.txt')).toBe('full width 9');
    expect(textOf(content, 'attachment:list.CSV')).toBe('a,b\r\n1,2');
    expect(textOf(content, 'attachment:data.json')).toBe('{"nhs":"9434765919"}');
    expect(textOf(content, 'attachment:data.xml')).toBe('<a>1</a>');
    expect(textOf(content, 'attachment:page.htm')).toBe('one\ntwo');
    expect(textOf(content, 'attachment:untitled')).toBe('typed by content type');
    expect(textOf(content, 'attachment:latin.txt')).toBe('\u00a350');
    expect(content.unscanned).toEqual([]);
  });

  it('extracts Word text from the document, headers and footers', () => {
    const content = extractContent(
      message({
        attachments: [attachment('referral.docx', docx(['NINO QQ 12 34 56 C', 'Tom &amp; Jerry']))],
      }),
      budget,
    );
    expect(textOf(content, 'attachment:referral.docx')).toBe(
      'NINO QQ 12 34 56 C\nTom & Jerry\n\nFooter text\n',
    );
  });

  it('extracts Excel shared strings, numbers and inline strings row by row', () => {
    const content = extractContent(
      message({ attachments: [attachment('clients.xlsx', xlsx())] }),
      budget,
    );
    expect(textOf(content, 'attachment:clients.xlsx')).toBe(
      // The header row is written as wide as the rows under it.
      'Name\tNHS number\t\t\nJo Bloggs\t9434765919\tinline & text\t1\n',
    );
  });

  describe('xlsx sheets as tables: empty cells keep their columns', () => {
    const sheetText = (rows: Parameters<typeof xlsxFile>[0]) =>
      textOf(
        extractContent(message({ attachments: [attachment('list.xlsx', xlsxFile(rows))] }), budget),
        'attachment:list.xlsx',
      );

    it("writes a tab for every empty cell, so every row has the header row's tabs", () => {
      expect(
        sheetText([
          ['Residents', undefined, undefined, 'printed 22/11/2026'],
          ['Rent arrears'],
          ['id', 'name', 'dob', 'ni_number', 'notes'],
          ['1', undefined, '12/03/1980', 'JK 12 93 47'],
          ['2', 'B Jones', undefined, undefined, 'moved'],
          [undefined, undefined, '14/07/1975'],
          ['4'],
        ]),
      ).toBe(
        [
          // Titles above the header are written as they are: they are not the table's header.
          'Residents\tprinted 22/11/2026',
          'Rent arrears',
          'id\tname\tdob\tni_number\tnotes',
          '1\t\t12/03/1980\tJK 12 93 47\t',
          '2\tB Jones\t\t\tmoved',
          '\t\t14/07/1975\t\t',
          '4\t\t\t\t',
          '',
        ].join('\n'),
      );
    });

    it('a title row of one cell above the header stays as it is; an empty row starts a new block', () => {
      expect(
        sheetText([
          ['Waiting list'],
          ['id', 'dob', 'postcode'],
          ['1', '12/03/1980'],
          undefined,
          ['Orders'],
          ['order_no', 'amount'],
          ['4010232137'],
        ]),
      ).toBe(
        'Waiting list\nid\tdob\tpostcode\n1\t12/03/1980\t\nOrders\norder_no\tamount\n4010232137\t\n',
      );
    });

    it('a sheet starting right of column A is written from its first column', () => {
      expect(
        sheetText([
          [undefined, undefined, 'id', 'dob'],
          [undefined, undefined, 1],
        ]),
      ).toBe('id\tdob\n1\t\n');
    });

    it('tabs and line breaks inside a cell become spaces; a double quote is quoted as in CSV', () => {
      expect(
        sheetText([
          ['address', 'height'],
          ['Flat 2\n12 High St\tLeeds', `5'11"`],
        ]),
      ).toBe(`address\theight\nFlat 2 12 High St Leeds\t"5'11"""\n`);
    });

    it('cells without references follow each other; rows without numbers follow the row before', () => {
      const sheet =
        '<worksheet><sheetData><row><c t="inlineStr"><is><t>id</t></is></c><c t="inlineStr"><is><t>dob</t></is></c></row>' +
        '<row><c><v>7</v></c><c r="C2"><v>8</v></c></row></sheetData></worksheet>';
      const file = zipSync({
        'xl/workbook.xml': xml('<workbook/>'),
        'xl/worksheets/sheet1.xml': xml(sheet),
      });
      expect(
        textOf(
          extractContent(message({ attachments: [attachment('a.xlsx', file)] }), budget),
          'attachment:a.xlsx',
        ),
      ).toBe('id\tdob\t\n7\t\t8\n');
    });

    it('a sparse sheet cannot grow its text without bound: empty-cell tabs stop at the XML length', () => {
      // Every row: a value in column A and one in column XFD (16,384 columns wide).
      const cells = Array.from(
        { length: 2000 },
        (_, r) =>
          `<row r="${r + 1}"><c r="A${r + 1}"><v>${r}</v></c><c r="XFD${r + 1}"><v>${r}</v></c></row>`,
      ).join('');
      const sheet = `<worksheet><sheetData>${cells}</sheetData></worksheet>`;
      const file = zipSync({
        'xl/workbook.xml': xml('<workbook/>'),
        'xl/worksheets/sheet1.xml': xml(sheet),
      });
      const text = textOf(
        extractContent(message({ attachments: [attachment('wide.xlsx', file)] }), budget),
        'attachment:wide.xlsx',
      )!;
      expect(text.length).toBeLessThan(2 * sheet.length);
      // The first rows keep their columns until the allowance is spent; the rest are written plainly.
      expect(text.startsWith(`0${'\t'.repeat(16383)}0\n`)).toBe(true);
      expect(text.endsWith('\n1999\t1999\n')).toBe(true);
    });
  });

  describe('xlsx dates stored as serial numbers', () => {
    /** Cell formats: 0 general, 1 built-in short date (14), 2 custom `dd/mm/yyyy`, 3 custom time, 4 a number with text. */
    const stylesXml =
      '<styleSheet><numFmts count="3">' +
      '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>' +
      '<numFmt numFmtId="165" formatCode="[h]:mm:ss"/>' +
      '<numFmt numFmtId="166" formatCode="0.00&quot; days&quot;"/>' +
      '</numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/>' +
      '<xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>';
    const sheetText = (rows: Parameters<typeof xlsxFile>[0], date1904 = false) =>
      textOf(
        extractContent(
          message({
            attachments: [attachment('list.xlsx', xlsxFile(rows, { stylesXml, date1904 }))],
          }),
          budget,
        ),
        'attachment:list.xlsx',
      );

    it('writes a date-formatted number as a UK date, so a DOB column reads as dates', () => {
      expect(
        sheetText([
          ['name', 'dob', 'visits', 'duration', 'score'],
          // 29292 is 12/03/1980; 27224 is 14/07/1974 (built-in and custom date formats).
          [
            'A Smith',
            { value: 29292, style: 1 },
            { value: 3, style: 0 },
            { value: 1.5, style: 3 },
            { value: 2.5, style: 4 },
          ],
          ['B Jones', { value: 27224, style: 2 }, 4, { value: 0.25, style: 3 }, 7],
          // A date with a time of day, and Excel's non-existent 29/02/1900 (serial 60) left as a number.
          ['C Brown', { value: 45618.75, style: 2 }, { value: 60, style: 1 }, undefined, undefined],
        ]),
      ).toBe(
        [
          'name\tdob\tvisits\tduration\tscore',
          'A Smith\t12/03/1980\t3\t1.5\t2.5',
          'B Jones\t14/07/1974\t4\t0.25\t7',
          'C Brown\t22/11/2024 18:00\t60\t\t',
          '',
        ].join('\n'),
      );
    });

    it('counts from 1904 when the workbook says so, and from 31/12/1899 for serials before March 1900', () => {
      expect(sheetText([['dob'], [{ value: 27830, style: 1 }]], true)).toBe('dob\n12/03/1980\n');
      expect(
        sheetText([
          ['when'],
          [{ value: 1, style: 1 }],
          [{ value: 59, style: 1 }],
          [{ value: 61, style: 1 }],
        ]),
      ).toBe('when\n01/01/1900\n28/02/1900\n01/03/1900\n');
    });

    it('leaves numbers alone without a styles part', () => {
      const text = textOf(
        extractContent(
          message({
            attachments: [
              attachment('list.xlsx', xlsxFile([['dob'], [{ value: 29292, style: 1 }]])),
            ],
          }),
          budget,
        ),
        'attachment:list.xlsx',
      );
      expect(text).toBe('dob\n29292\n');
    });

    it('finds dates of birth in a DOB column of date serials', () => {
      const rows: Array<Array<string | { value: number; style: number }>> = [
        ['Resident', 'Date of birth'],
      ];
      for (let i = 0; i < 12; i++)
        rows.push([`Resident ${i + 1}`, { value: 29292 + 37 * i, style: 1 }]);
      const content = extractContent(
        message({ attachments: [attachment('list.xlsx', xlsxFile(rows, { stylesXml }))] }),
        budget,
      );
      const found = scanContent(content).filter((f) => f.type === 'DATE_OF_BIRTH');
      expect(found.length).toBe(12);
    });
  });

  it('extracts PowerPoint slides in number order, then notes', () => {
    const content = extractContent(
      message({ attachments: [attachment('deck.pptx', pptx())] }),
      budget,
    );
    expect(textOf(content, 'attachment:deck.pptx')).toBe(
      'Second slide: DOB 14/03/1987\n\nTenth slide\n\nSpeaker notes\n',
    );
  });

  it('reads zip archives entry by entry and one nested zip level', () => {
    const inner = zipSync({
      'deep.txt': strToU8('inner text'),
      'deeper.zip': zipSync({ 'x.txt': strToU8('too deep') }),
    });
    const archive = zipSync({
      'docs/': new Uint8Array(0),
      'docs/notes.txt': strToU8('note 1'),
      'docs/referral.docx': docx(['in a zip']),
      'photo.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
      'inner.zip': inner,
      '__MACOSX/._notes.txt': new Uint8Array([0]),
    } as Zippable);
    const content = extractContent(
      message({ attachments: [attachment('bundle.zip', archive)] }),
      budget,
    );
    expect(textOf(content, 'attachment:bundle.zip/docs/notes.txt')).toBe('note 1');
    expect(textOf(content, 'attachment:bundle.zip/docs/referral.docx')).toBe(
      'in a zip\n\nFooter text\n',
    );
    expect(textOf(content, 'attachment:bundle.zip/inner.zip/deep.txt')).toBe('inner text');
    expect(content.unscanned).toEqual(
      expect.arrayContaining([
        { name: 'bundle.zip/photo.jpg', reason: 'unsupported-type' },
        { name: 'bundle.zip/inner.zip/deeper.zip', reason: 'too-deep' },
      ]),
    );
    expect(content.unscanned).toHaveLength(2);
  });

  it('flags encrypted zips and encrypted Office documents', () => {
    const archive = zipSync({ 'secret.txt': strToU8('secret') }, { level: 0 });
    archive[6] = (archive[6] as number) | 1;
    const central = archive.lastIndexOf(0x50, archive.length - 22);
    for (let i = archive.length - 22; i >= 0; i--) {
      if (
        archive[i] === 0x50 &&
        archive[i + 1] === 0x4b &&
        archive[i + 2] === 1 &&
        archive[i + 3] === 2
      ) {
        archive[i + 8] = (archive[i + 8] as number) | 1;
        break;
      }
    }
    expect(central).toBeGreaterThan(0);
    const encryptedPackage = new Uint8Array(1024);
    encryptedPackage.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    encryptedPackage.set(
      Array.from('EncryptedPackage').flatMap((c) => [c.charCodeAt(0), 0]),
      600,
    );
    const content = extractContent(
      message({
        attachments: [
          attachment('secret.zip', archive),
          attachment('locked.docx', encryptedPackage),
        ],
      }),
      budget,
    );
    expect(content.unscanned).toEqual([
      { name: 'secret.zip', reason: 'encrypted' },
      { name: 'locked.docx', reason: 'encrypted' },
    ]);
  });

  it('reports unsupported types, missing content, too-large and corrupt attachments', () => {
    const content = extractContent(
      message({
        attachments: [
          attachment('scan.pdf', '%PDF-1.7'),
          attachment('photo', 'x', 'image/png'),
          { name: 'cloud.docx', size: 1000 },
          { name: 'big.csv', size: 21 * MB },
          attachment('huge.txt', new Uint8Array(MB + 1)),
          attachment('broken.docx', 'not a zip at all'),
          attachment('empty.xlsx', zipSync({ 'xl/other.xml': xml('<x/>') })),
          { name: 'bad-base64.txt', contentBase64: '!!!not base64!!!' },
        ],
      }),
      { sizeBudgetBytes: 1 * MB },
    );
    expect(content.unscanned).toEqual([
      { name: 'scan.pdf', reason: 'unsupported-type' },
      { name: 'photo', reason: 'unsupported-type' },
      { name: 'cloud.docx', reason: 'no-content' },
      { name: 'big.csv', reason: 'too-large' },
      { name: 'huge.txt', reason: 'too-large' },
      { name: 'broken.docx', reason: 'corrupt' },
      { name: 'empty.xlsx', reason: 'corrupt' },
      { name: 'bad-base64.txt', reason: 'corrupt' },
    ]);
    // Nothing was read from these files; only their names are scanned.
    const names = content.unscanned.map((u) => u.name);
    expect(content.segments.map((s) => s.location)).toEqual([
      'subject',
      'body',
      ...names.map((n) => `attachment:${n}`),
    ]);
    expect(content.segments.slice(2).map((s) => s.text)).toEqual(names);
  });

  it('stops zip bombs: declared expansion past the budget is too-large before inflating', () => {
    const bomb = zipSync({ 'a.txt': new Uint8Array(3 * MB), 'b.txt': new Uint8Array(3 * MB) });
    expect(bomb.length).toBeLessThan(20 * 1024);
    const nested = zipSync({ 'inner.zip': bomb });
    const start = performance.now();
    const content = extractContent(
      message({ attachments: [attachment('bomb.zip', bomb), attachment('nested.zip', nested)] }),
      { sizeBudgetBytes: 1 * MB },
    );
    expect(performance.now() - start).toBeLessThan(1000);
    expect(content.unscanned).toEqual([
      { name: 'bomb.zip', reason: 'too-large' },
      { name: 'nested.zip/inner.zip', reason: 'too-large' },
    ]);
  });

  it('stops zip bombs that lie about their size: bounded output, and the CRC check marks them corrupt', () => {
    const bomb = zipSync({ 'a.txt': new Uint8Array(3 * MB).fill(0x41) });
    for (let i = bomb.length - 22; i >= 0; i--) {
      if (bomb[i] === 0x50 && bomb[i + 1] === 0x4b && bomb[i + 2] === 1 && bomb[i + 3] === 2) {
        new DataView(bomb.buffer).setUint32(i + 24, 100, true);
        break;
      }
    }
    const content = extractContent(
      message({ attachments: [attachment('liar.zip', bomb)] }),
      budget,
    );
    expect(content.unscanned).toEqual([{ name: 'liar.zip', reason: 'corrupt' }]);
    expect(content.segments.map((s) => s.location)).toEqual([
      'subject',
      'body',
      'attachment:liar.zip',
    ]);
    expect(content.segments[2]?.text).toBe('liar.zip');
  });

  it('scans file names too, with `_` read as a space: after the file text, or alone when it was not read', () => {
    const content = extractContent(
      message({
        attachments: [
          attachment('Smith_NHS_9434765919.pdf', '%PDF-1.7'),
          attachment('visit_notes.txt', 'Seen at home.'),
          attachment('cases.zip', zipSync({ 'DOB_12-03-1961_referral.txt': strToU8('Referral.') })),
        ],
      }),
      budget,
    );
    const at = (location: string) => content.segments.find((s) => s.location === location)?.text;
    expect(at('attachment:Smith_NHS_9434765919.pdf')).toBe('Smith NHS 9434765919.pdf');
    expect(at('attachment:visit_notes.txt')).toBe('Seen at home.\n\nvisit notes.txt');
    expect(at('attachment:cases.zip/DOB_12-03-1961_referral.txt')).toBe(
      'Referral.\n\nDOB 12-03-1961 referral.txt',
    );
    expect(at('attachment:cases.zip')).toBe('cases.zip');
    expect(new Set(content.segments.map((s) => s.location)).size).toBe(content.segments.length);
  });

  it('reads attached messages (.eml) with their own attachments, synchronously', () => {
    const eml = [
      'From: Jo <jo@example.org>',
      'To: Sam <sam@example.org>',
      'Subject: =?utf-8?B?UmVmZXJyYWwg4oCTIGNhc2U=?=',
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>NHS 943=C2=A0476 5919</p><p style=3D"display:none">hidden</p>',
      '--b1',
      'Content-Type: text/csv; name="list.csv"',
      'Content-Disposition: attachment; filename="list.csv"',
      'Content-Transfer-Encoding: base64',
      '',
      encodeBase64(strToU8('name,dob\r\nJo,01/02/1980')),
      '--b1--',
      '',
    ].join('\r\n');
    const content = extractContent(
      message({ attachments: [attachment('forwarded.eml', eml, 'message/rfc822')] }),
      budget,
    );
    expect(textOf(content, 'attachment:forwarded.eml')).toBe(
      'From: Jo <jo@example.org>\nTo: Sam <sam@example.org>\nSubject: Referral - case\n\nNHS 943 476 5919\nhidden',
    );
    expect(textOf(content, 'attachment:forwarded.eml/list.csv')).toBe('name,dob\r\nJo,01/02/1980');
  });

  it('classifies file kinds by extension first, then content type', () => {
    expect(fileKind('a.DOCX')).toBe('docx');
    expect(fileKind('a.pdf', 'text/plain')).toBeUndefined();
    expect(fileKind('noext', 'message/rfc822')).toBe('eml');
    expect(fileKind('noext')).toBeUndefined();
    expect(fileKind('list.tsv')).toBe('text');
    expect(fileKind('noext', 'text/tab-separated-values')).toBe('text');
  });
});
