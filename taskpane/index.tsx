// The task pane entry: waits for Office, loads the policy and wires the adapter to the views (the only
// place in taskpane/ that reaches Office, and only through src/office).
import { createRoot } from 'react-dom/client';
import { localeFor, translate, type Locale } from '../src/i18n';
import {
  applyFixes,
  readCompose,
  readInitializationContext,
  readOpenMessage,
  saveJustifications,
} from '../src/office/adapter';
import {
  canReplyToSender,
  canSendFromPane,
  displayLanguage,
  officeReady,
  onItemChanged,
  paneMode,
  replyToSender,
  sendItem,
  userAddress,
} from '../src/office/pane';
import { loadPolicy } from '../src/office/policy';
import type { Policy } from '../src/policy/schema';
import { App, type PaneSource } from './App';
import type { ComposeSource, ReadSource } from './sources';

function composeSource(policy: Policy): ComposeSource {
  const from = userAddress();
  return {
    read: async () => {
      const reading = await readCompose(new Date());
      return { message: reading.snapshot, justifications: reading.session.justifications };
    },
    applyFix: async (fix) => {
      const result = await applyFixes([fix], { policy, from });
      if (!result.ok) throw new Error(result.error);
    },
    saveJustifications,
    ...(canSendFromPane() ? { send: sendItem } : {}),
  };
}

function readSource(): ReadSource {
  return {
    read: async () => (paneMode() === 'read' ? (await readOpenMessage(new Date())).snapshot : null),
    reader: userAddress(),
    onItemChanged,
    ...(canReplyToSender() ? { replyToSender } : {}),
  };
}

async function start(container: HTMLElement): Promise<void> {
  await officeReady();
  const { policy } = await loadPolicy();
  const mode = paneMode();
  if (mode === null) return;
  const pane: PaneSource =
    mode === 'compose'
      ? {
          mode,
          source: composeSource(policy),
          openedFromSend: (await readInitializationContext().catch(() => null)) !== null,
        }
      : { mode, source: readSource() };
  createRoot(container).render(
    <App pane={pane} policy={policy} initialLocale={localeFor(displayLanguage())} />,
  );
}

/** Shown when the pane cannot start (no Office host, no item): a plain message instead of an empty pane. */
function startFailed(container: HTMLElement): void {
  let locale: Locale = 'en';
  try {
    locale = localeFor(displayLanguage());
  } catch {
    // Without Office the pane speaks English.
  }
  const message = document.createElement('p');
  message.setAttribute('role', 'alert');
  message.style.padding = '12px';
  message.textContent = translate(locale, 'ui.app.readError');
  container.replaceChildren(message);
}

const container = document.getElementById('root');
if (container !== null) start(container).catch(() => startFailed(container));
