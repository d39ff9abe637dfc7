// The subset of the Office.js API Sendguard uses, typed from @types/office-js, and access to the host.

/** A compose-mode message item: only the members Sendguard calls. */
export type ComposeItem = Pick<
  Office.MessageCompose,
  | 'itemType'
  | 'to'
  | 'cc'
  | 'bcc'
  | 'subject'
  | 'body'
  | 'internetHeaders'
  | 'sessionData'
  | 'notificationMessages'
  | 'sensitivityLabel'
  | 'inReplyTo'
  | 'getComposeTypeAsync'
  | 'getAttachmentsAsync'
  | 'getAttachmentContentAsync'
  | 'getInitializationContextAsync'
  | 'loadCustomPropertiesAsync'
  | 'sendAsync'
>;

/** A read-mode message item: only the members Sendguard calls. */
export type ReadItem = Pick<
  Office.MessageRead,
  | 'itemType'
  | 'subject'
  | 'from'
  | 'to'
  | 'cc'
  | 'attachments'
  | 'body'
  | 'internetMessageId'
  | 'notificationMessages'
  | 'getAllInternetHeadersAsync'
  | 'getAttachmentContentAsync'
  | 'displayReplyForm'
>;

export interface HostMailbox {
  item: ComposeItem | ReadItem | null;
  userProfile: Pick<Office.UserProfile, 'emailAddress' | 'displayName'>;
  addHandlerAsync: Office.Mailbox['addHandlerAsync'];
}

export interface HostContext {
  mailbox: HostMailbox;
  requirements: Office.RequirementSetSupport;
  displayLanguage: string;
  sensitivityLabelsCatalog?: Pick<
    Office.SensitivityLabelsCatalog,
    'getAsync' | 'getIsEnabledAsync'
  >;
}

/** The mail enums Sendguard reads, with the values @types/office-js declares. */
export interface HostMailboxEnums {
  SendModeOverride: { PromptUser: Office.MailboxEnums.SendModeOverride.PromptUser };
  RecipientType: typeof Office.MailboxEnums.RecipientType;
  ItemNotificationMessageType: typeof Office.MailboxEnums.ItemNotificationMessageType;
  AttachmentContentFormat: typeof Office.MailboxEnums.AttachmentContentFormat;
  AttachmentType: typeof Office.MailboxEnums.AttachmentType;
  ComposeType: typeof Office.MailboxEnums.ComposeType;
  ItemType: typeof Office.MailboxEnums.ItemType;
}

/** What `window.Office` must provide for Sendguard (the real office.js or the fake host). */
export interface OfficeHost {
  context: HostContext;
  actions: Pick<Office.Actions, 'associate'>;
  onReady(
    callback?: (info: {
      host: Office.HostType | null;
      platform: Office.PlatformType | null;
    }) => void,
  ): Promise<{
    host: Office.HostType | null;
    platform: Office.PlatformType | null;
  }>;
  AsyncResultStatus: typeof Office.AsyncResultStatus;
  CoercionType: { Text: Office.CoercionType.Text; Html: Office.CoercionType.Html };
  EventType: { ItemChanged: Office.EventType.ItemChanged };
  MailboxEnums: HostMailboxEnums;
}

/** `OfficeRuntime.storage` (not in @types/office-js): per-origin key/value storage of the add-in. */
export interface RuntimeStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
  removeItem(key: string): Promise<void>;
}

export interface OfficeRuntimeHost {
  storage: RuntimeStorage;
}

/** The `completed` half of a launch event, as Outlook passes it to a handler. */
export interface LaunchEvent {
  type?: string;
  completed(options?: Office.SmartAlertsEventCompletedOptions): void;
}

interface HostGlobal {
  Office?: OfficeHost;
  OfficeRuntime?: OfficeRuntimeHost;
}

/** The installed Office host; throws when office.js (or the fake) is not loaded. */
export function officeHost(): OfficeHost {
  const office = (globalThis as HostGlobal).Office;
  if (office === undefined) throw new Error('Office.js is not loaded');
  return office;
}

/** `OfficeRuntime.storage` when the runtime has it. */
export function runtimeStorage(): RuntimeStorage | undefined {
  return (globalThis as HostGlobal).OfficeRuntime?.storage;
}

export function composeItem(): ComposeItem {
  const item = officeHost().context.mailbox.item;
  if (item === null || !isComposeItem(item)) throw new Error('No message is being composed');
  return item;
}

export function readItem(): ReadItem {
  const item = officeHost().context.mailbox.item;
  if (item === null || isComposeItem(item)) throw new Error('No message is open for reading');
  return item;
}

/** Compose items have recipient objects with `getAsync`; read items have plain arrays. */
export function isComposeItem(item: ComposeItem | ReadItem): item is ComposeItem {
  return typeof (item as ComposeItem).subject === 'object';
}

/** `isSetSupported('Mailbox', version)`, false when the host cannot say. */
export function supportsMailbox(version: string): boolean {
  try {
    return officeHost().context.requirements.isSetSupported('Mailbox', version);
  } catch {
    return false;
  }
}
