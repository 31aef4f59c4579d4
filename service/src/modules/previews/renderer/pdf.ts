import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp from 'sharp';
import { MAX_PAGE_POINTS, RenderRefusal, type RenderedImage, type RenderRequest, type RenderResult } from './protocol.ts';

const STANDARD_FONTS = join(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts/');

/**
 * The first `maxPages` pages of a PDF as PNG images, and a WebP thumbnail of the first. pdf.js runs no script
 * (scripting is a viewer feature we never load; `isEvalSupported: false` keeps it from compiling fonts with
 * `eval`), ignores XFA, refuses images over `maxPixels`, and a page over PDF's own size limit fails the preview
 * rather than being drawn.
 */
export async function renderPdf(request: RenderRequest): Promise<RenderResult> {
  const data = new Uint8Array(await readFile(request.input));
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data,
      isEvalSupported: false,
      enableXfa: false,
      disableFontFace: true,
      useSystemFonts: false,
      standardFontDataUrl: STANDARD_FONTS,
      maxImageSize: request.maxPixels,
      isOffscreenCanvasSupported: false,
      verbosity: 0,
    }).promise;
  } catch (err) {
    if ((err as { name?: string }).name === 'PasswordException') throw new RenderRefusal('encrypted', 'the PDF needs a password');
    throw new RenderRefusal('unreadable', err instanceof Error ? err.message : String(err));
  }

  const images: RenderedImage[] = [];
  // One canvas while the pages keep their size: a canvas' pixels are freed only when V8 collects it.
  let canvas: Canvas | undefined;
  const pages = Math.min(doc.numPages, request.maxPages);
  for (let number = 1; number <= pages; number++) {
    const page = await doc.getPage(number);
    const natural = page.getViewport({ scale: 1 });
    if (natural.width > MAX_PAGE_POINTS || natural.height > MAX_PAGE_POINTS) {
      throw new RenderRefusal('page_too_large', `page ${number} is ${Math.round(natural.width)} × ${Math.round(natural.height)} pt`);
    }
    const viewport = page.getViewport({ scale: request.longEdge / Math.max(natural.width, natural.height, 1) });
    const width = Math.max(1, Math.ceil(viewport.width));
    const height = Math.max(1, Math.ceil(viewport.height));
    if (canvas?.width !== width || canvas.height !== height) canvas = createCanvas(width, height);
    const context = canvas.getContext('2d');
    // pdf.js types its canvas context as the DOM's; @napi-rs/canvas' implements what it uses.
    await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport, background: 'white' }).promise;
    page.cleanup();
    const raw = sharp(canvas.data(), { raw: { width, height, channels: 4 } }).removeAlpha();
    const file = `page-${number}.png`;
    await raw.clone().png({ compressionLevel: 4 }).toFile(join(request.outDir, file));
    images.push({ file, contentType: 'image/png', kind: 'page', page: number, width, height });
    if (number === 1) {
      const thumb = await raw
        .clone()
        .resize({ width: request.thumbnailEdge, height: request.thumbnailEdge, fit: 'inside', withoutEnlargement: true })
        .webp({ quality: 80, effort: 2 })
        .toFile(join(request.outDir, 'thumbnail.webp'));
      images.push({
        file: 'thumbnail.webp',
        contentType: 'image/webp',
        kind: 'thumbnail',
        page: 1,
        width: thumb.width,
        height: thumb.height,
      });
    }
  }
  const pageCount = doc.numPages;
  await doc.destroy();
  return { ok: true, pageCount, images };
}
