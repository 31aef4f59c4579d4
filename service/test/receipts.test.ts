import { createPrivateKey, createPublicKey, verify } from 'node:crypto';
import canonicalize from 'canonicalize';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SecretBox } from '../src/lib/secret-box.ts';
import { createTestContext, TEST_PUBLIC_URL, TEST_SECRET_KEY, type TestContext, type TestWorkspace } from './support/context.ts';
import { askApproval, decide, signedInMember, uploadFile, type SignedInMember } from './support/receipts.ts';
import { fileForm, PDF_BYTES } from './support/uploads.ts';

// Approval receipts over HTTP: issued for decided requests only, naming what was recorded, kept unchanged,
// signed by the workspace's key (made once, rotatable by owners), with the public keys at the well-known URL.
let ctx: TestContext;
let ws: TestWorkspace;
let portalId: string;
const json = { 'content-type': 'application/json' };
/** What a browser asks for when it opens a link. */
const HTML = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

interface Signed {
  receipt: {
    key_id: string;
    issuer: string;
    keys_url: string;
    workspace: { id: string; name: string };
    portal: { id: string; name: string };
    file: { id: string; name: string; version: number; sha256: string; size: number; content_type: string };
    approval_request: { id: string; status: string; rule: string; message: string | null; settled_at: string };
    decisions: Array<Record<string, unknown>>;
  };
  payload: string;
  signature: string;
  key_id: string;
  alg: string;
}

interface Jwk {
  kid: string;
  x: string;
  workspace_id: string;
  status: string;
  retired_at: string | null;
  public_key_pem: string;
}

beforeAll(async () => {
  ctx = await createTestContext({ TRUST_PROXY: '1' });
  ws = await ctx.newWorkspace('Acme Accounting');
  portalId = (
    (await (await ctx.fetch('/v1/portals', { apiKey: ws.apiKey, method: 'POST', headers: json, body: '{"name":"Tax 2026"}' })).json()) as {
      id: string;
    }
  ).id;
});
afterAll(() => ctx.close());

async function receiptOf(requestId: string, credential = ws.apiKey): Promise<Signed> {
  const res = await ctx.fetch(`/v1/approval-requests/${requestId}/receipt`, { apiKey: credential });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as Signed;
}

async function keySet(): Promise<Jwk[]> {
  return ((await (await ctx.fetch('/.well-known/foyer-receipt-keys.json')).json()) as { keys: Jwk[] }).keys;
}

function signatureHolds(signed: Signed, key: Jwk): boolean {
  const publicKey = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: key.x }, format: 'jwk' });
  return verify(null, Buffer.from(signed.payload, 'base64'), publicKey, Buffer.from(signed.signature, 'base64'));
}

let members: SignedInMember[];

