import { sql } from 'kysely';
import type { Queue } from '../../adapters/queue/queue.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { SignInMethod } from '../sessions/table.ts';
import { chainHash, GENESIS_HASH, HASH_VERSION } from './chain-hash.ts';
import { queueEventDispatch, type EventDispatch } from './dispatch.ts';
import type { EventRow } from './table.ts';

export interface EventInput {
  workspaceId: string;
  portalId: string | null;
  type: string;
  /**
   * `method`: how the acting member signed in, when it acts through a session; `email`: the acting user's
   * address (users only).
   */
  actor: { kind: EventRow['actor_kind']; id: string | null; method?: SignInMethod | null; email?: string | null };
  target?: { type: string; id: string };
  data?: Record<string, unknown>;
}

/**
 * Appends events to the audit trail and hands each to its dispatcher. Built once where the process starts
 * (server.ts, the CLI, test contexts) and passed to every service that records events, so no caller can
 * record an event that is never dispatched.
 */
export class EventRecorder {
  constructor(private readonly dispatch: EventDispatch) {}

  /** A recorder whose events get an `events.dispatch` job on `queue` (see dispatch.ts). */
  static onQueue(queue: Queue): EventRecorder {
    return new EventRecorder(queueEventDispatch(queue));
  }

  /**
   * Appends an event to its portal's chain (or the workspace's, for events outside any portal), inside the
   * caller's transaction so the event exists exactly when the change it records does. Appends to one chain
   * are serialised by an advisory lock held until commit. The dispatcher runs in the same transaction.
   */
  async record(trx: Executor, input: EventInput, meta: RequestMeta): Promise<void> {
    const chain = input.portalId ?? `workspace:${input.workspaceId}`;
    await sql`select pg_advisory_xact_lock(hashtextextended(${chain}, 7461))`.execute(trx);
    let previous = trx.selectFrom('events').select('hash');
    previous = input.portalId
      ? previous.where('portal_id', '=', input.portalId)
      : previous.where('portal_id', 'is', null).where('workspace_id', '=', input.workspaceId);
    const last = await previous.orderBy('seq', 'desc').limit(1).executeTakeFirst();
    const prevHash = last?.hash ?? GENESIS_HASH;

    const row = {
      id: newId('event'),
      workspace_id: input.workspaceId,
      portal_id: input.portalId,
      type: input.type,
      actor_kind: input.actor.kind,
      actor_id: input.actor.id,
      actor_method: input.actor.method ?? null,
      actor_email: input.actor.email ?? null,
      target_type: input.target?.type ?? null,
      target_id: input.target?.id ?? null,
      data: input.data ?? {},
      ip: meta.ip,
      user_agent: meta.userAgent?.slice(0, 512) ?? null,
      request_id: meta.requestId,
      created_at: new Date(),
      hash_version: HASH_VERSION,
    };
    await trx
      .insertInto('events')
      .values({ ...row, data: JSON.stringify(row.data), prev_hash: prevHash, hash: chainHash(prevHash, row) })
      .execute();
    await this.dispatch(trx, { id: row.id, type: row.type, workspaceId: row.workspace_id, portalId: row.portal_id });
  }
}
