// The fake's document requests, for <foyer-portal>'s checklist: what a scenario describes (`requests`) becomes
// the contract's `DocumentRequest`s, and the calls a client makes are answered by the rules openapi.yaml states
// for them — `listPortalRequests`, `getRequest`, `updateRequestItem` (a client's moves only) and an upload with
// a `request_item_id` (type check, 415 `file_type_not_allowed`, 409 on an accepted item, a one-file item's
// re-send as a new version).
import type { Schema } from '@foyer/sdk';
import { json, nextNumber, page, problem, reply, type FakeContext } from './respond.ts';
import { fakeId, type FakeRequest } from './scenario.ts';

type DocumentRequest = Schema<'DocumentRequest'>;
type RequestItem = Schema<'RequestItem'>;
type File = Schema<'File'>;

/** What the module needs of a portal's state in fake-api.ts. */
export interface RequestsState {
  id: string;
  name?: string;
  requests: DocumentRequest[];
  files: File[];
}

/** The scenario's requests as the contract's, their files made with `attach` (a file of the portal, by name). */
export function buildRequests(state: RequestsState, specs: FakeRequest[], attach: (name: string) => File): DocumentRequest[] {
  return specs.map((spec) => {
    const id = fakeId('req', nextNumber());
    const now = new Date().toISOString();
    const request: DocumentRequest = {
      id,
      portal_id: state.id,
      portal_name: state.name ?? '2026 tax return',
      title: spec.title,
      message: spec.message ?? null,
      due_at: spec.due_at ?? null,
      status: 'open',
      overdue: false,
      template_id: null,
      items: spec.items.map((item) => ({
        id: fakeId('rqi', nextNumber()),
        request_id: id,
        title: item.title,
        description: item.description ?? null,
        required: item.required ?? true,
        multiple: item.multiple ?? false,
        allowed_types: item.allowed_types ?? [],
        status: item.status ?? (item.files?.length ? 'submitted' : 'open'),
        reason: item.reason ?? null,
        note: item.note ?? null,
        files: (item.files ?? []).map(attach),
        submitted_at: item.files?.length ? now : null,
        updated_at: now,
      })),
      progress: { total: 0, done: 0, open: 0, submitted: 0, accepted: 0, changes_requested: 0, not_applicable: 0 },
      created_at: now,
      updated_at: now,
      completed_at: null,
    };
    return settle(request);
  });
}

/** Counts, status and `overdue` from the items, as the service keeps them. */
function settle(request: DocumentRequest): DocumentRequest {
  const count = (status: RequestItem['status']) => request.items.filter((i) => i.status === status).length;
  const progress = {
    total: request.items.length,
    done: count('submitted') + count('accepted') + count('not_applicable'),
    open: count('open'),
    submitted: count('submitted'),
    accepted: count('accepted'),
    changes_requested: count('changes_requested'),
    not_applicable: count('not_applicable'),
  };
  const required = request.items.filter((i) => i.required);
  const complete = required.every((i) => i.status === 'accepted');
  const waiting = required.some((i) => i.status === 'open' || i.status === 'changes_requested');
  Object.assign(request, {
    progress,
    status: complete ? 'complete' : 'open',
    completed_at: complete ? (request.completed_at ?? new Date().toISOString()) : null,
    overdue: !complete && waiting && request.due_at !== null && Date.parse(request.due_at) < Date.now(),
    updated_at: new Date().toISOString(),
  });
  return request;
}

/** The portal's `requests` object: what its open requests wait for. */
export function portalProgress(state: RequestsState): Schema<'PortalRequestProgress'> {
  const open = state.requests.filter((r) => r.status === 'open');
  const items = open.flatMap((r) => r.items);
  const waiting = (i: RequestItem) => i.status === 'open' || i.status === 'changes_requested';
  const due = open
    .filter((r) => r.due_at && r.items.some(waiting))
    .map((r) => r.due_at!)
    .sort();
  return {
    open_items: items.filter(waiting).length,
    submitted_items: items.filter((i) => i.status === 'submitted').length,
    overdue_items: open.filter((r) => r.overdue).flatMap((r) => r.items.filter((i) => i.required && waiting(i))).length,
    next_due_at: due[0] ?? null,
  };
}

function findItem(state: RequestsState, itemId: string): { request: DocumentRequest; item: RequestItem } | undefined {
  for (const request of state.requests) {
    const item = request.items.find((i) => i.id === itemId);
    if (item) return { request, item };
  }
  return undefined;
}

