// The simulator page: an Outlook-like compose form and reading pane on the fake host, running the real
// event handlers (the built commands bundle) and the real task pane (the built task pane bundle, in a frame).
import { useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { localeFor, translate, type Locale } from '../src/i18n';
import { textToBase64 } from '../src/office/base64';
import { installFakeOffice, type Completion, type FakeOffice } from '../src/office/fake';
import { COMPOSE_TASKPANE_CONTROL_ID, READ_TASKPANE_CONTROL_ID } from '../src/office/names';
import { EXAMPLES, example, type ExampleId } from './examples';

const COUNCIL_DOMAIN = 'examplecouncil.gov.uk';
const OFFICER = { emailAddress: 'a.officer@examplecouncil.gov.uk', displayName: 'Alex Officer' };

const query = new URLSearchParams(window.location.search);
const initialLocale: Locale = query.get('lang') === 'cy' ? 'cy' : localeFor(navigator.language);
/** `?latency=ms` (0 to 5000) makes every host call answer that late, as a slow Outlook would. */
const latencyParam = Number(query.get('latency') ?? '');
const latencyMs =
  Number.isInteger(latencyParam) && latencyParam >= 0 ? Math.min(latencyParam, 5000) : 2;

const fake: FakeOffice = installFakeOffice(window, {
  displayLanguage: initialLocale === 'cy' ? 'cy-GB' : 'en-GB',
  userProfile: OFFICER,
  organisationDomain: COUNCIL_DOMAIN,
  controlIds: [COMPOSE_TASKPANE_CONTROL_ID, READ_TASKPANE_CONTROL_ID],
  latencyMs,
  item: { mode: 'compose' },
});

/** For Playwright and curious users: the fake host's state (item, completions, problems). */
(window as unknown as { sendguardSimulator: { fake: FakeOffice } }).sendguardSimulator = { fake };

/** Loads the real event-handler bundle; it registers its handlers with `Office.actions.associate`. */
const commandsLoaded = new Promise<void>((resolve, reject) => {
  const script = document.createElement('script');
  script.src = document.body.dataset.commands ?? '../commands.js';
  script.onload = () => resolve();
  script.onerror = () => reject(new Error('commands bundle did not load'));
  document.head.appendChild(script);
});

type Field = 'to' | 'cc' | 'bcc';
type Outcome = { kind: 'sent'; header: string | undefined } | { kind: 'not-sent' } | null;
type ComposeChoice = 'new' | 'reply' | 'replyAll' | 'forward';

function format(r: Office.EmailAddressDetails): string {
  return r.displayName && r.displayName !== r.emailAddress
    ? `${r.displayName} <${r.emailAddress}>`
    : r.emailAddress;
}

function parseRecipients(text: string): string[] {
  return text
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

function header(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

function setRecipients(field: Field, list: string[]): Promise<void> {
  const item = fake.Office.context.mailbox.item as Office.MessageCompose;
  return new Promise((resolve) => item[field].setAsync(list, () => resolve()));
}

/** Inline Markdown of a dialog line: `**bold**` and backslash escapes, everything else as written. */
function inline(line: string): React.ReactNode[] {
  return line.split(/\*\*([^*]+)\*\*/).map((part, j) => {
    const text = part.replace(/\\([\\`*_{}[\]()#+\-.!|>])/g, '$1');
    return j % 2 === 1 ? <strong key={j}>{text}</strong> : text;
  });
}

/** Renders the handler's dialog text as Outlook would: paragraphs, `- ` bullet lists, bold, escapes. */
function DialogText(props: { text: string }): React.JSX.Element {
  const blocks: React.ReactNode[] = [];
  let bullets: string[] = [];
  const flush = (): void => {
    if (bullets.length === 0) return;
    const items = bullets;
    blocks.push(
      <ul key={`ul-${blocks.length}`}>
        {items.map((b, i) => (
          <li key={i}>{inline(b)}</li>
        ))}
      </ul>,
    );
    bullets = [];
  };
  for (const line of props.text.split('\n')) {
    if (/^\s*[-*] /.test(line)) {
      bullets.push(line.replace(/^\s*[-*] /, ''));
      continue;
    }
    flush();
    if (line.trim() !== '') blocks.push(<p key={`p-${blocks.length}`}>{inline(line)}</p>);
  }
  flush();
  return <>{blocks}</>;
}

/**
 * The Smart Alerts dialog as Outlook draws it from the handler's `completed` options: the text, "Send anyway"
 * when `sendModeOverride` is `promptUser`, and the cancel button ("Don't send", or `cancelLabel`), which opens
 * the task pane named by `commandId` when there is one. The close button does not send.
 */
function SmartAlertsDialog(props: {
  t: (id: string) => string;
  options: Office.SmartAlertsEventCompletedOptions;
  onSendAnyway(): void;
  onDontSend(): void;
  onFix(): void;
}): React.JSX.Element {
  const { t, options } = props;
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const text = options.errorMessageMarkdown ?? options.errorMessage ?? '';
  const opensPane = options.commandId !== undefined;
  return (
    <div className="backdrop">
      <div
        className="dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="dialog-title"
        aria-describedby="dialog-text"
        onKeyDown={(e) => {
          if (e.key === 'Escape') props.onDontSend();
          if (e.key !== 'Tab') return;
          const buttons = Array.from(e.currentTarget.querySelectorAll('button'));
          const edge = e.shiftKey ? buttons[0] : buttons[buttons.length - 1];
          if (edge !== undefined && document.activeElement === edge) {
            e.preventDefault();
            (e.shiftKey ? buttons[buttons.length - 1] : buttons[0])?.focus();
          }
        }}
      >
        <div className="dialog-title">
          <h2 id="dialog-title">Sendguard</h2>
          <button
            type="button"
            className="close"
            aria-label={t('ui.sim.dialog.close')}
            onClick={props.onDontSend}
          >
            ×
          </button>
        </div>
        <div id="dialog-text" data-testid="dialog-text">
          <DialogText text={text} />
        </div>
        <div className="buttons">
          {options.sendModeOverride === 'promptUser' && (
            <button ref={first} type="button" className="primary" onClick={props.onSendAnyway}>
              {t('ui.sim.dialog.sendAnyway')}
            </button>
          )}
          <button
            ref={options.sendModeOverride === 'promptUser' ? undefined : first}
            type="button"
            className={options.sendModeOverride === 'promptUser' ? undefined : 'primary'}
            onClick={opensPane ? props.onFix : props.onDontSend}
          >
            {options.cancelLabel ?? t('ui.sim.dialog.dontSend')}
          </button>
        </div>
      </div>
    </div>
  );
}

function RecipientInput(props: {
  id: string;
  label: string;
  field: Field;
  onCommitted(): void;
}): React.JSX.Element {
  const current = fake.item[props.field].map(format).join(', ');
  const [draft, setDraft] = useState<string | null>(null);
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="text"
        aria-describedby="recipients-help"
        value={draft ?? current}
        onFocus={() => setDraft(current)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          const text = draft;
          setDraft(null);
          if (text !== null && text !== current)
            void setRecipients(props.field, parseRecipients(text)).then(props.onCommitted);
        }}
      />
    </div>
  );
}

function Simulator(): React.JSX.Element {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const t = useCallback(
    (id: string, params: Record<string, string | number> = {}) => translate(locale, id, params),
    [locale],
  );
  const [, setTick] = useState(0);
  const rerender = useCallback(() => setTick((n) => n + 1), []);
  const [ready, setReady] = useState(false);
  const [loadFailed, setLoadFailed] = useState(false);
  const [exampleId, setExampleId] = useState<ExampleId | null>(null);
  const [dialog, setDialog] = useState<Office.SmartAlertsEventCompletedOptions | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [checking, setChecking] = useState(false);
  /** True while an example is being put in place (its compose event and added recipients). */
  const [loading, setLoading] = useState(false);
  const [pane, setPane] = useState<{ open: boolean; key: number }>({ open: false, key: 0 });
  const sendButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = t('ui.sim.title');
    fake.Office.context.displayLanguage = locale === 'cy' ? 'cy-GB' : 'en-GB';
  }, [locale, t]);

  const repliesSeen = useRef(0);
  useEffect(() => {
    const timer = setInterval(() => {
      if (fake.item.mode === 'read' && fake.item.replyFormsOpened > repliesSeen.current) {
        repliesSeen.current = 0;
        void replyToSender();
      }
      rerender();
      setOutcome((o) =>
        o === null && fake.item.sent
          ? { kind: 'sent', header: header(fake.item.headers, 'X-Protective-Marking') }
          : o,
      );
    }, 250);
    return () => clearInterval(timer);
  }, [rerender]);

  const fire = useCallback(
    async (
      type:
        | 'OnNewMessageCompose'
        | 'OnMessageRecipientsChanged'
        | 'OnMessageAttachmentsChanged'
        | 'OnMessageSend',
    ): Promise<Completion | undefined> => {
      await commandsLoaded;
      const completion = await fake.fire(type);
      rerender();
      return completion;
    },
    [rerender],
  );

  const load = useCallback(
    async (id: ExampleId): Promise<void> => {
      const chosen = example(id);
      const wasRead = fake.item.mode === 'read';
      setLoading(true);
      setExampleId(id);
      setDialog(null);
      setOutcome(null);
      fake.loadItem(chosen.item);
      try {
        if (chosen.item.mode === 'read') {
          setPane((p) => (wasRead && p.open ? p : { open: true, key: p.key + 1 }));
        } else {
          setPane((p) => ({ open: false, key: p.key + 1 }));
          await fire('OnNewMessageCompose');
          for (const field of ['to', 'cc'] as const) {
            const added = chosen.added?.[field];
            if (added !== undefined)
              await setRecipients(field, [...fake.item[field].map(format), ...added]);
          }
          if (chosen.added !== undefined) await fire('OnMessageRecipientsChanged');
        }
      } finally {
        setLoading(false);
        rerender();
      }
    },
    [fire, rerender],
  );

  useEffect(() => {
    commandsLoaded.then(
      () => {
        setReady(true);
        void load('case-note');
      },
      () => setLoadFailed(true),
    );
  }, [load]);

  /** What Outlook does for `displayReplyForm`: a reply addressed to the sender alone. */
  const replyToSender = async (): Promise<void> => {
    const original = fake.item;
    setExampleId(null);
    setDialog(null);
    setOutcome(null);
    fake.loadItem({
      mode: 'compose',
      composeType: 'reply',
      to: [format(original.from)],
      subject: /^re:/i.test(original.subject) ? original.subject : `RE: ${original.subject}`,
      body: '',
      inReplyTo: original.internetMessageId,
    });
    setPane((p) => ({ open: false, key: p.key + 1 }));
    await fire('OnNewMessageCompose');
  };

  const send = async (): Promise<void> => {
    setOutcome(null);
    setChecking(true);
    const completion = await fire('OnMessageSend');
    setChecking(false);
    const options = completion?.options;
    if (completion === undefined) setOutcome({ kind: 'not-sent' });
    else if (options?.allowEvent === false) setDialog(options);
    else setOutcome({ kind: 'sent', header: header(fake.item.headers, 'X-Protective-Marking') });
  };

  const closeDialog = (next: Outcome): void => {
    setDialog(null);
    setOutcome(next);
    sendButton.current?.focus();
  };

  const restartCompose = async (choice: ComposeChoice): Promise<void> => {
    const state = fake.item;
    fake.loadItem({
      mode: 'compose',
      composeType: choice === 'new' ? 'newMail' : choice === 'forward' ? 'forward' : 'reply',
      to: state.to.map(format),
      cc: state.cc.map(format),
      bcc: state.bcc.map(format),
      subject: state.subject,
      body: state.body,
      headers: state.headers,
      ...(choice === 'new' ? {} : { inReplyTo: '<simulated-original@examplecouncil.gov.uk>' }),
    });
    setOutcome(null);
    await fire('OnNewMessageCompose');
  };

  const item = fake.item;
  const attachmentsText = item.attachments
    .map((a) => `${a.name}: ${a.content !== undefined ? decode(a.content) : ''}`)
    .join('\n');
  const notifications = [...item.notifications.values()];
  const composeChoice: ComposeChoice =
    item.composeType === 'newMail'
      ? 'new'
      : item.composeType === 'forward'
        ? 'forward'
        : item.inReplyTo !== undefined && item.to.length + item.cc.length >= 3
          ? 'replyAll'
          : 'reply';

  return (
    <div className="layout">
      <header className="topbar">
        <h1>{t('ui.sim.title')}</h1>
        <label className="lang">
          {t('ui.language.label')}{' '}
          <select
            value={locale}
            onChange={(e) => setLocale(e.target.value === 'cy' ? 'cy' : 'en')}
            data-testid="sim-language"
          >
            <option value="en" lang="en">
              English
            </option>
            <option value="cy" lang="cy">
              Cymraeg
            </option>
          </select>
        </label>
      </header>
      <p className="intro">{t('ui.sim.intro')}</p>
      {loadFailed && (
        <p role="alert" className="intro">
          {t('ui.sim.loadFailed')}
        </p>
      )}
      <nav aria-labelledby="examples-heading" aria-busy={loading} className="examples">
        <h2 id="examples-heading">{t('ui.sim.examples')}</h2>
        <ul>
          {EXAMPLES.map((e) => (
            <li key={e.id}>
              <button
                aria-pressed={exampleId === e.id}
                disabled={!ready || loading}
                onClick={() => void load(e.id)}
                data-example={e.id}
              >
                {t(`ui.sim.example.${e.id}`)}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <div className="workspace">
        <main className="mail" aria-labelledby="mail-heading">
          {item.mode === 'compose' ? (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                void send();
              }}
            >
              <h2 id="mail-heading">{t('ui.sim.compose.heading')}</h2>
              <div className="toolbar">
                <button
                  ref={sendButton}
                  type="submit"
                  className="primary"
                  disabled={!ready || loading || checking || item.sent}
                >
                  {t('ui.sim.send')}
                </button>
                <button
                  type="button"
                  onClick={() => setPane((p) => ({ open: true, key: p.open ? p.key : p.key + 1 }))}
                >
                  {t('ui.sim.openPane')}
                </button>
              </div>
              {notifications.length > 0 && (
                <ul
                  className="notifications"
                  aria-label={t('ui.sim.notifications')}
                  data-testid="notifications"
                >
                  {notifications.map((n, i) => (
                    <li key={i}>{n.message}</li>
                  ))}
                </ul>
              )}
              <div role="status" className="outcome" data-testid="outcome">
                {checking && t('ui.sim.checking')}
                {outcome?.kind === 'sent' && (
                  <>
                    <strong>{t('ui.sim.sent')}</strong>
                    {outcome.header !== undefined && (
                      <span>
                        {' '}
                        {t('ui.sim.sentHeader', {
                          header: `X-Protective-Marking: ${outcome.header}`,
                        })}
                      </span>
                    )}
                  </>
                )}
                {outcome?.kind === 'not-sent' && t('ui.sim.notSent')}
              </div>
              <div className="field">
                <label htmlFor="f-type">{t('ui.sim.field.composeType')}</label>
                <select
                  id="f-type"
                  value={composeChoice}
                  onChange={(e) => void restartCompose(e.target.value as ComposeChoice)}
                >
                  {(['new', 'reply', 'replyAll', 'forward'] as const).map((c) => (
                    <option key={c} value={c}>
                      {t(`ui.sim.composeType.${c}`)}
                    </option>
                  ))}
                </select>
              </div>
              <div className="field">
                <label htmlFor="f-from">{t('ui.sim.field.from')}</label>
                <input
                  id="f-from"
                  type="text"
                  readOnly
                  value={`${OFFICER.displayName} <${OFFICER.emailAddress}>`}
                />
              </div>
              <p id="recipients-help" className="help">
                {t('ui.sim.field.recipientsHelp')}
              </p>
              {(['to', 'cc', 'bcc'] as const).map((field) => (
                <RecipientInput
                  key={`${field}-${pane.key}-${exampleId ?? ''}`}
                  id={`f-${field}`}
                  label={t(`ui.sim.field.${field}`)}
                  field={field}
                  onCommitted={() => void fire('OnMessageRecipientsChanged')}
                />
              ))}
              <div className="field">
                <label htmlFor="f-subject">{t('ui.sim.field.subject')}</label>
                <input
                  id="f-subject"
                  type="text"
                  value={item.subject}
                  onChange={(e) => {
                    item.subject = e.target.value;
                    rerender();
                  }}
                />
              </div>
              <div className="field">
                <label htmlFor="f-body">{t('ui.sim.field.body')}</label>
                <textarea
                  id="f-body"
                  rows={8}
                  value={item.body}
                  onChange={(e) => {
                    item.body = e.target.value;
                    rerender();
                  }}
                />
              </div>
              <div className="field">
                <label htmlFor="f-attachments">{t('ui.sim.field.attachments')}</label>
                <textarea
                  id="f-attachments"
                  rows={2}
                  aria-describedby="attachments-help"
                  defaultValue={attachmentsText}
                  key={`att-${exampleId ?? ''}`}
                  onBlur={(e) => {
                    item.attachments = parseAttachments(e.target.value);
                    void fire('OnMessageAttachmentsChanged');
                  }}
                />
                <p id="attachments-help" className="help">
                  {t('ui.sim.field.attachmentsHelp')}
                </p>
              </div>
            </form>
          ) : (
            <article aria-labelledby="mail-heading" data-testid="reading-pane">
              <h2 id="mail-heading">{t('ui.sim.read.heading')}</h2>
              <div className="toolbar">
                <button
                  type="button"
                  onClick={() => setPane((p) => ({ open: true, key: p.open ? p.key : p.key + 1 }))}
                >
                  {t('ui.sim.openPane')}
                </button>
              </div>
              <h3 className="subject">{item.subject}</h3>
              <dl className="headers">
                <dt>{t('ui.sim.field.from')}</dt>
                <dd>{format(item.from)}</dd>
                <dt>{t('ui.sim.field.to')}</dt>
                <dd>{item.to.map(format).join(', ')}</dd>
                {item.cc.length > 0 && (
                  <>
                    <dt>{t('ui.sim.field.cc')}</dt>
                    <dd>{item.cc.map(format).join(', ')}</dd>
                  </>
                )}
              </dl>
              <div className="body">{item.body}</div>
            </article>
          )}
          <p className="help">{t('ui.sim.sideload')}</p>
        </main>
        {pane.open && (
          <aside className="pane" aria-label={t('ui.sim.taskpane')}>
            <div className="pane-bar">
              <span>Sendguard</span>
              <button
                type="button"
                onClick={() => setPane((p) => ({ ...p, open: false }))}
                aria-label={t('ui.sim.closePane')}
              >
                ×
              </button>
            </div>
            <iframe
              key={pane.key}
              title={t('ui.sim.taskpane')}
              src="taskpane.html"
              data-testid="taskpane-frame"
            />
          </aside>
        )}
      </div>
      {dialog !== null && (
        <SmartAlertsDialog
          t={t}
          options={dialog}
          onSendAnyway={() => {
            fake.item.sent = true;
            closeDialog({
              kind: 'sent',
              header: header(fake.item.headers, 'X-Protective-Marking'),
            });
          }}
          onDontSend={() => closeDialog({ kind: 'not-sent' })}
          onFix={() => {
            closeDialog(null);
            setPane((p) => ({ open: true, key: p.key + 1 }));
          }}
        />
      )}
    </div>
  );
}

function decode(base64: string): string {
  try {
    return new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
  } catch {
    return '';
  }
}

function parseAttachments(text: string): FakeOffice['item']['attachments'] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line, index) => {
      const colon = line.indexOf(':');
      const name = (colon > 0 ? line.slice(0, colon) : line).trim();
      const content = colon > 0 ? line.slice(colon + 1).trim() : '';
      const base64 = textToBase64(content);
      return {
        id: `AAMkSimulated${index + 1}`,
        name,
        size: new TextEncoder().encode(content).length,
        attachmentType: 'file' as const,
        isInline: false,
        content: base64,
      };
    });
}

const root = document.getElementById('root');
if (root !== null) {
  createRoot(root).render(<Simulator />);
}
