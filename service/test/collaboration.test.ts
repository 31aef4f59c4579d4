import { sql } from 'kysely';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../src/modules/events/verify.ts';
import { createTestContext, TEST_SECRET_KEY, type TestContext, type TestWorkspace } from './support/context.ts';
import { runCli } from './support/process.ts';
import { fileForm, PDF_BYTES } from './support/uploads.ts';

// Comments, version-bound approvals and the audit trail, through the HTTP API.
let ctx: TestContext;
let owner: TestWorkspace;
let portalId: string;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  ctx = await createTestContext();
  owner = await ctx.newWorkspace('Acme Accounting');
  portalId = await newPortal('Tax 2026');
});
afterAll(() => ctx.close());

async function newPortal(name: string): Promise<string> {
  const res = await ctx.fetch('/v1/portals', { apiKey: owner.apiKey, method: 'POST', headers: json, body: JSON.stringify({ name }) });
  return ((await res.json()) as { id: string }).id;
}

/** A member and a session for it, through a one-time sign-in link (the email flows are tested elsewhere). */
async function client(pid: string, email: string): Promise<{ token: string; memberId: string }> {
  const member = (await (
    await ctx.fetch(`/v1/portals/${pid}/members`, { apiKey: owner.apiKey, method: 'POST', headers: json, body: JSON.stringify({ email }) })
  ).json()) as { id: string };
  const link = (await (
    await ctx.fetch(`/v1/portals/${pid}/sign-in-links`, {
      apiKey: owner.apiKey,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ member_id: member.id }),
    })
  ).json()) as { url: string };
  const token = new URL(link.url).hash.replace('#token=', '');
  const session = (await (
    await ctx.fetch(`/v1/portals/${pid}/verifications/confirm`, {
      method: 'POST',
      headers: { ...json, 'user-agent': `Browser of ${email}` },
      body: JSON.stringify({ token }),
    })
  ).json()) as { session_token: string };
  return { token: session.session_token, memberId: member.id };
}

async function upload(pid: string, bytes: Buffer, name = 'return.pdf'): Promise<{ id: string; current_version: { sha256: string } }> {
  const res = await ctx.upload(`/v1/portals/${pid}/files`, fileForm(bytes, { filename: name }), owner.apiKey);
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; current_version: { sha256: string } };
}

const post = (path: string, key: string, body: unknown) =>
  ctx.fetch(path, { apiKey: key, method: 'POST', headers: json, body: JSON.stringify(body) });
const patch = (path: string, key: string, body: unknown) =>
  ctx.fetch(path, { apiKey: key, method: 'PATCH', headers: json, body: JSON.stringify(body) });

