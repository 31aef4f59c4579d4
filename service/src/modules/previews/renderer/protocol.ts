import type { PreviewFailure } from '../table.ts';

/** What the renderer process is asked to do: read `input`, write images into `outDir`. Sent as JSON on stdin. */
export interface RenderRequest {
  input: string;
  outDir: string;
  kind: 'image' | 'pdf';
  /** Pixels on the long edge of each page image (smaller images keep their size). */
  longEdge: number;
  /** Pixels on the long edge of the thumbnail. */
  thumbnailEdge: number;
  /** PDF pages to render at most, from the first. */
  maxPages: number;
  /** Largest input image (width × height), for sharp's `limitInputPixels` and pdf.js' `maxImageSize`. */
  maxPixels: number;
}

/** One image the renderer wrote, as `{outDir}/{file}`. */
export interface RenderedImage {
  file: string;
  contentType: PreviewContentType;
  kind: 'page' | 'thumbnail';
  page: number;
  width: number;
  height: number;
}

/** The renderer's answer: one JSON line on stdout. */
export type RenderResult = { ok: true; pageCount: number; images: RenderedImage[] } | { ok: false; reason: PreviewFailure; detail: string };

/** A refusal the renderer knows the reason of (anything else it throws is `unreadable`). */
export class RenderRefusal extends Error {
  constructor(
    readonly reason: PreviewFailure,
    message: string,
  ) {
    super(message);
    this.name = 'RenderRefusal';
  }
}

/** PDF's own limit on a page's width and height (ISO 32000-1, annex C.2): 200 inches. */
export const MAX_PAGE_POINTS = 14_400;

/**
 * What previews are: WebP for images (photographs stay small) and thumbnails; PNG for PDF pages (text stays
 * sharp, and encodes twice as fast as WebP).
 */
export type PreviewContentType = 'image/webp' | 'image/png';
