import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalListQuery, type RequestsFilter } from '../src/modules/portals/repository.ts';
import { createTestContext, type TestContext } from './support/context.ts';
import { requestsWorkspace, type DocumentRequest, type DocumentRequestList, type Portal } from './support/requests.ts';
import { PDF_BYTES, multipart } from './support/uploads.ts';

// Reading requests across portals ("who is missing what"), the portal list's `?requests=` filters and the
// dashboard's states, and that the filtered portal list reads an index.
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

const day = 86_400_000;
const at = (days: number) => new Date(Date.now() + days * day).toISOString();

async function submitByUpload(ws: Awaited<ReturnType<typeof requestsWorkspace>>, portalId: string, itemId: string) {
  const form = multipart([
    { name: 'request_item_id', value: itemId },
    { name: 'file', value: PDF_BYTES, params: '; filename="a.pdf"', contentType: 'application/pdf' },
  ]);
  const res = await ctx.upload(`/v1/portals/${portalId}/files`, form, ws.key);
  expect(res.status).toBe(201);
}

describe('listRequests', () => {
  it('lists earliest due first, no due date last, ties by portal name then id, across pages', async () => {
    const ws = await requestsWorkspace(ctx, 'Sorting');
    const names = ['Carol', 'alice', 'Bob', 'Dave'];
    const portals: Record<string, Portal> = {};
    for (const name of names) portals[name] = await ws.portal({ name });
    const item = [{ title: 'x' }];
    const tie = at(5);
    const made = [
      await ws.request(portals.Dave!.id, { title: 'no date 1', items: item }),
      await ws.request(portals.Carol!.id, { title: 'later', due_at: at(10), items: item }),
      await ws.request(portals.Bob!.id, { title: 'overdue', due_at: at(-3), items: item }),
      await ws.request(portals.Carol!.id, { title: 'tie Carol', due_at: tie, items: item }),
      await ws.request(portals.Bob!.id, { title: 'tie Bob', due_at: tie, items: item }),
      await ws.request(portals.Bob!.id, { title: 'tie Bob 2', due_at: tie, items: item }),
      await ws.request(portals.alice!.id, { title: 'no date 2', items: item }),
    ];
    // The database's collation orders the names; ids order requests of one portal with the same due date.
    const collated = (
      await sql<{ name: string }>`select name from unnest(${names}::text[]) as t(name) order by name`.execute(ctx.db)
    ).rows.map((r) => r.name);
    const byPortal = (a: DocumentRequest, b: DocumentRequest) =>
      collated.indexOf(a.portal_name) - collated.indexOf(b.portal_name) || (a.id < b.id ? -1 : 1);
    const expected = [made[2]!, ...[made[3]!, made[4]!, made[5]!].sort(byPortal), made[1]!, ...[made[0]!, made[6]!].sort(byPortal)].map(
      (r) => r.title,
    );
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: DocumentRequestList = await ws.ok(`/v1/requests?limit=2${cursor ? `&cursor=${cursor}` : ''}`, ws.key);
      expect(page.data.length).toBeLessThanOrEqual(2);
      seen.push(...page.data.map((r) => r.title));
      cursor = page.next_cursor;
      if (page.has_more) expect(cursor).not.toBeNull();
    } while (cursor);
    expect(seen).toEqual(expected);
    const page = await ws.ok<DocumentRequestList>('/v1/requests', ws.key);
    expect(page.data[0]).toMatchObject({ title: 'overdue', overdue: true, portal_name: 'Bob' });
    const newest = await ws.ok<DocumentRequestList>('/v1/requests?sort=-created_at&limit=3', ws.key);
    expect(newest.data.map((r) => r.title)).toEqual(['no date 2', 'tie Bob 2', 'tie Bob']);
    const rest = await ws.ok<DocumentRequestList>(`/v1/requests?sort=-created_at&limit=10&cursor=${newest.next_cursor}`, ws.key);
    expect(rest.data.map((r) => r.title)).toEqual(['tie Carol', 'overdue', 'later', 'no date 1']);
  });

  it('filters by who the items wait on and by status', async () => {
    const ws = await requestsWorkspace(ctx, 'Waiting');
    const portal = await ws.portal({ name: 'P' });
    const onClient = await ws.request(portal.id, { title: 'client', items: [{ title: 'a' }] });
    const onUs = await ws.request(portal.id, { title: 'us', items: [{ title: 'a' }] });
    await submitByUpload(ws, portal.id, onUs.items[0]!.id);
    const done = await ws.request(portal.id, { title: 'done', items: [{ title: 'a' }, { title: 'b', required: false }] });
    await submitByUpload(ws, portal.id, done.items[0]!.id);
    await ws.item(done.items[0]!.id, { status: 'accepted' });
    const titles = async (query: string) =>
      (await ws.ok<DocumentRequestList>(`/v1/requests?${query}`, ws.key)).data.map((r) => r.title).sort();
    expect(await titles('waiting=client')).toEqual([onClient.title]);
    expect(await titles('waiting=us')).toEqual([onUs.title]);
    expect(await titles('status=complete')).toEqual(['done']);
    expect(await titles('status=open')).toEqual(['client', 'us']);
  });

  it('refuses a cursor it did not issue (400 invalid_cursor), and a client (404)', async () => {
    const ws = await requestsWorkspace(ctx, 'Cursor');
    const portal = await ws.portal();
    const client = await ws.client(portal.id);
    const bad = await ws.call('/v1/requests?cursor=eyJ2IjoxfQ', ws.key);
    expect([bad.status, ((await bad.json()) as { code: string }).code]).toEqual([400, 'invalid_cursor']);
    const newestCursor = Buffer.from(JSON.stringify({ v: 1, s: '1' })).toString('base64url');
    const mixed = await ws.call(`/v1/requests?cursor=${newestCursor}`, ws.key);
    expect([mixed.status, ((await mixed.json()) as { code: string }).code]).toEqual([400, 'invalid_cursor']);
    const denied = await ws.call('/v1/requests', client.token);
    expect([denied.status, ((await denied.json()) as { code: string }).code]).toEqual([404, 'not_found']);
  });
});

