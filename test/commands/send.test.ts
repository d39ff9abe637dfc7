// OnMessageSend driven through the fake host: each rule's dialog, reply-all and Confidential threads via sessionData, stamps.
import { evaluate } from '../../src/engine/evaluate';
import { translate } from '../../src/i18n/index';
import { MARKING_HEADER, formatMarkingHeader, parseMarkingHeader } from '../../src/marking/header';
import { readCompose } from '../../src/office/adapter';
import type { ItemInit } from '../../src/office/fake/index';
import { COMPOSE_TASKPANE_CONTROL_ID, OVERRIDE_HEADER, SESSION_KEYS } from '../../src/office/names';
import { parseVerdictSummary } from '../../src/office/session';
import { defaultPolicy } from '../../src/policy/default';
import type { RuleId } from '../../src/policy/schema';
import { COUNCIL, USER, b64, setup } from './harness';

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  delete (globalThis as { OfficeRuntime?: unknown }).OfficeRuntime;
});

const NHS = 'NHS number 943 476 5919';
const internal = (name: string): string => `${name}@${COUNCIL}`;

interface RuleCase {
  rule: RuleId;
  decision: 'warn' | 'block';
  item: ItemInit;
  /** Change the item after OnNewMessageCompose ran (what the user did before Send). */
  edit?: (item: ItemInit) => ItemInit;
}

const CASES: RuleCase[] = [
  {
    rule: 'sensitive-needs-label',
    decision: 'block',
    item: {
      to: [internal('colleague')],
      subject: 'Case 1234',
      body: `The patient's ${NHS} is on the referral.`,
    },
  },
  {
    rule: 'audience-not-cleared',
    decision: 'block',
    item: {
      to: ['Reporter <news.desk@bbc.co.uk>'],
      subject: '[PROTECT] Case notes',
      body: 'Notes attached below.',
    },
  },
  {
    rule: 'encryption-required',
    decision: 'block',
    item: {
      to: ['gp.practice@practice.nhs.uk'],
      subject: '[PROTECT] Case 1234',
      body: 'Please see the referral.',
    },
  },
  {
    rule: 'confidential-thread',
    decision: 'block',
    item: {
      composeType: 'forward',
      inReplyTo: '<m1@examplecouncil.gov.uk>',
      subject: 'FW: [CONFIDENTIAL] Board minutes',
      body: 'See below.',
    },
    edit: (item) => ({ ...item, to: [internal('new.person')] }),
  },
  {
    rule: 'label-downgrade',
    decision: 'block',
    item: {
      composeType: 'reply',
      inReplyTo: '<m2@examplecouncil.gov.uk>',
      to: [internal('manager')],
      subject: 'RE: [RESTRICTED] Investigation',
      body: 'Noted.',
    },
    edit: (item) => ({ ...item, subject: 'RE: [PROTECT] Investigation' }),
  },
  {
    rule: 'lookalike-domain',
    decision: 'block',
    item: {
      to: ['finance@examplecounci1.gov.uk'],
      subject: 'Invoice',
      body: 'Please find the invoice details.',
    },
  },
  {
    rule: 'reply-all',
    decision: 'warn',
    item: {
      composeType: 'reply',
      inReplyTo: '<m3@examplecouncil.gov.uk>',
      to: [internal('one')],
      cc: [internal('two'), internal('three'), internal('four')],
      subject: 'RE: Team meeting',
      body: 'Thanks all.',
    },
  },
  {
    rule: 'external-recipients',
    decision: 'warn',
    item: { to: ['supplier@example.org'], subject: 'Meeting on Tuesday', body: 'See you then.' },
  },
  {
    rule: 'bulk-visible-recipients',
    decision: 'warn',
    item: {
      to: [
        'a@othercouncil.gov.uk',
        'b@othercouncil.gov.uk',
        'c@othercouncil.gov.uk',
        'd@othercouncil.gov.uk',
        'e@othercouncil.gov.uk',
      ],
      subject: 'Regional forum',
      body: 'Agenda for the forum.',
    },
  },
  {
    rule: 'media-recipients',
    decision: 'warn',
    item: {
      to: ['news.desk@bbc.co.uk'],
      subject: 'Library opening hours',
      body: 'The library opens at nine.',
    },
  },
  {
    rule: 'credential-in-mail',
    decision: 'warn',
    item: {
      to: [internal('it.user')],
      subject: '[RESTRICTED] Account',
      body: 'Your new password is: Tr0ub4dor&3x-Zebra',
    },
  },
  {
    rule: 'internal-only-content',
    decision: 'warn',
    item: {
      to: ['team@nhs.net'],
      subject: 'INTERNAL ONLY: staff rota',
      body: 'The rota for next week.',
    },
  },
  {
    rule: 'attachment-unscanned',
    decision: 'warn',
    item: {
      to: ['team@nhs.net'],
      subject: 'Scan',
      body: 'Scan attached.',
      attachments: [{ name: 'scan.pdf', size: 2048, content: b64('%PDF-1.4') }],
    },
  },
];

