import { describe, expect, it } from 'vitest';
import { Foyer, MAX_TO_ARRAY } from './index.ts';
import { fakeFetch, json, portalFixture } from '../test/support/fake-fetch.ts';

/** A fake list endpoint over `total` portals, pages of `limit` (default 3), cursor = offset. */
function listServer(total: number) {
  return fakeFetch((call) => {
    const offset = Number(call.url.searchParams.get('cursor') ?? 0);
    const limit = Number(call.url.searchParams.get('limit') ?? 3);
    const end = Math.min(total, offset + limit);
    const data = Array.from({ length: end - offset }, (_, i) => portalFixture(offset + i + 1));
    return json(200, { data, has_more: end < total, next_cursor: end < total ? String(end) : null });
  });
}

describe('Paginator', () => {
  it('iterates over every item across pages, fetching lazily', async () => {
    const { fetch, calls } = listServer(8);
    const list = new Foyer({ baseUrl: 'https://api.test', fetch }).portals.list({ status: 'active' });
    expect(calls).toHaveLength(0);
    const names: string[] = [];
    for await (const portal of list) names.push(portal.name);
    expect(names).toEqual(Array.from({ length: 8 }, (_, i) => `Portal ${i + 1}`));
    expect(calls.map((c) => c.url.search)).toEqual(['?status=active', '?status=active&cursor=3', '?status=active&cursor=6']);
  });

  it('stops fetching when the loop breaks', async () => {
    const { fetch, calls } = listServer(100);
    for await (const portal of new Foyer({ baseUrl: 'https://api.test', fetch }).portals.list()) {
      if (portal.name === 'Portal 2') break;
    }
    expect(calls).toHaveLength(1);
  });

  it('returns one page with page(), from the cursor it was given', async () => {
    const { fetch } = listServer(8);
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch });
    const first = await foyer.portals.list().page();
    expect(first).toMatchObject({ has_more: true, next_cursor: '3' });
    expect(first.data).toHaveLength(3);
    const second = await foyer.portals.list({ cursor: first.next_cursor! }).page();
    expect(second.data[0]!.name).toBe('Portal 4');
  });

  it('collects the first `limit` items with toArray, and all of them without a limit', async () => {
    const { fetch, calls } = listServer(8);
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch });
    expect(await foyer.portals.list().toArray({ limit: 4 })).toHaveLength(4);
    expect(calls).toHaveLength(2);
    expect(await foyer.portals.list({ limit: 100 }).toArray()).toHaveLength(8);
  });

  it(`refuses a limit above ${MAX_TO_ARRAY} and a list that outgrows it without one`, async () => {
    const { fetch } = listServer(MAX_TO_ARRAY + 1);
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch });
    await expect(foyer.portals.list().toArray({ limit: MAX_TO_ARRAY + 1 })).rejects.toThrow(RangeError);
    await expect(foyer.portals.list({ limit: 100 }).toArray()).rejects.toThrow(/more than 10000/);
    expect(await foyer.portals.list({ limit: 100 }).toArray({ limit: MAX_TO_ARRAY })).toHaveLength(MAX_TO_ARRAY);
  });

  it('stops on a cursor that does not move instead of looping forever', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { data: [portalFixture()], has_more: true, next_cursor: 'same' }));
    const items = await new Foyer({ baseUrl: 'https://api.test', fetch }).portals.list().toArray();
    expect(items).toHaveLength(2);
    expect(calls).toHaveLength(2);
  });
});
