// A fake Foyer API for the browser tests, served by web-test-runner's dev server: the components talk to
// it over real HTTP (fetch and XMLHttpRequest), as they would to the service. Each test describes its
// portal with `PUT /__fake/portals/{id}` (see support.ts); state is kept per portal id, so test files
// running side by side never share any. Comments and approval requests are keyed by file name. Only what the widget calls is here, in the contract's shapes.

const portals = new Map();
const fileIndex = new Map(); // file id → portal id
const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');
let counter = 0;

function send(ctx, status, body, headers = {}) {
  ctx.status = status;
  for (const [name, value] of Object.entries(headers)) ctx.set(name, value);
  ctx.set('X-Request-Id', `req_fake${++counter}`);
  if (body !== undefined) {
    ctx.type = status >= 400 ? 'application/problem+json' : 'application/json';
    ctx.body = JSON.stringify(body);
  } else {
    ctx.body = '';
  }
}

function problem(ctx, status, code, detail = code, headers = {}) {
  send(ctx, status, { type: `urn:foyer:error:${code}`, title: detail, status, code, detail, request_id: `req_fake${counter}` }, headers);
}

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function newFile(state, name, size, contentType, kind) {
  const id = `fil_${String(++counter).padStart(32, '0')}`;
  const actor =
    kind === 'owner'
      ? { kind: 'owner', id: 'key_1', name: null, email: null }
      : { kind: 'member', id: state.member.id, name: state.member.name, email: state.member.email };
  const now = new Date().toISOString();
  const file = {
    id,
    portal_id: state.id,
    name,
    current_version: { version: 1, size, content_type: contentType, sha256: 'a'.repeat(64), uploaded_by: actor, created_at: now },
    version_count: 1,
    uploaded_by: actor,
    created_at: now,
    updated_at: now,
  };
  fileIndex.set(id, state.id);
  return file;
}

