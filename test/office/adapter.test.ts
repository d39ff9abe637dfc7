// The Office adapter: one-wave reads, atomic fixes verified by reading the item back, read mode, the promise wrapper.
import { OfficeCallError, officeCall } from '../../src/office/async';
import {
  applyFixes,
  formatRecipient,
  parseHeaderBlock,
  readCompose,
  readOpenMessage,
  saveJustifications,
} from '../../src/office/adapter';
import {
  installFakeOffice,
  type FakeApi,
  type FakeOfficeOptions,
} from '../../src/office/fake/index';
import { SESSION_KEYS } from '../../src/office/names';
import { inferComposeKind } from '../../src/office/session';
import { MARKING_HEADER, formatMarkingHeader } from '../../src/marking/header';
import { defaultPolicy } from '../../src/policy/default';
import type { Policy } from '../../src/policy/schema';

const COUNCIL = 'examplecouncil.gov.uk';
const USER = `a.officer@${COUNCIL}`;

function install(options: FakeOfficeOptions = {}): ReturnType<typeof installFakeOffice> {
  return installFakeOffice(globalThis, {
    organisationDomain: COUNCIL,
    userProfile: { emailAddress: USER },
    ...options,
  });
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { OfficeRuntime?: unknown }).OfficeRuntime;
});

describe('readCompose', () => {
  test('reads every part in one parallel wave', async () => {
    const fake = install({
      latencyMs: 20,
      item: {
        to: ['Pat Smith <pat@example.org>'],
        cc: [`"Jones, Sam" <sam@${COUNCIL}>`],
        bcc: ['x@nhs.net'],
        subject: '[PROTECT] Case 1234',
        body: 'Hello <b>there</b>',
        bodyType: 'html',
        headers: { Sensitivity: 'Company-Confidential' },
        attachments: [{ name: 'a.txt', content: 'aGk=' }],
        sensitivityLabel: 'guid-1',
      },
    });
    jest.useFakeTimers();
    let done = false;
    const pending = readCompose(new Date('2026-11-22T10:00:00Z')).then((r) => {
      done = true;
      return r;
    });
    await jest.advanceTimersByTimeAsync(19);
    expect(done).toBe(false);
    await jest.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    jest.useRealTimers();
    const reading = await pending;
    expect(new Set(fake.calls.map((c) => c.at)).size).toBe(1);
    expect(reading.snapshot).toEqual({
      from: USER,
      to: ['Pat Smith <pat@example.org>'],
      cc: [`"Jones, Sam" <sam@${COUNCIL}>`],
      bcc: ['x@nhs.net'],
      subject: '[PROTECT] Case 1234',
      body: 'Hello <b>there</b>',
      bodyType: 'html',
      attachments: [{ name: 'a.txt', size: 2 }],
      headers: { Sensitivity: 'Company-Confidential' },
      composeType: 'new',
      sensitivityLabel: 'guid-1',
      sentAt: '2026-11-22T10:00:00.000Z',
    });
    expect(reading.recipients.to[0]?.recipientType).toBe('externalUser');
    expect(reading.recipients.cc[0]?.recipientType).toBe('user');
  });

  test('skips APIs the client lacks (Mailbox 1.12 has no sensitivity label, 1.14 inReplyTo)', async () => {
    const fake = install({
      mailboxVersion: '1.12',
      item: { to: ['a@b.org'], inReplyTo: '<x@y>', composeType: 'newMail' },
    });
    const reading = await readCompose(new Date());
    expect(fake.calls.some((c) => c.api === 'sensitivityLabel.getAsync')).toBe(false);
    expect(reading.inReplyTo).toBe(false);
  });

  test('its own X-Protective-Marking stamp is not read back as a label source', async () => {
    install({
      item: {
        to: ['a@b.org'],
        headers: { [MARKING_HEADER]: 'VER=2026.1, NS=x, SEC=RESTRICTED, ORIGIN=y' },
      },
    });
    const reading = await readCompose(new Date());
    expect(reading.snapshot.headers).toEqual({});
    expect(reading.headers[MARKING_HEADER]).toContain('RESTRICTED');
  });

  test('justifications saved by the task pane come back in the session state', async () => {
    install({ item: { to: ['a@b.org'] } });
    await saveJustifications({ 'label-downgrade': 'Agreed with IG' });
    const reading = await readCompose(new Date());
    expect(reading.session.justifications).toEqual({ 'label-downgrade': 'Agreed with IG' });
  });
});

