import type { components } from '@foyer/contract';
import type { UserRow } from './table.ts';

export type UserDto = components['schemas']['User'];

export function toUserDto(row: UserRow): UserDto {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    status: row.status,
    notifications: { muted: row.notifications_muted, muted_portal_ids: row.muted_portal_ids },
    last_sign_in_at: row.last_sign_in_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
