import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../../adapters/discord/client.js';
import { listen } from '../../../adapters/discord/handle-interaction.js';
import { chatInput, feed } from '../../fakes/discord-payloads.js';
import { FAKE_APPLICATION_ID, type FakeDiscordRest, startFakeDiscordRest } from '../../fakes/discord-rest.js';
import { realEngine } from '../../helpers.js';
import { memoryLogger } from './helpers.js';

/**
 * Discord 429s on an answer, from the fake REST API on 127.0.0.1, to a real discord.js client: the wait is
 * capped, so a 20-second limit fails the request at once instead of answering 20 s later.
 */

let rest: FakeDiscordRest;
let bot: Client;
const log = memoryLogger();

beforeAll(async () => {
  rest = await startFakeDiscordRest();
  bot = createDiscordClient({ apiUrl: rest.url });
  listen(bot, await realEngine(), log);
});

afterAll(async () => {
  await bot.destroy();
  await rest.close();
});

const rateLimitLog = (interactionId: string) =>
  new Promise<Record<string, unknown>>((resolve, reject) => {
    const deadline = Date.now() + 5000;
    const check = () => {
      const line = log.lines.find(
        (l) =>
          l.message.includes('could not be delivered in time') && l.context?.interactionId === interactionId,
      );
      if (line) return resolve(line.context ?? {});
      if (Date.now() > deadline) return reject(new Error('no rate-limit log line within 5 s'));
      setTimeout(check, 20);
    };
    check();
  });

describe('Discord rate limits on answers', () => {
  it('a 20 s limit on the first response gives up at once and logs it (the 3 s window has passed anyway)', async () => {
    const payload = chatInput('ask', [{ name: 'question', value: 'Who is Russia’s foreign minister?' }]);
    rest.rateLimitNext('POST', new RegExp(`^/interactions/${payload.id}/`), 20);
    feed(bot, payload);
    const logged = await rateLimitLog(payload.id);
    expect(logged).toMatchObject({ retryAfterSeconds: 20, userTold: false });
    // one attempt only: no retry after the wait, and no second attempt to reply
    const attempts = rest.requests.filter((r) => r.path.startsWith(`/interactions/${payload.id}/`));
    expect(attempts).toHaveLength(1);
  });

  it('a 20 s limit on the deferred answer tells the person in an ephemeral follow-up', async () => {
    const payload = chatInput('ask', [{ name: 'question', value: 'Who is Russia’s foreign minister?' }]);
    const original = new RegExp(`^/webhooks/${FAKE_APPLICATION_ID}/${payload.token}/messages/@original$`);
    rest.rateLimitNext('PATCH', original, 20);
    feed(bot, payload);
    const followUp = await rest.waitFor(
      (r) => r.method === 'POST' && r.path === `/webhooks/${FAKE_APPLICATION_ID}/${payload.token}`,
      5000,
      'follow-up',
    );
    expect(followUp.body.flags).toBe(64);
    expect(followUp.body.content).toMatch(/could not be delivered.*try again in about 20 seconds/);
    expect(followUp.body.allowed_mentions).toEqual({ parse: [] });
    expect(await rateLimitLog(payload.id)).toMatchObject({ userTold: true });
  });

  it('a short limit (half a second) is waited out and the answer delivered', async () => {
    const payload = chatInput('sources');
    rest.rateLimitNext('POST', new RegExp(`^/interactions/${payload.id}/`), 0.5);
    feed(bot, payload);
    const answered = await rest.waitFor(
      (r) => r.path === `/interactions/${payload.id}/${payload.token}/callback` && r.body?.type === 4,
      5000,
      'the answer after the wait',
    );
    expect(answered.body.data.embeds[0].title).toBe('Sources — 5 articles');
  });
});
