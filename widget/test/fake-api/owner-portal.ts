// The fake API's owner side of one portal, for the console's portal page (`<foyer-console-portal>`): a test
// describes the portal with `PUT /__fake/owner-portals/{id}` (owner-portal-scenario.ts); every call with that
// portal's owner token is answered here, within the contract (respond.ts checks each answer against
// openapi.yaml). Calls with any other credential pass through to the other modules of the fake.
import type { ErrorCode, OperationId, Schema } from '@foyer/sdk';
import { fakeId } from './scenario.ts';
import { json, nextNumber, page, problem, readBody, reply, sleep, takeViolations, violation, type FakeContext } from './respond.ts';
import { portalOfOwnerToken, type OwnerPortalScenario } from './owner-portal-scenario.ts';
import { OWNER, addFile, addRequest, build, decision, now, summarize, version, type State } from './owner-portal-state.ts';

type File = Schema<'File'>;
type Member = Schema<'Member'>;
type Comment = Schema<'Comment'>;
type ApprovalRequest = Schema<'ApprovalRequest'>;
type Decision = Schema<'Decision'>;

const states = new Map<string, State>();
const CODES: Record<number, ErrorCode> = { 403: 'owner_role_required', 404: 'not_found', 500: 'internal_error' };

/**
 * `/__fake/owner-portals/{id}`: PUT describes the portal (answers the ids of its files and members), GET reads
 * it back, `…/events` (PUT) replaces its audit trail, `…/decide` plays the client deciding.
 */
async function control(ctx: FakeContext): Promise<void> {
  ctx.type = 'application/json';
  const rest = ctx.path.slice('/__fake/owner-portals/'.length);
  if (rest === 'violations') {
    ctx.body = JSON.stringify(takeViolations());
    return;
  }
  const [id = '', action] = rest.split('/');
  if (ctx.method === 'PUT' && !action) {
    const state = build(id, await json<OwnerPortalScenario>(ctx.req));
    states.set(id, state);
    ctx.body = JSON.stringify({ files: state.files.map((f) => f.id), members: state.members.map((m) => m.id) });
    return;
  }
  const state = states.get(id);
  if (state && action === 'events' && ctx.method === 'PUT') state.events = await json<Schema<'Event'>[]>(ctx.req);
  if (state && action === 'decide') {
    // The client (the first member) decides on the file's latest pending request.
    const { file, decision: kind } = await json<{ file: string; decision: Decision['decision'] }>(ctx.req);
    const request = state.approvals
      .filter((r) => r.status === 'pending' && state.files.find((f) => f.id === r.file_id)?.name === file)
      .at(-1);
    if (request) {
      request.decisions.push(decision(state, request, kind));
      request.status = kind === 'approve' ? 'approved' : 'changes_requested';
      request.updated_at = now();
      summarize(state, request.file_id);
    }
  }
  ctx.body = JSON.stringify(state ?? null);
}

