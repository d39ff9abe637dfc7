// The Smart Alerts event handlers: compose start, live hints on recipient/attachment changes, and the send check.
import { evaluate } from '../src/engine/evaluate';
import type { Verdict } from '../src/engine/types';
import { localeFor, translate, type Locale } from '../src/i18n/index';
import { MARKING_HEADER, formatMarkingHeader } from '../src/marking/header';
import { readLabel } from '../src/marking/read';
import { baselineLabel } from '../src/policy/labels';
import type { Policy } from '../src/policy/schema';
import {
  attachmentsWithContent,
  cacheSmallAttachments,
  readCompose,
  readComposeStart,
  removeHeaders,
  saveComposeRecord,
  saveVerdictSummary,
  setHeaders,
  showHints,
  type ComposeReading,
  type Hint,
} from '../src/office/adapter';
import { officeHost, supportsMailbox, type LaunchEvent } from '../src/office/host';
import { NOTIFICATION_ICON_RESID, NOTIFICATION_KEYS, OVERRIDE_HEADER } from '../src/office/names';
import { embeddedPolicy, loadPolicy, refreshPolicy } from '../src/office/policy';
import {
  clientSupport,
  completionFor,
  failureCompletion,
  summarise,
  type ClientSupport,
} from './dialog';
import { completionGuard } from './guard';

/** Time the send check may take before the policy's failure mode decides (Outlook's dialog appears at 5 s, load included). */
export const SEND_BUDGET_MS = 3000;
/** Time the compose and change handlers may take (policy download included). */
export const BACKGROUND_BUDGET_MS = 4000;
/** Time an optional read (headers, session data, compose type, label) may take at Send before its fallback is used. */
export const SEND_OPTIONAL_CALL_TIMEOUT_MS = 1000;
/** Time `policy.json` may take to arrive at compose time. */
export const POLICY_FETCH_TIMEOUT_MS = 2500;

function hostLocale(): Locale {
  try {
    return localeFor(officeHost().context.displayLanguage);
  } catch {
    return 'en';
  }
}

function hostSupport(): ClientSupport {
  try {
    const office = officeHost();
    return clientSupport(
      (v) => supportsMailbox(v),
      String(office.MailboxEnums.SendModeOverride.PromptUser),
    );
  } catch {
    return clientSupport(undefined, undefined);
  }
}

function embeddedFailureMode(): Policy['failureMode'] {
  try {
    return embeddedPolicy().failureMode;
  } catch {
    return 'warn';
  }
}

/** The headers the verdict should leave on the item, and the stale ones to remove. */
export function stampsFor(
  verdict: Verdict,
  policy: Policy,
  reading: ComposeReading,
): { set: Record<string, string>; remove: string[] } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  const current = (name: string): string | undefined => {
    const key = Object.keys(reading.headers).find((k) => k.toLowerCase() === name.toLowerCase());
    return key === undefined ? undefined : reading.headers[key];
  };
  const { snapshot } = reading;
  const read = readLabel(
    {
      subject: snapshot.subject,
      headers: snapshot.headers,
      sensitivityLabel: snapshot.sensitivityLabel,
    },
    policy,
  );
  const marking = formatMarkingHeader({
    ns: policy.council.domain,
    sec: verdict.label ?? baselineLabel(policy),
    ...(read.descriptor !== undefined ? { caveat: read.descriptor } : {}),
    origin: snapshot.from,
  });
  if (current(MARKING_HEADER) !== marking) set[MARKING_HEADER] = marking;
  const overridden = verdict.reasons.filter((r) => r.overridden !== undefined).map((r) => r.rule);
  if (overridden.length > 0) {
    const stamp = `RULES=${overridden.join(' ')}, POLICY=${verdict.policyVersion}, JUSTIFIED=yes`;
    if (current(OVERRIDE_HEADER) !== stamp) set[OVERRIDE_HEADER] = stamp;
  } else if (current(OVERRIDE_HEADER) !== undefined) {
    remove.push(OVERRIDE_HEADER);
  }
  return { set, remove };
}

function writeStamps(stamps: { set: Record<string, string>; remove: string[] }): Promise<void> {
  const work: Promise<void>[] = [];
  if (Object.keys(stamps.set).length > 0) work.push(setHeaders(stamps.set));
  if (stamps.remove.length > 0) work.push(removeHeaders(stamps.remove));
  return Promise.all(work).then(() => undefined);
}