describe('a receipt', () => {
  let requestId: string;
  let fileId: string;

  // Signs three members in (each waits for its queued code email): 21 s on a machine at load 15, against 30 s.
  it(
    'does not exist while the request is pending, nor for a canceled or superseded one: 409 approval_undecided',
    { timeout: 90_000 },
    async () => {
      members = [
        await signedInMember(ctx, ws, portalId, 'dana@client.example', 'code', '203.0.113.7'),
        await signedInMember(ctx, ws, portalId, 'sam@client.example', 'magic_link', '198.51.100.23'),
        await signedInMember(ctx, ws, portalId, 'kim@client.example', 'sign_in_link', '2001:db8::42'),
      ];
      fileId = await uploadFile(ctx, ws, portalId, PDF_BYTES, 'return 2026 & co.pdf');
      requestId = await askApproval(ctx, ws, fileId, members);
      // One of three approved: still pending (rule `all`).
      await decide(ctx, requestId, members[0]!, 'approve', 'Looks right');
      for (const accept of ['application/json', 'text/html']) {
        const pending = await ctx.fetch(`/v1/approval-requests/${requestId}/receipt`, { apiKey: ws.apiKey, headers: { accept } });
        expect(pending.status).toBe(409);
        expect(await pending.json()).toMatchObject({ code: 'approval_undecided' });
      }
      const canceled = await askApproval(ctx, ws, await uploadFile(ctx, ws, portalId, Buffer.from('c'), 'c.txt'), members);
      expect((await ctx.fetch(`/v1/approval-requests/${canceled}`, { apiKey: ws.apiKey, method: 'DELETE' })).status).toBe(204);
      const answer = await ctx.fetch(`/v1/approval-requests/${canceled}/receipt`, { apiKey: ws.apiKey });
      expect(answer.status).toBe(409);
      expect(await answer.json()).toMatchObject({
        code: 'approval_undecided',
        detail: 'This request was canceled before it was decided: it has no receipt.',
      });
      const cFile = await uploadFile(ctx, ws, portalId, Buffer.from('s1'), 's.txt');
      const superseded = await askApproval(ctx, ws, cFile, members);
      expect((await ctx.upload(`/v1/files/${cFile}/versions`, fileForm(Buffer.from('s2')), ws.apiKey)).status).toBe(201);
      const late = await ctx.fetch(`/v1/approval-requests/${superseded}/receipt`, { apiKey: ws.apiKey });
      expect(late.status).toBe(409);
      expect(await late.json()).toMatchObject({
        code: 'approval_undecided',
        detail: 'This request was superseded before it was decided: it has no receipt.',
      });
      // No key was made for nothing.
      expect(await keySet()).toEqual([]);
    },
  );

  it('names what was recorded: the version and its sha256, each decision with its email, sign-in method, time, IP and browser', async () => {
    await decide(ctx, requestId, members[1]!, 'approve');
    await decide(ctx, requestId, members[2]!, 'approve', 'Signed off <b>today</b>');
    const signed = await receiptOf(requestId);
    const recorded = (await (await ctx.fetch(`/v1/approval-requests/${requestId}`, { apiKey: ws.apiKey })).json()) as {
      status: string;
      version: number;
      sha256: string;
      decisions: Array<Record<string, unknown>>;
    };
    expect(recorded.status).toBe('approved');
    expect(signed.alg).toBe('Ed25519');
    expect(signed.key_id).toMatch(/^rkey_[0-9a-z]{32}$/);
    expect(signed.receipt).toMatchObject({
      type: 'foyer.approval_receipt',
      receipt_version: 1,
      issuer: TEST_PUBLIC_URL,
      keys_url: `${TEST_PUBLIC_URL}/.well-known/foyer-receipt-keys.json`,
      key_id: signed.key_id,
      workspace: { id: ws.workspaceId, name: 'Acme Accounting' },
      portal: { id: portalId, name: 'Tax 2026' },
      file: {
        id: fileId,
        name: 'return 2026 & co.pdf',
        version: 1,
        sha256: recorded.sha256,
        size: PDF_BYTES.length,
        content_type: 'application/pdf',
      },
      approval_request: { id: requestId, status: 'approved', rule: 'all', message: 'Please approve the return' },
    });
    // Each decision as recorded, and as the members came: their address, method, IP and browser.
    expect(signed.receipt.decisions).toEqual(
      recorded.decisions.map((d) => ({
        id: d.id,
        decision: d.decision,
        note: d.note,
        member_id: d.member_id,
        email: d.email,
        sign_in_method: d.sign_in_method,
        ip: d.ip,
        user_agent: d.user_agent,
        decided_at: d.created_at,
      })),
    );
    expect(signed.receipt.decisions.map((d) => [d.email, d.sign_in_method, d.ip, d.user_agent])).toEqual(
      members.map((m, i) => [m.email, ['code', 'magic_link', 'sign_in_link'][i], m.ip, m.userAgent]),
    );
    expect(signed.receipt.approval_request.settled_at).toBe(signed.receipt.decisions[2]!.decided_at);
    // The payload is the receipt in RFC 8785 canonical JSON, and the workspace's published key signed it.
    expect(Buffer.from(signed.payload, 'base64').toString('utf8')).toBe(canonicalize(signed.receipt));
    const [key] = await keySet();
    expect(key).toMatchObject({ kid: signed.key_id, workspace_id: ws.workspaceId, status: 'current', retired_at: null });
    expect(signatureHolds(signed, key!)).toBe(true);
  });

  it('is issued once: later reads (by the owner or the client) answer the same bytes, and the database refuses to change it', async () => {
    const first = await receiptOf(requestId);
    await ctx.fetch(`/v1/portals/${portalId}`, { apiKey: ws.apiKey, method: 'PATCH', headers: json, body: '{"name":"Renamed"}' });
    const again = await receiptOf(requestId, members[1]!.token);
    expect(again).toEqual(first);
    await expect(ctx.db.updateTable('approval_receipts').set({ signature: 'forged' }).execute()).rejects.toThrow(/immutable/);
  });

  it('is issued once even when several instances ask at the same moment, with one key for the workspace', async () => {
    const other = await ctx.newWorkspace('Race');
    const pid = (
      (await (await ctx.fetch('/v1/portals', { apiKey: other.apiKey, method: 'POST', headers: json, body: '{"name":"R"}' })).json()) as {
        id: string;
      }
    ).id;
    const member = await signedInMember(ctx, other, pid, 'race@client.example', 'sign_in_link', '192.0.2.1');
    const id = await askApproval(ctx, other, await uploadFile(ctx, other, pid, Buffer.from('race'), 'r.txt'), [member], 'any');
    await decide(ctx, id, member, 'request_changes', 'Wrong year');
    const answers = await Promise.all(Array.from({ length: 6 }, () => receiptOf(id, other.apiKey)));
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.receipt.approval_request.status).toBe('changes_requested');
    expect((await keySet()).filter((k) => k.workspace_id === other.workspaceId)).toHaveLength(1);
  });

  it('is a printable page too: no script, its own stylesheet, every value escaped, and the JSON to save', async () => {
    const res = await ctx.fetch(`/v1/approval-requests/${requestId}/receipt`, { apiKey: members[0]!.token, headers: { accept: HTML } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(
      `default-src 'none'; style-src ${TEST_PUBLIC_URL}; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
    );
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('vary')).toMatch(/\bAccept\b/);
    const page = await res.text();
    expect(page).not.toMatch(/<script|\son\w+=/i);
    expect(page).toContain(`<link rel="stylesheet" href="${TEST_PUBLIC_URL}/assets/receipt.css">`);
    expect(page).toContain('return 2026 &amp; co.pdf — version 1');
    expect(page).toContain('Signed off &lt;b&gt;today&lt;/b&gt;');
    expect(page).toContain('by dana@client.example on ');
    expect(page).toContain('an emailed code');
    const pre = /<pre>([\s\S]*)<\/pre>/.exec(page)![1]!;
    const unescaped = pre
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(JSON.parse(unescaped)).toEqual(await receiptOf(requestId));
    const css = await ctx.fetch('/assets/receipt.css');
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
    expect(css.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(await css.text()).toContain('@media print');
  });

  it('is not there for anyone else: a stranger workspace and a client of another portal find no such request', async () => {
    const stranger = await ctx.newWorkspace('Stranger');
    const res = await ctx.fetch(`/v1/approval-requests/${requestId}/receipt`, { apiKey: stranger.apiKey });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'not_found' });
    const elsewhere = (
      (await (await ctx.fetch('/v1/portals', { apiKey: ws.apiKey, method: 'POST', headers: json, body: '{"name":"Other"}' })).json()) as {
        id: string;
      }
    ).id;
    const outsider = await signedInMember(ctx, ws, elsewhere, 'out@client.example', 'sign_in_link', '192.0.2.9');
    const page = await ctx.fetch(`/v1/approval-requests/${requestId}/receipt`, { apiKey: outsider.token, headers: { accept: HTML } });
    expect(page.status).toBe(404);
    expect(await page.json()).toMatchObject({ code: 'not_found' });
    expect((await ctx.fetch(`/v1/approval-requests/${requestId}/receipt`)).status).toBe(401);
  });
});

describe('receipt keys', () => {
  it('rotate for owners only: staff 403 owner_role_required, a client 404', async () => {
    const staff = await ctx.newUser(ws.workspaceId);
    const byStaff = await ctx.fetch('/v1/workspace/receipt-keys', { apiKey: staff.token, method: 'POST' });
    expect(byStaff.status).toBe(403);
    expect(await byStaff.json()).toMatchObject({ code: 'owner_role_required' });
    const byClient = await ctx.fetch('/v1/workspace/receipt-keys', { apiKey: members[0]!.token, method: 'POST' });
    expect(byClient.status).toBe(404);
    expect(await byClient.json()).toMatchObject({ code: 'not_found' });
  });

  it('rotate: new receipts use the new key, old ones keep theirs, and both keys stay published', async () => {
    const [before] = (await keySet()).filter((k) => k.workspace_id === ws.workspaceId);
    const owner = await ctx.newUser(ws.workspaceId, { role: 'owner' });
    const rotated = await ctx.fetch('/v1/workspace/receipt-keys', { apiKey: owner.token, method: 'POST' });
    expect(rotated.status).toBe(201);
    const key = (await rotated.json()) as Jwk;
    expect(key).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', use: 'sig', workspace_id: ws.workspaceId, status: 'current' });
    const published = (await keySet()).filter((k) => k.workspace_id === ws.workspaceId);
    expect(published.map((k) => [k.kid, k.status])).toEqual([
      [before!.kid, 'retired'],
      [key.kid, 'current'],
    ]);
    expect(published[0]!.retired_at).toEqual(expect.any(String));
    const event = await ctx.db.selectFrom('events').selectAll().where('type', '=', 'receipt_key.rotated').executeTakeFirstOrThrow();
    expect(event).toMatchObject({
      workspace_id: ws.workspaceId,
      portal_id: null,
      actor_kind: 'user',
      actor_id: owner.id,
      target_id: key.kid,
    });
    expect(event.data).toEqual({ retired_key_id: before!.kid });

    const [, second] = members;
    const fileId = await uploadFile(ctx, ws, portalId, Buffer.from('after rotation'), 'after.txt');
    const id = await askApproval(ctx, ws, fileId, [second!], 'any');
    await decide(ctx, id, second!, 'approve');
    const fresh = await receiptOf(id);
    expect(fresh.key_id).toBe(key.kid);
    expect(signatureHolds(fresh, published[1]!)).toBe(true);
    expect(signatureHolds(fresh, published[0]!)).toBe(false);
    const old = (await ctx.db.selectFrom('approval_receipts').select('key_id').where('key_id', '=', before!.kid).execute()).length;
    expect(old).toBe(1);
  });

  it('keep the private half sealed under SECRET_KEY, bound to its key id; the PEM is the same public key', async () => {
    const rows = await ctx.db.selectFrom('receipt_keys').selectAll().execute();
    const published = await keySet();
    const box = new SecretBox(TEST_SECRET_KEY, 'receipt signing key');
    for (const row of rows) {
      expect(row.private_key_sealed).toMatch(/^v2\./);
      expect(row.private_key_sealed).not.toContain('MC4CAQAwBQYDK2Vw'); // the PKCS #8 Ed25519 prefix, base64
      const der = Buffer.from(box.open(row.private_key_sealed, row.id) as string, 'base64');
      const jwk = createPublicKey(createPrivateKey({ key: der, format: 'der', type: 'pkcs8' })).export({ format: 'jwk' });
      expect(jwk.x).toBe(row.public_key);
      expect(() => box.open(row.private_key_sealed, 'rkey_other')).toThrow();
      const pem = published.find((k) => k.kid === row.id)!.public_key_pem;
      expect(createPublicKey(pem).export({ format: 'jwk' }).x).toBe(row.public_key);
    }
  });

  it('are public at the well-known URL: no credentials, any origin, cacheable with an ETag', async () => {
    const res = await ctx.fetch('/.well-known/foyer-receipt-keys.json', { headers: { origin: 'https://verifier.example' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const body = (await res.json()) as { issuer: string; keys: unknown[] };
    expect(body.issuer).toBe(TEST_PUBLIC_URL);
    expect(body.keys.length).toBeGreaterThan(1);
    const again = await ctx.fetch('/.well-known/foyer-receipt-keys.json', { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    await ctx.fetch('/v1/workspace/receipt-keys', { apiKey: ws.apiKey, method: 'POST' });
    const changed = await ctx.fetch('/.well-known/foyer-receipt-keys.json', { headers: { 'if-none-match': etag } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
  });
});
