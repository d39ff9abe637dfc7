// OnNewMessageCompose, OnMessageRecipientsChanged and OnMessageAttachmentsChanged through the fake host.
import { translate } from '../../src/i18n/index';
import {
  NOTIFICATION_ICON_RESID,
  NOTIFICATION_KEYS,
  POLICY_STORAGE_KEY,
  SESSION_KEYS,
} from '../../src/office/names';
import { parseCachedAttachments, parseVerdictSummary } from '../../src/office/session';
import { defaultPolicy } from '../../src/policy/default';
import { COUNCIL, b64, setup } from './harness';

type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
const realFetch = globalThis.fetch;

function serve(body: string | null, status = 200): jest.Mock {
  const mock = jest.fn<ReturnType<FetchLike>, Parameters<FetchLike>>(() =>
    body === null
      ? new Promise(() => undefined)
      : Promise.resolve({ ok: status === 200, status, text: () => Promise.resolve(body) }),
  );
  (globalThis as { fetch: unknown }).fetch = mock;
  return mock;
}

afterEach(() => {
  (globalThis as { fetch: unknown }).fetch = realFetch;
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { OfficeRuntime?: unknown }).OfficeRuntime;
});

const recipient = (emailAddress: string): Office.EmailAddressDetails => ({
  emailAddress,
  displayName: emailAddress,
  recipientType: 'externalUser' as Office.MailboxEnums.RecipientType,
  appointmentResponse: 'none' as Office.MailboxEnums.ResponseType,
});

describe('OnNewMessageCompose', () => {
  test('records the compose kind, starting recipients and original subject, and caches a valid policy.json', async () => {
    const policy = { ...defaultPolicy, version: 'council-2026.2' };
    const fetch = serve(JSON.stringify(policy));
    const fake = setup({
      item: {
        composeType: 'reply',
        inReplyTo: '<x@y>',
        to: [`Chair <chair@${COUNCIL}>`],
        subject: 'RE: [PROTECT] Budget',
        body: '',
      },
    });
    const completion = await fake.fire('OnNewMessageCompose');
    expect(completion?.options).toBeUndefined();
    expect(fake.completions).toHaveLength(1);
    expect(fetch).toHaveBeenCalledWith('https://localhost:3000/policy.json', expect.anything());
    expect(JSON.parse(fake.item.sessionData[SESSION_KEYS.compose] ?? '{}')).toEqual({
      kind: 'reply',
      reported: 'reply',
      to: [`Chair <chair@${COUNCIL}>`],
      cc: [],
      bcc: [],
      subject: 'RE: [PROTECT] Budget',
      sensitivityLabel: null,
    });
    expect(JSON.parse(fake.storage.get(POLICY_STORAGE_KEY) ?? '{}')).toMatchObject({
      version: 'council-2026.2',
    });
    expect(parseVerdictSummary(fake.item.sessionData[SESSION_KEYS.verdict])?.policyVersion).toBe(
      'council-2026.2',
    );
  });

  test('an invalid policy.json leaves the cache as it was', async () => {
    serve(JSON.stringify({ version: 'bad', labels: 3 }));
    const fake = setup({
      item: { to: [] },
      storage: { [POLICY_STORAGE_KEY]: JSON.stringify(defaultPolicy) },
    });
    await fake.fire('OnNewMessageCompose');
    expect(fake.storage.get(POLICY_STORAGE_KEY)).toBe(JSON.stringify(defaultPolicy));
  });

  test('a policy server that never answers still completes the event once, within the budget', async () => {
    jest.useFakeTimers();
    try {
      serve(null);
      const fake = setup({ item: { to: [] } });
      const pending = fake.fire('OnNewMessageCompose', 20000);
      await jest.advanceTimersByTimeAsync(10000);
      expect(fake.completions).toHaveLength(1);
      expect(fake.completions[0]?.at).toBeLessThan(4100);
      await pending;
      expect(fake.storage.has(POLICY_STORAGE_KEY)).toBe(false);
      expect(JSON.parse(fake.item.sessionData[SESSION_KEYS.compose] ?? '{}')).toMatchObject({
        kind: 'new',
      });
    } finally {
      jest.useRealTimers();
    }
  });

  test('a reply-all to external people shows the external hint as soon as the compose opens', async () => {
    serve('{}', 404);
    const fake = setup({
      item: {
        composeType: 'reply',
        to: ['a@example.org'],
        cc: ['b@example.org', `c@${COUNCIL}`],
        subject: 'RE: x',
      },
    });
    await fake.fire('OnNewMessageCompose');
    expect(fake.item.notifications.get(NOTIFICATION_KEYS.external)?.message).toBe(
      translate('en', 'office.hint.external', { count: 2, domains: 'example.org' }),
    );
  });
});

