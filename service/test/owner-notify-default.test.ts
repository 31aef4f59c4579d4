import { randomUUID } from 'node:crypto';
import { Migrator, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_OWNER_EMAIL, ensureDemoWorkspace } from '../src/bootstrap/demo.ts';
import { createDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { createTestContext, createTestDatabase, TEST_SECRET_KEY, type TestContext } from './support/context.ts';
import { runCli } from './support/process.ts';
import { startTestSmtp, type TestSmtp } from './support/smtp.ts';
import { fileForm, PDF_BYTES } from './support/uploads.ts';

// "The owner hears nothing by default": a workspace made as a new user makes it (the CLI) must tell its owner
// what clients do, through real SMTP, without anyone first setting notify_emails. Owners are users (issue 13),
// who hear what clients do unless they mute it.
let smtp: TestSmtp;
let ctx: TestContext;
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  smtp = await startTestSmtp();
  ctx = await createTestContext({ SMTP_URL: smtp.url, MAIL_FROM: 'Portal <no-reply@studio.example>', NOTIFY_BATCH_SECONDS: '1' });
});
afterAll(async () => {
  await ctx?.close();
  await smtp?.close();
});

async function post(path: string, body: unknown, credential: string): Promise<Record<string, unknown>> {
  const res = await ctx.fetch(path, { method: 'POST', apiKey: credential, headers: json, body: JSON.stringify(body) });
  expect(res.status, path).toBeLessThan(300);
  return (await res.json()) as Record<string, unknown>;
}

