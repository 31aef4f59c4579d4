import { csrfValue, userToken } from './console-scenario.ts';

/**
 * The Set-Cookie values that sign a workspace's user in (the contract's `foyer_session`, HttpOnly on `/v1`, and
 * `foyer_csrf`, readable by the page, for the `X-Foyer-Csrf` header), or, without a key, out (both expire).
 * No `Secure`: the test server is plain http on localhost.
 */
export function sessionCookies(key?: string): string[] {
  if (!key) return ['foyer_session=; Path=/v1; HttpOnly; SameSite=Strict; Max-Age=0', 'foyer_csrf=; Path=/; SameSite=Strict; Max-Age=0'];
  return [`foyer_session=${userToken(key)}; Path=/v1; HttpOnly; SameSite=Strict`, `foyer_csrf=${csrfValue(key)}; Path=/; SameSite=Strict`];
}
