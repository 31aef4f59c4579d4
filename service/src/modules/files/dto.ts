import type { components } from '@foyer/contract';
import type { FileListRow } from './repository.ts';
import type { ActorKind, FileVersionRow } from './table.ts';

export type FileDto = components['schemas']['File'];
export type FileVersionDto = components['schemas']['FileVersion'];
type ActorDto = components['schemas']['Actor'];

function actorDto(kind: ActorKind, id: string | null, name: string | null = null, email: string | null = null): ActorDto {
  return { kind, id, name, email };
}

export function toVersionDto(row: FileVersionRow, uploaderName?: string | null, uploaderEmail?: string | null): FileVersionDto {
  return {
    version: row.version,
    size: Number(row.size),
    content_type: row.content_type,
    sha256: row.sha256,
    uploaded_by: actorDto(row.uploaded_by_kind, row.uploaded_by_id, uploaderName, uploaderEmail),
    created_at: row.created_at.toISOString(),
  };
}

/** Straight from the joined row (this runs for every row of every list): no intermediate objects. */
export function toFileDto(file: FileListRow): FileDto {
  return {
    id: file.id,
    portal_id: file.portal_id,
    name: file.name,
    current_version: {
      version: file.current_version,
      size: Number(file.v_size),
      content_type: file.v_content_type,
      sha256: file.v_sha256,
      uploaded_by: actorDto(file.v_uploaded_by_kind, file.v_uploaded_by_id, file.vm_name, file.vm_email),
      created_at: file.v_created_at,
    },
    version_count: file.current_version,
    uploaded_by: actorDto(file.uploaded_by_kind, file.uploaded_by_id, file.fm_name, file.fm_email),
    approval:
      file.ar_id !== null && file.ar_status !== null && file.ar_version !== null
        ? { request_id: file.ar_id, status: file.ar_status, version: file.ar_version, due_at: file.ar_due_at }
        : null,
    created_at: file.created_at,
    updated_at: file.updated_at,
  };
}
