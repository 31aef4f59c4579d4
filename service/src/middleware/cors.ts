import type { RequestHandler } from 'express';
import type { Db } from '../db/database.ts';
import { originAllowed } from '../modules/workspaces/repository.ts';

const PORTAL_IN_PATH = /^\/v1\/portals\/(prt_[0-9a-z]{32})(\/|$)/;
const ALLOW_METHODS = 'GET, HEAD, POST, PATCH, DELETE';
// The tus headers let the widget run resumable uploads (`/v1/uploads`) from the business's site.
const ALLOW_HEADERS =
  'Authorization, Content-Type, Idempotency-Key, Range, If-None-Match, If-Range, X-Request-Id, Tus-Resumable, Upload-Length, Upload-Metadata, Upload-Offset';
const EXPOSE_HEADERS =
  'X-Request-Id, Retry-After, RateLimit, RateLimit-Policy, Idempotent-Replayed, Content-Disposition, Content-Length, Content-Range, ETag, Location, Tus-Resumable, Tus-Version, Tus-Extension, Tus-Max-Size, Upload-Offset, Upload-Length, Upload-Expires';

/**
 * CORS for the embedded widget: only origins a workspace registered in `allowed_origins`, never
 * `Origin: null` (sandboxed frames, file: pages). The workspace is the caller's (its credential), or the
 * one owning the portal in the path; a request with neither (a preflight for /v1/me, say) is allowed for an
 * origin some workspace registered, and the real request is then held to the caller's own list.
 */
export function cors(db: Db): RequestHandler {
  return async (req, res, next) => {
    const origin = req.get('origin');
    if (!origin || !req.path.startsWith('/v1/')) return next();
    res.vary('Origin');
    const preflight = req.method === 'OPTIONS';
    // Decided before authentication, so a 401 (a revoked session) still reaches the widget readably.
    const allowed = origin !== 'null' && (await originAllowed(db, origin, { portalId: PORTAL_IN_PATH.exec(req.path)?.[1] }));
    if (allowed) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    if (!preflight) return next();
    if (allowed) {
      res.setHeader('Access-Control-Allow-Methods', ALLOW_METHODS);
      res.setHeader('Access-Control-Allow-Headers', ALLOW_HEADERS);
      res.setHeader('Access-Control-Max-Age', '600');
    }
    res.status(204).end();
  };
}

/** After authentication: an origin the caller's own workspace did not register loses its CORS headers. */
export function corsForCaller(db: Db): RequestHandler {
  return async (req, res, next) => {
    const origin = req.get('origin');
    if (!origin || !req.auth || !res.getHeader('Access-Control-Allow-Origin')) return next();
    if (!(await originAllowed(db, origin, { workspaceId: req.auth.workspaceId }))) {
      res.removeHeader('Access-Control-Allow-Origin');
      res.removeHeader('Access-Control-Expose-Headers');
    }
    next();
  };
}
