import { sql } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { RateLimitSink, RatePolicyState } from './headers.ts';

/** At most `limit` hits in any `windowSeconds`. */
export interface RateRule {
  /** The quota's name in the `RateLimit` headers, e.g. `per-ip`. */
  policy: string;
  bucket: string;
  limit: number;
  windowSeconds: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const LONGEST_WINDOW = sql`interval '1 day'`;

/**
 * Checks every rule and, when all pass, records one hit in each rule's bucket — atomically across
 * instances (each bucket is locked for the transaction). A refused request records nothing, so waiting
 * out `Retry-After` is always enough. `report` hears what is left of each quota either way.
 */
export async function consumeRate(db: Db, rules: RateRule[], report?: RateLimitSink): Promise<RateDecision> {
  const buckets = [...new Set(rules.map((r) => r.bucket))].sort();
  const { decision, states } = await db.transaction().execute(async (trx) => {
    for (const bucket of buckets) await sql`select pg_advisory_xact_lock(hashtextextended(${bucket}, 7462))`.execute(trx);
    let retryAfter = 0;
    const counts: Array<{ rule: RateRule; used: number; wait: number | null }> = [];
    for (const rule of rules) {
      // Seconds until the oldest of the last `limit` hits leaves the window, by the database's clock.
      const { rows } = await sql<{ n: string; wait: number | null }>`
        select count(*) as n,
               extract(epoch from min(hit_at) + make_interval(secs => ${rule.windowSeconds}) - clock_timestamp())::float8 as wait
        from (
          select hit_at from rate_limit_hits
          where bucket = ${rule.bucket} and hit_at > clock_timestamp() - make_interval(secs => ${rule.windowSeconds})
          order by hit_at desc limit ${rule.limit}
        ) recent`.execute(trx);
      const { n, wait } = rows[0]!;
      counts.push({ rule, used: Number(n), wait });
      if (Number(n) >= rule.limit && wait !== null) retryAfter = Math.max(retryAfter, Math.ceil(wait), 1);
    }
    const allowed = retryAfter === 0;
    const states = counts.map(({ rule, used, wait }) => policyState(rule, allowed ? used + 1 : used, wait));
    if (!allowed) return { decision: { allowed: false, retryAfterSeconds: retryAfter } as RateDecision, states };
    await trx
      .insertInto('rate_limit_hits')
      .values(buckets.map((bucket) => ({ bucket })))
      .execute();
    await trx
      .deleteFrom('rate_limit_hits')
      .where('bucket', 'in', buckets)
      .where('hit_at', '<', sql<Date>`clock_timestamp() - ${LONGEST_WINDOW}`)
      .execute();
    return { decision: { allowed: true } as RateDecision, states };
  });
  report?.(states);
  return decision;
}

/** A quota after this request: `used` hits in the window; the oldest counted one leaves it after `wait` s. */
function policyState(rule: RateRule, used: number, wait: number | null): RatePolicyState {
  return {
    policy: rule.policy,
    limit: rule.limit,
    windowSeconds: rule.windowSeconds,
    remaining: Math.max(rule.limit - used, 0),
    // No earlier hit in the window: this request's own hit frees a unit after the whole window.
    resetSeconds: wait === null ? rule.windowSeconds : Math.min(Math.max(Math.ceil(wait), 1), rule.windowSeconds),
  };
}
