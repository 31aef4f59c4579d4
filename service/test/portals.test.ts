import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { revokeKey } from '../src/modules/api-keys/service.ts';
import { createTestContext, TEST_PUBLIC_URL, type TestContext, type TestWorkspace } from './support/context.ts';

let ctx: TestContext;
let acme: TestWorkspace;
let other: TestWorkspace;

beforeAll(async () => {
  ctx = await createTestContext();
  acme = await ctx.newWorkspace('Acme');
  other = await ctx.newWorkspace('Other');
});
afterAll(() => ctx.close());

describe('portals', () => {
  it('creates, reads, updates and deletes a portal through the SDK', async () => {
    const created = await acme.client.POST('/v1/portals', { body: { name: ' 2026 tax return ', client_name: 'Dana' } });
    expect(created.response.status).toBe(201);
    const portal = created.data!;
    expect(portal).toMatchObject({
      name: '2026 tax return',
      client_name: 'Dana',
      access_mode: 'verified',
      status: 'active',
      client_uploads: true,
    });
    expect(portal.id).toMatch(/^prt_[0-9a-z]{32}$/);
    expect(portal.url).toBe(`${TEST_PUBLIC_URL}/p/${portal.id}`);

    const read = await acme.client.GET('/v1/portals/{portal_id}', { params: { path: { portal_id: portal.id } } });
    expect(read.data).toEqual(portal);

    const updated = await acme.client.PATCH('/v1/portals/{portal_id}', {
      params: { path: { portal_id: portal.id } },
      body: { status: 'archived', access_mode: 'link', client_uploads: false },
    });
    expect(updated.data).toMatchObject({ status: 'archived', access_mode: 'link', client_uploads: false });

    const archived = await acme.client.GET('/v1/portals', { params: { query: { status: 'archived' } } });
    expect(archived.data!.data.map((p) => p.id)).toContain(portal.id);

    const deleted = await acme.client.DELETE('/v1/portals/{portal_id}', { params: { path: { portal_id: portal.id } } });
    expect(deleted.response.status).toBe(204);
    const gone = await acme.client.GET('/v1/portals/{portal_id}', { params: { path: { portal_id: portal.id } } });
    expect(gone.response.status).toBe(404);
    expect(gone.error).toMatchObject({ code: 'not_found', status: 404 });
  });

  it('gives portal ids at least 128 bits of randomness', async () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const { data } = await acme.client.POST('/v1/portals', { body: { name: `p${i}` } });
      ids.add(data!.id);
    }
    expect(ids.size).toBe(20);
    for (const id of ids) expect(id.slice(4)).toHaveLength(32); // 32 base32 chars = 160 bits
  });

  it('keeps each workspace to its own portals: 404 for the other, absent from its lists', async () => {
    const mine = (await acme.client.POST('/v1/portals', { body: { name: 'Acme only' } })).data!;
    const path = { portal_id: mine.id };
    for (const res of [
      await other.client.GET('/v1/portals/{portal_id}', { params: { path } }),
      await other.client.PATCH('/v1/portals/{portal_id}', { params: { path }, body: { name: 'stolen' } }),
      await other.client.DELETE('/v1/portals/{portal_id}', { params: { path } }),
    ]) {
      expect(res.response.status).toBe(404);
      expect(res.error).toMatchObject({ code: 'not_found' });
    }
    const all = await listAll(other);
    expect(all).not.toContain(mine.id);
    expect((await acme.client.GET('/v1/portals/{portal_id}', { params: { path } })).data!.name).toBe('Acme only');
  });

  it('paginates newest first and stays stable while portals are inserted concurrently', async () => {
    const ws = await ctx.newWorkspace('Paging');
    const before: string[] = [];
    for (let i = 0; i < 25; i++) before.unshift((await ws.client.POST('/v1/portals', { body: { name: `n${i}` } })).data!.id);

    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const { data } = await ws.client.GET('/v1/portals', { params: { query: { limit: 7, ...(cursor ? { cursor } : {}) } } });
      seen.push(...data!.data.map((p) => p.id));
      cursor = data!.next_cursor ?? undefined;
      expect(data!.has_more).toBe(cursor !== undefined);
      pages++;
      // Concurrent inserts between pages must not shift what later pages hold.
      await Promise.all([1, 2, 3].map((n) => ws.client.POST('/v1/portals', { body: { name: `late${pages}-${n}` } })));
    } while (cursor);
    expect(seen).toEqual(before);
    expect(pages).toBe(4);
  });

  it('refuses a revoked API key on the very next request', async () => {
    const ws = await ctx.newWorkspace('Revoked');
    expect((await ws.client.GET('/v1/portals')).response.status).toBe(200);
    await revokeKey({ db: ctx.db, events: ctx.events }, ws.keyId);
    const res = await ws.client.GET('/v1/portals');
    expect(res.response.status).toBe(401);
    expect(res.error).toMatchObject({ code: 'invalid_credentials' });
  });

  it('tracks when a key was last used', async () => {
    const ws = await ctx.newWorkspace('Touch');
    const before = await ctx.db.selectFrom('api_keys').select('last_used_at').where('id', '=', ws.keyId).executeTakeFirstOrThrow();
    expect(before.last_used_at).toBeNull();
    await ws.client.GET('/v1/portals');
    const after = await ctx.db.selectFrom('api_keys').select('last_used_at').where('id', '=', ws.keyId).executeTakeFirstOrThrow();
    expect(after.last_used_at).toBeInstanceOf(Date);
  });

  it('stores only a keyed hash of API keys', async () => {
    const ws = await ctx.newWorkspace('Hash');
    const row = await ctx.db.selectFrom('api_keys').selectAll().where('id', '=', ws.keyId).executeTakeFirstOrThrow();
    const secret = ws.apiKey.split('.')[1]!;
    expect(Buffer.from(secret, 'base64url')).toHaveLength(32); // 256 bits
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('Idempotency-Key on POST', () => {
  it('replays the first response with the same status and body', async () => {
    const headers = { 'Idempotency-Key': 'create-dana-portal' };
    const first = await acme.client.POST('/v1/portals', { body: { name: 'Dana' }, headers });
    const second = await acme.client.POST('/v1/portals', { body: { name: 'Dana' }, headers });
    expect(first.response.status).toBe(201);
    expect(second.response.status).toBe(201);
    expect(second.data).toEqual(first.data);
    expect(second.response.headers.get('idempotent-replayed')).toBe('true');
    expect(first.response.headers.get('idempotent-replayed')).toBeNull();
    const count = await ctx.db
      .selectFrom('portals')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('name', '=', 'Dana')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('rejects the same key with a different body (422)', async () => {
    const headers = { 'Idempotency-Key': 'reused-key' };
    await acme.client.POST('/v1/portals', { body: { name: 'One' }, headers });
    const res = await acme.client.POST('/v1/portals', { body: { name: 'Two' }, headers });
    expect(res.response.status).toBe(422);
    expect(res.error).toMatchObject({ code: 'idempotency_key_reused' });
  });

  it('answers 409 to a concurrent duplicate and creates one portal', async () => {
    const headers = { 'Idempotency-Key': 'concurrent-key' };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => acme.client.POST('/v1/portals', { body: { name: 'Concurrent' }, headers })),
    );
    const statuses = results.map((r) => r.response.status);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    expect(statuses).toContain(201);
    for (const r of results.filter((r) => r.response.status === 409)) expect(r.error).toMatchObject({ code: 'idempotency_in_progress' });
    const created = new Set(results.filter((r) => r.response.status === 201).map((r) => r.data!.id));
    expect(created.size).toBe(1);
    const count = await ctx.db
      .selectFrom('portals')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('name', '=', 'Concurrent')
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(1);
  });

  it('keeps keys private to each workspace', async () => {
    const headers = { 'Idempotency-Key': 'shared-key' };
    const a = await acme.client.POST('/v1/portals', { body: { name: 'Same' }, headers });
    const b = await other.client.POST('/v1/portals', { body: { name: 'Same' }, headers });
    expect(b.response.status).toBe(201);
    expect(b.response.headers.get('idempotent-replayed')).toBeNull();
    expect(b.data!.id).not.toBe(a.data!.id);
  });

  it('forgets keys after 24 hours', async () => {
    const headers = { 'Idempotency-Key': 'old-key' };
    const first = await acme.client.POST('/v1/portals', { body: { name: 'Old' }, headers });
    await ctx.db
      .updateTable('idempotency_keys')
      .set({ created_at: new Date(Date.now() - 25 * 3600_000) })
      .where('key', '=', 'old-key')
      .execute();
    const again = await acme.client.POST('/v1/portals', { body: { name: 'Old' }, headers });
    expect(again.response.status).toBe(201);
    expect(again.data!.id).not.toBe(first.data!.id);
  });
});

async function listAll(ws: TestWorkspace): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const { data } = await ws.client.GET('/v1/portals', { params: { query: { limit: 100, ...(cursor ? { cursor } : {}) } } });
    ids.push(...data!.data.map((p) => p.id));
    cursor = data!.next_cursor ?? undefined;
  } while (cursor);
  return ids;
}