describe('comments', () => {
  it('threads one level deep, oldest first; authors edit and delete; owners and thread authors resolve', async () => {
    const dana = await client(portalId, 'dana@client.example');
    const sam = await client(portalId, 'sam@client.example');
    const file = await upload(portalId, PDF_BYTES);
    const first = await post(`/v1/files/${file.id}/comments`, dana.token, { body: '  Line 12 looks off. ', version: 1 });
    expect(first.status).toBe(201);
    const thread = (await first.json()) as { id: string; author: unknown; body: string; version: number };
    expect(thread).toMatchObject({
      body: 'Line 12 looks off.',
      version: 1,
      author: { kind: 'member', id: dana.memberId, email: 'dana@client.example' },
    });

    const reply = (await (
      await post(`/v1/files/${file.id}/comments`, owner.apiKey, { body: 'Fixed in v2.', parent_id: thread.id })
    ).json()) as { id: string };
    const nested = await post(`/v1/files/${file.id}/comments`, sam.token, { body: 'deeper', parent_id: reply.id });
    expect(nested.status).toBe(400);
    expect(await nested.json()).toMatchObject({ code: 'validation_failed' });
    expect((await post(`/v1/files/${file.id}/comments`, dana.token, { body: 'x'.repeat(10_001) })).status).toBe(400);
    expect((await post(`/v1/files/${file.id}/comments`, dana.token, { body: 'future', version: 9 })).status).toBe(400);

    // Only the author edits; an owner or the thread's author resolves.
    expect((await patch(`/v1/comments/${thread.id}`, sam.token, { body: 'hijacked' })).status).toBe(403);
    expect((await patch(`/v1/comments/${thread.id}`, sam.token, { resolved: true })).status).toBe(403);
    const edited = (await (await patch(`/v1/comments/${thread.id}`, dana.token, { body: 'Line 12 is last year’s figure.' })).json()) as {
      edited_at: string | null;
    };
    expect(edited.edited_at).not.toBeNull();
    expect(await (await patch(`/v1/comments/${thread.id}`, owner.apiKey, { resolved: true })).json()).toMatchObject({ resolved: true });
    expect(await (await patch(`/v1/comments/${thread.id}`, dana.token, { resolved: false })).json()).toMatchObject({ resolved: false });

    // Deleting leaves a placeholder, so the reply keeps its context.
    expect((await ctx.fetch(`/v1/comments/${thread.id}`, { apiKey: sam.token, method: 'DELETE' })).status).toBe(403);
    expect((await ctx.fetch(`/v1/comments/${thread.id}`, { apiKey: dana.token, method: 'DELETE' })).status).toBe(204);
    const list = (await (await ctx.fetch(`/v1/files/${file.id}/comments`, { apiKey: sam.token })).json()) as {
      data: Array<{ id: string; body: string | null; deleted: boolean; parent_id: string | null }>;
    };
    expect(list.data.map((c) => [c.id, c.deleted, c.body, c.parent_id])).toEqual([
      [thread.id, true, null, null],
      [reply.id, false, 'Fixed in v2.', thread.id],
    ]);
    const page = (await (await ctx.fetch(`/v1/files/${file.id}/comments?limit=1`, { apiKey: owner.apiKey })).json()) as {
      data: Array<{ id: string }>;
      next_cursor: string;
    };
    const next = (await (
      await ctx.fetch(`/v1/files/${file.id}/comments?limit=1&cursor=${page.next_cursor}`, { apiKey: owner.apiKey })
    ).json()) as { data: Array<{ id: string }> };
    expect([page.data[0]!.id, next.data[0]!.id]).toEqual([thread.id, reply.id]);
  });
});

