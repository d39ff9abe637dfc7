// Completes a launch event exactly once: on the first result, or with a fallback when the budget runs out.
import type { LaunchEvent } from '../src/office/host';

export interface CompletionGuard {
  /** Completes the event unless it already was; returns whether this call completed it. */
  finish(options?: Office.SmartAlertsEventCompletedOptions): boolean;
  readonly done: boolean;
}

/**
 * Starts the budget timer. When it fires first, `onTimeout()` decides the completion; any later
 * `finish` is ignored, and the timer is cleared on the first completion (a stray second `completed`
 * once released a blocked mail, OfficeDev/office-js#6656).
 */
export function completionGuard(
  event: LaunchEvent,
  budgetMs: number,
  onTimeout: () => Office.SmartAlertsEventCompletedOptions | undefined,
): CompletionGuard {
  let done = false;
  const finish = (options?: Office.SmartAlertsEventCompletedOptions): boolean => {
    if (done) return false;
    done = true;
    clearTimeout(timer);
    try {
      event.completed(options);
    } catch {
      // Nothing more can be done for this event; it counts as completed.
    }
    return true;
  };
  const timer = setTimeout(() => {
    let options: Office.SmartAlertsEventCompletedOptions | undefined;
    try {
      options = onTimeout();
    } catch {
      options = undefined;
    }
    finish(options);
  }, budgetMs);
  return {
    finish,
    get done() {
      return done;
    },
  };
}
