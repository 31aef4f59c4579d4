import { join } from 'node:path';
import sharp from 'sharp';
import { RenderRefusal, type RenderRequest, type RenderResult } from './protocol.ts';

/**
 * A downscaled copy and a thumbnail of an image, turned upright by its EXIF orientation, as WebP. The first
 * frame of an animation. sharp refuses an image over `maxPixels` from its header, before decoding a pixel.
 */
export async function renderImage(request: RenderRequest): Promise<RenderResult> {
  const source = sharp(request.input, { limitInputPixels: request.maxPixels, failOn: 'error', autoOrient: true, sequentialRead: true });
  const write = async (name: string, edge: number) => {
    try {
      return await source
        .clone()
        .resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80, effort: 2 })
        .toFile(join(request.outDir, name));
    } catch (err) {
      throw refusalOf(err);
    }
  };
  const page = await write('page-1.webp', request.longEdge);
  const thumbnail = await write('thumbnail.webp', request.thumbnailEdge);
  return {
    ok: true,
    pageCount: 1,
    images: [
      { file: 'page-1.webp', contentType: 'image/webp', kind: 'page', page: 1, width: page.width, height: page.height },
      { file: 'thumbnail.webp', contentType: 'image/webp', kind: 'thumbnail', page: 1, width: thumbnail.width, height: thumbnail.height },
    ],
  };
}

function refusalOf(err: unknown): RenderRefusal {
  const message = err instanceof Error ? err.message : String(err);
  if (message.includes('pixel limit')) return new RenderRefusal('too_many_pixels', message);
  return new RenderRefusal('unreadable', message);
}
