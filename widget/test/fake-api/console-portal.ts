// The fake API's answers to the console's portal page (`<foyer-console-portal>`): a portal of the workspace
// (`portals`), its members (`members[portal_id]`), and its contents — files with versions, comments, approval
// requests with their record, devices, the activity — built from the test's `extra.portalPages[portal_id]`
// (console-portal-scenario.ts) and kept in `extra.pages[portal_id]`, so the test reads them back with the
// workspace. The dispatcher (console.ts) has already checked the credentials and applied the scenario's
// failures and delays; it also records every call with its body.
import { fakePreviews, servePreview } from './previews.ts';
import type { Schema } from '@foyer/sdk';
import type { ConsoleHandlers, ConsoleRequest, ConsoleWorkspace } from './console.ts';
import type { PortalPageScenario, PortalPageState } from './console-portal-scenario.ts';
import { addFile, addRequest, build, now, summarize, userActor, version } from './console-portal-state.ts';
import { nextNumber, page, problem, readBody, receiptPage, reply, zipAnswer } from './respond.ts';
import { fakeId } from './scenario.ts';
import { tusCall, type TusState } from './uploads.ts';

type File = Schema<'File'>;

interface Extra {
  portalPages?: Record<string, PortalPageScenario>;
  /** The portal zips' size in bytes and the ms between their four pieces (a test watching the progress). */
  archive?: { size?: number; pace?: number };
  pages?: Record<string, PortalPageState>;
  /** The workspace's resumable uploads, their log and the test's `tusStallAt` / `tusFail` (uploads.ts). */
  tus?: TusState;
}

function summaryOf(ws: ConsoleWorkspace, portalId: string | undefined) {
  return ws.portals.find((s) => s.portal.id === portalId);
}

/** The portal's contents, built on first use; undefined when the workspace has no such portal. */
function contentsOf(ws: ConsoleWorkspace, portalId: string | undefined): PortalPageState | undefined {
  if (!portalId || !summaryOf(ws, portalId)) return undefined;
  const extra = ws.extra as Extra;
  const pages = (extra.pages ??= {});
  return (pages[portalId] ??= build(ws, portalId, extra.portalPages?.[portalId]));
}

/** A file of any portal of the workspace, with that portal's contents. */
function fileOf(ws: ConsoleWorkspace, fileId: string | undefined): { state: PortalPageState; file: File } | undefined {
  for (const summary of ws.portals) {
    const state = contentsOf(ws, summary.portal.id)!;
    const file = state.files.find((f) => f.id === fileId);
    if (file) return { state, file };
  }
  return undefined;
}

function requestOf(ws: ConsoleWorkspace, id: string | undefined) {
  for (const summary of ws.portals) {
    const state = contentsOf(ws, summary.portal.id)!;
    const request = state.approvals.find((r) => r.id === id);
    if (request) return { state, request };
  }
  return undefined;
}

/** A handler for an operation on a portal (`portal_id` in the path): 404 when the workspace has no such portal. */
function onPortal<
  K extends 'getPortal' | 'updatePortal' | 'deletePortal' | 'rotateAccessLink' | 'listFiles' | 'uploadFile' | 'downloadPortalArchive',
>(operation: K, answer: (r: ConsoleRequest, state: PortalPageState, portal: Schema<'Portal'>) => void | Promise<void>) {
  return (r: ConsoleRequest) => {
    const state = contentsOf(r.ws, r.params.portal_id);
    if (!state) return problem(r.ctx, operation as 'getPortal', 404, 'not_found', 'Not found');
    return answer(r, state, summaryOf(r.ws, r.params.portal_id)!.portal);
  };
}

type FileOperation =
  | 'getFile'
  | 'updateFile'
  | 'deleteFile'
  | 'listFileVersions'
  | 'uploadFileVersion'
  | 'downloadFile'
  | 'listFilePreviews'
  | 'getFilePreview'
  | 'listComments'
  | 'createComment'
  | 'listApprovalRequests'
  | 'createApprovalRequest';

