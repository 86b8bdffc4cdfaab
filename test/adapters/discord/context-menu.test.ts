import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../../adapters/discord/client.js';
import { listen } from '../../../adapters/discord/handle-interaction.js';
import { defaultServices } from '../../../adapters/discord/services.js';
import { createRateLimits, type FeedbackStore, MemoryAnswerLog } from '../../../src/index.js';
import { feed, type InteractionPayload, messageCommand, userMessage } from '../../fakes/discord-payloads.js';
import { type FakeDiscordRest, startFakeDiscordRest } from '../../fakes/discord-rest.js';
import { realEngine } from '../../helpers.js';
import { limitProblems, memoryLogger, unlimited } from './helpers.js';
import { callbackFor, editFor, requestsFor } from './interaction-reply.js';

/**
 * Right-click a message → Apps → "Ask talksbot" / "Who said this?": real discord.js, raw MESSAGE
 * context-menu interactions (the target message resolved in the payload, as Discord sends it), answers
 * through the fake REST API.
 */
const EPHEMERAL = 64;
let rest: FakeDiscordRest;
const clients: Client[] = [];
const log = memoryLogger();
const votes: unknown[] = [];
const feedback: FeedbackStore = {
  record: async (entry) => void votes.push(entry),
  mostDisliked: async () => [],
  close: async () => {},
};

function bot(): Client {
  const client = createDiscordClient({ apiUrl: rest.url });
  clients.push(client);
  return client;
}
let client: Client;

beforeAll(async () => {
  rest = await startFakeDiscordRest();
  const engine = await realEngine();
  client = bot();
  listen(
    client,
    engine,
    log,
    defaultServices({ limits: unlimited(), feedback, answers: new MemoryAnswerLog() }),
  );
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.destroy()));
  await rest.close();
});

const requestsOf = (payload: InteractionPayload) => requestsFor(rest, payload);
const callbackOf = (payload: InteractionPayload) => callbackFor(rest, payload);
const editOf = (payload: InteractionPayload) => editFor(rest, payload);

describe('"Ask talksbot" on a message', () => {
  it('asks the message text as the question: deferred, then the answer with 👍/👎', async () => {
    const payload = messageCommand('Ask talksbot', userMessage('Who is Russia’s foreign minister?'));
    feed(client, payload);
    const edit = await editOf(payload);
    expect(requestsOf(payload)[0]?.body).toMatchObject({ type: 5 });
    expect(edit.body.embeds[0].title).toBe('Who is Russia’s foreign minister?');
    expect(edit.body.embeds[0].description).toMatch(/Lavrov/);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(limitProblems(edit.body)).toEqual([]);
    const labels = edit.body.components.at(-1).components.map((b: { label: string }) => b.label);
    expect(labels).toEqual(['👍', '👎']);
  });

  it('reads mentions as names, and echoes markup in the question as text', async () => {
    const message = userMessage('<@1400000000000000001> **who** is Russia’s foreign minister?', {
      mentions: [
        {
          id: '1400000000000000001',
          username: 'reader',
          discriminator: '0',
          global_name: 'Reader',
          avatar: null,
        },
      ],
    });
    const payload = messageCommand('Ask talksbot', message);
    feed(client, payload);
    const edit = await editOf(payload);
    // the question as typed, its ** shown as asterisks (escaped), the mention as a name that pings nobody
    expect(edit.body.embeds[0].title).toContain('\\*\\*who\\*\\*');
    expect(edit.body.embeds[0].title).not.toContain('<@');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('a message with no text is a polite ephemeral note, not a search', async () => {
    const payload = messageCommand('Ask talksbot', userMessage(''));
    feed(client, payload);
    const reply = await callbackOf(payload);
    expect(reply.body).toMatchObject({ type: 4, data: { flags: EPHEMERAL } });
    expect(reply.body.data.content).toMatch(/no text to read/);
  });

  it('a message too long to be a question says so, only to the person who asked', async () => {
    const payload = messageCommand('Ask talksbot', userMessage(`Who is ${'very '.repeat(300)}important?`));
    feed(client, payload);
    const reply = await callbackOf(payload);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.content).toMatch(/too long/);
  });
});

describe('"Who said this?" on a message', () => {
  it.each([
    ['a message that is the quote', '“Fifty days, it used to be 24 hours”', 'Sergey Lavrov'],
    ['a quote inside other words', 'so apparently there was great progress in Moscow??', 'Donald Trump'],
  ])('%s finds the quote and its speaker', async (_name, text, speaker) => {
    const payload = messageCommand('Who said this?', userMessage(text));
    feed(client, payload);
    const edit = await editOf(payload);
    expect(edit.body.embeds[0].fields[0].name).toContain(speaker);
    expect(limitProblems(edit.body)).toEqual([]);
  });

  it('a message that quotes nobody gets the no-quotes reply', async () => {
    const payload = messageCommand('Who said this?', userMessage('lunch at noon, anyone?'));
    feed(client, payload);
    const edit = await editOf(payload);
    expect(edit.body.embeds[0].title).toMatch(/No quotes found/);
  });
});

describe('context-menu commands and the rate limit', () => {
  it('count against the same per-person limit as slash commands', async () => {
    const limited = bot();
    listen(
      limited,
      await realEngine(),
      log,
      defaultServices({ limits: createRateLimits({ user: { points: 1, duration: 60 } }) }),
    );
    const first = messageCommand('Ask talksbot', userMessage('Who is Russia’s foreign minister?'));
    feed(limited, first);
    await editOf(first);
    const second = messageCommand('Who said this?', userMessage('great progress'));
    feed(limited, second);
    const reply = await callbackOf(second);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.content).toMatch(/slow down/);
  });
});
