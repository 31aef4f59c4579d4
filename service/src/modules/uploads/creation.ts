import { Metadata } from '@tus/utils';
import { createError, type HttpError } from '../../errors/http-error.ts';
import { isId } from '../../lib/ids.ts';
import { unsafeCharMessage } from '../../lib/unsafe-text.ts';
import { refusal } from '../../middleware/refuse-unsafe-text.ts';
import type { UploadTarget } from '../files/upload-service.ts';

/** What a tus creation request asks for, read from its headers. */
export interface Creation {
  target: UploadTarget;
  /** The display name as sent (`filename`, else `name`); sanitised later like a plain upload's. */
  filename: string | undefined;
  size: number;
}

/** The headers of a creation request that this reads (Express' lower-case names). */
export type CreationHeaders = Partial<Record<'upload-length' | 'upload-defer-length' | 'upload-concat' | 'upload-metadata', string>>;

/**
 * Reads a creation request: `Upload-Length` (required and at most `maxBytes`: a deferred length or a
 * concatenation is refused) and `Upload-Metadata` — `portal_id` (with an optional `request_item_id`) or
 * `file_id`, and a `filename`; other keys are ignored (tus clients add their own, e.g. `filetype`).
 */
export function readCreation(headers: CreationHeaders, maxBytes: number): Creation {
  if (headers['upload-defer-length'] !== undefined || headers['upload-length'] === undefined)
    throw createError('malformed_upload', 'Send Upload-Length, the size of the whole upload: a deferred length is not taken.');
  if (headers['upload-concat'] !== undefined) throw createError('malformed_upload', 'Concatenated uploads are not taken.');
  const size = Number(headers['upload-length']);
  if (size > maxBytes) throw createError('file_too_large', `Files are limited to ${maxBytes} bytes.`);
  let meta: Record<string, string | null>;
  try {
    meta = Metadata.parse(headers['upload-metadata']);
  } catch {
    throw invalid('must be tus metadata: comma-separated "key base64(value)" pairs, each key once');
  }
  const id = (key: string, kind: 'portal' | 'file' | 'requestItem', prefix: string): string | undefined => {
    const value = meta[key];
    if (value === undefined) return undefined;
    if (value === null || !isId(kind, value)) throw invalid(`its ${key} must be a ${prefix}… id`);
    return value;
  };
  const portalId = id('portal_id', 'portal', 'prt_');
  const fileId = id('file_id', 'file', 'fil_');
  const requestItemId = id('request_item_id', 'requestItem', 'rqi_');
  if ((portalId === undefined) === (fileId === undefined))
    throw invalid('must name either a portal_id (a new file) or a file_id (a new version)');
  if (fileId !== undefined && requestItemId !== undefined)
    throw invalid('takes a request_item_id only with a portal_id: a new version answers the items of its file');
  const filename = meta.filename ?? meta.name ?? undefined;
  const unsafe = filename === undefined ? undefined : unsafeCharMessage(filename);
  if (unsafe) throw invalid(`(its filename) ${unsafe}`);
  const target: UploadTarget =
    fileId !== undefined ? { fileId } : { portalId: portalId!, ...(requestItemId !== undefined ? { requestItemId } : {}) };
  return { target, filename, size };
}

function invalid(message: string): HttpError {
  return refusal({ path: '/header/Upload-Metadata', message });
}
