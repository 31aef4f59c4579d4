import { isDateTime } from '../../lib/date-time.ts';
import { isId } from '../../lib/ids.ts';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../lib/pagination.ts';

/** Where a due-date page ended: the last request's due date (null: none), its portal and its id. */
export interface DuePosition {
  dueAt: string | null;
  portalId: string;
  id: string;
}

/**
 * `listRequests` sorted by due date walks (due_at nulls last, portal name, id) upwards, so its cursor carries
 * the last row's place (`{"d":"<due_at>"|null,"p":"<portal id>","i":"<request id>"}`, lib/pagination.ts). The
 * portal's id stands for its name, which is read again for the next page: a name (up to 200 characters) would
 * not fit the contract's 200-character cursor.
 */
export function encodeDueCursor(position: DuePosition): string {
  return encodeKeysetCursor({ d: position.dueAt, p: position.portalId, i: position.id });
}

export function decodeDueCursor(cursor: string | undefined): DuePosition | undefined {
  return decodeKeysetCursor(cursor, ({ d, p, i }) =>
    (d === null || (typeof d === 'string' && isDateTime(d))) &&
    typeof p === 'string' &&
    isId('portal', p) &&
    typeof i === 'string' &&
    isId('request', i)
      ? { dueAt: d, portalId: p, id: i }
      : undefined,
  );
}
