import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer, verifyWebhook } from '@foyer/sdk';
import { createFoyerClient } from '@foyer/sdk/openapi-fetch';
import { createTestContext, TEST_SECRET_KEY, type TestContext } from './support/context.ts';
import { runCli } from './support/process.ts';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.ts';

// The CLI against an external database (DATABASE_URL), as in production. The test app plays the running
// service: its workers deliver what the CLI queues (mail, events' webhooks; private addresses allowed).
let ctx: TestContext;
let env: Record<string, string>;
let receiver: WebhookReceiver;

beforeAll(async () => {
  ctx = await createTestContext({ WEBHOOKS_ALLOW_PRIVATE: 'true' });
  env = { DATABASE_URL: ctx.databaseUrl, SECRET_KEY: TEST_SECRET_KEY };
  receiver = await startWebhookReceiver();
});
afterAll(async () => {
  await ctx.close();
  await receiver.close();
});

describe('foyer CLI', () => {
  let workspaceId: string;
  let firstKey: string;

  it('creates a workspace and prints only {workspace_id, api_key} with --json', async () => {
    const result = await runCli(['workspace', 'create', '--name', 'Acme', '--owner-email', 'me@acme.test', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout) as Record<string, string>;
    expect(Object.keys(printed).sort()).toEqual(['api_key', 'workspace_id']);
    workspaceId = printed.workspace_id!;
    firstKey = printed.api_key!;
    expect(workspaceId).toMatch(/^wsp_[0-9a-z]{32}$/);
    expect(firstKey).toMatch(/^sk_[0-9a-z]{32}\.[A-Za-z0-9_-]{43}$/);
    const client = createFoyerClient({ baseUrl: ctx.baseUrl, apiKey: firstKey });
    const { data } = await client.GET('/v1/workspace');
    expect(data).toMatchObject({ id: workspaceId, name: 'Acme', owner_emails: ['me@acme.test'] });
  });

  it('makes each --owner-email a user with role owner, who signs in to the console with an emailed code', async () => {
    const client = createFoyerClient({ baseUrl: ctx.baseUrl, apiKey: firstKey });
    const { data } = await client.GET('/v1/workspace/users');
    expect(data!.data).toEqual([expect.objectContaining({ email: 'me@acme.test', role: 'owner', status: 'invited' })]);
    const json = { 'content-type': 'application/json' };
    const asked = await ctx.fetch('/v1/auth/verifications', { method: 'POST', headers: json, body: '{"email":"me@acme.test"}' });
    expect(asked.status).toBe(202);
    await expect.poll(async () => (await ctx.devMail('me@acme.test')).length, { timeout: 20_000 }).toBe(1);
    const [mail] = await ctx.devMail('me@acme.test');
    const code = /^(\d{6}) is your sign-in code for Acme$/.exec(mail!.subject)![1]!;
    const confirmed = await ctx.fetch('/v1/auth/verifications/confirm', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ email: 'me@acme.test', code }),
    });
    expect(confirmed.status).toBe(201);
    const session = (await confirmed.json()) as { session_token: string; user: { role: string; status: string } };
    expect(session.user).toMatchObject({ role: 'owner', status: 'active' });
    expect((await ctx.fetch('/v1/workspace/users', { apiKey: session.session_token })).status).toBe(200);
  });

  it('creates, lists and revokes keys; a revoked key fails on the next request', async () => {
    const created = await runCli(['key', 'create', '--workspace', workspaceId, '--name', 'ci', '--json'], env);
    expect(created.code, created.stderr).toBe(0);
    const key = JSON.parse(created.stdout) as { id: string; api_key: string; name: string };
    expect(key.name).toBe('ci');
    const client = createFoyerClient({ baseUrl: ctx.baseUrl, apiKey: key.api_key });
    expect((await client.GET('/v1/portals')).response.status).toBe(200);

    const listed = await runCli(['key', 'list', '--workspace', workspaceId, '--json'], env);
    const keys = (JSON.parse(listed.stdout) as { data: Array<Record<string, unknown>> }).data;
    expect(keys.map((k) => k.id)).toContain(key.id);
    expect(listed.stdout).not.toContain(key.api_key.split('.')[1]); // never the secret
    expect(keys.find((k) => k.id === key.id)!.last_used_at).not.toBeNull();

    const revoked = await runCli(['key', 'revoke', key.id], env);
    expect(revoked.code, revoked.stderr).toBe(0);
    expect(revoked.stdout).toContain(`Revoked ${key.id}`);
    const after = await client.GET('/v1/portals');
    expect(after.response.status).toBe(401);
    expect(after.error).toMatchObject({ code: 'invalid_credentials' });
    // The other key still works.
    expect((await createFoyerClient({ baseUrl: ctx.baseUrl, apiKey: firstKey }).GET('/v1/portals')).response.status).toBe(200);
  });

  it('records key changes in the audit trail, and the running service delivers them to webhooks', async () => {
    const foyer = new Foyer({ baseUrl: ctx.baseUrl, apiKey: firstKey });
    const endpoint = await foyer.webhookEndpoints.create({ url: `${receiver.url}/keys`, events: ['api_key.created', 'api_key.revoked'] });

    const created = await runCli(['key', 'create', '--workspace', workspaceId, '--name', 'deploy', '--json'], env);
    expect(created.code, created.stderr).toBe(0);
    const key = JSON.parse(created.stdout) as { id: string };
    const delivered = await receiver.waitFor((r) => r.path === '/keys');
    // Signed with the endpoint's secret, as every delivery is (Standard Webhooks).
    const payload = await verifyWebhook<{ type: string; data: Record<string, unknown> }>(
      delivered.body,
      delivered.headers,
      endpoint.secret,
    );
    expect(payload).toMatchObject({
      type: 'api_key.created',
      data: {
        type: 'api_key.created',
        workspace_id: workspaceId,
        portal_id: null,
        actor: { kind: 'system', id: null },
        target: { type: 'api_key', id: key.id },
        data: { name: 'deploy', via: 'cli' },
      },
    });

    const revoked = await runCli(['key', 'revoke', key.id], env);
    expect(revoked.code, revoked.stderr).toBe(0);
    const second = await receiver.waitFor((r) => r.path === '/keys' && r !== delivered);
    const revokedPayload = await verifyWebhook<{ type: string; data: Record<string, unknown> }>(
      second.body,
      second.headers,
      endpoint.secret,
    );
    expect(revokedPayload).toMatchObject({ type: 'api_key.revoked', data: { target: { type: 'api_key', id: key.id } } });

    // Both are in the workspace's audit trail, and its chain verifies.
    const listed = (await foyer.events.list({ limit: 10 }).page()).data.map((e) => [e.type, e.target?.id]);
    expect(listed).toContainEqual(['api_key.created', key.id]);
    expect(listed).toContainEqual(['api_key.revoked', key.id]);
    const audit = await runCli(['audit', 'verify', '--json'], env);
    expect(audit.code, audit.stdout).toBe(0);
  }, 90_000); // three CLI processes and two deliveries

  it('prints human-readable output without --json', async () => {
    const result = await runCli(['workspace', 'create', '--name', 'Beta', '--owner-email', 'b@beta.test'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Workspace\s+wsp_/);
    expect(result.stdout).toMatch(/API key\s+sk_/);
    expect(result.stdout).toContain('shown once');
  });

  it('queues a test message that a running service delivers', async () => {
    const result = await runCli(['mail', 'test', '--to', 'ops@acme.test', '--workspace', workspaceId, '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout) as { job_id: string; to: string };
    expect(Object.keys(printed).sort()).toEqual(['job_id', 'to']);
    expect(printed.job_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(printed.to).toBe('ops@acme.test');
    // The test app's mail worker plays the running service here (dev mailbox).
    const deadline = Date.now() + 15_000;
    while ((await ctx.devMail('ops@acme.test')).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    const [mail] = await ctx.devMail('ops@acme.test');
    expect(mail).toMatchObject({ subject: 'Test message from Acme', headers: { 'X-Foyer-Template': 'delivery_test' } });
    expect(mail!.text).toContain('foyer mail test');

    const bad = await runCli(['mail', 'test', '--to', 'not-an-address'], env);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not an email address');
  });

  it('runs migrations and reports when there is nothing to do', async () => {
    const result = await runCli(['migrate', '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ applied: [] });
  });

  it('explains bad arguments and exits non-zero', async () => {
    const badId = await runCli(['key', 'list', '--workspace', 'acme'], env);
    expect(badId.code).not.toBe(0);
    expect(badId.stderr).toContain('not a workspace id');
    const unknown = await runCli(['key', 'create', '--workspace', `wsp_${'0'.repeat(32)}`], env);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('No workspace');
    const missing = await runCli(['workspace', 'create', '--name', 'X'], env);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('--owner-email');
    const badEnv = await runCli(['migrate'], { DATABASE_URL: ctx.databaseUrl });
    expect(badEnv.code).toBe(2);
    expect(badEnv.stderr).toContain('SECRET_KEY');
  });

  it('refuses owner emails the contract cannot answer: over 254 characters, or more than 20', async () => {
    const longEmail = await runCli(
      ['workspace', 'create', '--name', 'X', '--owner-email', `${'a'.repeat(64)}@${'b'.repeat(190)}.test`],
      env,
    );
    expect(longEmail.code).not.toBe(0);
    expect(longEmail.stderr).toContain('at most 254 characters');
    const many = Array.from({ length: 21 }, (_, i) => `o${i}@x.test`);
    const tooMany = await runCli(['workspace', 'create', '--name', 'X', '--owner-email', ...many], env);
    expect(tooMany.code).not.toBe(0);
    expect(tooMany.stderr).toContain('at most 20 addresses');
  });

  it('has --help on every command', async () => {
    for (const args of [
      [],
      ['workspace', 'create'],
      ['key', 'create'],
      ['key', 'list'],
      ['key', 'revoke'],
      ['mail', 'test'],
      ['migrate'],
    ]) {
      const result = await runCli([...args, '--help'], env);
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.stdout).toContain('Usage: foyer');
    }
  });
});
