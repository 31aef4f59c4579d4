import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';

// The IETF RateLimit fields (draft-ietf-httpapi-ratelimit-headers) on the rate-limited operations.
let ctx: TestContext;
let owner: TestWorkspace;
let portalId: string;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  ctx = await createTestContext({ TRUST_PROXY: '1' });
  owner = await ctx.newWorkspace('Rate limits');
  portalId = (await owner.client.POST('/v1/portals', { body: { name: 'Limits' } })).data!.id;
});
afterAll(() => ctx.close());

function askForCode(email: string, ip: string): Promise<Response> {
  return ctx.fetch(`/v1/portals/${portalId}/verifications`, {
    method: 'POST',
    headers: { ...json, 'X-Forwarded-For': ip },
    body: JSON.stringify({ email }),
  });
}

/** `"name";r=1;t=2, …` → { name: { r: 1, t: 2 } }. */
function parseItems(field: string | null): Record<string, Record<string, number>> {
  expect(field).toBeTruthy();
  const out: Record<string, Record<string, number>> = {};
  for (const item of field!.split(/,\s*/)) {
    const [name, ...params] = item.split(';');
    expect(name).toMatch(/^"[a-z-]+"$/);
    out[name!.slice(1, -1)] = Object.fromEntries(params.map((p) => p.split('=')).map(([k, v]) => [k!, Number(v)]));
  }
  return out;
}

describe('RateLimit headers', () => {
  it('states the policies and counts the remaining quota down, to 0 with the 429', async () => {
    await ctx.db.deleteFrom('rate_limit_hits').execute();
    const ip = '198.51.100.7';
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await askForCode(`count${i}@client.example`, ip);
      expect(res.status).toBe(202);
      expect(parseItems(res.headers.get('ratelimit-policy'))).toEqual({
        'per-email-minute': { q: 1, w: 60 },
        'per-email-hour': { q: 5, w: 3600 },
        'per-ip': { q: 20, w: 3600 },
      });
      const state = parseItems(res.headers.get('ratelimit'));
      expect(state['per-email-minute']).toEqual({ r: 0, t: 60 });
      expect(state['per-email-hour']).toEqual({ r: 4, t: 3600 });
      expect(state['per-ip']!.t).toBeGreaterThan(3500);
      expect(state['per-ip']!.t).toBeLessThanOrEqual(3600);
      seen.push(state['per-ip']!.r!);
    }
    expect(seen).toEqual([19, 18, 17]);

    const again = await askForCode('count0@client.example', ip);
    expect(again.status).toBe(429);
    const refused = parseItems(again.headers.get('ratelimit'));
    expect(refused['per-email-minute']!.r).toBe(0);
    expect(refused['per-email-minute']!.t).toBe(Number(again.headers.get('retry-after')));
    // A refused request records nothing: the per-IP quota is where the third request left it.
    expect(refused['per-ip']!.r).toBe(17);
    expect(again.headers.get('ratelimit-policy')).toBeTruthy();
  });

  it('lets an allowed embedding origin read them', async () => {
    await owner.client.PATCH('/v1/workspace', { body: { allowed_origins: ['https://www.acme.example'] } });
    const res = await ctx.fetch(`/v1/portals/${portalId}/verifications`, {
      method: 'POST',
      headers: { ...json, 'X-Forwarded-For': '198.51.100.8', Origin: 'https://www.acme.example' },
      body: JSON.stringify({ email: 'cors@client.example' }),
    });
    expect(res.status).toBe(202);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://www.acme.example');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/\bRateLimit, RateLimit-Policy\b/);
  });

  it('are not sent by operations that are not rate-limited', async () => {
    const res = await ctx.fetch(`/v1/portals/${portalId}/public`);
    expect(res.status).toBe(200);
    expect(res.headers.get('ratelimit')).toBeNull();
  });
});
