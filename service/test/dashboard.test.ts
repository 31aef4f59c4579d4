import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { components } from '@foyer/contract';
import { createApiKey } from '../src/modules/api-keys/service.ts';
import { createTestContext, TEST_SECRET_KEY, type TestContext } from './support/context.ts';
import { fileForm, PDF_BYTES } from './support/uploads.ts';

// The console's dashboard (GET /v1/dashboard) and seen marks (POST /v1/portals/{id}/seen), through HTTP on a
// real database: every figure checked against scenarios, and against a recount from the base tables.
type Dashboard = components['schemas']['Dashboard'];
type Summary = components['schemas']['PortalSummary'];

let ctx: TestContext;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

/** A workspace with helpers that act as its owner (`key`) or as one of its portals' clients. */
async function workspace(name = 'Acme') {
  const ws = await ctx.newWorkspace(name);
  const call = async (path: string, key: string, method = 'GET', body?: unknown) => {
    const res = await ctx.fetch(path, {
      apiKey: key,
      method,
      ...(body === undefined ? {} : { headers: json, body: JSON.stringify(body) }),
    });
    return res;
  };
  const ok = async <T>(path: string, key: string, method = 'GET', body?: unknown): Promise<T> => {
    const res = await call(path, key, method, body);
    if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
    return (res.status === 204 ? undefined : await res.json()) as T;
  };
  return {
    ...ws,
    call,
    ok,
    async portal(input: { name: string; client_name?: string }) {
      return ok<{ id: string }>('/v1/portals', ws.apiKey, 'POST', input);
    },
    /** A member of the portal and a session for it (through a one-time sign-in link). */
    async client(portalId: string, email: string) {
      const member = await ok<{ id: string }>(`/v1/portals/${portalId}/members`, ws.apiKey, 'POST', { email });
      const link = await ok<{ url: string }>(`/v1/portals/${portalId}/sign-in-links`, ws.apiKey, 'POST', { member_id: member.id });
      const token = new URL(link.url).hash.replace('#token=', '');
      const session = await ok<{ session_token: string }>(`/v1/portals/${portalId}/verifications/confirm`, '', 'POST', { token });
      return { token: session.session_token, memberId: member.id };
    },
    async upload(portalId: string, key: string, name = 'statement.pdf') {
      const res = await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(PDF_BYTES, { filename: name }), key);
      expect(res.status).toBe(201);
      return ((await res.json()) as { id: string }).id;
    },
    async uploadVersion(fileId: string, key: string) {
      const res = await ctx.upload(`/v1/files/${fileId}/versions`, fileForm(PDF_BYTES, { filename: 'v.pdf' }), key);
      expect(res.status).toBe(201);
    },
    async comment(fileId: string, key: string, body: string, parentId?: string) {
      return (await ok<{ id: string }>(`/v1/files/${fileId}/comments`, key, 'POST', { body, ...(parentId ? { parent_id: parentId } : {}) }))
        .id;
    },
    async askApproval(fileId: string, dueAt: string | null = null) {
      return (await ok<{ id: string }>(`/v1/files/${fileId}/approval-requests`, ws.apiKey, 'POST', { due_at: dueAt })).id;
    },
    async seen(portalId: string, key = ws.apiKey) {
      await ok(`/v1/portals/${portalId}/seen`, key, 'POST');
    },
    async dashboard(query: Record<string, string | number> = {}, key = ws.apiKey) {
      const params = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)]));
      return ok<Dashboard>(`/v1/dashboard${params.size ? `?${params}` : ''}`, key);
    },
    /** Every page of the dashboard, walked with its cursors. */
    async allPages(query: Record<string, string | number> = {}, key = ws.apiKey) {
      const rows: Summary[] = [];
      let cursor: string | null = null;
      do {
        const page: Dashboard = await this.dashboard({ ...query, ...(cursor ? { cursor } : {}) }, key);
        rows.push(...page.data);
        cursor = page.next_cursor;
        expect(page.has_more).toBe(cursor !== null);
      } while (cursor);
      return rows;
    },
  };
}

