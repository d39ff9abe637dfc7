// The task pane's root: picks the compose or reading view and the language, and wires sessions to views.
import { Spinner } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { translate, type Locale } from '../src/i18n';
import type { Policy } from '../src/policy/schema';
import { ComposeView } from './components/ComposeView';
import { ReadView } from './components/ReadView';
import { Shell } from './components/Shell';
import type { Translate } from './components/types';
import { summariseReading, type ReadingSummary } from './model/reading';
import type { ComposeSource, ReadSource } from './sources';
import { useComposeSession } from './useComposeSession';

export type PaneSource =
  | {
      mode: 'compose';
      source: ComposeSource;
      /** Opened by the Smart Alerts "Fix" button (a verdict in the initialization context). */ openedFromSend?: boolean;
    }
  | { mode: 'read'; source: ReadSource };

export interface AppProps {
  pane: PaneSource;
  policy: Policy;
  initialLocale: Locale;
  now?: () => Date;
}

const systemNow = (): Date => new Date();

/** Announced to screen readers, not drawn. */
const VISUALLY_HIDDEN = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
  border: 0,
} as const;

export function App(props: AppProps): React.JSX.Element {
  const [locale, setLocale] = useState<Locale>(props.initialLocale);
  const t: Translate = useCallback((id, params) => translate(locale, id, params ?? {}), [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const now = props.now ?? systemNow;
  return (
    <Shell
      t={t}
      locale={locale}
      onLocaleChange={setLocale}
      subtitle={props.pane.mode === 'read' ? t('ui.read.heading') : undefined}
    >
      {props.pane.mode === 'compose' ? (
        <ComposeContainer
          t={t}
          locale={locale}
          source={props.pane.source}
          openedFromSend={props.pane.openedFromSend === true}
          policy={props.policy}
          now={now}
        />
      ) : (
        <ReadContainer t={t} source={props.pane.source} policy={props.policy} now={now} />
      )}
    </Shell>
  );
}

function Loading(props: { t: Translate }): React.JSX.Element {
  return (
    <div role="status" style={{ padding: 12 }}>
      <Spinner size="small" label={props.t('ui.app.loading')} />
    </div>
  );
}

function ReadError(props: { t: Translate }): React.JSX.Element {
  return (
    <p role="alert" style={{ padding: 12 }}>
      {props.t('ui.app.readError')}
    </p>
  );
}

function ComposeContainer(props: {
  t: Translate;
  locale: Locale;
  source: ComposeSource;
  openedFromSend: boolean;
  policy: Policy;
  now: () => Date;
}): React.JSX.Element {
  const { t, policy } = props;
  const session = useComposeSession(props.source, policy, props.locale, props.now);
  if (session.status === 'error') return <ReadError t={t} />;
  if (session.verdict === null) return <Loading t={t} />;
  const verdict = session.verdict;
  const encryptToken = policy.encryption.subjectTokens[0] ?? '[ENCRYPT]';
  return (
    <>
      <ComposeView
        t={t}
        verdict={verdict}
        openedFromSend={props.openedFromSend}
        findings={session.findings}
        labels={policy.labels.scheme.map((l) => l.id)}
        audiences={policy.audiences.map((a) => a.id)}
        justifications={session.justifications}
        busy={session.busy}
        fixFailed={session.fixFailed}
        sendState={session.sendState}
        onApplyLabel={(label) => session.applyFix({ kind: 'apply-label', label })}
        onEncrypt={() => session.applyFix({ kind: 'encrypt', token: encryptToken })}
        onRemoveRecipient={(address) => session.applyFix({ kind: 'remove-recipient', address })}
        onMoveToBcc={(addresses) => session.applyFix({ kind: 'move-to-bcc', addresses })}
        onAddRecipient={(address) => session.applyFix({ kind: 'add-recipient', address })}
        onJustify={session.justify}
        onCheckAgain={session.checkAgain}
        onSend={session.send}
      />
      <p style={VISUALLY_HIDDEN} role="status" aria-live="polite" data-testid="recheck-status">
        {session.checks > 0
          ? t('ui.decision.status', { decision: t(`ui.decision.${verdict.decision}`) })
          : ''}
      </p>
    </>
  );
}

function ReadContainer(props: {
  t: Translate;
  source: ReadSource;
  policy: Policy;
  now: () => Date;
}): React.JSX.Element {
  const { t, source, policy, now } = props;
  const [summary, setSummary] = useState<ReadingSummary | null>(null);
  const [failed, setFailed] = useState(false);
  const [empty, setEmpty] = useState(false);
  useEffect(() => {
    let live = true;
    const load = (): void => {
      source.read().then(
        (message) => {
          if (!live) return;
          setFailed(false);
          setEmpty(message === null);
          setSummary(
            message === null ? null : summariseReading(message, policy, source.reader, now()),
          );
        },
        () => {
          if (live) setFailed(true);
        },
      );
    };
    load();
    const stop = source.onItemChanged(() => {
      setSummary(null);
      load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [source, policy, now]);
  if (failed) return <ReadError t={t} />;
  if (empty) return <p style={{ padding: 12 }}>{t('ui.read.noMessage')}</p>;
  if (summary === null) return <Loading t={t} />;
  return (
    <ReadView
      t={t}
      summary={summary}
      {...(source.replyToSender !== undefined ? { onReplyToSender: source.replyToSender } : {})}
    />
  );
}
