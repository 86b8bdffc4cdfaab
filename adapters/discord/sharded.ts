import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { createLogger } from '../logger.js';

/**
 * `npm run discord:sharded`: Discord requires sharding from 2,500 servers. A ShardingManager spawns one
 * process per shard, each running the compiled shard-process.js (the Discord bot alone, with its own engine).
 * Slash commands and buttons need nothing shared between shards: buttons carry their state in their ids.
 */
// the entry beside this file, compiled (.js) or, when run from source under tsx, .ts
const SHARD_ENTRY = fileURLToPath(
  new URL(`./shard-process${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url),
);

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discord)
    throw new ConfigError('DISCORD_TOKEN is missing: copy .env.example to .env and set it');
  const log = createLogger(config.logLevel);
  const totalShards = await recommendedShards(config.discord);
  const manager = new ShardingManager(SHARD_ENTRY, {
    token: config.discord.token,
    totalShards,
    respawn: true,
    // shards run with the manager's Node flags (a heap limit, a loader), which fork() would otherwise drop
    execArgv: process.execArgv,
  });
  let stopping = false;
  manager.on('shardCreate', (shard) => {
    log.info(`Discord: shard ${shard.id} of ${totalShards} launched`);
    shard.on('death', () => {
      if (!stopping) log.warn(`Discord: shard ${shard.id} exited; the manager restarts it`);
    });
  });
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received: stopping ${manager.shards.size} shard(s)`);
    // kill() sends SIGTERM (each shard logs out cleanly) and does not respawn
    for (const shard of manager.shards.values()) shard.kill();
    process.exit(0);
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  // each shard loads the articles before logging in, so allow more than the default 30 s
  await manager.spawn({ timeout: 120_000 });
}

/**
 * Discord's recommended shard count. Asked through REST ourselves rather than with totalShards: 'auto',
 * which always calls discord.com and would ignore DISCORD_API_URL.
 */
async function recommendedShards(discord: NonNullable<Config['discord']>): Promise<number> {
  const rest = new REST({
    version: '10',
    ...(discord.apiUrl ? { api: discord.apiUrl.replace(/\/+$/, '') } : {}),
  });
  rest.setToken(discord.token);
  try {
    const { shards } = (await rest.get(Routes.gatewayBot())) as { shards: number };
    return Math.max(1, shards);
  } finally {
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? error.message : `Sharded Discord bot could not start: ${String(error)}`}\n`,
  );
  process.exit(1);
});