const summaryOf = (page: Dashboard, portalId: string) => page.data.find((s) => s.portal.id === portalId);

/**
 * What the dashboard should say, recounted from the base tables in plain JavaScript (a second, independent
 * reading of the contract's definitions).
 */
async function recount(workspaceId: string, viewerId: string) {
  const db = ctx.db;
  const portals = await db.selectFrom('portals').selectAll().where('workspace_id', '=', workspaceId).execute();
  const marks = await db.selectFrom('portal_seen_marks').selectAll().where('viewer_id', '=', viewerId).execute();
  const versions = await db
    .selectFrom('file_versions as v')
    .innerJoin('files as f', 'f.id', 'v.file_id')
    .select(['f.portal_id', 'v.uploaded_by_kind', 'v.created_at'])
    .where('f.workspace_id', '=', workspaceId)
    .execute();
  const comments = await db.selectFrom('comments').selectAll().where('workspace_id', '=', workspaceId).orderBy('created_at').execute();
  const requests = await db.selectFrom('approval_requests').selectAll().where('workspace_id', '=', workspaceId).execute();
  const events = await db.selectFrom('events').select(['portal_id', 'created_at']).where('workspace_id', '=', workspaceId).execute();
  const now = Date.now();
  return new Map(
    portals.map((p) => {
      const seenAt = marks.find((m) => m.portal_id === p.id)?.seen_at ?? null;
      const newUploads = versions.filter(
        (v) => v.portal_id === p.id && v.uploaded_by_kind === 'member' && (seenAt === null || v.created_at > seenAt),
      ).length;
      const unanswered = comments.filter((root) => {
        if (root.portal_id !== p.id || root.parent_id !== null || root.resolved_at !== null) return false;
        const messages = [root, ...comments.filter((c) => c.parent_id === root.id)].filter((c) => c.deleted_at === null);
        return messages.at(-1)?.author_kind === 'member';
      }).length;
      const pending = requests.filter((r) => r.portal_id === p.id && r.status === 'pending');
      const overdue = pending.filter((r) => r.due_at !== null && r.due_at.getTime() < now).length;
      const times = events.filter((e) => e.portal_id === p.id).map((e) => e.created_at.getTime());
      const state =
        p.status === 'archived'
          ? 'archived'
          : newUploads > 0 || unanswered > 0
            ? 'waiting_on_us'
            : pending.length > 0
              ? 'waiting_on_client'
              : 'done';
      return [
        p.id,
        {
          state,
          last_activity_at: new Date(times.length ? Math.max(...times) : p.created_at.getTime()).toISOString(),
          seen_at: seenAt?.toISOString() ?? null,
          waiting: {
            new_uploads: newUploads,
            unanswered_comments: unanswered,
            pending_approvals: pending.length,
            overdue_approvals: overdue,
          },
        },
      ] as const;
    }),
  );
}

async function expectRecount(ws: Awaited<ReturnType<typeof workspace>>, key = ws.apiKey, viewerId = ws.keyId) {
  const listed = await ws.allPages({ filter: 'archived' }, key);
  for (const state of ['waiting_on_us', 'waiting_on_client', 'done'] as const) listed.push(...(await ws.allPages({ filter: state }, key)));
  const expected = await recount(ws.workspaceId, viewerId);
  expect(listed.length).toBe(expected.size);
  for (const summary of listed) {
    expect({ id: summary.portal.id, ...summary }).toMatchObject({ id: summary.portal.id, ...expected.get(summary.portal.id) });
  }
  const counts = (await ws.dashboard({}, key)).counts;
  const byState = (s: string) => [...expected.values()].filter((e) => e.state === s).length;
  expect(counts).toEqual({
    waiting_on_us: byState('waiting_on_us'),
    waiting_on_client: byState('waiting_on_client'),
    done: byState('done'),
    archived: byState('archived'),
  });
}

