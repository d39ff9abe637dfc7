// What the task pane needs from its host, as plain functions: the container fills these from the Office adapter.
import type { Fix } from '../src/engine/types';
import type { MessageSnapshot } from '../src/message/types';
import type { RuleId } from '../src/policy/schema';

export type Justifications = Partial<Record<RuleId, string>>;

/** The message being composed and the changes the pane can make to it. */
export interface ComposeSource {
  /** The item as it is now, and the justifications already recorded for it. */
  read(): Promise<{ message: MessageSnapshot; justifications: Justifications }>;
  /** Applies one fix; rejects and leaves the item unchanged when it cannot. */
  applyFix(fix: Fix): Promise<void>;
  /** Records the sender's justifications with the item, for the send handler and the header stamp. */
  saveJustifications(justifications: Justifications): Promise<void>;
  /** Sends the item; absent where the client has no `sendAsync` (Mailbox 1.15). */
  send?: () => Promise<void>;
}

/** The message open for reading, and notice when the selection moves to another message. */
export interface ReadSource {
  /** The selected message, or null when none is selected (a pinned pane between messages). */
  read(): Promise<MessageSnapshot | null>;
  /** The signed-in user's address. */
  reader: string;
  /** Calls `listener` when the selected message changes (pinned pane); returns a function that stops it. */
  onItemChanged(listener: () => void): () => void;
  /** Opens a reply to the sender only; absent when the host cannot. */
  replyToSender?: () => void;
}
