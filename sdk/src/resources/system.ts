import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import type { ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

/** Liveness and readiness probes (no credentials needed). */
export class SystemResource extends Resource {
  /**
   * Checks that the service process is up (`GET /healthz`, `getHealth`). Does not touch the database.
   * @returns `{ status: 'ok' }`
   */
  health(options?: RequestOptions): ApiPromise<ResponseBody<'getHealth'>> {
    return this.http.request('getHealth', {}, options);
  }

  /**
   * Checks that the service can serve traffic (`GET /readyz`, `getReadiness`): its database answers.
   * Rejects with an {@link ApiError} (503 `service_unavailable`) otherwise — after the usual retries, so
   * pass `{ maxRetries: 0 }` for a single probe.
   * @returns `{ status: 'ok' }`
   */
  ready(options?: RequestOptions): ApiPromise<ResponseBody<'getReadiness'>> {
    return this.http.request('getReadiness', {}, options);
  }

  /**
   * The public keys that sign approval receipts, current and retired (`GET /.well-known/foyer-receipt-keys.json`,
   * `listReceiptKeys`): a JSON Web Key Set, each key with its workspace and PEM form.
   */
  receiptKeys(options?: RequestOptions): ApiPromise<ResponseBody<'listReceiptKeys'>> {
    return this.http.request('listReceiptKeys', {}, options);
  }
}
