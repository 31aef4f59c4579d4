import type { Db, Executor } from '../../db/database.ts';
import { requireOwner, requireOwnerRole, type Auth } from '../../authz/auth.ts';
import { createError, notFound, type FieldError } from '../../errors/http-error.ts';
import { newId } from '../../lib/ids.ts';
import { createApiKey, type CreatedApiKey } from '../api-keys/service.ts';
import { insertUser, ownerEmails } from '../users/repository.ts';
import { findWorkspace, insertWorkspace, updateWorkspace } from './repository.ts';
import type { WorkspaceChanges, WorkspaceRow } from './table.ts';
import type { components } from '@foyer/contract';

export type WorkspaceDto = components['schemas']['Workspace'];
export type WorkspaceUpdateDto = components['schemas']['WorkspaceUpdate'];

export interface CreatedWorkspace {
  workspace_id: string;
  api_key: CreatedApiKey;
}

/**
 * Creates a workspace with its owner users and a first API key, in one transaction. The owners sign in to the
 * console with their address and, as every user, hear what clients do unless they mute it; `notify_emails`
 * starts empty, for extra addresses (a shared inbox).
 */
export async function createWorkspace(
  db: Db,
  secretKey: string,
  input: { name: string; ownerEmails: string[] },
): Promise<CreatedWorkspace> {
  return db.transaction().execute(async (trx) => {
    const workspace = await insertWorkspace(trx, { id: newId('workspace'), name: input.name });
    await insertOwnerUsers(trx, workspace.id, input.ownerEmails);
    const apiKey = await createApiKey(trx, secretKey, workspace.id, 'default');
    return { workspace_id: workspace.id, api_key: apiKey };
  });
}

/** The first owners of a new workspace: users with role `owner`, invited until they first sign in. */
export async function insertOwnerUsers(trx: Executor, workspaceId: string, emails: string[]): Promise<void> {
  for (const email of new Set(emails.map((e) => e.trim().toLowerCase()))) {
    await insertUser(trx, { id: newId('user'), workspace_id: workspaceId, email, name: null, role: 'owner' });
  }
}

export async function getWorkspace(db: Db, auth: Auth | undefined): Promise<WorkspaceDto> {
  const owner = requireOwner(auth);
  const row = await findWorkspace(db, owner.workspaceId);
  if (!row) throw notFound('workspace');
  return toDto(row, await ownerEmails(db, row.id));
}

export async function patchWorkspace(db: Db, auth: Auth | undefined, input: WorkspaceUpdateDto): Promise<WorkspaceDto> {
  const owner = requireOwnerRole(auth);
  const changes: WorkspaceChanges = {};
  if (input.name !== undefined) changes.name = input.name.trim();
  if (input.branding !== undefined) {
    const b = input.branding;
    if (b.display_name !== undefined) changes.display_name = b.display_name;
    if (b.logo_url !== undefined) changes.logo_url = b.logo_url;
    if (b.accent_color !== undefined) changes.accent_color = b.accent_color?.toLowerCase() ?? null;
  }
  if (input.allowed_origins !== undefined) changes.allowed_origins = validateOrigins(input.allowed_origins);
  if (input.notify_emails !== undefined) changes.notify_emails = input.notify_emails.map((e) => e.toLowerCase());
  const row = await updateWorkspace(db, owner.workspaceId, changes);
  if (!row) throw notFound('workspace');
  return toDto(row, await ownerEmails(db, row.id));
}

/**
 * Browsers send `Origin` in one canonical form (lowercase host, no default port, no path); an entry in
 * any other form would never match, so it is refused rather than silently useless.
 */
export function validateOrigins(origins: string[]): string[] {
  const errors: FieldError[] = [];
  origins.forEach((origin, i) => {
    let canonical: string | undefined;
    try {
      canonical = new URL(origin).origin;
    } catch {
      canonical = undefined;
    }
    if (canonical !== origin) {
      errors.push({
        path: `/body/allowed_origins/${i}`,
        message: canonical && canonical !== 'null' ? `must be written as ${canonical}` : 'must be an exact origin',
      });
    }
  });
  if (errors.length > 0) throw createError('validation_failed', errors.map((e) => `${e.path} ${e.message}`).join('; '), errors);
  return origins;
}

function toDto(row: WorkspaceRow, ownerEmails: string[]): WorkspaceDto {
  return {
    id: row.id,
    name: row.name,
    branding: { display_name: row.display_name, logo_url: row.logo_url, accent_color: row.accent_color },
    allowed_origins: row.allowed_origins,
    notify_emails: row.notify_emails,
    owner_emails: ownerEmails,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
