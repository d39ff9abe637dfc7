// State of the compose view: reads the item, evaluates it, applies fixes and re-checks after every change.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { evaluate } from '../src/engine/evaluate';
import type { Fix, Verdict } from '../src/engine/types';
import type { Locale } from '../src/i18n';
import type { MessageSnapshot } from '../src/message/types';
import type { Policy, RuleId } from '../src/policy/schema';
import type { SendState } from './components/ComposeView';
import { findingViews, type FindingView } from './model/preview';
import type { ComposeSource, Justifications } from './sources';

export interface ComposeSession {
  status: 'loading' | 'ready' | 'error';
  verdict: Verdict | null;
  findings: FindingView[];
  justifications: Justifications;
  busy: boolean;
  fixFailed: boolean;
  sendState: SendState;
  /** Bumped after each re-check, so the view can announce it. */
  checks: number;
  applyFix(fix: Fix): void;
  /** Reads the item again (after edits made in Outlook itself) and re-evaluates it. */
  checkAgain(): void;
  justify(rule: RuleId, text: string): void;
  send(): void;
}

export function useComposeSession(
  source: ComposeSource,
  policy: Policy,
  locale: Locale,
  now: () => Date,
): ComposeSession {
  const [message, setMessage] = useState<MessageSnapshot | null>(null);
  const [status, setStatus] = useState<ComposeSession['status']>('loading');
  const [justifications, setJustifications] = useState<Justifications>({});
  const [busy, setBusy] = useState(false);
  const [fixFailed, setFixFailed] = useState(false);
  const [sendState, setSendState] = useState<SendState>(
    source.send === undefined ? 'unsupported' : 'idle',
  );
  const [checks, setChecks] = useState(0);

  useEffect(() => {
    let live = true;
    source.read().then(
      (reading) => {
        if (!live) return;
        setMessage(reading.message);
        setJustifications(reading.justifications);
        setStatus('ready');
      },
      () => {
        if (live) setStatus('error');
      },
    );
    return () => {
      live = false;
    };
  }, [source]);

  const verdict = useMemo(
    () => (message === null ? null : evaluate(message, policy, now(), { justifications, locale })),
    [message, policy, justifications, locale, now],
  );
  const findings = useMemo(
    () =>
      message === null || verdict === null
        ? []
        : findingViews(message, verdict, policy.attachments.sizeBudgetBytes),
    [message, verdict, policy],
  );

  const recheck = useCallback(async (): Promise<void> => {
    setMessage((await source.read()).message);
    setChecks((n) => n + 1);
  }, [source]);

  const applyFix = useCallback(
    (fix: Fix): void => {
      setBusy(true);
      setFixFailed(false);
      source
        .applyFix(fix)
        .then(
          () => recheck(),
          () => {
            setFixFailed(true);
            return recheck();
          },
        )
        .catch(() => setStatus('error'))
        .finally(() => setBusy(false));
    },
    [source, recheck],
  );

  const checkAgain = useCallback((): void => {
    setBusy(true);
    setFixFailed(false);
    recheck()
      .catch(() => setStatus('error'))
      .finally(() => setBusy(false));
  }, [recheck]);

  const justify = useCallback(
    (rule: RuleId, text: string): void => {
      const next = { ...justifications, [rule]: text };
      setBusy(true);
      setFixFailed(false);
      source
        .saveJustifications(next)
        .then(
          () => {
            setJustifications(next);
            setChecks((n) => n + 1);
          },
          () => setFixFailed(true),
        )
        .finally(() => setBusy(false));
    },
    [source, justifications],
  );

  const send = useCallback((): void => {
    if (source.send === undefined) return;
    setSendState('sending');
    source.send().then(
      () => setSendState('sent'),
      () => setSendState('failed'),
    );
  }, [source]);

  return {
    status,
    verdict,
    findings,
    justifications,
    busy,
    fixFailed,
    sendState,
    checks,
    applyFix,
    checkAgain,
    justify,
    send,
  };
}