describe('approvals', () => {
  it('binds a request to the current version; the record shows the version, its sha256 and the verified email', async () => {
    const pid = await newPortal('Approve me');
    const dana = await client(pid, 'dana@approve.example');
    const file = await upload(pid, PDF_BYTES);
    const asked = await post(`/v1/files/${file.id}/approval-requests`, owner.apiKey, {
      message: 'Please approve',
      due_at: '2026-12-10T17:00:00Z',
    });
    expect(asked.status).toBe(201);
    const request = (await asked.json()) as {
      id: string;
      status: string;
      version: number;
      sha256: string;
      approvers: Array<{ id: string }>;
    };
    expect(request).toMatchObject({
      status: 'pending',
      version: 1,
      sha256: file.current_version.sha256,
      approvers: [{ id: dana.memberId }],
    });

    const listed = (await (await ctx.fetch(`/v1/portals/${pid}/files`, { apiKey: dana.token })).json()) as {
      data: Array<{ approval: unknown }>;
    };
    expect(listed.data[0]!.approval).toMatchObject({
      request_id: request.id,
      status: 'pending',
      version: 1,
      due_at: '2026-12-10T17:00:00.000Z',
    });

    const owned = await post(`/v1/approval-requests/${request.id}/decisions`, owner.apiKey, { decision: 'approve' });
    expect(owned.status).toBe(403);
    expect(await owned.json()).toMatchObject({ code: 'owner_cannot_decide' });

    const decided = await ctx.fetch(`/v1/approval-requests/${request.id}/decisions`, {
      apiKey: dana.token,
      method: 'POST',
      headers: { ...json, 'user-agent': 'DanaBrowser/1.0' },
      body: JSON.stringify({ decision: 'approve', note: 'All good' }),
    });
    expect(decided.status).toBe(201);
    expect(await decided.json()).toMatchObject({
      status: 'approved',
      decisions: [
        {
          member_id: dana.memberId,
          email: 'dana@approve.example',
          decision: 'approve',
          version: 1,
          sha256: createHash('sha256').update(PDF_BYTES).digest('hex'),
          user_agent: 'DanaBrowser/1.0',
        },
      ],
    });
    const twice = await post(`/v1/approval-requests/${request.id}/decisions`, dana.token, { decision: 'request_changes' });
    expect(twice.status).toBe(409);
    expect(await twice.json()).toMatchObject({ code: 'already_decided' });

    const record = await ctx.fetch(`/v1/approval-requests/${request.id}/record`, { apiKey: owner.apiKey });
    expect(record.headers.get('content-disposition')).toBe(`attachment; filename="approval-${request.id}.json"`);
    expect(await record.json()).toMatchObject({
      record_version: 1,
      approval_request: { id: request.id, status: 'approved' },
      file: { id: file.id, version: 1, sha256: file.current_version.sha256, size: PDF_BYTES.length },
      decisions: [
        { email: 'dana@approve.example', decision: 'approve', note: 'All good', version: 1, sha256: file.current_version.sha256 },
      ],
    });
    const badge = (await (await ctx.fetch(`/v1/files/${file.id}`, { apiKey: owner.apiKey })).json()) as { approval: { status: string } };
    expect(badge.approval.status).toBe('approved');
    // A decision is a record: the database refuses to change it.
    await expect(ctx.db.updateTable('approval_decisions').set({ note: 'forged' }).execute()).rejects.toThrow(/immutable/);
  });

  it('supersedes a pending request when a new version arrives; deciding it is 409', async () => {
    const pid = await newPortal('Supersede');
    const dana = await client(pid, 'dana@supersede.example');
    const file = await upload(pid, Buffer.from('v1'));
    const request = (await (await post(`/v1/files/${file.id}/approval-requests`, owner.apiKey, {})).json()) as { id: string };
    expect((await ctx.upload(`/v1/files/${file.id}/versions`, fileForm(Buffer.from('v2')), owner.apiKey)).status).toBe(201);
    const read = (await (await ctx.fetch(`/v1/approval-requests/${request.id}`, { apiKey: dana.token })).json()) as { status: string };
    expect(read.status).toBe('superseded');
    const late = await post(`/v1/approval-requests/${request.id}/decisions`, dana.token, { decision: 'approve' });
    expect(late.status).toBe(409);
    expect(await late.json()).toMatchObject({ code: 'approval_superseded' });
    const fresh = (await (await post(`/v1/files/${file.id}/approval-requests`, owner.apiKey, {})).json()) as { version: number };
    expect(fresh.version).toBe(2);
  });

  it('follows the rule: `all` needs every approver, one request for changes settles it; cancel is final', async () => {
    const pid = await newPortal('Rules');
    const a = await client(pid, 'a@rules.example');
    const b = await client(pid, 'b@rules.example');
    const outsider = await client(pid, 'c@rules.example');
    const file = await upload(pid, Buffer.from('contract'));
    const all = (await (
      await post(`/v1/files/${file.id}/approval-requests`, owner.apiKey, { rule: 'all', approvers: [a.memberId, b.memberId] })
    ).json()) as { id: string };
    const stranger = await post(`/v1/approval-requests/${all.id}/decisions`, outsider.token, { decision: 'approve' });
    expect(stranger.status).toBe(403);
    expect(await stranger.json()).toMatchObject({ code: 'not_an_approver' });
    expect(await (await post(`/v1/approval-requests/${all.id}/decisions`, a.token, { decision: 'approve' })).json()).toMatchObject({
      status: 'pending',
    });
    expect(await (await post(`/v1/approval-requests/${all.id}/decisions`, b.token, { decision: 'approve' })).json()).toMatchObject({
      status: 'approved',
    });

    const changes = (await (await post(`/v1/files/${file.id}/approval-requests`, owner.apiKey, { rule: 'all' })).json()) as { id: string };
    expect(
      await (
        await post(`/v1/approval-requests/${changes.id}/decisions`, a.token, { decision: 'request_changes', note: 'Typo on p.2' })
      ).json(),
    ).toMatchObject({ status: 'changes_requested' });
    const closed = await post(`/v1/approval-requests/${changes.id}/decisions`, b.token, { decision: 'approve' });
    expect(await closed.json()).toMatchObject({ code: 'approval_closed' });

    const canceled = (await (await post(`/v1/files/${file.id}/approval-requests`, owner.apiKey, {})).json()) as { id: string };
    expect((await ctx.fetch(`/v1/approval-requests/${canceled.id}`, { apiKey: owner.apiKey, method: 'DELETE' })).status).toBe(204);
    const afterCancel = await post(`/v1/approval-requests/${canceled.id}/decisions`, a.token, { decision: 'approve' });
    expect(afterCancel.status).toBe(409);
    expect(await afterCancel.json()).toMatchObject({ code: 'approval_canceled' });
    expect((await ctx.fetch(`/v1/approval-requests/${canceled.id}`, { apiKey: owner.apiKey, method: 'DELETE' })).status).toBe(409);

    const bad = await post(`/v1/files/${file.id}/approval-requests`, owner.apiKey, { approvers: [`mem_${'0'.repeat(32)}`] });
    expect(bad.status).toBe(400);
    const list = (await (await ctx.fetch(`/v1/files/${file.id}/approval-requests`, { apiKey: a.token })).json()) as {
      data: Array<{ id: string; status: string }>;
    };
    expect(list.data.map((r) => r.status)).toEqual(['canceled', 'changes_requested', 'approved']);
  });

  it('settles concurrent decisions exactly once', async () => {
    const pid = await newPortal('Race');
    const members = await Promise.all(['r1', 'r2', 'r3', 'r4'].map((n) => client(pid, `${n}@race.example`)));
    const file = await upload(pid, Buffer.from('race'));
    const request = (await (await post(`/v1/files/${file.id}/approval-requests`, owner.apiKey, { rule: 'any' })).json()) as { id: string };
    const results = await Promise.all(
      members.map((m) => post(`/v1/approval-requests/${request.id}/decisions`, m.token, { decision: 'approve' })),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409]);
    const decisions = await ctx.db.selectFrom('approval_decisions').selectAll().where('request_id', '=', request.id).execute();
    expect(decisions).toHaveLength(1);
  });
});

