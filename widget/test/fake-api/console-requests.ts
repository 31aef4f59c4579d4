// The fake API's answers to the console's document requests: the workspace's requests (`extra.requests`,
// DocumentRequest objects as a test describes them, see test/console-requests-support.ts) and templates
// (`extra.templates`). Every answer first settles what the service derives — each request's progress,
// status and `overdue`, each portal's `requests` progress — so a test may describe items by status only.
// The portal list, the dashboard and a portal read go through the same settling; they answer as their own
// modules do.
import type { ErrorCode, Schema } from '@foyer/sdk';
import type { ConsoleHandler, ConsoleHandlers, ConsoleRequest, ConsoleWorkspace } from './console.ts';
import { portalPageHandlers } from './console-portal.ts';
import { shellHandlers } from './console-shell.ts';
import { nextNumber, page, problem, reply } from './respond.ts';
import { fakeId } from './scenario.ts';

type DocumentRequest = Schema<'DocumentRequest'>;
type RequestItem = Schema<'RequestItem'>;
type RequestTemplate = Schema<'RequestTemplate'>;
type ItemSpec = Schema<'RequestItemSpec'>;

export interface RequestsExtra {
  requests?: DocumentRequest[];
  templates?: RequestTemplate[];
}

const now = () => new Date().toISOString();
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const waitingOnClient = (i: RequestItem) => i.status === 'open' || i.status === 'changes_requested';

function extraOf(ws: ConsoleWorkspace): Required<RequestsExtra> {
  const extra = ws.extra as RequestsExtra;
  return { requests: (extra.requests ??= []), templates: (extra.templates ??= []) };
}

/** What the service derives from the items: progress, status, overdue. */
function settle(r: DocumentRequest): void {
  const count = (status: RequestItem['status']) => r.items.filter((i) => i.status === status).length;
  const done = r.items.filter((i) => ['submitted', 'accepted', 'not_applicable'].includes(i.status)).length;
  r.progress = {
    total: r.items.length,
    done,
    open: count('open'),
    submitted: count('submitted'),
    accepted: count('accepted'),
    changes_requested: count('changes_requested'),
    not_applicable: count('not_applicable'),
  };
  // Every required item accepted or set aside; a request of optional items only, every item.
  const required = r.items.filter((i) => i.required);
  const complete = (required.length ? required : r.items).every((i) => i.status === 'accepted' || i.status === 'not_applicable');
  if (complete && r.status === 'open') r.completed_at = now();
  r.status = complete ? 'complete' : 'open';
  if (!complete) r.completed_at = null;
  r.overdue = !complete && !!r.due_at && Date.parse(r.due_at) < Date.now() && r.items.some((i) => i.required && waitingOnClient(i));
}

/**
 * Settles every request and each portal's `requests` progress, as the service keeps them. A workspace that
 * describes no requests keeps the progress its portals were given (the dashboard's tests set it directly).
 */
function settleAll(ws: ConsoleWorkspace): DocumentRequest[] {
  if (!(ws.extra as RequestsExtra).requests) return [];
  const { requests } = extraOf(ws);
  requests.forEach(settle);
  for (const summary of ws.portals) {
    const open = requests.filter((r) => r.portal_id === summary.portal.id && r.status === 'open');
    const items = open.flatMap((r) => r.items);
    const dues = open.filter((r) => r.due_at && r.items.some((i) => i.required && waitingOnClient(i))).map((r) => r.due_at!);
    summary.portal.requests = {
      open_items: items.filter(waitingOnClient).length,
      submitted_items: items.filter((i) => i.status === 'submitted').length,
      overdue_items: open.filter((r) => r.overdue).flatMap((r) => r.items.filter((i) => i.required && waitingOnClient(i))).length,
      next_due_at: dues.sort()[0] ?? null,
    };
  }
  return requests;
}

function item(requestId: string, spec: ItemSpec): RequestItem {
  return {
    id: fakeId('rqi', nextNumber()),
    request_id: requestId,
    title: spec.title,
    description: spec.description ?? null,
    required: spec.required ?? true,
    multiple: spec.multiple ?? false,
    allowed_types: spec.allowed_types ?? [],
    status: 'open',
    reason: null,
    note: null,
    files: [],
    submitted_at: null,
    updated_at: now(),
  };
}

function newRequest(
  ws: ConsoleWorkspace,
  portal: Schema<'Portal'>,
  input: { title: string; message?: string | null; due_at?: string | null; items: ItemSpec[] },
  templateId: string | null,
): DocumentRequest {
  const id = fakeId('req', nextNumber());
  const request: DocumentRequest = {
    id,
    portal_id: portal.id,
    portal_name: portal.name,
    title: input.title,
    message: input.message ?? null,
    due_at: input.due_at ?? null,
    status: 'open',
    overdue: false,
    template_id: templateId,
    items: input.items.map((spec) => item(id, spec)),
    progress: { total: 0, done: 0, open: 0, submitted: 0, accepted: 0, changes_requested: 0, not_applicable: 0 },
    created_at: now(),
    updated_at: now(),
    completed_at: null,
  };
  extraOf(ws).requests.push(request);
  settleAll(ws);
  return request;
}

