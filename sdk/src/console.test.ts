// The console's mode (`consoleSession: true`) and the workspace users' sign-in: what the SDK sends, against an
// injected fetch. The service's side (cookies, the CSRF check) is tested in service/test.
import { afterEach, describe, expect, it } from 'vitest';
import { AuthenticationError, Foyer } from './index.ts';
import { fakeFetch, json, problem } from '../test/support/fake-fetch.ts';

const WSP_A = 'wsp_00000000000000000000000000000001';
const WSP_B = 'wsp_00000000000000000000000000000002';
const branding = { accent_color: '#2563eb', logo_url: null, display_name: null };
const user = {
  id: 'usr_00000000000000000000000000000001',
  email: 'owner@acme.example',
  name: 'Olive Owner',
  role: 'owner',
  status: 'active',
  notifications: { muted: false, muted_portal_ids: [] },
  last_sign_in_at: null,
  created_at: '2026-11-28T09:30:00.000Z',
  updated_at: '2026-11-28T09:30:00.000Z',
};
const signedIn = { user, workspace: { id: WSP_A, name: 'Acme', branding, role: 'owner' }, expires_at: '2026-12-28T09:30:00.000Z' };
const choice = {
  workspace_choice: {
    choice_token: 'c'.repeat(43),
    expires_at: '2026-11-28T09:40:00.000Z',
    workspaces: [signedIn.workspace, { id: WSP_B, name: 'Beta', branding, role: 'staff' }],
  },
};

/** Stands in for `document` in Node, whose cookie jar the console's CSRF header is read from. */
function withCookies(cookie: string): { set(value: string): void } {
  const doc = { cookie };
  (globalThis as { document?: unknown }).document = doc;
  return { set: (value) => (doc.cookie = value) };
}

afterEach(() => {
  delete (globalThis as { document?: unknown }).document;
});

describe('consoleSession: true', () => {
  it('sends no Authorization, same-origin credentials and the CSRF header from the foyer_csrf cookie, read per request', async () => {
    const jar = withCookies('theme=dark; foyer_csrf=abc%2F123; other=1');
    const { fetch, calls } = fakeFetch(() => json(200, { kind: 'user', user, workspace_id: WSP_A }));
    const foyer = new Foyer({ baseUrl: 'https://portal.test', consoleSession: true, fetch });
    await foyer.me.get();
    jar.set('foyer_csrf=fresh-after-sign-in');
    await foyer.me.get();
    expect(calls.map((c) => c.headers.get('x-foyer-csrf'))).toEqual(['abc/123', 'fresh-after-sign-in']);
    expect(calls.map((c) => c.headers.get('authorization'))).toEqual([null, null]);
    expect(calls.map((c) => c.credentials)).toEqual(['same-origin', 'same-origin']);
  });

  it('sends no CSRF header without the cookie (signed out), and other clients never send one', async () => {
    withCookies('');
    const { fetch, calls } = fakeFetch(() => json(200, { status: 'ok' }));
    await new Foyer({ baseUrl: 'https://portal.test', consoleSession: true, fetch }).system.health();
    withCookies('foyer_csrf=abc');
    await new Foyer({ baseUrl: 'https://portal.test', apiKey: 'sk_x', fetch }).system.health();
    await new Foyer({ baseUrl: 'https://portal.test', fetch }).system.health();
    expect(calls.map((c) => c.headers.get('x-foyer-csrf'))).toEqual([null, null, null]);
    expect(calls.map((c) => c.credentials)).toEqual(['same-origin', undefined, undefined]);
  });

  it('refuses a token beside it', () => {
    // @ts-expect-error the console has no token
    expect(() => new Foyer({ baseUrl: 'https://portal.test', consoleSession: true, apiKey: 'sk_x' })).toThrow(/not several/);
    // @ts-expect-error the console has no token
    expect(() => new Foyer({ baseUrl: 'https://portal.test', consoleSession: true, sessionToken: 'us_x' })).toThrow(TypeError);
  });
});

