import { createError } from '../errors/http-error.ts';

/** One page of a list, as every list endpoint answers. */
export interface Page<T> {
  data: T[];
  has_more: boolean;
  next_cursor: string | null;
}

/**
 * Cursors are opaque to clients: base64url of `{"v":1,"s":"<seq>"}`, where `seq` is the row's insertion
 * sequence. Pages walk `seq` downwards (newest first), so rows inserted meanwhile never shift a page.
 */
export function encodeCursor(seq: string): string {
  return encodeKeysetCursor({ s: seq });
}

/**
 * A cursor for a list that walks another order than `seq` (the dashboard, requests by due date, templates by
 * name): base64url of `{"v":1, …fields}`, the last row's place in that order. Opaque to clients like every cursor.
 */
export function encodeKeysetCursor(fields: Record<string, string | null>): string {
  return Buffer.from(JSON.stringify({ v: 1, ...fields })).toString('base64url');
}

/**
 * Reads a cursor made by {@link encodeKeysetCursor}: `read` turns its fields into the list's position, or
 * `undefined` when they are not this list's. Anything else — not base64url JSON, another version, fields
 * `read` refuses — is 400 `invalid_cursor`.
 */
export function decodeKeysetCursor<P>(cursor: string | undefined, read: (fields: Record<string, unknown>) => P | undefined): P | undefined {
  if (cursor === undefined) return undefined;
  let position: P | undefined;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && (parsed as { v?: unknown }).v === 1)
      position = read(parsed as Record<string, unknown>);
  } catch {
    // not JSON: refused below
  }
  if (position === undefined) throw createError('invalid_cursor', 'The cursor is not one this API issued; start again without it.');
  return position;
}

/** The largest position a cursor may hold: PostgreSQL bigint's maximum, unless the list says less. */
export const MAX_BIGINT = 2n ** 63n - 1n;
export const MAX_INTEGER = 2n ** 31n - 1n;

export function decodeCursor(cursor: string | undefined, max: bigint = MAX_BIGINT): string | undefined {
  // `seq` is a PostgreSQL bigint (or integer): 19 digits can still be past its maximum.
  return decodeKeysetCursor(cursor, ({ s }) => (typeof s === 'string' && /^\d{1,19}$/.test(s) && BigInt(s) <= max ? s : undefined));
}

/**
 * Turns `limit + 1` rows into a page; the extra row only tells whether there is more. The next cursor is the
 * last row's `seq`, unless the list walks another order and says how its cursor is made (`cursorOf`).
 */
export function toPage<R extends { seq: string }, T>(
  rows: R[],
  limit: number,
  map: (row: R) => T,
  cursorOf: (last: R) => string = (last) => encodeCursor(last.seq),
): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return {
    data: pageRows.map(map),
    has_more: hasMore,
    next_cursor: hasMore && last ? cursorOf(last) : null,
  };
}
