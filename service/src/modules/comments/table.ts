import type { Generated, Selectable } from 'kysely';

export interface CommentTable {
  id: string;
  seq: Generated<string>;
  file_id: string;
  portal_id: string;
  workspace_id: string;
  parent_id: string | null;
  version: number | null;
  author_kind: 'owner' | 'member';
  author_id: string;
  /** Null once deleted: the row stays as a placeholder so replies keep their context. */
  body: string | null;
  resolved_at: Date | null;
  edited_at: Date | null;
  deleted_at: Date | null;
  created_at: Generated<Date>;
}

export type CommentRow = Selectable<CommentTable>;
