import { Client, GatewayIntentBits, Partials } from 'discord.js';
import type { Config } from '../config.js';
import { rejectLongRateLimitWait } from './rate-limits.js';

export type DiscordConfig = NonNullable<Config['discord']>;

/**
 * No privileged intent: `Guilds` for slash commands, `GuildMessages` and `DirectMessages` for mentions,
 * replies and DMs (Discord sends the content of messages that mention the app, and of DMs, without the
 * privileged MessageContent intent). DM channels are not cached, so `Partials.Channel` lets their messages
 * through. `rest.api` points REST (and with it the
 * gateway URL lookup) at DISCORD_API_URL when set: a proxy, or the fake Discord in the tests.
 * allowedMentions here is a second guard; every payload also sets it. Rate-limit waits on answers are
 * capped (see rate-limits.ts).
 */
export function createDiscordClient(config: Pick<DiscordConfig, 'apiUrl'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.DirectMessages],
    partials: [Partials.Channel],
    allowedMentions: { parse: [] },
    rest: {
      ...(config.apiUrl ? { api: config.apiUrl.replace(/\/+$/, '') } : {}),
      rejectOnRateLimit: rejectLongRateLimitWait,
    },
  });
}
