import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import fresh from 'fresh';
import { pipeline } from 'node:stream/promises';
import parseRange from 'range-parser';
import type { ByteRange, ObjectStorage } from '../../adapters/storage/index.ts';
import { ObjectNotFoundError } from '../../adapters/storage/index.ts';
import { createError, HttpError } from '../../errors/http-error.ts';
import { isActiveContent } from '../../lib/content-type.ts';
import type { FileVersionRow } from './table.ts';

const PRESIGNED_SECONDS = 300;

/**
 * Sends a version's bytes as an attachment: Content-Length, ETag (sha256), one Range (206), If-None-Match
 * (304), If-Range — read by range-parser and fresh, as Express' own `send` reads them; `nosniff` and
 * `sandbox` so nothing renders inline, and active types (HTML, SVG, XML) sent as octet-stream. With presigned downloads on, answers 302 to a URL carrying the same disposition.
 */
export async function sendContent(
  req: Request,
  res: Response,
  storage: ObjectStorage,
  file: { name: string },
  version: FileVersionRow,
  options: { presigned: boolean },
): Promise<void> {
  const size = Number(version.size);
  const etag = `"${version.sha256}"`;
  const type = isActiveContent(version.content_type) ? 'application/octet-stream' : version.content_type;
  const disposition = contentDisposition(file.name, { type: 'attachment' });

  res.setHeader('Content-Disposition', disposition);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', 'sandbox');
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('ETag', etag);
  res.setHeader('Accept-Ranges', 'bytes');

  // If-None-Match only (weak comparison, lists, `*`). Not the request's Cache-Control: `no-cache` asks caches
  // to revalidate with us, which this is — and fetch() adds it to every request that sets If-None-Match.
  if (fresh({ 'if-none-match': req.get('if-none-match') }, { etag })) {
    res.status(304).end();
    return;
  }

  if (options.presigned && storage.presignGet) {
    const url = await storage.presignGet(version.storage_key, {
      expiresInSeconds: PRESIGNED_SECONDS,
      contentType: type,
      contentDisposition: disposition,
    });
    res.setHeader('Cache-Control', 'no-store');
    res.redirect(302, url);
    return;
  }

  const range = requestedRange(req, etag, size);
  res.setHeader('Content-Type', type);
  if (range) {
    res.status(206);
    res.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${size}`);
    res.setHeader('Content-Length', String(range.end - range.start + 1));
  } else {
    res.status(200);
    res.setHeader('Content-Length', String(size));
  }
  if (req.method === 'HEAD' || size === 0) {
    res.end();
    return;
  }

  let body;
  try {
    body = await storage.get(version.storage_key, range);
  } catch (err) {
    if (err instanceof ObjectNotFoundError) {
      // A row without bytes should never happen (rows go first on delete); say so loudly.
      req.log.error({ key: version.storage_key }, 'file bytes missing from storage');
      throw createError('internal_error');
    }
    throw err;
  }
  try {
    await pipeline(body, res);
  } catch (err) {
    // The client went away mid-download, or storage broke mid-stream: nothing more can be said.
    if (!res.writableEnded) res.destroy();
    if (!(err instanceof Error && 'code' in err && err.code === 'ERR_STREAM_PREMATURE_CLOSE')) {
      req.log.warn({ err }, 'download interrupted');
    }
  }
}

/**
 * The one byte range to send, or undefined to send everything: no Range header, an If-Range that is not this
 * version's ETag (a strong comparison, RFC 9110 §13.1.5: a weak tag or a date never matches), another unit,
 * a malformed header, or ranges that stay apart after range-parser merges the ones that touch or overlap
 * (this serves no multipart/byteranges). When no range overlaps the content the answer is 416.
 */
function requestedRange(req: Request, etag: string, size: number): ByteRange | undefined {
  const header = req.get('range');
  if (!header) return undefined;
  const ifRange = req.get('if-range');
  if (ifRange !== undefined && ifRange !== etag) return undefined;
  const ranges = parseRange(size, header, { combine: true });
  if (ranges === -1) throw unsatisfiable(size);
  if (ranges === -2 || ranges.type !== 'bytes' || ranges.length !== 1) return undefined;
  return ranges[0];
}

function unsatisfiable(size: number): HttpError {
  return new HttpError('range_not_satisfiable', `The content is ${size} bytes long.`, undefined, { 'Content-Range': `bytes */${size}` });
}