/** Koa middleware for web-test-runner's `middleware` option. */
export function fakeApi() {
  return async (ctx, next) => {
    const path = ctx.path;
    if (path.startsWith('/__fake/portals/') && ctx.method === 'PUT') {
      const id = path.slice('/__fake/portals/'.length);
      const scenario = JSON.parse((await readBody(ctx.req)).toString('utf8'));
      const state = { id, ...scenario, files: [] };
      for (const f of scenario.files ?? []) {
        const file = newFile(state, f.name, f.size ?? 1234, f.content_type ?? 'application/pdf', f.kind ?? 'owner');
        Object.assign(file, f.extra ?? {});
        if (f.versions) {
          file.version_count = f.versions;
          file.current_version.version = f.versions;
        }
        state.files.push(file);
      }
      portals.set(id, state);
      return send(ctx, 200, { files: state.files.map((f) => f.id) });
    }
    if (path.startsWith('/__fake/portals/') && ctx.method === 'GET') {
      return send(ctx, 200, portals.get(path.slice('/__fake/portals/'.length)) ?? null);
    }
    if (!path.startsWith('/v1/')) return next();

    let m;
    const auth = ctx.get('authorization');
    const token = auth.startsWith('Bearer ') ? auth.slice(7) : undefined;
    // `cs_<portal>` is the scenario's session; `cs_<portal>.verified` one from a code sign-in.
    const session = token ? portals.get(token.replace(/^cs_/, '').replace(/\.verified$/, '')) : undefined;

    if ((m = /^\/v1\/portals\/([^/]+)\/(public|verifications|verifications\/confirm)$/.exec(path))) {
      const state = portals.get(m[1]);
      if (state?.delay) await sleep(state.delay);
      if (!state || state.public === null) return problem(ctx, 404, 'not_found', 'Not found');
      if (m[2] === 'public') {
        if (state.publicStatus) return problem(ctx, state.publicStatus, 'internal_error', 'Something broke');
        return send(ctx, 200, {
          id: state.id,
          name: state.name ?? '2026 tax return',
          access_mode: state.access_mode ?? 'verified',
          workspace: state.workspace,
        });
      }
      const body = JSON.parse((await readBody(ctx.req)).toString('utf8') || '{}');
      if (m[2] === 'verifications') {
        state.started = (state.started ?? 0) + 1;
        state.codeFor = body.email;
        if (state.rateLimit) return problem(ctx, 429, 'rate_limited', 'Too many requests', { 'Retry-After': String(state.rateLimit) });
        return send(ctx, 202, { status: 'sent_if_allowed', code_expires_in: 600, resend_after: state.resendAfter ?? 60 });
      }
      const ok = body.code === '123456' || body.token === 'T'.repeat(43) || (body.link_key === 'linkkey-0123456789abcdefghij' && body.name);
      if (!ok) return problem(ctx, 401, 'verification_failed', 'The code is wrong or has expired.');
      // `members`: addresses a link visitor may not take over (they sign in with a code).
      if (body.link_key && state.members?.includes(body.email))
        return problem(
          ctx,
          403,
          'verification_required',
          'This address already belongs to a member of this portal: sign in with a code sent to it.',
        );
      state.revoked = false;
      const verified = Boolean(body.code && state.linkSession);
      return send(ctx, 201, {
        session_token: `cs_${state.id}${verified ? '.verified' : ''}`,
        expires_at: new Date(Date.now() + 86400e3).toISOString(),
        member: { ...state.member, verified: verified || state.member.verified },
      });
    }

    // Everything below needs a live session of a known portal.
    if (!session || session.revoked) return problem(ctx, 401, 'invalid_credentials', 'The credentials are not valid');
    const state = session;
    if (state.delay) await sleep(state.delay);

    if (path === '/v1/me') {
      if (ctx.method === 'DELETE') {
        state.signedOut = true;
        return send(ctx, 204);
      }
      return send(ctx, 200, {
        kind: 'client',
        member: state.member,
        portal: {
          id: state.id,
          name: state.name ?? '2026 tax return',
          client_name: null,
          access_mode: 'verified',
          status: 'active',
          client_uploads: state.client_uploads ?? true,
          url: `http://x/p/${state.id}`,
          created_at: new Date().toISOString(),
          updated_at: new Date().toISOString(),
        },
        session: { id: 'ses_1', expires_at: new Date(Date.now() + 86400e3).toISOString() },
      });
    }
    if ((m = /^\/v1\/portals\/([^/]+)\/files$/.exec(path)) && m[1] === state.id) {
      if (ctx.method === 'GET') {
        if (state.filesStatus) return problem(ctx, state.filesStatus, 'internal_error', 'Something broke');
        const by = ctx.query.uploaded_by;
        const data = state.files.filter((f) => !by || f.uploaded_by.kind === by);
        return send(ctx, 200, { data, has_more: false, next_cursor: null });
      }
      if (state.uploadStatus === 403) return problem(ctx, 403, 'uploads_disabled', 'Uploads are switched off for this portal');
      if (state.uploadDelay) await sleep(state.uploadDelay);
      const body = await readBody(ctx.req);
      if (state.uploadStatus === 413) return problem(ctx, 413, 'file_too_large', 'The file is too large');
      const text = body.toString('latin1');
      const name = /name="name"\r\n\r\n([^\r]*)/.exec(text)?.[1] ?? /filename="([^"]*)"/.exec(text)?.[1] ?? 'upload';
      const file = newFile(state, Buffer.from(name, 'latin1').toString('utf8'), body.length, 'application/pdf', 'member');
      state.files.unshift(file);
      return send(ctx, 201, file);
    }
    if ((m = /^\/v1\/files\/([^/]+)(\/versions|\/content|\/comments|\/approval-requests)?$/.exec(path))) {
      const file = fileIndex.get(m[1]) === state.id ? state.files.find((f) => f.id === m[1]) : undefined;
      if (!file) return problem(ctx, 404, 'not_found', 'Not found');
      const collab = state.collaboration;
      switch (m[2]) {
        case undefined:
          return send(ctx, 200, file);
        case '/versions':
          if (ctx.method === 'POST') {
            await readBody(ctx.req);
            file.version_count++;
            file.current_version = { ...file.current_version, version: file.version_count };
            return send(ctx, 201, file);
          }
          return send(ctx, 200, {
            data: Array.from({ length: file.version_count }, (_, i) => ({ ...file.current_version, version: file.version_count - i })),
            has_more: false,
            next_cursor: null,
          });
        case '/content': {
          const png = file.current_version.content_type === 'image/png';
          ctx.status = 200;
          ctx.set('Content-Type', png ? 'image/png' : 'application/octet-stream');
          ctx.set('Content-Disposition', `attachment; filename="${file.name}"`);
          ctx.set('ETag', `"${file.current_version.sha256}"`);
          ctx.body = png ? PNG_1X1 : Buffer.from('%PDF-1.7\n');
          return;
        }
        case '/comments':
          if (!collab) return problem(ctx, 404, 'not_found', 'Not found');
          collab.comments ??= {};
          if (ctx.method === 'POST') {
            const body = JSON.parse((await readBody(ctx.req)).toString('utf8'));
            const comment = {
              id: `cmt_${++counter}`,
              file_id: file.id,
              parent_id: body.parent_id ?? null,
              version: body.version ?? null,
              author: { kind: 'member', id: state.member.id, name: state.member.name, email: state.member.email },
              body: body.body,
              deleted: false,
              resolved: false,
              resolved_at: null,
              edited_at: null,
              created_at: new Date().toISOString(),
            };
            (collab.comments[file.name] ??= []).push(comment);
            return send(ctx, 201, comment);
          }
          return send(ctx, 200, { data: collab.comments[file.name] ?? [], has_more: false, next_cursor: null });
        case '/approval-requests':
          if (!collab) return problem(ctx, 404, 'not_found', 'Not found');
          return send(ctx, 200, { data: (collab.approvals ?? {})[file.name] ?? [], has_more: false, next_cursor: null });
      }
    }
    if ((m = /^\/v1\/approval-requests\/([^/]+)\/decisions$/.exec(path)) && state.collaboration) {
      const body = JSON.parse((await readBody(ctx.req)).toString('utf8'));
      for (const list of Object.values(state.collaboration.approvals ?? {})) {
        const request = list.find((r) => r.id === m[1]);
        if (!request) continue;
        // `linkSession`: the scenario's session came in through the portal link and may not decide.
        if (state.linkSession && !token.endsWith('.verified'))
          return problem(ctx, 403, 'verification_required', 'Confirm your email address first: ask for a sign-in code, then try again.');
        request.decidedWith = token;
        const decision = {
          id: `dec_${++counter}`,
          member_id: state.member.id,
          email: state.member.email,
          decision: body.decision,
          note: body.note,
          version: request.version,
          sha256: 'a'.repeat(64),
          ip: null,
          user_agent: null,
          created_at: new Date().toISOString(),
        };
        request.decisions.push(decision);
        request.status = body.decision === 'approve' ? 'approved' : 'changes_requested';
        return send(ctx, 201, decision);
      }
    }
    if ((m = /^\/v1\/portals\/([^/]+)\/events$/.exec(path)) && m[1] === state.id) {
      if (!state.collaboration) return problem(ctx, 404, 'not_found', 'Not found');
      return send(ctx, 200, { data: state.collaboration.events ?? [], has_more: false, next_cursor: null });
    }
    return problem(ctx, 404, 'not_found', 'Not found');
  };
}