/** A handler for an operation on a file (`file_id` in the path): 404 when no portal of the workspace has it. */
function onFile(operation: FileOperation, answer: (r: ConsoleRequest, state: PortalPageState, file: File) => void | Promise<void>) {
  return (r: ConsoleRequest) => {
    const found = fileOf(r.ws, r.params.file_id);
    if (!found) return problem(r.ctx, operation as 'getFile', 404, 'not_found', 'Not found');
    return answer(r, found.state, found.file);
  };
}

/** The multipart body's display name (the `name` field, else the file part's filename). */
async function uploadedName(r: ConsoleRequest): Promise<{ name: string; size: number }> {
  const body = await readBody(r.ctx.req);
  const text = body.toString('latin1');
  const name = /name="name"\r\n\r\n([^\r]*)/.exec(text)?.[1] ?? /filename="([^"]*)"/.exec(text)?.[1] ?? 'upload';
  return { name: Buffer.from(name, 'latin1').toString('utf8'), size: body.length };
}

function addVersion(ws: ConsoleWorkspace, state: PortalPageState, file: File, size: number): File {
  const list = state.versions[file.id]!;
  list.unshift(version(list.length + 1, size, userActor(ws)));
  return Object.assign(file, { current_version: list[0], version_count: list.length, updated_at: now() });
}

/** The tus requests of resumable uploads (creation, HEAD, PATCH, DELETE): the file or version appears on the last byte. */
async function tus(r: ConsoleRequest): Promise<void> {
  const state = ((r.ws.extra as Extra).tus ??= {});
  await tusCall(r.ctx, state, (name, size, fileId, portalId) => {
    const found = fileOf(r.ws, fileId);
    if (found) return addVersion(r.ws, found.state, found.file, size);
    return addFile(contentsOf(r.ws, portalId)!, portalId!, name, size, userActor(r.ws));
  });
}

