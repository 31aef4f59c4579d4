import { randomInt } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { operations } from './support/contract.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';
import { generateRequests, isEdge, type FuzzRequest, type FuzzWorld } from './support/fuzz.ts';
import { preview } from './support/fuzz-values.ts';
import { seedPreview } from './support/previews.ts';
import { seedRequestObjects } from './support/requests.ts';
import { seedUpload } from './support/tus.ts';
import { fileForm } from './support/uploads.ts';
import { newId } from '../src/lib/ids.ts';
import { insertDelivery } from '../src/modules/webhooks/repository.ts';
import { NO_REQUEST } from '../src/lib/request-meta.ts';
import { createUserSession } from '../src/modules/user-sessions/service.ts';

// A seeded contract fuzzer: thousands of malformed requests over every operation in openapi.yaml, with real
// credentials and real objects so they reach the handlers. No answer may be a 5xx (or missing). A failure
// prints the seed; `FOYER_FUZZ_SEED=<seed>` replays the same requests.
const SEED = process.env.FOYER_FUZZ_SEED ? Number(process.env.FOYER_FUZZ_SEED) : randomInt(2 ** 31);
/** Malformed requests; about a tenth more, valid at the edges, come on top. */
const COUNT = Number(process.env.FOYER_FUZZ_REQUESTS ?? 5000);
const CONCURRENCY = 6;
const TIMEOUT_MS = 20_000;

// Destructive operations run after everything else (in this order), so the objects and the client's session
// live as long as possible. Archiving the portal (PATCH) ends its sessions.
const LAST = [
  'DELETE /v1/requests/{request_id}',
  'DELETE /v1/request-templates/{request_template_id}',
  'DELETE /v1/comments/{comment_id}',
  'DELETE /v1/approval-requests/{approval_request_id}',
  'DELETE /v1/webhook-endpoints/{endpoint_id}',
  'DELETE /v1/api-keys/{api_key_id}',
  'DELETE /v1/workspace/users/{user_id}',
  'DELETE /v1/auth/sessions/{user_session_id}',
  'DELETE /v1/portals/{portal_id}/members/{member_id}',
  'DELETE /v1/sessions/{session_id}',
  'DELETE /v1/files/{file_id}',
  'DELETE /v1/me',
  'PATCH /v1/portals/{portal_id}',
  'DELETE /v1/portals/{portal_id}',
  'POST /v1/auth/sign-out',
];

// Codes the middleware answers before an operation's handler runs.
const REFUSED_AT_THE_EDGE = new Set([
  'validation_failed',
  'malformed_json',
  'payload_too_large',
  'unsupported_media_type',
  'authentication_required',
  'invalid_credentials',
  'method_not_allowed',
]);

let ctx: TestContext;
const json = { 'content-type': 'application/json' };

