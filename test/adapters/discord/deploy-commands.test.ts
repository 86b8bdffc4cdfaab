import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../adapters/config.js';
import { deployCommands, deployOptionsFrom } from '../../../adapters/discord/deploy-commands.js';
import { FAKE_APPLICATION_ID, type FakeDiscordRest, startFakeDiscordRest } from '../../fakes/discord-rest.js';

const GUILD = '1000000000000000042';
let rest: FakeDiscordRest;

beforeAll(async () => {
  rest = await startFakeDiscordRest();
});
afterAll(async () => {
  await rest.close();
});

describe('npm run discord:deploy', () => {
  it('PUTs the whole generated list, slash and message context-menu commands, to the guild when DISCORD_GUILD_ID is set', async () => {
    const result = await deployCommands({
      token: 'test-token',
      clientId: FAKE_APPLICATION_ID,
      guildId: GUILD,
      apiUrl: rest.url,
    });
    const put = await rest.waitFor((r) => r.method === 'PUT' && r.path.includes(`/guilds/${GUILD}/`));
    expect(put.path).toBe(`/applications/${FAKE_APPLICATION_ID}/guilds/${GUILD}/commands`);
    expect(put.headers.authorization).toBe('Bot test-token');
    // what Discord is sent, stated here rather than regenerated: each command's options as
    // name:type (3 a string, 5 a boolean), "!" when required
    const shape = put.body.map(
      (c: { name: string; options?: { name: string; type: number; required?: boolean }[] }) => [
        c.name,
        (c.options ?? []).map((o) => `${o.name}:${o.type}${o.required ? '!' : ''}`),
      ],
    );
    expect(shape).toEqual([
      ['ask', ['question:3!', 'only-me:5']],
      ['who-said', ['query:3!', 'only-me:5']],
      ['timeline', ['topic:3', 'from:3', 'to:3', 'only-me:5']],
      ['sources', []],
      ['help', []],
      ['talks-add', ['url:3!']],
      ['Ask talksbot', []],
      ['Who said this?', []],
    ]);
    // Discord's limits on a slash command: a lowercase name of 1–32 characters, a description of 1–100
    for (const command of put.body.filter((c: { type: number }) => c.type === 1)) {
      expect(command.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(command.description.length).toBeGreaterThan(0);
      expect(command.description.length).toBeLessThanOrEqual(100);
    }
    const names = [
      'ask',
      'who-said',
      'timeline',
      'sources',
      'help',
      'talks-add',
      'Ask talksbot',
      'Who said this?',
    ];
    expect(put.body.map((c: { name: string }) => c.name)).toEqual(names);
    // type 1 is a slash command, type 3 a message context-menu command (no description, no options)
    expect(put.body.map((c: { type: number }) => c.type)).toEqual([1, 1, 1, 1, 1, 1, 3, 3]);
    // the moderators' command is for Manage Server by default (0x20), in servers only
    expect(put.body[5]).toMatchObject({ name: 'talks-add', default_member_permissions: '32', contexts: [0] });
    expect(put.body.at(-1)).toEqual({ type: 3, name: 'Who said this?' });
    expect(result).toMatchObject({ scope: 'guild', names });
  });

  it('PUTs globally when no guild is given', async () => {
    const result = await deployCommands({
      token: 'test-token',
      clientId: FAKE_APPLICATION_ID,
      apiUrl: `${rest.url}/`,
    });
    const put = await rest.waitFor(
      (r) => r.method === 'PUT' && r.path === `/applications/${FAKE_APPLICATION_ID}/commands`,
    );
    expect(put.body).toHaveLength(8);
    expect(result.scope).toBe('global');
  });

  it('turns Discord’s refusals into what to do', async () => {
    rest.failNext('PUT', /commands$/, 401, { message: '401: Unauthorized', code: 0 });
    await expect(
      deployCommands({ token: 'bad', clientId: FAKE_APPLICATION_ID, apiUrl: rest.url }),
    ).rejects.toThrow(/DISCORD_TOKEN.*Reset Token/);
    rest.failNext('PUT', /commands$/, 403, { message: 'Missing Access', code: 50001 });
    await expect(
      deployCommands({
        token: 'test-token',
        clientId: FAKE_APPLICATION_ID,
        guildId: GUILD,
        apiUrl: rest.url,
      }),
    ).rejects.toThrow(/applications\.commands/);
  });

  it('reads its settings from the validated config, and says what is missing', () => {
    const env = { DISCORD_TOKEN: 'abc', DISCORD_CLIENT_ID: FAKE_APPLICATION_ID, DISCORD_API_URL: rest.url };
    expect(deployOptionsFrom(loadConfig(env, { dotenv: false }))).toEqual({
      token: 'abc',
      clientId: FAKE_APPLICATION_ID,
      guildId: undefined,
      apiUrl: rest.url,
    });
    expect(() => deployOptionsFrom(loadConfig({ DISCORD_TOKEN: 'abc' }, { dotenv: false }))).toThrow(
      /DISCORD_CLIENT_ID is missing/,
    );
    expect(() => deployOptionsFrom(loadConfig({}, { dotenv: false }))).toThrow(/DISCORD_TOKEN is missing/);
  });
});
