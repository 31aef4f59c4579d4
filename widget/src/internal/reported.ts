import { NotFoundError } from '@foyer/sdk';
import type { PortalContext } from './context.ts';

/**
 * For a task's `.catch()`: reports a failed load to the portal (so an ended session signs out and
 * `foyer-error` fires), then rethrows it for the task's error state. A run aborted because newer
 * arguments replaced it is not a failure.
 */
export function reported(ctx: PortalContext, signal: AbortSignal) {
  return (error: unknown): never => {
    if (!signal.aborted) ctx.report(error);
    throw error;
  };
}

/**
 * Tells the file view around `part` that its file answered 404: the view checks, then says it was removed.
 * Not composed: `file-removed` stays inside the view's shadow root, where `<foyer-file-view>` listens.
 */
export function fileRemoved(part: HTMLElement): void {
  part.dispatchEvent(new Event('file-removed', { bubbles: true }));
}

/**
 * For the `.catch()` of a load inside a file's view (comments, approvals): a 404 means the file was deleted
 * meanwhile — not an error to report: the load resolves to `undefined` and the view is told. Anything else
 * is {@link reported}.
 */
export function unlessRemoved(part: HTMLElement, ctx: PortalContext, signal: AbortSignal) {
  return (error: unknown): undefined => {
    if (!(error instanceof NotFoundError)) return reported(ctx, signal)(error);
    if (!signal.aborted) fileRemoved(part);
    return undefined;
  };
}
