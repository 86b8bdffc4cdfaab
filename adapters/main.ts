import { join } from 'node:path';
import { createEngine } from '../src/index.js';
import { ConfigError, loadConfig } from './config.js';
import { createLogger } from './logger.js';
import type { RunningAdapter } from './running-adapter.js';

/** `npm start`: every configured chat adapter, side by side; the terminal REPL when none is configured. */
async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  const engine = await createEngine({
    knowledgeDir: config.knowledgeDir,
    cacheDir: config.cacheDir,
    log: (m) => log.warn(m),
  });

  if (!config.discord && !config.slack) {
    log.debug('no chat adapter configured (see .env.example): starting the REPL');
    const { startRepl } = await import('./repl/main.js');
    await startRepl(engine, { historyFile: join(config.cacheDir, 'repl-history') });
    return;
  }
  const running: RunningAdapter[] = [];
  // each SDK is loaded only when its adapter is configured: discord.js and Bolt add ~0.5 s to start-up
  if (config.discord) {
    const { startDiscord } = await import('./discord/main.js');
    running.push(await startDiscord(engine, config.discord, log));
  }
  if (config.slack) {
    const { startSlack } = await import('./slack/main.js');
    running.push(await startSlack(engine, config.slack, log));
  }
  log.info(`talksbot is running: ${running.map((adapter) => adapter.name).join(' and ')}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: shutting down`);
    await Promise.allSettled(running.map((adapter) => adapter.stop()));
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `talksbot could not start: ${String(error)}`}\n`,
  );
  process.exit(1);
});
