import { sql } from 'kysely';
import type { Queue } from '../../adapters/queue/queue.ts';
import type { Executor } from '../../db/database.ts';
import { newId } from '../../lib/ids.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import type { SignInMethod } from '../sessions/table.ts';
import { chainHash, GENESIS_HASH, HASH_VERSION, type HashedRow } from './chain-hash.ts';
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
    const chain = chainOf(input);
    await sql`select pg_advisory_xact_lock(hashtextextended(${chain}, 7461))`.execute(trx);
    let previous = trx.selectFrom('events').select('hash');
    previous = input.portalId
      ? previous.where('portal_id', '=', input.portalId)
      : previous.where('portal_id', 'is', null).where('workspace_id', '=', input.workspaceId);
    const last = await previous.orderBy('seq', 'desc').limit(1).executeTakeFirst();
    const prevHash = last?.hash ?? GENESIS_HASH;

    const row = eventRow(input, meta);
    await trx
      .insertInto('events')
      .values({ ...row, data: JSON.stringify(row.data), prev_hash: prevHash, hash: chainHash(prevHash, row) })
      .execute();
    await this.dispatch(trx, [{ id: row.id, type: row.type, workspaceId: row.workspace_id, portalId: row.portal_id }]);
  }

  /**
   * Appends several events at once, in the given order, as {@link record} would one after another — for
   * bulk changes (a template applied to a thousand portals), where one event at a time would cost four
   * round trips each. Every chain involved is locked first, in one fixed order (two batches cannot deadlock);
   * then one query reads each chain's last hash, one statement inserts the events and one dispatches them.
   */
  async recordMany(trx: Executor, inputs: readonly EventInput[], meta: RequestMeta): Promise<void> {
    if (inputs.length <= 1) {
      for (const input of inputs) await this.record(trx, input, meta);
      return;
    }
    const chains = [...new Set(inputs.map(chainOf))];
    await sql`
      select pg_advisory_xact_lock(k) from (
        select distinct hashtextextended(c, 7461) as k from unnest(${chains}::text[]) as c order by k
      ) as keys`.execute(trx);
    const lastHash = await lastHashes(trx, inputs);
    const rows = inputs.map((input) => {
      const chain = chainOf(input);
      const row = eventRow(input, meta);
      const prevHash = lastHash.get(chain) ?? GENESIS_HASH;
      const hash = chainHash(prevHash, row);
      lastHash.set(chain, hash);
      return { ...row, data: JSON.stringify(row.data), prev_hash: prevHash, hash };
    });
    // Rows of one INSERT take their `seq` in order, so each chain's events keep the order they were given.
    for (let i = 0; i < rows.length; i += INSERT_BATCH)
      await trx
        .insertInto('events')
        .values(rows.slice(i, i + INSERT_BATCH))
        .execute();
    await this.dispatch(
      trx,
      rows.map((row) => ({ id: row.id, type: row.type, workspaceId: row.workspace_id, portalId: row.portal_id })),
    );
  }
}

// Events have 17 columns: 1,000 rows stay well inside PostgreSQL's 65,535 parameters per statement.
const INSERT_BATCH = 1000;

/** The chain an event extends: its portal's, or its workspace's for events outside any portal. */
function chainOf(input: EventInput): string {
  return input.portalId ?? `workspace:${input.workspaceId}`;
}

function eventRow(input: EventInput, meta: RequestMeta): HashedRow {
  return {
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
}

/** The last hash of each chain the events extend (chains without events yet are absent), in one query. */
async function lastHashes(trx: Executor, inputs: readonly EventInput[]): Promise<Map<string, string>> {
  const portals = [...new Set(inputs.flatMap((i) => (i.portalId ? [i.portalId] : [])))];
  const workspaces = [...new Set(inputs.flatMap((i) => (i.portalId ? [] : [i.workspaceId])))];
  const { rows } = await sql<{ chain: string; hash: string | null }>`
    select p.id as chain, (select e.hash from events e where e.portal_id = p.id order by e.seq desc limit 1) as hash
    from unnest(${portals}::text[]) as p(id)
    union all
    select 'workspace:' || w.id, (
      select e.hash from events e where e.portal_id is null and e.workspace_id = w.id order by e.seq desc limit 1
    )
    from unnest(${workspaces}::text[]) as w(id)`.execute(trx);
  return new Map(rows.flatMap((r) => (r.hash ? [[r.chain, r.hash] as const] : [])));
}