async function post<T>(path: string, key: string | undefined, body: unknown): Promise<T> {
  const res = await ctx.fetch(path, { apiKey: key, method: 'POST', headers: json, body: JSON.stringify(body) });
  if (!res.ok) throw new Error(`setup: POST ${path} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

/** A member of `portal` and a session for it, through a one-time sign-in link. */
async function clientSession(ws: TestWorkspace, portal: string, email: string): Promise<{ member: string; token: string }> {
  const member = (await post<{ id: string }>(`/v1/portals/${portal}/members`, ws.apiKey, { email })).id;
  const link = await post<{ url: string }>(`/v1/portals/${portal}/sign-in-links`, ws.apiKey, { member_id: member });
  const token = new URL(link.url).hash.replace('#token=', '');
  const session = await post<{ session_token: string }>(`/v1/portals/${portal}/verifications/confirm`, undefined, { token });
  return { member, token: session.session_token };
}

/** One of each object the contract's path parameters name, in `ws`. */
async function objects(ws: TestWorkspace, label: string): Promise<{ ids: Record<string, string>; clientToken: string; userToken: string }> {
  const portal = (await post<{ id: string }>('/v1/portals', ws.apiKey, { name: `Fuzz ${label}` })).id;
  const upload = await ctx.upload(`/v1/portals/${portal}/files`, fileForm(Buffer.from(`fuzz ${label}`)), ws.apiKey);
  const file = ((await upload.json()) as { id: string }).id;
  const client = await clientSession(ws, portal, `client@${label}.test`);
  // The member and session the DELETE operations aim at are not the client's own.
  const other = await clientSession(ws, portal, `other@${label}.test`);
  const comment = (await post<{ id: string }>(`/v1/files/${file}/comments`, ws.apiKey, { body: 'hello' })).id;
  const approval = (await post<{ id: string }>(`/v1/files/${file}/approval-requests`, ws.apiKey, {})).id;
  const exported = (await post<{ id: string }>(`/v1/portals/${portal}/exports`, ws.apiKey, {})).id;
  // A public IP literal needs no DNS; nothing is decided before the end, so it is hardly ever called.
  const endpoint = (
    await post<{ id: string }>('/v1/webhook-endpoints', ws.apiKey, { url: 'https://93.184.215.14/hook', events: ['approval.approved'] })
  ).id;
  // A delivery of that endpoint, still pending and never queued: a resend reaches its handler (409) and sends nothing.
  const uploaded = await ctx.db
    .selectFrom('events')
    .select(['id', 'type'])
    .where('portal_id', '=', portal)
    .where('type', '=', 'file.uploaded')
    .executeTakeFirstOrThrow();
  const delivery = newId('webhookDelivery');
  await insertDelivery(ctx.db, {
    id: delivery,
    endpoint_id: endpoint,
    workspace_id: ws.workspaceId,
    event_id: uploaded.id,
    event_type: uploaded.type,
  });
  // A user whose session calls the `user` operations, another of their sessions to end, another user to
  // remove and another key to revoke: the DELETEs never aim at the credentials the fuzzer calls with.
  const user = await ctx.newUser(ws.workspaceId, { role: 'owner', email: `owner@${label}.test` });
  const [userRow] = await ctx.db.selectFrom('users').selectAll().where('id', '=', user.id).execute();
  const otherSession = await createUserSession(ctx.db, ctx.config.secretKey, userRow!, 'code', NO_REQUEST);
  const staff = await ctx.newUser(ws.workspaceId, { email: `staff@${label}.test` });
  const key = (await post<{ id: string }>('/v1/api-keys', ws.apiKey, { name: 'to revoke' })).id;
  const requests = await seedRequestObjects(ctx, ws, portal);
  return {
    ids: {
      ...requests,
      upload_id: await seedUpload(ctx, ws.apiKey, portal),
      user_id: staff.id,
      user_session_id: otherSession.row.id,
      api_key_id: key,
      portal_id: portal,
      file_id: file,
      preview_id: await seedPreview(ctx, file),
      member_id: other.member,
      session_id: `ses_${other.token.slice(3, 35)}`,
      comment_id: comment,
      approval_request_id: approval,
      export_id: exported,
      endpoint_id: endpoint,
      delivery_id: delivery,
    },
    clientToken: client.token,
    userToken: user.token,
  };
}

interface Outcome {
  request: FuzzRequest;
  status?: number;
  answer?: string;
  /** The problem's `code`, when the answer is one. */
  code?: string;
  error?: string;
  ms?: number;
}

const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });

function send(req: FuzzRequest, fresh = false): Promise<Outcome> {
  const url = new URL(ctx.baseUrl);
  return new Promise((resolve) => {
    const headers: Record<string, string> = { ...req.headers };
    if (req.body) headers['content-length'] = String(req.body.length);
    const call = request(
      {
        host: url.hostname,
        port: url.port,
        method: req.method,
        path: req.path,
        headers,
        agent: fresh ? false : agent,
        timeout: TIMEOUT_MS,
      },
      (res) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        res.on('data', (chunk: Buffer) => {
          if (kept < 16_384) chunks.push(chunk);
          kept += chunk.length;
        });
        res.on('end', () => resolve({ request: req, status: res.statusCode, answer: Buffer.concat(chunks).toString('utf8', 0, 16_384) }));
        res.on('error', (err) => resolve({ request: req, status: res.statusCode, error: err.message }));
      },
    );
    call.on('timeout', () => call.destroy(new Error(`no answer within ${TIMEOUT_MS} ms`)));
    call.on('error', (err) => resolve({ request: req, error: err.message }));
    call.end(req.body);
  });
}

/** Sends every request, `CONCURRENCY` at a time; a connection error is retried once on a new connection. */
async function run(requests: FuzzRequest[]): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const req = requests[next++]!;
      const started = performance.now();
      let outcome = await send(req);
      if (outcome.status === undefined) outcome = await send(req, true);
      outcomes.push({ ...outcome, code: problemCode(outcome.answer), ms: Math.round(performance.now() - started) });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return outcomes;
}

function problemCode(answer: string | undefined): string | undefined {
  return /"code":"([a-z_]+)"/.exec(answer ?? '')?.[1];
}

function describeOutcome(o: Outcome): string {
  const r = o.request;
  return [
    `${o.status ?? o.error} ← ${r.method} ${preview(r.path, 200)}   (${r.operation})`,
    `    mutations: ${r.mutations.join(' | ') || '(none)'}`,
    `    headers: ${preview(JSON.stringify(r.headers), 200)}`,
    `    body: ${r.body ? preview(r.body.toString('utf8'), 200) : '(none)'}`,
    `    answer: ${preview(o.answer ?? '', 200)}`,
  ].join('\n');
}

beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  agent.destroy();
  await ctx.close();
});

describe('contract fuzzer', () => {
  it(`answers ${COUNT} malformed requests over every operation without a 5xx`, { timeout: 480_000 }, async () => {
    const ws = await ctx.newWorkspace('Fuzz');
    const foreign = await ctx.newWorkspace('Foreign');
    const mine = await objects(ws, 'mine');
    const theirs = await objects(foreign, 'theirs');
    const world: FuzzWorld = {
      ids: mine.ids,
      foreignIds: theirs.ids,
      ownerKey: ws.apiKey,
      userToken: mine.userToken,
      clientToken: mine.clientToken,
      foreignOwnerKey: foreign.apiKey,
    };

    const ops = operations();
    const rank = (r: FuzzRequest) => LAST.indexOf(r.operation);
    const requests = generateRequests(SEED, COUNT, ops, world);
    // A stable sort: everything else keeps its generated order, the destructive ones go last.
    requests.sort((a, b) => rank(a) - rank(b));
    const outcomes = await run(requests);

    const offenders = outcomes.filter((o) => o.status === undefined || o.status >= 500);
    // FOYER_FUZZ_REPORT=<file> writes every offender there, not only the first few.
    if (process.env.FOYER_FUZZ_REPORT) {
      const slowest = [...outcomes].sort((a, b) => b.ms! - a.ms!).slice(0, 30);
      writeFileSync(process.env.FOYER_FUZZ_REPORT, [...offenders, ...slowest].map((o) => `${o.ms} ms ${describeOutcome(o)}`).join('\n'));
    }
    const replay = `FOYER_FUZZ_SEED=${SEED} npx vitest run service/test/fuzz.test.ts`;
    expect(
      offenders.length,
      `${offenders.length} of ${outcomes.length} requests answered 5xx or not at all (seed ${SEED}; replay: ${replay}). First ones:\n` +
        offenders.slice(0, 6).map(describeOutcome).join('\n'),
    ).toBe(0);

    // Every operation was exercised, and with real credentials on real objects some of each got past the
    // validator and the credential check into the handler (a success, or the handler's own refusal).
    expect(outcomes.length).toBe(requests.length);
    expect(outcomes.filter((o) => !isEdge(o.request)).length).toBe(COUNT);
    for (const op of ops) {
      const mine = outcomes.filter((o) => o.request.operation === `${op.method} ${op.path}`);
      expect(mine.filter((o) => !isEdge(o.request)).length, `${op.method} ${op.path}`).toBeGreaterThanOrEqual(
        Math.floor((0.8 * COUNT) / ops.length),
      );
      const reached = mine.filter((o) => o.status! < 300 || (o.status! < 500 && !REFUSED_AT_THE_EDGE.has(o.code ?? '')));
      const answers = [...new Set(mine.map((o) => `${o.status} ${o.code ?? ''}`))].join(', ');
      expect(reached.length, `${op.method} ${op.path} never reached its handler (seed ${SEED}); its answers: ${answers}`).toBeGreaterThan(
        0,
      );
    }
  });
});
