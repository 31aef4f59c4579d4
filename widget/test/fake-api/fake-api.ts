// A fake Foyer API for the browser tests, served by web-test-runner's dev server: the components talk to
// it over real HTTP (fetch and XMLHttpRequest), as they would to the service. Each test describes its
// portal with `PUT /__fake/portals/{id}` (see support.ts); state is kept per portal id, so tests never share
// any. Only what the widget calls is here. Every answer goes through `reply` (respond.ts), typed by operation
// and status from the generated contract and checked against openapi.yaml at run time (contract.ts); what
// breaks the contract is listed at `GET /__fake/violations`, which support.ts checks after every test.
// The console's calls (a workspace user's, by cookie or `us_…` token) go to console.ts.
import type { Schema } from '@foyer/sdk';
import { consoleApi, consoleControl, isConsoleCall } from './console.ts';
import {
  json,
  nextNumber,
  page,
  problem,
  readBody,
  receiptPage,
  reply,
  sleep,
  takeViolations,
  violation,
  zipAnswer,
  type FakeContext,
} from './respond.ts';
import { fakePreviews, previewControl, servePreview, setPreview } from './previews.ts';
import { buildRequests, portalProgress, requestCall, sniff, uploadToItem } from './requests.ts';
import { fakeId, sessionOf, sessionToken, type Scenario } from './scenario.ts';
import { tusCall, type TusState } from './uploads.ts';

export type { FakeContext };

type File = Schema<'File'>;

interface PortalState extends Omit<Scenario, 'requests'>, TusState {
  id: string;
  requests: Schema<'DocumentRequest'>[];
  member: Schema<'Member'>;
  workspace: Schema<'PublicPortal'>['workspace'];
  files: File[];
  /** How many codes were asked for, and for which address last. */
  started?: number;
  codeFor?: string;
  signedOut?: boolean;
  /** The embed code `E…E` was exchanged already (single use). */
  embedUsed?: boolean;
  /** The session token each approval request was decided with, by request id. */
  decidedWith: Record<string, string>;
}

const portals = new Map<string, PortalState>();
const fileIndex = new Map<string, string>(); // file id → portal id
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
const OWNER_KEY = fakeId('key', 1);

function actor(state: PortalState, kind: 'owner' | 'member'): Schema<'Actor'> {
  return kind === 'owner'
    ? { kind: 'owner', id: OWNER_KEY, name: null, email: null }
    : { kind: 'member', id: state.member.id, name: state.member.name, email: state.member.email };
}

function newFile(state: PortalState, name: string, size: number, contentType: string, kind: 'owner' | 'member'): File {
  const id = fakeId('fil', nextNumber());
  const uploader = actor(state, kind);
  const now = new Date().toISOString();
  fileIndex.set(id, state.id);
  return {
    id,
    approval: null,
    portal_id: state.id,
    name,
    current_version: { version: 1, size, content_type: contentType, sha256: 'a'.repeat(64), uploaded_by: uploader, created_at: now },
    version_count: 1,
    uploaded_by: uploader,
    created_at: now,
    updated_at: now,
  };
}

function portalOf(state: PortalState): Schema<'Portal'> {
  return {
    id: state.id,
    name: state.name ?? '2026 tax return',
    client_name: null,
    access_mode: 'verified',
    status: 'active',
    client_uploads: state.client_uploads ?? true,
    requests: portalProgress(state),
    url: `http://x/p/${state.id}`,
    created_at: new Date().toISOString(),
    updated_at: new Date().toISOString(),
  };
}

/** Every /v1 request, portal's and console's, as sent: `GET /__fake/requests` reads it, `DELETE` empties it. */
const requestLog: { method: string; url: string; authorization: string; cookie: boolean }[] = [];

/** `PUT /__fake/portals/{id}` registers a scenario; `GET` reads the portal's state back. */
async function control(ctx: FakeContext): Promise<void> {
  if (ctx.path.startsWith('/__fake/previews/')) return previewControl(ctx);
  if (ctx.path === '/__fake/requests') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(ctx.method === 'DELETE' ? requestLog.splice(0) : requestLog);
    return;
  }
  if (ctx.path === '/__fake/violations') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(takeViolations());
    return;
  }
  const id = ctx.path.slice('/__fake/portals/'.length);
  if (ctx.method === 'GET') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(portals.get(id) ?? null);
    return;
  }
  const scenario = await json<Scenario & { member: Schema<'Member'>; workspace: PortalState['workspace'] }>(ctx.req);
  const state: PortalState = { decidedWith: {}, ...scenario, id, files: [], requests: [] };
  for (const f of scenario.files ?? []) {
    const file = newFile(state, f.name, f.size ?? 1234, f.content_type ?? 'application/pdf', f.kind ?? 'owner');
    Object.assign(file, f.extra ?? {});
    setPreview(file.id, f.preview);
    if (f.versions) {
      file.version_count = f.versions;
      file.current_version.version = f.versions;
    }
    state.files.push(file);
  }
  state.requests = buildRequests(state, scenario.requests ?? [], (name) => {
    const found = state.files.find((f) => f.name === name);
    if (found) return found;
    const file = newFile(state, name, 2048, 'application/pdf', 'member');
    state.files.push(file);
    return file;
  });
  portals.set(id, state);
  ctx.type = 'application/json';
  ctx.body = JSON.stringify({ files: state.files.map((f) => f.id) });
}

