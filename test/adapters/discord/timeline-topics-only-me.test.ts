import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../../adapters/discord/client.js';
import { slashCommands } from '../../../adapters/discord/command-json.js';
import { topicChoices } from '../../../adapters/discord/handle-autocomplete.js';
import { listen } from '../../../adapters/discord/handle-interaction.js';
import { defaultServices } from '../../../adapters/discord/services.js';
import { autocomplete, chatInput, feed, type InteractionPayload } from '../../fakes/discord-payloads.js';
import { type FakeDiscordRest, startFakeDiscordRest } from '../../fakes/discord-rest.js';
import { realEngine } from '../../helpers.js';
import { memoryLogger, unlimited } from './helpers.js';
import { callbackFor, editFor, requestsFor } from './interaction-reply.js';

/** /timeline's topic autocomplete from the engine, and `only-me` for an ephemeral answer, on real discord.js. */
const EPHEMERAL = 64;
let rest: FakeDiscordRest;
let client: Client;

beforeAll(async () => {
  rest = await startFakeDiscordRest();
  client = createDiscordClient({ apiUrl: rest.url });
  listen(client, await realEngine(), memoryLogger(), defaultServices({ limits: unlimited() }));
});

afterAll(async () => {
  await client?.destroy();
  await rest?.close();
});

const requestsOf = (payload: InteractionPayload) => requestsFor(rest, payload);
const callbackOf = (payload: InteractionPayload) => callbackFor(rest, payload);
const editOf = (payload: InteractionPayload) => editFor(rest, payload);

describe('/timeline topic autocomplete', () => {
  it('is declared in the command JSON', () => {
    const timeline = slashCommands().find((c) => c.name === 'timeline');
    expect(timeline?.options?.find((o) => o.name === 'topic')).toMatchObject({ autocomplete: true });
  });

  it.each([
    ['ist', 'Istanbul'],
    ['', undefined],
  ])('typing %j suggests what the events mention (%s)', async (typed, expected) => {
    const payload = autocomplete('timeline', [{ name: 'topic', value: typed, focused: true }]);
    feed(client, payload);
    const reply = await callbackOf(payload);
    expect(reply.body.type).toBe(8);
    const choices = reply.body.data.choices as { name: string; value: string }[];
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.length).toBeLessThanOrEqual(25);
    if (expected) expect(choices[0]!.value).toBe(expected);
    for (const choice of choices) expect(choice.name).toMatch(/\(\d+ events?\)$/);
  });

  it('every suggestion finds events when chosen', async () => {
    const engine = await realEngine();
    for (const choice of topicChoices(await engine.timelineTopics(), '').slice(0, 10)) {
      expect((await engine.timeline({ topic: choice.value })).events.length, choice.value).toBeGreaterThan(0);
    }
  });

  it('matches accents and case as speakers do, and text matching nothing suggests nothing', () => {
    const topics = [
      { name: 'Zelenskyy', count: 3, type: 'person' as const },
      { name: 'Kyiv', count: 5, type: 'place' as const },
    ];
    // a name starting with it comes before one that only contains it
    expect(topicChoices(topics, 'KY').map((c) => c.value)).toEqual(['Kyiv', 'Zelenskyy']);
    expect(topicChoices(topics, 'zélen').map((c) => c.name)).toEqual(['Zelenskyy (3 events)']);
    expect(topicChoices(topics, 'nothing like it')).toEqual([]);
  });
});

describe('/ask only-me', () => {
  it('is a boolean option on /ask, /who-said and /timeline only', () => {
    const withIt = slashCommands()
      .filter((c) => c.options?.some((o) => o.name === 'only-me' && o.type === 5 && !o.required))
      .map((c) => c.name);
    expect(withIt).toEqual(['ask', 'who-said', 'timeline']);
  });

  it('only-me: True defers ephemerally, so the answer is seen by the asker alone', async () => {
    const payload = chatInput('ask', [
      { name: 'question', value: 'Who is Russia’s foreign minister?' },
      { name: 'only-me', value: true, type: 5 } as never,
    ]);
    feed(client, payload);
    const edit = await editOf(payload);
    expect(requestsOf(payload)[0]?.body).toMatchObject({ type: 5, data: { flags: EPHEMERAL } });
    expect(edit.body.embeds[0].description).toMatch(/Lavrov/);
  });

  it('without it (or False) the answer is public', async () => {
    const payload = chatInput('ask', [
      { name: 'question', value: 'Who is Russia’s foreign minister?' },
      { name: 'only-me', value: false, type: 5 } as never,
    ]);
    feed(client, payload);
    await editOf(payload);
    expect(requestsOf(payload)[0]?.body.data?.flags ?? 0).toBe(0);
  });
});
