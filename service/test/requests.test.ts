import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from './support/context.ts';
import { requestsWorkspace, TAX_REQUEST, type DocumentRequest, type RequestsWorkspace } from './support/requests.ts';

// Document requests through HTTP on a real database: creation, reads, every status move of an item and its
// refusals (status and code), completion, events, and what the portal resource says about its requests.
let ctx: TestContext;
let ws: RequestsWorkspace;

beforeAll(async () => {
  ctx = await createTestContext();
  ws = await requestsWorkspace(ctx);
});
afterAll(() => ctx.close());

/** Marks an item submitted as an upload would (uploads themselves are in request-uploads.test.ts). */
async function submit(itemId: string): Promise<void> {
  await ctx.db.updateTable('request_items').set({ status: 'submitted', submitted_at: new Date() }).where('id', '=', itemId).execute();
}

async function problem(res: Response): Promise<{ status: number; code: string; detail?: string }> {
  const body = (await res.json()) as { code: string; detail?: string };
  return { status: res.status, code: body.code, ...(body.detail ? { detail: body.detail } : {}) };
}

describe('createRequest', () => {
  it('creates a request with its items in order, defaults filled, and records request.created', async () => {
    const portal = await ws.portal();
    const res = await ws.call(`/v1/portals/${portal.id}/requests`, ws.key, 'POST', { ...TAX_REQUEST, title: '  2026 tax documents ' });
    expect(res.status).toBe(201);
    const request = (await res.json()) as DocumentRequest;
    expect(request).toMatchObject({
      portal_id: portal.id,
      portal_name: 'Dana Whitfield',
      title: '2026 tax documents',
      status: 'open',
      overdue: false,
      template_id: null,
      completed_at: null,
      progress: { total: 3, done: 0, open: 3, submitted: 0, accepted: 0, changes_requested: 0, not_applicable: 0 },
    });
    expect(request.id).toMatch(/^req_[0-9a-z]{32}$/);
    expect(request.items.map((i) => [i.title, i.required, i.multiple, i.allowed_types, i.status, i.files])).toEqual([
      ['Bank statements', true, true, [], 'open', []],
      ["Last year's return", true, false, ['application/pdf'], 'open', []],
      ['ID', false, false, ['application/pdf', 'image/*'], 'open', []],
    ]);
    const [created] = await ws.events(portal.id, 'request.created');
    expect(created).toMatchObject({
      target: { type: 'request', id: request.id },
      data: {
        request_id: request.id,
        title: '2026 tax documents',
        item_count: 3,
        required_count: 2,
        due_at: TAX_REQUEST.due_at,
        notify: true,
      },
    });
  });

  it('passes notify: false on in the event', async () => {
    const portal = await ws.portal();
    await ws.request(portal.id, { ...TAX_REQUEST, notify: false });
    const [created] = await ws.events(portal.id, 'request.created');
    expect(created?.data.notify).toBe(false);
  });

  it('refuses an archived portal with 409 portal_archived', async () => {
    const portal = await ws.portal();
    await ws.ok(`/v1/portals/${portal.id}`, ws.key, 'PATCH', { status: 'archived' });
    expect(await problem(await ws.call(`/v1/portals/${portal.id}/requests`, ws.key, 'POST', TAX_REQUEST))).toMatchObject({
      status: 409,
      code: 'portal_archived',
    });
  });

  it('refuses a blank title and more than 50 items with 400 validation_failed', async () => {
    const portal = await ws.portal();
    const blank = await ws.call(`/v1/portals/${portal.id}/requests`, ws.key, 'POST', { title: '   ', items: [{ title: 'x' }] });
    expect(await problem(blank)).toMatchObject({ status: 400, code: 'validation_failed' });
    const many = Array.from({ length: 51 }, (_, i) => ({ title: `Item ${i}` }));
    expect(await problem(await ws.call(`/v1/portals/${portal.id}/requests`, ws.key, 'POST', { title: 't', items: many }))).toMatchObject({
      status: 400,
      code: 'validation_failed',
    });
  });

  it('is owner-only: a client gets 404', async () => {
    const portal = await ws.portal();
    const client = await ws.client(portal.id);
    expect(await problem(await ws.call(`/v1/portals/${portal.id}/requests`, client.token, 'POST', TAX_REQUEST))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });
});

describe('reading requests', () => {
  it("lists a portal's requests newest first, pages them, and filters by status; a client reads its own", async () => {
    const portal = await ws.portal();
    const client = await ws.client(portal.id);
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.push((await ws.request(portal.id, { title: `R${i}`, items: [{ title: 'x', required: false }] })).id);
    await ws.item((await ws.ok<DocumentRequest>(`/v1/requests/${made[0]}`, ws.key)).items[0]!.id, { status: 'not_applicable' });
    const first = await ws.ok<{ data: DocumentRequest[]; has_more: boolean; next_cursor: string }>(
      `/v1/portals/${portal.id}/requests?limit=2`,
      client.token,
    );
    expect(first.data.map((r) => r.id)).toEqual([made[2], made[1]]);
    expect(first.has_more).toBe(true);
    const second = await ws.ok<{ data: DocumentRequest[]; has_more: boolean }>(
      `/v1/portals/${portal.id}/requests?limit=2&cursor=${first.next_cursor}`,
      client.token,
    );
    expect(second.data.map((r) => r.id)).toEqual([made[0]]);
    expect(second.has_more).toBe(false);
    const complete = await ws.ok<{ data: DocumentRequest[] }>(`/v1/portals/${portal.id}/requests?status=complete`, ws.key);
    expect(complete.data.map((r) => r.id)).toEqual([made[0]]);
    expect((await ws.ok<DocumentRequest>(`/v1/requests/${made[1]}`, client.token)).id).toBe(made[1]);
  });

  it("hides another portal's request from a client (404) and another workspace's from an owner (404)", async () => {
    const portal = await ws.portal();
    const other = await ws.portal();
    const client = await ws.client(other.id);
    const request = await ws.request(portal.id);
    for (const path of [`/v1/requests/${request.id}`, `/v1/portals/${portal.id}/requests`])
      expect(await problem(await ws.call(path, client.token))).toMatchObject({ status: 404, code: 'not_found' });
    expect(
      await problem(await ws.call(`/v1/request-items/${request.items[2]!.id}`, client.token, 'PATCH', { status: 'not_applicable' })),
    ).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    const stranger = await requestsWorkspace(ctx, 'Stranger');
    expect(await problem(await ws.call(`/v1/requests/${request.id}`, stranger.key))).toMatchObject({ status: 404, code: 'not_found' });
    expect(
      await problem(await ws.call(`/v1/request-items/${request.items[0]!.id}`, stranger.key, 'PATCH', { status: 'open' })),
    ).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });
});

describe('updateRequestItem: the owner', () => {
  it('accepts a submitted item, and only a submitted one (409 request_item_conflict)', async () => {
    const request = await ws.request((await ws.portal()).id);
    const item = request.items[0]!;
    const refused = await problem(await ws.call(`/v1/request-items/${item.id}`, ws.key, 'PATCH', { status: 'accepted' }));
    expect(refused).toMatchObject({ status: 409, code: 'request_item_conflict' });
    expect(refused.detail).toMatch(/Only a submitted item can be accepted.*open/);
    await submit(item.id);
    const after = await ws.item(item.id, { status: 'accepted' });
    expect(after.items[0]).toMatchObject({ status: 'accepted', reason: null });
    expect(after.progress).toMatchObject({ done: 1, accepted: 1, open: 2 });
    expect(await problem(await ws.call(`/v1/request-items/${item.id}`, ws.key, 'PATCH', { status: 'accepted' }))).toMatchObject({
      status: 409,
      code: 'request_item_conflict',
    });
  });

  it('sends back a submitted or accepted item with a reason; without one it is 400 validation_failed', async () => {
    const portal = await ws.portal();
    const request = await ws.request(portal.id);
    const item = request.items[0]!;
    expect(await problem(await ws.call(`/v1/request-items/${item.id}`, ws.key, 'PATCH', { status: 'changes_requested' }))).toMatchObject({
      status: 400,
      code: 'validation_failed',
    });
    expect(
      await problem(
        await ws.call(`/v1/request-items/${item.id}`, ws.key, 'PATCH', { status: 'changes_requested', reason: 'Missing December.' }),
      ),
    ).toMatchObject({ status: 409, code: 'request_item_conflict' });
    await submit(item.id);
    const sent = await ws.item(item.id, { status: 'changes_requested', reason: " December's statement is missing. " });
    expect(sent.items[0]).toMatchObject({ status: 'changes_requested', reason: "December's statement is missing." });
    const [event] = await ws.events(portal.id, 'request_item.changes_requested');
    expect(event).toMatchObject({
      target: { type: 'request_item', id: item.id },
      data: { request_id: request.id, title: 'Bank statements', reason: "December's statement is missing.", from: 'submitted' },
    });
    await submit(item.id);
    await ws.item(item.id, { status: 'accepted' });
    expect((await ws.item(item.id, { status: 'changes_requested', reason: 'Wrong year.' })).items[0]).toMatchObject({
      status: 'changes_requested',
      reason: 'Wrong year.',
    });
  });

  it('reopens from any status, and sets aside from any status but accepted', async () => {
    const portal = await ws.portal();
    const request = await ws.request(portal.id);
    const item = request.items[1]!;
    expect((await ws.item(item.id, { status: 'not_applicable', note: 'Not needed this year.' })).items[1]).toMatchObject({
      status: 'not_applicable',
      note: 'Not needed this year.',
    });
    expect((await ws.item(item.id, { status: 'open' })).items[1]).toMatchObject({ status: 'open', note: null });
    await submit(item.id);
    await ws.item(item.id, { status: 'accepted' });
    expect(await problem(await ws.call(`/v1/request-items/${item.id}`, ws.key, 'PATCH', { status: 'not_applicable' }))).toMatchObject({
      status: 409,
      code: 'request_item_conflict',
    });
    expect((await ws.item(item.id, { status: 'open' })).items[1]!.status).toBe('open');
    const types = (await ws.events(portal.id)).map((e) => e.type).filter((t) => t.startsWith('request_item.'));
    expect(types).toEqual(['request_item.reopened', 'request_item.accepted', 'request_item.reopened', 'request_item.not_applicable']);
  });

  it('edits the fields of an item and records request_item.updated', async () => {
    const portal = await ws.portal();
    const request = await ws.request(portal.id);
    const item = request.items[2]!;
    const after = await ws.item(item.id, {
      title: 'Photo ID',
      description: 'Passport or licence',
      required: true,
      allowed_types: ['image/*'],
    });
    expect(after.items[2]).toMatchObject({
      title: 'Photo ID',
      description: 'Passport or licence',
      required: true,
      allowed_types: ['image/*'],
    });
    const [event] = await ws.events(portal.id, 'request_item.updated');
    expect(event?.data).toMatchObject({
      request_id: request.id,
      title: 'Photo ID',
      changed: ['title', 'description', 'required', 'allowed_types'],
    });
  });

  it('refuses a reason or a note without their status (400 validation_failed)', async () => {
    const request = await ws.request((await ws.portal()).id);
    const item = request.items[0]!;
    for (const body of [{ reason: 'x' }, { status: 'accepted', reason: 'x' }, { note: 'x' }, { status: 'open', note: 'x' }])
      expect(await problem(await ws.call(`/v1/request-items/${item.id}`, ws.key, 'PATCH', body))).toMatchObject({
        status: 400,
        code: 'validation_failed',
      });
  });
});

describe('updateRequestItem: the client', () => {
  it('sets an optional item aside with a note, and takes it back', async () => {
    const portal = await ws.portal();
    const client = await ws.client(portal.id);
    const request = await ws.request(portal.id);
    const id = request.items[2]!.id;
    const aside = await ws.item(id, { status: 'not_applicable', note: 'I have no ID to send.' }, client.token);
    expect(aside.items[2]).toMatchObject({ status: 'not_applicable', note: 'I have no ID to send.' });
    expect(aside.progress).toMatchObject({ done: 1, not_applicable: 1 });
    const [event] = await ws.events(portal.id, 'request_item.not_applicable');
    expect(event?.data).toMatchObject({ request_id: request.id, note: 'I have no ID to send.' });
    expect((await ws.item(id, { status: 'open' }, client.token)).items[2]!.status).toBe('open');
    // The client's activity shows the request's story, as it shows the portal's files.
    const activity = await ws.ok<{ data: Array<{ type: string }> }>(`/v1/portals/${portal.id}/events?limit=100`, client.token);
    expect(activity.data.map((e) => e.type)).toEqual(['request_item.reopened', 'request_item.not_applicable', 'request.created']);
  });

  it('cannot set a required item aside (409 item_required), nor one already submitted (409 request_item_conflict)', async () => {
    const portal = await ws.portal();
    const client = await ws.client(portal.id);
    const request = await ws.request(portal.id);
    expect(
      await problem(await ws.call(`/v1/request-items/${request.items[0]!.id}`, client.token, 'PATCH', { status: 'not_applicable' })),
    ).toMatchObject({ status: 409, code: 'item_required' });
    await submit(request.items[2]!.id);
    expect(
      await problem(await ws.call(`/v1/request-items/${request.items[2]!.id}`, client.token, 'PATCH', { status: 'not_applicable' })),
    ).toMatchObject({ status: 409, code: 'request_item_conflict' });
    expect(
      await problem(await ws.call(`/v1/request-items/${request.items[0]!.id}`, client.token, 'PATCH', { status: 'open' })),
    ).toMatchObject({
      status: 409,
      code: 'request_item_conflict',
    });
  });

  it("cannot touch the business's fields or reviews (403 owner_only_field)", async () => {
    const portal = await ws.portal();
    const client = await ws.client(portal.id);
    const request = await ws.request(portal.id);
    const id = request.items[0]!.id;
    await submit(id);
    for (const body of [
      { title: 'Mine now' },
      { required: false },
      { allowed_types: ['image/*'] },
      { status: 'accepted' },
      { status: 'changes_requested', reason: 'x' },
    ])
      expect(await problem(await ws.call(`/v1/request-items/${id}`, client.token, 'PATCH', body))).toMatchObject({
        status: 403,
        code: 'owner_only_field',
      });
    expect((await ws.ok<DocumentRequest>(`/v1/requests/${request.id}`, ws.key)).items[0]!.status).toBe('submitted');
  });
});

describe('completion', () => {
  it('completes when every required item is accepted (once), and reopens when one is sent back', async () => {
    const portal = await ws.portal();
    const request = await ws.request(portal.id);
    const [a, b] = [request.items[0]!.id, request.items[1]!.id];
    await submit(a);
    await submit(b);
    expect((await ws.item(a, { status: 'accepted' })).status).toBe('open');
    const done = await ws.item(b, { status: 'accepted' });
    expect(done.status).toBe('complete');
    expect(done.completed_at).not.toBeNull();
    expect(done.items[2]!.status).toBe('open'); // optional items do not hold a request open
    const reopened = await ws.item(b, { status: 'changes_requested', reason: 'Blurry.' });
    expect(reopened).toMatchObject({ status: 'open', completed_at: null });
    await submit(b);
    expect((await ws.item(b, { status: 'accepted' })).status).toBe('complete');
    const types = (await ws.events(portal.id)).map((e) => e.type).filter((t) => t === 'request.completed' || t === 'request.reopened');
    expect(types).toEqual(['request.completed', 'request.reopened', 'request.completed']);
    const [completed] = await ws.events(portal.id, 'request.completed');
    expect(completed).toMatchObject({ target: { type: 'request', id: request.id }, data: { request_id: request.id } });
  });

  it('completes a request of optional items when each is accepted or set aside', async () => {
    const portal = await ws.portal();
    const request = await ws.request(portal.id, {
      title: 'Extras',
      items: [
        { title: 'A', required: false },
        { title: 'B', required: false },
      ],
    });
    expect(request.status).toBe('open');
    await ws.item(request.items[0]!.id, { status: 'not_applicable' });
    await submit(request.items[1]!.id);
    expect((await ws.item(request.items[1]!.id, { status: 'accepted' })).status).toBe('complete');
  });

  it('counts a required item the owner set aside as done', async () => {
    const request = await ws.request((await ws.portal()).id, { title: 'Two', items: [{ title: 'A' }, { title: 'B' }] });
    await submit(request.items[0]!.id);
    await ws.item(request.items[0]!.id, { status: 'accepted' });
    expect((await ws.item(request.items[1]!.id, { status: 'not_applicable', note: 'Waived' })).status).toBe('complete');
  });

  it('lets only one of two concurrent accepts of one item through, and completes once', async () => {
    const portal = await ws.portal();
    const request = await ws.request(portal.id, { title: 'One', items: [{ title: 'A' }] });
    const id = request.items[0]!.id;
    await submit(id);
    const answers = await Promise.all([1, 2].map(() => ws.call(`/v1/request-items/${id}`, ws.key, 'PATCH', { status: 'accepted' })));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await ws.events(portal.id, 'request.completed')).toHaveLength(1);
    expect(await ws.events(portal.id, 'request_item.accepted')).toHaveLength(1);
  });

  it('completes once when the last two items are accepted at the same time', async () => {
    const portal = await ws.portal();
    const request = await ws.request(portal.id, { title: 'Two', items: [{ title: 'A' }, { title: 'B' }] });
    for (const item of request.items) await submit(item.id);
    await Promise.all(request.items.map((item) => ws.item(item.id, { status: 'accepted' })));
    expect((await ws.ok<DocumentRequest>(`/v1/requests/${request.id}`, ws.key)).status).toBe('complete');
    expect(await ws.events(portal.id, 'request.completed')).toHaveLength(1);
  });
});

