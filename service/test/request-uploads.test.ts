import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './support/context.ts';
import { requestsWorkspace, TAX_REQUEST, type DocumentRequest, type RequestsWorkspace } from './support/requests.ts';
import { fileForm, multipart, PDF_BYTES, PNG_1X1, type Part } from './support/uploads.ts';

// Uploads that answer document request items (the `request_item_id` part of uploadFile, and new versions of
// an attached file): the item's status, the type rule, refusals that leave nothing behind, one-file and
// many-file items, and a deleted file leaving its item.
let ctx: TestContext;
let ws: RequestsWorkspace;

/** The head of a ZIP archive: detected as application/zip. */
const ZIP_BYTES = Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(26), Buffer.from('hello.txt hi')]);

beforeAll(async () => {
  ctx = await createTestContext();
  ws = await requestsWorkspace(ctx);
});
afterAll(() => ctx.close());

function itemForm(itemId: string, bytes: Buffer, filename = 'upload.bin', before: Part[] = []) {
  return multipart([
    ...before,
    { name: 'request_item_id', value: itemId },
    { name: 'file', value: bytes, params: `; filename="${filename}"`, contentType: 'application/octet-stream' },
  ]);
}

async function uploadTo(portalId: string, itemId: string, bytes: Buffer, key = ws.key, filename?: string) {
  return ctx.upload(`/v1/portals/${portalId}/files`, itemForm(itemId, bytes, filename), key);
}

async function problem(res: Response) {
  const body = (await res.json()) as { code: string; detail?: string };
  return { status: res.status, code: body.code, detail: body.detail };
}

/** What a refused upload must not leave: blobs under the portal, file rows. */
async function leftovers(portalId: string) {
  const files = await ctx.db.selectFrom('files').select('id').where('portal_id', '=', portalId).execute();
  return { blobs: (await ctx.blobKeys()).filter((k) => k.startsWith(`portals/${portalId}/`)).length, files: files.length };
}

async function read(requestId: string, key = ws.key) {
  return ws.ok<DocumentRequest>(`/v1/requests/${requestId}`, key);
}

async function setup(portalInput: { name: string; client_uploads?: boolean } = { name: 'Dana' }) {
  const portal = await ws.portal(portalInput);
  const client = await ws.client(portal.id);
  const request = await ws.request(portal.id, TAX_REQUEST);
  const [statements, lastReturn, id] = request.items as [
    DocumentRequest['items'][0],
    DocumentRequest['items'][0],
    DocumentRequest['items'][0],
  ];
  return { portal, client, request, statements, lastReturn, id };
}

