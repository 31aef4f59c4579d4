import { describe, expect, it } from 'vitest';
import { Migrator, sql } from 'kysely';
import { createDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { migrations } from '../src/db/migrations/index.ts';
import { createTestDatabase } from './support/context.ts';

describe('migrations', () => {
  it('are safe when several instances start at once', async () => {
    const database = await createTestDatabase();
    const instances = Array.from({ length: 4 }, () => createDatabase({ url: database.url, maxConnections: 2 }));
    try {
      const applied = await Promise.all(instances.map((db) => migrateToLatest(db)));
      // Exactly one instance applied each migration; the others found nothing to do.
      expect(applied.flat().sort()).toEqual(Object.keys(migrations).sort());
      const tables = await sql<{ n: string }>`select count(*) as n from information_schema.tables where table_name = 'portals'`.execute(
        instances[0]!,
      );
      expect(Number(tables.rows[0]!.n)).toBe(1);
      expect(await migrateToLatest(instances[0]!)).toEqual([]);
    } finally {
      await Promise.all(instances.map((db) => db.destroy()));
      await database.drop();
    }
  });

  it('drop idempotent responses stored in clear (their retries run again) and keep claims in progress', async () => {
    const database = await createTestDatabase();
    const db = createDatabase({ url: database.url, maxConnections: 2 });
    try {
      const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations) } });
      expect((await migrator.migrateTo('2026_11_28_200000_create_event_consumers')).error).toBeUndefined();
      await sql`insert into idempotency_keys (scope, key, request_hash, state, response_status, response_headers, response_body) values
        ('client:mem_a', 'k1', 'h', 'completed', 201, '{"content-type":"application/json"}', '{"session_token":"cs_abc.secret"}'),
        ('client:mem_a', 'k2', 'h', 'in_progress', null, null, null)`.execute(db);
      await migrateToLatest(db);
      const rows = await sql<Record<string, unknown>>`select * from idempotency_keys`.execute(db);
      expect(rows.rows).toEqual([expect.objectContaining({ key: 'k2', state: 'in_progress', response_sealed: null })]);
      expect(Object.keys(rows.rows[0]!)).not.toContain('response_body');
      // A completed row without its sealed response is refused.
      await expect(
        sql`insert into idempotency_keys (scope, key, request_hash, state, response_status) values ('s', 'k3', 'h', 'completed', 201)`.execute(
          db,
        ),
      ).rejects.toThrow(/idempotency_keys_completed_sealed/);
    } finally {
      await db.destroy();
      await database.drop();
    }
  });

  it('are named YYYY_MM_DD_HHMMSS_verb_noun and run in name order', () => {
    const names = Object.keys(migrations);
    for (const name of names) expect(name).toMatch(/^\d{4}_\d{2}_\d{2}_\d{6}_[a-z]+(_[a-z]+)+$/);
    expect([...names].sort()).toEqual(names);
  });
});
