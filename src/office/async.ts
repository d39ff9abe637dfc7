// Wraps Office's callback APIs in promises, once: errors, throws and silence all become rejections.

/** office.js reports `"succeeded"` at run time (the typings declare a numeric enum). */
function succeeded(status: Office.AsyncResultStatus): boolean {
  const office = (globalThis as { Office?: { AsyncResultStatus?: { Succeeded?: unknown } } })
    .Office;
  const expected = office?.AsyncResultStatus?.Succeeded ?? 'succeeded';
  return (status as unknown) === expected;
}

/** An Office call failed; carries the API name and Office's error code/name, never item content. */
export class OfficeCallError extends Error {
  readonly api: string;
  readonly code: number | undefined;
  readonly officeName: string | undefined;

  constructor(api: string, problem: string, code?: number, officeName?: string) {
    super(`${api}: ${problem}`);
    this.name = 'OfficeCallError';
    this.api = api;
    this.code = code;
    this.officeName = officeName;
  }
}

/** Default time an Office call may take before it counts as never calling back. */
export const DEFAULT_CALL_TIMEOUT_MS = 2500;

/**
 * Calls `invoke` with a callback and resolves with the `AsyncResult` value. Rejects when the result
 * failed, when `invoke` throws, or when no callback arrives within `timeoutMs`; the timer is cleared.
 */
export function officeCall<T>(
  api: string,
  invoke: (callback: (result: Office.AsyncResult<T>) => void) => void,
  timeoutMs: number = DEFAULT_CALL_TIMEOUT_MS,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(() => {
      if (settled) return;
      settled = true;
      reject(new OfficeCallError(api, `no callback within ${timeoutMs} ms`));
    }, timeoutMs);
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      action();
    };
    try {
      invoke((result) => {
        settle(() => {
          if (result !== undefined && result !== null && succeeded(result.status)) {
            resolve(result.value);
          } else {
            const error = result?.error;
            reject(new OfficeCallError(api, error?.message ?? 'failed', error?.code, error?.name));
          }
        });
      });
    } catch (error) {
      settle(() =>
        reject(new OfficeCallError(api, error instanceof Error ? error.message : 'threw')),
      );
    }
  });
}

/** Resolves with `promise`'s value, or with `fallback` when it rejects. */
export function orDefault<T>(promise: Promise<T>, fallback: T): Promise<T> {
  return promise.then(
    (value) => value,
    () => fallback,
  );
}
