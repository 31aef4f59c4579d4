import { Http, type FetchLike } from './http.ts';
import { auth, idempotencyKey, timeout } from './middleware.ts';
import { PortalsResource } from './resources/portals.ts';
import { SystemResource } from './resources/system.ts';
import { WorkspaceResource } from './resources/workspace.ts';
import { DEFAULT_MAX_RETRIES, retry } from './retry.ts';
import { verifyWebhook } from './webhooks.ts';

/** Milliseconds one attempt may take unless the client or the call says otherwise. */
export const DEFAULT_TIMEOUT = 60_000;

interface BaseOptions {
  /** Where the service runs, e.g. `https://portal.example.com`. */
  baseUrl: string;
  /** A `fetch` implementation; defaults to the global one. */
  fetch?: FetchLike | undefined;
  /** Retries after a failed attempt (network error, timeout, 409 in progress, 429, 5xx). Default 2. */
  maxRetries?: number | undefined;
  /** Milliseconds one attempt may take, reading the response included. Default 60 000. */
  timeout?: number | undefined;
}

/**
 * Options for {@link Foyer}: at most one credential. Without one, only the calls that need none work
 * (health probes; later the client sign-in flow).
 */
export type FoyerOptions = BaseOptions &
  (
    | {
        /** An owner API key (`sk_…`). Server side only: it acts for the whole workspace. */
        apiKey?: string | undefined;
        sessionToken?: never;
      }
    | {
        /** A client session token (`cs_…`), e.g. in the browser: it sees only its own portal. */
        sessionToken?: string | undefined;
        apiKey?: never;
      }
  );

/**
 * The Foyer API client.
 *
 * ```ts
 * const foyer = new Foyer({ baseUrl: 'https://portal.example.com', apiKey: process.env.FOYER_API_KEY });
 * const portal = await foyer.portals.create({ name: '2026 tax return', client_name: 'Dana Whitfield' });
 * ```
 *
 * Every method rejects with a {@link FoyerError} subclass, retries what is safe to retry and gives each
 * POST an `Idempotency-Key`. Request and response fields are the contract's, snake_case as on the wire.
 */
export class Foyer {
  /** Webhook helpers that need no client: `await Foyer.webhooks.verify(body, headers, secret)`. */
  static readonly webhooks = { verify: verifyWebhook };

  /** Liveness and readiness probes. */
  readonly system: SystemResource;
  /** The caller's workspace (owner credentials). */
  readonly workspace: WorkspaceResource;
  /** Client portals. */
  readonly portals: PortalsResource;

  /** Creates a client; no request is made until a method is called. */
  constructor(options: FoyerOptions) {
    if (!options?.baseUrl) throw new TypeError('new Foyer({ baseUrl }) needs the service URL.');
    if (options.apiKey && options.sessionToken) throw new TypeError('Pass either apiKey or sessionToken, not both.');
    const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    if (!Number.isInteger(maxRetries) || maxRetries < 0) throw new TypeError('maxRetries must be an integer ≥ 0.');
    const http = new Http({
      baseUrl: options.baseUrl.replace(/\/+$/, ''),
      fetch: options.fetch,
      timeout: options.timeout ?? DEFAULT_TIMEOUT,
      maxRetries,
      middleware: [idempotencyKey, retry, auth(options.apiKey ?? options.sessionToken), timeout],
    });
    this.system = new SystemResource(http);
    this.workspace = new WorkspaceResource(http);
    this.portals = new PortalsResource(http);
  }
}
