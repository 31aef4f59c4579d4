import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, TEST_SECRET_KEY, type TestContext } from './support/context.ts';
import { runCli } from './support/process.ts';
import { startTestSmtp, type TestSmtp } from './support/smtp.ts';
import { fileForm, PDF_BYTES } from './support/uploads.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

// "No live secret is ever stored in clear anywhere": run what owners, clients and webhooks do — every way of
// handing out a credential, each POST with an Idempotency-Key as the SDK sends it — then read every text,
// JSON and bytea column of every table in the database and look for each secret that was handed out.

let smtp: TestSmtp | undefined;
let receiver: WebhookReceiver;
let ctx: TestContext;

interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Every message so far, oldest first: from the SMTP server, or opened from the kept dev mailbox. */
async function mailSoFar(): Promise<Mail[]> {
  if (smtp) return smtp.messages.map((m) => ({ to: m.to.join(', '), subject: m.subject, text: m.text }));
  return (await ctx.devMail()).reverse().map((m) => ({ to: m.to, subject: m.subject, text: m.text }));
}

async function waitForMail(predicate: (mail: Mail, index: number) => boolean): Promise<Mail> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const found = (await mailSoFar()).find(predicate);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('no such mail within 20 s');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Every credential the service handed out, by what it is. */
const secrets = new Map<string, string>();
function handedOut(label: string, value: string): void {
  secrets.set(label, value);
  // For `prefix_<id>.<secret>` the id is public (it is the row's key); the secret part must not be stored.
  const dot = value.indexOf('.');
  if (dot > 0) secrets.set(`${label} (secret part)`, value.slice(dot + 1));
}

const json = { 'content-type': 'application/json' };

async function post(path: string, body: unknown, credential?: string): Promise<Record<string, unknown>> {
  const res = await ctx.fetch(path, {
    method: 'POST',
    headers: { ...json, 'Idempotency-Key': randomUUID() },
    body: JSON.stringify(body),
    ...(credential ? { apiKey: credential } : {}),
  });
  expect(res.status, `${path}: ${res.status}`).toBeLessThan(300);
  return res.status === 204 ? {} : ((await res.json()) as Record<string, unknown>);
}

