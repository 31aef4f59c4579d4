import type { components } from '@foyer/contract';
import type { FileDto } from '../files/dto.ts';
import type { RequestWithPortal } from './repository.ts';
import type { RequestItemRow } from './table.ts';
import { waitsOnClient } from './transitions.ts';

export type DocumentRequestDto = components['schemas']['DocumentRequest'];
export type RequestItemDto = components['schemas']['RequestItem'];
export type RequestProgressDto = components['schemas']['RequestProgress'];
export type DocumentRequestCreateDto = components['schemas']['DocumentRequestCreate'];
export type DocumentRequestUpdateDto = components['schemas']['DocumentRequestUpdate'];
export type RequestItemUpdateDto = components['schemas']['RequestItemUpdate'];
export type RequestItemSpecDto = components['schemas']['RequestItemSpec'];

/** An item with its files, as loaded for the API. */
export interface LoadedItem {
  row: RequestItemRow;
  files: FileDto[];
}

export function toItemDto({ row, files }: LoadedItem): RequestItemDto {
  return {
    id: row.id,
    request_id: row.request_id,
    title: row.title,
    description: row.description,
    required: row.required,
    multiple: row.multiple,
    allowed_types: row.allowed_types,
    status: row.status,
    reason: row.reason,
    note: row.note,
    files,
    submitted_at: row.submitted_at?.toISOString() ?? null,
    updated_at: row.updated_at.toISOString(),
  };
}

/** Item counts by status; `done` is what the client has dealt with ("4 of 6 done"). */
export function progressOf(items: readonly RequestItemRow[]): RequestProgressDto {
  const count = (status: RequestItemRow['status']) => items.filter((i) => i.status === status).length;
  const progress = {
    total: items.length,
    done: 0,
    open: count('open'),
    submitted: count('submitted'),
    accepted: count('accepted'),
    changes_requested: count('changes_requested'),
    not_applicable: count('not_applicable'),
  };
  progress.done = progress.submitted + progress.accepted + progress.not_applicable;
  return progress;
}

/** Open, past its due date, with required items still waiting on the client. */
export function isOverdue(request: RequestWithPortal, items: readonly RequestItemRow[], now = new Date()): boolean {
  return (
    request.status === 'open' && request.due_at !== null && request.due_at < now && items.some((i) => i.required && waitsOnClient(i.status))
  );
}

export function toRequestDto(request: RequestWithPortal, items: readonly LoadedItem[]): DocumentRequestDto {
  const rows = items.map((i) => i.row);
  return {
    id: request.id,
    portal_id: request.portal_id,
    portal_name: request.portal_name,
    title: request.title,
    message: request.message,
    due_at: request.due_at?.toISOString() ?? null,
    status: request.status,
    overdue: isOverdue(request, rows),
    template_id: request.template_id,
    items: items.map(toItemDto),
    progress: progressOf(rows),
    created_at: request.created_at.toISOString(),
    updated_at: request.updated_at.toISOString(),
    completed_at: request.completed_at?.toISOString() ?? null,
  };
}
