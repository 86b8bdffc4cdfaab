import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { type RunningSlack, startSlack } from '../../../adapters/slack/main.js';
import { postFiller, signedPost, slackSignature } from '../../fakes/slack-signing.js';
import { FAKE_IDS, type FakeSlackWebApi, startFakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { realEngine } from '../../helpers.js';
import { unlimited } from '../discord/helpers.js';
import { appMentionEvent, eventCallback } from './slack-events.js';

/**
 * What an attacker can send to the public HTTP endpoint, against the real Bolt HTTP receiver on 127.0.0.1:
 * huge bodies (signed or not), timestamps far in the future, and signed requests replayed later.
 */
const SECRET = 'limits-signing-secret';
const MB = 1024 * 1024;

let api: FakeSlackWebApi;
let slack: RunningSlack;
let eventsUrl: string;
// the bot's clock runs this far ahead of the real one: "46 seconds later" without waiting 46 seconds
let clockOffsetMs = 0;

beforeAll(async () => {
  api = await startFakeSlackWebApi();
  slack = await startSlack(
    await realEngine(),
    { botToken: 'xoxb-limits', signingSecret: SECRET, apiUrl: api.apiUrl, port: 0 },
    createLogger('silent'),
    {
      host: '127.0.0.1',
      apiRetries: 0,
      clock: () => Date.now() + clockOffsetMs,
      limits: unlimited(),
      // the replay test below has 4,000 answers to get through, with the fake Web API in this process:
      // more at once than production's default, so a loaded machine finishes them in time
      answerConcurrency: 32,
    },
  );
  eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await api?.close();
});

const postsIn = (channel: string) =>
  api.calls('chat.postMessage').filter((call) => call.body.channel === channel);
const waitForPostsIn = (channel: string, count = 1, timeoutMs = 5000) =>
  api.recorder.waitFor(
    (r) => r.path === '/api/chat.postMessage' && r.body.channel === channel,
    count,
    timeoutMs,
  );

/** A mention answered in `channel`, then a moment for anything sent before it to have been handled. */
async function answeredMarker(channel: string): Promise<void> {
  await signedPost(
    eventsUrl,
    { json: eventCallback(appMentionEvent(channel, `<@${FAKE_IDS.botUser}> help`)) },
    { secret: SECRET },
  );
  await waitForPostsIn(channel);
  await new Promise((resolve) => setTimeout(resolve, 200));
}

function rssMb(): number {
  globalThis.gc?.();
  return process.memoryUsage().rss / MB;
}

describe('Slack HTTP: bodies are checked before they are read', () => {
  const signatureHeaders = () => ({
    'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)),
    // well-formed, but no signing secret made it: only the full body could tell
    'x-slack-signature': `v0=${'0'.repeat(64)}`,
  });

  // [what, headers, chunked, status]
  const rows: [string, () => Record<string, string>, boolean, number][] = [
    ['an unsigned 100 MB body is refused from its headers', () => ({}), false, 401],
    ['a 100 MB body with signature headers is refused from its length', signatureHeaders, false, 413],
    ['a 100 MB chunked body with signature headers is cut off at 1 MB', signatureHeaders, true, 413],
  ];
  it.each(rows)('%s, and memory does not grow with it', async (_what, headers, chunked, status) => {
    const before = rssMb();
    const result = await postFiller(eventsUrl, { totalBytes: 100 * MB, headers: headers(), chunked });
    const grown = rssMb() - before;

    // the server may close the connection while the client is still uploading: then the status is lost
    if (result.status !== undefined) expect(result.status).toBe(status);
    else expect(result.error).toMatch(/EPIPE|ECONNRESET|socket hang up/);
    // buffering the body took ~160 MB (the raw bytes plus their decoded string); refusing it takes none
    expect(grown).toBeLessThan(40);
  });

  it('still answers a normal signed request afterwards', async () => {
    await answeredMarker('C0AFTERBIG');
    expect(postsIn('C0AFTERBIG')).toHaveLength(1);
  });
});

describe('Slack HTTP: timestamps and replays', () => {
  it('refuses a correctly signed request stamped 10 minutes in the future', async () => {
    const body = eventCallback(appMentionEvent('C0FUTURE', `<@${FAKE_IDS.botUser}> help`));
    const future = await signedPost(
      eventsUrl,
      { json: body },
      { secret: SECRET, timestamp: Math.floor(Date.now() / 1000) + 10 * 60 },
    );
    expect(future.status).toBe(401);
    await answeredMarker('C0FUTURE-AFTER');
    expect(postsIn('C0FUTURE')).toHaveLength(0);
  });

  it('does not answer a request replayed 46 s later, after 4,000 others', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const original = { json: eventCallback(appMentionEvent('C0REPLAY', `<@${FAKE_IDS.botUser}> help`)) };
    expect((await signedPost(eventsUrl, original, { secret: SECRET, timestamp })).status).toBe(200);
    await waitForPostsIn('C0REPLAY');

    // 4,000 other signed mentions, 20 at a time, each answered
    const others = Array.from({ length: 4000 }, () =>
      eventCallback(appMentionEvent('C0OTHERS', `<@${FAKE_IDS.botUser}> help`)),
    );
    for (let i = 0; i < others.length; i += 20) {
      await Promise.all(
        others.slice(i, i + 20).map((json) => signedPost(eventsUrl, { json }, { secret: SECRET })),
      );
    }
    await waitForPostsIn('C0OTHERS', 4000, 60_000);

    clockOffsetMs = 46_000;
    // the very same bytes and headers: still inside Slack's 5-minute signature window
    const replay = await signedPost(eventsUrl, original, { secret: SECRET, timestamp });
    expect(replay.status).toBeLessThan(500);
    await answeredMarker('C0REPLAY-AFTER');
    expect(postsIn('C0REPLAY')).toHaveLength(1);
  }, 120_000);

  it('the replay check runs after the signature check: a forged copy cannot block the real request', async () => {
    const timestamp = Math.floor(Date.now() / 1000);
    const genuine = eventCallback(appMentionEvent('C0FIRSTREAL', `<@${FAKE_IDS.botUser}> help`));
    const raw = JSON.stringify(genuine);
    // same timestamp, a forged signature sent first: it must not be remembered as "seen"
    const forged = await fetch(eventsUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': String(timestamp),
        'x-slack-signature': slackSignature('not-the-secret', timestamp, raw),
      },
      body: raw,
    });
    expect(forged.status).toBe(401);
    await signedPost(eventsUrl, { json: genuine }, { secret: SECRET, timestamp });
    await waitForPostsIn('C0FIRSTREAL');
  });
});