describe('an upload to a request item', () => {
  it('attaches the file and submits the item, with one request_item.submitted event', async () => {
    const { portal, client, request, lastReturn } = await setup();
    const res = await uploadTo(portal.id, lastReturn.id, PDF_BYTES, client.token, '2025 return.pdf');
    expect(res.status).toBe(201);
    const file = (await res.json()) as { id: string; name: string };
    const after = await read(request.id, client.token);
    expect(after.items[1]).toMatchObject({ status: 'submitted', files: [{ id: file.id, name: '2025 return.pdf' }] });
    expect(after.items[1]!.submitted_at).not.toBeNull();
    expect(after.progress).toMatchObject({ done: 1, submitted: 1, open: 2 });
    const events = await ws.events(portal.id, 'request_item.submitted');
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      target: { type: 'request_item', id: lastReturn.id },
      data: { request_id: request.id, title: "Last year's return", file_id: file.id, version: 1 },
    });
    const [uploaded] = await ws.events(portal.id, 'file.uploaded');
    expect(uploaded?.data).toMatchObject({ request_item_id: lastReturn.id });
    const portalNow = await ws.ok<{ requests: { open_items: number; submitted_items: number } }>(`/v1/portals/${portal.id}`, ws.key);
    expect(portalNow.requests).toMatchObject({ open_items: 2, submitted_items: 1 });
  });

  it('accepts a type of an allowed family (image/* takes a PNG)', async () => {
    const { portal, client, request, id } = await setup();
    expect((await uploadTo(portal.id, id.id, PNG_1X1, client.token, 'id.png')).status).toBe(201);
    expect((await read(request.id)).items[2]!.status).toBe('submitted');
  });

  it('refuses a type the item does not take with 415 file_type_not_allowed, naming the item and the types, leaving nothing', async () => {
    const { portal, client, request, lastReturn, id } = await setup();
    const before = await leftovers(portal.id);
    const refused = await problem(await uploadTo(portal.id, lastReturn.id, ZIP_BYTES, client.token, 'return.zip'));
    expect(refused).toEqual({
      status: 415,
      code: 'file_type_not_allowed',
      detail: "Last year's return accepts PDF documents (application/pdf); this file is a ZIP archive (application/zip).",
    });
    const several = await problem(await uploadTo(portal.id, id.id, ZIP_BYTES, client.token));
    expect(several.detail).toBe(
      'ID accepts PDF documents (application/pdf) or images (image/*); this file is a ZIP archive (application/zip).',
    );
    // A large file is refused as soon as its first bytes are in; nothing of it stays either.
    const large = Buffer.concat([ZIP_BYTES, randomBytes(3 * 1024 * 1024)]);
    expect(await problem(await uploadTo(portal.id, lastReturn.id, large, client.token))).toMatchObject({
      status: 415,
      code: 'file_type_not_allowed',
    });
    expect(await leftovers(portal.id)).toEqual(before);
    expect((await read(request.id)).items[1]).toMatchObject({ status: 'open', files: [] });
    expect(await ws.events(portal.id, 'request_item.submitted')).toHaveLength(0);
  });

  it('refuses an accepted item with 409 request_item_conflict, leaving nothing', async () => {
    const { portal, client, request, lastReturn } = await setup();
    expect((await uploadTo(portal.id, lastReturn.id, PDF_BYTES, client.token)).status).toBe(201);
    await ws.item(lastReturn.id, { status: 'accepted' });
    const before = await leftovers(portal.id);
    expect(await problem(await uploadTo(portal.id, lastReturn.id, PDF_BYTES, client.token))).toMatchObject({
      status: 409,
      code: 'request_item_conflict',
    });
    expect(await leftovers(portal.id)).toEqual(before);
    expect((await read(request.id)).items[1]!.status).toBe('accepted');
  });

  it("answers 404 for another portal's item (or another workspace's), leaving nothing", async () => {
    const { portal, client } = await setup();
    const other = await setup();
    expect(await problem(await uploadTo(portal.id, other.lastReturn.id, PDF_BYTES, client.token))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(await problem(await uploadTo(portal.id, other.lastReturn.id, PDF_BYTES))).toMatchObject({ status: 404, code: 'not_found' });
    const stranger = await requestsWorkspace(ctx, 'Stranger');
    const theirs = await stranger.portal();
    expect(await problem(await uploadTo(theirs.id, other.lastReturn.id, PDF_BYTES, stranger.key))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(await leftovers(portal.id)).toEqual({ blobs: 0, files: 0 });
    expect(await leftovers(theirs.id)).toEqual({ blobs: 0, files: 0 });
  });

  it('refuses a request_item_id after the file (400 malformed_upload) or not an item id (400 validation_failed)', async () => {
    const { portal, lastReturn } = await setup();
    const late = multipart([
      { name: 'file', value: PDF_BYTES, params: '; filename="a.pdf"', contentType: 'application/pdf' },
      { name: 'request_item_id', value: lastReturn.id },
    ]);
    expect(await problem(await ctx.upload(`/v1/portals/${portal.id}/files`, late, ws.key))).toMatchObject({
      status: 400,
      code: 'malformed_upload',
    });
    expect(await problem(await uploadTo(portal.id, 'rqi_nope', PDF_BYTES))).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(await leftovers(portal.id)).toEqual({ blobs: 0, files: 0 });
  });

  it('keeps the name part before it', async () => {
    const { portal, request, statements } = await setup();
    const form = itemForm(statements.id, PDF_BYTES, 'x.pdf', [{ name: 'name', value: 'January.pdf' }]);
    expect((await ctx.upload(`/v1/portals/${portal.id}/files`, form, ws.key)).status).toBe(201);
    expect((await read(request.id)).items[0]!.files.map((f) => f.name)).toEqual(['January.pdf']);
  });
});

