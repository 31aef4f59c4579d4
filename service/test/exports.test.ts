import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditChains } from '../src/modules/events/verify.ts';
import { sweepStorage } from '../src/modules/storage/maintenance.ts';
import { createTestContext, TEST_SECRET_KEY, type TestContext } from './support/context.ts';
import { runCli } from './support/process.ts';
import { requestsWorkspace, type RequestsWorkspace } from './support/requests.ts';
import { fileForm, multipart, PDF_BYTES } from './support/uploads.ts';
import { saveBody, unzip, zipEntries } from './support/zip.ts';

const run = promisify(execFile);
type Export = { id: string; status: string; progress: number; size: number | null; expires_at: string | null; portal_id: string | null };

let ctx: TestContext;
let ws: RequestsWorkspace;
let tmp: string;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  ctx = await createTestContext();
  ws = await requestsWorkspace(ctx, 'Export Co');
  tmp = await mkdtemp(join(tmpdir(), 'foyer-exports-'));
});
afterAll(async () => {
  await ctx.close();
  await rm(tmp, { recursive: true, force: true });
});

async function upload(portalId: string, bytes: Buffer, filename: string, key = ws.key): Promise<{ id: string }> {
  const res = await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(bytes, { filename }), key);
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string };
}

async function download(path: string, key: string, name: string): Promise<{ res: Response; file: string }> {
  const res = await ctx.fetch(path, { apiKey: key });
  const file = join(tmp, name);
  if (res.ok) await saveBody(res, file);
  return { res, file };
}

/** Runs the export's verification script; resolves to its exit code and output either way. */
async function verifyScript(dir: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run(process.execPath, [join(dir, 'verify-export.mjs'), dir]);
    return { code: 0, stdout };
  } catch (err) {
    return { code: (err as { code: number }).code, stdout: (err as { stdout: string }).stdout };
  }
}

async function waitReady(exportId: string): Promise<Export> {
  for (let i = 0; i < 200; i++) {
    const row = await ws.ok<Export>(`/v1/workspace/exports/${exportId}`, ws.key);
    if (row.status === 'ready' || row.status === 'failed') return row;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`export ${exportId} never finished`);
}

