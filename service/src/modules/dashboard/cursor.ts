import { createError } from '../../errors/http-error.ts';

/** Where a dashboard page ended: the last portal's activity (microseconds since the epoch) and its id. */
export interface DashboardPosition {
  activityUs: string;
  id: string;
}

const ACTIVITY_US = /^\d{1,17}$/;
const PORTAL_ID = /^prt_[0-9a-z]{32}$/;

/**
 * The dashboard walks (last activity, id) downwards, so its cursor carries both — opaque to clients like
 * every cursor (lib/pagination.ts): base64url of `{"v":1,"t":"<µs>","i":"<portal id>"}`. Microseconds, not
 * the API's milliseconds, so two portals active in the same millisecond keep their order across pages.
 */
export function encodeDashboardCursor(position: DashboardPosition): string {
  return Buffer.from(JSON.stringify({ v: 1, t: position.activityUs, i: position.id })).toString('base64url');
}

export function decodeDashboardCursor(cursor: string | undefined): DashboardPosition | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { v?: unknown; t?: unknown; i?: unknown };
    // 17 digits: microseconds up to the year 5138, well inside PostgreSQL's bigint.
    if (
      parsed.v === 1 &&
      typeof parsed.t === 'string' &&
      ACTIVITY_US.test(parsed.t) &&
      typeof parsed.i === 'string' &&
      PORTAL_ID.test(parsed.i)
    )
      return { activityUs: parsed.t, id: parsed.i };
  } catch {
    // fall through
  }
  throw createError('invalid_cursor', 'The cursor is not one this API issued; start again without it.');
}
