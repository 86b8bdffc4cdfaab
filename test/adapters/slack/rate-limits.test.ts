import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningSlack, startSlack } from '../../../adapters/slack/main.js';
import { signedPost } from '../../fakes/slack-signing.js';
import { FAKE_IDS, type FakeSlackWebApi, startFakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { realEngine } from '../../helpers.js';
import { memoryLogger } from '../discord/helpers.js';
import { textsOf } from './expect-slack.js';
import { appMentionEvent, eventCallback } from './slack-events.js';

/**
 * Slack 429s on chat.postMessage, from the fake Web API on 127.0.0.1, to the real Bolt app and WebClient
 * (HTTP mode; Socket Mode posts through the same client). The wait is capped, so a 30-second Retry-After
 * is not an answer 30 s late, and the person who asked is told.
 */
const SECRET = 'rate-limit-secret';

let api: FakeSlackWebApi;
let slack: RunningSlack;
let eventsUrl: string;
const log = memoryLogger();

beforeAll(async () => {
  api = await startFakeSlackWebApi();
  slack = await startSlack(
    await realEngine(),
    { botToken: 'xoxb-rate', signingSecret: SECRET, apiUrl: api.apiUrl, port: 0 },
    log,
    // the WebClient's own retries are on, as in production: a 429 must not go through them
    { host: '127.0.0.1', apiRetries: 2 },
  );
  eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await api?.close();
});

const mention = (channel: string, text: string) =>
  signedPost(
    eventsUrl,
    { json: eventCallback(appMentionEvent(channel, `<@${FAKE_IDS.botUser}> ${text}`)) },
    { secret: SECRET },
  );
const callsIn = (method: string, channel: string) =>
  api.calls(method).filter((call) => call.body.channel === channel);

describe('Slack rate limits on answers', () => {
  it('a 30 s Retry-After drops the answer at once and tells the person privately', async () => {
    api.rateLimitNext('chat.postMessage', 30);
    await mention('C0LIMITED', 'sources');
    const [note] = await api.recorder.waitFor(
      (r) => r.path === '/api/chat.postEphemeral' && r.body.channel === 'C0LIMITED',
      1,
      5000,
    );
    expect(note!.body.user).toBe('U0ALICE');
    expect(note!.body.thread_ts).toBeDefined();
    expect(String(note!.body.text)).toMatch(/could not be sent.*ask again in about 30 seconds/);
    expect(callsIn('chat.postMessage', 'C0LIMITED')).toHaveLength(1);
    expect(
      log.lines.find((l) => l.message.includes('could not be delivered in time'))?.context,
    ).toMatchObject({ channel: 'C0LIMITED', retryAfterSeconds: 30, userTold: true });
  });

  it('the limit on one answer does not hold up the next one', async () => {
    await mention('C0NEXT', 'help');
    await api.recorder.waitFor(
      (r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C0NEXT',
      1,
      5000,
    );
  });

  it('a 1 s Retry-After is waited out once and the answer delivered', async () => {
    api.rateLimitNext('chat.postMessage', 1);
    await mention('C0SHORT', 'sources');
    const [, delivered] = await api.recorder.waitFor(
      (r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C0SHORT',
      2,
      8000,
    );
    expect(textsOf(delivered!.body).join('\n')).toContain('I answer from 5 articles');
    expect(callsIn('chat.postEphemeral', 'C0SHORT')).toHaveLength(0);
  });
});