/** Notification-bar hints for the verdict: recipients outside the council, and a lookalike domain. */
export function hintsFor(verdict: Verdict, locale: Locale): { show: Hint[]; clear: string[] } {
  const show: Hint[] = [];
  const clear: string[] = [];
  const outside = verdict.recipients.filter((r) => r.audience !== 'internal');
  if (outside.length > 0) {
    const domains = Array.from(
      new Set(outside.map((r) => r.address.slice(r.address.lastIndexOf('@') + 1))),
    );
    const id = outside.length === 1 ? 'office.hint.external.one' : 'office.hint.external';
    show.push({
      key: NOTIFICATION_KEYS.external,
      message: translate(locale, id, { count: outside.length, domains: domains.join(', ') }),
    });
  } else {
    clear.push(NOTIFICATION_KEYS.external);
  }
  const lookalike = verdict.recipients.find((r) => r.lookalikeOf !== undefined);
  if (lookalike !== undefined) {
    show.push({
      key: NOTIFICATION_KEYS.lookalike,
      message: translate(locale, 'office.hint.lookalike', {
        address: lookalike.address,
        domain: lookalike.address.slice(lookalike.address.lastIndexOf('@') + 1),
        lookalikeOf: lookalike.lookalikeOf ?? '',
      }),
    });
  } else {
    clear.push(NOTIFICATION_KEYS.lookalike);
  }
  return { show, clear };
}

/** Evaluates the item as it stands and leaves the result where Send and the task pane find it. */
async function precompute(withAttachments: boolean, locale: Locale): Promise<void> {
  const now = new Date();
  const [{ policy }, reading] = await Promise.all([loadPolicy(), readCompose(now)]);
  if (withAttachments) {
    const cache = await cacheSmallAttachments(reading.attachments, reading.session.attachments);
    reading.snapshot.attachments = attachmentsWithContent(reading.attachments, cache);
  }
  const verdict = evaluate(reading.snapshot, policy, now, {
    locale,
    justifications: reading.session.justifications,
  });
  const hints = hintsFor(verdict, locale);
  await Promise.all([
    saveVerdictSummary(summarise(verdict)),
    showHints(hints.show, hints.clear, NOTIFICATION_ICON_RESID),
    writeStamps(stampsFor(verdict, policy, reading)),
  ]);
}

/** `OnNewMessageCompose`: records how the compose started, refreshes the policy, shows the first hints. */
export function onNewMessageComposeHandler(event: LaunchEvent): void {
  const guard = completionGuard(event, BACKGROUND_BUDGET_MS, () => undefined);
  const locale = hostLocale();
  Promise.all([readComposeStart().then(saveComposeRecord), refreshPolicy(POLICY_FETCH_TIMEOUT_MS)])
    .then(() => precompute(false, locale))
    .then(
      () => guard.finish(),
      () => guard.finish(),
    );
}

/** `OnMessageRecipientsChanged`: recomputes the verdict and the hints. */
export function onMessageRecipientsChangedHandler(event: LaunchEvent): void {
  const guard = completionGuard(event, BACKGROUND_BUDGET_MS, () => undefined);
  precompute(false, hostLocale()).then(
    () => guard.finish(),
    () => guard.finish(),
  );
}

/** `OnMessageAttachmentsChanged`: reads small attachments ahead of Send, then recomputes. */
export function onMessageAttachmentsChangedHandler(event: LaunchEvent): void {
  const guard = completionGuard(event, BACKGROUND_BUDGET_MS, () => undefined);
  precompute(true, hostLocale()).then(
    () => guard.finish(),
    () => guard.finish(),
  );
}

/**
 * `OnMessageSend`: one read wave (item, session data, cached policy), `evaluate`, the header stamps
 * when the message may go, and exactly one `completed`. Any error, or no result within
 * `SEND_BUDGET_MS`, ends in the policy's failure mode. Never touches the network.
 */
export function onMessageSendHandler(event: LaunchEvent): void {
  const locale = hostLocale();
  const support = hostSupport();
  let failureMode = embeddedFailureMode();
  const guard = completionGuard(event, SEND_BUDGET_MS, () =>
    failureCompletion(failureMode, locale, support),
  );
  const policyLoad = loadPolicy().then((loaded) => {
    failureMode = loaded.policy.failureMode;
    return loaded;
  });
  const check = async (): Promise<Office.SmartAlertsEventCompletedOptions> => {
    const now = new Date();
    const [{ policy }, reading] = await Promise.all([
      policyLoad,
      readCompose(now, { optionalTimeoutMs: SEND_OPTIONAL_CALL_TIMEOUT_MS }),
    ]);
    const verdict = evaluate(reading.snapshot, policy, now, {
      locale,
      justifications: reading.session.justifications,
    });
    const options = completionFor(verdict, locale, support);
    if (options.allowEvent !== false || verdict.decision === 'warn')
      await writeStamps(stampsFor(verdict, policy, reading));
    return options;
  };
  let started: Promise<Office.SmartAlertsEventCompletedOptions>;
  try {
    started = check();
  } catch (error) {
    started = Promise.reject(error);
  }
  started.then(
    (options) => guard.finish(options),
    () =>
      policyLoad.then(
        () => guard.finish(failureCompletion(failureMode, locale, support)),
        () => guard.finish(failureCompletion(failureMode, locale, support)),
      ),
  );
}
