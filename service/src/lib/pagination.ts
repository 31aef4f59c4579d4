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
  return Buffer.from(JSON.stringify({ v: 1, s: seq })).toString('base64url');
}

/** The largest position a cursor may hold: PostgreSQL bigint's maximum, unless the list says less. */
export const MAX_BIGINT = 2n ** 63n - 1n;
export const MAX_INTEGER = 2n ** 31n - 1n;

export function decodeCursor(cursor: string | undefined, max: bigint = MAX_BIGINT): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { v?: unknown; s?: unknown };
    // `seq` is a PostgreSQL bigint (or integer): 19 digits can still be past its maximum.
    if (parsed.v === 1 && typeof parsed.s === 'string' && /^\d{1,19}$/.test(parsed.s) && BigInt(parsed.s) <= max) return parsed.s;
  } catch {
    // fall through
  }
  throw createError('invalid_cursor', 'The cursor is not one this API issued; start again without it.');
}

/** Turns `limit + 1` rows into a page; the extra row only tells whether there is more. */
export function toPage<R extends { seq: string }, T>(rows: R[], limit: number, map: (row: R) => T): Page<T> {
  const hasMore = rows.length > limit;
  const pageRows = hasMore ? rows.slice(0, limit) : rows;
  const last = pageRows.at(-1);
  return {
    data: pageRows.map(map),
    has_more: hasMore,
    next_cursor: hasMore && last ? encodeCursor(last.seq) : null,
  };
}