describe('GET /v1/portals/{id}/archive', () => {
  let portalId: string;
  let client: { token: string };
  const report = Buffer.from('the report, first file');
  const report2 = Buffer.from('another file that is also called report.pdf');
  const notes = Buffer.from('notes');
  let ids: string[];

  beforeAll(async () => {
    portalId = (await ws.portal({ name: 'Archive' })).id;
    client = await ws.client(portalId);
    ids = [
      (await upload(portalId, report, 'report.pdf')).id,
      (await upload(portalId, report2, 'report.pdf')).id,
      (await upload(portalId, notes, '../notes.txt', client.token)).id,
    ];
    // A second version: the archive holds the current one only.
    const v2 = await ctx.upload(`/v1/files/${ids[2]}/versions`, fileForm(Buffer.from('notes, v2')), ws.key);
    expect(v2.status).toBe(201);
  });

  it('streams every current version, names sanitised and numbered, with its size ahead', async () => {
    const { res, file } = await download(`/v1/portals/${portalId}/archive`, ws.key, 'all.zip');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename=foyer-${portalId}.zip`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const entries = await zipEntries(file);
    expect(Number(res.headers.get('content-length'))).toBe((await readFile(file)).length);
    expect(entries.map((e) => [e.name, e.sha256, e.compressed])).toEqual([
      ['report.pdf', sha(report), false],
      ['report (2).pdf', sha(report2), false],
      ['notes.txt', sha('notes, v2'), false],
    ]);
    const events = await ws.events(portalId, 'portal.archive_downloaded');
    expect(events[0]?.data).toEqual({ files: 3, bytes: report.length + report2.length + 'notes, v2'.length });
  });

  it('takes the files listed, for the portal’s client too', async () => {
    const { res, file } = await download(`/v1/portals/${portalId}/archive?files=${ids[2]},${ids[0]}`, client.token, 'some.zip');
    expect(res.status).toBe(200);
    expect((await zipEntries(file)).map((e) => e.name)).toEqual(['report.pdf', 'notes.txt']);
  });

  it('answers 404 for a file that is not in the portal, another portal, or a client of another portal', async () => {
    const other = (await ws.portal({ name: 'Other' })).id;
    const otherFile = (await upload(other, Buffer.from('x'), 'x.txt')).id;
    const stranger = await ws.client(other);
    for (const [path, key] of [
      [`/v1/portals/${portalId}/archive?files=${ids[0]},${otherFile}`, ws.key],
      [`/v1/portals/${portalId}/archive`, stranger.token],
      [`/v1/portals/prt_${'0'.repeat(32)}/archive`, ws.key],
    ] as const) {
      const res = await ctx.fetch(path, { apiKey: key });
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { code: string }).code).toBe('not_found');
    }
  });

  it('refuses a malformed file list', async () => {
    for (const files of ['', 'fil_x', `${ids[0]},`, Array.from({ length: 101 }, () => ids[0]).join(',')]) {
      const res = await ctx.fetch(`/v1/portals/${portalId}/archive?files=${files}`, { apiKey: ws.key });
      expect(res.status, files).toBe(400);
      expect(((await res.json()) as { code: string }).code).toBe('validation_failed');
    }
  });

  it('is an empty zip for a portal without files', async () => {
    const empty = (await ws.portal({ name: 'Empty' })).id;
    const { res, file } = await download(`/v1/portals/${empty}/archive`, ws.key, 'empty.zip');
    expect(res.status).toBe(200);
    expect(await zipEntries(file)).toEqual([]);
  });
});

/** A portal with everything an export holds: members, files with versions, a thread, a decision, a request. */
async function busyPortal(name: string) {
  const portalId = (await ws.portal({ name })).id;
  const client = await ws.client(portalId, `dana.${name.toLowerCase().replace(/\W/g, '')}@client.test`);
  const pdf = await upload(portalId, PDF_BYTES, 'return.pdf');
  const v2 = Buffer.concat([PDF_BYTES, Buffer.from('% v2\n')]);
  expect((await ctx.upload(`/v1/files/${pdf.id}/versions`, fileForm(v2, { filename: 'return.pdf' }), ws.key)).status).toBe(201);
  const thread = await ws.ok<{ id: string }>(`/v1/files/${pdf.id}/comments`, client.token, 'POST', { body: 'Is page 2 right?' });
  await ws.ok(`/v1/files/${pdf.id}/comments`, ws.key, 'POST', { body: 'Yes — checked.', parent_id: thread.id });
  const approval = await ws.ok<{ id: string }>(`/v1/files/${pdf.id}/approval-requests`, ws.key, 'POST', { message: 'Please approve' });
  await ws.ok(`/v1/approval-requests/${approval.id}/decisions`, client.token, 'POST', { decision: 'approve', note: 'Looks good' });
  const request = await ws.request(portalId, { title: 'Documents', notify: false, items: [{ title: 'Statement' }] });
  const form = multipart([
    { name: 'request_item_id', value: request.items[0]!.id },
    { name: 'file', value: Buffer.from('statement bytes'), params: '; filename="statement.txt"', contentType: 'text/plain' },
  ]);
  expect((await ctx.upload(`/v1/portals/${portalId}/files`, form, client.token)).status).toBe(201);
  return { portalId, client, pdfId: pdf.id, approvalId: approval.id };
}

describe('portal exports', () => {
  it('round-trip: every file version, comment and decision, and a chain that verifies from the JSON alone', async () => {
    const { portalId, pdfId, approvalId } = await busyPortal('Round trip');
    const res = await ctx.fetch(`/v1/portals/${portalId}/exports`, { apiKey: ws.key, method: 'POST' });
    expect(res.status).toBe(202);
    const queued = (await res.json()) as Export;
    expect(queued.portal_id).toBe(portalId);
    expect(queued.status).toMatch(/^(queued|running|ready)$/);
    const ready = await waitReady(queued.id);
    expect(ready).toMatchObject({ status: 'ready', progress: 100 });
    expect(Date.parse(ready.expires_at!) - Date.now()).toBeGreaterThan(6.9 * 86_400_000);

    const { res: got, file } = await download(`/v1/workspace/exports/${queued.id}/content`, ws.key, 'export.zip');
    expect(got.status).toBe(200);
    expect(got.headers.get('content-disposition')).toBe(`attachment; filename=foyer-export-${queued.id}.zip`);
    expect((await readFile(file)).length).toBe(ready.size);
    const dir = join(tmp, 'export');
    await unzip(file, dir);
    const read = async <T>(path: string) => JSON.parse(await readFile(join(dir, path), 'utf8')) as T;

    // Every version of every file, with the bytes the database says it has.
    const versions = await ctx.db
      .selectFrom('file_versions as v')
      .innerJoin('files as f', 'f.id', 'v.file_id')
      .select(['v.file_id', 'v.version', 'v.sha256'])
      .where('f.portal_id', '=', portalId)
      .orderBy('v.file_id')
      .orderBy('v.version')
      .execute();
    expect(versions).toHaveLength(3);
    const files = await read<Array<{ id: string; versions: Array<{ version: number; sha256: string; path: string }> }>>(
      `portals/${portalId}/files.json`,
    );
    const exported = files.flatMap((f) => f.versions.map((v) => ({ file_id: f.id, version: v.version, sha256: v.sha256, path: v.path })));
    expect(exported.map(({ path: _p, ...v }) => v).sort((a, b) => a.file_id.localeCompare(b.file_id) || a.version - b.version)).toEqual(
      versions,
    );
    for (const v of exported) expect(sha(await readFile(join(dir, v.path)))).toBe(v.sha256);
    expect(exported.find((v) => v.file_id === pdfId && v.version === 1)?.path).toBe(`portals/${portalId}/files/${pdfId}/v1-return.pdf`);

    // Every comment and the decision, as recorded.
    const comments = await read<Array<{ id: string; body: string; parent_id: string | null }>>(`portals/${portalId}/comments.json`);
    expect(comments.map((c) => c.body)).toEqual(['Is page 2 right?', 'Yes — checked.']);
    const approvals = await read<Array<{ id: string; decisions: Array<Record<string, unknown>> }>>(`portals/${portalId}/approvals.json`);
    const decision = await ctx.db
      .selectFrom('approval_decisions')
      .selectAll()
      .where('request_id', '=', approvalId)
      .executeTakeFirstOrThrow();
    expect(approvals).toEqual([
      expect.objectContaining({
        id: approvalId,
        decisions: [
          expect.objectContaining({
            id: decision.id,
            email: decision.email,
            decision: 'approve',
            note: 'Looks good',
            sha256: decision.sha256,
            sign_in_method: 'sign_in_link',
          }),
        ],
      }),
    ]);
    const requests = await read<Array<{ items: Array<{ files: Array<{ file_id: string }> }> }>>(`portals/${portalId}/requests.json`);
    expect(requests[0]!.items[0]!.files).toHaveLength(1);
    const members = await read<Array<{ email: string }>>(`portals/${portalId}/members.json`);
    expect(members.map((m) => m.email)).toEqual([decision.email]);

    // The chain, with no database: the script in the zip recomputes it and every sha256.
    const events = await read<Array<{ hash: string; type: string }>>(`portals/${portalId}/events.json`);
    const dbEvents = await ctx.db.selectFrom('events').select(['hash']).where('portal_id', '=', portalId).orderBy('seq').execute();
    expect(events.map((e) => e.hash)).toEqual(dbEvents.slice(0, events.length).map((e) => e.hash));
    expect(events.map((e) => e.type)).toContain('export.created');
    const manifest = await read<{ chains: Record<string, { events: number; head: string }>; counts: Record<string, number> }>(
      'manifest.json',
    );
    expect(manifest.chains[portalId]).toEqual({ events: events.length, head: events.at(-1)!.hash });
    expect(manifest.counts).toMatchObject({
      portals: 1,
      files: 2,
      versions: 3,
      members: 1,
      comments: 2,
      approval_requests: 1,
      decisions: 1,
    });
    const verified = await run(process.execPath, [join(dir, 'verify-export.mjs')], { cwd: tmpdir() });
    expect(verified.stdout).toContain(`ok      ${portalId} events: ${events.length} event(s), head ${events.at(-1)!.hash}`);
    expect(verified.stdout).toContain(`ok      ${portalId} files: 3 version(s), every sha256 matches`);
    expect(await readFile(join(dir, 'README.md'), 'utf8')).toContain('node verify-export.mjs');

    // One byte changed in one event, or in one file, fails it.
    const eventsPath = join(dir, `portals/${portalId}/events.json`);
    const original = await readFile(eventsPath, 'utf8');
    await writeFile(eventsPath, original.replace('"Is page 2 right?"', '"Is page 3 right?"').replace('"file.uploaded"', '"file.uploadeD"'));
    const tampered = await verifyScript(dir);
    expect(tampered.code).toBe(1);
    expect(tampered.stdout).toContain(`FAILED  ${portalId} events: event`);
    await writeFile(eventsPath, original);
    const pdfPath = join(dir, exported[0]!.path);
    await writeFile(pdfPath, Buffer.concat([await readFile(pdfPath), Buffer.from('x')]));
    const badFile = await verifyScript(dir);
    expect(badFile.code).toBe(1);
    expect(badFile.stdout).toContain(`FAILED  ${portalId} files:`);

    // Recorded: created by the key, ready by the system.
    const trail = await ws.events(portalId);
    expect(trail.find((e) => e.type === 'export.ready')).toMatchObject({ target: { type: 'export', id: queued.id } });
  }, 120_000);

  it('answers the export under way instead of starting another, and 409 export_not_ready for its content', async () => {
    const portalId = (await ws.portal({ name: 'Under way' })).id;
    const id = `exp_${'1'.repeat(32)}`;
    await ctx.db
      .insertInto('exports')
      .values({
        id,
        workspace_id: ws.workspaceId,
        portal_id: portalId,
        storage_key: `exports/${ws.workspaceId}/${id}.zip`,
        created_by: ws.keyId,
      })
      .execute();
    const again = await ws.ok<Export>(`/v1/portals/${portalId}/exports`, ws.key, 'POST');
    expect(again).toMatchObject({ id, status: 'queued', progress: 0, size: null, expires_at: null });
    const res = await ctx.fetch(`/v1/workspace/exports/${id}/content`, { apiKey: ws.key });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { code: string }).code).toBe('export_not_ready');
    const list = await ws.ok<{ data: Export[] }>(`/v1/workspace/exports?portal_id=${portalId}`, ws.key);
    expect(list.data.map((e) => e.id)).toEqual([id]);
  });

  it('is for owners: staff get 403 owner_role_required, clients and other workspaces 404', async () => {
    const portalId = (await ws.portal({ name: 'Owners only' })).id;
    const staff = await ctx.newUser(ws.workspaceId, { role: 'staff' });
    const client = await ws.client(portalId);
    const created = await ws.ok<Export>(`/v1/portals/${portalId}/exports`, ws.key, 'POST');
    await waitReady(created.id);
    const stranger = await ctx.newWorkspace('Stranger');
    for (const path of [`/v1/portals/${portalId}/exports`, '/v1/workspace/exports']) {
      const res = await ctx.fetch(path, { apiKey: staff.token, method: 'POST' });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { code: string }).code).toBe('owner_role_required');
    }
    for (const key of [client.token, stranger.apiKey]) {
      for (const path of [`/v1/workspace/exports/${created.id}`, `/v1/workspace/exports/${created.id}/content`]) {
        const res = await ctx.fetch(path, { apiKey: key });
        expect(res.status).toBe(404);
        expect(((await res.json()) as { code: string }).code).toBe('not_found');
      }
    }
  });

  it('is deleted by the sweeper after 7 days: the row and its zip', async () => {
    const portalId = (await ws.portal({ name: 'Expiring' })).id;
    await upload(portalId, Buffer.from('bytes'), 'a.txt');
    const created = await ws.ok<Export>(`/v1/portals/${portalId}/exports`, ws.key, 'POST');
    await waitReady(created.id);
    const key = `exports/${ws.workspaceId}/${created.id}.zip`;
    expect(await ctx.storage.head(key)).toBeDefined();
    await ctx.db
      .updateTable('exports')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('id', '=', created.id)
      .execute();
    const gone = await ctx.fetch(`/v1/workspace/exports/${created.id}`, { apiKey: ws.key });
    expect(gone.status).toBe(404);
    const swept = await sweepStorage(ctx.db, ctx.storage, { graceMs: 60_000 });
    expect(swept.exportsExpired).toBe(1);
    expect(await ctx.storage.head(key)).toBeUndefined();
    expect(await ctx.db.selectFrom('exports').select('id').where('id', '=', created.id).execute()).toEqual([]);
  });
});

describe('workspace exports', () => {
  it('hold every portal, the users and the workspace chain, and verify', async () => {
    const one = await busyPortal('Workspace one');
    await ws.ok(`/v1/portals/${one.portalId}`, ws.key, 'PATCH', { name: 'Workspace one, renamed' });
    const created = await ws.ok<Export>('/v1/workspace/exports', ws.key, 'POST');
    expect(created.portal_id).toBeNull();
    const ready = await waitReady(created.id);
    expect(ready.status).toBe('ready');
    const { file } = await download(`/v1/workspace/exports/${created.id}/content`, ws.key, 'workspace.zip');
    const dir = join(tmp, 'workspace');
    await unzip(file, dir);
    const portals = await ctx.db.selectFrom('portals').select('id').where('workspace_id', '=', ws.workspaceId).execute();
    const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as { counts: { portals: number }; chains: object };
    expect(manifest.counts.portals).toBe(portals.length);
    expect(Object.keys(manifest.chains)).toContain('workspace');
    const users = JSON.parse(await readFile(join(dir, 'workspace/users.json'), 'utf8')) as Array<{ role: string }>;
    expect(users.some((u) => u.role === 'owner')).toBe(true);
    const verified = await run(process.execPath, [join(dir, 'verify-export.mjs')]);
    expect(verified.stdout).not.toContain('FAILED');
    expect(verified.stdout).toContain('ok      workspace events:');
    expect(verified.stdout.match(/^ok {6}prt_\w+ events/gm)).toHaveLength(portals.length);
  }, 120_000);
});

describe('foyer export', () => {
  it('writes the same zip locally, with honest counts and its own export.created in the chain', async () => {
    const { portalId } = await busyPortal('From the CLI');
    const env = { DATABASE_URL: ctx.databaseUrl, SECRET_KEY: TEST_SECRET_KEY, FOYER_DATA_DIR: ctx.config.dataDir };
    const out = join(tmp, 'cli.zip');
    const result = await runCli(['export', '--portal', portalId, '--out', out, '--json'], env);
    expect(result.code, result.stderr).toBe(0);
    const printed = JSON.parse(result.stdout) as { export_id: string; size: number; counts: Record<string, number> };
    expect(printed.counts).toMatchObject({
      portals: 1,
      files: 2,
      versions: 3,
      members: 1,
      comments: 2,
      approval_requests: 1,
      decisions: 1,
      requests: 1,
    });
    expect(printed.size).toBe((await readFile(out)).length);
    const dir = join(tmp, 'cli');
    await unzip(out, dir);
    const verified = await verifyScript(dir);
    expect(verified.code, verified.stdout).toBe(0);
    const events = JSON.parse(await readFile(join(dir, `portals/${portalId}/events.json`), 'utf8')) as Array<{
      type: string;
      data: object;
    }>;
    expect(events.at(-1)).toMatchObject({ type: 'export.created', data: { scope: 'portal', via: 'cli' } });
    expect(printed.counts.events).toBe(events.length);

    // Human output: a summary; an existing file is never overwritten; one scope exactly.
    const again = await runCli(['export', '--portal', portalId, '--out', out], env);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('exists already');
    const both = await runCli(['export', '--portal', portalId, '--workspace', ws.workspaceId, '--out', join(tmp, 'x.zip')], env);
    expect(both.code).toBe(2);
    const human = await runCli(['export', '--workspace', ws.workspaceId, '--out', join(tmp, 'cli-ws.zip')], env);
    expect(human.code, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/^Exported \d+ portal\(s\): \d+ file\(s\), \d+ version\(s\)/);
  }, 120_000);
});

describe('DELETE /v1/portals/{id}?erase=true', () => {
  /** Every row of every table in every schema whose text holds `needle`, as `schema.table`. */
  async function tablesHolding(needle: string): Promise<string[]> {
    const tables = await sql<{ s: string; t: string }>`
      select table_schema as s, table_name as t from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`.execute(ctx.db);
    const found: string[] = [];
    for (const { s, t } of tables.rows) {
      const hit = await sql<{
        n: number;
      }>`select 1 as n from ${sql.table(`${s}.${t}`)} x where strpos(x::text, ${needle}) > 0 limit 1`.execute(ctx.db);
      if (hit.rows.length > 0) found.push(`${s}.${t}`);
    }
    return found;
  }

  /** Every stored object (files, exports, anything) whose bytes hold one of `needles`. */
  async function objectsHolding(needles: string[]): Promise<string[]> {
    const found: string[] = [];
    for await (const object of ctx.storage.list('')) {
      const chunks: Buffer[] = [];
      for await (const chunk of await ctx.storage.get(object.key)) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('latin1');
      if (needles.some((n) => text.includes(n))) found.push(object.key);
    }
    return found;
  }

  it('leaves no byte of the portal in the database or storage, one portal.erased event, and every chain whole', async () => {
    const kept = await busyPortal('Kept');
    const { portalId, client } = await busyPortal('Erased');
    const email = (await ctx.db.selectFrom('members').select('email').where('portal_id', '=', portalId).executeTakeFirstOrThrow()).email;
    const secret = Buffer.from(`%PDF-1.7\nunique content ${Math.random()}\n%%EOF\n`);
    const secretSha = sha(secret);
    await upload(portalId, secret, 'secret.pdf', client.token);
    // Its exports, and a workspace export that holds it, written to storage.
    await waitReady((await ws.ok<Export>(`/v1/portals/${portalId}/exports`, ws.key, 'POST')).id);
    await waitReady((await ws.ok<Export>('/v1/workspace/exports', ws.key, 'POST')).id);
    // A sign-in code request: a rate-limit bucket keyed by the address.
    expect(
      (
        await ctx.fetch(`/v1/portals/${portalId}/verifications`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email }),
        })
      ).status,
    ).toBe(202);
    // Something beside the versions under its prefix (a preview).
    await ctx.storage.put(
      `portals/${portalId}/preview-of-secret.png`,
      (await import('node:stream')).Readable.from([Buffer.from(secretSha)]),
    );
    await new Promise((r) => setTimeout(r, 1500)); // let the queued jobs (mail, webhooks) settle
    expect(await tablesHolding(email)).not.toEqual([]);
    expect(await tablesHolding(secretSha)).not.toEqual([]);
    expect(await objectsHolding([secretSha])).not.toEqual([]);

    const staff = await ctx.newUser(ws.workspaceId, { role: 'staff' });
    const refused = await ctx.fetch(`/v1/portals/${portalId}?erase=true`, { apiKey: staff.token, method: 'DELETE' });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { code: string }).code).toBe('owner_role_required');

    const erased = await ctx.fetch(`/v1/portals/${portalId}?erase=true`, { apiKey: ws.key, method: 'DELETE' });
    expect(erased.status).toBe(204);
    expect(await tablesHolding(email)).toEqual([]);
    expect(await tablesHolding(secretSha)).toEqual([]);
    expect(await tablesHolding(portalId)).toEqual(['public.events']); // only portal.erased names it
    expect(await objectsHolding([email, secretSha, portalId])).toEqual([]);
    expect(
      await ctx.db.selectFrom('exports').select('id').where('workspace_id', '=', ws.workspaceId).where('portal_id', 'is', null).execute(),
    ).toEqual([]);

    const [event] = await ctx.db.selectFrom('events').selectAll().where('type', '=', 'portal.erased').execute();
    expect(event).toMatchObject({ portal_id: null, target_id: portalId, actor_kind: 'owner' });
    expect(event!.data).toMatchObject({
      files: 3,
      versions: 4,
      members: 1,
      comments: 2,
      approval_requests: 1,
      decisions: 1,
      requests: 1,
      exports: 1,
    });
    expect(event!.data.chain_events).toBeGreaterThan(5);
    expect(event!.data.chain_head).toMatch(/^[0-9a-f]{64}$/);
    const chains = await verifyAuditChains(ctx.db);
    expect(chains.filter((c) => c.broken)).toEqual([]);
    expect(chains.map((c) => c.chain)).toContain(kept.portalId);
    expect(chains.map((c) => c.chain)).not.toContain(portalId);
    expect((await ctx.fetch(`/v1/portals/${portalId}`, { apiKey: ws.key })).status).toBe(404);
    expect((await ctx.fetch('/v1/me', { apiKey: client.token })).status).toBe(401);
  }, 120_000);

  it('outside an erasure, events stay append-only', async () => {
    const portalId = (await ws.portal({ name: 'Append only' })).id;
    await upload(portalId, Buffer.from('x'), 'x.txt');
    await expect(ctx.db.deleteFrom('events').where('portal_id', '=', portalId).execute()).rejects.toThrow(/append-only/);
    await expect(sql`truncate events`.execute(ctx.db)).rejects.toThrow(/append-only/);
    // Naming one portal lets nothing else go.
    await expect(
      ctx.db.transaction().execute(async (trx) => {
        await sql`select set_config('foyer.erase_portal', ${portalId}, true)`.execute(trx);
        await trx.deleteFrom('events').where('portal_id', 'is', null).execute();
      }),
    ).rejects.toThrow(/append-only/);
  });
});
