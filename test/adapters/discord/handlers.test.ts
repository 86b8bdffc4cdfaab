import type { APIEmbed, Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../../adapters/discord/client.js';
import { passageId, timelinePageId } from '../../../adapters/discord/custom-ids.js';
import { listen } from '../../../adapters/discord/handle-interaction.js';
import { render } from '../../../adapters/discord/render.js';
import { defaultServices } from '../../../adapters/discord/services.js';
import {
  type AnswerOf,
  createEngine,
  type LoadedEngine,
  type TimelineEvent,
  type TimelineQuery,
} from '../../../src/index.js';
import {
  autocomplete,
  buttonClick,
  chatInput,
  feed,
  type InteractionPayload,
} from '../../fakes/discord-payloads.js';
import {
  FAKE_APPLICATION_ID,
  type FakeDiscordRest,
  type RecordedRequest,
  startFakeDiscordRest,
} from '../../fakes/discord-rest.js';
import { limitProblems, memoryLogger, unlimited } from './helpers.js';

/**
 * The handlers inside a real discord.js Client whose REST points at a fake Discord on 127.0.0.1.
 * Raw INTERACTION_CREATE payloads go in; the assertions are on the HTTP requests discord.js makes.
 */

const EPHEMERAL = 64;
const CALLBACK = { reply: 4, defer: 5, update: 7, autocomplete: 8 } as const;

let rest: FakeDiscordRest;
let engine: LoadedEngine;
const clients: Client[] = [];
const log = memoryLogger();

/** A client running the real handlers over `over` (the real engine, or the real engine with a part swapped). */
function botOver(over: LoadedEngine): Client {
  const client = createDiscordClient({ apiUrl: rest.url });
  // these tests send many commands as one person: the rate limit has its own tests
  listen(client, over, log, defaultServices({ limits: unlimited() }));
  clients.push(client);
  return client;
}
let bot: Client;

beforeAll(async () => {
  engine = await createEngine({ knowledgeDir: 'knowledge' });
  rest = await startFakeDiscordRest();
  bot = botOver(engine);
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.destroy()));
  await rest.close();
});

const forInteraction = (payload: InteractionPayload) => (r: RecordedRequest) =>
  r.path.includes(payload.token) || r.path.includes(`/interactions/${payload.id}/`);
