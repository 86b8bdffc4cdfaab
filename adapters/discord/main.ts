import type { LoadedEngine } from '../../src/index.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { RunningAdapter } from '../running-adapter.js';
import { createDiscordClient } from './client.js';
import { listen } from './handle-interaction.js';

/**
 * Logs the bot in and answers slash commands until stop(). Commands are not registered here: that is
 * `npm run discord:deploy`, run once after the command list changes (registering at every start-up is
 * rate-limited and slow to propagate).
 */
export async function startDiscord(
  engine: LoadedEngine,
  config: NonNullable<Config['discord']>,
  log: Logger,
): Promise<RunningAdapter> {
  const client = createDiscordClient(config);
  listen(client, engine, log);
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy();
    throw new Error(loginProblem(error));
  }
  const shards = client.shard ? ` (shard ${client.shard.ids.join(', ')} of ${client.shard.count})` : '';
  log.info(`Discord: logged in as ${client.user?.tag ?? 'the bot'}${shards}`);
  return {
    name: 'Discord',
    stop: async () => {
      await client.destroy();
      log.info('Discord: disconnected');
    },
  };
}

function loginProblem(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'TokenInvalid') {
    return 'Discord rejected DISCORD_TOKEN: reset it in the Developer Portal (your app → Bot → Reset Token) and update .env';
  }
  return `Discord login failed (${error instanceof Error ? error.message : String(error)}): check DISCORD_TOKEN and your connection`;
}
