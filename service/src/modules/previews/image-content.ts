import type { Request, Response } from 'express';
import fresh from 'fresh';
import { pipeline } from 'node:stream/promises';
import { ObjectNotFoundError, type ObjectStorage } from '../../adapters/storage/index.ts';
import { createError } from '../../errors/http-error.ts';
import type { FilePreviewImageRow } from './table.ts';

/**
 * Sends a preview image: a plain image of our own making, never the original. `nosniff` and a CSP that loads
 * and runs nothing, even opened on its own. Revalidated on every use (`no-cache`, ETag = its id, which never
 * changes), so a device signed out or a member revoked gets the 404 and not a cached copy.
 */
export async function sendPreviewImage(req: Request, res: Response, storage: ObjectStorage, image: FilePreviewImageRow): Promise<void> {
  const etag = `"${image.id}"`;
  res.setHeader('Content-Type', image.content_type);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
  res.setHeader('Content-Disposition', `inline; filename="preview.${image.content_type === 'image/png' ? 'png' : 'webp'}"`);
  res.setHeader('Cache-Control', 'private, no-cache');
  res.setHeader('ETag', etag);
  if (fresh({ 'if-none-match': req.get('if-none-match') }, { etag })) {
    res.removeHeader('Content-Type');
    res.status(304).end();
    return;
  }
  let body;
  try {
    body = await storage.get(image.storage_key);
  } catch (err) {
    if (err instanceof ObjectNotFoundError) {
      req.log.error({ key: image.storage_key }, 'preview bytes missing from storage');
      throw createError('internal_error');
    }
    throw err;
  }
  res.status(200);
  res.setHeader('Content-Length', String(image.size));
  try {
    await pipeline(body, res);
  } catch {
    // The client went away: nothing more to say.
    if (!res.writableEnded) res.destroy();
  }
}
