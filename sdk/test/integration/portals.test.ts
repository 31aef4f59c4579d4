import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer, NotFoundError, ValidationError, type FetchLike } from '../../src/index.ts';
import { TEST_PUBLIC_URL, createTestContext, type TestContext, type TestWorkspace } from '../../../service/test/support/context.ts';

let ctx: TestContext;
let acme: TestWorkspace;
let foyer: Foyer;
beforeAll(async () => {
  ctx = await createTestContext();
  acme = await ctx.newWorkspace('Acme');
  foyer = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey });
});
afterAll(() => ctx.close());

async function countPortals(name: string): Promise<number> {
  const row = await ctx.db
    .selectFrom('portals')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('foyer.portals against a started service', () => {
  it('creates, reads, updates and deletes a portal', async () => {
    const portal = await foyer.portals.create({ name: '2026 tax return', client_name: 'Dana Whitfield' });
    expect(portal).toMatchObject({ name: '2026 tax return', client_name: 'Dana Whitfield', status: 'active', access_mode: 'verified' });
    expect(portal.url).toBe(`${TEST_PUBLIC_URL}/p/${portal.id}`);
    expect(await foyer.portals.get(portal.id)).toEqual(portal);

    const archived = await foyer.portals.update(portal.id, { status: 'archived', access_mode: 'link' });
    expect(archived).toMatchObject({ id: portal.id, status: 'archived', access_mode: 'link' });

    await expect(foyer.portals.delete(portal.id)).resolves.toBeUndefined();
    const error = await foyer.portals.get(portal.id).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'not_found' });
    expect((error as NotFoundError).requestId).toMatch(/\S/);
  });

  it('answers NotFoundError for another workspace’s portal', async () => {
    const other = await ctx.newWorkspace('Other');
    const theirs = await new Foyer({ baseUrl: ctx.baseUrl, apiKey: other.apiKey }).portals.create({ name: 'Theirs' });
    await expect(foyer.portals.get(theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(foyer.portals.update(theirs.id, { name: 'mine now' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(foyer.portals.delete(theirs.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it('iterates over every page newest first, and gives one page or the first items on request', async () => {
    const ws = await ctx.newWorkspace('Paging');
    const client = new Foyer({ baseUrl: ctx.baseUrl, apiKey: ws.apiKey });
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) ids.unshift((await client.portals.create({ name: `page-${i}` })).id);

    const seen: string[] = [];
    for await (const portal of client.portals.list({ limit: 3 })) seen.push(portal.id);
    expect(seen).toEqual(ids);

    const page = await client.portals.list({ limit: 3 }).page();
    expect(page.data.map((p) => p.id)).toEqual(ids.slice(0, 3));
    expect(page.has_more).toBe(true);
    const next = await client.portals.list({ limit: 3, cursor: page.next_cursor! }).page();
    expect(next.data.map((p) => p.id)).toEqual(ids.slice(3, 6));

    expect((await client.portals.list({ limit: 2 }).toArray({ limit: 5 })).map((p) => p.id)).toEqual(ids.slice(0, 5));
    await client.portals.update(ids[0]!, { status: 'archived' });
    expect((await client.portals.list({ status: 'archived' }).toArray()).map((p) => p.id)).toEqual([ids[0]]);
  });

  it('rejects a bad body with ValidationError naming the field', async () => {
    // @ts-expect-error the contract requires a name
    const error = await foyer.portals.create({ client_name: 'nameless' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).details.map((d) => d.path)).toContain('/body/name');
  });
});

describe('retried POSTs against a started service', () => {
  /** A fetch that forwards to the service, then loses the first POST's response in the given way. */
  function losingFirstResponse(lose: 'network' | '503'): { fetch: FetchLike; keys: string[] } {
    const keys: string[] = [];
    const fetch: FetchLike = async (input, init) => {
      const response = await globalThis.fetch(input, init);
      if (init.method !== 'POST') return response;
      keys.push(new Headers(init.headers).get('idempotency-key')!);
      if (keys.length > 1) return response;
      await response.arrayBuffer(); // the service did the work; the caller never hears of it
      if (lose === 'network') throw new TypeError('fetch failed: socket hang up');
      return new Response('<html>502 Bad Gateway</html>', { status: 503 });
    };
    return { fetch, keys };
  }

  it.each(['network', '503'] as const)(
    'replays the portal created by a first attempt whose response was lost (%s), creating one',
    async (lose) => {
      const { fetch, keys } = losingFirstResponse(lose);
      const client = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey, fetch });
      const name = `retried-${lose}`;
      const { data, response } = await client.portals.create({ name }).withResponse();
      expect(keys).toHaveLength(2);
      expect(keys[1]).toBe(keys[0]);
      expect(response.status).toBe(201);
      expect(response.headers.get('idempotent-replayed')).toBe('true');
      expect(await foyer.portals.get(data.id)).toMatchObject({ name });
      expect(await countPortals(name)).toBe(1);
    },
  );

  it('replays a call repeated with the caller’s own Idempotency-Key', async () => {
    const first = await foyer.portals.create({ name: 'crm-7' }, { idempotencyKey: 'crm-client-7' }).withResponse();
    const second = await foyer.portals.create({ name: 'crm-7' }, { idempotencyKey: 'crm-client-7' }).withResponse();
    expect(second.data).toEqual(first.data);
    expect(first.response.headers.get('idempotent-replayed')).toBeNull();
    expect(second.response.headers.get('idempotent-replayed')).toBe('true');
    expect(await countPortals('crm-7')).toBe(1);
  });

  it('refuses an Idempotency-Key reused with another body (ValidationError, idempotency_key_reused)', async () => {
    await foyer.portals.create({ name: 'one' }, { idempotencyKey: 'reused' });
    const error = await foyer.portals.create({ name: 'two' }, { idempotencyKey: 'reused' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ status: 422, code: 'idempotency_key_reused' });
  });
});
