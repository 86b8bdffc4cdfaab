import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../../adapters/discord/client.js';
import { speakerChoices } from '../../../adapters/discord/handle-autocomplete.js';
import { listen } from '../../../adapters/discord/handle-interaction.js';
import { autocomplete, chatInput, feed } from '../../fakes/discord-payloads.js';
import { FAKE_APPLICATION_ID, type FakeDiscordRest, startFakeDiscordRest } from '../../fakes/discord-rest.js';
import { realEngine } from '../../helpers.js';
import { memoryLogger } from './helpers.js';

/**
 * Discord lets a string option carry 6,000 characters (the registered max_length is enforced by the client
 * app, not by the gateway). An over-long option is refused before any search or language work.
 */
let rest: FakeDiscordRest;
let bot: Client;
const asked: string[] = [];

beforeAll(async () => {
  rest = await startFakeDiscordRest();
  bot = createDiscordClient({ apiUrl: rest.url });
  const engine = await realEngine();
  listen(
    bot,
    {
      ...engine,
      ask: async (question, context) => {
        asked.push(question);
        return await engine.ask(question, context);
      },
    },
    memoryLogger(),
  );
});

afterAll(async () => {
  await bot.destroy();
  await rest.close();
});

describe('Discord options too long to be a question', () => {
  it('a 6,000-character /ask question gets the too-long note and never reaches the search', async () => {
    const payload = chatInput('ask', [{ name: 'question', value: 'why '.repeat(1500) }]);
    feed(bot, payload);
    const note = await rest.waitFor(
      (r) => r.method === 'POST' && r.path === `/webhooks/${FAKE_APPLICATION_ID}/${payload.token}`,
    );
    expect(note.body.flags).toBe(64);
    expect(note.body.content).toMatch(/too long: please keep a question under 300 characters/);
    expect(asked).toEqual([]);
  });

  it('a 6,000-character autocomplete value matches no speaker, without folding it', () => {
    expect(speakerChoices([{ name: 'Sergey Lavrov', count: 3 }], 'Lavrov '.repeat(850))).toEqual([]);
    expect(speakerChoices([{ name: 'Sergey Lavrov', count: 3 }], 'lav')).toHaveLength(1);
  });

  it('an autocomplete interaction with a 6,000-character value is answered with no choices', async () => {
    const payload = autocomplete('who-said', [{ name: 'query', value: 'x'.repeat(6000), focused: true }]);
    feed(bot, payload);
    const answer = await rest.waitFor(
      (r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`,
    );
    expect(answer.body).toEqual({ type: 8, data: { choices: [] } });
  });
});
