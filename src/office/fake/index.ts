// A typed fake of the Office.js subset Sendguard uses, for jest, the simulator page and Playwright.
import type {
  ComposeItem,
  HostMailboxEnums,
  LaunchEvent,
  OfficeHost,
  OfficeRuntimeHost,
  ReadItem,
  RuntimeStorage,
} from '../host';
import { parseMailbox } from '../../message/address';
import { COMPOSE_TASKPANE_CONTROL_ID, LAUNCH_HANDLERS, type LaunchEventType } from '../names';

/** Every fake API that can be slowed down or made to fail. */
export const FAKE_APIS = [
  'to.getAsync',
  'to.setAsync',
  'to.addAsync',
  'cc.getAsync',
  'cc.setAsync',
  'cc.addAsync',
  'bcc.getAsync',
  'bcc.setAsync',
  'bcc.addAsync',
  'subject.getAsync',
  'subject.setAsync',
  'body.getAsync',
  'internetHeaders.getAsync',
  'internetHeaders.setAsync',
  'internetHeaders.removeAsync',
  'getAllInternetHeadersAsync',
  'getAttachmentsAsync',
  'getAttachmentContentAsync',
  'getComposeTypeAsync',
  'getInitializationContextAsync',
  'loadCustomPropertiesAsync',
  'customProperties.saveAsync',
  'sendAsync',
  'sessionData.getAllAsync',
  'sessionData.getAsync',
  'sessionData.setAsync',
  'sessionData.removeAsync',
  'sessionData.clearAsync',
  'notificationMessages.addAsync',
  'notificationMessages.replaceAsync',
  'notificationMessages.removeAsync',
  'notificationMessages.getAllAsync',
  'sensitivityLabel.getAsync',
  'sensitivityLabel.setAsync',
  'sensitivityLabelsCatalog.getAsync',
  'sensitivityLabelsCatalog.getIsEnabledAsync',
  'mailbox.addHandlerAsync',
  'storage.getItem',
  'storage.setItem',
  'storage.removeItem',
] as const;
export type FakeApi = (typeof FAKE_APIS)[number];

/** How an API misbehaves: a failed AsyncResult, a synchronous throw, or a callback that never comes. */
export type Fault =
  | { kind: 'error'; code?: number; name?: string; message?: string; times?: number }
  | { kind: 'throw'; message?: string; times?: number }
  | { kind: 'hang'; times?: number };

export type RecipientInit =
  string | { emailAddress: string; displayName?: string; recipientType?: string };

export interface AttachmentInit {
  id?: string;
  name: string;
  size?: number;
  attachmentType?: 'file' | 'item' | 'cloud';
  isInline?: boolean;
  /** File bytes as base64 (`file`), the message as EML text (`item`), or a URL (`cloud`). */
  content?: string;
}

export interface ItemInit {
  mode?: 'compose' | 'read';
  /** What `getComposeTypeAsync` reports (Outlook has no reply-all type). */
  composeType?: 'newMail' | 'reply' | 'forward';
  /** Read mode: the sender. Compose mode uses the user profile. */
  from?: RecipientInit;
  to?: RecipientInit[];
  cc?: RecipientInit[];
  bcc?: RecipientInit[];
  subject?: string;
  body?: string;
  bodyType?: 'text' | 'html';
  /** Compose: custom internet headers already set on the item. Read: the received headers. */
  headers?: Record<string, string>;
  /** Read mode: the raw header block `getAllInternetHeadersAsync` returns (built from `headers` when absent). */
  rawHeaders?: string;
  attachments?: AttachmentInit[];
  inReplyTo?: string;
  internetMessageId?: string;
  /** Purview label GUID (empty when none). */
  sensitivityLabel?: string;
  sessionData?: Record<string, string>;
  customProperties?: Record<string, unknown>;
  /** What `getInitializationContextAsync` returns before any Smart Alerts dialog set it. */
  initializationContext?: string;
}

export interface FakeOfficeOptions {
  item?: ItemInit;
  /** Highest Mailbox requirement set, default `1.15`. */
  mailboxVersion?: string;
  displayLanguage?: string;
  userProfile?: { emailAddress: string; displayName?: string };
  /** Recipients in this domain (and its subdomains) get `recipientType: user`, others `externalUser`. */
  organisationDomain?: string;
  /** Milliseconds before each callback, fixed or per API. */
  latencyMs?: number | ((api: FakeApi) => number);
  faults?: Partial<Record<FakeApi, Fault>>;
  storage?: Record<string, string>;
  sensitivityLabelsCatalog?: { id: string; name: string }[];
  /** Control ids in the manifest; `completed` with another `commandId` is recorded as a problem. */
  controlIds?: string[];
  /** `OfficeRuntime` is not installed when false (old runtimes). */
  withRuntimeStorage?: boolean;
}

