import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { Logger } from 'pino';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import type { PreviewSettings } from '../../config.ts';
import type { Db } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import { previewKind } from './kinds.ts';
import type { Renderers } from './renderer-process.ts';
import type { RenderedImage, RenderResult } from './renderer/protocol.ts';
import * as repo from './repository.ts';
import type { FilePreviewImageRow } from './table.ts';

export interface PreviewJobDeps {
  db: Db;
  storage: ObjectStorage;
  logger: Logger;
  settings: PreviewSettings;
  renderers: Renderers;
}

/** Long edge of a page image and of a thumbnail, in pixels. */
export const PAGE_EDGE = 1600;
export const THUMBNAIL_EDGE = 320;
/** Largest image the renderer decodes (width × height): a 50-megapixel camera passes, a decompression bomb does not. */
const MAX_PIXELS = 100_000_000;
const IMAGE_FILE = /^(page-[1-9][0-9]{0,2}|thumbnail)\.(webp|png)$/;
const EXTENSIONS = { 'image/webp': 'webp', 'image/png': 'png' } as const;

/**
 * Renders one version's previews, once: copies its bytes to a temporary directory, runs the renderer process on
 * them, stores the images beside the version's bytes and records them — or records why it failed. A version
 * deleted meanwhile, or rendered by another instance, leaves nothing behind. Errors of storage or the database
 * are thrown, for the queue to retry.
 */
export async function renderPreview(deps: PreviewJobDeps, fileId: string, version: number): Promise<void> {
  const { db, settings } = deps;
  const target = await repo.findVersionToRender(db, fileId, version);
  if (!target) return;
  const kind = previewKind(target.content_type);
  if (!kind || (await repo.findPreview(db, fileId, version))) return;
  if (Number(target.size) > settings.maxBytes) {
    await record(deps, target, { ok: false, reason: 'too_large', detail: `${target.size} bytes` }, []);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'foyer-preview-'));
  try {
    const input = join(dir, 'input');
    const outDir = join(dir, 'out');
    await mkdir(outDir);
    await pipeline(await deps.storage.get(target.storage_key), createWriteStream(input, { mode: 0o600 }));
    const started = performance.now();
    const result = checked(
      await deps.renderers.run(
        { input, outDir, kind, longEdge: PAGE_EDGE, thumbnailEdge: THUMBNAIL_EDGE, maxPages: settings.maxPages, maxPixels: MAX_PIXELS },
        { timeoutMs: settings.timeoutSeconds * 1000, memoryMb: settings.memoryMb },
      ),
      settings.maxPages,
    );
    const ms = Math.round(performance.now() - started);
    if (!result.ok) {
      deps.logger.info({ file_id: fileId, version, reason: result.reason, detail: result.detail, ms }, 'preview failed');
      await record(deps, target, result, []);
      return;
    }
    const images: Array<Omit<FilePreviewImageRow, 'created_at'>> = [];
    try {
      for (const image of result.images) images.push(await store(deps.storage, target, outDir, image));
      await record(deps, target, result, images);
    } catch (err) {
      await removeAll(deps, images);
      throw err;
    }
    deps.logger.debug({ file_id: fileId, version, pages: result.pageCount, ms }, 'preview ready');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

type Target = NonNullable<Awaited<ReturnType<typeof repo.findVersionToRender>>>;

async function store(storage: ObjectStorage, target: Target, outDir: string, image: RenderedImage) {
  const id = newId('preview');
  const path = join(outDir, image.file);
  const key = `${target.storage_key}.previews/${id}.${EXTENSIONS[image.contentType]}`;
  const { size } = await stat(path);
  await storage.put(key, createReadStream(path));
  return {
    id,
    file_id: target.file_id,
    version: target.version,
    kind: image.kind,
    page: image.page,
    width: image.width,
    height: image.height,
    content_type: image.contentType,
    size: String(size),
    storage_key: key,
  };
}

/** Records the outcome; when it is not recorded (rendered elsewhere, or the version is gone), removes the images. */
async function record(deps: PreviewJobDeps, target: Target, result: RenderResult, images: Array<Omit<FilePreviewImageRow, 'created_at'>>) {
  let recorded = false;
  try {
    recorded = await deps.db.transaction().execute((trx) =>
      repo.insertPreview(
        trx,
        {
          file_id: target.file_id,
          version: target.version,
          status: result.ok ? 'ready' : 'failed',
          reason: result.ok ? null : result.reason,
          page_count: result.ok ? result.pageCount : null,
        },
        images,
      ),
    );
  } catch (err) {
    if (!(await repo.findVersionToRender(deps.db, target.file_id, target.version))) recorded = false;
    else throw err;
  }
  if (!recorded) await removeAll(deps, images);
}

async function removeAll(deps: PreviewJobDeps, images: Array<{ storage_key: string }>) {
  for (const image of images) {
    // What stays is an orphan the storage sweeper removes.
    await deps.storage.delete(image.storage_key).catch((err: unknown) => deps.logger.warn({ err }, 'could not remove a preview image'));
  }
}

/**
 * The renderer works on hostile input, so its answer is checked before anything is stored: only the images
 * it may write, with sane sizes, at most one per page asked for and a thumbnail.
 */
function checked(result: RenderResult, maxPages: number): RenderResult {
  if (!result.ok) return result;
  const sane = (n: number) => Number.isInteger(n) && n >= 1 && n <= 100_000;
  const valid =
    Number.isInteger(result.pageCount) &&
    result.pageCount >= 1 &&
    result.images.length <= maxPages + 1 &&
    result.images.every(
      (image) =>
        IMAGE_FILE.test(image.file) &&
        Object.hasOwn(EXTENSIONS, image.contentType) &&
        image.file.endsWith(`.${EXTENSIONS[image.contentType]}`) &&
        sane(image.width) &&
        sane(image.height) &&
        Number.isInteger(image.page) &&
        image.page >= 1,
    );
  return valid ? result : { ok: false, reason: 'crashed', detail: 'the renderer answered with something else than images' };
}
