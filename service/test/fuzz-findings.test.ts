import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { fileForm } from './support/uploads.ts';

// Each of these answered 500 to the contract fuzzer (fuzz.test.ts); each is a client error.
let ctx: TestContext;
let ws: TestWorkspace;
let portalId: string;
let fileId: string;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  ctx = await createTestContext();
  ws = await ctx.newWorkspace();
  portalId = (await ws.client.POST('/v1/portals', { body: { name: 'Findings' } })).data!.id;
  const upload = await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(Buffer.from('x')), ws.apiKey);
  fileId = ((await upload.json()) as { id: string }).id;
  await ws.client.POST('/v1/portals/{portal_id}/members', {
    params: { path: { portal_id: portalId } },
    body: { email: 'dana@example.com' },
  });
});
afterAll(() => ctx.close());

async function problem(res: Response): Promise<{ status: number; code: string; errors?: Array<{ path: string }> }> {
  const body = (await res.json()) as { code: string; errors?: Array<{ path: string }> };
  return { status: res.status, code: body.code, ...(body.errors ? { errors: body.errors } : {}) };
}

const cursor = (seq: string) => Buffer.from(JSON.stringify({ v: 1, s: seq })).toString('base64url');

describe('inputs the contract fuzzer found', () => {
  it('refuses a JSON body nested deeper than 64 levels with 400, on every operation (JSON.stringify overflowed: 500)', async () => {
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const headers = { ...json, 'idempotency-key': 'deep-body-1' };
    for (const path of ['/v1/portals', `/v1/portals/${portalId}/access-link`]) {
      const res = await ctx.fetch(path, { apiKey: ws.apiKey, method: 'POST', headers, body: deep });
      expect(await problem(res), path).toMatchObject({ status: 400, code: 'validation_failed' });
    }
    const array = `${'['.repeat(65)}${']'.repeat(65)}`;
    const res = await ctx.fetch('/v1/portals', { apiKey: ws.apiKey, method: 'POST', headers: json, body: array });
    expect((await problem(res)).status).toBe(400);
  });

  it('answers a body that does not match its Content-Encoding with 400 malformed_json', async () => {
    for (const encoding of ['gzip', 'deflate', 'br']) {
      const res = await ctx.fetch('/v1/portals', {
        apiKey: ws.apiKey,
        method: 'POST',
        headers: { ...json, 'content-encoding': encoding },
        body: '{"name":"x"}',
      });
      expect(await problem(res), encoding).toMatchObject({ status: 400, code: 'malformed_json' });
    }
  });

  it('validates /V1/… like /v1/… (Express routes ignore case), instead of letting it through unchecked', async () => {
    const content = await ctx.fetch(`/V1/files/${fileId}/content?version=0&version=x`, { apiKey: ws.apiKey });
    expect(await problem(content)).toMatchObject({ status: 400, code: 'validation_failed' });
    const created = await ctx.fetch('/V1/portals', { apiKey: ws.apiKey, method: 'POST', headers: json, body: '{"name":"x","unknown":1}' });
    expect(await problem(created)).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ path: '/body/unknown' }] });
  });

  it('answers a version number past PostgreSQL integers with a client error', async () => {
    for (const version of ['2147483648', '99999999999', '9007199254740993']) {
      const res = await ctx.fetch(`/v1/files/${fileId}/content?version=${version}`, { apiKey: ws.apiKey });
      const body = await problem(res);
      expect([400, 404], version).toContain(body.status);
    }
  });

  it('refuses a cursor whose position is past its PostgreSQL column (bigint; integer for versions)', async () => {
    for (const seq of ['9999999999999999999', '9223372036854775808']) {
      for (const path of ['/v1/portals', `/v1/files/${fileId}/comments`, `/v1/portals/${portalId}/events`]) {
        const res = await ctx.fetch(`${path}?cursor=${cursor(seq)}`, { apiKey: ws.apiKey });
        expect(await problem(res), `${path} ${seq}`).toMatchObject({ status: 400, code: 'invalid_cursor' });
      }
    }
    // The largest bigint is still a cursor (of an empty page).
    expect((await ctx.fetch(`/v1/portals?cursor=${cursor('9223372036854775807')}`, { apiKey: ws.apiKey })).status).toBe(200);
    // A file's versions page by version number, a PostgreSQL integer.
    for (const seq of ['2147483648', '9223372036854775807']) {
      const res = await ctx.fetch(`/v1/files/${fileId}/versions?cursor=${cursor(seq)}`, { apiKey: ws.apiKey });
      expect(await problem(res), seq).toMatchObject({ status: 400, code: 'invalid_cursor' });
    }
    expect((await ctx.fetch(`/v1/files/${fileId}/versions?cursor=${cursor('2147483647')}`, { apiKey: ws.apiKey })).status).toBe(200);
  });

  it('refuses an email address longer than SMTP can carry (254), naming the field', async () => {
    const email = `${'a'.repeat(300)}@example.com`;
    const member = await ctx.fetch(`/v1/portals/${portalId}/members`, {
      apiKey: ws.apiKey,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email, send_invite: true }),
    });
    expect(await problem(member)).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ path: '/body/email' }] });
    const workspace = await ctx.fetch('/v1/workspace', {
      apiKey: ws.apiKey,
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ notify_emails: [email] }),
    });
    expect(await problem(workspace)).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ path: '/body/notify_emails/0' }] });
    const longest = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;
    expect(longest).toHaveLength(254);
    const ok = await ctx.fetch(`/v1/portals/${portalId}/members`, {
      apiKey: ws.apiKey,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: longest, send_invite: true }),
    });
    expect(ok.status).toBe(201);
  });

  it('answers an approval record read while its file is deleted with 200 or 404, never 500 (seen once in a CI fuzz run)', async () => {
    const statuses = new Set<number>();
    for (let round = 0; round < 15; round++) {
      const doomed = (
        (await (await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(Buffer.from(`record ${round}`)), ws.apiKey)).json()) as {
          id: string;
        }
      ).id;
      const created = await ctx.fetch(`/v1/files/${doomed}/approval-requests`, {
        apiKey: ws.apiKey,
        method: 'POST',
        headers: json,
        body: '{}',
      });
      const requestId = ((await created.json()) as { id: string }).id;
      const reads = Array.from({ length: 6 }, () => ctx.fetch(`/v1/approval-requests/${requestId}/record`, { apiKey: ws.apiKey }));
      const deleted = ctx.fetch(`/v1/files/${doomed}`, { apiKey: ws.apiKey, method: 'DELETE' });
      for (const res of await Promise.all([...reads, deleted])) statuses.add(res.status);
    }
    expect([...statuses].filter((status) => status >= 500)).toEqual([]);
  });

  it('answers an approval request read while its file is deleted with 200 or 404, never 500 (fuzz seed 1589865815)', async () => {
    const statuses = new Set<number>();
    for (let round = 0; round < 15; round++) {
      const doomed = (
        (await (await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(Buffer.from(`request ${round}`)), ws.apiKey)).json()) as {
          id: string;
        }
      ).id;
      const created = await ctx.fetch(`/v1/files/${doomed}/approval-requests`, {
        apiKey: ws.apiKey,
        method: 'POST',
        headers: json,
        body: '{}',
      });
      const requestId = ((await created.json()) as { id: string }).id;
      const reads = Array.from({ length: 6 }, () => ctx.fetch(`/v1/approval-requests/${requestId}`, { apiKey: ws.apiKey }));
      const deleted = ctx.fetch(`/v1/files/${doomed}`, { apiKey: ws.apiKey, method: 'DELETE' });
      for (const res of await Promise.all([...reads, deleted])) statuses.add(res.status);
    }
    expect([...statuses].filter((status) => status >= 500)).toEqual([]);
  });

  it('answers a cancel that waited for its file to be deleted with 404, not 500', async () => {
    const doomed = (
      (await (await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(Buffer.from('cancel')), ws.apiKey)).json()) as { id: string }
    ).id;
    const created = await ctx.fetch(`/v1/files/${doomed}/approval-requests`, {
      apiKey: ws.apiKey,
      method: 'POST',
      headers: json,
      body: '{}',
    });
    const requestId = ((await created.json()) as { id: string }).id;
    let canceled: Promise<Response> | undefined;
    // The cancel finds the request, then waits for its row lock, which the delete holds until it commits.
    await ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('files').where('id', '=', doomed).execute();
      canceled = ctx.fetch(`/v1/approval-requests/${requestId}`, { apiKey: ws.apiKey, method: 'DELETE' });
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    expect(await problem(await canceled!)).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('answers an approval asked for on a file being deleted with 404, not 500', async () => {
    const doomed = (
      (await (await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(Buffer.from('ask')), ws.apiKey)).json()) as { id: string }
    ).id;
    let asked: Promise<Response> | undefined;
    await ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('files').where('id', '=', doomed).execute();
      asked = ctx.fetch(`/v1/files/${doomed}/approval-requests`, { apiKey: ws.apiKey, method: 'POST', headers: json, body: '{}' });
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    expect(await problem(await asked!)).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('answers a comment on a file deleted while it was being posted with 404, not a foreign-key 500', async () => {
    const doomed = (
      (await (await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(Buffer.from('doomed')), ws.apiKey)).json()) as { id: string }
    ).id;
    let posted: Promise<Response> | undefined;
    // The delete holds the file's row until it commits; the comment, found the file before, arrives meanwhile.
    await ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('files').where('id', '=', doomed).execute();
      posted = ctx.fetch(`/v1/files/${doomed}/comments`, { apiKey: ws.apiKey, method: 'POST', headers: json, body: '{"body":"late"}' });
      await new Promise((resolve) => setTimeout(resolve, 500));
    });
    expect(await problem(await posted!)).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('answers a member added, a file uploaded or a seen mark set while their portal is deleted with 404, not a foreign-key 500 (fuzz seed 1477514185)', async () => {
    const doomed = (await ws.client.POST('/v1/portals', { body: { name: 'Doomed' } })).data!.id;
    let answers: Array<Promise<Response>> = [];
    // The delete holds the portal's row until it commits; each request found the portal before, and arrives meanwhile.
    await ctx.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('portals').where('id', '=', doomed).execute();
      answers = [
        ctx.fetch(`/v1/portals/${doomed}/members`, {
          apiKey: ws.apiKey,
          method: 'POST',
          headers: json,
          body: '{"email":"late@example.com"}',
        }),
        ctx.upload(`/v1/portals/${doomed}/files`, fileForm(Buffer.from('late')), ws.apiKey),
        ctx.fetch(`/v1/portals/${doomed}/seen`, { apiKey: ws.apiKey, method: 'POST' }),
      ];
      await new Promise((resolve) => setTimeout(resolve, 800));
    });
    for (const answer of answers) expect(await problem(await answer)).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('refuses date-times JavaScript and PostgreSQL cannot hold (leap second, +25:00), naming the field', async () => {
    for (const dueAt of ['2026-12-31T23:59:60Z', '2026-01-01T00:00:00+25:00', '2026-02-30T00:00:00Z']) {
      const res = await ctx.fetch(`/v1/files/${fileId}/approval-requests`, {
        apiKey: ws.apiKey,
        method: 'POST',
        headers: json,
        body: JSON.stringify({ due_at: dueAt }),
      });
      expect(await problem(res), dueAt).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ path: '/body/due_at' }] });
      const events = await ctx.fetch(`/v1/events?since=${encodeURIComponent(dueAt)}`, { apiKey: ws.apiKey });
      expect(await problem(events), dueAt).toMatchObject({ status: 400, code: 'validation_failed', errors: [{ path: '/query/since' }] });
    }
  });
});
