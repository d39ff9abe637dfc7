// Office access the task pane needs beyond reading and fixing the item: mode, language, send, reply, selection changes.
import { officeCall } from './async';
import { composeItem, isComposeItem, officeHost, readItem, supportsMailbox } from './host';

/** Waits for office.js (or the fake host) to be ready. */
export async function officeReady(): Promise<void> {
  await officeHost().onReady();
}

/** `compose` or `read` for the selected item, null when none is selected. */
export function paneMode(): 'compose' | 'read' | null {
  const item = officeHost().context.mailbox.item;
  if (item === null) return null;
  return isComposeItem(item) ? 'compose' : 'read';
}

/** Outlook's display language, e.g. `cy-GB`. */
export function displayLanguage(): string {
  return officeHost().context.displayLanguage;
}

/** The signed-in user's address. */
export function userAddress(): string {
  return officeHost().context.mailbox.userProfile.emailAddress;
}

/** `item.sendAsync` exists from Mailbox 1.15. */
export function canSendFromPane(): boolean {
  return supportsMailbox('1.15') && typeof composeItem().sendAsync === 'function';
}

/** Time Outlook may take to send before the pane reports a failure. */
const SEND_TIMEOUT_MS = 30000;

/** Sends the item being composed (Mailbox 1.15). */
export function sendItem(): Promise<void> {
  const item = composeItem();
  return officeCall<void>('sendAsync', (cb) => item.sendAsync(cb), SEND_TIMEOUT_MS);
}

/** Whether the host can open a reply to the sender only (`displayReplyForm`, Mailbox 1.1). */
export function canReplyToSender(): boolean {
  return typeof readItem().displayReplyForm === 'function';
}

/** Opens a reply to the sender only, never to the other participants. */
export function replyToSender(): void {
  readItem().displayReplyForm('');
}

/**
 * Calls `listener` whenever the selected message changes (a pinned pane, Mailbox 1.5). Returns a
 * function that stops the calls; registration failures leave the pane on the current message.
 */
export function onItemChanged(listener: () => void): () => void {
  let active = true;
  const office = officeHost();
  try {
    office.context.mailbox.addHandlerAsync(office.EventType.ItemChanged, () => {
      if (active) listener();
    });
  } catch {
    active = false;
  }
  return () => {
    active = false;
  };
}
