import { Readable } from 'node:stream';
import { newId } from '../../src/lib/ids.ts';
import { insertPreview } from '../../src/modules/previews/repository.ts';
import type { TestContext } from './context.ts';
import { PNG_1X1 } from './uploads.ts';

/**
 * A ready preview of the file's first version, one page, recorded as the render job would record it (bytes in
 * storage, rows in the database) without rendering: the `pvw_` object the contract-driven tests need.
 */
export async function seedPreview(ctx: TestContext, fileId: string): Promise<string> {
  const version = await ctx.db
    .selectFrom('file_versions')
    .select('storage_key')
    .where('file_id', '=', fileId)
    .where('version', '=', 1)
    .executeTakeFirstOrThrow();
  const id = newId('preview');
  const key = `${version.storage_key}.previews/${id}.png`;
  await ctx.storage.put(key, Readable.from([PNG_1X1]));
  await insertPreview(ctx.db, { file_id: fileId, version: 1, status: 'ready', reason: null, page_count: 1 }, [
    {
      id,
      file_id: fileId,
      version: 1,
      kind: 'page',
      page: 1,
      width: 1,
      height: 1,
      content_type: 'image/png',
      size: String(PNG_1X1.length),
      storage_key: key,
    },
  ]);
  return id;
}
