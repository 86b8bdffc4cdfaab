import { type FeedReport, pollFeeds, readFeeds } from '../src/index.js';

export interface FeedPollerOptions {
  knowledgeDir: string;
  intervalMs: number;
  allowPrivate: boolean;
  log: { info(message: string): void; warn(message: string): void };
  /** after each poll (a reload of the knowledge base listens here) */
  onPolled?: (reports: FeedReport[]) => void | Promise<void>;
}

export interface FeedPoller {
  /** one poll now (skipped while one is running); resolves when it is done */
  pollNow(): Promise<void>;
  stop(): void;
}

/**
 * A running bot's feed polling: a poll at start and then every interval, never two at once, and a failed
 * poll is logged, never fatal. Does nothing while knowledge/feeds.yml lists no feeds.
 */
export function startFeedPolling(options: FeedPollerOptions): FeedPoller {
  let running: Promise<void> | undefined;
  const pollOnce = async () => {
    if (!(await readFeeds(options.knowledgeDir)).length) return;
    const reports = await pollFeeds({
      knowledgeDir: options.knowledgeDir,
      allowPrivate: options.allowPrivate,
    });
    for (const report of reports) {
      const added = report.items.filter((item) => item.outcome === 'added');
      if (report.status === 'failed')
        options.log.warn(`feed ${report.url} could not be read: ${report.reason}`);
      else if (report.items.length)
        options.log.info(
          `feed ${report.url}: ${report.items.length} new items, ${added.length} added${added.length ? ` (${added.map((item) => item.id).join(', ')})` : ''}`,
        );
    }
    await options.onPolled?.(reports);
  };
  const pollNow = () => {
    running ??= pollOnce()
      .catch((error: unknown) => options.log.warn(`feed poll failed: ${String(error)}`))
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(() => void pollNow(), options.intervalMs);
  timer.unref();
  void pollNow();
  return { pollNow, stop: () => clearInterval(timer) };
}
