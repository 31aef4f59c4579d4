import type { Db } from '../../db/database.ts';
import { chainHash, GENESIS_HASH, UnknownHashVersionError } from './chain-hash.ts';
import type { EventRow } from './table.ts';

export interface ChainReport {
  chain: string;
  events: number;
  /** The first link that does not verify, or undefined when the whole chain is intact. */
  broken?: { event_id: string; seq: string; reason: string };
}

const PAGE = 1000;

/**
 * Recomputes each chain (one per portal, one per workspace for events outside portals): every event must
 * point at its predecessor's hash and carry sha256(previous hash ‖ canonical JSON of itself), in the chain
 * format of its `hash_version` (chain-hash.ts). Names the first broken link of each chain.
 */
export async function verifyAuditChains(db: Db, options: { portalId?: string } = {}): Promise<ChainReport[]> {
  let chains = db.selectFrom('events').select(['workspace_id', 'portal_id']).distinct();
  if (options.portalId) chains = chains.where('portal_id', '=', options.portalId);
  const list = await chains.execute();
  const reports: ChainReport[] = [];
  for (const { workspace_id, portal_id } of list) {
    reports.push(await verifyChain(db, workspace_id, portal_id));
  }
  return reports.sort((a, b) => a.chain.localeCompare(b.chain));
}

async function verifyChain(db: Db, workspaceId: string, portalId: string | null): Promise<ChainReport> {
  const report: ChainReport = { chain: portalId ?? `workspace:${workspaceId}`, events: 0 };
  let expectedPrev = GENESIS_HASH;
  let afterSeq = '0';
  for (;;) {
    let q = db.selectFrom('events').selectAll().where('seq', '>', afterSeq);
    q = portalId ? q.where('portal_id', '=', portalId) : q.where('portal_id', 'is', null).where('workspace_id', '=', workspaceId);
    const rows: EventRow[] = await q.orderBy('seq').limit(PAGE).execute();
    for (const row of rows) {
      report.events++;
      if (row.prev_hash !== expectedPrev) {
        report.broken = {
          event_id: row.id,
          seq: row.seq,
          reason: 'its previous-hash does not match the event before it (an event was removed or reordered)',
        };
        return report;
      }
      const { seq: _seq, prev_hash: _prev, hash, ...fields } = row;
      let computed: string;
      try {
        computed = chainHash(row.prev_hash, fields);
      } catch (err) {
        if (!(err instanceof UnknownHashVersionError)) throw err;
        report.broken = { event_id: row.id, seq: row.seq, reason: `${err.message}: upgrade Foyer to verify it` };
        return report;
      }
      if (computed !== hash) {
        report.broken = { event_id: row.id, seq: row.seq, reason: 'its content does not match its hash (the event was altered)' };
        return report;
      }
      expectedPrev = hash;
    }
    if (rows.length < PAGE) return report;
    afterSeq = rows.at(-1)!.seq;
  }
}