describe('events and the audit trail', () => {
  it('lists a portal’s activity with filters; a client sees the work, not others’ IPs or the security log', async () => {
    const pid = await newPortal('Activity');
    const dana = await client(pid, 'dana@activity.example');
    const file = await upload(pid, Buffer.from('statement'));
    await post(`/v1/files/${file.id}/comments`, dana.token, { body: 'Thanks!' });
    const ownerView = (await (await ctx.fetch(`/v1/portals/${pid}/events?limit=100`, { apiKey: owner.apiKey })).json()) as {
      data: Array<{ type: string; ip: string | null; actor: { kind: string } }>;
    };
    const types = ownerView.data.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['member.added', 'session.created', 'file.uploaded', 'comment.created']));
    expect(types[0]).toBe('comment.created'); // newest first
    const clientView = (await (await ctx.fetch(`/v1/portals/${pid}/events?limit=100`, { apiKey: dana.token })).json()) as {
      data: Array<{ type: string; ip: string | null; user_agent: string | null; actor: { kind: string } }>;
    };
    expect(clientView.data.map((e) => e.type)).toEqual(['comment.created', 'file.uploaded']);
    expect(clientView.data.find((e) => e.type === 'file.uploaded')).toMatchObject({ ip: null, user_agent: null });
    expect(clientView.data.find((e) => e.type === 'comment.created')!.ip).not.toBeNull();
    const filtered = (await (await ctx.fetch(`/v1/portals/${pid}/events?type=file.uploaded`, { apiKey: owner.apiKey })).json()) as {
      data: unknown[];
    };
    expect(filtered.data).toHaveLength(1);
    const byActor = (await (await ctx.fetch(`/v1/events?actor=${dana.memberId}&limit=100`, { apiKey: owner.apiKey })).json()) as {
      data: Array<{ type: string }>;
    };
    expect(byActor.data.map((e) => e.type)).toEqual(expect.arrayContaining(['comment.created', 'session.created']));
    const futureRes = await ctx.fetch(`/v1/events?since=2099-01-01T00:00:00Z`, { apiKey: owner.apiKey });
    const future = (await futureRes.json()) as { data: unknown[] };
    expect(futureRes.status, JSON.stringify(future)).toBe(200);
    expect(future.data).toEqual([]);
  });

  it('is append-only: the service’s database role cannot update or delete events', async () => {
    await expect(ctx.db.updateTable('events').set({ type: 'x' }).execute()).rejects.toThrow(/append-only/);
    await expect(ctx.db.deleteFrom('events').execute()).rejects.toThrow(/append-only/);
  });

  it('detects tampering: `foyer audit verify` names the first broken link', async () => {
    const pid = await newPortal('Tamper');
    const dana = await client(pid, 'dana@tamper.example');
    const file = await upload(pid, Buffer.from('original'));
    await post(`/v1/files/${file.id}/comments`, dana.token, { body: 'one' });
    await post(`/v1/files/${file.id}/comments`, dana.token, { body: 'two' });
    const env = { DATABASE_URL: ctx.databaseUrl, SECRET_KEY: TEST_SECRET_KEY };
    const clean = await runCli(['audit', 'verify', '--portal', pid, '--json'], env);
    expect(clean.code, clean.stderr).toBe(0);
    const report = JSON.parse(clean.stdout) as { ok: boolean; chains: Array<{ chain: string; broken?: unknown }> };
    expect(report.ok).toBe(true);
    expect(report.chains).toHaveLength(1);
    expect(report.chains[0]).toMatchObject({ chain: pid });
    expect(report.chains[0]!.broken).toBeUndefined();

    // Someone with database superuser rights rewrites history.
    const victim = await ctx.db
      .selectFrom('events')
      .select(['id', 'seq'])
      .where('portal_id', '=', pid)
      .where('type', '=', 'file.uploaded')
      .executeTakeFirstOrThrow();
    await sql`alter table events disable trigger events_append_only`.execute(ctx.db);
    await sql`update events set data = jsonb_set(data, '{size}', '1') where id = ${victim.id}`.execute(ctx.db);
    await sql`alter table events enable trigger events_append_only`.execute(ctx.db);

    const reports = await verifyAuditChains(ctx.db, { portalId: pid });
    expect(reports[0]!.broken?.event_id).toBe(victim.id);
    expect(reports[0]!.broken?.reason).toContain('altered');
    const cli = await runCli(['audit', 'verify', '--portal', pid], env);
    expect(cli.code).toBe(1);
    expect(cli.stdout).toContain(`BROKEN  ${pid}: event ${victim.id}`);

    // A removed event breaks the link after it.
    const pid2 = await newPortal('Tamper 2');
    await upload(pid2, Buffer.from('a'));
    await upload(pid2, Buffer.from('b'));
    const [firstUpload, secondUpload] = await ctx.db
      .selectFrom('events')
      .select(['id'])
      .where('portal_id', '=', pid2)
      .where('type', '=', 'file.uploaded')
      .orderBy('seq')
      .execute();
    await sql`alter table events disable trigger events_append_only`.execute(ctx.db);
    await sql`delete from events where id = ${firstUpload!.id}`.execute(ctx.db);
    await sql`alter table events enable trigger events_append_only`.execute(ctx.db);
    const removed = await verifyAuditChains(ctx.db, { portalId: pid2 });
    expect(removed[0]!.broken?.event_id).toBe(secondUpload!.id);
    expect(removed[0]!.broken?.reason).toContain('removed');
  });
});