describe('GET /v1/dashboard', () => {
  it('counts client uploads after the seen mark: a file, then a new version; the owner’s own uploads never', async () => {
    const ws = await workspace();
    const { id } = await ws.portal({ name: 'Tax 2026', client_name: 'Dana Ltd' });
    const dana = await ws.client(id, 'dana@client.example');
    let summary = summaryOf(await ws.dashboard(), id)!;
    expect(summary).toMatchObject({
      portal: { id, name: 'Tax 2026', client_name: 'Dana Ltd', url: `${ctx.config.publicUrl}/p/${id}` },
      client_emails: ['dana@client.example'],
      member_count: 1,
      seen_at: null,
      state: 'done',
      waiting: { new_uploads: 0, unanswered_comments: 0, pending_approvals: 0, overdue_approvals: 0 },
    });

    const fileId = await ws.upload(id, dana.token);
    await ws.upload(id, ws.apiKey, 'from-us.pdf');
    summary = summaryOf(await ws.dashboard(), id)!;
    expect(summary.waiting.new_uploads).toBe(1);
    expect(summary.state).toBe('waiting_on_us');

    await ws.seen(id);
    summary = summaryOf(await ws.dashboard(), id)!;
    expect(summary.waiting.new_uploads).toBe(0);
    expect(summary.state).toBe('done');
    expect(Date.parse(summary.seen_at!)).toBeGreaterThan(Date.now() - 60_000);

    await ws.uploadVersion(fileId, dana.token);
    summary = summaryOf(await ws.dashboard(), id)!;
    expect(summary.waiting.new_uploads).toBe(1);
    expect(summary.state).toBe('waiting_on_us');
    await expectRecount(ws);
  });

  it('counts unresolved threads whose latest message is a client’s: an owner reply clears one, a resolved one never counts', async () => {
    const ws = await workspace();
    const { id } = await ws.portal({ name: 'Bookkeeping' });
    const dana = await ws.client(id, 'dana@client.example');
    const fileId = await ws.upload(id, ws.apiKey);
    const unanswered = async () => summaryOf(await ws.dashboard(), id)!.waiting.unanswered_comments;

    const asked = await ws.comment(fileId, dana.token, 'Which year is this?');
    expect(await unanswered()).toBe(1);
    expect(summaryOf(await ws.dashboard(), id)!.state).toBe('waiting_on_us');
    await ws.comment(fileId, ws.apiKey, '2025.', asked);
    expect(await unanswered()).toBe(0);
    await ws.comment(fileId, dana.token, 'Thanks! And the other one?', asked);
    expect(await unanswered()).toBe(1);

    // A thread the owner started, answered by the client, waits on us too.
    const ours = await ws.comment(fileId, ws.apiKey, 'Please check page 2.');
    expect(await unanswered()).toBe(1);
    const answer = await ws.comment(fileId, dana.token, 'Page 2 is fine.', ours);
    expect(await unanswered()).toBe(2);
    // A deleted message is not the latest message: the owner's question is again the last word.
    await ws.ok(`/v1/comments/${answer}`, dana.token, 'DELETE');
    expect(await unanswered()).toBe(1);

    await ws.ok(`/v1/comments/${asked}`, ws.apiKey, 'PATCH', { resolved: true });
    expect(await unanswered()).toBe(0);
    expect(summaryOf(await ws.dashboard(), id)!.state).toBe('done');
    await ws.ok(`/v1/comments/${asked}`, ws.apiKey, 'PATCH', { resolved: false });
    expect(await unanswered()).toBe(1);
    await expectRecount(ws);
  });

  it('counts pending and overdue approval requests: waiting on the client until decided', async () => {
    const ws = await workspace();
    const { id } = await ws.portal({ name: 'Annual accounts' });
    const dana = await ws.client(id, 'dana@client.example');
    const fileA = await ws.upload(id, ws.apiKey, 'a.pdf');
    const fileB = await ws.upload(id, ws.apiKey, 'b.pdf');
    await ws.askApproval(fileA, new Date(Date.now() + 3 * 86400_000).toISOString());
    const late = await ws.askApproval(fileB, new Date(Date.now() - 3600_000).toISOString());
    let summary = summaryOf(await ws.dashboard(), id)!;
    expect(summary.state).toBe('waiting_on_client');
    expect(summary.waiting).toMatchObject({ pending_approvals: 2, overdue_approvals: 1 });

    await ws.ok(`/v1/approval-requests/${late}/decisions`, dana.token, 'POST', { decision: 'approve' });
    summary = summaryOf(await ws.dashboard(), id)!;
    expect(summary.waiting).toMatchObject({ pending_approvals: 1, overdue_approvals: 0 });
    // A new version supersedes the pending request: nothing waits any more.
    await ws.uploadVersion(fileA, ws.apiKey);
    summary = summaryOf(await ws.dashboard(), id)!;
    expect(summary.waiting).toMatchObject({ pending_approvals: 0, overdue_approvals: 0 });
    expect(summary.state).toBe('done');
    await expectRecount(ws);
  });

  it('lists archived portals only with filter=archived, filters by state and counts every state', async () => {
    const ws = await workspace();
    const done = await ws.portal({ name: 'Done' });
    const archived = await ws.portal({ name: 'Old' });
    await ws.ok(`/v1/portals/${archived.id}`, ws.apiKey, 'PATCH', { status: 'archived' });
    const waitingOnUs = await ws.portal({ name: 'Busy' });
    await ws.upload(waitingOnUs.id, (await ws.client(waitingOnUs.id, 'busy@client.example')).token);
    const waitingOnClient = await ws.portal({ name: 'Asked' });
    await ws.client(waitingOnClient.id, 'asked@client.example');
    await ws.askApproval(await ws.upload(waitingOnClient.id, ws.apiKey));

    const all = await ws.dashboard();
    expect(all.data.map((s) => s.portal.id).sort()).toEqual([done.id, waitingOnUs.id, waitingOnClient.id].sort());
    expect(all.counts).toEqual({ waiting_on_us: 1, waiting_on_client: 1, done: 1, archived: 1 });
    for (const [state, portal] of [
      ['archived', archived],
      ['done', done],
      ['waiting_on_us', waitingOnUs],
      ['waiting_on_client', waitingOnClient],
    ] as const) {
      const page = await ws.dashboard({ filter: state });
      expect(page.data.map((s) => [s.portal.id, s.state])).toEqual([[portal.id, state]]);
      expect(page.counts).toEqual(all.counts);
    }
    await expectRecount(ws);
  });

  it('searches portal names, client names and member emails, case-insensitively, with % and _ taken literally', async () => {
    const ws = await workspace();
    const tax = await ws.portal({ name: 'Tax return 2026', client_name: 'Northwind GmbH' });
    const payroll = await ws.portal({ name: 'Payroll', client_name: 'Contoso' });
    await ws.client(payroll.id, 'dana.smith@contoso.example');
    const percent = await ws.portal({ name: '100% done_ok' });
    await ws.ok(`/v1/portals/${payroll.id}`, ws.apiKey, 'PATCH', { status: 'archived' });

    const ids = async (query: Record<string, string>) => (await ws.dashboard(query)).data.map((s) => s.portal.id);
    expect(await ids({ q: 'TAX' })).toEqual([tax.id]);
    expect(await ids({ q: 'northWIND' })).toEqual([tax.id]);
    expect(await ids({ q: 'DANA.SMITH@' })).toEqual([]); // archived: counted, not listed
    expect(await ids({ q: 'dana.smith@', filter: 'archived' })).toEqual([payroll.id]);
    expect((await ws.dashboard({ q: 'Dana.Smith' })).counts).toEqual({ waiting_on_us: 0, waiting_on_client: 0, done: 0, archived: 1 });
    expect(await ids({ q: '%' })).toEqual([percent.id]);
    expect(await ids({ q: 'e_o' })).toEqual([percent.id]); // `_` is no wildcard: only "done_ok" has it
    expect(await ids({ q: '0%' })).toEqual([percent.id]);
    expect(await ids({ q: 'zzz' })).toEqual([]);
    expect((await ws.dashboard({ q: 'zzz' })).counts).toEqual({ waiting_on_us: 0, waiting_on_client: 0, done: 0, archived: 0 });
    expect((await ws.dashboard({ q: 'tax' })).counts).toEqual({ waiting_on_us: 0, waiting_on_client: 0, done: 1, archived: 0 });
  });

  it('sorts by last activity (the latest event, else creation), newest first, and pages stably with its cursor', async () => {
    const ws = await workspace();
    const created: string[] = [];
    for (let i = 0; i < 7; i++) created.push((await ws.portal({ name: `Portal ${i}` })).id);
    // Activity in portal 2, then portal 5: they move to the front, most recent first.
    await ws.upload(created[2]!, ws.apiKey);
    await ws.upload(created[5]!, ws.apiKey);
    const expected = [created[5], created[2], ...created.filter((_, i) => i !== 2 && i !== 5).reverse()];

    const pages: Dashboard[] = [];
    let cursor: string | null = null;
    do {
      const page: Dashboard = await ws.dashboard({ limit: 3, ...(cursor ? { cursor } : {}) });
      pages.push(page);
      cursor = page.next_cursor;
    } while (cursor);
    expect(pages.map((p) => p.data.length)).toEqual([3, 3, 1]);
    expect(pages.map((p) => p.has_more)).toEqual([true, true, false]);
    expect(pages.flatMap((p) => p.data.map((s) => s.portal.id))).toEqual(expected);
    const times = pages.flatMap((p) => p.data.map((s) => Date.parse(s.last_activity_at)));
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    // A portal without events shows its creation time; one with events its latest event's time.
    const quiet = summaryOf(pages[2]!, created[0]!)!;
    expect(quiet.last_activity_at).toBe(quiet.portal.created_at);
    const latest = await ctx.db
      .selectFrom('events')
      .select('created_at')
      .where('portal_id', '=', created[5]!)
      .orderBy('seq', 'desc')
      .executeTakeFirstOrThrow();
    expect(pages[0]!.data[0]!.last_activity_at).toBe(latest.created_at.toISOString());

    // The same walk again gives the same pages.
    expect((await ws.allPages({ limit: 3 })).map((s) => s.portal.id)).toEqual(expected);
    // Portals active in the same microsecond keep an order (by id, descending) across pages.
    const quietOnes = created.filter((_, i) => i !== 2 && i !== 5);
    await ctx.db
      .updateTable('portals')
      .set({ created_at: new Date('2026-01-01T00:00:00.123Z') })
      .where('id', 'in', quietOnes)
      .execute();
    const walk = (await ws.allPages({ limit: 2 })).map((s) => s.portal.id);
    expect(walk).toEqual([created[5], created[2], ...[...quietOnes].sort().reverse()]);
    expect(new Set(walk).size).toBe(7);
  });

  it('refuses a cursor it did not issue (400 invalid_cursor) and a filter that is no state (400)', async () => {
    const ws = await workspace();
    for (const cursor of [
      'nope',
      Buffer.from('{"v":1,"s":"12"}').toString('base64url'),
      Buffer.from('{"v":1,"t":"12","i":"prt_x"}').toString('base64url'),
    ]) {
      const res = await ws.call(`/v1/dashboard?cursor=${cursor}`, ws.apiKey);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: 'invalid_cursor' });
    }
    const res = await ws.call('/v1/dashboard?filter=everything', ws.apiKey);
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('lists only the caller’s workspace; a client session gets 404; without credentials 401', async () => {
    const ws = await workspace('Mine');
    const other = await workspace('Theirs');
    const mine = await ws.portal({ name: 'Mine' });
    const theirs = await other.portal({ name: 'Theirs' });
    const dana = await ws.client(mine.id, 'dana@client.example');
    expect((await ws.dashboard()).data.map((s) => s.portal.id)).toEqual([mine.id]);
    expect((await other.dashboard()).data.map((s) => s.portal.id)).toEqual([theirs.id]);

    for (const res of [
      await ws.call('/v1/dashboard', dana.token),
      await ws.call(`/v1/portals/${mine.id}/seen`, dana.token, 'POST'),
      await ws.call(`/v1/portals/${theirs.id}/seen`, ws.apiKey, 'POST'),
      await ws.call(`/v1/portals/prt_${'0'.repeat(32)}/seen`, ws.apiKey, 'POST'),
    ]) {
      expect(res.status).toBe(404);
      expect(await res.json()).toMatchObject({ code: 'not_found' });
    }
    expect(await ctx.db.selectFrom('portal_seen_marks').select('portal_id').where('portal_id', '=', theirs.id).execute()).toEqual([]);
    const anonymous = await ctx.fetch('/v1/dashboard');
    expect(anonymous.status).toBe(401);
  });
});

