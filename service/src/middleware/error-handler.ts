import type { ErrorRequestHandler, RequestHandler } from 'express';
import { isConnectionFailure } from '../db/connection-errors.ts';
import { HttpError, createError, type FieldError } from '../errors/http-error.ts';

/** Unknown routes are a 404 problem, not Express' HTML page. */
export const notFoundHandler: RequestHandler = (req, _res, next) => {
  next(createError('not_found', `No route for ${req.method} ${req.path}.`));
};

/**
 * The one place errors become responses: RFC 9457 problem+json with a stable code and the request id.
 * Anything that is not a known client error is a generic 500; its message goes to the log only.
 */
export const errorHandler: ErrorRequestHandler = (err: unknown, req, res, _next) => {
  const problem = toHttpError(err);
  if (problem.code === 'service_unavailable') {
    req.log.warn({ err }, 'request failed: a backing service is not reachable');
  } else if (problem.status >= 500) {
    req.log.error({ err }, 'request failed');
  } else {
    req.log.info({ code: problem.code, status: problem.status }, problem.message);
  }
  if (res.headersSent) {
    // Too late for a problem document (e.g. a stream broke mid-download): cut the connection.
    res.destroy();
    return;
  }
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
  res
    .status(problem.status)
    .type('application/problem+json')
    .send(
      JSON.stringify({
        type: `urn:foyer:error:${problem.code}`,
        title: problem.title,
        status: problem.status,
        ...(problem.detail ? { detail: clip(problem.detail, LIMITS.detail) } : {}),
        code: problem.code,
        request_id: String(req.id),
        ...(problem.errors
          ? {
              errors: problem.errors
                .slice(0, LIMITS.errors)
                .map((e) => ({ path: clip(e.path, LIMITS.path), message: clip(e.message, LIMITS.message) })),
            }
          : {}),
      }),
    );
};

/**
 * The `Problem` schema's bounds in openapi.yaml. Details and field errors can echo what the client sent (an
 * unknown field's name, a path), so a hostile request could otherwise make the answer as big as itself.
 */
const LIMITS = { detail: 2000, errors: 50, path: 500, message: 1000 };

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

interface ValidatorError {
  status: number;
  message?: string;
  errors?: Array<{ path?: string; message?: string }>;
}

function toHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  if (typeof err !== 'object' || err === null) return createError('internal_error');
  // A database restart or failover: the same request is likely to work in a moment (the SDK retries 503).
  if (isConnectionFailure(err)) {
    return new HttpError(
      'service_unavailable',
      'A service this request needs (the database) is not reachable right now; try again shortly.',
      undefined,
      {
        'Retry-After': '1',
      },
    );
  }
  const e = err as Partial<ValidatorError> & { type?: string; expose?: boolean };

  // body-parser (express.json)
  if (e.type === 'entity.parse.failed') return createError('malformed_json', 'The request body is not valid JSON.');
  if (e.type === 'entity.too.large') return createError('payload_too_large', 'JSON bodies are limited to 1 MB.');
  if (e.type === 'encoding.unsupported' || e.type === 'charset.unsupported') {
    return createError('unsupported_media_type', 'Send JSON as UTF-8.');
  }

  // body-parser's other client errors (a body that does not match its Content-Encoding, a short body…)
  // carry a 4xx `status` and `expose`, but no `type` handled above.
  if (e.expose === true && e.status === 400 && !Array.isArray(e.errors)) {
    return createError('malformed_json', 'The request body could not be read as sent: check Content-Encoding and Content-Length.');
  }

  // express-openapi-validator: errors carry `status` and `errors[]`
  if (typeof e.status === 'number' && Array.isArray(e.errors)) {
    const fields: FieldError[] = e.errors.map((item) => ({
      path: normalisePath(item.path ?? ''),
      message: item.message ?? 'is invalid',
    }));
    const detail = fields.map((f) => `${f.path} ${f.message}`).join('; ') || e.message;
    switch (e.status) {
      case 400:
        return createError('validation_failed', detail, fields);
      case 401:
        return createError('authentication_required', 'Send an API key as `Authorization: Bearer sk_…`.');
      case 404:
        return createError('not_found', 'No such route.');
      case 405:
        return createError('method_not_allowed', detail);
      case 413:
        return createError('payload_too_large', detail);
      case 415:
        return createError('unsupported_media_type', detail);
    }
  }
  return createError('internal_error');
}

// The validator reports `/body/name` or `.body.name`; clients get `/body/name`.
function normalisePath(path: string): string {
  const slashed = path.startsWith('.') ? path.replace(/\./g, '/') : path;
  return slashed.startsWith('/') ? slashed : `/${slashed}`;
}