export const portalPageHandlers: ConsoleHandlers = {
  createUpload: tus,
  getUploadOffset: tus,
  appendToUpload: tus,
  deleteUpload: tus,

  getPortal: onPortal('getPortal', ({ ctx }, _, portal) => reply(ctx, 'getPortal', 200, portal)),

  updatePortal: onPortal('updatePortal', ({ ctx, body }, _, portal) => {
    Object.assign(portal, body as Schema<'PortalUpdate'>, { updated_at: now() });
    reply(ctx, 'updatePortal', 200, portal);
  }),

  deletePortal: onPortal('deletePortal', ({ ctx, ws }, _, portal) => {
    ws.portals = ws.portals.filter((s) => s.portal !== portal);
    reply(ctx, 'deletePortal', 204, undefined);
  }),

  rotateAccessLink: onPortal('rotateAccessLink', ({ ctx }, _, portal) =>
    reply(ctx, 'rotateAccessLink', 201, { url: `${portal.url}#k=${'K'.repeat(30)}${nextNumber()}` }),
  ),

  listFiles: onPortal('listFiles', ({ ctx }, state) => reply(ctx, 'listFiles', 200, page(ctx, state.files))),

  uploadFile: onPortal('uploadFile', async (r, state, portal) => {
    // A canceled upload: the browser closed the connection before the body arrived.
    const upload = await uploadedName(r).catch(() => undefined);
    if (!upload) return problem(r.ctx, 'uploadFile', 400, 'malformed_upload', 'The upload was cut off');
    reply(r.ctx, 'uploadFile', 201, addFile(state, portal.id, upload.name, upload.size, userActor(r.ws)));
  }),

  downloadPortalArchive: onPortal('downloadPortalArchive', ({ ctx, ws }, state, portal) => {
    const ids = typeof ctx.query.files === 'string' ? ctx.query.files.split(',') : undefined;
    const files = ids ? ids.map((id) => state.files.find((f) => f.id === id)) : state.files;
    // A listed file that is not in the portal is 404, as the service answers.
    if (files.some((f) => !f)) return problem(ctx, 'downloadPortalArchive', 404, 'not_found', 'Not found');
    const { size, pace } = (ws.extra as Extra).archive ?? {};
    zipAnswer(
      ctx,
      `foyer-${portal.id}.zip`,
      files.map((f) => f!.name),
      size,
      pace,
    );
  }),

  getFile: onFile('getFile', ({ ctx }, _, file) => reply(ctx, 'getFile', 200, file)),

  updateFile: onFile('updateFile', ({ ctx, body }, _, file) => {
    Object.assign(file, { name: (body as Schema<'FileUpdate'>).name, updated_at: now() });
    reply(ctx, 'updateFile', 200, file);
  }),

  deleteFile: onFile('deleteFile', ({ ctx }, state, file) => {
    state.files = state.files.filter((f) => f !== file);
    reply(ctx, 'deleteFile', 204, undefined);
  }),

  listFileVersions: onFile('listFileVersions', ({ ctx }, state, file) =>
    reply(ctx, 'listFileVersions', 200, page(ctx, state.versions[file.id] ?? [])),
  ),

  uploadFileVersion: onFile('uploadFileVersion', async (r, state, file) => {
    const upload = await uploadedName(r).catch(() => undefined);
    if (!upload) return problem(r.ctx, 'uploadFileVersion', 400, 'malformed_upload', 'The upload was cut off');
    reply(r.ctx, 'uploadFileVersion', 201, addVersion(r.ws, state, file, upload.size));
  }),

  listFilePreviews: onFile('listFilePreviews', ({ ctx }, _, file) =>
    reply(ctx, 'listFilePreviews', 200, fakePreviews(file, Number(ctx.query.version) || undefined)),
  ),

  getFilePreview: onFile('getFilePreview', async ({ ctx, params }, _, file) => {
    if (!(await servePreview(ctx, file.id, params.preview_id ?? ''))) problem(ctx, 'getFilePreview', 404, 'not_found', 'Not found');
  }),

  downloadFile: onFile('downloadFile', ({ ctx }, _, file) => {
    // A binary answer: the contract's JSON check does not apply.
    ctx.status = 200;
    ctx.set('Content-Type', 'application/pdf');
    ctx.set('Content-Disposition', `attachment; filename="${file.name}"`);
    ctx.body = Buffer.from('%PDF-1.7\n');
  }),

  listComments: onFile('listComments', ({ ctx }, state, file) =>
    reply(
      ctx,
      'listComments',
      200,
      page(
        ctx,
        state.comments.filter((c) => c.file_id === file.id),
      ),
    ),
  ),

  createComment: onFile('createComment', ({ ctx, ws, body }, state, file) => {
    const create = body as Schema<'CommentCreate'>;
    const comment: Schema<'Comment'> = {
      id: fakeId('cmt', nextNumber()),
      file_id: file.id,
      parent_id: create.parent_id ?? null,
      version: create.version ?? null,
      author: userActor(ws),
      body: create.body,
      deleted: false,
      resolved: false,
      resolved_at: null,
      edited_at: null,
      created_at: now(),
    };
    state.comments.push(comment);
    reply(ctx, 'createComment', 201, comment);
  }),

  updateComment: ({ ctx, ws, params, body }) => {
    const comment = ws.portals.flatMap((s) => contentsOf(ws, s.portal.id)!.comments).find((c) => c.id === params.comment_id);
    if (!comment) return problem(ctx, 'updateComment', 404, 'not_found', 'Not found');
    const change = body as Schema<'CommentUpdate'>;
    if (change.resolved !== undefined) Object.assign(comment, { resolved: change.resolved, resolved_at: change.resolved ? now() : null });
    if (change.body) Object.assign(comment, { body: change.body, edited_at: now() });
    reply(ctx, 'updateComment', 200, comment);
  },

  listApprovalRequests: onFile('listApprovalRequests', ({ ctx }, state, file) =>
    reply(ctx, 'listApprovalRequests', 200, page(ctx, state.approvals.filter((r) => r.file_id === file.id).reverse())),
  ),

  createApprovalRequest: onFile('createApprovalRequest', ({ ctx, ws, body }, state, file) =>
    reply(
      ctx,
      'createApprovalRequest',
      201,
      addRequest(state, ws.members[file.portal_id] ?? [], file, body as Schema<'ApprovalRequestCreate'>),
    ),
  ),

  cancelApprovalRequest: ({ ctx, ws, params }) => {
    const found = requestOf(ws, params.approval_request_id);
    if (!found) return problem(ctx, 'cancelApprovalRequest', 404, 'not_found', 'Not found');
    found.request.status = 'canceled';
    summarize(found.state, found.request.file_id);
    reply(ctx, 'cancelApprovalRequest', 204, undefined);
  },

  getApprovalReceipt: ({ ctx, ws, params }) => {
    const found = requestOf(ws, params.approval_request_id);
    if (!found) return problem(ctx, 'getApprovalReceipt', 404, 'not_found', 'Not found');
    receiptPage(ctx, found.request);
  },

  getApprovalRecord: ({ ctx, ws, params }) => {
    const found = requestOf(ws, params.approval_request_id);
    if (!found) return problem(ctx, 'getApprovalRecord', 404, 'not_found', 'Not found');
    const { request, state } = found;
    const file = state.files.find((f) => f.id === request.file_id)!;
    const portal = summaryOf(ws, request.portal_id)!.portal;
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
      portal: { id: portal.id, name: portal.name, workspace_name: ws.workspace.name },
      decisions: request.decisions,
      generated_at: now(),
    });
  },

  listMembers: ({ ctx, ws, params }) => {
    const members = summaryOf(ws, params.portal_id) ? (ws.members[params.portal_id!] ?? []) : undefined;
    if (!members) return problem(ctx, 'listMembers', 404, 'not_found', 'Not found');
    reply(
      ctx,
      'listMembers',
      200,
      page(
        ctx,
        members.filter((m) => !ctx.query.status || m.status === ctx.query.status),
      ),
    );
  },

  updateMember: ({ ctx, ws, params, body }) => {
    const member = ws.members[params.portal_id!]?.find((m) => m.id === params.member_id);
    if (!member) return problem(ctx, 'updateMember', 404, 'not_found', 'Not found');
    const { locale } = body as Schema<'MemberUpdate'>;
    member.locale = locale;
    member.locale_source = locale === null ? null : 'owner';
    reply(ctx, 'updateMember', 200, member);
  },

  revokeMember: ({ ctx, ws, params }) => {
    const state = contentsOf(ws, params.portal_id);
    const member = ws.members[params.portal_id!]?.find((m) => m.id === params.member_id);
    if (!state || !member) return problem(ctx, 'revokeMember', 404, 'not_found', 'Not found');
    member.status = 'revoked';
    state.sessions = state.sessions.filter((s) => s.member.id !== member.id);
    reply(ctx, 'revokeMember', 204, undefined);
  },

  listSessions: ({ ctx, ws, params }) => {
    const state = contentsOf(ws, params.portal_id);
    if (!state) return problem(ctx, 'listSessions', 404, 'not_found', 'Not found');
    reply(ctx, 'listSessions', 200, page(ctx, state.sessions));
  },

  revokeSession: ({ ctx, ws, params }) => {
    for (const summary of ws.portals) {
      const state = contentsOf(ws, summary.portal.id)!;
      if (!state.sessions.some((s) => s.id === params.session_id)) continue;
      state.sessions = state.sessions.filter((s) => s.id !== params.session_id);
      return reply(ctx, 'revokeSession', 204, undefined);
    }
    problem(ctx, 'revokeSession', 404, 'not_found', 'Not found');
  },

  createSignInLink: ({ ctx, ws, params, body }) => {
    const { member_id } = body as Schema<'SignInLinkCreate'>;
    if (!ws.members[params.portal_id!]?.some((m) => m.id === member_id))
      return problem(ctx, 'createSignInLink', 404, 'not_found', 'Not found');
    reply(ctx, 'createSignInLink', 201, {
      url: `http://localhost/p/${params.portal_id}/verify#token=${'T'.repeat(30)}${String(nextNumber()).padStart(13, '0')}`,
      expires_at: new Date(Date.now() + 7 * 86400e3).toISOString(),
    });
  },

  listPortalEvents: ({ ctx, ws, params }) => {
    const state = contentsOf(ws, params.portal_id);
    if (!state) return problem(ctx, 'listPortalEvents', 404, 'not_found', 'Not found');
    const { type, actor } = ctx.query;
    reply(
      ctx,
      'listPortalEvents',
      200,
      page(
        ctx,
        state.events.filter((e) => (!type || e.type === type) && (!actor || e.actor.id === actor)),
      ),
    );
  },
};
