import type { components } from '@foyer/contract';
import type { MemberRow } from './table.ts';

export type MemberDto = components['schemas']['Member'];

export function toMemberDto(row: MemberRow): MemberDto {
  return {
    id: row.id,
    portal_id: row.portal_id,
    email: row.email,
    name: row.name,
    status: row.status,
    verified: row.verified,
    notifications: row.notifications,
    locale: row.locale,
    locale_source: row.locale_source,
    last_seen_at: row.last_seen_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
  };
}