/** Routes one call of the owner: `[operation, answer]`, or undefined when it is not a call this fake knows. */
function route(ctx: FakeContext, state: State): [OperationId, () => Promise<void> | void] | undefined {
  const { method, path } = ctx;
  const portalId = state.portal.id;
  let m: RegExpExecArray | null;
  if ((m = /^\/v1\/portals\/([^/]+)(?:\/([a-z-]+))?(?:\/([^/]+))?$/.exec(path)) && m[1] === portalId) {
    const [, , sub = '', item] = m;
    const key = `${method} ${sub}${item ? '/:id' : ''}`;
    const ops: Record<string, [OperationId, () => Promise<void> | void]> = {
      'GET ': ['getPortal', () => reply(ctx, 'getPortal', 200, state.portal)],
      'PATCH ': ['updatePortal', () => updatePortal(ctx, state)],
      'DELETE ': ['deletePortal', () => ((state.deleted = true), reply(ctx, 'deletePortal', 204, undefined))],
      'POST seen': ['markPortalSeen', () => (state.seen++, reply(ctx, 'markPortalSeen', 204, undefined))],
      'POST access-link': [
        'rotateAccessLink',
        () => reply(ctx, 'rotateAccessLink', 201, { url: `${state.portal.url}#k=${'K'.repeat(30)}${nextNumber()}` }),
      ],
      'GET files': ['listFiles', () => reply(ctx, 'listFiles', 200, page(ctx, state.files))],
      'POST files': ['uploadFile', () => upload(ctx, state)],
      'GET members': [
        'listMembers',
        () =>
          reply(
            ctx,
            'listMembers',
            200,
            page(
              ctx,
              state.members.filter((x) => !ctx.query.status || x.status === ctx.query.status),
            ),
          ),
      ],
      'POST members': ['addMember', () => addMember(ctx, state)],
      'DELETE members/:id': ['revokeMember', () => revokeMember(ctx, state, item!)],
      'GET sessions': ['listSessions', () => reply(ctx, 'listSessions', 200, page(ctx, state.sessions))],
      'POST sign-in-links': ['createSignInLink', () => signInLink(ctx, state)],
      'GET events': ['listPortalEvents', () => reply(ctx, 'listPortalEvents', 200, page(ctx, events(ctx, state)))],
    };
    return ops[key];
  }
  if ((m = /^\/v1\/files\/([^/]+)(?:\/([a-z-]+))?$/.exec(path))) {
    const file = state.files.find((f) => f.id === m![1]);
    const key = `${method} ${m[2] ?? ''}`;
    const op = (
      {
        'GET ': 'getFile',
        'PATCH ': 'updateFile',
        'DELETE ': 'deleteFile',
        'GET versions': 'listFileVersions',
        'POST versions': 'uploadFileVersion',
        'GET content': 'downloadFile',
        'GET comments': 'listComments',
        'POST comments': 'createComment',
        'GET approval-requests': 'listApprovalRequests',
        'POST approval-requests': 'createApprovalRequest',
      } as const
    )[key];
    if (!op) return undefined;
    if (!file) return [op, () => problem(ctx, op, 404, 'not_found', 'Not found')];
    return [op, () => fileCall(ctx, state, file, op)];
  }
  if ((m = /^\/v1\/comments\/([^/]+)$/.exec(path)) && method === 'PATCH') return ['updateComment', () => updateComment(ctx, state, m![1]!)];
  if ((m = /^\/v1\/sessions\/([^/]+)$/.exec(path)) && method === 'DELETE') {
    const id = m[1];
    return [
      'revokeSession',
      () => {
        const before = state.sessions.length;
        state.sessions = state.sessions.filter((s) => s.id !== id);
        if (before === state.sessions.length) return problem(ctx, 'revokeSession', 404, 'not_found', 'Not found');
        reply(ctx, 'revokeSession', 204, undefined);
      },
    ];
  }
  if ((m = /^\/v1\/approval-requests\/([^/]+)(\/record)?$/.exec(path))) {
    const request = state.approvals.find((r) => r.id === m![1]);
    const op = m[2] ? 'getApprovalRecord' : method === 'DELETE' ? 'cancelApprovalRequest' : 'getApprovalRequest';
    if (!request) return [op, () => problem(ctx, op, 404, 'not_found', 'Not found')];
    if (op === 'getApprovalRecord') return [op, () => record(ctx, state, request)];
    if (op === 'cancelApprovalRequest')
      return [op, () => ((request.status = 'canceled'), summarize(state, request.file_id), reply(ctx, op, 204, undefined))];
    return [op, () => reply(ctx, op, 200, request)];
  }
  return undefined;
}

function events(ctx: FakeContext, state: State): Schema<'Event'>[] {
  const { type, actor } = ctx.query;
  return state.events.filter((e) => (!type || e.type === type) && (!actor || e.actor.id === actor));
}

async function updatePortal(ctx: FakeContext, state: State): Promise<void> {
  const body = await json<Schema<'PortalUpdate'>>(ctx.req);
  state.calls.push({ operation: 'updatePortal', path: ctx.path, body });
  Object.assign(state.portal, body, { updated_at: now() });
  reply(ctx, 'updatePortal', 200, state.portal);
}

