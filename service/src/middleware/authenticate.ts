import type { RequestHandler } from 'express';
import type { Db } from '../db/database.ts';
import { createError } from '../errors/http-error.ts';
import { authenticateApiKey } from '../modules/api-keys/service.ts';
import { authenticateSession } from '../modules/sessions/service.ts';

/**
 * Resolves `Authorization: Bearer …` (an API key `sk_…` or a client session `cs_…`) to `req.auth`. A request without the header passes through
 * (the contract's security requirement then answers 401 where one is needed); a header that does not
 * resolve to a live credential is 401 right away.
 */
export function authenticate(db: Db, secretKey: string): RequestHandler {
  return async (req, _res, next) => {
    const header = req.headers.authorization;
    if (header === undefined) return next();
    const match = /^Bearer\s+(\S{1,512})\s*$/i.exec(header);
    if (!match?.[1]) {
      return next(createError('invalid_credentials', 'Send credentials as `Authorization: Bearer <key>`.'));
    }
    const token = match[1];
    const auth = token.startsWith('cs_') ? await authenticateSession(db, secretKey, token) : await authenticateApiKey(db, secretKey, token);
    if (!auth) {
      return next(
        createError(
          'invalid_credentials',
          token.startsWith('cs_')
            ? 'This session has ended (signed out, revoked or expired). Sign in again.'
            : 'The API key is not valid or has been revoked.',
        ),
      );
    }
    req.auth = auth;
    next();
  };
}
