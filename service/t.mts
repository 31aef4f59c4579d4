import { startEmbeddedPostgres } from '/work/main/service/src/db/embedded-postgres.ts';
import pg from 'pg';
const t0 = Date.now();
const e = await startEmbeddedPostgres('/tmp/foyer-try', console.log);
console.log('up in', Date.now() - t0, e.url);
const c = new pg.Client(e.url); await c.connect(); console.log((await c.query('select version()')).rows[0]); await c.end();
await e.stop();
console.log('stopped');