describe('client uploads switched off', () => {
  it('still take a client upload to an item not yet accepted; without an item it is 403 uploads_disabled', async () => {
    const { portal, client, request, lastReturn } = await setup({ name: 'Closed', client_uploads: false });
    expect(await problem(await ctx.upload(`/v1/portals/${portal.id}/files`, fileForm(PDF_BYTES), client.token))).toMatchObject({
      status: 403,
      code: 'uploads_disabled',
    });
    expect((await uploadTo(portal.id, lastReturn.id, PDF_BYTES, client.token)).status).toBe(201);
    const fileId = (await read(request.id)).items[1]!.files[0]!.id;
    // A new version of the item's file re-sends it; a file outside items stays closed to the client.
    await ws.item(lastReturn.id, { status: 'changes_requested', reason: 'Page 2 is missing.' });
    expect((await ctx.upload(`/v1/files/${fileId}/versions`, fileForm(PDF_BYTES), client.token)).status).toBe(201);
    const ownerFile = (await (await ctx.upload(`/v1/portals/${portal.id}/files`, fileForm(PDF_BYTES), ws.key)).json()) as { id: string };
    expect(await problem(await ctx.upload(`/v1/files/${ownerFile.id}/versions`, fileForm(PDF_BYTES), client.token))).toMatchObject({
      status: 403,
      code: 'uploads_disabled',
    });
    await ws.item(lastReturn.id, { status: 'accepted' });
    expect(await problem(await uploadTo(portal.id, lastReturn.id, PDF_BYTES, client.token))).toMatchObject({
      status: 409,
      code: 'request_item_conflict',
    });
  });
});

describe('one file or many', () => {
  it('makes a second upload to a one-file item the new version of its file', async () => {
    const { portal, client, request, lastReturn } = await setup();
    const first = (await (await uploadTo(portal.id, lastReturn.id, PDF_BYTES, client.token)).json()) as { id: string };
    await ws.item(lastReturn.id, { status: 'changes_requested', reason: 'Unsigned.' });
    const res = await uploadTo(portal.id, lastReturn.id, PDF_BYTES, client.token);
    expect(res.status).toBe(201);
    const second = (await res.json()) as { id: string; version_count: number; current_version: { version: number } };
    expect(second).toMatchObject({ id: first.id, version_count: 2, current_version: { version: 2 } });
    const item = (await read(request.id)).items[1]!;
    expect(item).toMatchObject({ status: 'submitted', reason: 'Unsigned.' });
    expect(item.files.map((f) => [f.id, f.version_count])).toEqual([[first.id, 2]]);
    const submitted = await ws.events(portal.id, 'request_item.submitted');
    expect(submitted.map((e) => e.data.version)).toEqual([2, 1]);
  });

  it('keeps every file of a many-file item, oldest first', async () => {
    const { portal, client, request, statements } = await setup();
    const ids: string[] = [];
    for (const name of ['jan.pdf', 'feb.pdf', 'mar.pdf'])
      ids.push(((await (await uploadTo(portal.id, statements.id, PDF_BYTES, client.token, name)).json()) as { id: string }).id);
    const item = (await read(request.id)).items[0]!;
    expect(item.files.map((f) => f.id)).toEqual(ids);
    expect(await ws.events(portal.id, 'request_item.submitted')).toHaveLength(3);
    // Holding three files, it cannot become a one-file item.
    expect(await problem(await ws.call(`/v1/request-items/${statements.id}`, ws.key, 'PATCH', { multiple: false }))).toMatchObject({
      status: 409,
      code: 'request_item_conflict',
    });
  });

  it('takes at most 100 files in an item (409 request_item_conflict after), leaving nothing', async () => {
    const { portal, client, statements } = await setup();
    // 100 attachments written directly (their file rows only: the cap counts attachments).
    await sql`
      insert into files (id, portal_id, workspace_id, name, current_version, uploaded_by_kind, uploaded_by_id)
      select 'fil_' || lpad(i::text, 32, '0'), ${portal.id}, ${ws.workspaceId}, 'f' || i, 1, 'owner', null
      from generate_series(1, 100) as i`.execute(ctx.db);
    await sql`
      insert into request_item_files (item_id, file_id)
      select ${statements.id}, 'fil_' || lpad(i::text, 32, '0') from generate_series(1, 100) as i`.execute(ctx.db);
    const before = await leftovers(portal.id);
    const refused = await problem(await uploadTo(portal.id, statements.id, PDF_BYTES, client.token));
    expect(refused).toMatchObject({
      status: 409,
      code: 'request_item_conflict',
      detail: 'Bank statements already holds 100 files, the most an item takes.',
    });
    expect(await leftovers(portal.id)).toEqual(before);
  });
});

