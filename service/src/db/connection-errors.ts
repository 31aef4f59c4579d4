// SQLSTATEs that say the connection, not the statement, failed: class 08 (connection exception), the server
// shutting down or starting up (57P01–57P03), and no connection slot left (53300).
const CONNECTION_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);

// Socket errors from connecting to or talking with the database server.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// node-postgres and its pool report a lost or unobtainable connection with plain Errors and these messages.
const PG_MESSAGES = [
  /^Connection terminated/, // "… unexpectedly", "… due to connection timeout"
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
  /^Client was closed and is not queryable$/,
  /^Cannot use a pool after calling end on the pool$/,
];

/**
 * True when `err` (or an error it wraps) means the database could not be reached or dropped the connection —
 * a restart, a failover, a full pool — rather than a statement that failed. Such a request may succeed if
 * retried shortly, so it is answered 503, not 500.
 */
export function isConnectionFailure(err: unknown, depth = 0): boolean {
  if (typeof err !== 'object' || err === null || depth > 5) return false;
  const e = err as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
  if (typeof e.code === 'string') {
    if (SOCKET_CODES.has(e.code) || CONNECTION_SQLSTATES.has(e.code) || /^08[0-9A-Z]{3}$/.test(e.code)) return true;
  }
  if (typeof e.message === 'string' && PG_MESSAGES.some((pattern) => pattern.test(e.message as string))) return true;
  // Connecting to "localhost" tries ::1 and 127.0.0.1: Node reports both refusals in an AggregateError.
  if (Array.isArray(e.errors) && e.errors.some((inner) => isConnectionFailure(inner, depth + 1))) return true;
  return isConnectionFailure(e.cause, depth + 1);
}
