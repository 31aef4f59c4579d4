/**
 * `foyer-error`: something failed that the widget reported to the person (a failed load, upload or
 * sign-in). `code` is the API's stable error code (or `connection_failed`), `request_id` names the request
 * in the service's logs.
 */
export type FoyerErrorEvent = CustomEvent<{ code: string; message: string; status?: number | undefined; request_id?: string | undefined }>;

declare global {
  interface GlobalEventHandlersEventMap {
    'foyer-error': FoyerErrorEvent;
  }
}