const portalOf = (ws: ConsoleWorkspace, id: string | undefined) => ws.portals.find((s) => s.portal.id === id)?.portal;

/** The owner's moves of `updateRequestItem`, from which statuses each may start (see its description in openapi.yaml). */
const MOVES: Record<string, RequestItem['status'][]> = {
  accepted: ['submitted'],
  changes_requested: ['submitted', 'accepted'],
  open: ['open', 'submitted', 'accepted', 'changes_requested', 'not_applicable'],
  not_applicable: ['open', 'submitted', 'changes_requested', 'not_applicable'],
};

/** Another module's handler, run after settling everything, so it answers the derived fields too. */
const settled =
  (handler: ConsoleHandler | undefined): ConsoleHandler =>
  (r) => {
    settleAll(r.ws);
    return handler?.(r);
  };

function onRequest(
  operation: 'getRequest' | 'updateRequest' | 'deleteRequest',
  answer: (r: ConsoleRequest, request: DocumentRequest) => void,
): ConsoleHandler {
  return (r) => {
    const request = settleAll(r.ws).find((x) => x.id === r.params.request_id);
    if (!request) return problem(r.ctx, operation, 404, 'not_found', 'Not found');
    answer(r, request);
  };
}

function onTemplate(
  operation: 'getRequestTemplate' | 'updateRequestTemplate' | 'deleteRequestTemplate' | 'applyRequestTemplate',
  answer: (r: ConsoleRequest, template: RequestTemplate) => void,
): ConsoleHandler {
  return (r) => {
    const template = extraOf(r.ws).templates.find((t) => t.id === r.params.request_template_id);
    if (!template) return problem(r.ctx, operation, 404, 'not_found', 'Not found');
    answer(r, template);
  };
}

const templateItems = (items: ItemSpec[]): RequestTemplate['items'] =>
  items.map((i) => ({
    title: i.title,
    description: i.description ?? null,
    required: i.required ?? true,
    multiple: i.multiple ?? false,
    allowed_types: i.allowed_types ?? [],
  }));

