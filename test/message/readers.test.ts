// Readers: real .eml and .msg fixtures, JSON snapshots, and clear errors for malformed files.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBase64 } from '../../src/message/bytes';
import { extractContent } from '../../src/message/content';
import { MessageReadError } from '../../src/message/errors';
import { readMessageFile } from '../../src/message/file';
import { parseMessageBytes } from '../../src/message/parse';

const fixtures = join(__dirname, '..', 'fixtures', 'messages');
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const utf8 = (text: string) => new TextEncoder().encode(text);

async function readError(bytes: Uint8Array, file: string): Promise<MessageReadError> {
  try {
    await parseMessageBytes(bytes, file);
  } catch (error) {
    if (error instanceof MessageReadError) return error;
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

describe('.eml reader (postal-mime)', () => {
  it('reads a real multipart message with an HTML body and two attachments', async () => {
    const message = await parseMessageBytes(fixture('referral.eml'), 'referral.eml');
    expect(message.from).toBe('Alex Officer <a.officer@examplecouncil.gov.uk>');
    expect(message.to).toEqual([
      '"Partner, Sam" <sam.partner@nhs.net>',
      'records@examplecouncil.gov.uk',
    ]);
    expect(message.cc).toEqual(['Jo Bloggs <jo.bloggs@gmail.com>']);
    expect(message.subject).toBe('RE: [PROTECT] Referral \u2013 case 4471');
    expect(message.bodyType).toBe('html');
    expect(message.body).toContain('display:none');
    expect(message.composeType).toBe('reply');
    expect(message.headers['X-Protective-Marking']).toBe(
      'VER=2026.1, NS=examplecouncil.gov.uk, SEC=PROTECT, ORIGIN=a.officer@examplecouncil.gov.uk',
    );
    expect(message.headers['Sensitivity']).toBe('Company-Confidential');
    expect(message.headers['In-Reply-To']).toBe('<referral-4471-1@nhs.net>');
    expect(message.sensitivityLabel).toBe('Protect');
    expect(message.sentAt).toBe('2026-11-20T10:00:00.000Z');
    expect(message.attachments.map((a) => [a.name, a.contentType, a.size])).toEqual([
      ['client-list.csv', 'text/csv', 59],
      [
        'referral.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        expect.any(Number),
      ],
    ]);
    expect(
      new TextDecoder().decode(decodeBase64(message.attachments[0]?.contentBase64 ?? '')),
    ).toBe('name,date of birth,postcode\r\nJo Bloggs,14/03/1987,BR1 3UH\r\n');

    const content = extractContent(message, { sizeBudgetBytes: 20 * 1024 * 1024 });
    expect(content.segments.map((s) => s.location)).toEqual([
      'subject',
      'body',
      'attachment:client-list.csv',
      'attachment:referral.docx',
    ]);
    const body = content.segments[1]?.text ?? '';
    expect(body).toContain("The client's NHS number is 943 476 5919.");
    expect(body).toContain('Hidden: DOB 14/03/1987');
    expect(content.segments[3]?.text).toContain('National Insurance number: QQ 12 34 56 C');
    expect(content.unscanned).toEqual([]);
  });

  it('infers compose type from the subject prefix and In-Reply-To', async () => {
    const eml = (subject: string, extra = '') =>
      utf8(
        `From: a@examplecouncil.gov.uk\r\nTo: b@example.org\r\nSubject: ${subject}\r\n${extra}\r\nBody\r\n`,
      );
    expect((await parseMessageBytes(eml('FW: Case'), 'f.eml')).composeType).toBe('forward');
    expect(
      (await parseMessageBytes(eml('Fwd: Case', 'In-Reply-To: <x@y>\r\n'), 'f.eml')).composeType,
    ).toBe('forward');
    expect((await parseMessageBytes(eml('re: Case'), 'r.eml')).composeType).toBe('reply');
    expect(
      (await parseMessageBytes(eml('Case', 'In-Reply-To: <x@y>\r\n'), 'r.eml')).composeType,
    ).toBe('reply');
    const plain = await parseMessageBytes(eml('Case 1234'), 'n.eml');
    expect(plain.composeType).toBe('new');
    expect(plain.bodyType).toBe('text');
    expect(plain.body.trim()).toBe('Body');
  });

  it('says which file and field when there are no recipients', async () => {
    const error = await readError(
      utf8('From: a@examplecouncil.gov.uk\r\nSubject: x\r\n\r\nBody\r\n'),
      'case.eml',
    );
    expect(error.message).toBe('case.eml: to: no recipients');
    expect(error.file).toBe('case.eml');
    expect(error.field).toBe('to');
  });
});

describe('.msg reader (msgreader)', () => {
  it('reads the generated Outlook .msg fixture', async () => {
    const message = await parseMessageBytes(fixture('case-reply.msg'), 'case-reply.msg');
    expect(message.from).toBe('Alex Officer <a.officer@examplecouncil.gov.uk>');
    expect(message.to).toEqual(['Sam Partner <sam.partner@nhs.net>']);
    expect(message.cc).toEqual(['Jo Bloggs <jo.bloggs@gmail.com>']);
    expect(message.bcc).toEqual(['Records Team <records@examplecouncil.gov.uk>']);
    expect(message.subject).toBe('RE: [PROTECT] Case 4471 review');
    expect(message.bodyType).toBe('html');
    expect(message.composeType).toBe('reply');
    expect(message.headers['X-Protective-Marking']).toBe(
      'VER=2026.1, NS=examplecouncil.gov.uk, SEC=PROTECT, ORIGIN=a.officer@examplecouncil.gov.uk',
    );
    expect(message.headers['Sensitivity']).toBe('Company-Confidential');
    expect(message.sentAt).toBe('2026-11-20T09:30:00.000Z');
    expect(message.attachments).toHaveLength(1);
    expect(message.attachments[0]?.name).toBe('visit-notes.txt');
    expect(message.attachments[0]?.contentType).toBe('text/plain');

    const content = extractContent(message, { sizeBudgetBytes: 1024 * 1024 });
    expect(content.segments.find((s) => s.location === 'body')?.text).toContain(
      'NHS number 943 476 5919',
    );
    expect(content.segments.find((s) => s.location === 'body')?.text).toContain(
      'Key safe code 4471',
    );
    expect(content.segments.find((s) => s.location === 'attachment:visit-notes.txt')?.text).toBe(
      // The file's text, then its name (scanned too) after a blank line.
      'Case 4471 visit notes\r\nClient seen at home on 3 November.\r\n\n\nvisit-notes.txt',
    );
  });
});

describe('.json reader', () => {
  const brief = {
    from: 'a.officer@examplecouncil.gov.uk',
    to: ['Name <name@example.org>'],
    cc: [],
    bcc: [],
    subject: 'RE: [PROTECT] Case 1234',
    body: 'text or html',
    bodyType: 'text',
    attachments: [{ name: 'list.csv', contentType: 'text/csv', size: 3, contentBase64: 'YSxi' }],
    headers: { 'X-Protective-Marking': 'SEC=PROTECT' },
    composeType: 'new',
    original: { from: 'x@example.org', to: [], cc: [], subject: 'Case 1234', headers: {} },
    sensitivityLabel: null,
    sentAt: '2026-11-22T10:00:00Z',
  };

  it("reads the brief's message JSON and fills defaults for a minimal one", async () => {
    const message = await parseMessageBytes(utf8(JSON.stringify(brief, null, 2)), 'brief.json');
    expect(message).toMatchObject({ ...brief, original: { ...brief.original, bcc: [] } });
    const minimal = await parseMessageBytes(
      utf8('\ufeff{"from":"a@b.gov.uk","bcc":["c@d.org"]}'),
      'min.json',
    );
    expect(minimal).toMatchObject({
      to: [],
      cc: [],
      subject: '',
      body: '',
      bodyType: 'text',
      composeType: 'new',
      attachments: [],
    });
  });

  it('gives line and column for invalid JSON', async () => {
    const error = await readError(
      utf8('{\n  "from": "a@b.gov.uk",\n  "to": ["x@y.org",]\n}'),
      'case.json',
    );
    expect(error.message).toBe(
      "case.json: invalid JSON at line 3, column 20: trailing comma before ']'",
    );
    const cut = await readError(utf8('{"from": "a@b.gov.uk", "to": ["x@y'), 'cut.json');
    expect(cut.message).toBe(
      'cut.json: invalid JSON at line 1, column 31: string not closed before the end of the file',
    );
  });

  it('names every schema problem by field path', async () => {
    const error = await readError(
      utf8(
        JSON.stringify({
          from: '',
          to: ['x@y.org', 7],
          bodyType: 'rtf',
          attachments: [{ size: -1 }],
          extra: true,
        }),
      ),
      'bad.json',
    );
    expect(error.file).toBe('bad.json');
    expect(error.problems.map((p) => p.field)).toEqual(
      expect.arrayContaining([
        'from',
        'to[1]',
        'bodyType',
        'attachments[0].name',
        'attachments[0].size',
        '',
      ]),
    );
    expect(error.message.startsWith('bad.json: ')).toBe(true);
  });

  it('rejects JSON that is not one message object, or has no recipient', async () => {
    expect((await readError(utf8('[1,2]'), 'list.json')).message).toBe(
      'list.json: expected a JSON object describing one message',
    );
    expect((await readError(utf8('{"from":"a@b.gov.uk"}'), 'x.json')).message).toBe(
      'x.json: to: no recipients',
    );
    expect((await readError(utf8('{"to":["x@y.org"]}'), 'y.json')).message).toBe(
      'y.json: from: required field missing',
    );
  });
});

describe('malformed files give a clear MessageReadError', () => {
  const secret = '9434765919';

  it.each([
    ['empty.eml', new Uint8Array(0), 'empty.eml: file is empty'],
    ['empty.msg', new Uint8Array(0), 'empty.msg: file is empty'],
    ['empty.json', new Uint8Array(0), 'empty.json: file is empty'],
    [
      'garbage.eml',
      Uint8Array.from({ length: 512 }, (_, i) => (i * 131 + 7) & 255),
      'garbage.eml: not a MIME message (binary data where headers belong)',
    ],
    [
      'prose.eml',
      utf8(`Just some text with ${secret}\nand no headers`),
      'prose.eml: not a MIME message (no header lines)',
    ],
    [
      'text.msg',
      utf8(`Subject: ${secret}\r\n`),
      'text.msg: not an Outlook .msg file (not a compound file)',
    ],
    ['notes.pdf', utf8('%PDF'), 'notes.pdf: unsupported file type (expected .json, .eml or .msg)'],
    [
      'secret.json',
      utf8(`{"from": ${secret}x}`),
      "secret.json: invalid JSON at line 1, column 20: unexpected character; expected ',' or '}' after a property value",
    ],
  ])('%s', async (file, bytes, expected) => {
    const error = await readError(bytes, file);
    expect(error.message).toBe(expected);
    expect(error.message).not.toContain(secret);
  });

  it('reports a truncated multipart .eml', async () => {
    const whole = fixture('referral.eml');
    const error = await readError(whole.subarray(0, Math.floor(whole.length / 2)), 'cut.eml');
    expect(error.message).toBe(
      'cut.eml: truncated MIME (the multipart body has no closing boundary)',
    );
  });

  it('reports a compound file whose structure is broken', async () => {
    const whole = fixture('case-reply.msg');
    const broken = whole.slice(0, 1024);
    broken.fill(0xff, 48, 512);
    const error = await readError(broken, 'broken.msg');
    expect(error.message).toMatch(/^broken\.msg: (corrupt \.msg file|not an Outlook message)/);
  });

  it('reports an .eml without a From address', async () => {
    const error = await readError(
      utf8(`To: b@example.org\r\nSubject: ${secret}\r\n\r\nx`),
      'nofrom.eml',
    );
    expect(error.field).toBe('from');
    expect(error.message).not.toContain(secret);
  });
});

describe('readMessageFile', () => {
  it('reads a file from disk by path', async () => {
    const message = await readMessageFile(join(fixtures, 'referral.eml'));
    expect(message.attachments).toHaveLength(2);
  });

  it('names the path when the file is missing or a directory', async () => {
    await expect(readMessageFile(join(fixtures, 'missing.eml'))).rejects.toThrow(
      `${join(fixtures, 'missing.eml')}: file not found`,
    );
    await expect(readMessageFile(fixtures)).rejects.toThrow(
      `${fixtures}: is a directory, not a file`,
    );
  });
});

describe('damaged files never crash the readers', () => {
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return state / 0x100000000;
    };
  }

  it.each(['referral.eml', 'case-reply.msg'])(
    '%s cut and flipped 150 ways: a snapshot or a MessageReadError',
    async (name) => {
      const original = fixture(name);
      const next = random(name.length * 7919);
      for (let round = 0; round < 150; round++) {
        const bytes = original.slice(0, 1 + Math.floor(next() * original.length));
        for (let flips = Math.floor(next() * 8); flips > 0; flips--) {
          bytes[Math.floor(next() * bytes.length)] = Math.floor(next() * 256);
        }
        try {
          const message = await parseMessageBytes(bytes, name);
          expect(() => extractContent(message, { sizeBudgetBytes: 1024 * 1024 })).not.toThrow();
        } catch (error) {
          expect(error).toBeInstanceOf(MessageReadError);
        }
      }
    },
  );
});