describe('applyFixes', () => {
  const context = { policy: defaultPolicy, from: USER };

  test('label, encryption and recipient fixes are applied and read back', async () => {
    const fake = install({
      item: {
        to: ['pat@example.org', 'gp@practice.nhs.uk', 'reporter@bbc.co.uk'],
        cc: ['one@nhs.net'],
        subject: 'RE: Case 1234',
      },
    });
    const result = await applyFixes(
      [
        { kind: 'encrypt', token: '[ENCRYPT]' },
        { kind: 'apply-label', label: 'PROTECT' },
        { kind: 'remove-recipient', address: 'REPORTER@bbc.co.uk' },
        { kind: 'move-to-bcc', addresses: ['pat@example.org'] },
        { kind: 'add-recipient', address: `press.office@${COUNCIL}` },
      ],
      context,
    );
    expect(result.ok).toBe(true);
    const reading = await readCompose(new Date());
    expect(reading.snapshot.subject).toBe('RE: [PROTECT] [ENCRYPT] Case 1234');
    expect(reading.snapshot.to).toEqual(['gp@practice.nhs.uk']);
    expect(reading.snapshot.cc).toEqual(['one@nhs.net', `press.office@${COUNCIL}`]);
    expect(reading.snapshot.bcc).toEqual(['pat@example.org']);
    expect(reading.headers[MARKING_HEADER]).toBe(
      formatMarkingHeader({ ns: COUNCIL, sec: 'PROTECT', origin: USER }),
    );
    expect(fake.item.subject).toBe('RE: [PROTECT] [ENCRYPT] Case 1234');
  });

  test('the mapped Purview label is set where the catalogue is enabled', async () => {
    const policy: Policy = {
      ...defaultPolicy,
      labels: {
        ...defaultPolicy.labels,
        purview: [
          {
            guid: 'g-protect',
            name: 'Protect',
            label: 'PROTECT',
            encrypts: false,
            confidential: false,
          },
        ],
      },
    };
    const fake = install({
      item: { to: ['a@b.org'], subject: 'x' },
      sensitivityLabelsCatalog: [{ id: 'g-protect', name: 'Protect' }],
    });
    expect(
      await applyFixes([{ kind: 'apply-label', label: 'PROTECT' }], { policy, from: USER }),
    ).toEqual({
      ok: true,
      changed: ['subject', 'header', 'purview'],
    });
    expect(fake.item.sensitivityLabel).toBe('g-protect');
    const without = install({ item: { to: ['a@b.org'], subject: 'x' } });
    expect(
      await applyFixes([{ kind: 'apply-label', label: 'PROTECT' }], { policy, from: USER }),
    ).toEqual({ ok: true, changed: ['subject', 'header'] });
    expect(without.item.sensitivityLabel).toBe('');
  });

  const failing: [FakeApi, 'error' | 'throw' | 'hang'][] = [
    ['subject.setAsync', 'error'],
    ['to.setAsync', 'throw'],
    ['bcc.setAsync', 'error'],
    ['internetHeaders.setAsync', 'error'],
    ['cc.setAsync', 'hang'],
  ];
  test.each(failing)('a failed fix (%s %s) leaves the item unchanged', async (api, kind) => {
    jest.useFakeTimers();
    try {
      const fake = install({
        faults: { [api]: { kind, times: 1 } },
        item: {
          to: ['pat@example.org', 'x@bbc.co.uk'],
          cc: ['c@nhs.net'],
          subject: 'Case 1234',
          headers: { [MARKING_HEADER]: 'VER=2026.1, NS=a, SEC=UNMARKED, ORIGIN=b' },
        },
      });
      const before = JSON.stringify({
        to: fake.item.to,
        cc: fake.item.cc,
        bcc: fake.item.bcc,
        subject: fake.item.subject,
        headers: fake.item.headers,
      });
      const pending = applyFixes(
        [
          { kind: 'apply-label', label: 'PROTECT' },
          { kind: 'encrypt', token: '[ENCRYPT]' },
          { kind: 'move-to-bcc', addresses: ['pat@example.org', 'c@nhs.net'] },
          { kind: 'remove-recipient', address: 'x@bbc.co.uk' },
        ],
        context,
      );
      await jest.advanceTimersByTimeAsync(10000);
      const result = await pending;
      expect(result.ok).toBe(false);
      expect(result.ok === false && result.restored).toBe(true);
      expect(
        JSON.stringify({
          to: fake.item.to,
          cc: fake.item.cc,
          bcc: fake.item.bcc,
          subject: fake.item.subject,
          headers: fake.item.headers,
        }),
      ).toBe(before);
    } finally {
      jest.useRealTimers();
    }
  });

  test('a fix that cannot read the item changes nothing', async () => {
    const fake = install({
      faults: { 'subject.getAsync': { kind: 'error' } },
      item: { to: ['a@b.org'], subject: 'x' },
    });
    await expect(applyFixes([{ kind: 'apply-label', label: 'PROTECT' }], context)).rejects.toThrow(
      OfficeCallError,
    );
    expect(fake.calls.some((c) => c.api.endsWith('setAsync'))).toBe(false);
  });
});

