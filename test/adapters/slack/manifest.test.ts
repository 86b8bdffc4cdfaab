import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { commandForSlash, slashCommands, toEngineLine } from '../../../adapters/slack/slash-commands.js';
import { commands } from '../../../src/index.js';

interface Manifest {
  features: {
    app_home: { messages_tab_enabled: boolean; messages_tab_read_only_enabled: boolean };
    slash_commands: { command: string; description: string }[];
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[] };
    interactivity: { is_enabled: boolean };
    socket_mode_enabled: boolean;
  };
}

const manifest = parse(readFileSync('adapters/slack/manifest.yml', 'utf8')) as Manifest;

describe('Slack slash commands', () => {
  it('come from the one command list, with prefixes where a name could collide', () => {
    expect(slashCommands.map((entry) => entry.command.name)).toEqual(commands.map((command) => command.name));
    expect(slashCommands.map((entry) => entry.slash)).toEqual([
      '/ask',
      '/who-said',
      '/timeline',
      '/talks-sources',
      '/talks-help',
    ]);
    for (const { slash } of slashCommands) expect(slash).toMatch(/^\/[a-z0-9_-]{1,31}$/);
  });

  it('map back to the engine’s names, typed or in a mention', () => {
    expect(commandForSlash('/talks-sources')?.name).toBe('sources');
    expect(commandForSlash('/sources')).toBeUndefined();
    expect(toEngineLine('/talks-help')).toBe('/help');
    expect(toEngineLine('/timeline Istanbul')).toBe('/timeline Istanbul');
    expect(toEngineLine('who said great progress')).toBe('who said great progress');
  });
});

describe('manifest.yml', () => {
  it('lists exactly the slash commands the adapter registers, with the command list’s descriptions', () => {
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(
      slashCommands.map((entry) => entry.slash),
    );
    for (const [i, entry] of slashCommands.entries()) {
      expect(manifest.features.slash_commands[i]?.description).toBe(entry.command.description);
    }
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
      'app_mention',
      'message.channels',
      'message.groups',
      'message.im',
    ]);
  });

  it('enables Socket Mode, buttons and direct messages', () => {
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_read_only_enabled).toBe(false);
  });
});