export interface Completion {
  handler: string;
  options: Office.SmartAlertsEventCompletedOptions | undefined;
  at: number;
}

export interface FakeItemState {
  mode: 'compose' | 'read';
  composeType: 'newMail' | 'reply' | 'forward';
  from: Office.EmailAddressDetails;
  to: Office.EmailAddressDetails[];
  cc: Office.EmailAddressDetails[];
  bcc: Office.EmailAddressDetails[];
  subject: string;
  body: string;
  bodyType: 'text' | 'html';
  headers: Record<string, string>;
  rawHeaders: string | undefined;
  attachments: FakeAttachment[];
  inReplyTo: string | undefined;
  internetMessageId: string;
  sensitivityLabel: string;
  sessionData: Record<string, string>;
  notifications: Map<string, Office.NotificationMessageDetails>;
  customProperties: Record<string, unknown>;
  initializationContext: string;
  sent: boolean;
  /** Replies to the sender opened with `displayReplyForm` (read mode). */
  replyFormsOpened: number;
}

export interface FakeAttachment {
  id: string;
  name: string;
  size: number;
  attachmentType: 'file' | 'item' | 'cloud';
  isInline: boolean;
  content?: string;
}

export interface FakeOffice {
  readonly Office: OfficeHost;
  readonly OfficeRuntime: OfficeRuntimeHost | undefined;
  /** The item's live state: read it back to verify what the add-in changed. */
  readonly item: FakeItemState;
  readonly storage: Map<string, string>;
  /** Every API call in order, with the fake clock time it was made. */
  readonly calls: { api: FakeApi; at: number }[];
  readonly completions: Completion[];
  /** Contract breaches seen (second `completed`, over-long texts, unknown `commandId`, ...). */
  readonly problems: string[];
  /** Handlers registered through `Office.actions.associate`. */
  readonly actions: Map<string, (event: LaunchEvent) => void>;
  setFault(api: FakeApi, fault: Fault | undefined): void;
  setLatency(latency: number | ((api: FakeApi) => number)): void;
  /** Replaces the selected item (read mode follows the selection) and tells `ItemChanged` handlers. */
  loadItem(init: ItemInit): void;
  /**
   * Runs the handler associated with a launch event and resolves with its first `completed` call,
   * or with `undefined` when none arrives within `waitMs`.
   */
  fire(eventType: LaunchEventType, waitMs?: number): Promise<Completion | undefined>;
  /** Removes `Office` and `OfficeRuntime` from the target again. */
  uninstall(): void;
}

const MAILBOX_ENUMS = {
  SendModeOverride: { PromptUser: 'promptUser' },
  RecipientType: {
    DistributionList: 'distributionList',
    User: 'user',
    ExternalUser: 'externalUser',
    Other: 'other',
  },
  ItemNotificationMessageType: {
    ProgressIndicator: 'progressIndicator',
    InformationalMessage: 'informationalMessage',
    ErrorMessage: 'errorMessage',
    InsightMessage: 'insightMessage',
  },
  AttachmentContentFormat: { Base64: 'base64', Url: 'url', Eml: 'eml', ICalendar: 'iCalendar' },
  AttachmentType: { File: 'file', Item: 'item', Cloud: 'cloud' },
  ComposeType: { Reply: 'reply', NewMail: 'newMail', Forward: 'forward' },
  ItemType: { Message: 'message', Appointment: 'appointment' },
} as unknown as HostMailboxEnums;

class FakeApiError extends Error {
  constructor(
    readonly code: number,
    readonly officeName: string,
    message: string,
  ) {
    super(message);
  }
}

const SESSION_DATA_LIMIT = 50000;
const NOTIFICATION_LIMIT = 5;
const NOTIFICATION_TEXT_LIMIT = 150;
const NOTIFICATION_KEY_LIMIT = 32;
const SUBJECT_LIMIT = 255;

function versionAtLeast(have: string, want: string): boolean {
  const a = have.split('.').map(Number);
  const b = want.split('.').map(Number);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x > y;
  }
  return true;
}

