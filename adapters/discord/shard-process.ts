import { ConfigError, loadConfig } from '../config.js';
import { openEngine } from '../knowledge-backend.js';
import { createLogger } from '../logger.js';
import { handleProcessErrors } from '../process-errors.js';
import { openChatState } from '../shared-state.js';
import { startDiscord } from './main.js';

/**
 * What each shard process runs under `npm run discord:sharded`: the Discord bot alone (Slack and the REPL
 * must not start once per shard). discord.js reads the shard ids the ShardingManager hands this process.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discord)
    throw new ConfigError('DISCORD_TOKEN is missing: copy .env.example to .env and set it');
  const log = createLogger(config.logLevel);
  handleProcessErrors(log);
  // every shard reads the same knowledge: the folder's cache, or with DATABASE_URL the shared database
  const { engine } = await openEngine(config, (m) => log.warn(m));
  // shards share conversation context and rate limits through DATABASE_URL when it is set
  const state = await openChatState(config, log, `talksbot shard ${process.pid}`);
  // a shard that Discord closed for good exits non-zero; the ShardingManager respawns it
  const running = await startDiscord(engine, config.discord, log, {
    services: {
      ...(state.conversations ? { conversations: state.conversations } : {}),
      ...(state.limits ? { limits: state.limits } : {}),
    },
    onFatal: () => void running.stop().finally(() => process.exit(1)),
  });
  const stopAll = () => running.stop().finally(() => state.close().catch(() => undefined));
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
