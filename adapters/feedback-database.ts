import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type FeedbackSummary, loadPostgres, openSqliteFeedbackStore } from '../src/index.js';
import type { Config } from './config.js';

/**
 * Where 👍/👎 votes live by default: one SQLite file in the cache folder. The bots write it and
 * `talksbot feedback` and `npm run eval -- --from-feedback` read it.
 */
export function feedbackFile(config: Pick<Config, 'cacheDir'>): string {
  return join(config.cacheDir, 'feedback.sqlite');
}

/** Where the configured votes are, for people: PostgreSQL with DATABASE_URL, else the SQLite file. */
export function feedbackStoreName(config: Pick<Config, 'cacheDir' | 'databaseUrl'>): string {
  return config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : feedbackFile(config);
}

/**
 * The most disliked answers, worst first, from the store the bots write to: PostgreSQL when
 * DATABASE_URL is set (every replica's and shard's votes), else the SQLite file. Reading never creates
 * the SQLite file: no file means nobody has voted yet.
 */
export async function readMostDisliked(
  config: Pick<Config, 'cacheDir' | 'databaseUrl'>,
  limit: number,
): Promise<FeedbackSummary[]> {
  if (config.databaseUrl) {
    const { createPostgresPool, migrate, PostgresFeedbackStore } = await loadPostgres();
    const pool = createPostgresPool(config.databaseUrl, { max: 1, applicationName: 'talksbot feedback' });
    try {
      await migrate(pool);
      return await new PostgresFeedbackStore(pool).mostDisliked(limit);
    } finally {
      await pool.end();
    }
  }
  const file = feedbackFile(config);
  if (!existsSync(file)) return [];
  const store = await openSqliteFeedbackStore(file);
  try {
    return await store.mostDisliked(limit);
  } finally {
    await store.close();
  }
}
