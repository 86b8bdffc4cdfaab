import { ConfigError, loadConfig } from '../config.js';
import { startChatEngine } from '../engine-thread.js';
import { createLogger } from '../logger.js';
import { handleProcessErrors } from '../process-errors.js';
import { openChatState, openFeedback } from '../shared-state.js';
import { startDiscord } from './main.js';

/**
 * What each shard process runs under `npm run discord:sharded`: the Discord bot alone (Slack and the REPL
 * must not start once per shard). discord.js reads the shard ids the ShardingManager hands this process.
 * Each shard follows the knowledge like `npm start` does: it watches the folder (an article /talks-add wrote
 * through any shard reaches every shard), and with DATABASE_URL it follows the database's notifications.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discord)
    throw new ConfigError('DISCORD_TOKEN is missing: copy .env.example to .env and set it');
  const log = createLogger(config.logLevel);
  handleProcessErrors(log);
  // in a thread of its own below the one that talks to Discord; with DATABASE_URL it follows the other
  // shards' and replicas' articles too
  const engine = await startChatEngine(config, log);
  // shards share conversation context, rate limits and votes through DATABASE_URL when it is set
  const state = await openChatState(config, log, `talksbot shard ${process.pid}`);
  // without it, one SQLite file for every shard's votes (SQLite serialises writers across processes)
  const feedback = await openFeedback(config, state);
  // a shard that Discord closed for good exits non-zero; the ShardingManager respawns it
  const running = await startDiscord(engine, config.discord, log, {
    services: {
      feedback: feedback.feedback,
      answers: feedback.answers,
      adding: {
        knowledgeDir: config.knowledgeDir,
        allowPrivate: config.fetchAllowPrivate,
        reload: () => engine.reload(),
      },
      ...(state.conversations ? { conversations: state.conversations } : {}),
      ...(state.limits ? { limits: state.limits } : {}),
    },
    onFatal: () => void running.stop().finally(() => process.exit(1)),
  });
  const stopAll = async () => {
    await running.stop();
    await feedback.close().catch(() => undefined);
    await state.close().catch(() => undefined);
    await engine.shutdown();
  };
  const stop = () => {
    void stopAll().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `Discord shard could not start: ${String(error)}`}\n`,
  );
  process.exit(1);
});
