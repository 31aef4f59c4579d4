import { sql, type KyselyPlugin, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../src/db/database.ts';
import { newId } from '../src/lib/ids.ts';
import { refreshPortalRequestProgress } from '../src/modules/requests/progress.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';

// refreshPortalRequestProgress runs in every transaction that changes requests, for one portal or (a
// template applied) a thousand: its cost must follow the portals it is given, not the open requests of the
// whole database.
let ctx: TestContext;
let ws: TestWorkspace;
const portals: string[] = [];
const OTHERS = 300;

beforeAll(async () => {
  ctx = await createTestContext();
  ws = await ctx.newWorkspace('Plan');
  for (let i = 0; i < OTHERS; i++) portals.push(newId('portal'));
  await ctx.db
    .insertInto('portals')
    .values(
      portals.map((id) => ({
        id,
        workspace_id: ws.workspaceId,
        name: id,
        client_name: null,
        access_mode: 'verified' as const,
        status: 'active' as const,
        client_uploads: true,
      })),
    )
    .execute();
  const requests = portals.map((portal_id, i) => ({
    id: newId('request'),
    workspace_id: ws.workspaceId,
    portal_id,
    template_id: null,
    title: 'Documents',
    message: null,
    due_at: new Date(Date.UTC(2027, 0, 1 + (i % 28))),
    created_by: ws.keyId,
    next_reminder_at: null,
    overdue_recorded_at: null,
    completed_at: null,
  }));
  await ctx.db.insertInto('requests').values(requests).execute();
  await ctx.db
    .insertInto('request_items')
    .values(
      requests.flatMap((r) =>
        Array.from({ length: 10 }, (_, position) => ({
          id: newId('requestItem'),
          request_id: r.id,
          portal_id: r.portal_id,
          workspace_id: r.workspace_id,
          position,
          title: `Item ${position}`,
          description: null,
          required: position < 8,
          multiple: false,
          status: position === 0 ? ('submitted' as const) : ('open' as const),
        })),
      ),
    )
    .execute();
});
afterAll(() => ctx.close());

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows': number;
  'Actual Loops': number;
  Plans?: PlanNode[];
}

/** Runs `fn`'s one raw statement under EXPLAIN ANALYZE (so it still takes effect) and answers its plan. */
async function planOf(fn: (db: Executor) => Promise<void>): Promise<PlanNode> {
  let plan: PlanNode | undefined;
  const explain: KyselyPlugin = {
    transformQuery: ({ node }): RootOperationNode =>
      node.kind === 'RawNode'
        ? { ...node, sqlFragments: [`explain (analyze, format json) ${node.sqlFragments[0]}`, ...node.sqlFragments.slice(1)] }
        : node,
    transformResult: ({ result }): Promise<QueryResult<UnknownRow>> => {
      plan = (result.rows[0] as { 'QUERY PLAN': Array<{ Plan: PlanNode }> })['QUERY PLAN'][0]!.Plan;
      return Promise.resolve(result);
    },
  };
  await fn(ctx.db.withPlugin(explain));
  return plan!;
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe('refreshPortalRequestProgress', () => {
  it("reads only the given portals' requests and items, however many open requests other portals have", async () => {
    for (const batch of [[portals[7]!], portals.slice(0, 20)]) {
      const plan = await planOf((db) => refreshPortalRequestProgress(db, batch));
      // One request and ten items per portal: no read of requests or items may touch other portals' rows.
      const reads = nodes(plan).filter((n) => /^request/.test(n['Relation Name'] ?? n['Index Name'] ?? ''));
      expect(reads.length).toBeGreaterThan(0);
      const widest = Math.max(...reads.map((n) => n['Actual Rows'] * n['Actual Loops']));
      expect(
        widest,
        JSON.stringify(
          nodes(plan).map((n) => [n['Node Type'], n['Index Name'] ?? n['Relation Name'], n['Actual Rows'], n['Actual Loops']]),
        ),
      ).toBeLessThanOrEqual(batch.length * 10);
    }
  });

  it('counts what waits on the client and on the business, and the earliest due date of required open items', async () => {
    const portal = portals[3]!;
    await ctx.db
      .updateTable('portals')
      .set({ request_open_items: 0, request_submitted_items: 0, request_next_due_at: null })
      .where('id', '=', portal)
      .execute();
    await refreshPortalRequestProgress(ctx.db, [portal]);
    const row = await ctx.db.selectFrom('portals').selectAll().where('id', '=', portal).executeTakeFirstOrThrow();
    expect(row.request_open_items).toBe(9);
    expect(row.request_submitted_items).toBe(1);
    expect(row.request_next_due_at!.toISOString()).toBe('2027-01-04T00:00:00.000Z');
    await sql`update requests set status = 'complete' where portal_id = ${portal}`.execute(ctx.db);
    await refreshPortalRequestProgress(ctx.db, [portal]);
    const done = await ctx.db.selectFrom('portals').selectAll().where('id', '=', portal).executeTakeFirstOrThrow();
    expect([done.request_open_items, done.request_submitted_items, done.request_next_due_at]).toEqual([0, 0, null]);
  });
});
