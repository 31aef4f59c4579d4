import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Foyer } from '@foyer/sdk';
import { createDatabase, type Db } from '../src/db/database.ts';
import { findActiveApiKey } from '../src/modules/api-keys/repository.ts';
import { findFile, listFiles } from '../src/modules/files/repository.ts';
import { findLiveSession } from '../src/modules/sessions/repository.ts';
import { createTestContext, type TestContext, type TestWorkspace } from './support/context.ts';

// The busiest reads (api key and session lookups, file lookups and lists) run as named server-side prepared
// statements unless DATABASE_PREPARED_STATEMENTS=false, which a pooler in transaction mode (PgBouncer) needs:
// there the same SQL runs unnamed. The app here runs with it off; one-connection pools show what each
// setting leaves on its server connection.
let ctx: TestContext;
let acme: TestWorkspace;
let portalId: string;
let fileId: string;

beforeAll(async () => {
  ctx = await createTestContext({ DATABASE_PREPARED_STATEMENTS: 'false' });
  acme = await ctx.newWorkspace('Acme');
  const foyer = new Foyer({ baseUrl: ctx.baseUrl, apiKey: acme.apiKey });
  portalId = (await foyer.portals.create({ name: 'Prepared' })).id;
  for (const name of ['a.pdf', 'b.pdf', 'c.pdf']) fileId = (await foyer.files.upload(portalId, new Blob([name]), { name })).id;
});
afterAll(() => ctx.close());

/** The prepared statements of the one connection behind `db`. */
async function preparedOnConnection(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`select name from pg_prepared_statements order by name`.execute(db);
  return rows.map((r) => r.name);
}

async function readAll(db: Db) {
  return {
    key: await findActiveApiKey(db, acme.keyId),
    session: await findLiveSession(db, 'ses_none'),
    file: await findFile(db, acme.workspaceId, fileId),
    page: await listFiles(db, acme.workspaceId, portalId, { limit: 2 }),
    byKind: await listFiles(db, acme.workspaceId, portalId, { limit: 10, uploadedBy: 'owner', beforeSeq: '9223372036854775807' }),
  };
}

describe('DATABASE_PREPARED_STATEMENTS', () => {
  it('serves the API with prepared statements off', async () => {
    expect(ctx.config.databasePreparedStatements).toBe(false);
    expect(ctx.db.preparedStatements).toBe(false);
    const files = await ctx.fetch(`/v1/portals/${portalId}/files?limit=2`, { apiKey: acme.apiKey });
    expect(files.status).toBe(200);
    const body = (await files.json()) as { data: Array<{ name: string; created_at: string }>; has_more: boolean };
    expect(body.data.map((f) => f.name)).toEqual(['c.pdf', 'b.pdf']);
    expect(body.has_more).toBe(true);
    expect(body.data[0]!.created_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect((await ctx.fetch(`/v1/files/${fileId}`, { apiKey: acme.apiKey })).status).toBe(200);
  });

  it('names each statement on its connection when on (the default), and leaves none when off; the rows are the same', async () => {
    const named = createDatabase({ url: ctx.databaseUrl, maxConnections: 1 });
    const unnamed = createDatabase({ url: ctx.databaseUrl, maxConnections: 1, preparedStatements: false });
    try {
      expect(named.preparedStatements).toBe(true);
      const withNames = await readAll(named);
      const withoutNames = await readAll(unnamed);
      expect(withoutNames).toEqual(withNames);
      expect(withNames.key).toMatchObject({ id: acme.keyId, workspace_id: acme.workspaceId });
      expect(withNames.session).toBeUndefined();
      expect(withNames.file).toMatchObject({ id: fileId, name: 'c.pdf', workspace_id: acme.workspaceId, v_size: '5' });
      expect(withNames.page.map((f) => f.name)).toEqual(['c.pdf', 'b.pdf', 'a.pdf']); // limit + 1 rows
      expect(withNames.byKind).toHaveLength(3);

      expect(await preparedOnConnection(named)).toEqual([
        'api_keys.find_active',
        'files.find',
        'files.list',
        'files.list.cursor.kind',
        'sessions.find_live',
      ]);
      expect(await preparedOnConnection(unnamed)).toEqual([]);
    } finally {
      await named.destroy();
      await unnamed.destroy();
    }
  });

  it('runs a prepared read on the pool only: a transaction is not a Db', async () => {
    await ctx.db.transaction().execute((trx) => {
      expect('pool' in trx).toBe(false);
      // @ts-expect-error a transaction has no pool; the prepared path refuses it at compile time
      const read = (): unknown => findFile(trx, acme.workspaceId, fileId);
      void read;
      return Promise.resolve();
    });
  });
});
