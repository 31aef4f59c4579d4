import { DummyDriver, Kysely, PostgresAdapter, PostgresIntrospector, PostgresQueryCompiler, type Compilable } from 'kysely';
import type pg from 'pg';
import { ISO_TIMESTAMPS } from '../lib/timestamps.ts';
import type { Database, Db } from './database.ts';

/**
 * Kysely without a connection (kysely's recipe for building queries apart from running them): it only
 * compiles, so the busiest reads are written with kysely — their row types checked against the tables —
 * and compiled once, when their module loads.
 */
const builder = new Kysely<Database>({
  dialect: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
});

/** Stands for a named parameter while a statement is compiled; replaced by its value at each run. */
class Param {
  constructor(readonly name: string) {}
}

/** A timestamp column as `isoTimestamps` delivers it: the API's ISO 8601 string instead of a Date. */
type Iso<T> = T extends Date ? string : T;
export type WithIsoTimestamps<R> = { [K in keyof R]: Iso<R[K]> };

/** A compiled read: its SQL with `$n` placeholders, which named parameter each one takes, and its row type. */
export interface PreparedQuery<P, R> {
  readonly name: string;
  readonly sql: string;
  readonly params: ReadonlyArray<keyof P & string>;
  readonly isoTimestamps: boolean;
  /** Never set: carries the row type. */
  readonly row?: R;
}

/** The row type of a prepared query. */
export type PreparedRow<Q> = Q extends PreparedQuery<infer _P, infer R> ? R : never;

type ParamOf<P> = <K extends keyof P & string>(name: K) => NonNullable<P[K]>;
type Build<P, C> = (db: Kysely<Database>, param: ParamOf<P>) => C;
type Row<C> = C extends Compilable<infer O> ? O : never;

/**
 * Declares a read taking the named parameters `P` (`prepare<{ id: string }>('api_keys.find_active')`), then
 * compiles it once: `build` writes it with kysely, using `param('name')` wherever a value of `P` goes.
 * Constants belong in the SQL (`sql.lit`), so every placeholder is a named parameter.
 */
export function prepare<P>(name: string) {
  return {
    compile<C extends Compilable<unknown>>(build: Build<P, C>): PreparedQuery<P, Row<C>> {
      return compileQuery<P, Row<C>>(name, build, false);
    },
    /** Timestamptz columns arrive as the API's ISO 8601 strings instead of Dates (lists map rows straight to the API). */
    compileWithIsoTimestamps<C extends Compilable<unknown>>(build: Build<P, C>): PreparedQuery<P, WithIsoTimestamps<Row<C>>> {
      return compileQuery<P, WithIsoTimestamps<Row<C>>>(name, build, true);
    },
  };
}

function compileQuery<P, R>(name: string, build: Build<P, Compilable<unknown>>, isoTimestamps: boolean): PreparedQuery<P, R> {
  const param = ((key: string) => new Param(key)) as unknown as ParamOf<P>;
  const compiled = build(builder, param).compile();
  const params = compiled.parameters.map((value, i) => {
    if (!(value instanceof Param)) throw new TypeError(`${name}: $${i + 1} is a constant; write it with sql.lit or make it a param`);
    return value.name as keyof P & string;
  });
  return { name, sql: compiled.sql, params, isoTimestamps };
}

/**
 * Runs a prepared read on the database's pool (never in a transaction: a `Transaction` is not a `Db`). With
 * `DATABASE_PREPARED_STATEMENTS` on (the default) it is a named server-side prepared statement: PostgreSQL
 * parses and plans it once per connection instead of on every request. Off (PgBouncer in transaction mode,
 * where the next statement may land on another server connection that never saw the PREPARE), the same SQL
 * runs unnamed.
 */
export async function queryPrepared<P, R>(db: Db, query: PreparedQuery<P, R>, values: P): Promise<R[]> {
  const config: pg.QueryConfig = {
    text: query.sql,
    values: query.params.map((key) => {
      const value = values[key];
      if (value === undefined) throw new TypeError(`${query.name}: no value for ${key}`);
      return value;
    }),
  };
  if (db.preparedStatements) config.name = query.name;
  if (query.isoTimestamps) config.types = ISO_TIMESTAMPS;
  return (await db.pool.query<R & pg.QueryResultRow>(config)).rows;
}
