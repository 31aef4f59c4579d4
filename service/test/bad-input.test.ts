import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleId, operations, resolve, schemaTypes, validValue, wrongValue, type Operation } from './support/contract.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { newId } from '../src/lib/ids.ts';
import { insertDelivery } from '../src/modules/webhooks/repository.ts';
import { seedPreview } from './support/previews.ts';
import { seedRequestObjects } from './support/requests.ts';
import { seedUpload } from './support/tus.ts';
import { fileForm, multipart } from './support/uploads.ts';

// Bad input on every operation in openapi.yaml → a 4xx problem+json, never a 5xx, never a hang.
let ctx: TestContext;
let ws: TestWorkspace;
let userToken: string;
/** Real objects of `ws`, by path parameter name, so query and body checks reach the handler. */
const existing: Record<string, string> = {};

beforeAll(async () => {
  ctx = await createTestContext();
  ws = await ctx.newWorkspace();
  existing.portal_id = (await ws.client.POST('/v1/portals', { body: { name: 'Bad input' } })).data!.id;
  const upload = await ctx.upload(`/v1/portals/${existing.portal_id}/files`, fileForm(Buffer.from('x')), ws.apiKey);
  existing.file_id = ((await upload.json()) as { id: string }).id;
  existing.preview_id = await seedPreview(ctx, existing.file_id);
  const json = { 'content-type': 'application/json' };
  const comment = await ctx.fetch(`/v1/files/${existing.file_id}/comments`, {
    apiKey: ws.apiKey,
    method: 'POST',
    headers: json,
    body: '{"body":"hi"}',
  });
  existing.comment_id = ((await comment.json()) as { id: string }).id;
  const member = await ctx.fetch(`/v1/portals/${existing.portal_id}/members`, {
    apiKey: ws.apiKey,
    method: 'POST',
    headers: json,
    body: '{"email":"m@example.com"}',
  });
  existing.member_id = ((await member.json()) as { id: string }).id;
  const approval = await ctx.fetch(`/v1/files/${existing.file_id}/approval-requests`, {
    apiKey: ws.apiKey,
    method: 'POST',
    headers: json,
    body: '{}',
  });
  existing.approval_request_id = ((await approval.json()) as { id: string }).id;
  const exported = await ctx.fetch(`/v1/portals/${existing.portal_id}/exports`, { apiKey: ws.apiKey, method: 'POST' });
  existing.export_id = ((await exported.json()) as { id: string }).id;
  Object.assign(existing, await seedRequestObjects(ctx, ws, existing.portal_id));
  existing.upload_id = await seedUpload(ctx, ws.apiKey, existing.portal_id);
  // A public IP literal needs no DNS; no approval is ever decided here, so it is never called.
  const endpoint = await ws.client.POST('/v1/webhook-endpoints', {
    body: { url: 'https://93.184.215.14/hook', events: ['approval.approved'] },
  });
  existing.endpoint_id = endpoint.data!.id;
  // A delivery of that endpoint (of the upload's event), as the webhooks consumer would record one.
  const uploaded = await ctx.db.selectFrom('events').select(['id', 'type']).where('type', '=', 'file.uploaded').executeTakeFirstOrThrow();
  existing.delivery_id = newId('webhookDelivery');
  await insertDelivery(ctx.db, {
    id: existing.delivery_id,
    endpoint_id: existing.endpoint_id,
    workspace_id: ws.workspaceId,
    event_id: uploaded.id,
    event_type: uploaded.type,
  });
  // People of the business: another user to change, a key to revoke, and a user session for the operations
  // only a user session may call (its own sessions, sign-out).
  const user = await ctx.newUser(ws.workspaceId, { role: 'owner' });
  userToken = user.token;
  existing.user_id = (await ctx.newUser(ws.workspaceId)).id;
  existing.user_session_id = user.sessionId;
  existing.api_key_id = ws.keyId;
});

/** The caller an operation needs: the workspace's API key, or a user session where only a user session may call. */
function credentialFor(op: Operation): string {
  return op.credentials.length === 1 && op.credentials[0] === 'user' ? userToken : ws.apiKey;
}
afterAll(() => ctx.close());

// HEAD operations are answered by their GET twin's handler (covered here) and carry no problem body.
const apiOperations = operations().filter((op) => op.path.startsWith('/v1/') && op.method !== 'HEAD');

/** The operation's URL with `override` (or a well-formed id of nothing) in its path parameters. */
function urlFor(op: Operation, override?: string): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    const parameter = op.parameters.find((p) => p.in === 'path' && p.name === name);
    return encodeURIComponent(override ?? exampleId(parameter));
  });
}