/** Tokens and link keys in every mail received so far (magic links, unsubscribe links). */
async function secretsInMail(): Promise<void> {
  for (const [i, mail] of (await mailSoFar()).entries()) {
    for (const match of mail.text.matchAll(/[#?&](?:token|k|t)=([A-Za-z0-9_.-]{16,})/g)) handedOut(`mail ${i} link token`, match[1]!);
  }
}

async function askForCode(portalId: string, email: string): Promise<{ code: string; token: string }> {
  await ctx.db.deleteFrom('rate_limit_hits').execute();
  const mark = (await mailSoFar()).length;
  await post(`/v1/portals/${portalId}/verifications`, { email });
  const mail = await waitForMail((m, i) => m.to.includes(email) && /sign-in code/.test(m.subject) && i >= mark);
  return { code: /\b(\d{6})\b/.exec(mail.subject)![1]!, token: /#token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]! };
}

/** A console sign-in code and magic link for a person of the business. */
async function askForUserCode(email: string): Promise<{ code: string; token: string }> {
  await ctx.db.deleteFrom('rate_limit_hits').execute();
  const mark = (await mailSoFar()).length;
  await post('/v1/auth/verifications', { email });
  const mail = await waitForMail((m, i) => m.to.includes(email) && /sign-in code/.test(m.subject) && i >= mark);
  return { code: /\b(\d{6})\b/.exec(mail.subject)![1]!, token: /#token=([A-Za-z0-9_-]+)/.exec(mail.text)![1]! };
}

beforeAll(async () => {
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await receiver?.close();
});

describe.each(['smtp', 'kept dev mailbox'] as const)('secrets at rest, mail by %s', (mode) => {
  beforeAll(async () => {
    secrets.clear();
    const settings = { WEBHOOKS_ALLOW_PRIVATE: 'true', NOTIFY_BATCH_SECONDS: '1' };
    if (mode === 'smtp') {
      smtp = await startTestSmtp();
      ctx = await createTestContext({ ...settings, SMTP_URL: smtp.url, MAIL_FROM: 'Portal <no-reply@acme.example>' });
    } else {
      smtp = undefined;
      ctx = await createTestContext({ ...settings, DEV_MAILBOX: 'true' });
    }
  });
  afterAll(async () => {
    await ctx?.close();
    await smtp?.close();
  });

  it('stores no credential it handed out in clear, in any column of any table', async () => {
    // The owner: a workspace and a second key from the CLI, as an installation starts.
    const env = { DATABASE_URL: ctx.databaseUrl, SECRET_KEY: TEST_SECRET_KEY };
    const created = await runCli(['workspace', 'create', '--name', 'Acme', '--owner-email', 'owner@acme.example', '--json'], env);
    expect(created.code, created.stderr).toBe(0);
    const { workspace_id: workspaceId, api_key: apiKey } = JSON.parse(created.stdout) as { workspace_id: string; api_key: string };
    handedOut('API key from workspace create', apiKey);
    const key = await runCli(['key', 'create', '--workspace', workspaceId, '--name', 'ci', '--json'], env);
    expect(key.code, key.stderr).toBe(0);
    handedOut('API key from key create', (JSON.parse(key.stdout) as { api_key: string }).api_key);

    const webhook = await post('/v1/webhook-endpoints', { url: `${receiver.url}/hooks` }, apiKey);
    handedOut('webhook secret', webhook.secret as string);
    handedOut('webhook secret (key bytes)', (webhook.secret as string).replace(/^whsec_/, ''));

    const portal = await post('/v1/portals', { name: '2026 tax return' }, apiKey);
    const portalId = portal.id as string;
    const dana = await post(`/v1/portals/${portalId}/members`, { email: 'dana@client.example', name: 'Dana' }, apiKey);
    const sam = await post(`/v1/portals/${portalId}/members`, { email: 'sam@client.example', name: 'Sam' }, apiKey);

    // The client signs in every way there is.
    const first = await askForCode(portalId, 'dana@client.example');
    const byCode = await post(`/v1/portals/${portalId}/verifications/confirm`, { email: 'dana@client.example', code: first.code });
    handedOut('session by code', byCode.session_token as string);
    const second = await askForCode(portalId, 'dana@client.example');
    const byMagicLink = await post(`/v1/portals/${portalId}/verifications/confirm`, { token: second.token });
    handedOut('session by magic link', byMagicLink.session_token as string);
    const signInLink = await post(`/v1/portals/${portalId}/sign-in-links`, { member_id: sam.id }, apiKey);
    const signInToken = new URL(signInLink.url as string).hash.replace('#token=', '');
    handedOut('sign-in link token', signInToken);
    const bySignInLink = await post(`/v1/portals/${portalId}/verifications/confirm`, { token: signInToken });
    handedOut('session by sign-in link', bySignInLink.session_token as string);
    const embed = await post(`/v1/portals/${portalId}/embed-sessions`, { email: 'lee@client.example' }, apiKey);
    handedOut('embed code', embed.embed_code as string);
    const byEmbed = await post(`/v1/portals/${portalId}/verifications/confirm`, { embed_code: embed.embed_code });
    handedOut('session by embed code', byEmbed.session_token as string);

    const linkPortal = await post('/v1/portals', { name: 'Quick drop', access_mode: 'link' }, apiKey);
    const accessLink = await post(`/v1/portals/${linkPortal.id as string}/access-link`, {}, apiKey);
    const linkKey = new URL(accessLink.url as string).hash.replace('#k=', '');
    handedOut('access link key', linkKey);
    const byAccessLink = await post(`/v1/portals/${linkPortal.id as string}/verifications/confirm`, {
      link_key: linkKey,
      name: 'Lee',
      email: 'lee@visitor.example',
    });
    handedOut('session by access link', byAccessLink.session_token as string);

    // The business's people: an invitation, a console code, a magic link, a workspace choice, the console's
    // cookie and its CSRF value, and an API key made over HTTP.
    const mark = (await mailSoFar()).length;
    await post('/v1/workspace/users', { email: 'staff@acme.example', role: 'staff' }, apiKey);
    const invitation = await waitForMail((m, i) => m.to.includes('staff@acme.example') && i >= mark);
    const invitationToken = /#token=([A-Za-z0-9_-]+)/.exec(invitation.text)![1]!;
    handedOut('invitation token', invitationToken);
    handedOut(
      'user session by invitation',
      (await post('/v1/auth/verifications/confirm', { token: invitationToken })).session_token as string,
    );
    const ownerCode = await askForUserCode('owner@acme.example');
    const ownerSession = (await post('/v1/auth/verifications/confirm', { email: 'owner@acme.example', code: ownerCode.code }))
      .session_token as string;
    handedOut('user session by code', ownerSession);
    handedOut('API key made over HTTP', (await post('/v1/api-keys', { name: 'made by a user' }, ownerSession)).api_key as string);
    const again = await runCli(['workspace', 'create', '--name', 'Acme Two', '--owner-email', 'owner@acme.example', '--json'], env);
    expect(again.code, again.stderr).toBe(0);
    handedOut('API key from the second workspace', (JSON.parse(again.stdout) as { api_key: string }).api_key);
    const twoWorkspaces = await askForUserCode('owner@acme.example');
    const choice = (await post('/v1/auth/verifications/confirm', { token: twoWorkspaces.token })).workspace_choice as {
      choice_token: string;
    };
    handedOut('workspace choice token', choice.choice_token);
    const chosen = await ctx.fetch('/v1/auth/verifications/confirm', {
      method: 'POST',
      headers: { ...json, 'Idempotency-Key': randomUUID() },
      body: JSON.stringify({ choice_token: choice.choice_token, workspace_id: workspaceId, transport: 'cookie' }),
    });
    expect(chosen.status).toBe(201);
    for (const cookie of chosen.headers.getSetCookie()) {
      const [name, value] = cookie.split(';')[0]!.split('=') as [string, string];
      handedOut(`console cookie ${name}`, value);
    }

    // Work that makes notifications and webhook deliveries.
    const session = byCode.session_token as string;
    const uploaded = await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(PDF_BYTES, { filename: 'statement.pdf' }), session, {
      'Idempotency-Key': randomUUID(),
    });
    expect(uploaded.status).toBe(201);
    const file = (await uploaded.json()) as { id: string };
    await post(`/v1/files/${file.id}/comments`, { body: 'Here is March.' }, session);
    const owned = await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(PDF_BYTES, { filename: 'return.pdf' }), apiKey, {
      'Idempotency-Key': randomUUID(),
    });
    const returnFile = (await owned.json()) as { id: string };
    const approval = await post(`/v1/files/${returnFile.id}/approval-requests`, { message: 'Please approve' }, apiKey);
    await post(`/v1/approval-requests/${approval.id as string}/decisions`, { decision: 'approve', note: 'Looks right' }, session);
    await receiver.waitFor((r) => r.body.includes('approval.approved'));
    await waitForMail((m) => m.to.includes('sam@client.example') && !/sign-in/.test(m.subject));
    await secretsInMail();
    // Idempotent responses are recorded as they are sent: wait until none is still being written.
    for (let i = 0; i < 50; i++) {
      const running = await ctx.db.selectFrom('idempotency_keys').select('key').where('state', '=', 'in_progress').execute();
      if (running.length === 0) break;
      await new Promise((r) => setTimeout(r, 100));
    }

    const found = await scanEverything([...secrets.entries()]);
    expect(found).toEqual([]);

    // The scan reads what it should: the public id of a session is in its row.
    const sessionId = session.slice('cs_'.length, session.indexOf('.'));
    expect(await scanEverything([['session id', sessionId]])).toContain('public.sessions.id: session id');
    expect(secrets.size).toBeGreaterThanOrEqual(35);
    expect(dana.id).toBeDefined();
  }, 120_000);

  it('replay a credential from the sealed copy, to its own caller only', async () => {
    const owner = await ctx.newWorkspace('Replays');
    const other = await ctx.newWorkspace('Other');
    const portalId = (await post('/v1/portals', { name: 'P' }, owner.apiKey)).id as string;
    const member = await post(`/v1/portals/${portalId}/members`, { email: 'rae@client.example' }, owner.apiKey);
    const send = (apiKey: string, key: string) =>
      ctx.fetch(`/v1/portals/${portalId}/sign-in-links`, {
        apiKey,
        method: 'POST',
        headers: { ...json, 'Idempotency-Key': key },
        body: JSON.stringify({ member_id: member.id }),
      });

    const first = await send(owner.apiKey, 'link-1');
    const firstBody = (await first.json()) as { url: string };
    const replay = await send(owner.apiKey, 'link-1');
    expect(replay.status).toBe(201);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await replay.json()).toEqual(firstBody);

    const row = await ctx.db.selectFrom('idempotency_keys').selectAll().where('key', '=', 'link-1').executeTakeFirstOrThrow();
    expect(row.response_sealed).toMatch(/^v2\./);
    expect(row.response_sealed).not.toContain(new URL(firstBody.url).hash.slice('#token='.length));

    // Someone who can write the table moves the sealed response under another caller's key: it does not open,
    // so the service never hands it to that caller; the key is released and the retry may run.
    await ctx.db
      .insertInto('idempotency_keys')
      .values({
        scope: `owner:${other.workspaceId}`,
        key: 'link-1',
        request_hash: row.request_hash,
        state: 'completed',
        response_status: 201,
        response_sealed: row.response_sealed,
      })
      .execute();
    const moved = await send(other.apiKey, 'link-1');
    expect(moved.status).toBe(409);
    expect(((await moved.json()) as { code: string }).code).toBe('idempotency_in_progress');
    expect(await ctx.db.selectFrom('idempotency_keys').select('key').where('scope', '=', `owner:${other.workspaceId}`).execute()).toEqual(
      [],
    );
  });
});

/** `schema.table.column: label` for every text, JSON or bytea column of every table holding one of the values. */
async function scanEverything(values: Array<[string, string]>): Promise<string[]> {
  const columns = await sql<{ table_schema: string; table_name: string; column_name: string; data_type: string }>`
    select c.table_schema, c.table_name, c.column_name, c.data_type
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where t.table_type = 'BASE TABLE'
      and c.table_schema not in ('pg_catalog', 'information_schema')
      and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea', 'ARRAY', 'USER-DEFINED')
    order by 1, 2, 3`.execute(ctx.db);
  expect(columns.rows.length).toBeGreaterThan(50);
  const found: string[] = [];
  const labels = values.map(([label]) => label);
  const needles = values.map(([, value]) => value);
  for (const column of columns.rows) {
    const target = sql.raw(`"${column.table_schema}"."${column.table_name}"`);
    const col = sql.raw(`"${column.column_name}"`);
    const match =
      column.data_type === 'bytea'
        ? sql`position(convert_to(v.needle, 'UTF8') in t.${col}) > 0`
        : sql`strpos(t.${col}::text, v.needle) > 0`;
    const { rows } = await sql<{ i: number }>`
      select v.i::int as i from unnest(${needles}::text[]) with ordinality as v(needle, i)
      where exists (select 1 from ${target} t where ${match})`.execute(ctx.db);
    for (const { i } of rows) found.push(`${column.table_schema}.${column.table_name}.${column.column_name}: ${labels[i - 1]!}`);
  }
  return found;
}
