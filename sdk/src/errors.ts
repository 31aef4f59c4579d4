import type { ErrorCode, Problem } from './types.ts';

/** One offending field of a `validation_failed` error, e.g. `{ path: '/body/name', message: '…' }`. */
export type FieldError = NonNullable<Problem['errors']>[number];

/**
 * Codes an SDK error can carry: the contract's `ErrorCode`s, plus the SDK's own for failures that never
 * reached a problem document. Open-ended, so a newer service's codes still type-check.
 */
export type FoyerErrorCode =
  | ErrorCode
  | 'connection_failed'
  | 'timeout'
  | 'http_error'
  | 'webhook_invalid_headers'
  | 'webhook_invalid_timestamp'
  | 'webhook_invalid_signature'
  | (string & {});

/** What an SDK error is built from. */
export interface FoyerErrorInit {
  status?: number | undefined;
  code: FoyerErrorCode;
  requestId?: string | undefined;
  details?: FieldError[] | undefined;
  headers?: Headers | undefined;
  cause?: unknown;
}

/**
 * The base of every error the SDK throws. Branch on the subclass (`instanceof NotFoundError`) or on the
 * stable `code`; quote `requestId` when reporting a problem, it names the request in the service's logs.
 */
export class FoyerError extends Error {
  override name = 'FoyerError';
  /** The HTTP status, or `undefined` when no response arrived (see {@link ConnectionError}). */
  readonly status: number | undefined;
  /** A stable snake_case code, e.g. `not_found`, `validation_failed`, `timeout`. */
  readonly code: FoyerErrorCode;
  /** The service's request id (`request_id` of the problem, or the `X-Request-Id` header). */
  readonly requestId: string | undefined;
  /** For `validation_failed`: each offending field. Empty otherwise. */
  readonly details: FieldError[];
  /** The response headers, when there was a response. */
  readonly headers: Headers | undefined;

  constructor(message: string, init: FoyerErrorInit) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details ?? [];
    this.headers = init.headers;
  }
}

/** 401: the API key or session token is missing, unknown, expired or revoked. */
export class AuthenticationError extends FoyerError {
  override name = 'AuthenticationError';
}

/** 403: the credentials are valid but may not do this. */
export class PermissionError extends FoyerError {
  override name = 'PermissionError';
}

/** 404: no such object — or it belongs to another workspace, which the API never distinguishes. */
export class NotFoundError extends FoyerError {
  override name = 'NotFoundError';
}

/** 400 or 422: the request breaks the contract (see `details`), or an `Idempotency-Key` was reused. */
export class ValidationError extends FoyerError {
  override name = 'ValidationError';
}

/** 409: e.g. `idempotency_in_progress` (retried automatically) or a state conflict. */
export class ConflictError extends FoyerError {
  override name = 'ConflictError';
}

/** 429: too many requests. `retryAfter` says how many seconds to wait, when the service said so. */
export class RateLimitError extends FoyerError {
  override name = 'RateLimitError';
  /** Seconds to wait before trying again, from the `Retry-After` header. */
  readonly retryAfter: number | undefined;

  constructor(message: string, init: FoyerErrorInit) {
    super(message, init);
    this.retryAfter = parseRetryAfter(init.headers?.get('retry-after'));
  }
}

/** No response: the network failed or the attempt timed out (`code` is `connection_failed` or `timeout`). */
export class ConnectionError extends FoyerError {
  override name = 'ConnectionError';
}

/** 5xx, or any other status the SDK has no better class for. */
export class ApiError extends FoyerError {
  override name = 'ApiError';
}

const CLASS_BY_STATUS: Record<number, typeof FoyerError> = {
  400: ValidationError,
  401: AuthenticationError,
  403: PermissionError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
  429: RateLimitError,
};

/**
 * The one factory that turns an error response into the right {@link FoyerError} subclass, reading the
 * RFC 9457 problem document when the body is one (a proxy's HTML error page still gives a useful error).
 */
export function errorFromResponse(status: number, headers: Headers, body: string): FoyerError {
  let problem: Partial<Problem> = {};
  try {
    const parsed: unknown = JSON.parse(body);
    if (parsed !== null && typeof parsed === 'object') problem = parsed;
  } catch {
    // Not JSON: keep the status, use a generic code.
  }
  const ErrorClass = CLASS_BY_STATUS[status] ?? ApiError;
  const message = problem.detail ?? problem.title ?? `The service answered HTTP ${status}.`;
  return new ErrorClass(message, {
    status,
    code: typeof problem.code === 'string' ? problem.code : 'http_error',
    requestId: problem.request_id ?? headers.get('x-request-id') ?? undefined,
    details: Array.isArray(problem.errors) ? problem.errors : [],
    headers,
  });
}

/** `Retry-After` as seconds from now: either delta-seconds or an HTTP date. */
export function parseRetryAfter(value: string | null | undefined): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
