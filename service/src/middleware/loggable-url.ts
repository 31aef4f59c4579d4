/**
 * Query parameters whose values the request log may show: paging and filters of the API's lists and the
 * dev mailbox's `format`. Any other parameter may carry a credential (`/unsubscribe?t=…` does; a client
 * may put a key where it does not belong), so its value is never written.
 */
const HARMLESS_QUERY_PARAMS = new Set(['limit', 'cursor', 'status', 'uploaded_by', 'version', 'type', 'actor', 'since', 'until', 'format']);

/** A parameter name that reads as a word; anything else (a token pasted as a name) is hidden whole. */
const PLAIN_NAME = /^[a-z][a-z_]{0,31}$/;

export const REDACTED = 'REDACTED';

/**
 * The request URL as the request log writes it: the path as sent, and of the query only the values of
 * known-harmless parameters; any other value becomes `REDACTED` (an allow-list, so a new parameter is
 * hidden until someone decides it is harmless).
 */
export function loggableUrl(url: string): string {
  const queryAt = url.indexOf('?');
  if (queryAt === -1) return url;
  const pairs = url
    .slice(queryAt + 1)
    .split('&')
    .map((pair) => {
      if (pair === '') return pair;
      const equals = pair.indexOf('=');
      const name = decodeName(equals === -1 ? pair : pair.slice(0, equals));
      if (name !== undefined && HARMLESS_QUERY_PARAMS.has(name)) return pair;
      return name !== undefined && PLAIN_NAME.test(name) ? `${name}=${REDACTED}` : REDACTED;
    });
  return `${url.slice(0, queryAt)}?${pairs.join('&')}`;
}

function decodeName(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw.replaceAll('+', ' '));
  } catch {
    return undefined;
  }
}
