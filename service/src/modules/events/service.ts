import type { components } from '@foyer/contract';
import { requireAuth, requireOwner, type Auth } from '../../authz/auth.ts';
import { requirePortalAccess } from '../../authz/portal-access.ts';
import type { Db } from '../../db/database.ts';
import { decodeCursor, toPage, type Page } from '../../lib/pagination.ts';
import type { EventRow } from './table.ts';

export type EventDto = components['schemas']['Event'];

export interface EventQuery {
  limit?: number;
  cursor?: string;
  type?: string;
  actor?: string;
  since?: string;
  until?: string;
}

/** What a client's activity view shows: the portal's work, not its security log. */
const CLIENT_VISIBLE = new Set([
  'file.uploaded',
  'file.version_uploaded',
  'file.renamed',
  'file.deleted',
  'comment.created',
  'comment.resolved',
  'comment.reopened',
  'comment.deleted',
  'approval.requested',
  'approval.approved',
  'approval.changes_requested',
  'approval.canceled',
  'approval.superseded',
  // Document requests: what was asked of the client and how each item fares.
  'request.created',
  'request.updated',
  'request.deleted',
  'request.completed',
  'request.reopened',
  'request.overdue',
  'request_item.submitted',
  'request_item.accepted',
  'request_item.changes_requested',
  'request_item.reopened',
  'request_item.not_applicable',
  'request_item.updated',
]);

/** Reading the audit trail: owners see everything; a client its portal's activity, minus others' IPs. */
export class EventService {
  constructor(private readonly db: Db) {}

  async listPortal(auth: Auth | undefined, portalId: string, query: EventQuery): Promise<Page<EventDto>> {
    const caller = requireAuth(auth);
    const portal = await requirePortalAccess(this.db, auth, portalId, 'read');
    const rows = await this.query(caller.workspaceId, portal.id, query, caller.kind === 'client');
    const limit = query.limit ?? 20;
    return toPage(rows, limit, (row) => {
      const dto = toDto(row);
      // A client sees its own IP and user agent, nobody else's.
      if (caller.kind === 'client' && !(row.actor_kind === 'member' && row.actor_id === caller.memberId)) {
        return { ...dto, ip: null, user_agent: null };
      }
      return dto;
    });
  }

  async listWorkspace(auth: Auth | undefined, query: EventQuery): Promise<Page<EventDto>> {
    const owner = requireOwner(auth);
    const rows = await this.query(owner.workspaceId, undefined, query, false);
    return toPage(rows, query.limit ?? 20, toDto);
  }

  private query(workspaceId: string, portalId: string | undefined, query: EventQuery, clientView: boolean): Promise<EventRow[]> {
    const limit = query.limit ?? 20;
    let q = this.db.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId);
    if (portalId) q = q.where('portal_id', '=', portalId);
    if (clientView) q = q.where('type', 'in', [...CLIENT_VISIBLE]);
    const before = decodeCursor(query.cursor);
    if (before !== undefined) q = q.where('seq', '<', before);
    if (query.type) q = q.where('type', '=', query.type);
    if (query.actor) q = q.where('actor_id', '=', query.actor);
    if (query.since) q = q.where('created_at', '>=', new Date(query.since));
    if (query.until) q = q.where('created_at', '<', new Date(query.until));
    return q
      .orderBy('seq', 'desc')
      .limit(limit + 1)
      .execute();
  }
}

function toDto(row: EventRow): EventDto {
  return {
    id: row.id,
    type: row.type,
    portal_id: row.portal_id,
    actor: {
      kind: row.actor_kind,
      id: row.actor_id,
      ...(row.actor_email !== null ? { email: row.actor_email } : {}),
      sign_in_method: row.actor_method,
    },
    target: row.target_type && row.target_id ? { type: row.target_type, id: row.target_id } : null,
    data: row.data,
    ip: row.ip,
    user_agent: row.user_agent,
    request_id: row.request_id,
    created_at: row.created_at.toISOString(),
    hash: row.hash,
    prev_hash: row.prev_hash,
    hash_version: row.hash_version,
  };
}