export const requestHandlers: ConsoleHandlers = {
  getDashboard: settled(shellHandlers.getDashboard),
  getPortal: settled(portalPageHandlers.getPortal),

  listPortals: ({ ctx, ws }) => {
    settleAll(ws);
    const { status, requests } = ctx.query;
    const matches = (p: Schema<'Portal'>) =>
      (!status || p.status === status) &&
      (requests === 'overdue'
        ? p.requests.overdue_items > 0
        : requests === 'waiting_on_client'
          ? p.requests.open_items > 0
          : requests === 'to_review'
            ? p.requests.submitted_items > 0
            : true);
    const portals = ws.portals.map((s) => s.portal).filter(matches);
    reply(
      ctx,
      'listPortals',
      200,
      page(
        ctx,
        portals.sort((a, b) => b.created_at.localeCompare(a.created_at)),
      ),
    );
  },

  listPortalRequests: ({ ctx, ws, params }) => {
    if (!portalOf(ws, params.portal_id)) return problem(ctx, 'listPortalRequests', 404, 'not_found', 'Not found');
    const status = text(ctx.query.status);
    const list = settleAll(ws)
      .filter((r) => r.portal_id === params.portal_id && (!status || r.status === status))
      .sort((a, b) => b.created_at.localeCompare(a.created_at));
    reply(ctx, 'listPortalRequests', 200, page(ctx, list));
  },

  createRequest: ({ ctx, ws, params, body }) => {
    const portal = portalOf(ws, params.portal_id);
    if (!portal) return problem(ctx, 'createRequest', 404, 'not_found', 'Not found');
    if (portal.status === 'archived') return problem(ctx, 'createRequest', 409, 'portal_archived', 'The portal is archived.');
    reply(ctx, 'createRequest', 201, newRequest(ws, portal, body as Schema<'DocumentRequestCreate'>, null));
  },

  listRequests: ({ ctx, ws }) => {
    const { status, waiting, sort } = ctx.query;
    const list = settleAll(ws).filter(
      (r) =>
        (!status || r.status === status) &&
        (waiting === 'client' ? r.items.some(waitingOnClient) : waiting === 'us' ? r.items.some((i) => i.status === 'submitted') : true),
    );
    if (sort === '-created_at') list.sort((a, b) => b.created_at.localeCompare(a.created_at));
    // Earliest due first, no due date last; ties by portal name.
    else {
      const due = (r: DocumentRequest) => r.due_at ?? '9999';
      list.sort((a, b) => (due(a) < due(b) ? -1 : due(a) > due(b) ? 1 : a.portal_name.localeCompare(b.portal_name)));
    }
    reply(ctx, 'listRequests', 200, page(ctx, list));
  },

  getRequest: onRequest('getRequest', ({ ctx }, request) => reply(ctx, 'getRequest', 200, request)),

  updateRequest: onRequest('updateRequest', ({ ctx, ws, body }, request) => {
    const { add_items, ...change } = body as Schema<'DocumentRequestUpdate'>;
    Object.assign(request, change, { updated_at: now() });
    request.items.push(...(add_items ?? []).map((spec) => item(request.id, spec)));
    settleAll(ws);
    reply(ctx, 'updateRequest', 200, request);
  }),

  deleteRequest: onRequest('deleteRequest', ({ ctx, ws }, request) => {
    const extra = extraOf(ws);
    (ws.extra as RequestsExtra).requests = extra.requests.filter((r) => r !== request);
    settleAll(ws);
    reply(ctx, 'deleteRequest', 204, undefined);
  }),

  updateRequestItem: ({ ctx, ws, params, body }) => {
    const request = settleAll(ws).find((r) => r.items.some((i) => i.id === params.request_item_id));
    const found = request?.items.find((i) => i.id === params.request_item_id);
    if (!request || !found) return problem(ctx, 'updateRequestItem', 404, 'not_found', 'Not found');
    const { status, reason, note, ...edit } = body as Schema<'RequestItemUpdate'>;
    if (status === 'changes_requested' && !reason)
      return problem(ctx, 'updateRequestItem', 400, 'validation_failed', 'Say why the item is sent back.');
    if (status && !MOVES[status]!.includes(found.status))
      return problem(ctx, 'updateRequestItem', 409, 'request_item_conflict', `The item is ${found.status}; it cannot become ${status}.`);
    Object.assign(found, edit, { updated_at: now() });
    if (status) found.status = status;
    if (status === 'changes_requested') found.reason = reason!;
    if (status === 'not_applicable') found.note = note ?? null;
    settleAll(ws);
    reply(ctx, 'updateRequestItem', 200, request);
  },

  listRequestTemplates: ({ ctx, ws }) =>
    reply(
      ctx,
      'listRequestTemplates',
      200,
      page(
        ctx,
        [...extraOf(ws).templates].sort((a, b) => a.name.localeCompare(b.name)),
      ),
    ),

  createRequestTemplate: ({ ctx, ws, body }) => {
    const create = body as Schema<'RequestTemplateCreate'>;
    const template: RequestTemplate = {
      id: fakeId('rqt', nextNumber()),
      name: create.name,
      message: create.message ?? null,
      items: templateItems(create.items),
      created_at: now(),
      updated_at: now(),
    };
    extraOf(ws).templates.push(template);
    reply(ctx, 'createRequestTemplate', 201, template);
  },

  getRequestTemplate: onTemplate('getRequestTemplate', ({ ctx }, template) => reply(ctx, 'getRequestTemplate', 200, template)),

  updateRequestTemplate: onTemplate('updateRequestTemplate', ({ ctx, body }, template) => {
    const { items, ...change } = body as Schema<'RequestTemplateUpdate'>;
    Object.assign(template, change, items ? { items: templateItems(items) } : {}, { updated_at: now() });
    reply(ctx, 'updateRequestTemplate', 200, template);
  }),

  deleteRequestTemplate: onTemplate('deleteRequestTemplate', ({ ctx, ws }, template) => {
    const extra = extraOf(ws);
    (ws.extra as RequestsExtra).templates = extra.templates.filter((t) => t !== template);
    for (const r of extra.requests) if (r.template_id === template.id) r.template_id = null;
    reply(ctx, 'deleteRequestTemplate', 204, undefined);
  }),

  applyRequestTemplate: onTemplate('applyRequestTemplate', ({ ctx, ws, body }, template) => {
    const apply = body as Schema<'RequestTemplateApply'>;
    const failed = (portal_id: string, code: ErrorCode, detail: string) =>
      ({ portal_id, status: 'failed', request_id: null, error: { code, detail } }) as const;
    const data = apply.portal_ids.map((id) => {
      const portal = portalOf(ws, id);
      if (!portal) return failed(id, 'not_found', 'This workspace has no such portal.');
      if (portal.status === 'archived') return failed(id, 'portal_archived', 'The portal is archived.');
      const open = extraOf(ws).requests.find((r) => r.portal_id === id && r.template_id === template.id && r.status === 'open');
      if (open) return { portal_id: id, status: 'exists', request_id: open.id, error: null } as const;
      const input = { title: template.name, message: apply.message ?? template.message, due_at: apply.due_at, items: template.items };
      return { portal_id: id, status: 'created', request_id: newRequest(ws, portal, input, template.id).id, error: null } as const;
    });
    const counts = { created: 0, exists: 0, failed: 0 };
    for (const result of data) counts[result.status]++;
    reply(ctx, 'applyRequestTemplate', 200, { data, counts });
  }),
};
