// Cross-cutting behaviour, written once for every operation: each concern is a middleware around the
// next one, Koa-style. The client's pipeline is idempotencyKey → retry → auth → timeout → send.
import { ConnectionError } from './errors.ts';
import type { Upload } from './uploads.ts';

/** One request on its way through the pipeline. */
export interface FoyerRequest {
  readonly operationId: string;
  readonly method: string;
  readonly url: string;
  readonly headers: Headers;
  /** JSON text, re-sent as is on every attempt; or an upload, opened afresh for each attempt. */
  readonly body: string | Upload | undefined;
  /**
   * Uploads: told the running count of body bytes handed to the network. The upload turns it into
   * progress events; the timeout middleware hears a heartbeat in it.
   */
  readonly onSent?: ((bytes: number) => void) | undefined;
  /** Downloads: leave a 2xx response's body unread, for the caller to stream. */
  readonly stream?: boolean | undefined;
  /** The caller's signal (or, inside the timeout middleware, one that also fires on timeout). */
  readonly signal: AbortSignal | undefined;
  /** Milliseconds each attempt may stay silent (see the timeout middleware). */
  readonly timeout: number;
  /** Retries after the first attempt. */
  readonly maxRetries: number;
  /** The caller's `Idempotency-Key`, if it chose one. */
  readonly idempotencyKey: string | undefined;
}

/** A successful (2xx) response, its body already read — unless the request asked to stream it. */
export interface FoyerResponse {
  readonly response: Response;
  /** The body as text; `''` when it is left to stream. */
  readonly text: string;
  readonly requestId: string | undefined;
}

export type Handler = (request: FoyerRequest) => Promise<FoyerResponse>;
export type Middleware = (request: FoyerRequest, next: Handler) => Promise<FoyerResponse>;

/** Wraps `handler` in `middleware`, the first one outermost. */
export function compose(middleware: readonly Middleware[], handler: Handler): Handler {
  return middleware.reduceRight<Handler>((next, run) => (request) => run(request, next), handler);
}

/** Sends the credential as `Authorization: Bearer …`. */
export function auth(token: string | undefined): Middleware {
  return (request, next) => {
    if (token && !request.headers.has('authorization')) request.headers.set('Authorization', `Bearer ${token}`);
    return next(request);
  };
}

/** The cookie the service sets beside the console's session cookie, for the double-submit CSRF check. */
export const CSRF_COOKIE = 'foyer_csrf';

/**
 * The console's credential: the session cookie goes by itself (same origin); this sends the `X-Foyer-Csrf`
 * header the service wants beside it, read from the `foyer_csrf` cookie on every request (a new sign-in sets
 * a new one). Without the cookie there is no session to prove, and no header.
 */
export function csrf(cookies: () => string = () => globalThis.document?.cookie ?? ''): Middleware {
  return (request, next) => {
    const token = readCookie(cookies(), CSRF_COOKIE);
    if (token) request.headers.set('X-Foyer-Csrf', token);
    return next(request);
  };
}

function readCookie(header: string, name: string): string | undefined {
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq > 0 && pair.slice(0, eq).trim() === name) return decodeURIComponent(pair.slice(eq + 1).trim());
  }
  return undefined;
}

/**
 * Gives every POST an `Idempotency-Key` (the caller's, or a fresh UUID). It runs outside the retry
 * middleware, so every attempt of one call carries the same key and the service runs the work once.
 */
export const idempotencyKey: Middleware = (request, next) => {
  if (request.method === 'POST' && !request.headers.has('idempotency-key')) {
    request.headers.set('Idempotency-Key', request.idempotencyKey ?? randomUUID());
  }
  return next(request);
};

/**
 * Bounds one attempt by `request.timeout` milliseconds of silence, as a {@link ConnectionError} with code
 * `timeout` that the retry middleware may retry. The caller's own abort passes through untouched.
 *
 * - JSON calls: the whole attempt, reading the response included.
 * - Uploads: every body chunk handed to the network restarts the clock, so a long upload that keeps
 *   moving is never cut off, while one that stalls (or whose response never comes) still times out.
 * - Downloads: the time until the response headers arrive. The body then belongs to the caller, who
 *   stops it with their `signal` or by cancelling the stream.
 */
export const timeout: Middleware = async (request, next) => {
  const controller = new AbortController();
  const caller = request.signal;
  const onAbort = (): void => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onAbort, { once: true });
  let timer: ReturnType<typeof setTimeout> | undefined;
  const arm = (): void => {
    clearTimeout(timer);
    // setTimeout fires at once for delays beyond 2^31-1 ms: treat those (and Infinity) as "no timeout".
    if (request.timeout < 2 ** 31) timer = setTimeout(() => controller.abort(), request.timeout);
  };
  arm();
  let streaming = false;
  try {
    const onSent = request.onSent;
    const response = await next({
      ...request,
      signal: controller.signal,
      onSent: onSent && ((bytes) => (arm(), onSent(bytes))),
    });
    // The streamed body still reads through our signal: keep passing the caller's abort on to it.
    streaming = request.stream === true;
    return response;
  } catch (error) {
    if (caller?.aborted) throw caller.reason;
    if (controller.signal.aborted) {
      throw new ConnectionError(`No response within ${request.timeout} ms.`, { code: 'timeout', cause: error });
    }
    throw error;
  } finally {
    clearTimeout(timer);
    if (!streaming) caller?.removeEventListener('abort', onAbort);
  }
};

// crypto.randomUUID exists only in secure contexts (https, localhost); a page served over plain http
// still has getRandomValues, so build the same version-4 UUID from it there.
function randomUUID(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
