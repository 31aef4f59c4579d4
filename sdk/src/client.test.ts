import { describe, expect, it } from 'vitest';
import { ClientFoyer, Foyer, PublicFoyer } from './index.ts';
import { fakeFetch, json, portalFixture } from '../test/support/fake-fetch.ts';

describe('Foyer', () => {
  it('sends an API key as a bearer token and JSON bodies with their content type', async () => {
    const { fetch, calls } = fakeFetch(() => json(201, portalFixture()));
    const foyer = new Foyer({ baseUrl: 'https://api.test/', apiKey: 'sk_abc', fetch });
    const portal = await foyer.portals.create({ name: 'Dana', client_name: null });
    expect(portal.id).toBe(portalFixture().id);
    const [call] = calls;
    expect(call!.method).toBe('POST');
    expect(call!.url.href).toBe('https://api.test/v1/portals');
    expect(call!.headers.get('authorization')).toBe('Bearer sk_abc');
    expect(call!.headers.get('content-type')).toBe('application/json');
    expect(call!.body).toEqual({ name: 'Dana', client_name: null });
  });

  it('sends a session token the same way, and no Authorization without a credential', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { status: 'ok' }));
    await new Foyer({ baseUrl: 'https://api.test', sessionToken: 'cs_a.b', fetch }).system.health();
    await new Foyer({ baseUrl: 'https://api.test', fetch }).system.health();
    expect(calls.map((c) => c.headers.get('authorization'))).toEqual(['Bearer cs_a.b', null]);
  });

  it('refuses two credentials, a missing baseUrl and a bad maxRetries', () => {
    // @ts-expect-error one credential at a time
    expect(() => new Foyer({ baseUrl: 'https://api.test', apiKey: 'sk', sessionToken: 'cs' })).toThrow(TypeError);
    // @ts-expect-error baseUrl is required
    expect(() => new Foyer({})).toThrow(/baseUrl/);
    expect(() => new Foyer({ baseUrl: 'https://api.test', maxRetries: -1 })).toThrow(/maxRetries/);
  });

  it('encodes path parameters and serialises the query, leaving out undefined values', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { data: [], has_more: false, next_cursor: null }));
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch });
    await foyer.portals.list({ status: 'archived', limit: 5, cursor: undefined }).page();
    await foyer.portals.get('prt_a/b?c').catch(() => undefined);
    expect(calls[0]!.url.pathname + calls[0]!.url.search).toBe('/v1/portals?status=archived&limit=5');
    expect(calls[1]!.url.pathname).toBe('/v1/portals/prt_a%2Fb%3Fc');
  });

  it('refuses an empty id instead of calling the collection', async () => {
    const { fetch, calls } = fakeFetch(() => json(204, null));
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch });
    await expect(foyer.portals.delete('')).rejects.toThrow(/portal_id/);
    expect(calls).toHaveLength(0);
  });

  it('resolves a 204 to undefined', async () => {
    const { fetch } = fakeFetch(() => new Response(null, { status: 204 }));
    await expect(new Foyer({ baseUrl: 'https://api.test', fetch }).portals.delete('prt_1')).resolves.toBeUndefined();
  });

  it('gives the HTTP response and request id with withResponse()', async () => {
    const { fetch } = fakeFetch(() => json(201, portalFixture(), { 'Idempotent-Replayed': 'true', 'X-Request-Id': 'req_42' }));
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch });
    const { data, response, requestId } = await foyer.portals.create({ name: 'x' }).withResponse();
    expect(data.id).toBe(portalFixture().id);
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    expect(requestId).toBe('req_42');
  });

  it('puts an Idempotency-Key on POST only, the caller’s when given', async () => {
    const { fetch, calls } = fakeFetch((call) => json(call.method === 'POST' ? 201 : 200, portalFixture()));
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch });
    await foyer.portals.create({ name: 'a' });
    await foyer.portals.create({ name: 'b' });
    await foyer.portals.create({ name: 'c' }, { idempotencyKey: 'crm-42' });
    await foyer.portals.update('prt_1', { name: 'd' });
    await foyer.portals.get('prt_1');
    const keys = calls.map((c) => c.headers.get('idempotency-key'));
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(keys[1]).not.toBe(keys[0]);
    expect(keys.slice(2)).toEqual(['crm-42', null, null]);
  });

  it('passes per-call headers', async () => {
    const { fetch, calls } = fakeFetch(() => json(200, { status: 'ok' }));
    await new Foyer({ baseUrl: 'https://api.test', fetch }).system.health({ headers: { 'X-Request-Id': 'req_mine' } });
    expect(calls[0]!.headers.get('x-request-id')).toBe('req_mine');
  });

  it('has a ClientFoyer with only the groups a client session may call, whose sign-ins are ClientFoyers too', async () => {
    const { fetch, calls } = fakeFetch(() => json(201, { session_token: 'cs_a.b', expires_at: '2027-01-01T00:00:00.000Z', member: {} }));
    const client = new ClientFoyer({ baseUrl: 'https://api.test', fetch });
    expect(Object.keys(client).sort()).toEqual([
      'approvals',
      'comments',
      'events',
      'files',
      'me',
      'portals',
      'requestItems',
      'requests',
      'system',
      'uploads',
      'verifications',
      'versions',
    ]);
    const { client: signedIn } = await client.verifications.confirmCode('prt_1', 'dana@example.com', '123456');
    expect(signedIn).toBeInstanceOf(ClientFoyer);
    expect(signedIn).not.toBeInstanceOf(Foyer);
    await signedIn.me.get().catch(() => undefined);
    expect(calls[1]!.headers.get('authorization')).toBe('Bearer cs_a.b');
    // Foyer has every group, the client ones included.
    expect(Object.keys(new Foyer({ baseUrl: 'https://api.test' }))).toEqual(expect.arrayContaining(Object.keys(client)));
  });

  it('sends the client’s language with a sign-in when given, and no locale field otherwise', async () => {
    const { fetch, calls } = fakeFetch((call) =>
      call.url.pathname.endsWith('/confirm')
        ? json(201, { session_token: 'cs_a.b', expires_at: '2027-01-01T00:00:00.000Z', member: {} })
        : json(202, { status: 'sent_if_allowed', code_expires_in: 600, resend_after: 60 }),
    );
    const client = new ClientFoyer({ baseUrl: 'https://api.test', fetch });
    await client.verifications.start('prt_1', 'dana@example.com', { locale: 'de-AT' });
    await client.verifications.confirmCode('prt_1', 'dana@example.com', '123456', { locale: 'de-AT' });
    await client.verifications.confirmEmbedCode('prt_1', 'e'.repeat(43), { locale: 'fr' });
    await client.verifications.confirmToken('prt_1', 't'.repeat(43));
    expect(calls.map((c) => c.body)).toEqual([
      { email: 'dana@example.com', locale: 'de-AT' },
      { email: 'dana@example.com', code: '123456', locale: 'de-AT' },
      { embed_code: 'e'.repeat(43), locale: 'fr' },
      { token: 't'.repeat(43) },
    ]);
  });

  it('has a PublicFoyer with only the sign-in groups, whose sign-ins are PublicFoyers; the other clients extend it', async () => {
    const { fetch, calls } = fakeFetch(() => json(201, { session_token: 'cs_a.b', expires_at: '2027-01-01T00:00:00.000Z', member: {} }));
    const client = new PublicFoyer({ baseUrl: 'https://api.test', fetch });
    expect(Object.keys(client).sort()).toEqual(['me', 'portals', 'verifications']);
    const { client: signedIn } = await client.verifications.confirmCode('prt_1', 'dana@example.com', '123456');
    expect(signedIn).toBeInstanceOf(PublicFoyer);
    expect(signedIn).not.toBeInstanceOf(ClientFoyer);
    await signedIn.me.get().catch(() => undefined);
    expect(calls[1]!.headers.get('authorization')).toBe('Bearer cs_a.b');
    // Every call of its groups goes out (its operations table has each of them, and no other).
    await client.portals.getPublic('prt_1').catch(() => undefined);
    await client.verifications.start('prt_1', 'dana@example.com').catch(() => undefined);
    await signedIn.me.update({ notifications: 'none' }).catch(() => undefined);
    await signedIn.me.signOut().catch(() => undefined);
    expect(calls.slice(2).map((c) => `${c.method} ${c.url.pathname}`)).toEqual([
      'GET /v1/portals/prt_1/public',
      'POST /v1/portals/prt_1/verifications',
      'PATCH /v1/me',
      'DELETE /v1/me',
    ]);
    expect(new ClientFoyer({ baseUrl: 'https://api.test' })).toBeInstanceOf(PublicFoyer);
    expect(new Foyer({ baseUrl: 'https://api.test' })).toBeInstanceOf(PublicFoyer);
  });

  it('gives a ClientFoyer resumable uploads, with its session token on every tus request', async () => {
    const id = `upl_${'a'.repeat(32)}`;
    const { fetch, calls } = fakeFetch((call) =>
      call.method === 'POST'
        ? new Response(null, { status: 201, headers: { Location: `https://elsewhere.test/base/v1/uploads/${id}` } })
        : json(200, { id: 'fil_1' }, { 'Upload-Offset': '3' }),
    );
    const client = new ClientFoyer({ baseUrl: 'https://api.test', sessionToken: 'cs_a.b', fetch });
    const upload = client.files.uploadResumable('prt_1', new Uint8Array([1, 2, 3]));
    await expect(upload).resolves.toEqual({ id: 'fil_1' });
    // Only the id is taken from Location: the bytes go to the client's own service.
    expect(upload.url).toBe(`https://api.test/v1/uploads/${id}`);
    expect(calls.map((c) => [c.method, c.url.href, c.headers.get('authorization'), c.headers.get('tus-resumable')])).toEqual([
      ['POST', 'https://api.test/v1/uploads', 'Bearer cs_a.b', '1.0.0'],
      ['PATCH', `https://api.test/v1/uploads/${id}`, 'Bearer cs_a.b', '1.0.0'],
    ]);
    expect(calls[1]!.bytes).toEqual(new Uint8Array([1, 2, 3]));
  });
});
