import type { Db, Executor } from '../../db/database.ts';
import { newBearerToken, parseBearerToken } from '../../lib/bearer-token.ts';
import { hashesEqual, keyedHash } from '../../lib/secrets.ts';
import type { components } from '@foyer/contract';
import { actorOf, requireOwnerRole, type Auth, type OwnerAuth } from '../../authz/auth.ts';
import { notFound } from '../../errors/http-error.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import type { EventInput, EventRecorder } from '../events/recorder.ts';
import { NO_REQUEST, type RequestMeta } from '../../lib/request-meta.ts';
import { findActiveApiKey, insertApiKey, listApiKeys, listLiveApiKeys, revokeApiKey, touchApiKey } from './repository.ts';
import type { ApiKeyRow } from './table.ts';

export type ApiKeyDto = components['schemas']['ApiKey'];
export type ApiKeyCreatedDto = components['schemas']['ApiKeyCreated'];

/** An API key as listed: never the secret. */
export interface ApiKeySummary {
  id: string;
  workspace_id: string;
  name: string | null;
  prefix: string;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface CreatedApiKey extends ApiKeySummary {
  /** The full key, shown once. */
  api_key: string;
}

/** Creates a key for a workspace. The secret is returned once; only its keyed hash is stored. */
export async function createApiKey(
  db: Executor,
  secretKey: string,
  workspaceId: string,
  name: string | null = null,
  createdBy?: OwnerAuth,
): Promise<CreatedApiKey> {
  // `sk_<32 base32 chars: the key id>.<43 base64url chars: 256 random bits>`
  const { idPart, secret, token: apiKey } = newBearerToken('sk');
  const row = await insertApiKey(db, {
    id: `key_${idPart}`,
    workspace_id: workspaceId,
    name,
    secret_hash: keyedHash(secretKey, secret),
    prefix: apiKey.slice(0, 11),
    ...(createdBy ? creator(createdBy) : {}),
  });
  return { ...toSummary(row), api_key: apiKey };
}

/** What the operator's key commands (`foyer key …`) are built from. */
export interface KeyAdminDeps {
  db: Db;
  events: EventRecorder;
}

/**
 * The operator's `foyer key create`: a key and its `api_key.created` event in one transaction, so the
 * workspace's audit trail and webhooks hear of every credential made outside the API.
 */
export async function issueApiKey(deps: KeyAdminDeps, secretKey: string, workspaceId: string, name: string | null): Promise<CreatedApiKey> {
  return deps.db.transaction().execute(async (trx) => {
    const created = await createApiKey(trx, secretKey, workspaceId, name);
    await deps.events.record(trx, keyEvent('api_key.created', created), NO_REQUEST);
    return created;
  });
}

export async function listKeys(db: Db, workspaceId: string): Promise<ApiKeySummary[]> {
  return (await listApiKeys(db, workspaceId)).map(toSummary);
}

/** The operator's `foyer key revoke`, recorded as `api_key.revoked`; `undefined` when no active key has that id. */
export async function revokeKey(deps: KeyAdminDeps, keyId: string): Promise<ApiKeySummary | undefined> {
  return deps.db.transaction().execute(async (trx) => {
    const row = await revokeApiKey(trx, keyId);
    if (!row) return undefined;
    await deps.events.record(trx, keyEvent('api_key.revoked', row), NO_REQUEST);
    return toSummary(row);
  });
}

function keyEvent(type: string, key: { id: string; workspace_id: string; name: string | null }): EventInput {
  return {
    workspaceId: key.workspace_id,
    portalId: null,
    type,
    // Whoever runs the CLI has the database itself, not a credential of the workspace: the system acts.
    actor: { kind: 'system', id: null },
    target: { type: 'api_key', id: key.id },
    data: { name: key.name, via: 'cli' },
  };
}

/**
 * Resolves a bearer token to an owner, or `undefined` when it is not a valid, unrevoked key.
 * Looked up on every request (a prepared primary-key lookup), so a revoked key fails on the very next one.
 */
export async function authenticateApiKey(db: Db, secretKey: string, token: string): Promise<OwnerAuth | undefined> {
  const parsed = parseBearerToken('sk', token);
  if (!parsed) return undefined;
  const { idPart, secret } = parsed;
  const row = await findActiveApiKey(db, `key_${idPart}`);
  // Hash even when the key is unknown, so both paths cost the same.
  const presented = keyedHash(secretKey, secret);
  if (!row || !hashesEqual(presented, row.secret_hash)) return undefined;
  // Recorded at most once a minute: a busy key costs one read per request, not a write.
  if (!row.last_used_at || Date.now() - row.last_used_at.getTime() > 60_000) await touchApiKey(db, row.id);
  return { kind: 'owner', workspaceId: row.workspace_id, credentialId: row.id };
}

/** Who made a key over HTTP: the user, or the API key that called. */
function creator(auth: OwnerAuth): Pick<ApiKeyRow, 'created_by_kind' | 'created_by_id' | 'created_by_email'> {
  return auth.user
    ? { created_by_kind: 'user', created_by_id: auth.user.id, created_by_email: auth.user.email }
    : { created_by_kind: 'owner', created_by_id: auth.credentialId, created_by_email: null };
}

/** API keys over HTTP (`/v1/api-keys`): owners list, create (shown once) and revoke them; each is recorded. */
export class ApiKeyService {
  constructor(
    private readonly db: Db,
    private readonly events: EventRecorder,
    private readonly secretKey: string,
  ) {}