/** The calls made before sign-in: the public face, and the verifications that lead to a session. */
async function access(ctx: FakeContext, state: PortalState | undefined, step: string): Promise<void> {
  const operation = step === 'public' ? 'getPublicPortal' : step === 'verifications' ? 'startVerification' : 'confirmVerification';
  if (state?.delay) await sleep(state.delay);
  if (state?.delays?.[operation]) await sleep(state.delays[operation]);
  if (!state || state.public === null) return problem(ctx, operation, 404, 'not_found', 'Not found');
  if (operation === 'getPublicPortal') {
    if (state.publicStatus) return problem(ctx, operation, state.publicStatus, 'internal_error', 'Something broke');
    return reply(ctx, operation, 200, {
      id: state.id,
      name: state.name ?? '2026 tax return',
      access_mode: state.access_mode ?? 'verified',
      workspace: state.workspace,
    });
  }
  if (operation === 'startVerification') {
    const body = await json<{ email: string }>(ctx.req);
    state.started = (state.started ?? 0) + 1;
    state.codeFor = body.email;
    if (state.rateLimit)
      return problem(ctx, operation, 429, 'rate_limited', 'Too many requests', { 'Retry-After': String(state.rateLimit) });
    return reply(ctx, operation, 202, { status: 'sent_if_allowed', code_expires_in: 600, resend_after: state.resendAfter ?? 60 });
  }
  const body = await json<Schema<'VerificationConfirm'>>(ctx.req);
  const embed = body.embed_code === 'E'.repeat(43) && !state.embedUsed;
  if (embed) state.embedUsed = true;
  const ok =
    embed || body.code === '123456' || body.token === 'T'.repeat(43) || (body.link_key === 'linkkey-0123456789abcdefghij' && body.name);
  if (!ok) return problem(ctx, operation, 401, 'verification_failed', 'The code is wrong or has expired.');
  // `members`: addresses a link visitor may not take over (they sign in with a code).
  if (body.link_key && body.email && state.members?.includes(body.email))
    return problem(
      ctx,
      operation,
      403,
      'verification_required',
      'This address already belongs to a member of this portal: sign in with a code sent to it.',
    );
  state.revoked = false;
  const verified = Boolean(body.code && state.linkSession);
  return reply(ctx, operation, 201, {
    session_token: sessionToken(state.id, verified),
    expires_at: new Date(Date.now() + 86400e3).toISOString(),
    member: { ...state.member, verified: verified || state.member.verified },
  });
}

