import type { CookieOptions, Response } from 'express';
import { keyedHash } from '../../lib/secrets.ts';

/** The console's session: `us_…`, HttpOnly, sent only to the API (`Path=/v1`), never to pages such as `/p/…`. */
export const SESSION_COOKIE = 'foyer_session';
/** Readable by the console's script, which sends it back as {@link CSRF_HEADER}. */
export const CSRF_COOKIE = 'foyer_csrf';
export const CSRF_HEADER = 'X-Foyer-Csrf';

/**
 * The CSRF value of a session: an HMAC of its id under SECRET_KEY, so nobody can make it without the session
 * (a cookie planted from a sibling subdomain does not come with the right header value).
 */
export function csrfToken(secretKey: string, sessionId: string): string {
  return keyedHash(secretKey, `csrf:${sessionId}`);
}

function base(secure: boolean): CookieOptions {
  return { sameSite: 'strict', secure };
}

/** Sets the console's two cookies for a new session, until the session's absolute end. */
export function setSessionCookies(
  res: Response,
  session: { token: string; id: string; expiresAt: Date },
  options: { secure: boolean; secretKey: string },
): void {
  res.cookie(SESSION_COOKIE, session.token, { ...base(options.secure), httpOnly: true, path: '/v1', expires: session.expiresAt });
  res.cookie(CSRF_COOKIE, csrfToken(options.secretKey, session.id), { ...base(options.secure), path: '/', expires: session.expiresAt });
}

/** Expires both cookies (sign-out). */
export function clearSessionCookies(res: Response, options: { secure: boolean }): void {
  res.clearCookie(SESSION_COOKIE, { ...base(options.secure), httpOnly: true, path: '/v1' });
  res.clearCookie(CSRF_COOKIE, { ...base(options.secure), path: '/' });
}