  async list(auth: Auth | undefined, query: { limit?: number; cursor?: string }): Promise<Page<ApiKeyDto>> {
    const owner = requireOwnerRole(auth);
    const limit = query.limit ?? 20;
    const rows = await listLiveApiKeys(this.db, owner.workspaceId, { limit, beforeSeq: decodeCursor(query.cursor) });
    return toPage(rows, limit, toDto);
  }

  async create(auth: Auth | undefined, name: string, meta: RequestMeta): Promise<ApiKeyCreatedDto> {
    const owner = requireOwnerRole(auth);
    return this.db.transaction().execute(async (trx) => {
      const created = await createApiKey(trx, this.secretKey, owner.workspaceId, name.trim() || null, owner);
      await this.events.record(trx, { ...keyEvent('api_key.created', created), actor: actorOf(owner), data: { name: created.name } }, meta);
      const row = await trx.selectFrom('api_keys').selectAll().where('id', '=', created.id).executeTakeFirstOrThrow();
      return { ...toDto(row), api_key: created.api_key };
    });
  }

  /** Revokes a key of the caller's workspace at once: its next request is 401. */
  async revoke(auth: Auth | undefined, keyId: string, meta: RequestMeta): Promise<void> {
    const owner = requireOwnerRole(auth);
    await this.db.transaction().execute(async (trx) => {
      const row = await revokeApiKey(trx, keyId, owner.workspaceId);
      if (!row) throw notFound('API key');
      await this.events.record(trx, { ...keyEvent('api_key.revoked', row), actor: actorOf(owner), data: { name: row.name } }, meta);
    });
  }
}

function toDto(row: ApiKeyRow): ApiKeyDto {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    created_at: row.created_at.toISOString(),
    last_used_at: row.last_used_at?.toISOString() ?? null,
    created_by:
      row.created_by_kind && row.created_by_id
        ? {
            kind: row.created_by_kind,
            id: row.created_by_id,
            ...(row.created_by_kind === 'user' ? { email: row.created_by_email } : {}),
          }
        : null,
  };
}

function toSummary(row: ApiKeyRow): ApiKeySummary {
  return {
    id: row.id,
    workspace_id: row.workspace_id,
    name: row.name,
    prefix: row.prefix,
    created_at: row.created_at.toISOString(),
    last_used_at: row.last_used_at?.toISOString() ?? null,
    revoked_at: row.revoked_at?.toISOString() ?? null,
  };
}