describe('GET /v1/portals?requests=', () => {
  it('keeps the portals whose requests are overdue, wait on the client, or wait for review', async () => {
    const ws = await requestsWorkspace(ctx, 'Filters');
    const idle = await ws.portal({ name: 'idle' });
    const waiting = await ws.portal({ name: 'waiting' });
    const late = await ws.portal({ name: 'late' });
    const review = await ws.portal({ name: 'review' });
    const [soon, past] = [at(3), at(-1)];
    await ws.request(waiting.id, { title: 'w', due_at: soon, items: [{ title: 'a' }] });
    await ws.request(late.id, { title: 'l', due_at: past, items: [{ title: 'a' }, { title: 'b', required: false }] });
    const r = await ws.request(review.id, { title: 'r', items: [{ title: 'a' }] });
    await submitByUpload(ws, review.id, r.items[0]!.id);
    const names = async (filter: string) =>
      (await ws.ok<{ data: Portal[] }>(`/v1/portals?requests=${filter}`, ws.key)).data.map((p) => p.name).sort();
    expect(await names('overdue')).toEqual(['late']);
    expect(await names('waiting_on_client')).toEqual(['late', 'waiting']);
    expect(await names('to_review')).toEqual(['review']);
    const all = await ws.ok<{ data: Portal[] }>('/v1/portals', ws.key);
    const byName = Object.fromEntries(all.data.map((p) => [p.name, p.requests]));
    expect(byName).toEqual({
      idle: { open_items: 0, submitted_items: 0, overdue_items: 0, next_due_at: null },
      waiting: { open_items: 1, submitted_items: 0, overdue_items: 0, next_due_at: soon },
      late: { open_items: 2, submitted_items: 0, overdue_items: 1, next_due_at: past },
      review: { open_items: 0, submitted_items: 1, overdue_items: 0, next_due_at: null },
    });
    expect(idle.requests.open_items).toBe(0);
    const bad = await ws.call('/v1/portals?requests=everything', ws.key);
    expect([bad.status, ((await bad.json()) as { code: string }).code]).toEqual([400, 'validation_failed']);
  });

  it('reads each filter from an index on 1,000 portals, never a scan of the portals table', async () => {
    const ws = await requestsWorkspace(ctx, 'Thousand');
    // Counters written directly: 1,000 portals, a third waiting on the client (a tenth of those overdue), a fifth to review.
    await sql`
      insert into portals (id, workspace_id, name, access_mode, status, client_uploads,
                           request_open_items, request_submitted_items, request_next_due_at)
      select 'prt_' || lpad(i::text, 32, '0'), ${ws.workspaceId}, 'Portal ' || i, 'verified', 'active', true,
             case when i % 3 = 0 then 1 + i % 7 else 0 end,
             case when i % 5 = 0 then 1 else 0 end,
             case when i % 30 = 0 then now() - interval '1 day' when i % 3 = 0 then now() + interval '2 days' end
      from generate_series(1, 1000) as i`.execute(ctx.db);
    await sql`analyze portals`.execute(ctx.db);
    for (const filter of ['overdue', 'waiting_on_client', 'to_review', undefined] as Array<RequestsFilter | undefined>) {
      const query = portalListQuery(ctx.db, ws.workspaceId, { limit: 20, ...(filter ? { requests: filter } : {}) });
      const plan = (await query.explain()).map((row) => String(Object.values(row)[0])).join('\n');
      expect(plan, `${filter}:\n${plan}`).not.toMatch(/Seq Scan on portals/);
      expect(plan, `${filter}:\n${plan}`).toMatch(/Index Scan|Index Only Scan|Bitmap Index Scan/);
    }
    const overdue = await ws.ok<{ data: Portal[] }>('/v1/portals?requests=overdue&limit=100', ws.key);
    expect(overdue.data.length).toBe(33); // i % 30 = 0
  });
});

describe('the dashboard', () => {
  it('says a portal with items to review waits on us, and one with items waiting on the client waits on the client', async () => {
    const ws = await requestsWorkspace(ctx, 'Dashboard');
    const asked = await ws.portal({ name: 'asked' });
    const sent = await ws.portal({ name: 'sent' });
    await ws.request(asked.id, { title: 'a', items: [{ title: 'a' }] });
    const r = await ws.request(sent.id, { title: 's', items: [{ title: 'a' }] });
    await submitByUpload(ws, sent.id, r.items[0]!.id);
    await ws.ok(`/v1/portals/${sent.id}/seen`, ws.key, 'POST'); // the upload itself is seen: only the item waits
    const dashboard = await ws.ok<{ data: Array<{ portal: Portal; state: string }> }>('/v1/dashboard', ws.key);
    const states = Object.fromEntries(
      dashboard.data.map((s) => [s.portal.name, [s.state, s.portal.requests.open_items, s.portal.requests.submitted_items]]),
    );
    expect(states).toEqual({ asked: ['waiting_on_client', 1, 0], sent: ['waiting_on_us', 0, 1] });
  });
});
