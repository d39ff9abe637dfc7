// The fake Office host itself: AsyncResult shapes, recipient types, limits, faults, latency and completion checks.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { installFakeOffice } from '../../src/office/fake/index';
import type { ComposeItem, LaunchEvent, ReadItem } from '../../src/office/host';
import { LAUNCH_HANDLERS } from '../../src/office/names';

function result<T>(
  invoke: (cb: (r: Office.AsyncResult<T>) => void) => void,
): Promise<Office.AsyncResult<T>> {
  return new Promise((resolve) => invoke(resolve));
}

describe('installFakeOffice', () => {
  test('installs Office and OfficeRuntime on any target (a window-like object) and removes them again', () => {
    const win: { Office?: unknown; OfficeRuntime?: unknown } = {};
    const fake = installFakeOffice(win);
    expect(win.Office).toBe(fake.Office);
    expect(win.OfficeRuntime).toBe(fake.OfficeRuntime);
    fake.uninstall();
    expect(win.Office).toBeUndefined();
    expect(win.OfficeRuntime).toBeUndefined();
  });

  test('uses no Node APIs, so the simulator page can load it', () => {
    const source = readFileSync(join(__dirname, '../../src/office/fake/index.ts'), 'utf8');
    expect(source).not.toMatch(/from 'node:|require\(|process\.|Buffer\b/);
  });

  test('AsyncResult has the real shape on success and failure', async () => {
    const fake = installFakeOffice(
      {},
      {
        item: { subject: 'Hi' },
        faults: { 'body.getAsync': { kind: 'error', code: 9030, name: 'X', message: 'bad' } },
      },
    );
    const item = fake.Office.context.mailbox.item as ComposeItem;
    const ok = await result<string>((cb) => item.subject.getAsync({ asyncContext: 'ctx' }, cb));
    expect(ok).toEqual({
      status: 'succeeded',
      value: 'Hi',
      asyncContext: 'ctx',
      diagnostics: undefined,
    });
    expect(ok.status).toBe(fake.Office.AsyncResultStatus.Succeeded);
    const failed = await result<string>((cb) =>
      item.body.getAsync(fake.Office.CoercionType.Text, cb),
    );
    expect(failed.status).toBe(fake.Office.AsyncResultStatus.Failed);
    expect(failed.error).toEqual({ code: 9030, name: 'X', message: 'bad' });
  });

  test('recipients carry recipientType from the organisation domain unless given', async () => {
    const fake = installFakeOffice(
      {},
      {
        organisationDomain: 'examplecouncil.gov.uk',
        item: {
          to: [
            'a@examplecouncil.gov.uk',
            'Bee <b@hr.examplecouncil.gov.uk>',
            'c@gmail.com',
            { emailAddress: 'dl@examplecouncil.gov.uk', recipientType: 'distributionList' },
          ],
        },
      },
    );
    const item = fake.Office.context.mailbox.item as ComposeItem;
    const to = await result<Office.EmailAddressDetails[]>((cb) => item.to.getAsync(cb));
    expect(to.value.map((r) => [r.emailAddress, r.displayName, r.recipientType])).toEqual([
      ['a@examplecouncil.gov.uk', 'a@examplecouncil.gov.uk', 'user'],
      ['b@hr.examplecouncil.gov.uk', 'Bee', 'user'],
      ['c@gmail.com', 'c@gmail.com', 'externalUser'],
      ['dl@examplecouncil.gov.uk', 'dl@examplecouncil.gov.uk', 'distributionList'],
    ]);
  });

  test('notification bars: at most 5, 150 characters, an icon for informational bars', async () => {
    const fake = installFakeOffice({}, { item: {} });
    const bars = (fake.Office.context.mailbox.item as ComposeItem).notificationMessages;
    const info = (message: string): Office.NotificationMessageDetails => ({
      type: 'informationalMessage' as Office.MailboxEnums.ItemNotificationMessageType,
      message,
      icon: 'Icon',
      persistent: false,
    });
    for (let i = 0; i < 5; i += 1)
      expect((await result<void>((cb) => bars.addAsync(`k${i}`, info('hi'), cb))).status).toBe(
        'succeeded',
      );
    expect((await result<void>((cb) => bars.addAsync('k5', info('hi'), cb))).error.name).toBe(
      'NumberOfNotificationMessagesExceeded',
    );
    expect(
      (await result<void>((cb) => bars.replaceAsync('k0', info('x'.repeat(151)), cb))).error.name,
    ).toBe('MessageTooLong');
    const noIcon = {
      type: 'informationalMessage',
      message: 'x',
      persistent: false,
    } as Office.NotificationMessageDetails;
    expect((await result<void>((cb) => bars.replaceAsync('k0', noIcon, cb))).error.name).toBe(
      'IconRequired',
    );
    expect((await result<void>((cb) => bars.addAsync('k0', info('again'), cb))).error.name).toBe(
      'DuplicateNotificationKey',
    );
  });

  test('sessionData is limited to 50,000 characters', async () => {
    const fake = installFakeOffice({}, { item: {} });
    const session = (fake.Office.context.mailbox.item as ComposeItem).sessionData;
    expect((await result<void>((cb) => session.setAsync('a', 'x'.repeat(40000), cb))).status).toBe(
      'succeeded',
    );
    expect(
      (await result<void>((cb) => session.setAsync('b', 'x'.repeat(10000), cb))).error.name,
    ).toBe('SessionObjectMaxLengthExceeded');
    expect(Object.keys((await result<object>((cb) => session.getAllAsync(cb))).value)).toEqual([
      'a',
    ]);
  });

  test('faults: throw, never call back, and a limited number of times', async () => {
    const fake = installFakeOffice(
      {},
      {
        item: { subject: 's' },
        faults: { 'subject.getAsync': { kind: 'throw', message: 'gone' } },
      },
    );
    const item = fake.Office.context.mailbox.item as ComposeItem;
    expect(() => item.subject.getAsync(() => undefined)).toThrow('gone');
    fake.setFault('subject.getAsync', { kind: 'hang' });
    let called = false;
    item.subject.getAsync(() => {
      called = true;
    });
    await new Promise((r) => setTimeout(r, 20));
    expect(called).toBe(false);
    fake.setFault('subject.getAsync', { kind: 'error', times: 1 });
    expect((await result<string>((cb) => item.subject.getAsync(cb))).status).toBe('failed');
    expect((await result<string>((cb) => item.subject.getAsync(cb))).status).toBe('succeeded');
    expect(fake.calls.map((c) => c.api)).toEqual([
      'subject.getAsync',
      'subject.getAsync',
      'subject.getAsync',
      'subject.getAsync',
    ]);
  });

  test('latency per call', async () => {
    const fake = installFakeOffice({}, { item: { subject: 's' }, latencyMs: 30 });
    const item = fake.Office.context.mailbox.item as ComposeItem;
    const started = Date.now();
    await result<string>((cb) => item.subject.getAsync(cb));
    expect(Date.now() - started).toBeGreaterThanOrEqual(28);
  });

  test('isSetSupported follows the configured Mailbox version', () => {
    const fake = installFakeOffice({}, { mailboxVersion: '1.14' });
    const req = fake.Office.context.requirements;
    expect(req.isSetSupported('Mailbox', '1.14')).toBe(true);
    expect(req.isSetSupported('Mailbox', '1.15')).toBe(false);
    expect(req.isSetSupported('Mailbox', '1.8')).toBe(true);
    expect(req.isSetSupported('ExcelApi', '1.1')).toBe(false);
  });

  test('read mode: properties, raw headers and attachment content formats', async () => {
    const fake = installFakeOffice(
      {},
      {
        item: {
          mode: 'read',
          subject: 'Hello',
          headers: { 'X-Protective-Marking': 'SEC=PROTECT' },
          attachments: [
            { id: 'f', name: 'a.txt', content: 'aGk=' },
            { id: 'i', name: 'fw.eml', attachmentType: 'item', content: 'Subject: x\r\n\r\nbody' },
          ],
        },
      },
    );
    const item = fake.Office.context.mailbox.item as ReadItem;
    expect(item.subject).toBe('Hello');
    expect((await result<string>((cb) => item.getAllInternetHeadersAsync(cb))).value).toBe(
      'X-Protective-Marking: SEC=PROTECT\r\n',
    );
    expect(
      (await result<Office.AttachmentContent>((cb) => item.getAttachmentContentAsync('f', cb)))
        .value,
    ).toEqual({ format: 'base64', content: 'aGk=' });
    expect(
      (await result<Office.AttachmentContent>((cb) => item.getAttachmentContentAsync('i', cb)))
        .value.format,
    ).toBe('eml');
    expect(
      (await result<Office.AttachmentContent>((cb) => item.getAttachmentContentAsync('nope', cb)))
        .error.name,
    ).toBe('InvalidAttachmentId');
  });

  test('fire records completions and flags a second completed, over-long texts and unknown command ids', async () => {
    const fake = installFakeOffice({}, { item: {} });
    fake.Office.actions.associate(LAUNCH_HANDLERS.OnMessageSend, (event?: unknown) => {
      const e = event as LaunchEvent;
      e.completed({
        allowEvent: false,
        errorMessage: 'x'.repeat(501),
        cancelLabel: 'A very long button label',
        commandId: 'nope',
        contextData: '{}',
      });
      e.completed({ allowEvent: true });
    });
    const completion = await fake.fire('OnMessageSend');
    expect(completion?.options?.allowEvent).toBe(false);
    expect(fake.problems).toEqual([
      'onMessageSendHandler: errorMessage over 500 characters',
      'onMessageSendHandler: cancelLabel over 20 characters',
      'onMessageSendHandler: commandId nope is not a control id',
      'onMessageSendHandler: completed called more than once',
    ]);
    expect(fake.item.sent).toBe(false);
  });

  test('the Smart Alerts contextData reaches the task pane as its initialization context', async () => {
    const fake = installFakeOffice({}, { item: {} });
    fake.Office.actions.associate(LAUNCH_HANDLERS.OnMessageSend, (event?: unknown) =>
      (event as LaunchEvent).completed({
        allowEvent: false,
        errorMessage: 'x',
        commandId: 'SendguardComposeTaskPane',
        contextData: '{"decision":"block"}',
      }),
    );
    await fake.fire('OnMessageSend');
    const item = fake.Office.context.mailbox.item as ComposeItem;
    expect((await result<string>((cb) => item.getInitializationContextAsync(cb))).value).toBe(
      '{"decision":"block"}',
    );
  });

  test('OfficeRuntime.storage and ItemChanged', async () => {
    const fake = installFakeOffice({}, { item: { mode: 'read', subject: 'one' } });
    await fake.OfficeRuntime?.storage.setItem('k', 'v');
    expect(await fake.OfficeRuntime?.storage.getItem('k')).toBe('v');
    let changed = 0;
    await result<void>((cb) =>
      fake.Office.context.mailbox.addHandlerAsync(
        fake.Office.EventType.ItemChanged,
        () => (changed += 1),
        cb,
      ),
    );
    fake.loadItem({ mode: 'read', subject: 'two' });
    expect(changed).toBe(1);
    expect((fake.Office.context.mailbox.item as ReadItem).subject).toBe('two');
  });
});

test('commands/index.ts associates every manifest FunctionName at the top level', () => {
  const fake = installFakeOffice(globalThis, { item: {} });
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- load the entry afresh, as the runtime does
      require('../../commands/index');
    });
    expect([...fake.actions.keys()].sort()).toEqual(Object.values(LAUNCH_HANDLERS).sort());
  } finally {
    fake.uninstall();
  }
});