/** The operation's URL on real objects. */
function realUrlFor(op: Operation): string {
  return op.path.replace(/\{(\w+)\}/g, (_m, name: string) => {
    if (!existing[name]) throw new Error(`bad-input.test.ts needs a real object for {${name}}: add one in beforeAll`);
    return existing[name];
  });
}

/** A valid body for the operation, so only the part under test is wrong. */
function validBody(op: Operation): RequestInit {
  if (op.multipart) {
    const form = fileForm(Buffer.from('x'));
    return { headers: { 'content-type': form.contentType }, body: new Uint8Array(form.body) };
  }
  return op.requestSchema ? jsonBody(op.requestExample ?? validValue(op.requestSchema)) : {};
}

async function expectProblem(res: Response, status?: number | [number, number]): Promise<Record<string, unknown>> {
  const text = await res.text();
  if (Array.isArray(status)) {
    expect(res.status, text).toBeGreaterThanOrEqual(status[0]);
    expect(res.status, text).toBeLessThanOrEqual(status[1]);
  } else if (status) {
    expect(res.status, text).toBe(status);
  }
  expect(res.status, text).toBeGreaterThanOrEqual(400);
  expect(res.status, text).toBeLessThan(500);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = JSON.parse(text) as Record<string, unknown>;
  expect(body).toMatchObject({ status: res.status, type: `urn:foyer:error:${String(body.code)}` });
  expect(body.code).toMatch(/^[a-z_]+$/);
  expect(body.request_id).toBe(res.headers.get('x-request-id'));
  expect(text).not.toMatch(/\bat .+\.(ts|js):\d+/); // never a stack trace
  return body;
}

function send(op: Operation, init: RequestInit & { apiKey?: string; url?: string } = {}): Promise<Response> {
  return ctx.fetch(init.url ?? urlFor(op), { method: op.method, signal: AbortSignal.timeout(10_000), ...init });
}

