import { ConnectionError, FoyerError, parseRetryAfter } from './errors.ts';
import type { Middleware } from './middleware.ts';

/** Retries per call unless the client or the call says otherwise. */
export const DEFAULT_MAX_RETRIES = 2;
/** The first backoff, in milliseconds; each retry doubles it. */
export const INITIAL_RETRY_DELAY = 500;
/** No backoff waits longer than this, in milliseconds. */
export const MAX_RETRY_DELAY = 8_000;
/** A `Retry-After` longer than this many seconds is not waited out: the error is thrown at once. */
export const MAX_RETRY_AFTER = 60;

/**
 * Whether an error is worth another attempt: no response at all, 408, 409 `idempotency_in_progress`
 * (the first attempt still runs), 429 or 5xx. Anything else would fail the same way again.
 */
export function isRetryable(error: unknown): error is FoyerError {
  if (error instanceof ConnectionError) return true;
  if (!(error instanceof FoyerError) || error.status === undefined) return false;
  const { status, code } = error;
  return status === 408 || status === 429 || status >= 500 || (status === 409 && code === 'idempotency_in_progress');
}

/**
 * How long to wait before retry number `attempt + 1`, in milliseconds, or `undefined` for "do not retry".
 * Honours `Retry-After` up to {@link MAX_RETRY_AFTER} seconds; otherwise exponential backoff from
 * {@link INITIAL_RETRY_DELAY}, capped at {@link MAX_RETRY_DELAY}, less up to 25 % jitter so that many
 * clients failing together do not come back together.
 */
export function retryDelay(error: unknown, attempt: number): number | undefined {
  if (!isRetryable(error)) return undefined;
  const retryAfter = parseRetryAfter(error.headers?.get('retry-after'));
  if (retryAfter !== undefined) return retryAfter <= MAX_RETRY_AFTER ? retryAfter * 1000 : undefined;
  const backoff = Math.min(MAX_RETRY_DELAY, INITIAL_RETRY_DELAY * 2 ** attempt);
  return backoff * (1 - Math.random() * 0.25);
}

/**
 * Retries a failed attempt up to `request.maxRetries` times. Safe for POSTs because the idempotency
 * middleware, outside this one, fixed their `Idempotency-Key` before the first attempt.
 */
export const retry: Middleware = async (request, next) => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await next(request);
    } catch (error) {
      const delay = attempt < request.maxRetries ? retryDelay(error, attempt) : undefined;
      if (delay === undefined) throw error;
      await sleep(delay, request.signal);
    }
  }
};

/** @internal Waits `ms`, or rejects with the signal's reason once it aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
