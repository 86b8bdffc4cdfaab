import { join } from 'node:path';
import { ConfigError, loadConfig } from './config.js';
import { startChatEngine } from './engine-thread.js';
import { startLiveEngine } from './live-knowledge.js';
import { createLogger, engineLog } from './logger.js';
import { handleProcessErrors } from './process-errors.js';
import type { RunningAdapter } from './running-adapter.js';
import { announceArticles, openChatState, openFeedback } from './shared-state.js';

/** `npm start`: every configured chat adapter, side by side; the terminal REPL when none is configured. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  handleProcessErrors(log);
  if (!config.discord && !config.slack) {
    log.debug('no chat adapter configured (see .env.example): starting the REPL');
    // a running bot or REPL follows knowledge/: added, changed and removed articles are picked up live
    const engine = await startLiveEngine(config, log, engineLog(log, config.logLevel));
    const { startRepl } = await import('./repl/main.js');
    await startRepl(engine, { historyFile: join(config.cacheDir, 'repl-history') });
    // the watch and the database pool would otherwise keep the process alive after the REPL is left
    await engine.shutdown();
    return;
  }

  // a chat bot's engine answers in a thread of its own, below the thread that acks (ENGINE_NICE); it
  // follows knowledge/ and, with DATABASE_URL, the articles added through any other replica
  const engine = await startChatEngine(config, log);
  // /talks-add from chat: written to knowledge/ and reloaded at once, so the reply can say it is answered from
  const adding = {
    knowledgeDir: config.knowledgeDir,
    allowPrivate: config.fetchAllowPrivate,
    reload: () => engine.reload(),
  };
  // with DATABASE_URL every replica and shard shares its state there (README: Running at scale)
  const state = await openChatState(config, log, `talksbot ${process.pid}`);
  // 👍/👎 votes, and the answers they rate, shared by both adapters: in PostgreSQL with DATABASE_URL, else
  // in one SQLite file
  const feedback = await openFeedback(config, state);
  const running: RunningAdapter[] = [];
  let stopping = false;
  const shutdown = async (why: string, exitCode: number) => {
    if (stopping) return;
    stopping = true;
    log.info(`${why}: shutting down`);
    await Promise.allSettled(running.map((adapter) => adapter.stop()));
    // after the adapters: a vote clicked during shutdown still finds the database open
    await feedback.close().catch(() => {});
    await state.close().catch(() => undefined);
    await engine.shutdown().catch(() => undefined);
    process.exit(exitCode);
  };
  // each SDK is loaded only when its adapter is configured: discord.js and Bolt add ~0.5 s to start-up
  if (config.discord) {
    const { startDiscord } = await import('./discord/main.js');
    running.push(
      await startDiscord(engine, config.discord, log, {
        // a bot that can no longer answer must not look alive to its supervisor
        onFatal: () => void shutdown('Discord is gone for good', 1),
        services: {
          feedback: feedback.feedback,
          answers: feedback.answers,
          adding,
          ...(state.conversations ? { conversations: state.conversations } : {}),
          ...(state.limits ? { limits: state.limits } : {}),
        },
      }),
    );
  }
  if (config.slack) {
    const { startSlack } = await import('./slack/main.js');
    running.push(
      await startSlack(engine, config.slack, log, {
        feedback: feedback.feedback,
        answers: feedback.answers,
        adding,
        ...(config.slack.host ? { host: config.slack.host } : {}),
        ...(state.guard ? { guard: state.guard } : {}),
        ...(state.conversations ? { conversations: state.conversations } : {}),
        ...(state.limits ? { limits: state.limits } : {}),
      }),
    );
  }
  log.info(
    `talksbot is running: ${running.map((adapter) => adapter.name).join(' and ')} (state: ${state.kind === 'postgres' ? 'shared, in PostgreSQL' : 'in this process'})`,
  );
  if (config.feedsPollMinutes > 0) {
    const { startFeedPolling } = await import('./feeds-poller.js');
    const poller = startFeedPolling({
      knowledgeDir: config.knowledgeDir,
      intervalMs: config.feedsPollMinutes * 60_000,
      allowPrivate: config.fetchAllowPrivate,
      log,
      onPolled: async (reports) => {
        const ids = reports.flatMap((r) =>
          r.items.flatMap((i) => (i.outcome === 'added' && i.id ? [i.id] : [])),
        );
        if (ids.length)
          await announceArticles(config, ids, 'talksbot feeds').catch((error: unknown) =>
            log.warn(`could not tell the other replicas about new articles: ${String(error)}`),
          );
      },
    });
    running.push({ name: 'feed polling', stop: async () => poller.stop() });
  }

  process.once('SIGINT', () => void shutdown('SIGINT received', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM received', 0));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `talksbot could not start: ${error instanceof Error ? error.message : String(error)}`}\n`,
  );
  process.exit(1);
});
