// Unit tests only: the service side of client access is not on this branch yet. Against an injected
// fetch they pin down what the SDK sends and how it turns a confirmation into a signed-in client.
import { describe, expect, it } from 'vitest';
import { AuthenticationError, Foyer, RateLimitError } from '../index.ts';
import { Foyer as NodeFoyer } from '../node.ts';
import { fakeFetch, json, problem } from '../../test/support/fake-fetch.ts';

const PORTAL = 'prt_00000000000000000000000000000001';
const member = {
  id: 'mem_00000000000000000000000000000001',
  portal_id: PORTAL,
  email: 'dana@example.com',
  name: 'Dana',
  status: 'active',
  verified: true,
  last_seen_at: null,
  created_at: '2026-11-28T09:30:00.000Z',
};
const created = { session_token: 'cs_abc.secret', expires_at: '2027-02-26T09:30:00.000Z', member };

function service() {
  return fakeFetch((call) => {
    if (call.url.pathname.endsWith('/verifications'))
      return json(202, { status: 'sent_if_allowed', code_expires_in: 600, resend_after: 60 });
    if (call.url.pathname.endsWith('/verifications/confirm')) return json(201, created);
    if (call.url.pathname === '/v1/me') return json(200, { kind: 'client', member });
    return json(404, {});
  });
}

describe('foyer.verifications', () => {
  it('starts a verification with the email, without credentials, always 202', async () => {
    const { fetch, calls } = service();
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch });
    const { data, response } = await foyer.verifications.start(PORTAL, 'dana@example.com').withResponse();
    expect(response.status).toBe(202);
    expect(data).toEqual({ status: 'sent_if_allowed', code_expires_in: 600, resend_after: 60 });
    expect(calls[0]).toMatchObject({ method: 'POST', body: { email: 'dana@example.com' } });
    expect(calls[0]!.url.pathname).toBe(`/v1/portals/${PORTAL}/verifications`);
    expect(calls[0]!.headers.get('authorization')).toBeNull();
    expect(calls[0]!.headers.get('idempotency-key')).toBeTruthy();
  });

  it('confirms a code and resolves to the session and a client that uses its token', async () => {
    const { fetch, calls } = service();
    const foyer = new Foyer({ baseUrl: 'https://api.test/', fetch, timeout: 1234 });
    const { session, client } = await foyer.verifications.confirmCode(PORTAL, 'dana@example.com', '492817');
    expect(calls[0]!.url.pathname).toBe(`/v1/portals/${PORTAL}/verifications/confirm`);
    expect(calls[0]!.body).toEqual({ email: 'dana@example.com', code: '492817' });
    expect(session).toEqual(created);
    expect(client).toBeInstanceOf(Foyer);
    expect(client).not.toBe(foyer);

    expect(await client.me.get()).toEqual({ kind: 'client', member });
    expect(calls[1]!.url.href).toBe('https://api.test/v1/me'); // same baseUrl, same fetch
    expect(calls[1]!.headers.get('authorization')).toBe('Bearer cs_abc.secret');
  });

  it('confirms a magic-link token and a link-mode portal’s key with the visitor’s name and email', async () => {
    const { fetch, calls } = service();
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch });
    await foyer.verifications.confirmToken(PORTAL, 'q8Xk2mZp4LwT9vBn3cR7yH1dF6sJ0aQeU5iO8gK2xNw');
    await foyer.verifications.confirmAccessLink(PORTAL, 'k3y_0123456789abcdefghij', { name: 'Sam', email: 'sam@example.com' });
    expect(calls.map((c) => c.body)).toEqual([
      { token: 'q8Xk2mZp4LwT9vBn3cR7yH1dF6sJ0aQeU5iO8gK2xNw' },
      { link_key: 'k3y_0123456789abcdefghij', name: 'Sam', email: 'sam@example.com' },
    ]);
  });

  it('gives the session client the session token instead of the API key it was reached with', async () => {
    const { fetch, calls } = service();
    const owner = new Foyer({ baseUrl: 'https://api.test', apiKey: 'sk_owner', fetch });
    const { client } = await owner.verifications.confirmToken(PORTAL, 't');
    await client.me.get();
    expect(calls.map((c) => c.headers.get('authorization'))).toEqual(['Bearer sk_owner', 'Bearer cs_abc.secret']);
  });

  it('keeps the class: a Node client signs in to a Node client (which uploads paths)', async () => {
    const { fetch } = service();
    const { client } = await new NodeFoyer({ baseUrl: 'https://api.test', fetch }).verifications.confirmCode(PORTAL, 'd@e.x', '000000');
    expect(client).toBeInstanceOf(NodeFoyer);
  });

  it('gives the HTTP response with withResponse(), and rejects a wrong code with verification_failed', async () => {
    const { fetch } = fakeFetch((_, i) =>
      i === 0 ? json(201, created, { 'Idempotent-Replayed': 'true' }) : problem(401, 'verification_failed'),
    );
    const foyer = new Foyer({ baseUrl: 'https://api.test', fetch });
    const { data, response } = await foyer.verifications.confirmCode(PORTAL, 'd@e.x', '111111').withResponse();
    expect(data.session.session_token).toBe('cs_abc.secret');
    expect(response.headers.get('idempotent-replayed')).toBe('true');
    const error = await foyer.verifications.confirmCode(PORTAL, 'd@e.x', '222222').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, code: 'verification_failed' });
  });

  it('surfaces the send limit as a RateLimitError with retryAfter, not waited out when long', async () => {
    const { fetch, calls } = fakeFetch(() => problem(429, 'rate_limited', {}, { 'Retry-After': '3600' }));
    const error = await new Foyer({ baseUrl: 'https://api.test', fetch }).verifications.start(PORTAL, 'd@e.x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(3600);
    expect(calls).toHaveLength(1);
  });
});
