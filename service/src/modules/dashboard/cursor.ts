import { isId } from '../../lib/ids.ts';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../lib/pagination.ts';

/** Where a dashboard page ended: the last portal's activity (microseconds since the epoch) and its id. */
export interface DashboardPosition {
  activityUs: string;
  id: string;
}

// 17 digits: microseconds up to the year 5138, well inside PostgreSQL's bigint.
const ACTIVITY_US = /^\d{1,17}$/;

/**
 * The dashboard walks (last activity, id) downwards, so its cursor carries both (`{"t":"<µs>","i":"<portal id>"}`,
 * lib/pagination.ts). Microseconds, not the API's milliseconds, so two portals active in the same millisecond
 * keep their order across pages.
 */
export function encodeDashboardCursor(position: DashboardPosition): string {
  return encodeKeysetCursor({ t: position.activityUs, i: position.id });
}

export function decodeDashboardCursor(cursor: string | undefined): DashboardPosition | undefined {
  return decodeKeysetCursor(cursor, ({ t, i }) =>
    typeof t === 'string' && ACTIVITY_US.test(t) && typeof i === 'string' && isId('portal', i) ? { activityUs: t, id: i } : undefined,
  );
}
