import type { Executor } from '../../db/database.ts';
import type { FilePreviewImageRow, FilePreviewRow, PreviewFailure } from './table.ts';

/** The version a preview job renders, with where its bytes are; undefined once the version is gone. */
export function findVersionToRender(db: Executor, fileId: string, version: number) {
  return db
    .selectFrom('file_versions')
    .select(['file_id', 'version', 'content_type', 'size', 'storage_key'])
    .where('file_id', '=', fileId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export function findPreview(db: Executor, fileId: string, version: number): Promise<FilePreviewRow | undefined> {
  return db.selectFrom('file_previews').selectAll().where('file_id', '=', fileId).where('version', '=', version).executeTakeFirst();
}

/** A version's images: the thumbnail, then the pages in order. */
export function listPreviewImages(db: Executor, fileId: string, version: number): Promise<FilePreviewImageRow[]> {
  return db
    .selectFrom('file_preview_images')
    .selectAll()
    .where('file_id', '=', fileId)
    .where('version', '=', version)
    .orderBy('kind', 'desc')
    .orderBy('page')
    .execute();
}

export function findPreviewImage(db: Executor, fileId: string, imageId: string): Promise<FilePreviewImageRow | undefined> {
  return db.selectFrom('file_preview_images').selectAll().where('file_id', '=', fileId).where('id', '=', imageId).executeTakeFirst();
}

/**
 * Records a version's preview and its images, unless it has one already (another instance rendered it too):
 * false then, and the caller removes the bytes it wrote. A version deleted meanwhile fails the foreign key.
 */
export async function insertPreview(
  db: Executor,
  preview: { file_id: string; version: number; status: 'ready' | 'failed'; reason: PreviewFailure | null; page_count: number | null },
  images: Array<Omit<FilePreviewImageRow, 'created_at'>>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('file_previews')
    .values(preview)
    .onConflict((oc) => oc.columns(['file_id', 'version']).doNothing())
    .returning('file_id')
    .executeTakeFirst();
  if (!inserted) return false;
  if (images.length > 0) await db.insertInto('file_preview_images').values(images).execute();
  return true;
}