/** `listPortalRequests`, `getRequest` and `updateRequestItem` of a client of `state`; false for another path. */
export async function requestCall(ctx: FakeContext, state: RequestsState & { requestsStatus?: 500 }): Promise<boolean> {
  let m: RegExpExecArray | null;
  if ((m = /^\/v1\/portals\/([^/]+)\/requests$/.exec(ctx.path)) && m[1] === state.id && ctx.method === 'GET') {
    if (state.requestsStatus) problem(ctx, 'listPortalRequests', state.requestsStatus, 'internal_error', 'Something broke');
    else {
      const status = ctx.query.status;
      reply(
        ctx,
        'listPortalRequests',
        200,
        page(
          ctx,
          state.requests.filter((r) => !status || r.status === status),
        ),
      );
    }
    return true;
  }
  if ((m = /^\/v1\/requests\/([^/]+)$/.exec(ctx.path)) && ctx.method === 'GET') {
    const request = state.requests.find((r) => r.id === m![1]);
    if (request) reply(ctx, 'getRequest', 200, request);
    else problem(ctx, 'getRequest', 404, 'not_found', 'Not found');
    return true;
  }
  if ((m = /^\/v1\/request-items\/([^/]+)$/.exec(ctx.path)) && ctx.method === 'PATCH') {
    await updateItem(ctx, state, m[1]!);
    return true;
  }
  return false;
}

/** A client's moves: `not_applicable` (optional items that are open or sent back), `open` to undo it. */
async function updateItem(ctx: FakeContext, state: RequestsState, itemId: string): Promise<void> {
  const operation = 'updateRequestItem';
  const found = findItem(state, itemId);
  if (!found) return problem(ctx, operation, 404, 'not_found', 'Not found');
  const { request, item } = found;
  const body = await json<Schema<'RequestItemUpdate'>>(ctx.req);
  const { status, note } = body;
  if (status === 'not_applicable') {
    if (item.required) return problem(ctx, operation, 409, 'item_required', 'This item is required: it cannot be set aside.');
    if (item.status !== 'open' && item.status !== 'changes_requested')
      return problem(ctx, operation, 409, 'request_item_conflict', `Only an open item can be set aside; this one is ${item.status}.`);
    Object.assign(item, { status, note: note ?? null });
  } else if (status === 'open') {
    if (item.status !== 'not_applicable')
      return problem(ctx, operation, 409, 'request_item_conflict', `Only an item set aside can be reopened; this one is ${item.status}.`);
    Object.assign(item, { status, note: null });
  } else {
    // Reviews and edits are the business's; the widget never sends them.
    return problem(ctx, operation, 403, 'owner_only_field', 'Only the business can review or edit an item.');
  }
  item.updated_at = new Date().toISOString();
  return reply(ctx, operation, 200, settle(request));
}

/** The type the service would detect from the first bytes (it never trusts the client's). */
export function sniff(bytes: Buffer): string {
  const head = bytes.subarray(0, 8).toString('latin1');
  if (head.startsWith('%PDF')) return 'application/pdf';
  if (head.startsWith('PK\x03\x04')) return 'application/zip';
  if (head.startsWith('\x89PNG')) return 'image/png';
  if (head.startsWith('\xff\xd8\xff')) return 'image/jpeg';
  return 'application/octet-stream';
}

const allows = (allowed: string[], type: string) =>
  !allowed.length || allowed.some((a) => a === type || (a.endsWith('/*') && type.startsWith(a.slice(0, -1))));

// The service's wording (service/src/modules/requests/allowed-types.ts), for the types these tests use.
const MANY: Record<string, string> = { 'application/pdf': 'PDF documents', 'image/*': 'images' };
const ONE: Record<string, string> = { 'application/pdf': 'a PDF document', 'application/zip': 'a ZIP archive' };
const named = (words: Record<string, string>, type: string) => (words[type] ? `${words[type]} (${type})` : type);

/**
 * An upload with a `request_item_id`: refused as the service refuses it, or attached — to a one-file item
 * that has its file, as that file's new version. `make` creates a new file of the portal.
 */
export function uploadToItem(ctx: FakeContext, state: RequestsState, itemId: string, type: string, make: () => File): void {
  const operation = 'uploadFile';
  const found = findItem(state, itemId);
  if (!found) return problem(ctx, operation, 404, 'not_found', 'Not found');
  const { request, item } = found;
  if (item.status === 'accepted')
    return problem(ctx, operation, 409, 'request_item_conflict', 'This item was accepted: it takes no more files.');
  if (!allows(item.allowed_types, type))
    return problem(
      ctx,
      operation,
      415,
      'file_type_not_allowed',
      `${item.title} accepts ${item.allowed_types.map((t) => named(MANY, t)).join(' or ')}; this file is ${named(ONE, type)}.`,
    );
  let file: File;
  const existing = item.multiple ? undefined : item.files[0];
  if (existing) {
    existing.version_count++;
    existing.current_version = { ...existing.current_version, version: existing.version_count, content_type: type };
    existing.updated_at = new Date().toISOString();
    file = existing;
  } else {
    file = make();
    file.current_version.content_type = type;
    item.files.push(file);
  }
  item.status = 'submitted';
  item.submitted_at = item.updated_at = new Date().toISOString();
  settle(request);
  return reply(ctx, operation, 201, file);
}
