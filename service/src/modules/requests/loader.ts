import type { Db } from '../../db/database.ts';
import { toFileDto, type FileDto } from '../files/dto.ts';
import { listFilesByIds } from '../files/repository.ts';
import { toRequestDto, type DocumentRequestDto, type LoadedItem } from './dto.ts';
import * as repo from './repository.ts';

/**
 * Requests as the API shows them, with their items and each item's files: three reads whatever the number
 * of requests (items, attachments, files), never one per item.
 */
export async function loadRequestDtos(
  db: Db,
  workspaceId: string,
  requests: readonly repo.RequestWithPortal[],
): Promise<DocumentRequestDto[]> {
  const items = await repo.itemsOfRequests(
    db,
    requests.map((r) => r.id),
  );
  const attachments = await repo.filesOfItems(
    db,
    items.map((i) => i.id),
  );
  const files = new Map(
    (
      await listFilesByIds(
        db,
        workspaceId,
        attachments.map((a) => a.file_id),
      )
    ).map((f) => [f.id, toFileDto(f)]),
  );
  const filesByItem = new Map<string, FileDto[]>();
  for (const { item_id, file_id } of attachments) {
    const file = files.get(file_id);
    if (!file) continue; // deleted between the reads
    const list = filesByItem.get(item_id);
    if (list) list.push(file);
    else filesByItem.set(item_id, [file]);
  }
  const itemsByRequest = new Map<string, LoadedItem[]>();
  for (const row of items) {
    const loaded = { row, files: filesByItem.get(row.id) ?? [] };
    const list = itemsByRequest.get(row.request_id);
    if (list) list.push(loaded);
    else itemsByRequest.set(row.request_id, [loaded]);
  }
  return requests.map((r) => toRequestDto(r, itemsByRequest.get(r.id) ?? []));
}
