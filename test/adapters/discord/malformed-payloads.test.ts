import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../../adapters/discord/main.js';
import type { RunningAdapter } from '../../../adapters/running-adapter.js';
import { type FakeDiscordGateway, startFakeDiscordGateway } from '../../fakes/discord-gateway.js';
import { buttonClick, chatInput } from '../../fakes/discord-payloads.js';
import { type FakeDiscordRest, startFakeDiscordRest } from '../../fakes/discord-rest.js';
import { realEngine } from '../../helpers.js';
import { memoryLogger, unlimited } from './helpers.js';

/**
 * Gateway packets Discord should never send, dispatched over a real WebSocket to a real discord.js client.
 * discord.js builds its interaction objects without checking them and throws from inside its WebSocket
 * handler, which used to end the process. Each one must be logged and dropped, and the bot keep serving.
 */

let rest: FakeDiscordRest;
let gateway: FakeDiscordGateway;
let running: RunningAdapter | undefined;
const log = memoryLogger();

beforeAll(async () => {
  rest = await startFakeDiscordRest();
  gateway = await startFakeDiscordGateway({ heartbeatInterval: 200 });
  rest.gatewayUrl = gateway.url;
  running = await startDiscord(await realEngine(), { token: 'fake-bot-token', apiUrl: rest.url }, log, {
    services: { limits: unlimited() },
  });
});

afterAll(async () => {
  await running?.stop();
  await gateway.close();
  await rest.close();
});

const withoutKey = (object: object, key: string): object =>
  Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));

const sources = chatInput('sources');
// [what is wrong, event name, packet d]
const malformed: [string, string, unknown][] = [
  ['d is null', 'INTERACTION_CREATE', null],
  ['d is a string', 'INTERACTION_CREATE', 'hello'],
  ['a command without data', 'INTERACTION_CREATE', withoutKey(chatInput('sources'), 'data')],
  [
    'options that are not an array',
    'INTERACTION_CREATE',
    { ...chatInput('ask'), data: { ...chatInput('ask').data, options: { question: 'x' } } },
  ],
  [
    'an option that is not an object',
    'INTERACTION_CREATE',
    { ...chatInput('ask'), data: { ...chatInput('ask').data, options: [null] } },
  ],
  ['a button without custom_id', 'INTERACTION_CREATE', { ...buttonClick('x'), data: { component_type: 2 } }],
  ['a button without its message', 'INTERACTION_CREATE', withoutKey(buttonClick('x'), 'message')],
  ['neither member nor user', 'INTERACTION_CREATE', withoutKey(chatInput('sources'), 'member')],
  [
    'a member without a user',
    'INTERACTION_CREATE',
    { ...chatInput('sources'), member: { roles: [], permissions: '0' } },
  ],
  ['an autocomplete with data null', 'INTERACTION_CREATE', { ...chatInput('ask'), type: 4, data: null }],
  ['a guild event with d null', 'GUILD_CREATE', null],
  ['a channel event with d null', 'CHANNEL_CREATE', null],
];

describe('malformed gateway packets', () => {
  it.each(malformed)('%s: logged and dropped, and the next command is answered', async (what, event, d) => {
    const before = log.lines.length;
    gateway.dispatch(event, d);
    const next = chatInput('sources');
    gateway.dispatch('INTERACTION_CREATE', next);
    const reply = await rest.waitFor(
      (r) => r.path === `/interactions/${next.id}/${next.token}/callback`,
      5000,
      `the answer after ${what}`,
    );
    expect(reply.body.data.embeds[0].title).toBe('Sources — 5 articles');
    const logged = log.lines.slice(before).filter((line) => line.message.startsWith('discord: dropped'));
    expect(logged, `a log line for ${what}`).toHaveLength(1);
    expect(logged[0]?.level).toBe('warn');
    expect(logged[0]?.context).toMatchObject({ event });
  });

  it('a malformed interaction that still has an id and token gets a polite ephemeral reply', async () => {
    const payload = { ...sources, data: { ...sources.data, options: 'not-a-list' } };
    gateway.dispatch('INTERACTION_CREATE', payload);
    const reply = await rest.waitFor(
      (r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`,
    );
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(reply.body.data.content).toMatch(/could not read/i);
  });
});