describe('POST /v1/portals/{portal_id}/seen', () => {
  it('marks the portal seen for the caller only: another key of the workspace keeps its own mark', async () => {
    const ws = await workspace();
    const { id } = await ws.portal({ name: 'Shared' });
    const dana = await ws.client(id, 'dana@client.example');
    await ws.upload(id, dana.token);
    const second = await createApiKey(ctx.db, TEST_SECRET_KEY, ws.workspaceId, 'second');

    const before = summaryOf(await ws.dashboard(), id)!;
    const res = await ws.call(`/v1/portals/${id}/seen`, ws.apiKey, 'POST');
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    const after = summaryOf(await ws.dashboard(), id)!;
    expect(after.waiting.new_uploads).toBe(0);
    // Marking seen is no activity: the portal keeps its place.
    expect(after.last_activity_at).toBe(before.last_activity_at);

    const theirs = summaryOf(await ws.dashboard({}, second.api_key), id)!;
    expect(theirs).toMatchObject({ seen_at: null, state: 'waiting_on_us', waiting: { new_uploads: 1 } });
    await expectRecount(ws, second.api_key, second.id);

    // A second mark moves it on.
    await new Promise((resolve) => setTimeout(resolve, 5));
    await ws.seen(id);
    expect(Date.parse(summaryOf(await ws.dashboard(), id)!.seen_at!)).toBeGreaterThan(Date.parse(after.seen_at!));
    await expectRecount(ws);
  });
});

