import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig } from '../../../adapters/config.js';
import { slackManifest } from '../../../adapters/slack/manifest.js';
import { readOnlyMe } from '../../../adapters/slack/only-me.js';
import { CommandPrefixError, LEGACY_SLASHES, slashNames } from '../../../adapters/slack/slash-commands.js';
import { commands } from '../../../src/index.js';

interface Manifest {
  features: {
    app_home: {
      home_tab_enabled: boolean;
      messages_tab_enabled: boolean;
      messages_tab_read_only_enabled: boolean;
    };
    slash_commands: { command: string; description: string; usage_hint?: string; url?: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const committed = readFileSync('adapters/slack/manifest.yml', 'utf8');
const manifest = parse(committed) as Manifest;

describe('Slack slash command names', () => {
  it('are the command list’s names behind the prefix, talks- by default', () => {
    const names = slashNames();
    expect(names.commands.map((entry) => entry.command.name)).toEqual(commands.map((c) => c.name));
    expect(names.commands.map((entry) => entry.slash)).toEqual([
      '/talks-ask',
      '/talks-who-said',
      '/talks-timeline',
      '/talks-sources',
      '/talks-help',
    ]);
    expect(names.moderator.add).toBe('/talks-add');
    expect(slashNames('news-').commands.map((entry) => entry.slash)[0]).toBe('/news-ask');
  });

  // [prefix, slash typed, command it runs (undefined: not ours)]
  const rows: [string, string, string | undefined][] = [
    ['talks-', '/talks-ask', 'ask'],
    ['talks-', '/TALKS-WHO-SAID', 'who-said'],
    ['talks-', '/talks-sources', 'sources'],
    // an app installed from the manifest before the prefix existed keeps working
    ['talks-', '/ask', 'ask'],
    ['talks-', '/timeline', 'timeline'],
    ['talks-', '/sources', undefined],
    ['news-', '/news-timeline', 'timeline'],
    ['news-', '/talks-ask', undefined],
    ['news-', '/talks-help', 'help'],
    ['news-', '/news-add', undefined],
  ];
  it.each(rows)('prefix %s: %s runs %s', (prefix, slash, expected) => {
    expect(slashNames(prefix).commandFor(slash)?.name).toBe(expected);
  });

  it('listens to the new names and the legacy ones, once each', () => {
    const listened = slashNames('news-').listened;
    expect(listened).toEqual(
      expect.arrayContaining(['/news-ask', '/news-help', ...Object.keys(LEGACY_SLASHES)]),
    );
    expect(new Set(listened).size).toBe(listened.length);
    expect(slashNames().listened).toHaveLength(commands.length + 3);
  });

  it('map back to the engine’s names in a mention, and forward in examples', () => {
    const names = slashNames();
    expect(names.toEngineLine('/talks-help')).toBe('/help');
    expect(names.toEngineLine('/talks-timeline Istanbul --from 2025-04')).toBe(
      '/timeline Istanbul --from 2025-04',
    );
    expect(names.toEngineLine('/timeline Istanbul')).toBe('/timeline Istanbul');
    expect(names.toEngineLine('who said great progress')).toBe('who said great progress');
    expect(names.toSlackLine('/sources to see them')).toBe('/talks-sources to see them');
  });

  it('refuse a prefix that breaks Slack’s naming rule, in the config and in the names', () => {
    expect(() => slashNames('Talks ')).toThrow(CommandPrefixError);
    expect(() => slashNames('a'.repeat(24))).toThrow(/32 characters/);
    expect(() => loadConfig({ SLACK_COMMAND_PREFIX: 'My Talks' }, { dotenv: false })).toThrow(
      /SLACK_COMMAND_PREFIX is up to 20 lowercase letters/,
    );
    expect(loadConfig({}, { dotenv: false }).slackCommandPrefix).toBe('talks-');
    expect(loadConfig({ SLACK_COMMAND_PREFIX: 'news-' }, { dotenv: false }).slackCommandPrefix).toBe('news-');
  });
});

describe('--only-me', () => {
  // [text typed, text read, only me]
  const rows: [string, string, boolean][] = [
    ['Who is Lavrov? --only-me', 'Who is Lavrov?', true],
    ['--only-me Istanbul --from 2025-04', 'Istanbul --from 2025-04', true],
    ['Who is Lavrov? --ONLY-ME', 'Who is Lavrov?', true],
    ['Who is Lavrov?', 'Who is Lavrov?', false],
    // only the flag as a word of its own: nothing else in a question is taken for it
    ['what does --only-meant mean', 'what does --only-meant mean', false],
    ['is it only me who asks?', 'is it only me who asks?', false],
  ];
  it.each(rows)('%s', (typed, text, onlyMe) => {
    expect(readOnlyMe(typed)).toEqual({ text, onlyMe });
  });
});

describe('manifest.yml', () => {
  it('is what the generator prints for the default prefix (run npm run slack:manifest > adapters/slack/manifest.yml)', () => {
    expect(committed).toBe(slackManifest());
  });

  it('lists exactly the slash commands the adapter registers, with the command list’s descriptions', () => {
    const names = slashNames();
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual([
      ...names.commands.map((entry) => entry.slash),
      '/talks-add',
    ]);
    expect(manifest.features.slash_commands.at(-1)?.usage_hint).toBe('<url>');
    for (const [i, entry] of names.commands.entries()) {
      expect(manifest.features.slash_commands[i]?.description).toBe(entry.command.description);
    }
    expect(manifest.features.slash_commands[0]?.usage_hint).toBe('<question> [--only-me]');
  });

  it('follows the prefix', () => {
    const other = parse(slackManifest({ prefix: 'news-' })) as Manifest;
    expect(other.features.slash_commands.map((c) => c.command)).toContain('/news-timeline');
    expect(other.features.slash_commands.every((c) => c.command.startsWith('/news-'))).toBe(true);
  });

  it('asks for the scopes and events the bot uses, and no more', () => {
    expect([...manifest.oauth_config.scopes.bot].sort()).toEqual(
      [
        'app_mentions:read',
        'channels:history',
        'chat:write',
        'commands',
        'groups:history',
        'im:history',
        'im:read',
        'im:write',
        'reactions:write',
      ].sort(),
    );
    expect(manifest.settings.event_subscriptions.bot_events).toEqual([
      'app_home_opened',
      'app_mention',
      'message.channels',
      'message.groups',
      'message.im',
    ]);
  });

  it('enables Socket Mode, buttons, the Home tab and direct messages', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });

  it('in HTTP mode, points events, commands and buttons at the one request url', () => {
    const url = 'https://bot.example/slack/events';
    const http = parse(slackManifest({ requestUrl: url })) as Manifest;
    expect(http.settings.socket_mode_enabled).toBe(false);
    expect(http.settings.event_subscriptions.request_url).toBe(url);
    expect(http.settings.interactivity.request_url).toBe(url);
    expect(http.features.slash_commands.every((c) => c.url === url)).toBe(true);
  });

  it('is printed by npm run slack:manifest’s script with the prefix from the environment', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'adapters/slack/print-manifest.ts'],
      { env: { ...process.env, SLACK_COMMAND_PREFIX: 'news-' } },
    );
    expect(stdout).toBe(slackManifest({ prefix: 'news-' }));
  });
});
