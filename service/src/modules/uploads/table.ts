import type { ColumnType, Generated, Selectable } from 'kysely';

/**
 * A resumable (tus) upload: its target — a new file in `portal_id` (answering `request_item_id`, if any) or a
 * new version of `target_file_id` — and who may go on with it (a client's: only `member_id`; the business's:
 * any owner credential of the workspace). `completed` once its bytes have become `file_id` at `version`.
 */
export interface UploadTable {
  id: string;
  workspace_id: string;
  portal_id: string;
  member_id: string | null;
  target_file_id: string | null;
  request_item_id: string | null;
  /** The sanitised display name. */
  filename: string;
  /** bigint in SQL: `Upload-Length`. */
  size: ColumnType<string, string | number, string | number>;
  /** Where the tus store keeps the bytes, as an ObjectStorage key; the version's blob once completed. */
  storage_key: string;
  status: Generated<'open' | 'completed'>;
  file_id: string | null;
  version: number | null;
  expires_at: Date;
  created_at: Generated<Date>;
}

export type UploadRow = Selectable<UploadTable>;
