import type { ColumnType, Generated, Selectable } from 'kysely';

/** Why a preview could not be made (the contract's `PreviewFailure`). */
export type PreviewFailure =
  'too_large' | 'too_many_pixels' | 'page_too_large' | 'encrypted' | 'unreadable' | 'timed_out' | 'out_of_memory' | 'crashed';

/**
 * The outcome of rendering one file version. No row: not rendered yet (`pending`) or not a type the renderer
 * takes (`unsupported`); both follow from the version's content type. Deleted with the version (cascade).
 */
export interface FilePreviewTable {
  file_id: string;
  version: number;
  status: 'ready' | 'failed';
  reason: PreviewFailure | null;
  /** Pages in the document (1 for an image); null when it failed before it could tell. */
  page_count: number | null;
  created_at: Generated<Date>;
}

/** One image of a ready preview: the thumbnail, or a page (the image itself, or a PDF's page). */
export interface FilePreviewImageTable {
  id: string;
  file_id: string;
  version: number;
  kind: 'page' | 'thumbnail';
  page: number;
  width: number;
  height: number;
  content_type: string;
  size: ColumnType<string, string | number, string | number>;
  /** Beside the version's own bytes: `{version storage key}.previews/{id}.webp`. */
  storage_key: string;
  created_at: Generated<Date>;
}

export type FilePreviewRow = Selectable<FilePreviewTable>;
export type FilePreviewImageRow = Selectable<FilePreviewImageTable>;
