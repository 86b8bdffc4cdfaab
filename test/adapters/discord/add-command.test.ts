import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moderatorCommands } from '../../../adapters/discord/command-json.js';
import { startDiscord } from '../../../adapters/discord/main.js';
import type { RunningAdapter } from '../../../adapters/running-adapter.js';
import { type FakeDiscordGateway, startFakeDiscordGateway } from '../../fakes/discord-gateway.js';
import { chatInput, type InteractionPayload } from '../../fakes/discord-payloads.js';
import { type FakeDiscordRest, startFakeDiscordRest } from '../../fakes/discord-rest.js';
import { ANSWER_WORDS, type ChatAddFixture, QUESTION, startChatAddFixture } from '../chat-add-fixture.js';
import { memoryLogger, unlimited } from './helpers.js';
import { asModerator, replyTo as replyToInteraction } from './interaction-reply.js';

/**
 * `/talks-add url:` on a real discord.js client logged in to the fake gateway: a member with Manage Server
 * adds a page served on 127.0.0.1 while the bot runs, and the bot then answers /ask from it; a member
 * without the permission is refused, and so is a private address until private addresses are allowed.
 */
let world: ChatAddFixture;
let rest: FakeDiscordRest;
let gateway: FakeDiscordGateway;
let running: RunningAdapter | undefined;

beforeAll(async () => {
  world = await startChatAddFixture();
  rest = await startFakeDiscordRest();
  gateway = await startFakeDiscordGateway({ heartbeatInterval: 200 });
  rest.gatewayUrl = gateway.url;
  running = await startDiscord(world.engine, { token: 'fake-bot-token', apiUrl: rest.url }, memoryLogger(), {
    services: { limits: unlimited(), adding: world.adding },
  });
}, 120_000);

afterAll(async () => {
  await running?.stop();
  await gateway?.close();
  await rest?.close();
  await world?.close();
});

const replyTo = (payload: InteractionPayload) => replyToInteraction(gateway, rest, payload);

const addCommand = (url: string) => chatInput('talks-add', [{ name: 'url', value: url }]);

describe('Discord /talks-add', () => {
  it('is registered for Manage Server by default, in servers only', () => {
    const [add] = moderatorCommands();
    expect(add).toMatchObject({
      name: 'talks-add',
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
      contexts: [0],
      options: [{ name: 'url', required: true, type: 3 }],
    });
  });

  it('refuses a member without Manage Server, and fetches nothing', async () => {
    const reply = await replyTo(addCommand(world.pageUrl));
    expect(reply).toEqual({
      content: 'Only members with the Manage Server permission can add articles.',
      ephemeral: true,
    });
    expect(world.pages.requests).toHaveLength(0);
  });

  it('refuses a loopback address while private addresses are not allowed', async () => {
    const reply = await replyTo(asModerator(addCommand(world.pageUrl)));
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toContain('Not added: 127.0.0.1 is a private or local address');
    expect(world.pages.requests).toHaveLength(0);
    expect(await world.articleFiles()).toHaveLength(1);
  });

  it('adds the page for a moderator, says what was added, and answers /ask from it at once', async () => {
    const before = await replyTo(chatInput('ask', [{ name: 'question', value: QUESTION }]));
    expect(before.content).not.toContain(ANSWER_WORDS);
    // the test-only configuration: FETCH_ALLOW_PRIVATE for the page server on 127.0.0.1
    world.adding.allowPrivate = true;
    const reply = await replyTo(asModerator(addCommand(world.pageUrl)));
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toBe(
      'Added “Orrin water talks resume in Lastra after a summer pause” (The Northern Ledger, 3 September 2025): 6 passages, as 2025-09-03-orrin-water-talks-resume-in-lastra. I answer from it now.',
    );
    const after = await replyTo(chatInput('ask', [{ name: 'question', value: QUESTION }]));
    expect(after.content).toContain(ANSWER_WORDS);
  }, 120_000);
});
