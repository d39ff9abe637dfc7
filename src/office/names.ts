// Fixed names shared by the manifest, the event handlers, the task pane and the fake host.

/** Launch event type -> the `FunctionName` the manifest names and `Office.actions.associate` registers. */
export const LAUNCH_HANDLERS = {
  OnNewMessageCompose: 'onNewMessageComposeHandler',
  OnMessageRecipientsChanged: 'onMessageRecipientsChangedHandler',
  OnMessageAttachmentsChanged: 'onMessageAttachmentsChangedHandler',
  OnMessageSend: 'onMessageSendHandler',
} as const;
export type LaunchEventType = keyof typeof LAUNCH_HANDLERS;
export type HandlerName = (typeof LAUNCH_HANDLERS)[LaunchEventType];

/** `<Control id>` of the compose task pane button; the Smart Alerts `commandId` opens it. */
export const COMPOSE_TASKPANE_CONTROL_ID = 'SendguardComposeTaskPane';
/** `<Control id>` of the read-mode task pane button. */
export const READ_TASKPANE_CONTROL_ID = 'SendguardReadTaskPane';

/** Keys in `item.sessionData` (shared by the event runtime and the task pane for one item). */
export const SESSION_KEYS = {
  /** JSON `ComposeRecord`: how the compose started (kind, starting recipients, original subject). */
  compose: 'sendguard.compose',
  /** JSON `Record<attachmentId, CachedAttachment>`: small attachments read ahead of Send. */
  attachments: 'sendguard.attachments',
  /** JSON `Partial<Record<RuleId, string>>`: justifications the sender typed in the task pane. */
  justifications: 'sendguard.justifications',
  /** JSON `VerdictSummary`: the last precomputed verdict. */
  verdict: 'sendguard.verdict',
} as const;

/** `OfficeRuntime.storage` key of the last valid `policy.json`. */
export const POLICY_STORAGE_KEY = 'sendguard.policy';

/** Header stamped when the sender overrode a block with a justification (rule ids only, never text). */
export const OVERRIDE_HEADER = 'X-Sendguard-Override';

/** Notification bar keys (an item holds at most 5 bars). */
export const NOTIFICATION_KEYS = {
  external: 'sendguardExternal',
  lookalike: 'sendguardLookalike',
} as const;

/** Manifest resource id of the 16 px icon that informational notification bars show. */
export const NOTIFICATION_ICON_RESID = 'Sendguard.Icon16';