async function upload(ctx: FakeContext, state: State): Promise<void> {
  if (state.scenario.uploadDelay) await sleep(state.scenario.uploadDelay);
  const body = await readBody(ctx.req).catch(() => undefined);
  // A canceled upload: the browser closed the connection before the body arrived.
  if (!body) return problem(ctx, 'uploadFile', 400, 'malformed_upload', 'The upload was cut off');
  const text = body.toString('latin1');
  const name = /name="name"\r\n\r\n([^\r]*)/.exec(text)?.[1] ?? /filename="([^"]*)"/.exec(text)?.[1] ?? 'upload';
  const file = addFile(state, Buffer.from(name, 'latin1').toString('utf8'), body.length, OWNER);
  state.calls.push({ operation: 'uploadFile', path: ctx.path, body: { name: file.name } });
  reply(ctx, 'uploadFile', 201, file);
}

async function addMember(ctx: FakeContext, state: State): Promise<void> {
  const body = await json<Schema<'MemberCreate'>>(ctx.req);
  state.calls.push({ operation: 'addMember', path: ctx.path, body });
  const member: Member = {
    id: fakeId('mem', nextNumber()),
    portal_id: state.portal.id,
    email: body.email,
    name: body.name ?? null,
    status: 'active',
    verified: false,
    notifications: 'all',
    last_seen_at: null,
    created_at: now(),
  };
  state.members.unshift(member);
  reply(ctx, 'addMember', 201, member);
}

function revokeMember(ctx: FakeContext, state: State, memberId: string): void {
  const member = state.members.find((x) => x.id === memberId);
  if (!member) return problem(ctx, 'revokeMember', 404, 'not_found', 'Not found');
  member.status = 'revoked';
  state.sessions = state.sessions.filter((s) => s.member.id !== memberId);
  state.calls.push({ operation: 'revokeMember', path: ctx.path });
  reply(ctx, 'revokeMember', 204, undefined);
}

async function signInLink(ctx: FakeContext, state: State): Promise<void> {
  const body = await json<Schema<'SignInLinkCreate'>>(ctx.req);
  if (!state.members.some((x) => x.id === body.member_id)) return problem(ctx, 'createSignInLink', 404, 'not_found', 'Not found');
  state.calls.push({ operation: 'createSignInLink', path: ctx.path, body });
  const token = `${'T'.repeat(30)}${String(nextNumber()).padStart(13, '0')}`;
  reply(ctx, 'createSignInLink', 201, {
    url: `http://portal.test/p/${state.portal.id}/verify#token=${token}`,
    expires_at: new Date(Date.now() + 7 * 86400e3).toISOString(),
  });
}

async function updateComment(ctx: FakeContext, state: State, id: string): Promise<void> {
  const comment = state.comments.find((c) => c.id === id);
  if (!comment) return problem(ctx, 'updateComment', 404, 'not_found', 'Not found');
  const body = await json<Schema<'CommentUpdate'>>(ctx.req);
  state.calls.push({ operation: 'updateComment', path: ctx.path, body });
  if (body.resolved !== undefined) Object.assign(comment, { resolved: body.resolved, resolved_at: body.resolved ? now() : null });
  if (body.body) Object.assign(comment, { body: body.body, edited_at: now() });
  reply(ctx, 'updateComment', 200, comment);
}

function record(ctx: FakeContext, state: State, request: ApprovalRequest): void {
  const file = state.files.find((f) => f.id === request.file_id)!;
  reply(ctx, 'getApprovalRecord', 200, {
    record_version: 1,
    approval_request: {
      id: request.id,
      status: request.status,
      rule: request.rule,
      message: request.message,
      due_at: request.due_at,
      created_at: request.created_at,
    },
    file: {
      id: file.id,
      name: file.name,
      version: request.version,
      sha256: request.sha256,
      size: file.current_version.size,
      content_type: 'application/pdf',
    },
    portal: { id: state.portal.id, name: state.portal.name, workspace_name: 'Acme Accounting' },
    decisions: request.decisions,
    generated_at: now(),
  });
}

