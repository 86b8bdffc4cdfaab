import pg from 'pg';
import { ARTICLES_CHANNEL, articlesPayload } from './articles-channel.js';

/**
 * "The articles changed" between replicas, over PostgreSQL's LISTEN/NOTIFY: whoever adds, changes or
 * removes an article (a replica's /talks-add, `talksbot add`, the feed poller) notifies; every listening
 * replica reloads from the shared store within a second or so. A notification is a hint, not the data: the
 * listener re-reads the database, so a lost or duplicated one costs at most a reload.
 */
export { ARTICLES_CHANNEL } from './articles-channel.js';

export interface ArticlesChanged {
  /** the article ids concerned, when the sender knows them */
  ids: string[];
  /** who sent it (application_name or a replica id), so a sender can ignore its own */
  origin?: string | undefined;
  /** true when the listener reconnected: notifications may have been missed, so reload everything */
  reconnected?: boolean;
}

/** NOTIFY talksbot_articles; inside a transaction it is delivered only if that transaction commits. */
export async function notifyArticlesChanged(
  db: pg.Pool | pg.PoolClient | pg.Client,
  change: Omit<ArticlesChanged, 'reconnected'>,
): Promise<void> {
  // beyond a few hundred ids, "something changed" says enough
  await db.query('SELECT pg_notify($1, $2)', [ARTICLES_CHANNEL, articlesPayload(change)]);
}

export interface ArticleListener {
  /** resolves once LISTEN is in place (the first connection) */
  ready: Promise<void>;
  close(): Promise<void>;
}

export interface ListenOptions {
  /** called when the connection drops (it is retried) */
  onError?: (error: Error) => void;
  /** first reconnection delay; doubles up to 30 s */
  retryMs?: number;
}

/**
 * LISTEN on a connection of its own (a pooled one would be handed to other queries). When it drops, it
 * reconnects with backoff and reports `reconnected: true`, because changes made meanwhile were not heard.
 */
export function listenForArticleChanges(
  url: string,
  onChange: (change: ArticlesChanged) => void,
  options: ListenOptions = {},
): ArticleListener {
  let client: pg.Client | undefined;
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let delay = options.retryMs ?? 500;
  let resolveReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    resolveReady = resolve;
  });
  let connectedBefore = false;

  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url, application_name: 'talksbot listener' });
    client = next;
    next.on('notification', (message) => {
      if (message.channel === ARTICLES_CHANNEL) onChange(parsePayload(message.payload));
    });
    next.on('error', (error) => retry(error));
    next.on('end', () => retry(new Error('the listening connection closed')));
    try {
      await next.connect();
      await next.query(`LISTEN ${ARTICLES_CHANNEL}`);
    } catch (error) {
      retry(error as Error);
      return;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    delay = options.retryMs ?? 500;
    if (connectedBefore) onChange({ ids: [], reconnected: true });
    connectedBefore = true;
    resolveReady();
  };

  const retry = (error: Error) => {
    if (closed || timer) return;
    options.onError?.(error);
    const dead = client;
    client = undefined;
    dead?.removeAllListeners();
    dead?.on('error', () => undefined);
    void dead?.end().catch(() => undefined);
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
    timer.unref();
    delay = Math.min(delay * 2, 30_000);
  };

  void connect();
  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      const last = client;
      client = undefined;
      if (last) {
        last.removeAllListeners();
        last.on('error', () => undefined);
        await last.end().catch(() => undefined);
      }
    },
  };
}

function parsePayload(payload: string | undefined): ArticlesChanged {
  try {
    const parsed = JSON.parse(payload ?? '{}') as { ids?: unknown; origin?: unknown };
    return {
      ids: Array.isArray(parsed.ids) ? parsed.ids.filter((id): id is string => typeof id === 'string') : [],
      ...(typeof parsed.origin === 'string' ? { origin: parsed.origin } : {}),
    };
  } catch {
    return { ids: [] };
  }
}
