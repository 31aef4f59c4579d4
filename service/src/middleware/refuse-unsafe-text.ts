import type { RequestHandler } from 'express';
import { createError, type HttpError } from '../errors/http-error.ts';
import { findUnsafeText, MAX_JSON_DEPTH, nestsDeeperThan, unsafeCharMessage, type UnsafeText } from '../lib/unsafe-text.ts';

/**
 * One rule for every string of every operation: NUL and lone surrogates are refused with a 400 that names
 * the field, before any handler (or PostgreSQL) sees them. `refuseUnsafeUrl` runs before routing on the
 * path and the query; `refuseUnsafeBody` right after JSON parsing. Multipart fields are checked where they
 * are streamed (files/upload-receiver.ts).
 */
export const refuseUnsafeUrl: RequestHandler = (req, _res, next) => {
  const queryAt = req.url.indexOf('?');
  const rawPath = queryAt === -1 ? req.url : req.url.slice(0, queryAt);
  for (const segment of rawPath.split('/')) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      // Includes an encoded surrogate (%ED%A0%80): it is not UTF-8.
      return next(refusal({ path: '/path', message: 'has malformed percent-encoding: encode the URL path as UTF-8' }));
    }
    const message = unsafeCharMessage(decoded);
    if (message) return next(refusal({ path: '/path', message }));
  }
  if (queryAt !== -1) {
    const unsafe = findUnsafeText(req.query, '/query');
    if (unsafe) return next(refusal(unsafe));
  }
  next();
};

export const refuseUnsafeBody: RequestHandler = (req, _res, next) => {
  // Only what express.json parsed: a multipart body is still an unread stream here.
  if (req.body === undefined || req.body === null || typeof req.body !== 'object') return next();
  if (nestsDeeperThan(req.body, MAX_JSON_DEPTH)) {
    return next(refusal({ path: '/body', message: `is nested deeper than ${MAX_JSON_DEPTH} levels` }));
  }
  const unsafe = findUnsafeText(req.body, '/body');
  next(unsafe ? refusal(unsafe) : undefined);
};

export function refusal(unsafe: UnsafeText): HttpError {
  return createError('validation_failed', `${unsafe.path} ${unsafe.message}`, [unsafe]);
}
