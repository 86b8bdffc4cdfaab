import type pg from 'pg';
import type { AnswerLog } from '../answer-log.js';
import type { ConversationLimits, ConversationStore } from '../conversation-store.js';
import type { DeliveryGuard } from '../delivery-log.js';
import type { FeedbackStore } from '../feedback-store.js';
import { createRateLimits, type RateLimitOptions, type RateLimits } from '../rate-limits.js';
import { PostgresAnswerLog } from './answer-log.js';
import { PostgresConversationStore } from './conversation-store.js';
import { PostgresDeliveryGuard } from './delivery-guard.js';
import { PostgresFeedbackStore } from './feedback-store.js';
import { type MigrationReport, migrate } from './migrate.js';
import { createPostgresPool } from './pool.js';
import { postgresRateLimiter } from './rate-limiter.js';

/** Everything a chat process keeps that its replicas and shards must see too, on one pool. */
export interface SharedState {
  pool: pg.Pool;
  guard: DeliveryGuard;
  conversations: ConversationStore;
  feedback: FeedbackStore;
  /** the answers the 👍/👎 buttons rate, so a vote reaching any replica finds its answer */
  answers: AnswerLog;
  limits: RateLimits;
  /** what start-up migrated (empty when the schema was current) */
  migrations: MigrationReport;
  close(): Promise<void>;
}

export interface SharedStateOptions {
  /** pg_stat_activity's application_name: which replica or shard holds a connection */
  applicationName?: string;
  /** connections for this process (each replica has its own pool) */
  maxConnections?: number;
  conversations?: ConversationLimits;
  rateLimits?: Omit<RateLimitOptions, 'limiter'>;
  onError?: (error: Error) => void;
}

/**
 * Connects to DATABASE_URL and applies any pending migration (the advisory lock in migrate() lets replicas
 * that start together take turns), so a new replica never runs against an older schema.
 */
export async function openSharedState(url: string, options: SharedStateOptions = {}): Promise<SharedState> {
  const pool = createPostgresPool(url, {
    max: options.maxConnections ?? 10,
    ...(options.applicationName ? { applicationName: options.applicationName } : {}),
    ...(options.onError ? { onError: options.onError } : {}),
  });
  let migrations: MigrationReport;
  try {
    migrations = await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    pool,
    guard: new PostgresDeliveryGuard(pool),
    conversations: new PostgresConversationStore(pool, options.conversations),
    feedback: new PostgresFeedbackStore(pool),
    answers: new PostgresAnswerLog(pool),
    limits: createRateLimits({ ...options.rateLimits, limiter: postgresRateLimiter(pool) }),
    migrations,
    close: () => pool.end(),
  };
}