/** A file's sub-resources: versions, content, comments and approval requests. */
async function fileCall(ctx: FakeContext, state: PortalState, token: string, fileId: string, part: string | undefined): Promise<void> {
  const operation = (
    {
      '': 'getFile',
      '/versions': ctx.method === 'POST' ? 'uploadFileVersion' : 'listFileVersions',
      '/content': 'downloadFile',
      '/previews': 'listFilePreviews',
      '/comments': ctx.method === 'POST' ? 'createComment' : 'listComments',
      '/approval-requests': 'listApprovalRequests',
    } as const
  )[part?.startsWith('/previews/') ? '/previews' : (part ?? '')];
  if (!operation) return problem(ctx, 'getFile', 404, 'not_found', 'Not found');
  if (state.delays?.[operation]) await sleep(state.delays[operation]);
  const file = fileIndex.get(fileId) === state.id ? state.files.find((f) => f.id === fileId) : undefined;
  if (!file) return problem(ctx, operation, 404, 'not_found', 'Not found');
  const collab = (state.collaboration ??= {});
  switch (operation) {
    case 'getFile':
      return reply(ctx, operation, 200, file);
    case 'uploadFileVersion': {
      const body = await readBody(ctx.req);
      const type = sniff(body.subarray(body.indexOf('\r\n\r\n', body.indexOf('name="file"')) + 4));
      file.version_count++;
      file.current_version = { ...file.current_version, version: file.version_count };
      // A recognised type becomes the version's (its previews follow it).
      if (type !== 'application/octet-stream') file.current_version.content_type = type;
      return reply(ctx, operation, 201, file);
    }
    case 'listFileVersions':
      return reply(
        ctx,
        operation,
        200,
        page(
          ctx,
          Array.from({ length: file.version_count }, (_, i) => ({ ...file.current_version, version: file.version_count - i })),
        ),
      );
    case 'listFilePreviews':
      if (part === '/previews') return reply(ctx, operation, 200, fakePreviews(file, Number(ctx.query.version) || undefined));
      if (await servePreview(ctx, file.id, part!.slice('/previews/'.length))) return;
      return problem(ctx, 'getFilePreview', 404, 'not_found', 'Not found');
    case 'downloadFile': {
      // A binary answer: the contract's JSON check does not apply.
      const png = file.current_version.content_type === 'image/png';
      ctx.status = 200;
      ctx.set('Content-Type', png ? 'image/png' : 'application/octet-stream');
      ctx.set('Content-Disposition', `attachment; filename="${file.name}"`);
      ctx.set('ETag', `"${file.current_version.sha256}"`);
      ctx.body = png ? PNG_1X1 : Buffer.from('%PDF-1.7\n');
      return;
    }
    case 'createComment': {
      const body = await json<Schema<'CommentCreate'>>(ctx.req);
      const comment: Schema<'Comment'> = {
        id: fakeId('cmt', nextNumber()),
        file_id: file.id,
        parent_id: body.parent_id ?? null,
        version: body.version ?? null,
        author: actor(state, 'member'),
        body: body.body,
        deleted: false,
        resolved: false,
        resolved_at: null,
        edited_at: null,
        created_at: new Date().toISOString(),
      };
      ((collab.comments ??= {})[file.name] ??= []).push(comment);
      return reply(ctx, operation, 201, comment);
    }
    case 'listComments':
      return reply(
        ctx,
        operation,
        200,
        page(
          ctx,
          (collab.comments?.[file.name] ?? []).map((c) => ({ ...c, file_id: file.id })),
        ),
      );
    case 'listApprovalRequests':
      return reply(ctx, operation, 200, page(ctx, collab.approvals?.[file.name] ?? []));
  }
}

async function decide(ctx: FakeContext, state: PortalState, token: string, requestId: string): Promise<void> {
  const operation = 'decideApprovalRequest';
  const body = await json<Schema<'DecisionCreate'>>(ctx.req);
  const request = Object.values(state.collaboration?.approvals ?? {})
    .flat()
    .find((r) => r.id === requestId);
  if (!request) return problem(ctx, operation, 404, 'not_found', 'Not found');
  // `linkSession`: the scenario's session came in through the portal link and may not decide.
  if (state.linkSession && !sessionOf(token)?.verified)
    return problem(
      ctx,
      operation,
      403,
      'verification_required',
      'Confirm your email address first: ask for a sign-in code, then try again.',
    );
  state.decidedWith[request.id] = token;
  const decision: Schema<'Decision'> = {
    id: fakeId('dec', nextNumber()),
    member_id: state.member.id,
    email: state.member.email,
    decision: body.decision,
    note: body.note ?? null,
    version: request.version,
    sha256: 'a'.repeat(64),
    sign_in_method: sessionOf(token)?.verified ? 'code' : state.linkSession ? 'access_link' : 'code',
    ip: null,
    user_agent: null,
    created_at: new Date().toISOString(),
  };
  request.decisions.push(decision);
  request.status = body.decision === 'approve' ? 'approved' : 'changes_requested';
  return reply(ctx, operation, 201, request);
}

