// Previews in the fake APIs (the portal's and the console's): an image gets one page, a PDF its first pages (3 of
// 5 unless a test says otherwise), drawn with sharp so screenshots show something page-like, each page marked
// with the version it belongs to; any other type is unsupported. A test sets a file's status and page counts with
// `PUT /__fake/previews/{file_id}` (or a portal scenario file's `preview`). Ids are stable per file, version and
// page, like the service's, so asking again gives the same images.
import { createHash } from 'node:crypto';
import type { Schema } from '@foyer/sdk';
import sharp from 'sharp';
import type { FakeContext } from './respond.ts';
import { json } from './respond.ts';

export interface PreviewSetting {
  status?: Schema<'PreviewStatus'>;
  /** Pages rendered (a PDF's first ones), and the document's page count. */
  pages?: number;
  page_count?: number;
}

const settings = new Map<string, PreviewSetting>();
const images = new Map<string, { fileId: string; version: number; page: number; width: number; height: number; photo: boolean }>();

export function setPreview(fileId: string, setting: PreviewSetting | undefined): void {
  if (setting) settings.set(fileId, setting);
  else settings.delete(fileId);
}

/** `PUT /__fake/previews/{file_id}` with a PreviewSetting. */
export async function previewControl(ctx: FakeContext): Promise<void> {
  setPreview(ctx.path.slice('/__fake/previews/'.length), await json<PreviewSetting>(ctx.req));
  ctx.status = 204;
}

function image(fileId: string, version: number, page: number, width: number, height: number, photo: boolean): Schema<'PreviewImage'> {
  const hash = createHash('sha256').update(`${fileId}/${version}/${page}/${width}`).digest();
  const id = `pvw_${Array.from(hash.subarray(0, 32), (b) => '0123456789abcdefghijklmnopqrstuvwxyz'[b % 36]).join('')}`;
  images.set(id, { fileId, version, page, width, height, photo });
  return {
    id,
    page,
    width,
    height,
    content_type: photo ? 'image/webp' : 'image/png',
    size: 20_000,
    url: `/v1/files/${fileId}/previews/${id}`,
  };
}

/** The file's previews of `version` (its current one when absent). */
export function fakePreviews(file: Schema<'File'>, version = file.current_version.version): Schema<'FilePreviews'> {
  const type = file.current_version.content_type;
  const pdf = type === 'application/pdf';
  const setting = settings.get(file.id) ?? {};
  const status = setting.status ?? (pdf || type.startsWith('image/') ? 'ready' : 'unsupported');
  const none: Schema<'FilePreviews'> = {
    file_id: file.id,
    version,
    content_type: type,
    status,
    reason: null,
    page_count: null,
    thumbnail: null,
    pages: [],
  };
  if (status === 'failed') return { ...none, reason: 'unreadable' };
  if (status !== 'ready') return none;
  const count = pdf ? (setting.page_count ?? 5) : 1;
  const pages = pdf
    ? Array.from({ length: Math.min(count, setting.pages ?? 3) }, (_, i) => image(file.id, version, i + 1, 1237, 1600, false))
    : [image(file.id, version, 1, 1600, 1000, true)];
  return { ...none, page_count: count, pages, thumbnail: image(file.id, version, 1, 320, pdf ? 414 : 200, !pdf) };
}

/** The bytes of one of the file's preview images, or undefined for an id it does not have. */
export async function fakePreviewImage(fileId: string, id: string): Promise<{ type: string; body: Buffer } | undefined> {
  const found = images.get(id);
  if (found?.fileId !== fileId) return undefined;
  const { width, height, photo, page, version } = found;
  const lines = photo
    ? `<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#8ec5fc"/><stop offset="1" stop-color="#e0c3fc"/></linearGradient></defs>
       <rect width="${width}" height="${height}" fill="url(#g)"/><circle cx="${width * 0.7}" cy="${height * 0.35}" r="${height * 0.12}" fill="#fff6d5"/>
       <path d="M0 ${height} L${width * 0.35} ${height * 0.55} L${width * 0.6} ${height * 0.8} L${width * 0.8} ${height * 0.6} L${width} ${height} Z" fill="#5b7f6a"/>`
    : `<rect width="${width}" height="${height}" fill="#fff"/><rect x="120" y="130" width="${width * 0.45}" height="46" fill="#1f2937"/>` +
      Array.from(
        { length: 22 },
        (_, i) =>
          `<rect x="120" y="${240 + i * 52}" width="${(width - 240) * (0.6 + ((i * 37 + page * 11) % 40) / 100)}" height="16" fill="#c9ced6"/>`,
      ).join('') +
      `<rect x="120" y="${height - 150}" width="${90 + page * 10}" height="20" fill="#2563eb"/>`;
  const mark = `<text x="${width - 40}" y="${height - 40}" font-family="sans-serif" font-size="${Math.round(height / 20)}" text-anchor="end" fill="#7c3aed">v${version}</text>`;
  const svg = Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">${lines}${mark}</svg>`);
  const body = await (photo ? sharp(svg).webp() : sharp(svg).png()).toBuffer();
  return { type: photo ? 'image/webp' : 'image/png', body };
}

/** Answers `getFilePreview` (a binary answer: the contract's JSON check does not apply); false for an unknown id. */
export async function servePreview(ctx: FakeContext, fileId: string, id: string): Promise<boolean> {
  const found = await fakePreviewImage(fileId, id);
  if (!found) return false;
  ctx.status = 200;
  ctx.set('Content-Type', found.type);
  ctx.set('X-Content-Type-Options', 'nosniff');
  ctx.body = found.body;
  return true;
}
