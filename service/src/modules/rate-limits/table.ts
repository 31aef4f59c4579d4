import type { Generated } from 'kysely';

export interface RateLimitHitTable {
  bucket: string;
  hit_at: Generated<Date>;
}
