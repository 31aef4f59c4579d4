// The exact requests the SDK sends for members, sessions, sign-in links, access links and /v1/me, with an
// injected fetch. The same operations run against a started service in service/test/client-access.test.ts,
// client-isolation.test.ts and full-loop.test.ts.
import { describe, expect, it } from 'vitest';
import { Foyer } from '../index.ts';
import { fakeFetch, json } from '../../test/support/fake-fetch.ts';

const PORTAL = 'prt_00000000000000000000000000000001';
const MEMBER = 'mem_00000000000000000000000000000001';

function owner(reply: Parameters<typeof fakeFetch>[0] = () => json(200, { data: [], has_more: false, next_cursor: null })) {
  const { fetch, calls } = fakeFetch(reply);
  return { foyer: new Foyer({ baseUrl: 'https://api.test', apiKey: 'sk_test', fetch }), calls };
}

describe('foyer.members', () => {
  it('adds a member with an Idempotency-Key, the invitation flag as given', async () => {
    const { foyer, calls } = owner(() => json(201, { id: MEMBER }));
    await foyer.members.add(PORTAL, { email: 'dana@example.com', name: 'Dana', send_invite: true });
    expect(calls[0]).toMatchObject({ method: 'POST', body: { email: 'dana@example.com', name: 'Dana', send_invite: true } });
    expect(calls[0]!.url.pathname).toBe(`/v1/portals/${PORTAL}/members`);
    expect(calls[0]!.headers.get('idempotency-key')).toBeTruthy();
  });

  it('lists members page after page with the status filter', async () => {
    const { foyer, calls } = owner((_, i) =>
      json(
        200,
        i === 0 ? { data: [{ id: 'a' }], has_more: true, next_cursor: 'c1' } : { data: [{ id: 'b' }], has_more: false, next_cursor: null },
      ),
    );
    const ids: string[] = [];
    for await (const member of foyer.members.list(PORTAL, { status: 'revoked', limit: 1 })) ids.push(member.id);
    expect(ids).toEqual(['a', 'b']);
    expect(calls.map((c) => c.url.search)).toEqual(['?status=revoked&limit=1', '?status=revoked&limit=1&cursor=c1']);
  });

  it('sets a member’s language with a PATCH of the given body, without an Idempotency-Key', async () => {
    const { foyer, calls } = owner(() => json(200, { id: MEMBER, locale: 'de', locale_source: 'owner' }));
    const member = await foyer.members.update(PORTAL, MEMBER, { locale: 'de' });
    expect(member).toMatchObject({ locale: 'de', locale_source: 'owner' });
    await foyer.members.update(PORTAL, MEMBER, { locale: null });
    expect(calls.map((c) => [c.method, c.url.pathname, c.body])).toEqual([
      ['PATCH', `/v1/portals/${PORTAL}/members/${MEMBER}`, { locale: 'de' }],
      ['PATCH', `/v1/portals/${PORTAL}/members/${MEMBER}`, { locale: null }],
    ]);
    expect(calls[0]!.headers.get('idempotency-key')).toBeNull();
  });

  it('revokes a member by portal and member id, resolving to undefined on 204', async () => {
    const { foyer, calls } = owner(() => new Response(null, { status: 204 }));
    await expect(foyer.members.revoke(PORTAL, MEMBER)).resolves.toBeUndefined();
    expect(calls[0]).toMatchObject({ method: 'DELETE' });
    expect(calls[0]!.url.pathname).toBe(`/v1/portals/${PORTAL}/members/${MEMBER}`);
    await expect(foyer.members.revoke(PORTAL, '')).rejects.toThrow(/member_id/);
  });
});

describe('foyer.sessions, foyer.signInLinks, foyer.portals access, foyer.me', () => {
  it('lists and revokes sessions', async () => {
    const { foyer, calls } = owner();
    await foyer.sessions.list(PORTAL, { limit: 5 }).page();
    await foyer.sessions.revoke('ses_1');
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      `GET /v1/portals/${PORTAL}/sessions?limit=5`,
      'DELETE /v1/sessions/ses_1',
    ]);
  });

  it('creates a sign-in link for a member and rotates the access link, both POSTs without retries duplicating', async () => {
    const { foyer, calls } = owner((call) =>
      json(201, call.url.pathname.endsWith('access-link') ? { url: 'u#k=1' } : { url: 'u#token=1', expires_at: 'x' }),
    );
    expect(await foyer.signInLinks.create(PORTAL, { member_id: MEMBER })).toEqual({ url: 'u#token=1', expires_at: 'x' });
    expect(await foyer.portals.rotateAccessLink(PORTAL)).toEqual({ url: 'u#k=1' });
    expect(calls[0]).toMatchObject({ method: 'POST', body: { member_id: MEMBER } });
    expect(calls[1]).toMatchObject({ method: 'POST', body: undefined });
    expect(calls[1]!.headers.get('content-type')).toBeNull();
    expect(calls.every((c) => c.headers.get('idempotency-key'))).toBe(true);
  });

  it('reads a portal’s public face without credentials', async () => {
    const { fetch, calls } = fakeFetch(() =>
      json(200, { id: PORTAL, name: 'Q3', access_mode: 'link', workspace: { name: 'Acme', branding: {} } }),
    );
    const portal = await new Foyer({ baseUrl: 'https://api.test', fetch }).portals.getPublic(PORTAL);
    expect(portal.access_mode).toBe('link');
    expect(calls[0]!.url.pathname).toBe(`/v1/portals/${PORTAL}/public`);
    expect(calls[0]!.headers.get('authorization')).toBeNull();
  });

  it('asks who it is and signs the device out', async () => {
    const { fetch, calls } = fakeFetch((call) =>
      call.method === 'GET' ? json(200, { kind: 'client' }) : new Response(null, { status: 204 }),
    );
    const client = new Foyer({ baseUrl: 'https://api.test', sessionToken: 'cs_a.b', fetch });
    expect(await client.me.get()).toEqual({ kind: 'client' });
    await expect(client.me.signOut()).resolves.toBeUndefined();
    expect(calls.map((c) => `${c.method} ${c.url.pathname} ${c.headers.get('authorization')}`)).toEqual([
      'GET /v1/me Bearer cs_a.b',
      'DELETE /v1/me Bearer cs_a.b',
    ]);
  });
});
