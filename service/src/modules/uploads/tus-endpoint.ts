import { MemoryLocker, Server } from '@tus/server';
import { ERRORS } from '@tus/utils';
import type { Request, Response as ExpressResponse } from 'express';
import type { Logger } from 'pino';
import { NodeRequest } from 'srvx/node';
import type { ResumableStore } from '../../adapters/storage/resumable-store.ts';
import type { ErrorCode } from '../../errors/codes.ts';
import { createError, HttpError } from '../../errors/http-error.ts';
import { trimEndOf } from '../../lib/trim.ts';

/** The protocol headers of a tus answer that go on to the client (never its own CORS headers). */
const TUS_HEADERS = ['tus-resumable', 'tus-version', 'tus-extension', 'tus-max-size', 'upload-offset', 'upload-length', 'upload-expires'];

/** tus-node's errors, by identity, as ours. */
const TUS_ERRORS = new Map<object, [ErrorCode, string]>([
  [ERRORS.INVALID_OFFSET, ['upload_offset_mismatch', 'Upload-Offset is not what the service holds; ask with HEAD and go on from there.']],
  [ERRORS.FILE_NO_LONGER_EXISTS, ['upload_expired', 'The upload has expired; start again.']],
  [ERRORS.FILE_NOT_FOUND, ['not_found', 'No such upload.']],
  [ERRORS.ERR_SIZE_EXCEEDED, ['file_too_large', 'The request carries more bytes than the Upload-Length of the upload.']],
  [ERRORS.ERR_MAX_SIZE_EXCEEDED, ['file_too_large', 'The upload is larger than the service takes.']],
  [ERRORS.ERR_LOCK_TIMEOUT, ['upload_locked', 'Another request is still writing to this upload; try again.']],
  [ERRORS.MISSING_OFFSET, ['malformed_upload', 'Send Upload-Offset.']],
  [ERRORS.INVALID_CONTENT_TYPE, ['unsupported_media_type', 'Send the bytes as application/offset+octet-stream.']],
  [ERRORS.ABORTED, ['malformed_upload', 'The request was cut off, or another request took the upload over.']],
  [ERRORS.INVALID_LENGTH, ['malformed_upload', 'Send Upload-Length, the size of the whole upload.']],
  [ERRORS.INVALID_METADATA, ['malformed_upload', 'Upload-Metadata is not tus metadata.']],
]);

/** How tus-node's own answers map to ours, by status, when they did not go through `onResponseError`. */
const BY_STATUS: Record<number, ErrorCode> = {
  400: 'malformed_upload',
  404: 'not_found',
  409: 'upload_offset_mismatch',
  412: 'tus_resumable_required',
  413: 'file_too_large',
  415: 'unsupported_media_type',
  423: 'upload_locked',
};

/**
 * `@tus/server` speaking through Express: the route has already authenticated the caller and checked the
 * upload is theirs; this runs the protocol (offsets, locks, the store) and gives its answer back as a web
 * `Response` for the route to relay. One instance per app: the lock of each upload (tus' MemoryLocker) lives
 * in this process, so a PATCH that arrives while the previous one of the same upload still runs (a client
 * retrying after a cut) makes that one stop and takes over.
 */
export class TusEndpoint {
  #server: Promise<Server> | undefined;

  constructor(
    private readonly store: () => Promise<ResumableStore>,
    private readonly options: { maxUploadBytes: number; publicUrl: string; logger: Logger },
  ) {}

  /** Runs one tus request; a POST creates the upload under `res.locals.uploadId`, chosen by the route. */
  async handle(req: Request, res: ExpressResponse): Promise<Response> {
    const server = await (this.#server ??= this.create());
    return server.handleWeb(new NodeRequest({ req, res }));
  }

  private async create(): Promise<Server> {
    const { datastore } = await this.store();
    // Upload URLs are built from PUBLIC_URL's path, never from the request's Host; relative, so a client
    // resolves it against the address it called.
    const base = trimEndOf(new URL(this.options.publicUrl).pathname, '/');
    return new Server({
      path: '/v1/uploads',
      datastore,
      maxSize: this.options.maxUploadBytes,
      locker: new MemoryLocker({ acquireLockTimeout: 10_000 }),
      namingFunction: (req) => uploadIdOf(req),
      generateUrl: (_req, { id }) => `${base}/v1/uploads/${id}`,
      // CORS is the service's (middleware/cors.ts): tus-node adds no origin of its own.
      allowedOrigins: () => false,
      onResponseError: (_req, err) => {
        const error = asHttpError(err);
        if (error.status >= 500) this.options.logger.error({ err }, 'resumable upload request failed');
        return { status_code: error.status, body: JSON.stringify({ code: error.code, detail: error.detail }) };
      },
    });
  }
}

/** Copies the protocol headers of a tus answer onto the Express response. */
export function relayTusHeaders(from: Response, to: ExpressResponse): void {
  for (const name of TUS_HEADERS) {
    const value = from.headers.get(name);
    if (value !== null) to.setHeader(name, value);
  }
}

/** A failed tus answer as our error (its body is what `onResponseError` wrote, or tus-node's own text). */
export async function tusFailure(response: Response): Promise<HttpError> {
  const text = await response.text();
  try {
    const { code, detail } = JSON.parse(text) as { code: ErrorCode; detail?: string };
    if (typeof code === 'string') return createError(code, detail);
  } catch {
    // tus-node's own plain-text answer (a missing Tus-Resumable, a malformed header)
  }
  return createError(BY_STATUS[response.status] ?? 'internal_error', text.trim().slice(0, 500) || undefined);
}

function asHttpError(err: unknown): HttpError {
  if (err instanceof HttpError) return err;
  const known = typeof err === 'object' && err !== null ? TUS_ERRORS.get(err) : undefined;
  if (known) return createError(known[0], known[1]);
  const status = (err as { status_code?: number } | null)?.status_code;
  return createError(status !== undefined && BY_STATUS[status] ? BY_STATUS[status] : 'internal_error');
}

/** The id the route chose for the upload a POST creates (srvx keeps the Node request and response). */
function uploadIdOf(req: unknown): string {
  const res = (req as { runtime?: { node?: { res?: ExpressResponse } } }).runtime?.node?.res;
  const id = res?.locals.uploadId as string | undefined;
  if (!id) throw new Error('a tus upload was created without an id chosen by the route');
  return id;
}
