import type { AnswerLog } from './answer-log.js';
import type { FeedbackStore } from './feedback-store.js';

export * from './answer-log.js';
export * from './conversation-store.js';
export * from './delivery-log.js';
export * from './expiring-map.js';
export * from './feedback-store.js';
export * from './hash-user.js';
export * from './rate-limits.js';

/**
 * The SQLite feedback store in `file`, which is also the answer log its buttons read back. Loaded on
 * demand: the native driver costs start-up time that only the chat bots and `talksbot feedback` need.
 */
export async function openSqliteFeedbackStore(
  file: string,
  options: { now?: () => number } = {},
): Promise<FeedbackStore & AnswerLog> {
  const { SqliteFeedbackStore } = await import('./sqlite-feedback-store.js');
  return new SqliteFeedbackStore(file, options);
}

/**
 * The PostgreSQL side of the store (pool, migrations, shared stores). Loaded on demand: only a process
 * configured with DATABASE_URL needs the driver.
 */
export function loadPostgres(): Promise<typeof import('./postgres/index.js')> {
  return import('./postgres/index.js');
}