describe('each rule ends in its Smart Alerts dialog', () => {
  test.each(CASES.map((c) => [c.rule, c] as const))('%s', async (_rule, c) => {
    const fake = setup({ item: c.item });
    if (c.edit !== undefined) {
      await fake.fire('OnNewMessageCompose');
      const edited = c.edit(c.item);
      fake.item.to = [];
      fake.item.subject = edited.subject ?? '';
      if (edited.to !== undefined) {
        for (const address of edited.to)
          fake.item.to.push({
            emailAddress: String(address),
            displayName: String(address),
            recipientType: 'user' as Office.MailboxEnums.RecipientType,
            appointmentResponse: 'none' as Office.MailboxEnums.ResponseType,
          });
      }
    }
    const completion = await fake.fire('OnMessageSend');
    expect(fake.completions.filter((x) => x.handler === 'onMessageSendHandler')).toHaveLength(1);
    expect(fake.problems).toEqual([]);
    const options = completion?.options;
    expect(options?.allowEvent).toBe(false);
    expect(options?.commandId).toBe(COMPOSE_TASKPANE_CONTROL_ID);
    expect(options?.cancelLabel).toBe('Fix');
    if (c.decision === 'warn') expect(options?.sendModeOverride).toBe('promptUser');
    else expect(options?.sendModeOverride).toBeUndefined();
    const summary = parseVerdictSummary(options?.contextData);
    expect(summary?.decision).toBe(c.decision);
    expect(summary?.rules).toContain(c.rule);

    const now = new Date();
    const reading = await readCompose(now);
    const verdict = evaluate(reading.snapshot, defaultPolicy, now, { locale: 'en' });
    const reason = verdict.reasons.find((r) => r.rule === c.rule);
    expect(reason).toBeDefined();
    expect(
      options?.errorMessage?.startsWith(translate('en', `office.send.${c.decision}.intro`)),
    ).toBe(true);
    expect(options?.errorMessage).toContain(reason?.message ?? '');
    expect(options?.errorMessage?.length).toBeLessThanOrEqual(500);
    expect(options?.errorMessageMarkdown?.length).toBeLessThanOrEqual(500);
  });
});

test('no detected value reaches the dialog, contextData, sessionData or headers', async () => {
  const fake = setup({
    item: {
      to: ['gp@practice.nhs.uk', `colleague@${COUNCIL}`],
      subject: 'Referral',
      body: 'NHS number 943 476 5919, NI number QQ 12 34 56 C, password: Zebra-Horse-99!',
    },
  });
  await fake.fire('OnMessageRecipientsChanged');
  const completion = await fake.fire('OnMessageSend');
  expect(completion?.options?.allowEvent).toBe(false);
  const out = JSON.stringify({
    options: completion?.options,
    session: fake.item.sessionData,
    headers: fake.item.headers,
    bars: [...fake.item.notifications.values()],
  });
  for (const value of [
    '943 476 5919',
    '9434765919',
    '5919',
    'QQ 12 34 56 C',
    'QQ123456C',
    'Zebra-Horse-99',
  ])
    expect(out).not.toContain(value);
});