async function fileCall(ctx: FakeContext, state: State, file: File, op: OperationId): Promise<void> {
  switch (op) {
    case 'getFile':
      return reply(ctx, op, 200, file);
    case 'updateFile': {
      const body = await json<Schema<'FileUpdate'>>(ctx.req);
      state.calls.push({ operation: op, path: ctx.path, body });
      Object.assign(file, { name: body.name, updated_at: now() });
      return reply(ctx, op, 200, file);
    }
    case 'deleteFile':
      state.files = state.files.filter((f) => f !== file);
      state.calls.push({ operation: op, path: ctx.path });
      return reply(ctx, op, 204, undefined);
    case 'listFileVersions':
      return reply(ctx, op, 200, page(ctx, state.versions.get(file.id) ?? []));
    case 'uploadFileVersion': {
      if (state.scenario.uploadDelay) await sleep(state.scenario.uploadDelay);
      const size = (await readBody(ctx.req)).length;
      const list = state.versions.get(file.id)!;
      list.unshift(version(list.length + 1, size, OWNER));
      Object.assign(file, { current_version: list[0], version_count: list.length, updated_at: now() });
      state.calls.push({ operation: op, path: ctx.path });
      return reply(ctx, op, 201, file);
    }
    case 'downloadFile':
      // A binary answer: the contract's JSON check does not apply.
      ctx.status = 200;
      ctx.set('Content-Type', 'application/pdf');
      ctx.set('Content-Disposition', `attachment; filename="${file.name}"`);
      ctx.body = Buffer.from('%PDF-1.7\n');
      state.calls.push({ operation: op, path: ctx.path, body: { version: ctx.query.version } });
      return;
    case 'listComments':
      return reply(
        ctx,
        op,
        200,
        page(
          ctx,
          state.comments.filter((c) => c.file_id === file.id),
        ),
      );
    case 'createComment': {
      const body = await json<Schema<'CommentCreate'>>(ctx.req);
      state.calls.push({ operation: op, path: ctx.path, body });
      const comment: Comment = {
        id: fakeId('cmt', nextNumber()),
        file_id: file.id,
        parent_id: body.parent_id ?? null,
        version: body.version ?? null,
        author: OWNER,
        body: body.body,
        deleted: false,
        resolved: false,
        resolved_at: null,
        edited_at: null,
        created_at: now(),
      };
      state.comments.push(comment);
      return reply(ctx, op, 201, comment);
    }
    case 'listApprovalRequests':
      return reply(ctx, op, 200, page(ctx, state.approvals.filter((r) => r.file_id === file.id).reverse()));
    case 'createApprovalRequest': {
      const body = await json<Schema<'ApprovalRequestCreate'>>(ctx.req);
      state.calls.push({ operation: op, path: ctx.path, body });
      return reply(ctx, op, 201, addRequest(state, file, body));
    }
  }
}

/** Koa middleware: answers the calls made with an owner token of a described portal; passes on the rest. */
export function ownerPortalApi() {
  return async (ctx: FakeContext, next: () => Promise<unknown>): Promise<unknown> => {
    if (ctx.path.startsWith('/__fake/owner-portals/')) return control(ctx);
    if (!ctx.path.startsWith('/v1/')) return next();
    const auth = ctx.get('authorization');
    const state = states.get(portalOfOwnerToken(auth.replace(/^Bearer /, '')) ?? '');
    if (!state) return next();
    const routed = route(ctx, state);
    if (!routed) {
      violation(`the owner-portal fake has no ${ctx.method} ${ctx.path}`);
      return problem(ctx, 'getPortal', 404, 'not_found', 'Not found');
    }
    const [operation, answer] = routed;
    state.counts[operation] = (state.counts[operation] ?? 0) + 1;
    if (state.scenario.delays?.[operation]) await sleep(state.scenario.delays[operation]);
    const failure = state.scenario.fail?.[operation];
    if (state.deleted) return problem(ctx, 'getPortal', 404, 'not_found', 'Not found');
    // The contract documents these statuses for the operations the tests make fail (or as `default`).
    if (failure) return problem(ctx, operation as 'getPortal', failure as 404, CODES[failure]!, 'Refused by the scenario');
    return answer();
  };
}
