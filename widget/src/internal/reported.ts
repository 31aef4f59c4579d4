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
