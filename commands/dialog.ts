// Turns a verdict into the `event.completed` options of the Smart Alerts dialog (and the failure mode's).
import type { Verdict } from '../src/engine/types';
import { translate, type Locale } from '../src/i18n/index';
import type { Policy } from '../src/policy/schema';
import type { VerdictSummary } from '../src/office/session';
import { COMPOSE_TASKPANE_CONTROL_ID } from '../src/office/names';

export const ERROR_MESSAGE_LIMIT = 500;
export const CANCEL_LABEL_LIMIT = 20;
const PROMPT_USER = 'promptUser';

export interface ClientSupport {
  /** Mailbox 1.14: cancelLabel, commandId, contextData, sendModeOverride. */
  smartAlerts14: boolean;
  /** Mailbox 1.15: errorMessageMarkdown. */
  markdown: boolean;
  /** The value of `Office.MailboxEnums.SendModeOverride.PromptUser`. */
  promptUser: Office.MailboxEnums.SendModeOverride | string;
}

/** The verdict without detected values, for `contextData` and sessionData. */
export function summarise(verdict: Verdict): VerdictSummary {
  return {
    decision: verdict.decision,
    label: verdict.label,
    requiredLabel: verdict.requiredLabel,
    effectiveLabel: verdict.effectiveLabel,
    encrypted: verdict.encrypted,
    rules: verdict.reasons.map((r) => r.rule),
    overridable: verdict.reasons
      .filter((r) => r.overridable && r.overridden === undefined)
      .map((r) => r.rule),
    fixes: verdict.fixes,
    policyVersion: verdict.policyVersion,
    source: 'verdict',
  };
}

/** Lines that fit `limit` with the intro and outro; the rest are counted in a "...and N more" line. */
function fitLines(
  intro: string,
  lines: string[],
  outro: string,
  more: (count: number) => string,
  limit: number,
  bullet: string,
): string {
  const join = (shown: string[], hidden: number): string =>
    [
      intro,
      ...shown.map((l) => `${bullet}${l}`),
      ...(hidden > 0 ? [more(hidden)] : []),
      outro,
    ].join('\n');
  for (let shown = lines.length; shown >= 0; shown -= 1) {
    const text = join(lines.slice(0, shown), lines.length - shown);
    if (text.length <= limit) return text;
  }
  const first = lines[0] ?? '';
  const room = Math.max(0, limit - intro.length - outro.length - bullet.length - 3);
  const cut = first.length > room ? `${first.slice(0, Math.max(0, room - 1))}…` : first;
  return [intro, `${bullet}${cut}`, outro].join('\n').slice(0, limit);
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]()#+!|<>~-])/g, '\\$1');
}

/** The plain `errorMessage` (and Markdown twin) listing each reason, at most 500 characters. */
export function dialogText(verdict: Verdict, locale: Locale): { plain: string; markdown: string } {
  const kind = verdict.decision === 'block' ? 'block' : 'warn';
  const reasons = verdict.reasons
    .filter((r) => r.overridden === undefined && (kind === 'warn' || r.level === 'block'))
    .map((r) => r.message);
  const intro = translate(locale, `office.send.${kind}.intro`);
  const outro = translate(locale, `office.send.${kind}.outro`);
  const more = (count: number): string => translate(locale, 'office.send.more', { count });
  const plain = fitLines(intro, reasons, outro, more, ERROR_MESSAGE_LIMIT, '• ');
  const markdown = fitLines(
    `**${escapeMarkdown(intro)}**\n`,
    reasons.map(escapeMarkdown),
    `\n${escapeMarkdown(outro)}`,
    (c) => escapeMarkdown(more(c)),
    ERROR_MESSAGE_LIMIT,
    '- ',
  );
  return { plain, markdown };
}

/** `completed` options for a verdict: allow, warn (Send Anyway) or block (Fix opens the task pane). */
export function completionFor(
  verdict: Verdict,
  locale: Locale,
  support: ClientSupport,
): Office.SmartAlertsEventCompletedOptions {
  if (verdict.decision === 'allow') return { allowEvent: true };
  if (verdict.decision === 'warn' && !support.smartAlerts14) return { allowEvent: true };
  const { plain, markdown } = dialogText(verdict, locale);
  const options: Office.SmartAlertsEventCompletedOptions = {
    allowEvent: false,
    errorMessage: plain,
  };
  if (support.smartAlerts14) {
    options.cancelLabel = translate(locale, 'office.send.fix').slice(0, CANCEL_LABEL_LIMIT);
    options.commandId = COMPOSE_TASKPANE_CONTROL_ID;
    options.contextData = JSON.stringify(summarise(verdict));
    if (verdict.decision === 'warn') options.sendModeOverride = support.promptUser;
  }
  if (support.markdown) options.errorMessageMarkdown = markdown;
  return options;
}

/** `completed` options when the check could not finish: the policy's failure mode decides. */
export function failureCompletion(
  mode: Policy['failureMode'],
  locale: Locale,
  support: ClientSupport,
): Office.SmartAlertsEventCompletedOptions {
  if (mode === 'allow') return { allowEvent: true };
  if (mode === 'warn') {
    if (!support.smartAlerts14) return { allowEvent: true };
    return {
      allowEvent: false,
      errorMessage: translate(locale, 'office.send.failure.warn'),
      sendModeOverride: support.promptUser,
    };
  }
  return { allowEvent: false, errorMessage: translate(locale, 'office.send.failure.block') };
}

/** What the client supports; assumes the 1.14 baseline Sendguard designs for when the host cannot say. */
export function clientSupport(
  isSetSupported: ((version: string) => boolean) | undefined,
  promptUser: string | undefined,
): ClientSupport {
  const check = (version: string): boolean => {
    if (isSetSupported === undefined) return version === '1.14';
    try {
      return isSetSupported(version);
    } catch {
      return version === '1.14';
    }
  };
  return {
    smartAlerts14: check('1.14'),
    markdown: check('1.15'),
    promptUser: promptUser ?? PROMPT_USER,
  };
}
