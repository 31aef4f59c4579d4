import type { ApiPromise } from '../api-promise.ts';
import type { RequestOptions } from '../request-options.ts';
import type { RequestBody, ResponseBody } from '../types.ts';
import { Resource } from './resource.ts';

/** The caller's workspace: the business that owns the portals. Owner credentials only. */
export class WorkspaceResource extends Resource {
  /**
   * Reads the workspace the API key belongs to (`GET /v1/workspace`, `getWorkspace`).
   * @throws {@link AuthenticationError} when the key is unknown or revoked.
   */
  get(options?: RequestOptions): ApiPromise<ResponseBody<'getWorkspace'>> {
    return this.http.request('getWorkspace', {}, options);
  }

  /**
   * Updates the name, branding, allowed embed origins or notification emails (`PATCH /v1/workspace`,
   * `updateWorkspace`). Fields left out are kept.
   * @example `await foyer.workspace.update({ allowed_origins: ['https://www.acme.example'] })`
   * @throws {@link ValidationError} when a field breaks the contract (see `details`).
   */
  update(body: RequestBody<'updateWorkspace'>, options?: RequestOptions): ApiPromise<ResponseBody<'updateWorkspace'>> {
    return this.http.request('updateWorkspace', { body }, options);
  }

  /**
   * Makes a new key sign the workspace's receipts from now on (`POST /v1/workspace/receipt-keys`,
   * `rotateReceiptKey`); the old one is retired but stays published, so its receipts still verify.
   */
  rotateReceiptKey(options?: RequestOptions): ApiPromise<ResponseBody<'rotateReceiptKey'>> {
    return this.http.request('rotateReceiptKey', {}, options);
  }
}