describe('portal progress', () => {
  it('counts overdue items the same way as the items say, after every kind of change', async () => {
    const portal = await ws.portal();
    const past = new Date(Date.now() - 86_400_000).toISOString();
    const request = await ws.request(portal.id, { ...TAX_REQUEST, due_at: past });
    const [statements, ret, id] = request.items;
    // What overdue_items must be: required items waiting on the client in open requests past due, from the items.
    const fromItems = async () => {
      const row = await ctx.db
        .selectFrom('request_items as i')
        .innerJoin('requests as r', 'r.id', 'i.request_id')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('i.portal_id', '=', portal.id)
        .where('r.status', '=', 'open')
        .where('r.due_at', '<', new Date())
        .where('i.required', '=', true)
        .where('i.status', 'in', ['open', 'changes_requested'])
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    const check = async (expected: number) => {
      expect(await fromItems()).toBe(expected);
      const one = await ws.ok<{ requests: { overdue_items: number } }>(`/v1/portals/${portal.id}`, ws.key);
      const list = await ws.ok<{ data: Array<{ id: string; requests: { overdue_items: number } }> }>(
        '/v1/portals?requests=overdue&limit=100',
        ws.key,
      );
      const dashboard = await ws.ok<{ data: Array<{ portal: { id: string; requests: { overdue_items: number } } }> }>(
        '/v1/dashboard?limit=100',
        ws.key,
      );
      expect(one.requests.overdue_items).toBe(expected);
      expect(list.data.find((p) => p.id === portal.id)?.requests.overdue_items ?? 0).toBe(expected);
      expect(dashboard.data.find((s) => s.portal.id === portal.id)!.portal.requests.overdue_items).toBe(expected);
    };
    await check(2); // statements and the return; the ID is optional
    await ws.item(id!.id, { required: true });
    await check(3);
    await submit(statements!.id);
    await ws.item(statements!.id, { status: 'accepted' });
    await check(2);
    await ws.item(statements!.id, { status: 'changes_requested', reason: 'December is missing.' });
    await check(3);
    await ws.item(ret!.id, { status: 'not_applicable' });
    await check(2);
    await ws.call(`/v1/requests/${request.id}`, ws.key, 'PATCH', { add_items: [{ title: 'Pension letter' }] });
    await check(3);
    await ws.call(`/v1/requests/${request.id}`, ws.key, 'PATCH', { due_at: new Date(Date.now() + 86_400_000).toISOString() });
    await check(0);
    await ws.call(`/v1/requests/${request.id}`, ws.key, 'PATCH', { due_at: past });
    await check(3);
    expect((await ws.call(`/v1/requests/${request.id}`, ws.key, 'DELETE')).status).toBe(204);
    await check(0);
  });

  it('shows open, submitted and overdue items and the next due date on the portal', async () => {
    const portal = await ws.portal();
    expect(portal.requests).toEqual({ open_items: 0, submitted_items: 0, overdue_items: 0, next_due_at: null });
    const past = new Date(Date.now() - 86_400_000).toISOString();
    const late = await ws.request(portal.id, { ...TAX_REQUEST, due_at: past });
    await ws.request(portal.id, TAX_REQUEST);
    await submit(late.items[0]!.id);
    await ws.item(late.items[1]!.id, { status: 'not_applicable' }); // the owner waives it
    // Refresh the counters as a change through the API would (submit() above wrote the row directly).
    await ws.item(late.items[2]!.id, { status: 'open' });
    const read = await ws.ok<{ requests: unknown }>(`/v1/portals/${portal.id}`, ws.key);
    // Open: late's ID (optional) + the other request's 3; submitted: late's statements; overdue: none required
    // left waiting in the late request (statements submitted, return waived).
    expect(read.requests).toEqual({ open_items: 4, submitted_items: 1, overdue_items: 0, next_due_at: TAX_REQUEST.due_at });
    await ws.item(late.items[1]!.id, { status: 'open' });
    const again = await ws.ok<{ requests: unknown }>(`/v1/portals/${portal.id}`, ws.key);
    expect(again.requests).toEqual({ open_items: 5, submitted_items: 1, overdue_items: 1, next_due_at: past });
    const late2 = await ws.ok<DocumentRequest>(`/v1/requests/${late.id}`, ws.key);
    expect(late2.overdue).toBe(true);
  });
});

describe('updateRequest', () => {
  it('changes title, message and due date, adds items after the others, and records request.updated', async () => {
    const portal = await ws.portal();
    const request = await ws.request(portal.id);
    const due = new Date(Date.now() + 30 * 86_400_000).toISOString();
    const after = await ws.ok<DocumentRequest>(`/v1/requests/${request.id}`, ws.key, 'PATCH', {
      title: '2026 documents',
      message: null,
      due_at: due,
      add_items: [{ title: 'Receipts', multiple: true }],
    });
    expect(after).toMatchObject({ title: '2026 documents', message: null, due_at: due });
    expect(after.items.map((i) => i.title)).toEqual(['Bank statements', "Last year's return", 'ID', 'Receipts']);
    expect(after.progress.total).toBe(4);
    const [event] = await ws.events(portal.id, 'request.updated');
    expect(event).toMatchObject({
      target: { type: 'request', id: request.id },
      data: { request_id: request.id, changed: ['title', 'message', 'due_at', 'items'], added_items: 1, due_at: due },
    });
  });

  it('refuses more than 50 items in all with 409 too_many_items', async () => {
    const request = await ws.request((await ws.portal()).id, {
      title: 'Big',
      items: Array.from({ length: 48 }, (_, i) => ({ title: `I${i}` })),
    });
    const res = await ws.call(`/v1/requests/${request.id}`, ws.key, 'PATCH', {
      add_items: [{ title: 'a' }, { title: 'b' }, { title: 'c' }],
    });
    expect(await problem(res)).toMatchObject({ status: 409, code: 'too_many_items' });
    const ok = await ws.ok<DocumentRequest>(`/v1/requests/${request.id}`, ws.key, 'PATCH', { add_items: [{ title: 'a' }, { title: 'b' }] });
    expect(ok.items).toHaveLength(50);
  });

  it('reopens a complete request when a required item is added, not an optional one', async () => {
    const portal = await ws.portal();
    const request = await ws.request(portal.id, { title: 'One', items: [{ title: 'A' }] });
    await submit(request.items[0]!.id);
    await ws.item(request.items[0]!.id, { status: 'accepted' });
    const optional = await ws.ok<DocumentRequest>(`/v1/requests/${request.id}`, ws.key, 'PATCH', {
      add_items: [{ title: 'B', required: false }],
    });
    expect(optional.status).toBe('complete');
    const required = await ws.ok<DocumentRequest>(`/v1/requests/${request.id}`, ws.key, 'PATCH', { add_items: [{ title: 'C' }] });
    expect(required).toMatchObject({ status: 'open', completed_at: null });
    expect(await ws.events(portal.id, 'request.reopened')).toHaveLength(1);
  });

  it('clears the overdue mark when the due date moves, and stops reminders of a complete request', async () => {
    const request = await ws.request((await ws.portal()).id, {
      title: 'Late',
      due_at: new Date(Date.now() - 86_400_000).toISOString(),
      items: [{ title: 'A' }],
    });
    await ctx.db
      .updateTable('requests')
      .set({ overdue_recorded_at: new Date(), next_reminder_at: new Date() })
      .where('id', '=', request.id)
      .execute();
    await ws.ok(`/v1/requests/${request.id}`, ws.key, 'PATCH', { message: 'Same date' });
    let row = await ctx.db.selectFrom('requests').selectAll().where('id', '=', request.id).executeTakeFirstOrThrow();
    expect(row.overdue_recorded_at).not.toBeNull();
    await ws.ok(`/v1/requests/${request.id}`, ws.key, 'PATCH', { due_at: new Date(Date.now() + 86_400_000).toISOString() });
    row = await ctx.db.selectFrom('requests').selectAll().where('id', '=', request.id).executeTakeFirstOrThrow();
    expect(row.overdue_recorded_at).toBeNull();
    await submit(request.items[0]!.id);
    await ws.item(request.items[0]!.id, { status: 'accepted' });
    row = await ctx.db.selectFrom('requests').selectAll().where('id', '=', request.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'complete', next_reminder_at: null });
  });

  it('is owner-only, and 404 once the request is deleted', async () => {
    const portal = await ws.portal();
    const client = await ws.client(portal.id);
    const request = await ws.request(portal.id);
    for (const [method, body] of [
      ['PATCH', { title: 'x' }],
      ['DELETE', undefined],
    ] as const)
      expect(await problem(await ws.call(`/v1/requests/${request.id}`, client.token, method, body))).toMatchObject({
        status: 404,
        code: 'not_found',
      });
    expect((await ws.call(`/v1/requests/${request.id}`, ws.key, 'DELETE')).status).toBe(204);
    expect(await problem(await ws.call(`/v1/requests/${request.id}`, ws.key, 'PATCH', { title: 'x' }))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
    expect(await problem(await ws.call(`/v1/request-items/${request.items[0]!.id}`, ws.key, 'PATCH', { status: 'open' }))).toMatchObject({
      status: 404,
      code: 'not_found',
    });
  });
});
