import { create as contentDisposition } from 'content-disposition';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import type { ByteRange, ObjectStorage } from '../../adapters/storage/index.ts';
import { ObjectNotFoundError } from '../../adapters/storage/index.ts';
import { createError, HttpError } from '../../errors/http-error.ts';
import { isActiveContent } from '../../lib/content-type.ts';
import type { FileVersionRow } from './table.ts';

const PRESIGNED_SECONDS = 300;

/**
 * Sends a version's bytes as an attachment: Content-Length, ETag (sha256), one Range (206), If-None-Match
 * (304), If-Range; `nosniff` and `sandbox` so nothing renders inline, and active types (HTML, SVG, XML) sent
 * as octet-stream. With presigned downloads on, answers 302 to a URL carrying the same disposition.
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

  if (matchesEtag(req.get('if-none-match'), etag)) {
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

  const ifRange = req.get('if-range');
  const range = ifRange === undefined || ifRange === etag ? parseRange(req.get('range'), size) : undefined;
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

function matchesEtag(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((candidate) => {
    const value = candidate.trim().replace(/^W\//, '');
    return value === etag || value === '*';
  });
}

/**
 * One `bytes=` range, or undefined to send everything (no header, several ranges, or a syntax this does not
 * serve). A range wholly outside the content is 416.
 */
export function parseRange(header: string | undefined, size: number): ByteRange | undefined {
  if (!header) return undefined;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return undefined;
  const [, first, last] = match as unknown as [string, string, string];
  if (first === '' && last === '') return undefined;
  let start: number;
  let end: number;
  if (first === '') {
    const suffix = Number(last);
    if (suffix === 0) throw unsatisfiable(size);
    start = Math.max(0, size - suffix);
    end = size - 1;
  } else {
    start = Number(first);
    end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
    if (last !== '' && Number(last) < start) return undefined; // invalid: ignore, per RFC 9110
  }
  if (start >= size || size === 0) throw unsatisfiable(size);
  return { start, end };
}

function unsatisfiable(size: number): HttpError {
  const error = new HttpError('range_not_satisfiable', `The content is ${size} bytes long.`, undefined, {
    'Content-Range': `bytes */${size}`,
  });
  return error;
}