const callbackOf = (payload: InteractionPayload) =>
  rest.waitFor(
    (r) => r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`,
    5000,
    `callback for ${payload.data}`,
  );
const editOf = (payload: InteractionPayload) =>
  rest.waitFor(
    (r) =>
      r.method === 'PATCH' &&
      r.path === `/webhooks/${FAKE_APPLICATION_ID}/${payload.token}/messages/@original`,
    5000,
    'editReply',
  );
const followUpOf = (payload: InteractionPayload) =>
  rest.waitFor(
    (r) => r.method === 'POST' && r.path === `/webhooks/${FAKE_APPLICATION_ID}/${payload.token}`,
    5000,
    'followUp',
  );
const requestsOf = (payload: InteractionPayload) => rest.requests.filter(forInteraction(payload));
const embedsOf = (body: { embeds?: APIEmbed[] }): APIEmbed[] => body.embeds ?? [];

describe('slash commands', () => {
  it('/ask defers first, then edits the reply with an embed, no pings, within limits', async () => {
    const payload = chatInput('ask', [{ name: 'question', value: 'Who is Russia’s foreign minister?' }]);
    feed(bot, payload);
    const edit = await editOf(payload);
    const [defer] = requestsOf(payload);
    expect(defer?.path).toBe(`/interactions/${payload.id}/${payload.token}/callback`);
    expect(defer?.body).toMatchObject({ type: CALLBACK.defer });
    expect(defer?.body.data?.flags ?? 0).toBe(0); // a public answer
    expect(embedsOf(edit.body)).toHaveLength(1);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(limitProblems(edit.body)).toEqual([]);
  });

  it('a question with @everyone and a role mention is echoed without pinging anyone', async () => {
    const payload = chatInput('ask', [
      { name: 'question', value: '@everyone <@&123> <@456> what did Lavrov say?' },
    ]);
    feed(bot, payload);
    const edit = await editOf(payload);
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    for (const request of requestsOf(payload)) {
      const mentions = request.body?.allowed_mentions ?? request.body?.data?.allowed_mentions;
      if (mentions) expect(mentions).toEqual({ parse: [] });
    }
  });

  it('/sources replies at once (no defer) listing the five articles by title', async () => {
    const payload = chatInput('sources');
    feed(bot, payload);
    const callback = await callbackOf(payload);
    expect(callback.body.type).toBe(CALLBACK.reply);
    const [embed] = embedsOf(callback.body.data);
    expect(embed?.title).toBe('Sources — 5 articles');
    for (const article of (await engine.sources()).articles) {
      expect(embed?.description).toContain(article.title.slice(0, 30));
    }
    expect(embed?.description).toContain('Eunews');
    expect(embed?.description).toContain('outlet not stated');
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('/help lists every command in Discord syntax', async () => {
    const payload = chatInput('help');
    feed(bot, payload);
    const callback = await callbackOf(payload);
    const names = embedsOf(callback.body.data)[0]?.fields?.map((f) => f.name);
    expect(names).toEqual([
      '/ask question',
      '/who-said query',
      '/timeline [topic] [from] [to]',
      '/sources',
      '/help',
    ]);
  });

  it('/who-said and /timeline defer, then edit the reply with an embed', async () => {
    const whoSaid = chatInput('who-said', [{ name: 'query', value: 'Lavrov' }]);
    const timeline = chatInput('timeline', [{ name: 'topic', value: 'Istanbul' }]);
    feed(bot, whoSaid);
    feed(bot, timeline);
    for (const payload of [whoSaid, timeline]) {
      const edit = await editOf(payload);
      expect(requestsOf(payload)[0]?.body.type).toBe(CALLBACK.defer);
      expect(embedsOf(edit.body).length).toBe(1);
      expect(limitProblems(edit.body)).toEqual([]);
    }
  });

  it('bad input after the deferral becomes an ephemeral follow-up, and the placeholder is removed', async () => {
    const payload = chatInput('timeline', [{ name: 'from', value: 'last spring' }]);
    feed(bot, payload);
    const followUp = await followUpOf(payload);
    expect(followUp.body.flags).toBe(EPHEMERAL);
    expect(followUp.body.content).toContain('Dates look like 2025');
    expect(followUp.body.allowed_mentions).toEqual({ parse: [] });
    await rest.waitFor(
      (r) => r.method === 'DELETE' && r.path.endsWith(`${payload.token}/messages/@original`),
      5000,
      'deleteReply',
    );
  });

  it('an unknown command (stale registration) gets a short ephemeral reply', async () => {
    const payload = chatInput('weather');
    feed(bot, payload);
    const callback = await callbackOf(payload);
    expect(callback.body).toMatchObject({ type: CALLBACK.reply, data: { flags: EPHEMERAL } });
    expect(callback.body.data.content).toContain('/ask');
  });
});

describe('errors', () => {
  it('an engine failure after the deferral is an ephemeral follow-up, logged with context, no stack in chat', async () => {
    const broken = botOver({
      ...engine,
      ask: async () => {
        throw new Error('index exploded');
      },
    });
    const payload = chatInput('ask', [{ name: 'question', value: 'Where will they meet?' }]);
    feed(broken, payload);
    const followUp = await followUpOf(payload);
    expect(followUp.body.flags).toBe(EPHEMERAL);
    expect(followUp.body.content).toMatch(/something went wrong/i);
    expect(followUp.body.content).not.toMatch(/exploded|at .*\.ts|Error/);
    const logged = log.lines.find(
      (line) => line.level === 'error' && line.context?.interactionId === payload.id,
    );
    expect(logged?.context).toMatchObject({
      command: 'ask',
      guildId: payload.guild_id,
      error: 'Error: index exploded',
    });
    expect(logged?.context?.options).toEqual([{ name: 'question', value: 'Where will they meet?' }]);

    // the bot keeps running: the next interaction on the same client is answered
    const next = chatInput('help');
    feed(broken, next);
    expect((await callbackOf(next)).body.type).toBe(CALLBACK.reply);
  });

  it('a failure before any reply is an ephemeral reply', async () => {
    const broken = botOver({
      ...engine,
      sources: async () => {
        throw new TypeError('cannot read the shelf');
      },
    });
    const payload = chatInput('sources');
    feed(broken, payload);
    const callback = await callbackOf(payload);
    expect(callback.body).toMatchObject({ type: CALLBACK.reply, data: { flags: EPHEMERAL } });
    expect(callback.body.data.content).not.toContain('shelf');
  });

  it('when Discord rejects the edit, the user still hears about it ephemerally', async () => {
    const payload = chatInput('ask', [{ name: 'question', value: 'Who met in Istanbul?' }]);
    rest.failNext('PATCH', new RegExp(`${payload.token}/messages/@original$`), 400, {
      message: 'Invalid Form Body',
      code: 50035,
    });
    feed(bot, payload);
    const followUp = await followUpOf(payload);
    expect(followUp.body.flags).toBe(EPHEMERAL);
  });
});

describe('limits on the wire', () => {
  it('a huge answer with many sources stays within every Discord limit', async () => {
    const citation = engine.knowledge.articles[0]!.sentences[0]!;
    const article = engine.knowledge.articles[0]!;
    const huge: AnswerOf<'answer'> = {
      kind: 'answer',
      question: 'everything?',
      text: 'A long sentence about the ceasefire talks and who attended them. '.repeat(120),
      abstained: false,
      confidence: 0.9,
      citations: Array.from({ length: 40 }, (_, i) => ({
        articleId: article.id,
        title: `${article.title} ${i}`.repeat(4),
        outlet: article.outlet,
        published: article.published,
        passage: citation.text,
        start: citation.start + i,
        end: citation.end,
      })),
    };
    const big = botOver({ ...engine, ask: async () => huge });
    const payload = chatInput('ask', [{ name: 'question', value: 'everything?' }]);
    feed(big, payload);
    const edit = await editOf(payload);
    expect(limitProblems(edit.body)).toEqual([]);
    expect(edit.body.components.length).toBeGreaterThan(0);
  });
});

describe('autocomplete', () => {
  it('who-said suggests speakers from the engine: at most 25, names within 100 characters', async () => {
    const speakers = [
      { name: 'Sergey Lavrov', count: 4 },
      { name: 'Volodymyr Zelensky', count: 9 },
      { name: 'L'.repeat(150), count: 1 },
      ...Array.from({ length: 40 }, (_, i) => ({ name: `Official ${i}`, count: 1 })),
    ];
    const typed = botOver({ ...engine, speakers: async () => speakers });
    const all = autocomplete('who-said', [{ name: 'query', value: '', focused: true }]);
    feed(typed, all);
    const callback = await callbackOf(all);
    expect(callback.body.type).toBe(CALLBACK.autocomplete);
    const choices = callback.body.data.choices as { name: string; value: string }[];
    expect(choices).toHaveLength(25);
    expect(choices[0]).toEqual({ name: 'Volodymyr Zelensky (9 quotes)', value: 'Volodymyr Zelensky' });
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }

    const lav = autocomplete('who-said', [{ name: 'query', value: 'lav', focused: true }]);
    feed(typed, lav);
    expect((await callbackOf(lav)).body.data.choices).toEqual([
      { name: 'Sergey Lavrov (4 quotes)', value: 'Sergey Lavrov' },
    ]);
  });

  it('answers from the real engine’s speakers', async () => {
    const payload = autocomplete('who-said', [{ name: 'query', value: 'z', focused: true }]);
    feed(bot, payload);
    const callback = await callbackOf(payload);
    expect(callback.body.type).toBe(CALLBACK.autocomplete);
    const expected = (await engine.speakers()).filter((s) => s.name.toLowerCase().includes('z')).length;
    expect(callback.body.data.choices).toHaveLength(Math.min(25, expected));
  });
});

describe('buttons', () => {
  it('"Show passage" re-reads the passage from the article and replies ephemerally', async () => {
    const article = engine.knowledge.articles.find((a) => a.outlet === 'Eunews')!;
    const sentence = article.sentences[3]!;
    const payload = buttonClick(passageId(article.id, sentence.start, sentence.end));
    feed(bot, payload);
    const callback = await callbackOf(payload);
    expect(callback.body).toMatchObject({
      type: CALLBACK.reply,
      data: { flags: EPHEMERAL, allowed_mentions: { parse: [] } },
    });
    const [embed] = embedsOf(callback.body.data);
    expect(embed?.title).toBe(article.title);
    const firstWords = sentence.text.split(/\s+/).slice(0, 3).join(' ');
    expect(embed?.description?.replace(/\\/g, '')).toContain(firstWords);
    expect(embed?.footer?.text).toBe('Eunews · 22 Apr 2025');
  });

  it('a passage that no longer exists is a polite ephemeral message', async () => {
    const payload = buttonClick(passageId('2020-01-01-gone', 0, 10));
    feed(bot, payload);
    const callback = await callbackOf(payload);
    expect(callback.body).toMatchObject({ type: CALLBACK.reply, data: { flags: EPHEMERAL } });
    expect(callback.body.data.content).toMatch(/no longer/);
  });

  it('Next turns the timeline page in place (UPDATE_MESSAGE), from state in the custom id alone', async () => {
    const queries: TimelineQuery[] = [];
    const paged = botOver({
      ...engine,
      timeline: async (query = {}) => {
        queries.push(query);
        return timelineOf(25, query);
      },
    });
    const payload = buttonClick(timelinePageId(1, { topic: 'Istanbul', from: '2025-04' }));
    feed(paged, payload);
    const callback = await callbackOf(payload);
    expect(callback.body.type).toBe(CALLBACK.update);
    expect(queries).toEqual([{ topic: 'Istanbul', from: '2025-04', to: undefined }]);
    const [embed] = embedsOf(callback.body.data);
    expect(embed?.footer?.text).toContain('Page 2 of 3');
    expect(embed?.description?.split('\n')).toHaveLength(10);
    const ids = callback.body.data.components[0].components.map((c: { custom_id: string }) => c.custom_id);
    expect(ids).toEqual(['tl:0:2025-04::Istanbul', 'tl:2:2025-04::Istanbul']);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('a topic too long for the custom id is read back from the message and checked against its hash', async () => {
    const topic =
      'the meeting between the Ukrainian and Russian delegations at the Dolmabahçe Palace in Istanbul';
    const queries: TimelineQuery[] = [];
    const paged = botOver({
      ...engine,
      timeline: async (query = {}) => {
        queries.push(query);
        return timelineOf(25, query);
      },
    });
    const first = render(timelineOf(25, { topic }), { timeline: { query: { topic } } });
    const next = first.components[0]!.components[1]!.custom_id;
    expect(next.startsWith('tlh:1:')).toBe(true);
    const payload = buttonClick(next, { embeds: first.embeds, components: first.components });
    feed(paged, payload);
    const callback = await callbackOf(payload);
    expect(callback.body.type).toBe(CALLBACK.update);
    expect(queries[0]?.topic).toBe(topic);

    // a message whose title no longer matches the hash: expired, not a wrong timeline
    const tampered = buttonClick(next, { embeds: [{ title: 'Timeline: something else' }] });
    feed(paged, tampered);
    expect((await callbackOf(tampered)).body.data).toMatchObject({ flags: EPHEMERAL });
  });

  it('an unknown button id gets a short ephemeral message', async () => {
    const payload = buttonClick('something-from-an-old-version');
    feed(bot, payload);
    const callback = await callbackOf(payload);
    expect(callback.body).toMatchObject({ type: CALLBACK.reply, data: { flags: EPHEMERAL } });
  });
});

function timelineOf(count: number, query: TimelineQuery): AnswerOf<'timeline'> {
  const events: TimelineEvent[] = Array.from({ length: count }, (_, i) => ({
    date: `2025-04-${String(i + 1).padStart(2, '0')}`,
    precision: 'day',
    text: `Event number ${i + 1} happened.`,
    articleId: '2025-04-22-putin-signals-willingness-to-hold-direct',
    passage: `Event number ${i + 1} happened.`,
  }));
  return {
    kind: 'timeline',
    topic: query.topic ?? null,
    from: query.from ?? null,
    to: query.to ?? null,
    events,
  };
}