describe('a new version of an attached file', () => {
  it('re-submits its item, under the same type rule, and not once accepted', async () => {
    const { portal, client, request, lastReturn } = await setup();
    const file = (await (await uploadTo(portal.id, lastReturn.id, PDF_BYTES, client.token)).json()) as { id: string };
    await ws.item(lastReturn.id, { status: 'changes_requested', reason: 'Blurry.' });
    const before = await leftovers(portal.id);
    expect(await problem(await ctx.upload(`/v1/files/${file.id}/versions`, fileForm(ZIP_BYTES), client.token))).toMatchObject({
      status: 415,
      code: 'file_type_not_allowed',
    });
    expect(await leftovers(portal.id)).toEqual(before);
    expect((await ctx.upload(`/v1/files/${file.id}/versions`, fileForm(PDF_BYTES), client.token)).status).toBe(201);
    expect((await read(request.id)).items[1]).toMatchObject({ status: 'submitted' });
    const [event] = await ws.events(portal.id, 'request_item.submitted');
    expect(event?.data).toMatchObject({ file_id: file.id, version: 2 });
    await ws.item(lastReturn.id, { status: 'accepted' });
    expect(await problem(await ctx.upload(`/v1/files/${file.id}/versions`, fileForm(PDF_BYTES), ws.key))).toMatchObject({
      status: 409,
      code: 'request_item_conflict',
    });
  });
});

describe('deleting a file', () => {
  it('takes it off its item; a submitted item left without files waits on the client again', async () => {
    const { portal, client, request, statements, lastReturn } = await setup();
    const a = (await (await uploadTo(portal.id, statements.id, PDF_BYTES, client.token)).json()) as { id: string };
    const b = (await (await uploadTo(portal.id, statements.id, PDF_BYTES, client.token)).json()) as { id: string };
    const c = (await (await uploadTo(portal.id, lastReturn.id, PDF_BYTES, client.token)).json()) as { id: string };
    await ws.ok(`/v1/files/${a.id}`, ws.key, 'DELETE');
    let now = await read(request.id);
    expect(now.items[0]).toMatchObject({ status: 'submitted', files: [{ id: b.id }] });
    await ws.ok(`/v1/files/${b.id}`, ws.key, 'DELETE');
    await ws.ok(`/v1/files/${c.id}`, ws.key, 'DELETE');
    now = await read(request.id);
    expect(now.items[0]).toMatchObject({ status: 'open', files: [] });
    expect(now.items[1]).toMatchObject({ status: 'open', files: [] });
    expect(now.progress).toMatchObject({ open: 3, submitted: 0 });
    const reopened = await ws.events(portal.id, 'request_item.reopened');
    expect(reopened.map((e) => e.data)).toEqual([
      expect.objectContaining({ request_id: request.id, file_id: c.id, cause: 'file_deleted' }),
      expect.objectContaining({ request_id: request.id, file_id: b.id, cause: 'file_deleted' }),
    ]);
    const portalNow = await ws.ok<{ requests: { open_items: number; submitted_items: number } }>(`/v1/portals/${portal.id}`, ws.key);
    expect(portalNow.requests).toMatchObject({ open_items: 3, submitted_items: 0 });
  });

  it('leaves the files in the portal when their request is deleted', async () => {
    const { portal, client, request, statements } = await setup();
    const file = (await (await uploadTo(portal.id, statements.id, PDF_BYTES, client.token)).json()) as { id: string };
    await ws.ok(`/v1/requests/${request.id}`, ws.key, 'DELETE');
    expect((await ws.call(`/v1/requests/${request.id}`, ws.key)).status).toBe(404);
    expect((await ws.call(`/v1/files/${file.id}`, ws.key)).status).toBe(200);
    const [deleted] = await ws.events(portal.id, 'request.deleted');
    expect(deleted).toMatchObject({ target: { type: 'request', id: request.id }, data: { request_id: request.id } });
    const portalNow = await ws.ok<{ requests: unknown }>(`/v1/portals/${portal.id}`, ws.key);
    expect(portalNow.requests).toEqual({ open_items: 0, submitted_items: 0, overdue_items: 0, next_due_at: null });
  });
});