describe('read mode', () => {
  test('readOpenMessage reads the received headers and participants', async () => {
    install({
      item: {
        mode: 'read',
        from: 'Chair <chair@examplecouncil.gov.uk>',
        to: [USER],
        cc: ['x@nhs.net'],
        subject: 'RE: [RESTRICTED] Complaint',
        body: 'Text',
        rawHeaders:
          'Received: from a\r\n by b\r\nX-Protective-Marking: VER=2026.1, NS=examplecouncil.gov.uk,\r\n SEC=RESTRICTED, ORIGIN=chair@examplecouncil.gov.uk\r\nSensitivity: Company-Confidential\r\n',
      },
    });
    const reading = await readOpenMessage(new Date());
    expect(reading.headers[MARKING_HEADER]).toBe(
      'VER=2026.1, NS=examplecouncil.gov.uk, SEC=RESTRICTED, ORIGIN=chair@examplecouncil.gov.uk',
    );
    expect(reading.headers.Sensitivity).toBe('Company-Confidential');
    expect(reading.snapshot.from).toBe('Chair <chair@examplecouncil.gov.uk>');
    expect(reading.snapshot.cc).toEqual(['x@nhs.net']);
  });
});

describe('helpers', () => {
  test('inferComposeKind', () => {
    expect(inferComposeKind('newMail', false, 0)).toBe('new');
    expect(inferComposeKind('reply', false, 1)).toBe('reply');
    expect(inferComposeKind('reply', false, 2)).toBe('replyAll');
    expect(inferComposeKind('newMail', true, 3)).toBe('replyAll');
    expect(inferComposeKind('newMail', true, 0)).toBe('forward');
    expect(inferComposeKind('forward', true, 2)).toBe('forward');
  });

  test('formatRecipient quotes names that need it', () => {
    expect(formatRecipient({ emailAddress: 'a@b.org', displayName: 'a@b.org' })).toBe('a@b.org');
    expect(formatRecipient({ emailAddress: 'a@b.org', displayName: 'Smith, Jo' })).toBe(
      '"Smith, Jo" <a@b.org>',
    );
    expect(formatRecipient({ emailAddress: 'a@b.org', displayName: 'Jo Smith' })).toBe(
      'Jo Smith <a@b.org>',
    );
  });

  test('parseHeaderBlock unfolds lines and keeps the first of repeated headers', () => {
    expect(parseHeaderBlock('A: 1\r\nB: two\r\n  lines\r\nA: 3\r\n')).toEqual({
      A: '1',
      B: 'two lines',
    });
  });

  test('officeCall turns errors, throws and silence into rejections', async () => {
    const failed = {
      status: 'failed',
      error: { code: 9020, name: 'GenericResponseError', message: 'boom' },
    } as unknown as Office.AsyncResult<string>;
    await expect(officeCall<string>('x', (cb) => cb(failed))).rejects.toMatchObject({
      api: 'x',
      code: 9020,
    });
    await expect(
      officeCall<string>('y', () => {
        throw new Error('nope');
      }),
    ).rejects.toThrow('y: nope');
    await expect(officeCall<string>('z', () => undefined, 10)).rejects.toThrow(
      'no callback within 10 ms',
    );
    const ok = { status: 'succeeded', value: 'v' } as unknown as Office.AsyncResult<string>;
    await expect(officeCall<string>('w', (cb) => cb(ok))).resolves.toBe('v');
  });
});

test('session keys are namespaced', () => {
  expect(Object.values(SESSION_KEYS).every((k) => k.startsWith('sendguard.'))).toBe(true);
});
