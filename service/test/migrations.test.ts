import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
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
      const tables = await sql<{ n: string }>`select count(*) as n from information_schema.tables where table_name = 'portals'`.execute(instances[0]!);
      expect(Number(tables.rows[0]!.n)).toBe(1);
      expect(await migrateToLatest(instances[0]!)).toEqual([]);
    } finally {
      await Promise.all(instances.map((db) => db.destroy()));
      await database.drop();
    }
  });

  it('are named YYYY_MM_DD_HHMMSS_verb_noun and run in name order', () => {
    const names = Object.keys(migrations);
    for (const name of names) expect(name).toMatch(/^\d{4}_\d{2}_\d{2}_\d{6}_[a-z]+(_[a-z]+)+$/);
    expect([...names].sort()).toEqual(names);
  });
});
