import {
  type AnswerLog,
  type ConversationStore,
  type DeliveryGuard,
  type FeedbackStore,
  loadPostgres,
  openSqliteFeedbackStore,
  type RateLimits,
} from '../src/index.js';
import type { Config } from './config.js';
import { feedbackFile } from './feedback-database.js';
import type { Logger } from './logger.js';

/**
 * Where a chat process keeps its state. Without DATABASE_URL: nothing here, and each adapter uses its
 * in-memory defaults (one process). With it: one PostgreSQL pool holding the Slack delivery ids,
 * conversation context, rate-limit counters and feedback, so every replica and Discord shard sees the
 * same state (README: Running at scale). Pending migrations are applied first.
 */
export interface ChatState {
  guard?: DeliveryGuard;
  conversations?: ConversationStore;
  limits?: RateLimits;
  feedback?: FeedbackStore;
  /** the answers the 👍/👎 buttons rate */
  answers?: AnswerLog;
  /** "postgres" or "memory", for the start-up log */
  kind: 'postgres' | 'memory';
  close(): Promise<void>;
}

export async function openChatState(
  config: Pick<Config, 'databaseUrl'>,
  log: Logger,
  processName = 'talksbot',
): Promise<ChatState> {
  if (!config.databaseUrl) return { kind: 'memory', close: async () => undefined };
  const { openSharedState } = await loadPostgres();
  const state = await openSharedState(config.databaseUrl, {
    applicationName: processName,
    onError: (error) =>
      log.warn(`PostgreSQL connection dropped (it is reopened on the next query): ${error.message}`),
  });
  for (const step of state.migrations.applied)
    log.info(`PostgreSQL: applied migration ${String(step.version).padStart(4, '0')}_${step.name}`);
  return {
    kind: 'postgres',
    guard: state.guard,
    conversations: state.conversations,
    limits: state.limits,
    feedback: state.feedback,
    answers: state.answers,
    close: state.close,
  };
}

/**
 * Where 👍/👎 votes and the answers they rate are kept: with DATABASE_URL, PostgreSQL (a vote on an answer
 * one replica or shard posted is understood by whichever receives the click, and `talksbot feedback`
 * reads every replica's votes); without it, the SQLite file in the cache folder. close() closes the SQLite
 * file; the PostgreSQL pool belongs to the chat state.
 */
export async function openFeedback(
  config: Pick<Config, 'cacheDir'>,
  state: ChatState,
): Promise<{ feedback: FeedbackStore; answers: AnswerLog; close(): Promise<void> }> {
  if (state.feedback && state.answers)
    return { feedback: state.feedback, answers: state.answers, close: async () => undefined };
  const store = await openSqliteFeedbackStore(feedbackFile(config));
  return { feedback: store, answers: store, close: () => store.close() };
}

/**
 * Keeps this replica's engine current with articles added through any other replica: LISTEN on the
 * articles channel, then reload (a burst of notifications becomes one reload). A reconnect reloads too,
 * since changes made while disconnected were not heard.
 */
export async function followSharedArticles(
  databaseUrl: string,
  engine: { reload(): Promise<unknown> },
  log: Logger,
  options: { debounceMs?: number } = {},
): Promise<{ stop(): Promise<void> }> {
  const { listenForArticleChanges } = await loadPostgres();
  let timer: NodeJS.Timeout | undefined;
  const listener = listenForArticleChanges(
    databaseUrl,
    (change) => {
      log.debug('articles changed on another replica: reloading', { ids: change.ids.length });
      clearTimeout(timer);
      timer = setTimeout(() => {
        engine
          .reload()
          .catch((error: unknown) => log.warn(`reload after a notification failed: ${String(error)}`));
      }, options.debounceMs ?? 250);
    },
    { onError: (error) => log.warn(`listening for article changes: ${error.message}; reconnecting`) },
  );
  await listener.ready;
  return {
    stop: async () => {
      clearTimeout(timer);
      await listener.close();
    },
  };
}

/** Tells every replica that articles changed (after `talksbot add`, a feed poll or an add in chat). */
export async function announceArticles(
  config: Pick<Config, 'databaseUrl'>,
  ids: string[],
  origin = 'talksbot',
): Promise<void> {
  if (!config.databaseUrl) return;
  const { createPostgresPool, notifyArticlesChanged } = await loadPostgres();
  const pool = createPostgresPool(config.databaseUrl, { max: 1, applicationName: origin });
  try {
    await notifyArticlesChanged(pool, { ids, origin });
  } finally {
    await pool.end();
  }
}
