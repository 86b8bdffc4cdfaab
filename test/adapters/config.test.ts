import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../adapters/config.js';

const load = (env: Record<string, string>) => loadConfig(env, { dotenv: false });

describe('loadConfig', () => {
  it('reads DATABASE_URL, and leaves it unset (one process, no server) by default', () => {
    expect(load({}).databaseUrl).toBeUndefined();
    expect(load({ DATABASE_URL: ' postgres://u:p@127.0.0.1:5432/talksbot ' }).databaseUrl).toBe(
      'postgres://u:p@127.0.0.1:5432/talksbot',
    );
  });

  it('needs nothing for the REPL', () => {
    const config = load({});
    expect(config.discord).toBeUndefined();
    expect(config.slack).toBeUndefined();
    expect(config.knowledgeDir).toMatch(/knowledge$/);
  });

  it.each<[string, Record<string, string>, string]>([
    ['a Slack token of the wrong kind', { SLACK_BOT_TOKEN: 'xapp-1' }, 'SLACK_BOT_TOKEN starts with xoxb-'],
    ['Slack without a way to receive events', { SLACK_BOT_TOKEN: 'xoxb-1' }, 'SLACK_APP_TOKEN'],
    [
      'an app token of the wrong kind',
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xoxb-2' },
      'SLACK_APP_TOKEN starts with xapp-',
    ],
    [
      'a non-numeric Discord client id',
      { DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: 'abc' },
      'DISCORD_CLIENT_ID is the numeric Application ID',
    ],
    [
      'a bad API URL',
      { DISCORD_TOKEN: 't', DISCORD_API_URL: 'not a url' },
      'DISCORD_API_URL must be a full URL',
    ],
    [
      'a bad port in Slack HTTP mode',
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: 'eighty' },
      'PORT must be a number',
    ],
    [
      'a port out of range in Slack HTTP mode',
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', PORT: '70000' },
      'PORT must be between 1 and 65535',
    ],
    ['a bad log level', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [
      'a database URL of another kind',
      { DATABASE_URL: 'mysql://db/talksbot' },
      'DATABASE_URL is a PostgreSQL URL',
    ],
    [
      'a Slack command prefix Slack would refuse',
      { SLACK_COMMAND_PREFIX: 'Talks ' + 'x' },
      'SLACK_COMMAND_PREFIX is up to 20 lowercase letters',
    ],
    [
      'a moderator given by name instead of member id',
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_ADMIN_USER_IDS: 'U012ABCDEF, @alice' },
      'SLACK_ADMIN_USER_IDS lists Slack member ids',
    ],
    [
      'an answer concurrency of zero',
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_ANSWER_CONCURRENCY: '0' },
      'SLACK_ANSWER_CONCURRENCY is a whole number from 1 to 64',
    ],
    [
      'an answer concurrency that is not a number',
      { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_ANSWER_CONCURRENCY: 'eight' },
      'SLACK_ANSWER_CONCURRENCY is a whole number from 1 to 64',
    ],
  ])('explains %s', (_name, env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });

  // PORT is what other software on the machine uses too; only Slack's HTTP mode listens on it
  it.each<[string, Record<string, string>]>([
    ['the REPL', { PORT: 'eighty' }],
    ['Discord alone', { DISCORD_TOKEN: 't', PORT: 'eighty' }],
    ['Slack in Socket Mode', { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', PORT: '-1' }],
  ])('ignores a PORT it does not use: %s', (_name, env) => {
    expect(() => load(env)).not.toThrow();
  });

  it('configures Discord and Slack side by side', () => {
    const config = load({
      DISCORD_TOKEN: 'discord-token',
      DISCORD_CLIENT_ID: '123456789012345678',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 'secret',
      PORT: '3100',
    });
    expect(config.discord).toMatchObject({ token: 'discord-token', clientId: '123456789012345678' });
    expect(config.slack).toMatchObject({ botToken: 'xoxb-1', signingSecret: 'secret', port: 3100 });
  });

  it('reads the Slack prefix and the moderators, with the defaults when unset', () => {
    const config = load({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_COMMAND_PREFIX: 'news-',
      SLACK_ADMIN_USER_IDS: 'U012ABCDEF, W0987ZYX U0333',
    });
    expect(config.slack).toMatchObject({
      commandPrefix: 'news-',
      adminUserIds: ['U012ABCDEF', 'W0987ZYX', 'U0333'],
    });
    const defaults = load({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    expect(defaults.slack).toMatchObject({ commandPrefix: 'talks-', adminUserIds: [] });
    expect(defaults.slack?.answerConcurrency).toBeUndefined();
    expect(
      load({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_ANSWER_CONCURRENCY: ' 2 ' }).slack,
    ).toMatchObject({ answerConcurrency: 2 });
  });
});
