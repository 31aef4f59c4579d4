import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../src/lib/ids.ts';
import { NO_REQUEST } from '../src/lib/request-meta.ts';
import { verifyAuditChains } from '../src/modules/events/verify.ts';
import { insertMember } from '../src/modules/members/repository.ts';
import { createSession } from '../src/modules/sessions/service.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';

let ctx: TestContext;
let acme: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  ctx = await createTestContext();
  acme = await ctx.newWorkspace('Acme Accounting');
  other = await ctx.newWorkspace('Other');
});
afterAll(() => ctx.close());

const TAX_ITEMS = [
  { title: ' Bank statements ', multiple: true },
  { title: 'Receipts', multiple: true, description: '  Every receipt over $75.  ' },
  { title: "Last year's return", allowed_types: ['application/pdf'] },
  { title: 'ID', required: false, allowed_types: ['application/pdf', 'image/*'] },
];

/** Portals made straight in the database (the portal list and dto belong to another part of issue 14). */
async function newPortals(ws: TestWorkspace, count: number, status: 'active' | 'archived' = 'active'): Promise<string[]> {
  const ids = Array.from({ length: count }, () => newId('portal'));
  await ctx.db
    .insertInto('portals')
    .values(
      ids.map((id, i) => ({
        id,
        workspace_id: ws.workspaceId,
        name: `Client ${i}`,
        client_name: null,
        access_mode: 'verified' as const,
        status,
        client_uploads: true,
      })),
    )
    .execute();
  return ids;
}

async function newTemplate(ws: TestWorkspace, name = '2026 tax documents', items: Array<Record<string, unknown>> = TAX_ITEMS) {
  const res = await ws.client.POST('/v1/request-templates', { body: { name, items } as never });
  expect(res.response.status).toBe(201);
  return res.data!;
}

