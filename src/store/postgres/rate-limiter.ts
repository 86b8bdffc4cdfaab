import type pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres } from 'rate-limiter-flexible';
import type { RateLimitOptions } from '../rate-limits.js';

/**
 * The `limiter` hook of createRateLimits for replicas: rate-limiter-flexible's RateLimiterPostgres over the
 * migrated `rate_limits` table (tableCreated: no DDL at run time), so a person's five questions are counted
 * across every replica. If the database is unreachable, a per-process memory limiter (its insurance)
 * decides instead: answers keep flowing, limited per replica, rather than all failing.
 */
export function postgresRateLimiter(pool: pg.Pool): NonNullable<RateLimitOptions['limiter']> {
  return (rule) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      // expired counters are removed by the library every 5 minutes on an unref'd timer
      clearExpiredByTimeout: true,
      points: rule.points,
      duration: rule.duration,
      keyPrefix: rule.keyPrefix,
      insuranceLimiter: new RateLimiterMemory({ points: rule.points, duration: rule.duration }),
    });
}
