import { ERROR_CODES, type ErrorCode } from './codes.ts';

/** One offending field of a `validation_failed` error. */
export interface FieldError {
  path: string;
  message: string;
}

/** An error meant for the client: its code, status and detail are safe to show. */
export class HttpError extends Error {
  readonly status: number;
  readonly title: string;

  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? ERROR_CODES[code].title);
    this.name = 'HttpError';
    this.status = ERROR_CODES[code].status;
    this.title = ERROR_CODES[code].title;
  }
}

/** One-line factory: `throw createError('not_found', 'No such portal')`. */
export function createError(code: ErrorCode, detail?: string, errors?: FieldError[]): HttpError {
  return new HttpError(code, detail, errors);
}

export const notFound = (what = 'object'): HttpError => createError('not_found', `No such ${what}.`);
