import { sql } from 'kysely';
import type { Logger } from 'pino';
import type { ObjectStorage } from '../../adapters/storage/index.ts';
import { actorOf, type OwnerAuth } from '../../authz/auth.ts';
import type { Db, Executor } from '../../db/database.ts';
import { notFound } from '../../errors/http-error.ts';
import type { RequestMeta } from '../../lib/request-meta.ts';
import { GENESIS_HASH } from '../events/chain-hash.ts';
import type { EventRecorder } from '../events/recorder.ts';
import { exportKeysHolding } from '../exports/repository.ts';
import { storageKeysOfPortal } from '../files/repository.ts';
import { removeQueuedBlobs } from '../storage/blobs.ts';
import { scheduleBlobDeletions } from '../storage/repository.ts';
import { lockPortal } from './repository.ts';

export interface ErasureDeps {
  db: Db;
  storage: ObjectStorage;
  events: EventRecorder;
  logger: Logger;
}

/**
 * `DELETE /v1/portals/{id}?erase=true`: removes every trace of a portal. In one transaction: its rows (files and
 * versions, members with their sessions, codes and links, comments, approvals with their decisions, requests,
 * notification batches — by the foreign keys' cascades), its whole event chain (the append-only trigger lets an
 * erasure delete exactly the chain it names, migration 2026_12_08_120000) with the webhook deliveries of those
 * events, the rate-limit counters keyed by its members' addresses, its exports and the workspace's exports
 * (which hold it), its completed resumable uploads (open ones expire now, for the uploads sweeper) and the dev
 * mailbox's messages to addresses that were only its members'. Chains are per
 * portal, so every other chain stays whole; the workspace's own chain gains `portal.erased` with counts, no
 * personal data, and the erased chain's length and last hash (`chain_events`, `chain_head`), which an export
 * of the portal can be matched against. Then every stored object under the portal's prefix — versions,
 * previews, anything else — and the exports' zips are deleted (what fails stays queued for the sweeper).
 */
export async function erasePortal(deps: ErasureDeps, owner: OwnerAuth, portalId: string, meta: RequestMeta): Promise<void> {
  const { db, storage, events, logger } = deps;
  const keys = await db.transaction().execute(async (trx) => {
    const portal = await lockPortal(trx, owner.workspaceId, portalId);
    if (!portal) throw notFound('portal');
    // The portal's chain lock (events/recorder.ts), after the row lock as every writer takes them: an event
    // being recorded in the chain now lands before the chain is deleted, not after.
    await sql`select pg_advisory_xact_lock(hashtextextended(${portal.id}, 7461))`.execute(trx);
    const counts = await countPortal(trx, portal.id);
    const head = await trx
      .selectFrom('events')
      .select('hash')
      .where('portal_id', '=', portal.id)
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirst();
    const keys = [...(await storageKeysOfPortal(trx, portal.id)), ...(await exportKeysHolding(trx, owner.workspaceId, portal.id))];

    const emails = (await trx.selectFrom('members').select('email').where('portal_id', '=', portal.id).execute()).map((m) => m.email);
    if (emails.length > 0) {
      // Mail to an address that is also someone else's (another portal's member, a user) is theirs to keep.
      await sql`
        delete from dev_mail d where d.to_address = any(${emails}::text[])
          and not exists (select 1 from members m where m.email = d.to_address and m.portal_id <> ${portal.id})
          and not exists (select 1 from users u where u.email = d.to_address)`.execute(trx);
    }
    await trx.deleteFrom('rate_limit_hits').where('bucket', 'like', `verify:email:${portal.id}:%`).execute();
    await sql`select set_config('foyer.erase_portal', ${portal.id}, true)`.execute(trx);
    await sql`delete from webhook_deliveries where event_id in (select id from events where portal_id = ${portal.id})`.execute(trx);
    await trx.deleteFrom('events').where('portal_id', '=', portal.id).execute();
    await trx.deleteFrom('exports').where('workspace_id', '=', owner.workspaceId).where('portal_id', 'is', null).execute();
    // Resumable uploads: a completed one's bytes are a version's (deleted below); an open one's bytes sit in the
    // tus store, which the uploads sweeper empties once the row has expired — now.
    await trx.deleteFrom('uploads').where('portal_id', '=', portal.id).where('status', '=', 'completed').execute();
    await trx
      .updateTable('uploads')
      .set({ expires_at: new Date(0) })
      .where('portal_id', '=', portal.id)
      .execute();
    await trx.deleteFrom('portals').where('id', '=', portal.id).execute();
    await scheduleBlobDeletions(trx, keys);
    await events.record(
      trx,
      {
        workspaceId: owner.workspaceId,
        portalId: null,
        type: 'portal.erased',
        actor: actorOf(owner),
        target: { type: 'portal', id: portal.id },
        data: { ...counts, blobs: keys.length, chain_head: head?.hash ?? GENESIS_HASH },
      },
      meta,
    );
    return keys;
  });
  await removeQueuedBlobs(db, storage, logger, keys);
  // Whatever else lives under the portal's prefix (previews, a crashed upload's leftovers) goes too.
  const rest: string[] = [];
  for await (const object of storage.list(`portals/${portalId}/`)) rest.push(object.key);
  if (rest.length > 0) {
    await scheduleBlobDeletions(db, rest);
    await removeQueuedBlobs(db, storage, logger, rest);
  }
}

/** What the erasure removes, by kind: the `portal.erased` event's counts. */
async function countPortal(trx: Executor, portalId: string): Promise<Record<string, number>> {
  const { rows } = await sql<Record<string, string>>`
    select
      (select count(*) from files where portal_id = ${portalId}) as files,
      (select count(*) from file_versions v join files f on f.id = v.file_id where f.portal_id = ${portalId}) as versions,
      (select count(*) from members where portal_id = ${portalId}) as members,
      (select count(*) from sessions where portal_id = ${portalId}) as sessions,
      (select count(*) from comments where portal_id = ${portalId}) as comments,
      (select count(*) from approval_requests where portal_id = ${portalId}) as approval_requests,
      (select count(*) from approval_decisions d join approval_requests r on r.id = d.request_id where r.portal_id = ${portalId}) as decisions,
      (select count(*) from requests where portal_id = ${portalId}) as requests,
      (select count(*) from exports where portal_id = ${portalId}) as exports,
      (select count(*) from events where portal_id = ${portalId}) as chain_events`.execute(trx);
  return Object.fromEntries(Object.entries(rows[0]!).map(([k, v]) => [k, Number(v)]));
}
