import pg from 'pg';

export interface PoolOptions {
  /** connections this process may hold; every replica has its own pool, so keep it small */
  max?: number;
  /** shown in pg_stat_activity, so an operator can tell replicas and tools apart */
  applicationName?: string;
  /** where a dropped idle connection is reported (it must never crash the process) */
  onError?: (error: Error) => void;
}

/**
 * A connection pool for DATABASE_URL. An idle connection the server drops (a restart, a failover) emits
 * 'error' on the pool, which would crash the process if nobody listened: it is reported instead, and the
 * pool opens a new connection on the next query.
 */
export function createPostgresPool(url: string, options: PoolOptions = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'talksbot',
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on('error', (error) => options.onError?.(error));
  return pool;
}