function domainOf(address: string): string {
  return parseMailbox(address).domain;
}

function toDetails(
  input: RecipientInit | Office.EmailUser | Office.EmailAddressDetails,
  orgDomain: string | undefined,
): Office.EmailAddressDetails {
  let emailAddress: string;
  let displayName: string | undefined;
  let recipientType: string | undefined;
  if (typeof input === 'string') {
    const parsed = parseMailbox(input);
    emailAddress = parsed.address;
    displayName = parsed.displayName;
  } else {
    emailAddress = input.emailAddress;
    displayName = input.displayName;
    recipientType = 'recipientType' in input ? String(input.recipientType) : undefined;
  }
  if (recipientType === undefined) {
    const domain = domainOf(emailAddress);
    const internal =
      orgDomain !== undefined && (domain === orgDomain || domain.endsWith(`.${orgDomain}`));
    recipientType = internal ? 'user' : 'externalUser';
  }
  return {
    emailAddress,
    displayName: displayName ?? emailAddress,
    recipientType: recipientType as Office.MailboxEnums.RecipientType,
    appointmentResponse: 'none' as Office.MailboxEnums.ResponseType,
  };
}

function htmlToPlain(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[^<]*<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/div>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

function textToHtml(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return `<div>${escaped.replace(/\n/g, '<br>')}</div>`;
}

function rawHeaderBlock(headers: Record<string, string>): string {
  return Object.keys(headers)
    .map((name) => `${name}: ${headers[name] ?? ''}\r\n`)
    .join('');
}

function newState(
  init: ItemInit,
  options: FakeOfficeOptions,
  user: { emailAddress: string; displayName: string },
): FakeItemState {
  const org = options.organisationDomain;
  const details = (list: RecipientInit[] | undefined): Office.EmailAddressDetails[] =>
    (list ?? []).map((r) => toDetails(r, org));
  return {
    mode: init.mode ?? 'compose',
    composeType: init.composeType ?? 'newMail',
    from: toDetails(
      init.from ?? { emailAddress: user.emailAddress, displayName: user.displayName },
      org,
    ),
    to: details(init.to),
    cc: details(init.cc),
    bcc: details(init.bcc),
    subject: init.subject ?? '',
    body: init.body ?? '',
    bodyType: init.bodyType ?? 'text',
    headers: { ...(init.headers ?? {}) },
    rawHeaders: init.rawHeaders,
    attachments: (init.attachments ?? []).map((a, index) => ({
      id: a.id ?? `AAMkAttachment${index + 1}`,
      name: a.name,
      size: a.size ?? (a.content !== undefined ? base64Bytes(a.content) : 0),
      attachmentType: a.attachmentType ?? 'file',
      isInline: a.isInline ?? false,
      ...(a.content !== undefined ? { content: a.content } : {}),
    })),
    inReplyTo: init.inReplyTo,
    internetMessageId: init.internetMessageId ?? '<fake-message@example.invalid>',
    sensitivityLabel: init.sensitivityLabel ?? '',
    sessionData: { ...(init.sessionData ?? {}) },
    notifications: new Map(),
    customProperties: { ...(init.customProperties ?? {}) },
    initializationContext: init.initializationContext ?? '',
    sent: false,
    replyFormsOpened: 0,
  };
}

/** Decoded length of base64 text (the size Outlook reports for a file attachment). */
function base64Bytes(base64: string): number {
  const clean = base64.replace(/[^\d+/=a-z]/gi, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.floor((clean.length * 3) / 4) - padding;
}

function lookup(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

/**
 * Installs a fake `Office` (and `OfficeRuntime`) on `target` (`globalThis` or `window`) and returns
 * its controller. Enums are hand-written with the values @types/office-js declares: the real
 * office.js comes from Microsoft's CDN and is not available offline.
 */
export function installFakeOffice(target: object, options: FakeOfficeOptions = {}): FakeOffice {
  const host = target as { Office?: unknown; OfficeRuntime?: unknown };
  const user = {
    emailAddress: options.userProfile?.emailAddress ?? 'a.officer@examplecouncil.gov.uk',
    displayName: options.userProfile?.displayName ?? 'A Officer',
  };
  const mailboxVersion = options.mailboxVersion ?? '1.15';
  const controlIds = options.controlIds ?? [COMPOSE_TASKPANE_CONTROL_ID];
  const faults = new Map<FakeApi, Fault>(
    Object.entries(options.faults ?? {}) as [FakeApi, Fault][],
  );
  let latency: number | ((api: FakeApi) => number) = options.latencyMs ?? 0;
  const started = Date.now();
  const calls: { api: FakeApi; at: number }[] = [];
  const completions: Completion[] = [];
  const problems: string[] = [];
  const actions = new Map<string, (event: LaunchEvent) => void>();
  const storage = new Map<string, string>(Object.entries(options.storage ?? {}));
  const itemChangedHandlers: ((args: unknown) => void)[] = [];
  let state = newState(options.item ?? {}, options, user);

  const takeFault = (api: FakeApi): Fault | undefined => {
    const fault = faults.get(api);
    if (fault === undefined) return undefined;
    if (fault.times !== undefined) {
      if (fault.times <= 1) faults.delete(api);
      else faults.set(api, { ...fault, times: fault.times - 1 });
    }
    return fault;
  };
  const delay = (api: FakeApi): number => (typeof latency === 'function' ? latency(api) : latency);

  /** Runs one callback API: records it, applies faults and latency, and calls back with an AsyncResult. */
  const call = <T>(api: FakeApi, args: readonly unknown[], work: () => T): void => {
    calls.push({ api, at: Date.now() - started });
    const last = args[args.length - 1];
    const callback =
      typeof last === 'function' ? (last as (result: Office.AsyncResult<T>) => void) : undefined;
    const optionsArg = args.find(
      (a) => typeof a === 'object' && a !== null && 'asyncContext' in a,
    ) as Office.AsyncContextOptions | undefined;
    const fault = takeFault(api);
    if (fault?.kind === 'throw') throw new Error(fault.message ?? `${api} is not available`);
    if (fault?.kind === 'hang') return;
    setTimeout(() => {
      let result: Office.AsyncResult<T>;
      const failed = (code: number, name: string, message: string): Office.AsyncResult<T> =>
        ({
          status: 'failed' as unknown as Office.AsyncResultStatus,
          value: undefined as T,
          error: { code, name, message },
          asyncContext: optionsArg?.asyncContext,
          diagnostics: undefined,
        }) as Office.AsyncResult<T>;
      if (fault?.kind === 'error') {
        result = failed(
          fault.code ?? 9020,
          fault.name ?? 'GenericResponseError',
          fault.message ?? 'An internal error has occurred.',
        );
      } else {
        try {
          const value = work();
          result = {
            status: 'succeeded' as unknown as Office.AsyncResultStatus,
            value,
            asyncContext: optionsArg?.asyncContext,
            diagnostics: undefined,
          } as Office.AsyncResult<T>;
        } catch (error) {
          if (!(error instanceof FakeApiError)) throw error;
          result = failed(error.code, error.officeName, error.message);
        }
      }
      if (callback !== undefined) callback(result);
    }, delay(api));
  };

  const composeOnly = (): void => {
    if (state.mode !== 'compose')
      throw new FakeApiError(9040, 'InvalidItemMode', 'Not available in read mode.');
  };

  const recipients = (field: 'to' | 'cc' | 'bcc'): Office.Recipients => ({
    getAsync: (...args: unknown[]) =>
      call(`${field}.getAsync`, args, () => state[field].map((r) => ({ ...r }))),
    setAsync: (...args: unknown[]) => {
      const list = args[0] as (string | Office.EmailUser | Office.EmailAddressDetails)[];
      call(`${field}.setAsync`, args, () => {
        composeOnly();
        state[field] = list.map((r) => toDetails(r, options.organisationDomain));
      });
    },
    addAsync: (...args: unknown[]) => {
      const list = args[0] as (string | Office.EmailUser | Office.EmailAddressDetails)[];
      call(`${field}.addAsync`, args, () => {
        composeOnly();
        state[field] = [
          ...state[field],
          ...list.map((r) => toDetails(r, options.organisationDomain)),
        ];
      });
    },
  });

  const sessionSize = (data: Record<string, string>): number =>
    Object.keys(data).reduce((sum, key) => sum + key.length + (data[key] ?? '').length, 0);

  const notificationMessages: Office.NotificationMessages = {
    addAsync: (...args: unknown[]) => {
      const [key, details] = args as [string, Office.NotificationMessageDetails];
      call('notificationMessages.addAsync', args, () => {
        if (state.notifications.has(key))
          throw new FakeApiError(
            9013,
            'DuplicateNotificationKey',
            'The notification key already exists.',
          );
        checkNotification(key, details, state.notifications.size + 1);
        state.notifications.set(key, { ...details });
      });
    },
    replaceAsync: (...args: unknown[]) => {
      const [key, details] = args as [string, Office.NotificationMessageDetails];
      call('notificationMessages.replaceAsync', args, () => {
        checkNotification(
          key,
          details,
          state.notifications.size + (state.notifications.has(key) ? 0 : 1),
        );
        state.notifications.set(key, { ...details });
      });
    },
    removeAsync: (...args: unknown[]) => {
      const key = args[0] as string;
      call('notificationMessages.removeAsync', args, () => {
        if (!state.notifications.delete(key))
          throw new FakeApiError(9014, 'KeyNotFound', 'The notification key was not found.');
      });
    },
    getAllAsync: (...args: unknown[]) =>
      call('notificationMessages.getAllAsync', args, () =>
        Array.from(state.notifications.entries()).map(([key, details]) => ({ ...details, key })),
      ),
  };

  const checkNotification = (
    key: string,
    details: Office.NotificationMessageDetails,
    count: number,
  ): void => {
    if (key.length > NOTIFICATION_KEY_LIMIT)
      throw new FakeApiError(9011, 'KeyTooLong', 'The key is longer than 32 characters.');
    if (details.message.length > NOTIFICATION_TEXT_LIMIT)
      throw new FakeApiError(9012, 'MessageTooLong', 'The message is longer than 150 characters.');
    if (count > NOTIFICATION_LIMIT)
      throw new FakeApiError(
        9015,
        'NumberOfNotificationMessagesExceeded',
        'An item can have at most 5 notifications.',
      );
    const type = String(details.type);
    if ((type === 'informationalMessage' || type === 'insightMessage') && !details.icon) {
      throw new FakeApiError(
        9016,
        'IconRequired',
        'An icon is required for this notification type.',
      );
    }
    if (type === 'informationalMessage' && details.persistent === undefined) {
      throw new FakeApiError(
        9016,
        'PersistentRequired',
        'persistent is required for informational notifications.',
      );
    }
  };

  const attachmentContent = (id: string): Office.AttachmentContent => {
    const attachment = state.attachments.find((a) => a.id === id);
    if (attachment === undefined)
      throw new FakeApiError(9017, 'InvalidAttachmentId', 'The attachment id is not valid.');
    if (attachment.content === undefined)
      throw new FakeApiError(
        9018,
        'AttachmentDownloadFailed',
        'The attachment could not be retrieved.',
      );
    const format =
      attachment.attachmentType === 'cloud'
        ? 'url'
        : attachment.attachmentType === 'item'
          ? 'eml'
          : 'base64';
    return {
      content: attachment.content,
      format: format as Office.MailboxEnums.AttachmentContentFormat,
    };
  };

  const composeItem: ComposeItem = {
    itemType: 'message' as Office.MailboxEnums.ItemType,
    get to() {
      return recipients('to');
    },
    get cc() {
      return recipients('cc');
    },
    get bcc() {
      return recipients('bcc');
    },
    subject: {
      getAsync: (...args: unknown[]) => call('subject.getAsync', args, () => state.subject),
      setAsync: (...args: unknown[]) => {
        const subject = args[0] as string;
        call('subject.setAsync', args, () => {
          if (subject.length > SUBJECT_LIMIT)
            throw new FakeApiError(
              9029,
              'DataExceedsMaximumSize',
              'The subject is longer than 255 characters.',
            );
          state.subject = subject;
        });
      },
    },
    body: {
      getAsync: (...args: unknown[]) => {
        const coercion = String(args[0]);
        call('body.getAsync', args, () => {
          if (coercion === state.bodyType) return state.body;
          return coercion === 'text' ? htmlToPlain(state.body) : textToHtml(state.body);
        });
      },
    } as unknown as Office.Body,
    internetHeaders: {
      getAsync: (...args: unknown[]) => {
        const names = args[0] as string[];
        call('internetHeaders.getAsync', args, () => {
          const out: Record<string, string> = {};
          for (const name of names) {
            const value = lookup(state.headers, name);
            if (value !== undefined) out[name] = value;
          }
          return out;
        });
      },
      setAsync: (...args: unknown[]) => {
        const headers = args[0] as Record<string, string>;
        call('internetHeaders.setAsync', args, () => {
          composeOnly();
          for (const name of Object.keys(headers)) {
            const existing = Object.keys(state.headers).find(
              (k) => k.toLowerCase() === name.toLowerCase(),
            );
            if (existing !== undefined) delete state.headers[existing];
            state.headers[name] = headers[name] ?? '';
          }
        });
      },
      removeAsync: (...args: unknown[]) => {
        const names = args[0] as string[];
        call('internetHeaders.removeAsync', args, () => {
          for (const name of names) {
            const existing = Object.keys(state.headers).find(
              (k) => k.toLowerCase() === name.toLowerCase(),
            );
            if (existing !== undefined) delete state.headers[existing];
          }
        });
      },
    },
    sessionData: {
      getAllAsync: (...args: unknown[]) =>
        call('sessionData.getAllAsync', args, () => ({ ...state.sessionData })),
      getAsync: (...args: unknown[]) => {
        const name = args[0] as string;
        call('sessionData.getAsync', args, () => state.sessionData[name] ?? '');
      },
      setAsync: (...args: unknown[]) => {
        const [name, value] = args as [string, string];
        call('sessionData.setAsync', args, () => {
          const next = { ...state.sessionData, [name]: value };
          if (sessionSize(next) > SESSION_DATA_LIMIT) {
            throw new FakeApiError(
              9057,
              'SessionObjectMaxLengthExceeded',
              'Session data is limited to 50,000 characters.',
            );
          }
          state.sessionData = next;
        });
      },
      removeAsync: (...args: unknown[]) => {
        const name = args[0] as string;
        call('sessionData.removeAsync', args, () => {
          const next = { ...state.sessionData };
          delete next[name];
          state.sessionData = next;
        });
      },
      clearAsync: (...args: unknown[]) =>
        call('sessionData.clearAsync', args, () => {
          state.sessionData = {};
        }),
    },
    notificationMessages,
    sensitivityLabel: {
      getAsync: (...args: unknown[]) =>
        call('sensitivityLabel.getAsync', args, () => state.sensitivityLabel),
      setAsync: (...args: unknown[]) => {
        const label = args[0] as string | Office.SensitivityLabelDetails;
        call('sensitivityLabel.setAsync', args, () => {
          const id = typeof label === 'string' ? label : label.id;
          const catalog = options.sensitivityLabelsCatalog ?? [];
          if (!catalog.some((l) => l.id === id || l.name === id)) {
            throw new FakeApiError(
              9058,
              'InvalidSensitivityLabel',
              'The sensitivity label is not in the catalog.',
            );
          }
          state.sensitivityLabel = catalog.find((l) => l.id === id || l.name === id)?.id ?? id;
        });
      },
    },
    get inReplyTo() {
      return state.inReplyTo as string;
    },
    getComposeTypeAsync: (...args: unknown[]) =>
      call('getComposeTypeAsync', args, () => ({
        composeType: state.composeType,
        coercionType: state.bodyType,
      })),
    getAttachmentsAsync: (...args: unknown[]) =>
      call('getAttachmentsAsync', args, () =>
        state.attachments.map((a): Office.AttachmentDetailsCompose => ({
          id: a.id,
          name: a.name,
          size: a.size,
          attachmentType: a.attachmentType as Office.MailboxEnums.AttachmentType,
          isInline: a.isInline,
          contentId: '',
          isServiceAccessible: false,
          ...(a.attachmentType === 'cloud' && a.content !== undefined ? { url: a.content } : {}),
        })),
      ),
    getAttachmentContentAsync: (...args: unknown[]) => {
      const id = args[0] as string;
      call('getAttachmentContentAsync', args, () => attachmentContent(id));
    },
    getInitializationContextAsync: (...args: unknown[]) =>
      call('getInitializationContextAsync', args, () => state.initializationContext),
    loadCustomPropertiesAsync: (...args: unknown[]) =>
      call('loadCustomPropertiesAsync', args, () => {
        const props: Office.CustomProperties = {
          get: (name: string) => state.customProperties[name],
          set: (name: string, value: unknown) => {
            state.customProperties[name] = value;
          },
          remove: (name: string) => {
            delete state.customProperties[name];
          },
          getAll: () => ({ ...state.customProperties }),
          saveAsync: (...saveArgs: unknown[]) =>
            call('customProperties.saveAsync', saveArgs, () => undefined),
        };
        return props;
      }),
    sendAsync: (...args: unknown[]) =>
      call('sendAsync', args, () => {
        composeOnly();
        state.sent = true;
      }),
  } as ComposeItem;

  const readItem: ReadItem = {
    itemType: 'message' as Office.MailboxEnums.ItemType,
    get subject() {
      return state.subject;
    },
    get from() {
      return { ...state.from };
    },
    get to() {
      return state.to.map((r) => ({ ...r }));
    },
    get cc() {
      return state.cc.map((r) => ({ ...r }));
    },
    get attachments() {
      return state.attachments.map((a): Office.AttachmentDetails => ({
        id: a.id,
        name: a.name,
        size: a.size,
        attachmentType: a.attachmentType as Office.MailboxEnums.AttachmentType,
        isInline: a.isInline,
        contentType: '',
        contentId: '',
      }));
    },
    get internetMessageId() {
      return state.internetMessageId;
    },
    body: composeItem.body,
    notificationMessages,
    getAllInternetHeadersAsync: (...args: unknown[]) =>
      call(
        'getAllInternetHeadersAsync',
        args,
        () => state.rawHeaders ?? rawHeaderBlock(state.headers),
      ),
    displayReplyForm: () => {
      state.replyFormsOpened += 1;
    },
    getAttachmentContentAsync: (...args: unknown[]) => {
      const id = args[0] as string;
      call('getAttachmentContentAsync', args, () => attachmentContent(id));
    },
  } as ReadItem;

  const catalogue = options.sensitivityLabelsCatalog;
  const office: OfficeHost = {
    context: {
      mailbox: {
        get item() {
          return state.mode === 'compose' ? composeItem : readItem;
        },
        userProfile: user,
        addHandlerAsync: ((...args: unknown[]) => {
          const handler = args[1] as (eventArgs: unknown) => void;
          call('mailbox.addHandlerAsync', args, () => {
            itemChangedHandlers.push(handler);
          });
        }) as Office.Mailbox['addHandlerAsync'],
      },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) =>
          name.toLowerCase() === 'mailbox' &&
          versionAtLeast(mailboxVersion, minVersion === undefined ? '1.1' : String(minVersion)),
      },
      displayLanguage: options.displayLanguage ?? 'en-GB',
      ...(catalogue !== undefined
        ? {
            sensitivityLabelsCatalog: {
              getAsync: ((...args: unknown[]) =>
                call('sensitivityLabelsCatalog.getAsync', args, () =>
                  catalogue.map((l) => ({
                    id: l.id,
                    name: l.name,
                    color: '',
                    tooltip: l.name,
                    children: [],
                  })),
                )) as Office.SensitivityLabelsCatalog['getAsync'],
              getIsEnabledAsync: ((...args: unknown[]) =>
                call(
                  'sensitivityLabelsCatalog.getIsEnabledAsync',
                  args,
                  () => catalogue.length > 0,
                )) as Office.SensitivityLabelsCatalog['getIsEnabledAsync'],
            },
          }
        : {}),
    },
    actions: {
      associate: (name: string, fn: (arg?: unknown) => void) => {
        actions.set(name, fn as (event: LaunchEvent) => void);
      },
    },
    onReady: (callback) => {
      const info = {
        host: 'Outlook' as unknown as Office.HostType,
        platform: 'OfficeOnline' as unknown as Office.PlatformType,
      };
      if (callback !== undefined) setTimeout(() => callback(info), 0);
      return Promise.resolve(info);
    },
    AsyncResultStatus: {
      Succeeded: 'succeeded',
      Failed: 'failed',
    } as unknown as typeof Office.AsyncResultStatus,
    CoercionType: {
      Text: 'text' as Office.CoercionType.Text,
      Html: 'html' as Office.CoercionType.Html,
    },
    EventType: { ItemChanged: 'olkItemSelectedChanged' as unknown as Office.EventType.ItemChanged },
    MailboxEnums: MAILBOX_ENUMS,
  };

  const storageCall = <T>(api: FakeApi, work: () => T): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      calls.push({ api, at: Date.now() - started });
      const fault = takeFault(api);
      if (fault?.kind === 'throw') throw new Error(fault.message ?? `${api} is not available`);
      if (fault?.kind === 'hang') return;
      setTimeout(() => {
        if (fault?.kind === 'error') reject(new Error(fault.message ?? `${api} failed`));
        else resolve(work());
      }, delay(api));
    });
  const runtimeStorage: RuntimeStorage = {
    getItem: (key) => storageCall('storage.getItem', () => storage.get(key) ?? null),
    setItem: (key, value) =>
      storageCall('storage.setItem', () => {
        storage.set(key, value);
      }),
    removeItem: (key) =>
      storageCall('storage.removeItem', () => {
        storage.delete(key);
      }),
  };
  const runtime: OfficeRuntimeHost | undefined =
    options.withRuntimeStorage === false ? undefined : { storage: runtimeStorage };

  host.Office = office;
  if (runtime !== undefined) host.OfficeRuntime = runtime;
  else delete host.OfficeRuntime;

  const fire = (eventType: LaunchEventType, waitMs = 10000): Promise<Completion | undefined> => {
    const handlerName = LAUNCH_HANDLERS[eventType];
    const handler = actions.get(handlerName);
    if (handler === undefined)
      return Promise.reject(new Error(`No handler associated for ${handlerName}`));
    return new Promise((resolve) => {
      let first: Completion | undefined;
      const timer = setTimeout(() => resolve(undefined), waitMs);
      const event: LaunchEvent = {
        type: eventType,
        completed: (completedOptions) => {
          const completion: Completion = {
            handler: handlerName,
            options: completedOptions,
            at: Date.now() - started,
          };
          completions.push(completion);
          if (first !== undefined) {
            problems.push(`${handlerName}: completed called more than once`);
            return;
          }
          first = completion;
          checkCompletion(handlerName, completedOptions);
          if (completedOptions?.contextData !== undefined) {
            state.initializationContext =
              typeof completedOptions.contextData === 'string'
                ? completedOptions.contextData
                : JSON.stringify(completedOptions.contextData);
          }
          if (eventType === 'OnMessageSend' && completedOptions?.allowEvent !== false)
            state.sent = true;
          clearTimeout(timer);
          resolve(completion);
        },
      };
      handler(event);
    });
  };

  const checkCompletion = (
    handler: string,
    o: Office.SmartAlertsEventCompletedOptions | undefined,
  ): void => {
    if (o === undefined) return;
    if (o.errorMessage !== undefined && o.errorMessage.length > 500)
      problems.push(`${handler}: errorMessage over 500 characters`);
    if (o.errorMessageMarkdown !== undefined && o.errorMessageMarkdown.length > 500)
      problems.push(`${handler}: errorMessageMarkdown over 500 characters`);
    if (o.errorMessageMarkdown !== undefined && !versionAtLeast(mailboxVersion, '1.15'))
      problems.push(`${handler}: errorMessageMarkdown needs Mailbox 1.15`);
    if (o.allowEvent === false && (o.errorMessage === undefined || o.errorMessage === ''))
      problems.push(`${handler}: blocked without errorMessage`);
    if (o.cancelLabel !== undefined && o.cancelLabel.length > 20)
      problems.push(`${handler}: cancelLabel over 20 characters`);
    if (o.commandId !== undefined && !controlIds.includes(o.commandId))
      problems.push(`${handler}: commandId ${o.commandId} is not a control id`);
    if (o.contextData !== undefined && o.commandId === undefined)
      problems.push(`${handler}: contextData without commandId`);
    const needs114 =
      o.cancelLabel !== undefined ||
      o.commandId !== undefined ||
      o.contextData !== undefined ||
      o.sendModeOverride !== undefined;
    if (needs114 && !versionAtLeast(mailboxVersion, '1.14'))
      problems.push(`${handler}: 1.14 options on a ${mailboxVersion} client`);
  };

  return {
    Office: office,
    OfficeRuntime: runtime,
    get item() {
      return state;
    },
    storage,
    calls,
    completions,
    problems,
    actions,
    setFault: (api, fault) => {
      if (fault === undefined) faults.delete(api);
      else faults.set(api, fault);
    },
    setLatency: (value) => {
      latency = value;
    },
    loadItem: (init) => {
      state = newState(init, options, user);
      for (const handler of itemChangedHandlers) handler({ type: 'olkItemSelectedChanged' });
    },
    fire,
    uninstall: () => {
      if (host.Office === office) delete host.Office;
      if (runtime !== undefined && host.OfficeRuntime === runtime) delete host.OfficeRuntime;
    },
  };
}
