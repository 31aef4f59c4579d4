import type { RequestHandler } from 'express';
import { presentCredential, resolveCredential, type PresentedCredential } from '../authz/credentials.ts';
import type { Db } from '../db/database.ts';
import { createError } from '../errors/http-error.ts';

declare module 'express-serve-static-core' {
  interface Request {
    /** Set instead of `auth` on a route that checks the credential inside its own statement. */
    presentedCredential?: PresentedCredential;
  }
}

// The file list is the busiest read (the widget refreshes it; integrations poll it): it looks the credential
// up in the same statement as the page, one round trip instead of two, and refuses the page unless the
// credential holds (FileService.listChecked). Every other route gets `req.auth` here.
const CHECKS_OWN_CREDENTIAL = /^\/v1\/portals\/prt_[0-9a-z]{32}\/files$/;

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
    const credential = presentCredential(secretKey, token);
    if (credential && req.method === 'GET' && CHECKS_OWN_CREDENTIAL.test(req.path)) {
      req.presentedCredential = credential;
      return next();
    }
    const auth = credential && (await resolveCredential(db, credential));
    if (!auth) return next(invalidCredentials(token.startsWith('cs_') ? 'session' : 'api_key'));
    req.auth = auth;
    next();
  };
}

/** The 401 for a credential that does not resolve to a live one. */
export function invalidCredentials(kind: PresentedCredential['kind']) {
  return createError(
    'invalid_credentials',
    kind === 'session'
      ? 'This session has ended (signed out, revoked or expired). Sign in again.'
      : 'The API key is not valid or has been revoked.',
  );
}