/** The calls of a signed-in member. */
async function member(ctx: FakeContext, state: PortalState, token: string): Promise<void> {
  const path = ctx.path;
  let m: RegExpExecArray | null;
  if (path === '/v1/me') {
    if (ctx.method === 'DELETE') {
      state.signedOut = true;
      return reply(ctx, 'signOut', 204, undefined);
    }
    if (state.delays?.getMe) await sleep(state.delays.getMe);
    return reply(ctx, 'getMe', 200, {
      kind: 'client',
      member: state.member,
      portal: portalOf(state),
      session: { id: fakeId('ses', 1), expires_at: new Date(Date.now() + 86400e3).toISOString() },
    });
  }
  if ((m = /^\/v1\/portals\/([^/]+)\/files$/.exec(path)) && m[1] === state.id) {
    if (ctx.method === 'GET') {
      if (state.delays?.listFiles) await sleep(state.delays.listFiles);
      if (state.filesStatus) return problem(ctx, 'listFiles', state.filesStatus, 'internal_error', 'Something broke');
      const by = ctx.query.uploaded_by;
      return reply(
        ctx,
        'listFiles',
        200,
        page(
          ctx,
          state.files.filter((f) => !by || f.uploaded_by.kind === by),
        ),
      );
    }
    if (state.uploadDelay) await sleep(state.uploadDelay);
    const body = await readBody(ctx.req);
    const text = body.toString('latin1');
    // Uploads to a request item are taken even with client uploads off (the contract's rule).
    const itemId = /name="request_item_id"\r\n\r\n([^\r]*)/.exec(text)?.[1];
    if (state.uploadStatus === 403 && !itemId)
      return problem(ctx, 'uploadFile', 403, 'uploads_disabled', 'Uploads are switched off for this portal');
    if (state.uploadStatus === 413) return problem(ctx, 'uploadFile', 413, 'file_too_large', 'The file is too large');
    const name = /name="name"\r\n\r\n([^\r]*)/.exec(text)?.[1] ?? /filename="([^"]*)"/.exec(text)?.[1] ?? 'upload';
    const make = () => {
      const file = newFile(state, Buffer.from(name, 'latin1').toString('utf8'), body.length, 'application/pdf', 'member');
      state.files.unshift(file);
      return file;
    };
    if (itemId)
      return uploadToItem(ctx, state, itemId, sniff(body.subarray(text.indexOf('\r\n\r\n', text.indexOf('name="file"')) + 4)), make);
    return reply(ctx, 'uploadFile', 201, make());
  }
  if (
    await tusCall(ctx, state, (name, size, fileId) => {
      const existing = state.files.find((f) => f.id === fileId);
      if (!existing) {
        const file = newFile(state, name, size, 'application/pdf', 'member');
        state.files.unshift(file);
        return file;
      }
      existing.version_count++;
      existing.current_version = { ...existing.current_version, version: existing.version_count, size };
      return existing;
    })
  )
    return;
  if (await requestCall(ctx, state)) return;
  if ((m = /^\/v1\/files\/([^/]+)(\/versions|\/content|\/previews(?:\/[^/]+)?|\/comments|\/approval-requests)?$/.exec(path))) {
    return fileCall(ctx, state, token, m[1]!, m[2]);
  }
  if ((m = /^\/v1\/portals\/([^/]+)\/archive$/.exec(path)) && m[1] === state.id) {
    if (state.delays?.downloadPortalArchive) await sleep(state.delays.downloadPortalArchive);
    if (state.archiveStatus) return problem(ctx, 'downloadPortalArchive', 503, 'service_unavailable', 'Try again later');
    return zipAnswer(
      ctx,
      `foyer-${state.id}.zip`,
      state.files.map((f) => f.name),
      state.archiveSize,
      state.archivePace,
    );
  }
  if ((m = /^\/v1\/approval-requests\/([^/]+)\/decisions$/.exec(path))) return decide(ctx, state, token, m[1]!);
  if ((m = /^\/v1\/approval-requests\/([^/]+)\/receipt$/.exec(path))) {
    const request = Object.values(state.collaboration?.approvals ?? {})
      .flat()
      .find((r) => r.id === m![1]);
    return request ? receiptPage(ctx, request) : problem(ctx, 'getApprovalReceipt', 404, 'not_found', 'Not found');
  }
  if ((m = /^\/v1\/portals\/([^/]+)\/events$/.exec(path)) && m[1] === state.id) {
    return reply(ctx, 'listPortalEvents', 200, page(ctx, state.collaboration?.events ?? []));
  }
  violation(`the fake API has no ${ctx.method} ${path}`);
  return problem(ctx, 'getFile', 404, 'not_found', 'Not found');
}

/** Koa middleware for web-test-runner's `middleware` option. */
export function fakeApi() {
  return async (ctx: FakeContext, next: () => Promise<unknown>): Promise<unknown> => {
    const path = ctx.path;
    if (path.startsWith('/__fake/console')) return consoleControl(ctx);
    if (path.startsWith('/__fake/')) return control(ctx);
    if (!path.startsWith('/v1/')) return next();
    requestLog.push({ method: ctx.method, url: ctx.url, authorization: ctx.get('authorization'), cookie: !!ctx.get('cookie') });

    const m = /^\/v1\/portals\/([^/]+)\/(public|verifications|verifications\/confirm)$/.exec(path);
    if (m) return access(ctx, portals.get(m[1]!), m[2]!);
    if (isConsoleCall(ctx)) return consoleApi(ctx);

    // Everything else needs a live session of a known portal.
    const auth = ctx.get('authorization');
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : '';
    const session = sessionOf(token);
    const state = session ? portals.get(session.portalId) : undefined;
    // Every operation that takes a session documents this 401; `getMe` stands for all of them.
    if (!state || state.revoked) return problem(ctx, 'getMe', 401, 'invalid_credentials', 'The credentials are not valid');
    if (state.delay) await sleep(state.delay);
    return member(ctx, state, token);
  };
}
