import type { RequestHandler } from 'express';
import { createError } from '../errors/http-error.ts';

/**
 * express.json turns an empty body into `{}`, which would let `Content-Type: application/json` with no body
 * pass as an empty object. An empty body is no JSON at all. `markEmptyJsonBody` notes it before parsing;
 * `refuseEmptyJsonBody`, after the contract's validator has found the operation, refuses it where the
 * operation takes a body (operations without one ignore what was sent).
 */
export const markEmptyJsonBody: RequestHandler = (req, res, next) => {
  const length = req.get('content-length');
  const empty = length === '0' || (length === undefined && req.get('transfer-encoding') === undefined);
  if (empty && req.is('application/json')) res.locals.emptyJsonBody = true;
  next();
};

export const refuseEmptyJsonBody: RequestHandler = (req, res, next) => {
  const operation = (req as { openapi?: { schema?: { requestBody?: unknown } } }).openapi?.schema;
  if (res.locals.emptyJsonBody === true && operation?.requestBody) {
    return next(createError('malformed_json', 'The request body is empty: send a JSON object.'));
  }
  next();
};
