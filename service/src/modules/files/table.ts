import type { ColumnType, Generated, Selectable } from 'kysely';

export type ActorKind = 'owner' | 'member';

export interface FileTable {
  id: string;
  seq: Generated<string>;
  portal_id: string;
  workspace_id: string;
  name: string;
  current_version: number;
  uploaded_by_kind: ActorKind;
  uploaded_by_id: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface FileVersionTable {
  file_id: string;
  version: number;
  /** bigint in SQL: files may exceed 2 GiB when MAX_UPLOAD_BYTES allows. */
  size: ColumnType<string, string | number, string | number>;
  content_type: string;
  sha256: string;
  /** Random, never derived from the filename: `portals/{portal_id}/{random}`. */
  storage_key: string;
  uploaded_by_kind: ActorKind;
  uploaded_by_id: string | null;
  created_at: Generated<Date>;
}

export type FileRow = Selectable<FileTable>;
export type FileVersionRow = Selectable<FileVersionTable>;