describe('owner notifications by default', () => {
  it('emails the owner of a workspace created with `foyer workspace create` when a client comments', async () => {
    const env = { DATABASE_URL: ctx.databaseUrl, SECRET_KEY: TEST_SECRET_KEY };
    const created = await runCli(['workspace', 'create', '--name', 'Studio', '--owner-email', 'Me@Studio.example', '--json'], env);
    expect(created.code, created.stderr).toBe(0);
    const { api_key: apiKey } = JSON.parse(created.stdout) as { api_key: string };
    const workspace = (await (await ctx.fetch('/v1/workspace', { apiKey })).json()) as { notify_emails: string[]; owner_emails: string[] };
    expect(workspace).toMatchObject({ notify_emails: [], owner_emails: ['me@studio.example'] });
    const users = (await (await ctx.fetch('/v1/workspace/users', { apiKey })).json()) as { data: unknown[] };
    expect(users.data).toEqual([
      expect.objectContaining({
        email: 'me@studio.example',
        role: 'owner',
        status: 'invited',
        notifications: { muted: false, muted_portal_ids: [] },
      }),
    ]);

    const portal = await post('/v1/portals', { name: 'Brand refresh' }, apiKey);
    const member = await post(`/v1/portals/${portal.id as string}/members`, { email: 'dana@client.example', name: 'Dana' }, apiKey);
    const link = await post(`/v1/portals/${portal.id as string}/sign-in-links`, { member_id: member.id }, apiKey);
    const token = new URL(link.url as string).hash.slice('#token='.length);
    const session = (await (
      await ctx.fetch(`/v1/portals/${portal.id as string}/verifications/confirm`, {
        method: 'POST',
        headers: json,
        body: JSON.stringify({ token }),
      })
    ).json()) as { session_token: string };
    const uploaded = await ctx.upload(`/v1/portals/${portal.id as string}/files`, fileForm(PDF_BYTES, { filename: 'logo-v1.pdf' }), apiKey);
    const file = (await uploaded.json()) as { id: string };
    const marker = `Could the blue be darker? ${randomUUID()}`;
    await post(`/v1/files/${file.id}/comments`, { body: marker }, session.session_token);

    const mail = await smtp.waitForMessage((m) => m.to.includes('me@studio.example'), 30_000);
    expect(mail.text).toContain('logo-v1.pdf');
    expect(mail.text).toContain(marker.slice(0, 40));
  }, 90_000);

  it('makes the demo workspace’s owner a user who hears what clients do', async () => {
    const database = await createTestDatabase();
    const db = createDatabase({ url: database.url, maxConnections: 2 });
    try {
      await migrateToLatest(db);
      const demo = await ensureDemoWorkspace(db, TEST_SECRET_KEY);
      expect(demo.apiKey).toBeDefined(); // this call created it
      const users = await db
        .selectFrom('users')
        .select(['email', 'role', 'notifications_muted'])
        .where('workspace_id', '=', demo.workspaceId)
        .execute();
      expect(users).toEqual([{ email: DEMO_OWNER_EMAIL, role: 'owner', notifications_muted: false }]);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it('gives workspaces created before the default their owners, unless the workspace was ever edited; then makes owners users', async () => {
    const database = await createTestDatabase();
    const db = createDatabase({ url: database.url, maxConnections: 2 });
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
      expect((await migrator.migrateTo('2026_12_05_192000_seal_dev_mail')).error).toBeUndefined();
      await sql`insert into workspaces (id, name, notify_emails, created_at, updated_at) values
        ('wsp_untouched', 'Untouched', '{}', now(), now()),
        ('wsp_edited', 'Emptied on purpose', '{}', now() - interval '1 day', now()),
        ('wsp_unsubscribed', 'Owner unsubscribed', '{}', now(), now()),
        ('wsp_set', 'Has a list', '{desk@set.example}', now(), now())`.execute(db);
      await sql`insert into workspace_owners (workspace_id, email, created_at) values
        ('wsp_untouched', 'B@untouched.example', now()), ('wsp_untouched', 'a@untouched.example', now() + interval '1 second'),
        ('wsp_edited', 'me@edited.example', now()), ('wsp_unsubscribed', 'me@unsub.example', now()), ('wsp_set', 'me@set.example', now())`.execute(
        db,
      );
      await sql`insert into events (id, workspace_id, type, actor_kind, created_at, prev_hash, hash)
        values ('evt_unsub', 'wsp_unsubscribed', 'workspace.notify_email_removed', 'anonymous', now(), '', 'x')`.execute(db);

      expect((await migrator.migrateTo('2026_12_05_193000_notify_owners_by_default')).error).toBeUndefined();
      const notify = () => sql<{ id: string; notify_emails: string[] }>`select id, notify_emails from workspaces order by id`.execute(db);
      expect((await notify()).rows).toEqual([
        { id: 'wsp_edited', notify_emails: [] },
        { id: 'wsp_set', notify_emails: ['desk@set.example'] },
        { id: 'wsp_unsubscribed', notify_emails: [] },
        { id: 'wsp_untouched', notify_emails: ['b@untouched.example', 'a@untouched.example'] },
      ]);

      // Owners become owner users. Whoever was hearing through notify_emails hears as a user (and leaves the
      // list, so muting works); whoever was not (left out, unsubscribed) starts muted: nobody hears more or less.
      await migrateToLatest(db);
      expect((await notify()).rows).toEqual([
        { id: 'wsp_edited', notify_emails: [] },
        { id: 'wsp_set', notify_emails: ['desk@set.example'] },
        { id: 'wsp_unsubscribed', notify_emails: [] },
        { id: 'wsp_untouched', notify_emails: [] },
      ]);
      const users = await sql<Record<string, unknown>>`
        select workspace_id, email, role, status, notifications_muted from users order by workspace_id, seq`.execute(db);
      expect(users.rows).toEqual([
        { workspace_id: 'wsp_edited', email: 'me@edited.example', role: 'owner', status: 'invited', notifications_muted: true },
        { workspace_id: 'wsp_set', email: 'me@set.example', role: 'owner', status: 'invited', notifications_muted: true },
        { workspace_id: 'wsp_unsubscribed', email: 'me@unsub.example', role: 'owner', status: 'invited', notifications_muted: true },
        { workspace_id: 'wsp_untouched', email: 'b@untouched.example', role: 'owner', status: 'invited', notifications_muted: false },
        { workspace_id: 'wsp_untouched', email: 'a@untouched.example', role: 'owner', status: 'invited', notifications_muted: false },
      ]);
      const owners = await sql<{
        n: string;
      }>`select count(*) as n from information_schema.tables where table_name = 'workspace_owners'`.execute(db);
      expect(owners.rows[0]!.n).toBe('0');
    } finally {
      await db.destroy();
      await database.drop();
    }
  });
});
