import { Events } from 'discord.js';
import type { Engine } from '../../src/index.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { RunningAdapter } from '../running-adapter.js';
import { createDiscordClient } from './client.js';
import { unrecoverableCloseProblem } from './close-codes.js';
import { listen } from './handle-interaction.js';
import { type DiscordServices, defaultServices } from './services.js';

export interface DiscordStartOptions {
  /**
   * Called once when Discord closes the connection for good after start-up (a token reset while running:
   * close 4004). The bot can no longer answer, so the process should exit non-zero and let its supervisor
   * restart it, which then fails at login with the same message until the configuration is fixed.
   */
  onFatal?: (problem: string) => void;
  /** conversations, rate limits and feedback; memory by default */
  services?: Partial<DiscordServices>;
}

/**
 * Logs the bot in and answers slash commands until stop(). Commands are not registered here: that is
 * `npm run discord:deploy`, run once after the command list changes (registering at every start-up is
 * rate-limited and slow to propagate).
 */
export async function startDiscord(
  engine: Engine,
  config: NonNullable<Config['discord']>,
  log: Logger,
  options: DiscordStartOptions = {},
): Promise<RunningAdapter> {
  const client = createDiscordClient(config);
  listen(client, engine, log, defaultServices(options.services));
  let loggedIn = false;
  let closeProblem: string | undefined;
  client.on(Events.ShardDisconnect, ({ code }, shardId) => {
    closeProblem ??= unrecoverableCloseProblem(code);
    if (!loggedIn) return; // login() rejects; startDiscord reports it
    log.error(closeProblem, { shardId, code });
    options.onFatal?.(closeProblem);
  });
  try {
    await client.login(config.token);
  } catch (error) {
    await client.destroy();
    throw new Error(closeProblem ?? loginProblem(error));
  }
  loggedIn = true;
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
