import type { Request, RequestHandler } from 'express';
import type { Auth } from '../authz/auth.ts';
import type { Db } from '../db/database.ts';
import { createError, type HttpError } from '../errors/http-error.ts';
import { readCookie } from '../lib/cookies.ts';
import { parseBearerToken } from '../lib/bearer-token.ts';
import { hashesEqual } from '../lib/secrets.ts';
import { authenticateApiKey } from '../modules/api-keys/service.ts';
import { authenticateSession } from '../modules/sessions/service.ts';
import { CSRF_HEADER, csrfToken, SESSION_COOKIE } from '../modules/user-sessions/cookies.ts';
import { authenticateUserSession } from '../modules/user-sessions/service.ts';

/**
 * Resolves the caller to `req.auth`: `Authorization: Bearer …` (an API key `sk_…`, a user session `us_…` or a
 * client session `cs_…`), else the console's `foyer_session` cookie. A request without either passes through
 * (the contract then answers 401 where credentials are needed); credentials that do not resolve to a live
 * one are 401 right away.
 */
export function authenticate(db: Db, secretKey: string): RequestHandler {
  return async (req, _res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) return next(await fromCookie(req, db, secretKey));
    const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
    if (!match?.[1]) {
      return next(createError('invalid_credentials', 'Send credentials as `Authorization: Bearer <key>`.'));
    }
    const token = match[1];
    let auth: Auth | undefined;
    if (token.startsWith('cs_')) auth = await authenticateSession(db, secretKey, token);
    else if (token.startsWith('us_')) auth = await authenticateUserSession(db, secretKey, token);
    else auth = await authenticateApiKey(db, secretKey, token);
    if (!auth) {
      return next(
        createError(
          'invalid_credentials',
          token.startsWith('cs_') || token.startsWith('us_')
            ? 'This session has ended (signed out, revoked or expired). Sign in again.'
            : 'The API key is not valid or has been revoked.',
        ),
      );
    }
    req.auth = auth;
    next();
  };
}

/**
 * The console's cookie, for a request without `Authorization` only. Browsers send it with any same-site
 * request, so it counts only when the console's script proves it read the `foyer_csrf` cookie — the
 * `X-Foyer-Csrf` header, an HMAC of the session id that a cross-site page can neither read nor forge.
 * Without the header the cookie is ignored (a client widget on the same site is never authenticated by it); a
 * wrong header, or a browser saying the request comes from another site, is 403 `csrf_failed`.
 */
async function fromCookie(req: Request, db: Db, secretKey: string): Promise<HttpError | undefined> {
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (token === undefined) return undefined;
  if (req.get('sec-fetch-site') === 'cross-site') {
    return createError('csrf_failed', 'The console cookie came with a request from another site.');
  }
  const presented = req.get(CSRF_HEADER);
  if (presented === undefined) return undefined;
  const parsed = parseBearerToken('us', token);
  if (!parsed || !hashesEqual(presented, csrfToken(secretKey, `uss_${parsed.idPart}`))) {
    return createError('csrf_failed', `The ${CSRF_HEADER} header does not match this session: reload the console.`);
  }
  // A session that has ended leaves the request unauthenticated rather than refused: the console can neither
  // read nor delete its HttpOnly cookie, and must still be able to sign in again (a public operation). Every
  // other operation then answers 401 for want of credentials.
  const auth = await authenticateUserSession(db, secretKey, token);
  if (auth) req.auth = auth;
  return undefined;
}
