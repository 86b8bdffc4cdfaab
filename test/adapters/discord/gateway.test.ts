import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../../adapters/discord/main.js';
import type { RunningAdapter } from '../../../adapters/running-adapter.js';
import { createEngine } from '../../../src/index.js';
import { type FakeDiscordGateway, startFakeDiscordGateway } from '../../fakes/discord-gateway.js';
import { chatInput } from '../../fakes/discord-payloads.js';
import { FAKE_APPLICATION_ID, type FakeDiscordRest, startFakeDiscordRest } from '../../fakes/discord-rest.js';
import { memoryLogger } from './helpers.js';

/**
 * End to end: startDiscord logs a real discord.js client in against a fake gateway on 127.0.0.1, and an
 * INTERACTION_CREATE dispatched over the WebSocket is answered through the fake REST API. This guards the
 * direct-payload handler tests against discord.js internals changing underneath them.
 */

let rest: FakeDiscordRest;
let gateway: FakeDiscordGateway;
let running: RunningAdapter | undefined;
const log = memoryLogger();

beforeAll(async () => {
  const engine = await createEngine({ knowledgeDir: 'knowledge' });
  rest = await startFakeDiscordRest();
  gateway = await startFakeDiscordGateway({ heartbeatInterval: 200 });
  rest.gatewayUrl = gateway.url;
  running = await startDiscord(engine, { token: 'fake-bot-token', apiUrl: rest.url }, log);
});

afterAll(async () => {
  await running?.stop();
  await gateway.close();
  await rest.close();
});

describe('Discord over a real gateway connection', () => {
  it('looks up the gateway with the token, identifies with Guilds, GuildMessages and DirectMessages (no privileged intent), and keeps heartbeating', async () => {
    const lookup = rest.requests.find((r) => r.path === '/gateway/bot');
    expect(lookup?.headers.authorization).toBe('Bot fake-bot-token');
    expect(gateway.connections[0]?.get('v')).toBe('10');
    expect(gateway.connections[0]?.get('encoding')).toBe('json');
    const identify = await gateway.waitFor((p) => p.op === 2);
    expect(identify.d).toMatchObject({ token: 'fake-bot-token', intents: 1 | 512 | 4096, shard: [0, 1] });
    await gateway.waitFor((p) => p.op === 1, 3000, 'heartbeat');
    expect(log.lines.some((l) => l.message === 'Discord: logged in as talksbot')).toBe(true);
    expect(running?.name).toBe('Discord');
  });

  it('answers a slash command dispatched over the gateway', async () => {
    const sources = chatInput('sources');
    gateway.dispatch('INTERACTION_CREATE', sources);
    const reply = await rest.waitFor(
      (r) => r.path === `/interactions/${sources.id}/${sources.token}/callback`,
    );
    expect(reply.body.type).toBe(4);
    expect(reply.body.data.embeds[0].title).toBe('Sources — 5 articles');
    expect(reply.body.data.allowed_mentions).toEqual({ parse: [] });

    const ask = chatInput('ask', [{ name: 'question', value: 'Who is Russia’s foreign minister?' }]);
    gateway.dispatch('INTERACTION_CREATE', ask);
    const edit = await rest.waitFor(
      (r) =>
        r.method === 'PATCH' && r.path === `/webhooks/${FAKE_APPLICATION_ID}/${ask.token}/messages/@original`,
    );
    expect(rest.requests.find((r) => r.path.startsWith(`/interactions/${ask.id}/`))?.body.type).toBe(5);
    expect(edit.body.embeds).toHaveLength(1);
  });

  it('stop() closes the gateway connection', async () => {
    await running?.stop();
    running = undefined;
    await gateway.waitForDisconnect(3000);
  });
});
