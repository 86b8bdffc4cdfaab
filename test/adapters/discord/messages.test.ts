import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscord } from '../../../adapters/discord/main.js';
import type { RunningAdapter } from '../../../adapters/running-adapter.js';
import { createEngine } from '../../../src/index.js';
import {
  FAKE_BOT_USER,
  type FakeDiscordGateway,
  startFakeDiscordGateway,
} from '../../fakes/discord-gateway.js';
import { CHANNEL_ID, GUILD_ID, USER_ID } from '../../fakes/discord-payloads.js';
import {
  type FakeDiscordRest,
  type RecordedRequest,
  startFakeDiscordRest,
} from '../../fakes/discord-rest.js';
import { limitProblems, memoryLogger } from './helpers.js';

/**
 * Mentions, replies and DMs on a real discord.js client logged in to the fake gateway: MESSAGE_CREATE
 * arrives over the WebSocket (the GuildMessages and DirectMessages intents), the answer goes out as a reply
 * through the fake REST API, and a reply to the bot's answer continues the conversation.
 */
let rest: FakeDiscordRest;
let gateway: FakeDiscordGateway;
let running: RunningAdapter | undefined;
const log = memoryLogger();
const DM_CHANNEL = '1300000000000000999';
let next = 1_600_000_000_000_000_000n;

const reader = { id: USER_ID, username: 'reader', discriminator: '0', global_name: 'Reader', avatar: null };

function messageCreate(content: string, over: Record<string, unknown> = {}) {
  return {
    id: String(next++),
    type: 0,
    channel_id: CHANNEL_ID,
    guild_id: GUILD_ID,
    author: reader,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [FAKE_BOT_USER],
    mention_roles: [],
    attachments: [],
    embeds: [],
    pinned: false,
    ...over,
  };
}

const replyTo = (channel: string) => (r: RecordedRequest) =>
  r.method === 'POST' && r.path === `/channels/${channel}/messages`;

beforeAll(async () => {
  const engine = await createEngine({ knowledgeDir: 'knowledge' });
  rest = await startFakeDiscordRest();
  gateway = await startFakeDiscordGateway({ heartbeatInterval: 200 });
  rest.gatewayUrl = gateway.url;
  running = await startDiscord(engine, { token: 'fake-bot-token', apiUrl: rest.url }, log);
  gateway.dispatch('GUILD_CREATE', {
    id: GUILD_ID,
    name: 'News room',
    unavailable: false,
    owner_id: USER_ID,
    roles: [],
    emojis: [],
    features: [],
    members: [],
    channels: [{ id: CHANNEL_ID, type: 0, name: 'general', position: 0, permission_overwrites: [] }],
    threads: [],
    stickers: [],
    member_count: 2,
  });
});

afterAll(async () => {
  await running?.stop();
  await gateway.close();
  await rest.close();
});

// a reply on an idle machine takes well under a second; on a loaded 2-core CI box the first answers
// (engine warm-up, compromise's lexicon) have taken over 10 s, so the waits are generous: a wait only fails when
// no reply ever comes
const REPLY_WAIT_MS = 25_000;

describe('Discord messages', () => {
  it('answers a mention in a channel as a reply, then a reply to that answer with context', async () => {
    const question = messageCreate(`<@${FAKE_BOT_USER.id}> Who is Russia’s foreign minister?`);
    gateway.dispatch('MESSAGE_CREATE', question);
    const first = await rest.waitFor(replyTo(CHANNEL_ID), REPLY_WAIT_MS, 'the reply to the mention');
    expect(first.body.message_reference).toMatchObject({ message_id: question.id });
    expect(first.body.allowed_mentions.parse).toEqual([]);
    expect(limitProblems(first.body)).toEqual([]);
    expect(first.body.embeds[0].description).toMatch(/Lavrov/);
    // the working indicator
    expect(rest.requests.some((r) => r.path === `/channels/${CHANNEL_ID}/typing`)).toBe(true);

    const answerId = first.responseId!;
    const followUp = messageCreate('go on', {
      type: 19,
      message_reference: { message_id: answerId, channel_id: CHANNEL_ID, guild_id: GUILD_ID },
      referenced_message: { ...messageCreate('', { id: answerId, author: FAKE_BOT_USER, mentions: [] }) },
    });
    gateway.dispatch('MESSAGE_CREATE', followUp);
    const second = await rest.waitFor(
      (r) => replyTo(CHANNEL_ID)(r) && r.body.message_reference?.message_id === followUp.id,
      REPLY_WAIT_MS,
      'the reply to the follow-up',
    );
    const text = JSON.stringify(second.body.embeds);
    expect(text).not.toContain('nothing before it to go on');
  }, 60_000);

  it('answers a direct message without a mention', async () => {
    const dm = messageCreate('Who is Russia’s foreign minister?', {
      channel_id: DM_CHANNEL,
      // Discord names the channel type on MESSAGE_CREATE; discord.js builds the uncached DM channel from it
      channel_type: 1,
      guild_id: undefined,
      mentions: [],
    });
    delete (dm as { guild_id?: unknown }).guild_id;
    gateway.dispatch('MESSAGE_CREATE', dm);
    const reply = await rest.waitFor(replyTo(DM_CHANNEL), REPLY_WAIT_MS, 'the reply to the DM');
    expect(reply.body.embeds[0].description).toMatch(/Lavrov/);
  }, 60_000);

  it('ignores channel messages that do not mention it, and other bots', async () => {
    gateway.dispatch('MESSAGE_CREATE', messageCreate('Who is Russia’s foreign minister?', { mentions: [] }));
    gateway.dispatch(
      'MESSAGE_CREATE',
      messageCreate(`<@${FAKE_BOT_USER.id}> sources`, {
        author: { ...reader, id: '1400000000000000777', bot: true },
      }),
    );
    const marker = messageCreate(`<@${FAKE_BOT_USER.id}> help`);
    gateway.dispatch('MESSAGE_CREATE', marker);
    await rest.waitFor(
      (r) => r.body?.message_reference?.message_id === marker.id,
      REPLY_WAIT_MS,
      'the marker reply',
    );
    expect(rest.requests.filter(replyTo(CHANNEL_ID))).toHaveLength(3);
  }, 60_000);
});
