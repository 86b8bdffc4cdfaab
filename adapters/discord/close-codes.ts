import { GatewayCloseCodes } from 'discord.js';

/**
 * The gateway close codes after which discord.js stops reconnecting (it emits `shardDisconnect` only for
 * these). Each one is a configuration problem, so the message says what to change; restarting alone
 * would fail the same way.
 */
export function unrecoverableCloseProblem(code: number): string {
  switch (code) {
    case GatewayCloseCodes.AuthenticationFailed:
      return 'Discord rejected DISCORD_TOKEN (gateway close 4004, authentication failed): check DISCORD_TOKEN — reset it in the Developer Portal (your app → Bot → Reset Token) and update .env';
    case GatewayCloseCodes.ShardingRequired:
      return 'Discord requires sharding for this bot (gateway close 4011): run npm run discord:sharded';
    case GatewayCloseCodes.InvalidShard:
      return 'Discord refused the shard settings (gateway close 4010): run npm run discord:sharded, which asks Discord for the shard count';
    case GatewayCloseCodes.DisallowedIntents:
      return 'Discord refused an intent this bot asked for (gateway close 4014): enable it under Bot → Privileged Gateway Intents';
    case GatewayCloseCodes.InvalidIntents:
      return 'Discord refused the intents this bot asked for (gateway close 4013): the code asks for an invalid intent';
    case GatewayCloseCodes.InvalidAPIVersion:
      return 'Discord no longer accepts this gateway version (gateway close 4012): update discord.js';
    default:
      return `Discord closed the gateway connection for good (code ${code}): check DISCORD_TOKEN and the bot's settings`;
  }
}
