import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { paths } from './contract.ts';
import { trimTrailingSlashes } from './base-url.ts';

/** Options for {@link createFoyerClient}. */
export interface FoyerClientOptions {
  /** Where the service runs, e.g. `https://portal.example.com`. */
  baseUrl: string;
  /** An owner API key (`sk_…`), for server-side use. */
  apiKey?: string;
  /** A client session token (`cs_…`), for the browser. */
  sessionToken?: string;
  /** A `fetch` implementation; defaults to the global one. */
  fetch?: typeof globalThis.fetch;
}

/** A typed low-level client: every path and body is checked against `openapi.yaml`. */
export type FoyerClient = Client<paths>;

/**
 * Creates a low-level typed client for the Foyer API (openapi-fetch over the generated `paths`).
 * The credential is sent as `Authorization: Bearer …` on every request.
 */
export function createFoyerClient(options: FoyerClientOptions): FoyerClient {
  const client = createClient<paths>({
    baseUrl: trimTrailingSlashes(options.baseUrl),
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const credential = options.apiKey ?? options.sessionToken;
  if (credential) client.use(bearer(credential));
  return client;
}

function bearer(token: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}