describe('allow', () => {
  test('a clean internal message is sent with X-Protective-Marking stamped', async () => {
    const fake = setup({
      item: {
        to: [internal('colleague')],
        subject: '[PROTECT] Rota',
        body: 'The rota for next week.',
      },
    });
    const completion = await fake.fire('OnMessageSend');
    expect(completion?.options).toEqual({ allowEvent: true });
    expect(fake.item.sent).toBe(true);
    expect(fake.item.headers[MARKING_HEADER]).toBe(
      formatMarkingHeader({ ns: COUNCIL, sec: 'PROTECT', origin: USER }),
    );
    expect(parseMarkingHeader(fake.item.headers[MARKING_HEADER] ?? '')?.sec).toBe('PROTECT');
    expect(fake.item.headers[OVERRIDE_HEADER]).toBeUndefined();
    expect(fake.problems).toEqual([]);
  });

  test('an unmarked message is stamped with the baseline label, and a correct stamp is not rewritten', async () => {
    const fake = setup({
      item: { to: [internal('colleague')], subject: 'Lunch', body: 'Sandwiches at one.' },
    });
    await fake.fire('OnMessageSend');
    expect(parseMarkingHeader(fake.item.headers[MARKING_HEADER] ?? '')?.sec).toBe('UNMARKED');
    const writes = fake.calls.filter((c) => c.api === 'internetHeaders.setAsync').length;
    await fake.fire('OnMessageSend');
    expect(fake.calls.filter((c) => c.api === 'internetHeaders.setAsync').length).toBe(writes);
  });

  test('a justified override of a Confidential thread is sent with the rule stamped, never the justification', async () => {
    const justification = 'Chief executive asked for Pat to see this';
    const fake = setup({
      item: {
        composeType: 'forward',
        inReplyTo: '<m1@x>',
        subject: 'FW: [CONFIDENTIAL] Board minutes',
        body: 'See below.',
      },
    });
    await fake.fire('OnNewMessageCompose');
    fake.item.to = [
      {
        emailAddress: internal('pat'),
        displayName: 'Pat',
        recipientType: 'user' as Office.MailboxEnums.RecipientType,
        appointmentResponse: 'none' as Office.MailboxEnums.ResponseType,
      },
    ];
    const blocked = await fake.fire('OnMessageSend');
    expect(blocked?.options?.allowEvent).toBe(false);
    expect(parseVerdictSummary(blocked?.options?.contextData)?.overridable).toEqual([
      'confidential-thread',
    ]);
    fake.item.sessionData[SESSION_KEYS.justifications] = JSON.stringify({
      'confidential-thread': justification,
    });
    const sent = await fake.fire('OnMessageSend');
    expect(sent?.options?.allowEvent).toBe(true);
    expect(fake.item.headers[OVERRIDE_HEADER]).toContain('confidential-thread');
    expect(JSON.stringify(fake.item.headers)).not.toContain('Pat to see');
  });
});

describe('reply-all and compose kind from sessionData', () => {
  const person = (n: number): string => internal(`person${n}`);

  test('a reply that opened with several recipients is a reply-all', async () => {
    const fake = setup({
      item: {
        composeType: 'reply',
        inReplyTo: '<a@b>',
        to: [person(1)],
        cc: [person(2), person(3)],
        subject: 'RE: Plans',
        body: 'Agreed.',
      },
    });
    const started = await fake.fire('OnNewMessageCompose');
    expect(started).toBeDefined();
    const record = JSON.parse(fake.item.sessionData[SESSION_KEYS.compose] ?? '{}') as {
      kind: string;
      to: string[];
      cc: string[];
      subject: string;
    };
    expect(record.kind).toBe('replyAll');
    expect(record.subject).toBe('RE: Plans');
    expect(record.cc).toHaveLength(2);
    const completion = await fake.fire('OnMessageSend');
    expect(parseVerdictSummary(completion?.options?.contextData)?.rules).toEqual(['reply-all']);
    expect(completion?.options?.errorMessage).toContain('3');
  });

  test('a reply to the sender only is not a reply-all, even after adding people', async () => {
    const fake = setup({
      item: {
        composeType: 'reply',
        inReplyTo: '<a@b>',
        to: [person(1)],
        subject: 'RE: Plans',
        body: 'Agreed.',
      },
    });
    await fake.fire('OnNewMessageCompose');
    fake.item.cc = [2, 3, 4].map((n) => ({
      emailAddress: person(n),
      displayName: '',
      recipientType: 'user' as Office.MailboxEnums.RecipientType,
      appointmentResponse: 'none' as Office.MailboxEnums.ResponseType,
    }));
    const completion = await fake.fire('OnMessageSend');
    expect(completion?.options).toEqual({ allowEvent: true });
  });

  test('a client that reports newMail for a reply (#6652) is corrected by inReplyTo', async () => {
    const fake = setup({
      item: {
        composeType: 'newMail',
        inReplyTo: '<a@b>',
        to: [person(1), person(2)],
        cc: [person(3)],
        subject: 'RE: Plans',
        body: 'Ok.',
      },
    });
    await fake.fire('OnNewMessageCompose');
    expect(JSON.parse(fake.item.sessionData[SESSION_KEYS.compose] ?? '{}')).toMatchObject({
      kind: 'replyAll',
      reported: 'newMail',
    });
    const completion = await fake.fire('OnMessageSend');
    expect(parseVerdictSummary(completion?.options?.contextData)?.rules).toEqual(['reply-all']);
  });

  test('a Confidential thread answered among its participants is allowed', async () => {
    const fake = setup({
      item: {
        composeType: 'reply',
        inReplyTo: '<a@b>',
        to: [person(1)],
        subject: 'RE: [CONFIDENTIAL] Restructure',
        body: 'Thanks.',
      },
    });
    await fake.fire('OnNewMessageCompose');
    const completion = await fake.fire('OnMessageSend');
    expect(completion?.options?.allowEvent).toBe(true);
  });
});