describe('OnMessageRecipientsChanged', () => {
  test('shows the external and lookalike hints (at most 150 characters, icon from the manifest) and clears them again', async () => {
    const fake = setup({ item: { to: [`colleague@${COUNCIL}`] } });
    await fake.fire('OnMessageRecipientsChanged');
    expect(fake.item.notifications.size).toBe(0);

    fake.item.to.push(recipient('finance@examplecounci1.gov.uk'));
    for (let i = 0; i < 30; i += 1)
      fake.item.cc.push(recipient(`person${i}@supplier${i}.example.com`));
    await fake.fire('OnMessageRecipientsChanged');
    const external = fake.item.notifications.get(NOTIFICATION_KEYS.external);
    const lookalike = fake.item.notifications.get(NOTIFICATION_KEYS.lookalike);
    expect(external?.message.length).toBeLessThanOrEqual(150);
    expect(external?.message.startsWith('Outside the council: 31 recipients')).toBe(true);
    expect(external?.icon).toBe(NOTIFICATION_ICON_RESID);
    expect(lookalike?.message).toBe(
      translate('en', 'office.hint.lookalike', {
        address: 'finance@examplecounci1.gov.uk',
        domain: 'examplecounci1.gov.uk',
        lookalikeOf: COUNCIL,
      }),
    );
    expect(parseVerdictSummary(fake.item.sessionData[SESSION_KEYS.verdict])?.rules).toContain(
      'lookalike-domain',
    );

    fake.item.to = [recipient(`colleague@${COUNCIL}`)];
    fake.item.cc = [];
    await fake.fire('OnMessageRecipientsChanged');
    expect(fake.item.notifications.size).toBe(0);
    expect(fake.problems).toEqual([]);
  });

  test('hints are in Welsh when Outlook is', async () => {
    const fake = setup({ displayLanguage: 'cy-GB', item: { to: ['someone@example.org'] } });
    await fake.fire('OnMessageRecipientsChanged');
    expect(fake.item.notifications.get(NOTIFICATION_KEYS.external)?.message).toBe(
      translate('cy', 'office.hint.external.one', { domains: 'example.org' }),
    );
  });

  test('a failing notification API still completes the event once', async () => {
    const fake = setup({
      item: { to: ['someone@example.org'] },
      faults: { 'notificationMessages.replaceAsync': { kind: 'throw' } },
    });
    await fake.fire('OnMessageRecipientsChanged');
    expect(fake.completions).toHaveLength(1);
  });
});

describe('OnMessageAttachmentsChanged', () => {
  const caseNote = b64(`Referral for the child. NHS number 943 476 5919.\n`);

  test('reads small text attachments ahead of Send, so Send finds what is in them without reading content', async () => {
    const fake = setup({
      item: {
        to: [`colleague@${COUNCIL}`],
        subject: 'Referral',
        body: 'See attached.',
        attachments: [
          { name: 'note.txt', content: caseNote },
          { name: 'big.csv', size: 5_000_000, content: b64('x') },
          { name: 'logo.png', isInline: true, content: b64('png') },
        ],
      },
    });
    await fake.fire('OnMessageAttachmentsChanged');
    const cache = parseCachedAttachments(fake.item.sessionData[SESSION_KEYS.attachments]);
    expect(Object.values(cache).map((a) => a.name)).toEqual(['note.txt']);
    expect(fake.calls.filter((c) => c.api === 'getAttachmentContentAsync')).toHaveLength(1);

    const before = fake.calls.length;
    const completion = await fake.fire('OnMessageSend');
    expect(fake.calls.slice(before).some((c) => c.api === 'getAttachmentContentAsync')).toBe(false);
    expect(parseVerdictSummary(completion?.options?.contextData)?.rules).toContain(
      'sensitive-needs-label',
    );
    expect(completion?.options?.errorMessage).toContain('NHS');
  });

  test('attachments not read ahead count as unscanned for recipients outside the council', async () => {
    const fake = setup({
      item: {
        to: ['team@nhs.net'],
        subject: 'Referral',
        body: 'See attached.',
        attachments: [{ name: 'note.txt', content: caseNote }],
      },
    });
    const completion = await fake.fire('OnMessageSend');
    expect(parseVerdictSummary(completion?.options?.contextData)?.rules).toEqual([
      'attachment-unscanned',
    ]);
  });

  test('a removed attachment leaves the cache', async () => {
    const fake = setup({
      item: {
        to: [`colleague@${COUNCIL}`],
        attachments: [{ id: 'att1', name: 'note.txt', content: caseNote }],
      },
    });
    await fake.fire('OnMessageAttachmentsChanged');
    fake.item.attachments = [];
    await fake.fire('OnMessageAttachmentsChanged');
    expect(parseCachedAttachments(fake.item.sessionData[SESSION_KEYS.attachments])).toEqual({});
  });
});
