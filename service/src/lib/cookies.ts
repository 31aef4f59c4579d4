/**
 * The value of cookie `name` in a `Cookie` request header, or `undefined`. Only plain values (no quotes, no
 * percent-decoding): the service reads only the cookies it sets, whose values are base64url and hex.
 */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (header === undefined) return undefined;
  // Split, not a regex: linear in the header's length whatever it holds.
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq === -1) continue;
    if (pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  return undefined;
}
