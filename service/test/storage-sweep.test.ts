import { utimes } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ObjectStorage } from '../src/adapters/storage/index.ts';
import { sweepStorage } from '../src/modules/storage/maintenance.ts';
import { createTestContext, TEST_SECRET_KEY, type TestContext, type TestWorkspace } from './support/context.ts';
import { runCli } from './support/process.ts';
import { fileForm } from './support/uploads.ts';

// Storage that fails the next N deletions: a transient outage of the blob store.
let failDeletes = 0;
function flaky(storage: ObjectStorage): ObjectStorage {
  return new Proxy(storage, {
    get(target, prop, receiver) {
      if (prop === 'delete') {
        return async (key: string) => {
          if (failDeletes > 0) {
            failDeletes--;
            throw new Error('storage unavailable');
          }
          return target.delete(key);
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

let ctx: TestContext;
let ws: TestWorkspace;
let portalId: string;

beforeAll(async () => {
  ctx = await createTestContext({}, { wrapStorage: flaky });
  ws = await ctx.newWorkspace();
  portalId = (await ws.client.POST('/v1/portals', { body: { name: 'Sweep' } })).data!.id;
});
afterAll(() => ctx.close());

async function uploadFile(content: string): Promise<string> {
  const res = await ctx.upload(`/v1/portals/${portalId}/files`, fileForm(Buffer.from(content)), ws.apiKey);
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

const root = () => (ctx.config.storage.driver === 'local' ? ctx.config.storage.root : '');
const age = (key: string, minutes: number) => {
  const t = new Date(Date.now() - minutes * 60_000);
  return utimes(join(root(), key), t, t);
};

describe('storage maintenance', () => {
  it('retries a blob deletion that failed, and never leaves a row pointing at nothing', async () => {
    const fileId = await uploadFile('to be deleted');
    const [key] = await ctx.blobKeys();
    failDeletes = 1;
    const res = await ctx.fetch(`/v1/files/${fileId}`, { method: 'DELETE', apiKey: ws.apiKey });
    expect(res.status).toBe(204);
    // The row is gone at once; the blob waits in the queue.
    expect(await ctx.db.selectFrom('file_versions').selectAll().execute()).toEqual([]);
    expect(await ctx.blobKeys()).toEqual([key]);
    const queued = await ctx.db.selectFrom('blob_deletions').selectAll().executeTakeFirstOrThrow();
    expect(queued).toMatchObject({ storage_key: key, attempts: 1 });
    expect(queued.last_error).toContain('storage unavailable');
    expect(queued.next_attempt_at.getTime()).toBeGreaterThan(Date.now());

    // Not due yet: the sweep leaves it; once due, it goes.
    expect((await sweepStorage(ctx.db, ctx.storage, { graceMs: 3600_000 })).deleted).toBe(0);
    await ctx.db
      .updateTable('blob_deletions')
      .set({ next_attempt_at: new Date(Date.now() - 1000) })
      .execute();
    expect(await sweepStorage(ctx.db, ctx.storage, { graceMs: 3600_000 })).toMatchObject({ deleted: 1, failed: 0 });
    expect(await ctx.blobKeys()).toEqual([]);
    expect(await ctx.db.selectFrom('blob_deletions').selectAll().execute()).toEqual([]);
  });

  it('removes orphaned blobs (bytes written, row never committed) after the grace period, and only those', async () => {
    const keptId = await uploadFile('kept');
    const [kept] = await ctx.blobKeys();
    // A crash between writing the blob and committing its row leaves exactly this behind:
    const orphan = `portals/${portalId}/crashedupload0000000000000000000`;
    const inFlight = `portals/${portalId}/uploadinflight00000000000000000`;
    const tempFile = `portals/${portalId}/crashedtemp000000000000000000000.tmp-abcdefghijkl`;
    for (const key of [orphan, inFlight, tempFile]) await ctx.storage.put(key, Readable.from([Buffer.from('bytes')]));
    await age(orphan, 120);
    await age(tempFile, 120);
    await age(kept!, 120);

    const result = await sweepStorage(ctx.db, ctx.storage, { graceMs: 60 * 60_000 });
    expect(result.orphansRemoved).toBe(2);
    expect(await ctx.blobKeys()).toEqual([kept, inFlight].sort());
    expect(await ctx.fetch(`/v1/files/${keptId}/content`, { apiKey: ws.apiKey }).then((r) => r.text())).toBe('kept');
  });

  it('runs from the CLI: foyer storage sweep', async () => {
    const orphan = `portals/${portalId}/clisweep00000000000000000000000`;
    await ctx.storage.put(orphan, Readable.from([Buffer.from('x')]));
    await age(orphan, 90);
    const result = await runCli(['storage', 'sweep', '--json'], {
      DATABASE_URL: ctx.databaseUrl,
      SECRET_KEY: TEST_SECRET_KEY,
      FOYER_DATA_DIR: ctx.config.dataDir,
    });
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ orphansRemoved: 1 });
    expect(await ctx.blobKeys()).not.toContain(orphan);
  });
});
