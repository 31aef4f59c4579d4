import type { ColumnType, Generated, Selectable } from 'kysely';

export type ExportStatus = 'queued' | 'running' | 'ready' | 'failed';

/** A zip of a portal (`portal_id`) or of the whole workspace (`portal_id` null), written by a job to storage. */
export interface ExportTable {
  id: string;
  seq: Generated<string>;
  workspace_id: string;
  portal_id: string | null;
  status: Generated<ExportStatus>;
  /** Percent of the files' bytes written so far. */
  progress: Generated<number>;
  /** bigint: the zip's bytes, once ready. */
  size: ColumnType<string | null, string | number | null, string | number | null>;
  /** `exports/{workspace_id}/{export_id}.zip`: outside `portals/`, so the orphan sweep of file blobs never sees it. */
  storage_key: string;
  error: string | null;
  /** Who asked: an API key (`key_…`) or a user (`usr_…`). */
  created_by: string;
  created_at: Generated<Date>;
  completed_at: Date | null;
  expires_at: Date | null;
}

export type ExportRow = Selectable<ExportTable>;