describe('language and client versions', () => {
  test('Welsh display language gives the Welsh dialog and button', async () => {
    const fake = setup({
      displayLanguage: 'cy-GB',
      item: { to: ['finance@examplecounci1.gov.uk'], subject: 'Anfoneb', body: 'Manylion.' },
    });
    const completion = await fake.fire('OnMessageSend');
    expect(
      completion?.options?.errorMessage?.startsWith(translate('cy', 'office.send.block.intro')),
    ).toBe(true);
    expect(completion?.options?.cancelLabel).toBe('Trwsio');
  });

  test('Mailbox 1.14 (Mac, LTSC 2024) gets no Markdown; 1.15 gets both texts', async () => {
    const item: ItemInit = {
      to: ['finance@examplecounci1.gov.uk'],
      subject: 'Invoice',
      body: 'Details.',
    };
    const mac = setup({ mailboxVersion: '1.14', item });
    const onMac = await mac.fire('OnMessageSend');
    expect(onMac?.options?.errorMessageMarkdown).toBeUndefined();
    expect(onMac?.options?.commandId).toBe(COMPOSE_TASKPANE_CONTROL_ID);
    expect(mac.problems).toEqual([]);
    const web = setup({ mailboxVersion: '1.15', item });
    const onWeb = await web.fire('OnMessageSend');
    expect(onWeb?.options?.errorMessageMarkdown).toMatch(/^\*\*/);
    expect(onWeb?.options?.errorMessage).not.toContain('**');
  });

  test('Mailbox 1.12 clients get a plain block and no 1.14 options; a warn lets the mail go', async () => {
    const blocked = setup({
      mailboxVersion: '1.12',
      item: { to: ['finance@examplecounci1.gov.uk'], subject: 'Invoice', body: 'Details.' },
    });
    const b = await blocked.fire('OnMessageSend');
    expect(b?.options).toEqual({ allowEvent: false, errorMessage: expect.any(String) as string });
    expect(blocked.problems).toEqual([]);
    const warned = setup({
      mailboxVersion: '1.12',
      item: { to: ['supplier@example.org'], subject: 'Tuesday', body: 'See you.' },
    });
    const w = await warned.fire('OnMessageSend');
    expect(w?.options).toEqual({ allowEvent: true });
  });

  test('many reasons are cut to 500 characters with a count of the rest', async () => {
    const to = Array.from({ length: 30 }, (_, i) => `person${i}@bbc.co.uk`);
    const fake = setup({
      item: {
        to,
        subject: '[RESTRICTED] Disciplinary case',
        body: `${NHS}. Password: Zebra-Horse-99!`,
      },
    });
    const completion = await fake.fire('OnMessageSend');
    expect(completion?.options?.errorMessage?.length).toBeLessThanOrEqual(500);
    expect(fake.problems).toEqual([]);
  });
});