function apply(ws: TestWorkspace, templateId: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  return ctx.fetch(`/v1/request-templates/${templateId}/apply`, {
    method: 'POST',
    apiKey: ws.apiKey,
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

interface Applied {
  data: Array<{ portal_id: string; status: string; request_id: string | null; error: { code: string; detail: string } | null }>;
  counts: { created: number; exists: number; failed: number };
}

describe('request templates', () => {
  it('saves a template with every item default written out, and reads it back', async () => {
    const template = await newTemplate(acme);
    expect(template.id).toMatch(/^rqt_[0-9a-z]{32}$/);
    expect(template).toMatchObject({ name: '2026 tax documents', message: null });
    expect(template.items).toEqual([
      { title: 'Bank statements', description: null, required: true, multiple: true, allowed_types: [] },
      { title: 'Receipts', description: 'Every receipt over $75.', required: true, multiple: true, allowed_types: [] },
      { title: "Last year's return", description: null, required: true, multiple: false, allowed_types: ['application/pdf'] },
      { title: 'ID', description: null, required: false, multiple: false, allowed_types: ['application/pdf', 'image/*'] },
    ]);
    const read = await acme.client.GET('/v1/request-templates/{request_template_id}', {
      params: { path: { request_template_id: template.id } },
    });
    expect(read.response.status).toBe(200);
    expect(read.data).toEqual(template);
  });

  it('lists templates by name, then id, page by page', async () => {
    const ws = await ctx.newWorkspace('Paging');
    for (const name of ['Onboarding', 'annual review', 'Bookkeeping', 'Annual review', 'Zeta', 'Onboarding']) await newTemplate(ws, name);
    const seen: string[] = [];
    const ids = new Set<string>();
    let cursor: string | undefined;
    for (let page = 0; page < 10; page++) {
      const res = await ws.client.GET('/v1/request-templates', { params: { query: { limit: 2, ...(cursor ? { cursor } : {}) } } });
      expect(res.response.status).toBe(200);
      for (const t of res.data!.data) {
        seen.push(t.name);
        ids.add(t.id);
      }
      if (!res.data!.has_more) break;
      cursor = res.data!.next_cursor!;
    }
    const { rows } = await sql<{
      name: string;
    }>`select name from request_templates where workspace_id = ${ws.workspaceId} order by name, id`.execute(ctx.db);
    expect(seen).toEqual(rows.map((r) => r.name));
    expect(ids.size).toBe(6);
  });

  it('continues after a deleted template, and keeps long names inside the cursor limit', async () => {
    const ws = await ctx.newWorkspace('Long names');
    const long = (c: string) => c.repeat(200);
    const names = [long('a'), long('b'), long('é'), long('𝄞').slice(0, 200), long('z')];
    const made = [];
    for (const name of names) made.push(await newTemplate(ws, name));
    const first = await ws.client.GET('/v1/request-templates', { params: { query: { limit: 2 } } });
    const cursor = first.data!.next_cursor!;
    expect(cursor.length).toBeLessThanOrEqual(200);
    // The page's last template goes; the next page still starts after where it was.
    const last = first.data!.data.at(-1)!;
    await ws.client.DELETE('/v1/request-templates/{request_template_id}', { params: { path: { request_template_id: last.id } } });
    const rest = await ws.client.GET('/v1/request-templates', { params: { query: { limit: 100, cursor } } });
    expect(rest.response.status).toBe(200);
    const restIds = rest.data!.data.map((t) => t.id);
    const expected = (await ws.client.GET('/v1/request-templates', { params: { query: { limit: 100 } } }))
      .data!.data.slice(1)
      .map((t) => t.id);
    expect(restIds).toEqual(expected);
    for (const page of [first, rest]) for (const t of page.data!.data) expect(t.name.length).toBeGreaterThan(0);
  });

  it('refuses a cursor it did not issue with 400 invalid_cursor', async () => {
    for (const cursor of ['abc', Buffer.from(JSON.stringify({ v: 1, i: 'rqt_x', n: '' })).toString('base64url')]) {
      const res = await acme.client.GET('/v1/request-templates', { params: { query: { cursor } } });
      expect(res.response.status).toBe(400);
      expect(res.error).toMatchObject({ code: 'invalid_cursor' });
    }
    const nul = Buffer.from(JSON.stringify({ v: 1, i: `rqt_${'a'.repeat(32)}`, n: 'a\u0000' })).toString('base64url');
    const res = await acme.client.GET('/v1/request-templates', { params: { query: { cursor: nul } } });
    expect(res.response.status).toBe(400);
    expect(res.error).toMatchObject({ code: 'invalid_cursor' });
  });

  it('updates the name, message and items; requests already made keep theirs', async () => {
    const template = await newTemplate(acme, 'To change');
    const [portal] = await newPortals(acme, 1);
    const applied = (await (await apply(acme, template.id, { portal_ids: [portal] })).json()) as Applied;
    const res = await acme.client.PATCH('/v1/request-templates/{request_template_id}', {
      params: { path: { request_template_id: template.id } },
      body: { name: ' Changed ', message: ' Please send by Friday. ', items: [{ title: 'Only this' }] },
    });
    expect(res.response.status).toBe(200);
    expect(res.data).toMatchObject({
      name: 'Changed',
      message: 'Please send by Friday.',
      items: [{ title: 'Only this', description: null, required: true, multiple: false, allowed_types: [] }],
    });
    expect(Date.parse(res.data!.updated_at)).toBeGreaterThanOrEqual(Date.parse(template.updated_at));
    const request = await ctx.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', applied.data[0]!.request_id!)
      .executeTakeFirstOrThrow();
    expect(request.title).toBe('To change');
    const items = await ctx.db
      .selectFrom('request_items')
      .select('title')
      .where('request_id', '=', request.id)
      .orderBy('position')
      .execute();
    expect(items.map((i) => i.title)).toEqual(TAX_ITEMS.map((i) => i.title.trim()));
  });

  it('deletes a template; requests made from it stay, without the template', async () => {
    const template = await newTemplate(acme, 'To delete');
    const [portal] = await newPortals(acme, 1);
    const applied = (await (await apply(acme, template.id, { portal_ids: [portal] })).json()) as Applied;
    const path = { request_template_id: template.id };
    const res = await acme.client.DELETE('/v1/request-templates/{request_template_id}', { params: { path } });
    expect(res.response.status).toBe(204);
    const gone = await acme.client.GET('/v1/request-templates/{request_template_id}', { params: { path } });
    expect(gone.response.status).toBe(404);
    expect(gone.error).toMatchObject({ code: 'not_found' });
    const again = await acme.client.DELETE('/v1/request-templates/{request_template_id}', { params: { path } });
    expect(again.response.status).toBe(404);
    expect(again.error).toMatchObject({ code: 'not_found' });
    const request = await ctx.db
      .selectFrom('requests')
      .selectAll()
      .where('id', '=', applied.data[0]!.request_id!)
      .executeTakeFirstOrThrow();
    expect(request.template_id).toBeNull();
    expect(await ctx.db.selectFrom('request_items').select('id').where('request_id', '=', request.id).execute()).toHaveLength(4);
  });

  it('refuses invalid templates with 400 validation_failed', async () => {
    const bodies: unknown[] = [
      { name: 'No items', items: [] },
      { name: 'Missing items' },
      { items: [{ title: 'No name' }] },
      { name: '', items: [{ title: 'x' }] },
      { name: '   ', items: [{ title: 'x' }] },
      { name: 'Blank title', items: [{ title: '  ' }] },
      { name: 'Too many', items: Array.from({ length: 51 }, (_, i) => ({ title: `Item ${i}` })) },
      { name: 'Bad type', items: [{ title: 'x', allowed_types: ['pdf'] }] },
      { name: 'Twice the type', items: [{ title: 'x', allowed_types: ['image/*', 'image/*'] }] },
      { name: 'Unknown field', items: [{ title: 'x', status: 'open' }] },
      { name: 'x'.repeat(201), items: [{ title: 'x' }] },
    ];
    for (const body of bodies) {
      const res = await acme.client.POST('/v1/request-templates', { body: body as never });
      expect(res.response.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.error).toMatchObject({ code: 'validation_failed' });
    }
    const template = await newTemplate(acme, 'Valid');
    for (const body of [{}, { name: '  ' }, { items: [] }]) {
      const res = await acme.client.PATCH('/v1/request-templates/{request_template_id}', {
        params: { path: { request_template_id: template.id } },
        body: body as never,
      });
      expect(res.response.status).toBe(400);
      expect(res.error).toMatchObject({ code: 'validation_failed' });
    }
  });

  it('keeps each workspace to its own templates (404) and hides them from clients (404)', async () => {
    const template = await newTemplate(acme, 'Private');
    const path = { request_template_id: template.id };
    const [otherPortal] = await newPortals(other, 1);
    const responses = [
      await other.client.GET('/v1/request-templates/{request_template_id}', { params: { path } }),
      await other.client.PATCH('/v1/request-templates/{request_template_id}', { params: { path }, body: { name: 'stolen' } }),
      await other.client.DELETE('/v1/request-templates/{request_template_id}', { params: { path } }),
      await other.client.POST('/v1/request-templates/{request_template_id}/apply', {
        params: { path },
        body: { portal_ids: [otherPortal!] },
      }),
    ];
    for (const res of responses) {
      expect(res.response.status).toBe(404);
      expect(res.error).toMatchObject({ code: 'not_found' });
    }
    expect((await other.client.GET('/v1/request-templates')).data!.data.map((t) => t.id)).not.toContain(template.id);

    const [portal] = await newPortals(acme, 1);
    const member = await insertMember(ctx.db, {
      id: newId('member'),
      portal_id: portal!,
      workspace_id: acme.workspaceId,
      email: 'dana@client.test',
      name: 'Dana',
    });
    const { token } = await createSession(ctx.db, ctx.config.secretKey, member, 'code', NO_REQUEST);
    for (const [method, url, body] of [
      ['GET', '/v1/request-templates', undefined],
      ['GET', `/v1/request-templates/${template.id}`, undefined],
      ['POST', '/v1/request-templates', { name: 'Mine', items: [{ title: 'x' }] }],
      ['POST', `/v1/request-templates/${template.id}/apply`, { portal_ids: [portal] }],
      ['DELETE', `/v1/request-templates/${template.id}`, undefined],
    ] as const) {
      const res = await ctx.fetch(url, {
        method,
        headers: { Authorization: `Bearer ${token}`, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
      expect(res.status, `${method} ${url}`).toBe(404);
      expect(((await res.json()) as { code: string }).code).toBe('not_found');
    }
    expect(await ctx.db.selectFrom('requests').select('id').where('portal_id', '=', portal!).execute()).toEqual([]);
  });

  it('records request_template.created, .updated and .deleted in the workspace chain', async () => {
    const ws = await ctx.newWorkspace('Events');
    const template = await newTemplate(ws, 'Audited');
    await ws.client.PATCH('/v1/request-templates/{request_template_id}', {
      params: { path: { request_template_id: template.id } },
      body: { name: 'Audited 2' },
    });
    await ws.client.DELETE('/v1/request-templates/{request_template_id}', { params: { path: { request_template_id: template.id } } });
    const events = await ctx.db.selectFrom('events').selectAll().where('workspace_id', '=', ws.workspaceId).orderBy('seq').execute();
    expect(events.map((e) => [e.type, e.portal_id, e.target_type, e.target_id, e.actor_kind, e.actor_id])).toEqual([
      ['request_template.created', null, 'request_template', template.id, 'owner', ws.keyId],
      ['request_template.updated', null, 'request_template', template.id, 'owner', ws.keyId],
      ['request_template.deleted', null, 'request_template', template.id, 'owner', ws.keyId],
    ]);
    expect(events.map((e) => e.data)).toEqual([
      { name: 'Audited', item_count: 4 },
      { name: 'Audited 2', item_count: 4, changed: ['name'] },
      { name: 'Audited 2', item_count: 4 },
    ]);
  });
});

describe('applying a template', () => {
  it('answers each portal in the order given: created, exists, not_found (missing or another workspace), portal_archived', async () => {
    const template = await newTemplate(acme, 'Mixed');
    const [a, b, c] = await newPortals(acme, 3);
    const [archived] = await newPortals(acme, 1, 'archived');
    const [foreign] = await newPortals(other, 1);
    const missing = newId('portal');
    const first = (await (await apply(acme, template.id, { portal_ids: [b] })).json()) as Applied;
    expect(first.data).toEqual([{ portal_id: b, status: 'created', request_id: first.data[0]!.request_id, error: null }]);
    expect(first.data[0]!.request_id).toMatch(/^req_[0-9a-z]{32}$/);

    const res = await apply(acme, template.id, { portal_ids: [c, foreign, b, archived, missing, a] });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Applied;
    expect(body.data.map((r) => [r.portal_id, r.status, r.error?.code ?? null])).toEqual([
      [c, 'created', null],
      [foreign, 'failed', 'not_found'],
      [b, 'exists', null],
      [archived, 'failed', 'portal_archived'],
      [missing, 'failed', 'not_found'],
      [a, 'created', null],
    ]);
    expect(body.counts).toEqual({ created: 2, exists: 1, failed: 3 });
    expect(body.data[2]!.request_id).toBe(first.data[0]!.request_id);
    // Another workspace's portal reads exactly like one that does not exist.
    expect(body.data[1]!.error).toEqual(body.data[4]!.error);
    for (const failed of [body.data[1]!, body.data[3]!, body.data[4]!]) expect(failed.request_id).toBeNull();
    expect(await ctx.db.selectFrom('requests').select('id').where('portal_id', 'in', [foreign!, archived!]).execute()).toEqual([]);
  });

  it('writes each portal a request and its items from the template, with its progress counters', async () => {
    const template = await newTemplate(acme, 'Rows');
    const portals = await newPortals(acme, 2);
    const dueAt = '2027-03-15T17:00:00.000Z';
    const body = (await (await apply(acme, template.id, { portal_ids: portals, due_at: dueAt, message: ' Thanks! ' })).json()) as Applied;
    for (const [i, portalId] of portals.entries()) {
      const request = await ctx.db.selectFrom('requests').selectAll().where('id', '=', body.data[i]!.request_id!).executeTakeFirstOrThrow();
      expect(request).toMatchObject({
        workspace_id: acme.workspaceId,
        portal_id: portalId,
        template_id: template.id,
        title: 'Rows',
        message: 'Thanks!',
        status: 'open',
        created_by: acme.keyId,
        completed_at: null,
      });
      expect(request.due_at!.toISOString()).toBe(dueAt);
      const items = await ctx.db.selectFrom('request_items').selectAll().where('request_id', '=', request.id).orderBy('position').execute();
      expect(
        items.map(({ title, description, required, multiple, allowed_types, position, status, portal_id, workspace_id }) => ({
          title,
          description,
          required,
          multiple,
          allowed_types,
          position,
          status,
          portal_id,
          workspace_id,
        })),
      ).toEqual(
        template.items.map((item, position) => ({
          ...item,
          position,
          status: 'open',
          portal_id: portalId,
          workspace_id: acme.workspaceId,
        })),
      );
      for (const item of items) expect(item.id).toMatch(/^rqi_[0-9a-z]{32}$/);
      const portal = await ctx.db.selectFrom('portals').selectAll().where('id', '=', portalId).executeTakeFirstOrThrow();
      expect(portal.request_open_items).toBe(4);
      expect(portal.request_submitted_items).toBe(0);
      expect(portal.request_next_due_at!.toISOString()).toBe(dueAt);
      const read = await acme.client.GET('/v1/portals/{portal_id}', { params: { path: { portal_id: portalId } } });
      expect(read.data!.requests).toMatchObject({ open_items: 4, submitted_items: 0, next_due_at: dueAt });
    }
  });

  it('writes the same rows as createRequest with the same title, message, due date and items', async () => {
    const items = TAX_ITEMS.map((i) => ({ ...i, title: i.title.trim() }));
    const template = (await acme.client.POST('/v1/request-templates', { body: { name: 'Same rows', message: 'Hello', items } })).data!;
    const [byHand, applied] = await newPortals(acme, 2);
    const dueAt = '2027-04-01T12:00:00.000Z';
    const made = await acme.client.POST('/v1/portals/{portal_id}/requests', {
      params: { path: { portal_id: byHand! } },
      body: { title: 'Same rows', message: 'Hello', due_at: dueAt, items },
    });
    expect(made.response.status).toBe(201);
    const body = (await (await apply(acme, template.id, { portal_ids: [applied], due_at: dueAt })).json()) as Applied;
    const rows = async (requestId: string) => {
      const {
        id: _id,
        seq: _seq,
        portal_id: _p,
        template_id: _t,
        created_at: _c,
        updated_at: _u,
        ...request
      } = await ctx.db.selectFrom('requests').selectAll().where('id', '=', requestId).executeTakeFirstOrThrow();
      const items = (
        await ctx.db.selectFrom('request_items').selectAll().where('request_id', '=', requestId).orderBy('position').execute()
      ).map(({ id: _i, request_id: _r, portal_id: _ip, created_at: _ic, updated_at: _iu, ...item }) => item);
      const events = (await ctx.db.selectFrom('events').selectAll().where('target_id', '=', requestId).execute()).map((e) => ({
        type: e.type,
        actor: [e.actor_kind, e.actor_id],
        data: { ...e.data, request_id: null, template_id: null },
      }));
      // next_reminder_at is "due now" for the reminder job: a time, not compared.
      return { ...request, next_reminder_at: request.next_reminder_at !== null, items, events };
    };
    expect(await rows(body.data[0]!.request_id!)).toEqual(await rows(made.data!.id));
  });

  it("uses the template's message unless the apply gives one (null clears it)", async () => {
    const created = await acme.client.POST('/v1/request-templates', {
      body: { name: 'With message', message: 'From the template', items: [{ title: 'x' }] },
    });
    const template = created.data!;
    const portals = await newPortals(acme, 2);
    const kept = (await (await apply(acme, template.id, { portal_ids: [portals[0]] })).json()) as Applied;
    const cleared = (await (await apply(acme, template.id, { portal_ids: [portals[1]], message: null })).json()) as Applied;
    const message = async (id: string) =>
      (await ctx.db.selectFrom('requests').select('message').where('id', '=', id).executeTakeFirstOrThrow()).message;
    expect(await message(kept.data[0]!.request_id!)).toBe('From the template');
    expect(await message(cleared.data[0]!.request_id!)).toBeNull();
  });

  it('records request.created for each new request in its portal chain, with notify, and the chains verify', async () => {
    const ws = await ctx.newWorkspace('Applied events');
    const template = await newTemplate(ws, 'Evented');
    const portals = await newPortals(ws, 3);
    await apply(ws, template.id, { portal_ids: [portals[0]] });
    const body = (await (
      await apply(ws, template.id, { portal_ids: portals, notify: false, due_at: '2027-01-31T00:00:00Z' })
    ).json()) as Applied;
    const events = await ctx.db
      .selectFrom('events')
      .selectAll()
      .where('workspace_id', '=', ws.workspaceId)
      .where('type', '=', 'request.created')
      .orderBy('seq')
      .execute();
    expect(events).toHaveLength(3);
    const later = events.slice(1);
    expect(later.map((e) => [e.portal_id, e.target_type, e.target_id, e.actor_kind, e.actor_id])).toEqual(
      body.data.slice(1).map((r) => [r.portal_id, 'request', r.request_id, 'owner', ws.keyId]),
    );
    expect(later[0]!.data).toEqual({
      request_id: body.data[1]!.request_id,
      title: 'Evented',
      item_count: 4,
      required_count: 3,
      due_at: '2027-01-31T00:00:00.000Z',
      template_id: template.id,
      notify: false,
    });
    expect(events[0]!.data).toMatchObject({ notify: true, due_at: null });
    const chains = await verifyAuditChains(ctx.db);
    expect(chains.filter((c) => c.broken)).toEqual([]);
    // Each event was handed to the consumers (notifications, webhooks) like any other.
    const jobs = await sql<{ n: string }>`select count(*) as n from pgboss.job where name = 'events.dispatch'`.execute(ctx.db);
    const archived = await sql<{ n: string }>`select count(*) as n from pgboss.archive where name = 'events.dispatch'`.execute(ctx.db);
    expect(Number(jobs.rows[0]!.n) + Number(archived.rows[0]!.n)).toBeGreaterThanOrEqual(3);
  });

  it('replays the same answer for a retry with the same Idempotency-Key, and reports exists on a plain re-run', async () => {
    const template = await newTemplate(acme, 'Idempotent');
    const portals = await newPortals(acme, 3);
    const body = { portal_ids: portals, due_at: '2027-02-01T09:00:00Z' };
    const first = await apply(acme, template.id, body, { 'Idempotency-Key': 'apply-1' });
    const firstBody = (await first.json()) as Applied;
    const replay = await apply(acme, template.id, body, { 'Idempotency-Key': 'apply-1' });
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(await replay.json()).toEqual(firstBody);
    expect(firstBody.counts).toEqual({ created: 3, exists: 0, failed: 0 });
    const reused = await apply(acme, template.id, { portal_ids: portals.slice(1) }, { 'Idempotency-Key': 'apply-1' });
    expect(reused.status).toBe(422);
    expect(((await reused.json()) as { code: string }).code).toBe('idempotency_key_reused');

    const rerun = (await (await apply(acme, template.id, body)).json()) as Applied;
    expect(rerun.counts).toEqual({ created: 0, exists: 3, failed: 0 });
    expect(rerun.data.map((r) => r.request_id)).toEqual(firstBody.data.map((r) => r.request_id));
    const { rows } = await sql<{ n: string }>`select count(*) as n from requests where template_id = ${template.id}`.execute(ctx.db);
    expect(Number(rows[0]!.n)).toBe(3);
  });

  it('makes a new request once the earlier one is complete', async () => {
    const template = await newTemplate(acme, 'Yearly');
    const [portal] = await newPortals(acme, 1);
    const first = (await (await apply(acme, template.id, { portal_ids: [portal] })).json()) as Applied;
    await ctx.db
      .updateTable('requests')
      .set({ status: 'complete', completed_at: new Date() })
      .where('id', '=', first.data[0]!.request_id!)
      .execute();
    const second = (await (await apply(acme, template.id, { portal_ids: [portal] })).json()) as Applied;
    expect(second.data[0]).toMatchObject({ status: 'created', error: null });
    expect(second.data[0]!.request_id).not.toBe(first.data[0]!.request_id);
  });

  it('creates one request per portal when two applies race', async () => {
    const template = await newTemplate(acme, 'Raced');
    const portals = await newPortals(acme, 40);
    const [x, y] = await Promise.all([
      apply(acme, template.id, { portal_ids: portals }).then((r) => r.json() as Promise<Applied>),
      apply(acme, template.id, { portal_ids: [...portals].reverse() }).then((r) => r.json() as Promise<Applied>),
    ]);
    expect(x.counts.created + y.counts.created).toBe(40);
    expect(x.counts.exists + y.counts.exists).toBe(40);
    expect(x.counts.failed + y.counts.failed).toBe(0);
    const { rows } = await sql<{ n: string }>`select count(*) as n from requests where template_id = ${template.id}`.execute(ctx.db);
    expect(Number(rows[0]!.n)).toBe(40);
  });

  it('gives a portal deleted during the apply nothing (not_found) and the others their requests', async () => {
    const template = await newTemplate(acme, 'Concurrent delete');
    const portals = await newPortals(acme, 3);
    const doomed = portals[1]!;
    // Hold the portal's delete open: the apply waits for it at the portal's lock, then finds the portal gone.
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let deleting!: () => void;
    const deleted = new Promise<void>((r) => (deleting = r));
    const deletion = ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('portals').where('id', '=', doomed).execute();
      deleting();
      await released;
    });
    await deleted;
    const applying = apply(acme, template.id, { portal_ids: portals });
    await new Promise((r) => setTimeout(r, 300));
    release();
    await deletion;
    const body = (await (await applying).json()) as Applied;
    expect(body.data.map((r) => [r.status, r.error?.code ?? null])).toEqual([
      ['created', null],
      ['failed', 'not_found'],
      ['created', null],
    ]);
    expect(await ctx.db.selectFrom('request_items').select('id').where('portal_id', '=', doomed).execute()).toEqual([]);
  });

  it('keeps a portal whose items cannot be written to nothing at all, and still serves the rest of its chunk', async () => {
    const template = await newTemplate(acme, 'Partial failure');
    const portals = await newPortals(acme, 5);
    const bad = portals[2]!;
    // A fault in one portal's rows only: its insert fails, so the chunk's transaction fails as a whole.
    await sql
      .raw(
        `create function fail_for_portal() returns trigger language plpgsql as $$
         begin if new.portal_id = '${bad}' then raise exception 'injected failure'; end if; return new; end $$;
         create trigger fail_for_portal before insert on request_items for each row execute function fail_for_portal();`,
      )
      .execute(ctx.db);
    try {
      const body = (await (await apply(acme, template.id, { portal_ids: portals })).json()) as Applied;
      expect(body.data.map((r) => r.status)).toEqual(['created', 'created', 'failed', 'created', 'created']);
      expect(body.data[2]!.error).toMatchObject({ code: 'internal_error' });
      expect(body.data[2]!.error!.detail).not.toMatch(/injected/);
      expect(await ctx.db.selectFrom('requests').select('id').where('portal_id', '=', bad).execute()).toEqual([]);
      expect(await ctx.db.selectFrom('request_items').select('id').where('portal_id', '=', bad).execute()).toEqual([]);
      expect(await ctx.db.selectFrom('events').select('id').where('portal_id', '=', bad).execute()).toEqual([]);
      const portal = await ctx.db.selectFrom('portals').selectAll().where('id', '=', bad).executeTakeFirstOrThrow();
      expect(portal.request_open_items).toBe(0);
      for (const id of [portals[0]!, portals[4]!]) {
        expect(await ctx.db.selectFrom('request_items').select('id').where('portal_id', '=', id).execute()).toHaveLength(4);
      }
    } finally {
      await sql.raw('drop trigger fail_for_portal on request_items; drop function fail_for_portal();').execute(ctx.db);
    }
    const retried = (await (await apply(acme, template.id, { portal_ids: portals })).json()) as Applied;
    expect(retried.data.map((r) => r.status)).toEqual(['exists', 'exists', 'created', 'exists', 'exists']);
  });

  it('stops trying after 3 portals in a row fail unexpectedly, and answers 500 when it could write nothing', async () => {
    const template = await newTemplate(acme, 'Failing database');
    const portals = await newPortals(acme, 6);
    // Every portal but the first fails; a sequence (outside any transaction) counts the attempts.
    await sql
      .raw(
        `create sequence apply_attempts;
         create function fail_but_first() returns trigger language plpgsql as $$
         begin if new.portal_id <> '${portals[0]}' then perform nextval('apply_attempts'); raise exception 'injected failure'; end if; return new; end $$;
         create trigger fail_but_first before insert on request_items for each row execute function fail_but_first();`,
      )
      .execute(ctx.db);
    const attempts = async () => (await sql<{ n: string }>`select last_value as n from apply_attempts`.execute(ctx.db)).rows[0]!.n;
    try {
      const body = (await (await apply(acme, template.id, { portal_ids: portals })).json()) as Applied;
      // The chunk, then portal by portal: the first, then three failures in a row, then no more attempts.
      expect(body.data.map((r) => [r.status, r.error?.code ?? null])).toEqual([
        ['created', null],
        ['failed', 'internal_error'],
        ['failed', 'internal_error'],
        ['failed', 'internal_error'],
        ['failed', 'internal_error'],
        ['failed', 'internal_error'],
      ]);
      expect(body.data[4]!.error!.detail).toMatch(/^Not tried/);
      expect(await attempts()).toBe('4');

      const res = await apply(acme, template.id, { portal_ids: portals.slice(1) }, { 'Idempotency-Key': 'failing-db' });
      expect(res.status).toBe(500);
      expect(((await res.json()) as { code: string }).code).toBe('internal_error');
    } finally {
      await sql
        .raw('drop trigger fail_but_first on request_items; drop function fail_but_first(); drop sequence apply_attempts;')
        .execute(ctx.db);
    }
    // The key was not spent on the failure: the retry runs, and now succeeds.
    const retried = await apply(acme, template.id, { portal_ids: portals.slice(1) }, { 'Idempotency-Key': 'failing-db' });
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
    expect(((await retried.json()) as Applied).counts).toEqual({ created: 5, exists: 0, failed: 0 });
  });

  it('refuses bad apply bodies with 400 validation_failed, and an unknown template with 404', async () => {
    const template = await newTemplate(acme, 'Strict');
    const [portal] = await newPortals(acme, 1);
    for (const body of [
      {},
      { portal_ids: [] },
      { portal_ids: [portal, portal] },
      { portal_ids: ['prt_nope'] },
      { portal_ids: Array.from({ length: 1001 }, () => newId('portal')) },
      { portal_ids: [portal], due_at: 'tomorrow' },
      { portal_ids: [portal], extra: true },
    ]) {
      const res = await apply(acme, template.id, body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('validation_failed');
    }
    const res = await apply(acme, newId('requestTemplate'), { portal_ids: [portal] });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { code: string }).code).toBe('not_found');
  });

  it('applies to 1,000 portals in one call (a ~45 KB body), across several transactions, in order', async () => {
    const ws = await ctx.newWorkspace('Thousand');
    const template = await newTemplate(ws, 'Bulk', [{ title: 'Statements' }, { title: 'Receipts', required: false }]);
    const portals = await newPortals(ws, 1000);
    const shuffled = [...portals].sort(() => Math.random() - 0.5);
    const res = await apply(ws, template.id, { portal_ids: shuffled, due_at: '2027-03-15T17:00:00Z' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Applied;
    expect(body.counts).toEqual({ created: 1000, exists: 0, failed: 0 });
    expect(body.data.map((r) => r.portal_id)).toEqual(shuffled);
    const { rows } = await sql<{ requests: string; items: string; events: string; waiting: string }>`
      select (select count(*) from requests where template_id = ${template.id}) as requests,
             (select count(*) from request_items i join requests r on r.id = i.request_id where r.template_id = ${template.id}) as items,
             (select count(*) from events where workspace_id = ${ws.workspaceId} and type = 'request.created') as events,
             (select count(*) from portals where workspace_id = ${ws.workspaceId} and request_open_items = 2) as waiting`.execute(ctx.db);
    expect(rows[0]).toEqual({ requests: '1000', items: '2000', events: '1000', waiting: '1000' });
  });
});