describe('the dashboard against a recount', () => {
  it('agrees with the base tables after a mixed history across a dozen portals', async () => {
    const ws = await workspace('Busy');
    const portals: string[] = [];
    for (let i = 0; i < 12; i++) portals.push((await ws.portal({ name: `Client ${i}`, client_name: `C${i}` })).id);
    for (const [i, portalId] of portals.entries()) {
      const client = await ws.client(portalId, `client${i}@example.com`);
      if (i % 4 === 0) await ws.client(portalId, `partner${i}@example.org`);
      const ownerFile = await ws.upload(portalId, ws.apiKey, 'ours.pdf');
      if (i % 2 === 0) await ws.upload(portalId, client.token, 'theirs.pdf');
      if (i % 3 === 0) await ws.seen(portalId);
      if (i % 5 === 0) await ws.uploadVersion(ownerFile, client.token);
      if (i % 3 !== 2) {
        const thread = await ws.comment(ownerFile, client.token, 'Question');
        if (i % 2 === 1) await ws.comment(ownerFile, ws.apiKey, 'Answer', thread);
        if (i % 6 === 0) await ws.ok(`/v1/comments/${thread}`, ws.apiKey, 'PATCH', { resolved: true });
      }
      if (i % 4 === 1) await ws.askApproval(ownerFile, new Date(Date.now() + (i % 8 === 1 ? -1 : 1) * 86400_000).toISOString());
      if (i === 11) await ws.ok(`/v1/portals/${portalId}`, ws.apiKey, 'PATCH', { status: 'archived' });
    }
    await expectRecount(ws);
    const counts = (await ws.dashboard()).counts;
    expect(Object.values(counts).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3); // a mix of states, not one
  });
});