describe('foyer.auth', () => {
  it('starts a sign-in with the email and no credentials', async () => {
    const { fetch, calls } = fakeFetch(() => json(202, { status: 'sent_if_allowed', code_expires_in: 600, resend_after: 60 }));
    const { response } = await new Foyer({ baseUrl: 'https://portal.test', fetch }).auth.startSignIn('owner@acme.example').withResponse();
    expect(response.status).toBe(202);
    expect(calls[0]).toMatchObject({ method: 'POST', body: { email: 'owner@acme.example' } });
    expect(calls[0]!.url.pathname).toBe('/v1/auth/verifications');
  });

  it('confirms with transport cookie in console mode, and finishes a workspace choice', async () => {
    withCookies('');
    const { fetch, calls } = fakeFetch((call) =>
      (call.body as { choice_token?: string }).choice_token ? json(201, signedIn) : json(200, choice),
    );
    const foyer = new Foyer({ baseUrl: 'https://portal.test', consoleSession: true, fetch });
    const answer = await foyer.auth.confirmCode('owner@acme.example', '492817');
    expect('workspace_choice' in answer && answer.workspace_choice.workspaces.map((w) => w.name)).toEqual(['Acme', 'Beta']);
    const session = await foyer.auth.chooseWorkspace(choice.workspace_choice.choice_token, WSP_B);
    expect(session).toEqual(signedIn);
    expect(calls.map((c) => c.body)).toEqual([
      { email: 'owner@acme.example', code: '492817', transport: 'cookie' },
      { choice_token: choice.workspace_choice.choice_token, workspace_id: WSP_B, transport: 'cookie' },
    ]);
  });

  it('leaves the transport to the service outside console mode, unless asked', async () => {
    const { fetch, calls } = fakeFetch(() => json(201, { ...signedIn, session_token: `us_${'a'.repeat(32)}.${'b'.repeat(43)}` }));
    const foyer = new Foyer({ baseUrl: 'https://portal.test', fetch });
    await foyer.auth.confirmToken('t'.repeat(43));
    await foyer.auth.confirmToken('t'.repeat(43), { transport: 'cookie', workspace_id: WSP_A });
    expect(calls.map((c) => c.body)).toEqual([
      { token: 't'.repeat(43) },
      { token: 't'.repeat(43), transport: 'cookie', workspace_id: WSP_A },
    ]);
  });

  it('turns a failed confirmation into an AuthenticationError', async () => {
    const { fetch } = fakeFetch(() => problem(401, 'verification_failed'));
    const foyer = new Foyer({ baseUrl: 'https://portal.test', fetch, maxRetries: 0 });
    await expect(foyer.auth.confirmCode('owner@acme.example', '000000')).rejects.toBeInstanceOf(AuthenticationError);
  });

  it('lists and ends my sessions, and signs out', async () => {
    const { fetch, calls } = fakeFetch((call) =>
      call.method === 'GET' ? json(200, { data: [], has_more: false, next_cursor: null }) : json(204, null),
    );
    const foyer = new Foyer({ baseUrl: 'https://portal.test', sessionToken: 'us_x.y', fetch });
    await foyer.auth.listSessions({ limit: 10 }).page();
    await foyer.auth.revokeSession('uss_1');
    await foyer.auth.signOut();
    expect(calls.map((c) => `${c.method} ${c.url.pathname}${c.url.search}`)).toEqual([
      'GET /v1/auth/sessions?limit=10',
      'DELETE /v1/auth/sessions/uss_1',
      'POST /v1/auth/sign-out',
    ]);
    expect(calls.every((c) => c.headers.get('authorization') === 'Bearer us_x.y')).toBe(true);
  });
});

describe('foyer.dashboard', () => {
  it('pages through summaries with q and filter, each page with its counts', async () => {
    const counts = { waiting_on_us: 3, waiting_on_client: 0, done: 0, archived: 0 };
    const { fetch, calls } = fakeFetch((call) => {
      const second = call.url.searchParams.get('cursor') === 'p2';
      return json(200, {
        data: [{ n: second ? 3 : 1 }, ...(second ? [] : [{ n: 2 }])],
        has_more: !second,
        next_cursor: second ? null : 'p2',
        counts,
      });
    });
    const foyer = new Foyer({ baseUrl: 'https://portal.test', apiKey: 'sk_x', fetch });
    const first = await foyer.dashboard.get({ q: 'dana', filter: 'waiting_on_us', limit: 2 }).page();
    expect(first.counts).toEqual(counts);
    const all = await foyer.dashboard.get({ q: 'dana', filter: 'waiting_on_us', limit: 2 }).toArray();
    expect(all).toHaveLength(3);
    expect(calls.map((c) => c.url.search)).toEqual([
      '?q=dana&filter=waiting_on_us&limit=2',
      '?q=dana&filter=waiting_on_us&limit=2',
      '?q=dana&filter=waiting_on_us&limit=2&cursor=p2',
    ]);
  });
});
