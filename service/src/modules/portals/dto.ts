import type { components } from '@foyer/contract';
import type { PortalRow } from './table.ts';

export type PortalDto = components['schemas']['Portal'];

/** What a portal's API form is built from. */
export type PortalDtoSource = Pick<
  PortalRow,
  | 'id'
  | 'name'
  | 'client_name'
  | 'access_mode'
  | 'status'
  | 'client_uploads'
  | 'request_open_items'
  | 'request_submitted_items'
  | 'request_next_due_at'
  | 'created_at'
  | 'updated_at'
>;

/**
 * A portal as the API shows it; `publicUrl` builds its direct link (`PUBLIC_URL/p/{portal_id}`), never request
 * headers. `overdueItems`: its required request items waiting on the client past their due date (counted for a
 * page of portals at once, see requests/repository.ts).
 */
export function toPortalDto(row: PortalDtoSource, publicUrl: string, overdueItems: number): PortalDto {
  return {
    id: row.id,
    requests: {
      open_items: row.request_open_items,
      submitted_items: row.request_submitted_items,
      overdue_items: overdueItems,
      next_due_at: row.request_next_due_at?.toISOString() ?? null,
    },
    name: row.name,
    client_name: row.client_name,
    access_mode: row.access_mode,
    status: row.status,
    client_uploads: row.client_uploads,
    url: portalUrl(publicUrl, row.id),
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

/** The direct link clients open. */
export function portalUrl(publicUrl: string, portalId: string): string {
  return `${publicUrl}/p/${portalId}`;
}