describe.each(apiOperations.map((op) => [`${op.method} ${op.path}`, op] as const))('%s', (_name, op) => {
  const hasBody = op.requestSchema !== undefined;

  if (op.secured)
    it('answers 401 without credentials and with bad API keys', async () => {
      expect((await expectProblem(await send(op), 401)).code).toBe('authentication_required');
      for (const header of [
        'Bearer garbage',
        'Bearer sk_00000000000000000000000000000000.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA',
        `Bearer ${ws.apiKey.slice(0, -2)}xx`,
        'Basic dXNlcjpwYXNz',
        'Bearer',
        `Bearer ${'a'.repeat(5000)}`,
      ]) {
        const body = await expectProblem(await send(op, { headers: { Authorization: header } }), 401);
        expect(body.code).toBe('invalid_credentials');
      }
    });

  if (op.path.includes('{'))
    it('refuses malformed and unknown ids', async () => {
      for (const id of ['x', 'prt_', '../../etc/passwd', 'prt_' + 'Z'.repeat(32), 'prt_' + '0'.repeat(500), "1' or '1'='1"]) {
        await expectProblem(await send(op, { apiKey: credentialFor(op), url: urlFor(op, id), ...validBody(op) }));
      }
      const unknown = await send(op, { apiKey: credentialFor(op), ...validBody(op) });
      expect((await expectProblem(unknown, 404)).code).toBe('not_found');
    });

  if (op.parameters.some((p) => p.in === 'query'))
    it('refuses bad query parameters and cursors', async () => {
      const queries = [
        'limit=0',
        'limit=101',
        'limit=abc',
        'limit=1.5',
        'unknown=1',
        'cursor=',
        'cursor=%00%01',
        'cursor=abc',
        'cursor=eyJ2IjoxLCJzIjoiLTEifQ',
        'status=deleted',
        'limit[$gt]=1',
        'version=0',
        'version=abc',
        'version=-1',
        'uploaded_by=nobody',
      ];
      for (const q of queries) {
        const name = q.split(/[=[]/)[0]!;
        if (name !== 'unknown' && !op.parameters.some((p) => p.in === 'query' && p.name === name)) continue;
        const body = await expectProblem(await send(op, { apiKey: credentialFor(op), url: `${realUrlFor(op)}?${q}` }), 400);
        expect(['validation_failed', 'invalid_cursor']).toContain(body.code);
      }
    });

  if (hasBody)
    it('refuses wrong types, missing and unknown fields', async () => {
      const schema = resolve(op.requestSchema);
      const valid = validValue(schema) as Record<string, unknown>;
      for (const [field, fieldSchema] of Object.entries(schema?.properties ?? {})) {
        const res = await send(op, { apiKey: credentialFor(op), ...jsonBody({ ...valid, [field]: wrongValue(fieldSchema) }) });
        const body = await expectProblem(res, 400);
        expect(body.code).toBe('validation_failed');
        expect(JSON.stringify(body.errors)).toContain(field); // the offending field is named
      }
      for (const field of schema?.required ?? []) {
        const { [field]: _omitted, ...rest } = valid;
        const body = await expectProblem(await send(op, { apiKey: credentialFor(op), ...jsonBody(rest) }), 400);
        expect(JSON.stringify(body)).toContain(field);
      }
      const unknown = await expectProblem(await send(op, { apiKey: credentialFor(op), ...jsonBody({ ...valid, not_a_field: 1 }) }), 400);
      expect(JSON.stringify(unknown.errors)).toContain('not_a_field');
    });

  if (hasBody)
    it('refuses malformed JSON, non-object JSON, a 10 MB body and non-JSON media types', async () => {
      for (const raw of ['{"name":', '{name: 1}', '', 'null', '[]', '"text"', '{"a":1}{"b":2}']) {
        await expectProblem(await send(op, { apiKey: credentialFor(op), headers: { 'content-type': 'application/json' }, body: raw }), 400);
      }
      const huge = JSON.stringify({ name: 'x'.repeat(10 * 1024 * 1024) });
      const tooLarge = await expectProblem(
        await send(op, { apiKey: credentialFor(op), headers: { 'content-type': 'application/json' }, body: huge }),
        413,
      );
      expect(tooLarge.code).toBe('payload_too_large');
      await expectProblem(
        await send(op, { apiKey: credentialFor(op), headers: { 'content-type': 'text/plain' }, body: 'name=x' }),
        [400, 415],
      );
      await expectProblem(
        await send(op, { apiKey: credentialFor(op), headers: { 'content-type': 'application/json; charset=latin1' }, body: '{}' }),
        [400, 415],
      );
    });
});

describe('NUL and lone surrogates', () => {
  // Every string of every operation: PostgreSQL refuses NUL (a 500 before), and a lone surrogate was stored
  // silently altered (U+FFFD). Both are a 400 naming the field, whatever the field and the operation.
  const UNSAFE = [
    ['NUL', 'a\u0000b', /NUL/],
    ['a lone high surrogate', 'a\ud800b', /surrogate/],
    ['a lone low surrogate', '\udc00', /surrogate/],
  ] as const;
  const jsonOperations = apiOperations.filter((op) => op.requestSchema !== undefined);

  /** Top-level fields of the operation's body that hold strings (directly or as array items). */
  function stringFields(op: Operation): Array<[string, boolean]> {
    const schema = resolve(op.requestSchema);
    return Object.entries(schema?.properties ?? {}).flatMap(([field, fieldSchema]): Array<[string, boolean]> => {
      const s = resolve(fieldSchema);
      // A nullable field written `oneOf: [{ $ref: … }, { type: 'null' }]` holds a string when a branch does.
      const types = [s, ...(s?.oneOf ?? [])].flatMap((branch) => schemaTypes(resolve(branch)));
      if (types.includes('string')) return [[field, false]];
      if (types.includes('array') && resolve(s.items)?.type === 'string') return [[field, true]];
      return [];
    });
  }

  it('covers a string field of every operation that takes JSON', () => {
    expect(jsonOperations.length).toBeGreaterThan(10);
    for (const op of jsonOperations) {
      if (resolve(op.requestSchema)?.properties) expect(stringFields(op).length, `${op.method} ${op.path}`).toBeGreaterThan(0);
    }
  });

  it.each(UNSAFE)('refuses %s in any string field of any JSON body, naming the field', async (_kind, unsafe, message) => {
    for (const op of jsonOperations) {
      const valid = (op.requestExample ?? validValue(op.requestSchema)) as Record<string, unknown>;
      for (const [field, isArray] of stringFields(op)) {
        const res = await send(op, {
          apiKey: credentialFor(op),
          url: realUrlFor(op),
          ...jsonBody({ ...valid, [field]: isArray ? [unsafe] : unsafe }),
        });
        const body = await expectProblem(res, 400);
        const path = isArray ? `/body/${field}/0` : `/body/${field}`;
        expect(body, `${op.method} ${op.path} ${field}`).toMatchObject({ code: 'validation_failed', errors: [{ path }] });
        expect((body.errors as Array<{ message: string }>)[0]!.message).toMatch(message);
      }
    }
  });

  it('refuses them in property names and deep inside a body, and keeps well-formed pairs', async () => {
    const url = '/v1/portals';
    const post = (raw: string) =>
      ctx.fetch(url, { apiKey: ws.apiKey, method: 'POST', headers: { 'content-type': 'application/json' }, body: raw });
    const key = await expectProblem(await post('{"name":"x","a\\u0000":1}'), 400);
    expect(key).toMatchObject({ code: 'validation_failed', errors: [{ path: '/body/a\ufffd' }] });
    // 100,000 levels deep: found without overflowing the stack.
    const deep = await expectProblem(await post(`{"name":"x","metadata":${'['.repeat(100_000)}"\\ud800"${']'.repeat(100_000)}}`), 400);
    expect(deep.code).toBe('validation_failed');
    const emoji = await post(JSON.stringify({ name: 'Tax 😀 \ud83d\ude00' }));
    expect(emoji.status).toBe(201);
    expect(((await emoji.json()) as { name: string }).name).toBe('Tax 😀 😀');
  });

  it('refuses them in the query and the path, before routing', async () => {
    const query = await expectProblem(await ctx.fetch('/v1/portals?status=%00', { apiKey: ws.apiKey }), 400);
    expect(query).toMatchObject({ code: 'validation_failed', errors: [{ path: '/query/status' }] });
    const key = await expectProblem(await ctx.fetch('/v1/portals?a%00=1', { apiKey: ws.apiKey }), 400);
    expect(key).toMatchObject({ code: 'validation_failed', errors: [{ path: '/query/a\ufffd' }] });
    for (const path of [
      `/v1/portals/${existing.portal_id}%00`,
      '/v1/portals/prt_%ED%A0%80',
      '/p/%00',
      `/v1/files/${existing.file_id}%E0/content`,
    ]) {
      const body = await expectProblem(await ctx.fetch(path, { apiKey: ws.apiKey }), 400);
      expect(body, path).toMatchObject({ code: 'validation_failed', errors: [{ path: '/path' }] });
    }
  });

  it("refuses NUL in an upload's name field and filename, storing nothing", async () => {
    const files = async () => (await ctx.db.selectFrom('files').select('id').execute()).length;
    const [rowsBefore, blobsBefore] = [await files(), (await ctx.blobKeys()).length];
    const url = `/v1/portals/${existing.portal_id}/files`;
    const named = await expectProblem(await ctx.upload(url, fileForm(Buffer.from('x'), { name: 'a\u0000b.pdf' }), ws.apiKey), 400);
    expect(named).toMatchObject({ code: 'validation_failed', errors: [{ path: '/body/name' }] });
    const part = (params: string) => multipart([{ name: 'file', value: Buffer.from('x'), params, contentType: 'application/pdf' }]);
    const encoded = await expectProblem(await ctx.upload(url, part("; filename*=UTF-8''a%00b.pdf"), ws.apiKey), 400);
    expect(encoded).toMatchObject({ code: 'validation_failed', errors: [{ path: '/body/file' }] });
    // A raw NUL byte cannot be in a part header at all.
    expect((await expectProblem(await ctx.upload(url, part('; filename="a\u0000b.pdf"'), ws.apiKey), 400)).code).toBe('malformed_upload');
    expect([await files(), (await ctx.blobKeys()).length]).toEqual([rowsBefore, blobsBefore]);
  });
});

describe('limits from the contract', () => {
  const asOwner = (path: string, method: string, body: unknown) => ctx.fetch(path, { apiKey: ws.apiKey, method, ...jsonBody(body) });

  async function expectFieldRefused(res: Response, field: string): Promise<void> {
    const body = await expectProblem(res, 400);
    expect(body.code).toBe('validation_failed');
    expect(JSON.stringify(body.errors)).toContain(field);
  }

  it('refuses an over-long name and an over-long comment body, naming the field', async () => {
    await expectFieldRefused(await asOwner('/v1/portals', 'POST', { name: 'n'.repeat(201) }), 'name');
    await expectFieldRefused(await asOwner(`/v1/files/${existing.file_id}/comments`, 'POST', { body: 'b'.repeat(10_001) }), 'body');
    await expectFieldRefused(
      await asOwner(`/v1/portals/${existing.portal_id}/members`, 'POST', { email: 'm@example.com', name: 'n'.repeat(201) }),
      'name',
    );
  });

  it('refuses an email address longer than 254 characters', async () => {
    const long = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}.example`; // 263 characters
    await expectFieldRefused(
      await asOwner(`/v1/portals/${existing.portal_id}/members`, 'POST', { email: long, send_invite: true }),
      'email',
    );
    await expectFieldRefused(await asOwner('/v1/workspace', 'PATCH', { notify_emails: [long] }), 'notify_emails');
  });

  it('refuses integers beyond their bounds: a page size over 100, a version beyond int32', async () => {
    await expectFieldRefused(await ctx.fetch(`/v1/portals?limit=101`, { apiKey: ws.apiKey }), 'limit');
    await expectFieldRefused(await ctx.fetch(`/v1/files/${existing.file_id}/content?version=2147483648`, { apiKey: ws.apiKey }), 'version');
    await expectFieldRefused(
      await asOwner(`/v1/files/${existing.file_id}/comments`, 'POST', { body: 'hi', version: 2147483648 }),
      'version',
    );
  });

  it('refuses an over-long time filter', async () => {
    const since = `2026-11-28T09:30:00.${'1'.repeat(50)}Z`;
    await expectFieldRefused(await ctx.fetch(`/v1/events?since=${since}`, { apiKey: ws.apiKey }), 'since');
  });

  it('refuses a webhook URL that normalises to more than 2048 characters', async () => {
    // 2000 characters as sent, but each "é" becomes "%C3%A9" once normalised.
    const url = `https://93.184.215.14/${'é'.repeat(1975)}`;
    expect(url.length).toBeLessThanOrEqual(2048);
    await expectFieldRefused(await asOwner('/v1/webhook-endpoints', 'POST', { url }), 'url');
  });

  it('asks for named approvers when the default (every active member) would exceed 100', async () => {
    const portal = (await ws.client.POST('/v1/portals', { body: { name: 'Crowded' } })).data!;
    const upload = await ctx.upload(`/v1/portals/${portal.id}/files`, fileForm(Buffer.from('x')), ws.apiKey);
    const fileId = ((await upload.json()) as { id: string }).id;
    const members = Array.from({ length: 101 }, (_, i) => ({
      id: newId('member'),
      portal_id: portal.id,
      workspace_id: ws.workspaceId,
      email: `m${i}@crowd.example`,
      name: null,
      status: 'active' as const,
    }));
    await ctx.db.insertInto('members').values(members).execute();
    await expectFieldRefused(await asOwner(`/v1/files/${fileId}/approval-requests`, 'POST', {}), 'approvers');
    const named = await asOwner(`/v1/files/${fileId}/approval-requests`, 'POST', { approvers: members.slice(0, 100).map((m) => m.id) });
    expect(named.status, await named.clone().text()).toBe(201);
  });

  it('keeps problem details within their bounds however much the request echoes', async () => {
    const fields = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`unknown_field_${i}_${'x'.repeat(500)}`, 1]));
    const res = await asOwner('/v1/portals', 'POST', { name: 'ok', ...fields });
    const body = await expectProblem(res, 400);
    expect((body.errors as unknown[]).length).toBeLessThanOrEqual(50);
    expect(String(body.detail).length).toBeLessThanOrEqual(2000);
    for (const e of body.errors as Array<{ path: string; message: string }>) {
      expect(e.path.length).toBeLessThanOrEqual(500);
      expect(e.message.length).toBeLessThanOrEqual(1000);
    }
    const route = await expectProblem(await ctx.fetch(`/v1/${'p'.repeat(5000)}`, { apiKey: ws.apiKey }), 404);
    expect(String(route.detail).length).toBeLessThanOrEqual(2000);
  });
});

describe('unknown routes and methods', () => {
  it('answers 404 problem+json for an unknown route', async () => {
    for (const path of ['/nope', '/v1/nope', '/v1/portals/prt_x/nope', '/v2/portals']) {
      const body = await expectProblem(await ctx.fetch(path, { headers: { Authorization: `Bearer ${ws.apiKey}` } }), 404);
      expect(body.code).toBe('not_found');
    }
  });

  it('answers 405 problem+json for a method the route does not have', async () => {
    const body = await expectProblem(
      await ctx.fetch('/v1/workspace', { method: 'DELETE', headers: { Authorization: `Bearer ${ws.apiKey}` } }),
      405,
    );
    expect(body.code).toBe('method_not_allowed');
  });
});

function jsonBody(value: unknown): RequestInit {
  return { headers: { 'content-type': 'application/json' }, body: JSON.stringify(value) };
}
