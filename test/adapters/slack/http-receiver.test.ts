import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { type RunningSlack, startSlack } from '../../../adapters/slack/main.js';
import { createEngine } from '../../../src/index.js';
import { type FakeResponseUrl, startFakeResponseUrl } from '../../fakes/slack-response-url.js';
import { signedPost } from '../../fakes/slack-signing.js';
import { FAKE_IDS, type FakeSlackWebApi, startFakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { unlimited } from '../discord/helpers.js';
import { expectSlackSafe, textsOf } from './expect-slack.js';
import {
  appMentionEvent,
  buttonPayload,
  directMessageEvent,
  eventCallback,
  slashCommandBody,
} from './slack-events.js';

/**
 * The real Bolt app with its HTTP receiver on 127.0.0.1, fed signed requests shaped like Slack's, with its
 * WebClient pointed at a fake Web API. Assertions are on what reaches the fakes.
 */
const SECRET = 'test-signing-secret';
const BOT_TOKEN = 'xoxb-test-token';

let api: FakeSlackWebApi;
let responses: FakeResponseUrl;
let slack: RunningSlack;
let eventsUrl: string;

beforeAll(async () => {
  const engine = await createEngine({ knowledgeDir: 'knowledge' });
  api = await startFakeSlackWebApi();
  responses = await startFakeResponseUrl();
  slack = await startSlack(
    engine,
    { botToken: BOT_TOKEN, signingSecret: SECRET, apiUrl: api.apiUrl, port: 0 },
    createLogger('silent'),
    { host: '127.0.0.1', apiRetries: 0, limits: unlimited() },
  );
  eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
});

afterAll(async () => {
  await slack?.stop();
  await api?.close();
  await responses?.close();
});

const post = (body: Parameters<typeof signedPost>[1], headers: Record<string, string> = {}) =>
  signedPost(eventsUrl, body, { secret: SECRET, headers });

/** the chat.postMessage calls made to one channel, once `count` of them have arrived */
const postsIn = (channel: string, count = 1) =>
  api.recorder.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === channel, count);

describe('Slack over HTTP (real Bolt, signed requests)', () => {
  it('starts in HTTP mode after checking the token with auth.test', () => {
    expect(slack.mode).toBe('http');
    expect(slack.name).toMatch(/^Slack \(HTTP on port \d+\)$/);
    expect(api.calls('auth.test')[0]?.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
  });

  it('answers url_verification with the challenge', async () => {
    const response = await post({
      json: { token: 't', challenge: 'challenge-123', type: 'url_verification' },
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ challenge: 'challenge-123' });
  });

  it('answers an app_mention in a thread under it, routed from plain English', async () => {
    const event = appMentionEvent('C0MENTION', `<@${FAKE_IDS.botUser}> what are your sources?`);
    const response = await post({ json: eventCallback(event) });
    expect(response.status).toBe(200);
    const [call] = await postsIn('C0MENTION');
    expect(call!.headers.authorization).toBe(`Bearer ${BOT_TOKEN}`);
    expect(call!.body.thread_ts).toBe(event.ts);
    expectSlackSafe(call!.body);
    expect(textsOf(call!.body).join('\n')).toContain('I answer from 5 articles');
  });

  it('answers a follow-up mention inside a thread in that same thread', async () => {
    const event = appMentionEvent('C0THREAD', `<@${FAKE_IDS.botUser}> help`, {
      thread_ts: '1699999999.000001',
    });
    await post({ json: eventCallback(event) });
    const [call] = await postsIn('C0THREAD');
    expect(call!.body.thread_ts).toBe('1699999999.000001');
    expect(textsOf(call!.body).join('\n')).toContain('/talks-sources');
  });

  it('escapes what people type, so a mention cannot make the bot ping the channel', async () => {
    const text = `<@${FAKE_IDS.botUser}> why <!channel> &lt;!here&gt; <@U0EVE> <https://evil.example|click> &amp; more?`;
    await post({ json: eventCallback(appMentionEvent('C0EVIL', text)) });
    const [call] = await postsIn('C0EVIL');
    expectSlackSafe(call!.body);
  });

  it('answers a mention without text (a file alone) with the help, and a DM without text not at all', async () => {
    const { text: _mentionText, ...bare } = appMentionEvent('C0NOTEXT', 'unused');
    const { text: _dmText, ...fileOnly } = directMessageEvent('D0NOTEXT', 'unused');
    expect((await post({ json: eventCallback(bare) })).status).toBe(200);
    expect((await post({ json: eventCallback({ ...fileOnly, text: 42 }) })).status).toBe(200);
    const [call] = await postsIn('C0NOTEXT');
    expect(call!.body.thread_ts).toBe(bare.ts);
    expect(textsOf(call!.body).join('\n')).toContain('/talks-sources');
    await post({ json: eventCallback(directMessageEvent('D0NOTEXT', 'help')) });
    await postsIn('D0NOTEXT');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(api.calls('chat.postMessage').filter((c) => c.body.channel === 'D0NOTEXT')).toHaveLength(1);
  });

  it('answers a direct message without a mention, in the conversation', async () => {
    await post({ json: eventCallback(directMessageEvent('D0DM', 'sources')) });
    const [call] = await postsIn('D0DM');
    expect(call!.body.thread_ts).toBeUndefined();
    expect(textsOf(call!.body).join('\n')).toContain('I answer from 5 articles');
  });

  it('ignores its own and other bots’ messages', async () => {
    await post({ json: eventCallback(directMessageEvent('D0BOTS', 'sources', { bot_id: 'B0OTHER' })) });
    await post({
      json: eventCallback(
        directMessageEvent('D0BOTS', 'sources', { subtype: 'bot_message', bot_id: 'B0OTHER' }),
      ),
    });
    await post({
      json: eventCallback(
        directMessageEvent('D0BOTS', 'sources', { user: FAKE_IDS.botUser, bot_id: FAKE_IDS.bot }),
      ),
    });
    await post({
      json: eventCallback(appMentionEvent('C0BOTS', `<@${FAKE_IDS.botUser}> hi`, { bot_id: 'B0OTHER' })),
    });
    // a later human message is answered: everything sent before it has been handled by then
    await post({ json: eventCallback(directMessageEvent('D0BOTS', 'help')) });
    await postsIn('D0BOTS');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(api.calls('chat.postMessage').filter((c) => c.body.channel === 'D0BOTS')).toHaveLength(1);
    expect(api.calls('chat.postMessage').filter((c) => c.body.channel === 'C0BOTS')).toHaveLength(0);
  });

  it('acks a retry (x-slack-retry-num) and never answers it twice', async () => {
    const body = eventCallback(appMentionEvent('C0RETRY', `<@${FAKE_IDS.botUser}> sources`), 'EvRETRY1');
    expect((await post({ json: body })).status).toBe(200);
    await postsIn('C0RETRY');
    const retry = await post(
      { json: body },
      { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' },
    );
    expect(retry.status).toBe(200);
    const again = await post(
      { json: body },
      { 'x-slack-retry-num': '2', 'x-slack-retry-reason': 'http_error' },
    );
    expect(again.status).toBe(200);
    // a timeout retry whose original never reached this process is not answered either
    const lateOnly = eventCallback(appMentionEvent('C0RETRY', `<@${FAKE_IDS.botUser}> help`), 'EvRETRY2');
    await post({ json: lateOnly }, { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' });
    await post({ json: eventCallback(appMentionEvent('C0RETRY-AFTER', `<@${FAKE_IDS.botUser}> help`)) });
    await postsIn('C0RETRY-AFTER');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(api.calls('chat.postMessage').filter((c) => c.body.channel === 'C0RETRY')).toHaveLength(1);
  });

  it('rejects a bad signature and a stale timestamp before any listener runs', async () => {
    const body = { json: eventCallback(appMentionEvent('C0FORGED', `<@${FAKE_IDS.botUser}> sources`)) };
    const forged = await signedPost(eventsUrl, body, { secret: 'not-the-secret' });
    expect(forged.status).toBe(401);
    const garbled = await signedPost(eventsUrl, body, { secret: SECRET, signature: 'v0=deadbeef' });
    expect(garbled.status).toBe(401);
    const stale = await signedPost(eventsUrl, body, {
      secret: SECRET,
      timestamp: Math.floor(Date.now() / 1000) - 10 * 60,
    });
    expect(stale.status).toBe(401);
    const unsigned = await fetch(eventsUrl, {
      method: 'POST',
      body: JSON.stringify(body.json),
      signal: AbortSignal.timeout(5000),
    });
    expect(unsigned.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(api.calls('chat.postMessage').filter((c) => c.body.channel === 'C0FORGED')).toHaveLength(0);
  });

  it('acks a slash command at once, then posts the answer to response_url', async () => {
    const responseUrl = responses.next();
    const ack = await post({ form: slashCommandBody('/talks-sources', '', responseUrl) });
    expect(ack.status).toBe(200);
    expect(await ack.text()).toBe('');
    const [reply] = await responses.waitForPost(responseUrl);
    expect(reply!.body.response_type).toBe('ephemeral');
    expectSlackSafe(reply!.body);
    expect(textsOf(reply!.body).join('\n')).toContain('I answer from 5 articles');
  });

  it('posts /talks-ask answers to the channel, with the options parsed from the command list', async () => {
    const responseUrl = responses.next();
    await post({
      form: slashCommandBody('/talks-ask', 'Where will the allies meet on April 23?', responseUrl),
    });
    const [reply] = await responses.waitForPost(responseUrl);
    expect(reply!.body.response_type).toBe('in_channel');
    expectSlackSafe(reply!.body);
  });

  it('answers only the asker when the command ends in --only-me, and still takes the legacy /ask', async () => {
    const responseUrl = responses.next();
    await post({ form: slashCommandBody('/talks-who-said', 'Lavrov --only-me', responseUrl) });
    const [reply] = await responses.waitForPost(responseUrl);
    expect(reply!.body.response_type).toBe('ephemeral');
    expect(textsOf(reply!.body).join('\n')).toContain('Lavrov');
    expect(textsOf(reply!.body).join('\n')).not.toContain('only-me');

    const legacyUrl = responses.next();
    await post({ form: slashCommandBody('/ask', 'Where will the allies meet on April 23?', legacyUrl) });
    const [legacy] = await responses.waitForPost(legacyUrl);
    expect(legacy!.body.response_type).toBe('in_channel');
  });

  it('publishes the Home tab when it is opened: articles newest first with dates, examples, latest events', async () => {
    const ack = await post({
      json: eventCallback({
        type: 'app_home_opened',
        user: 'U0HOME',
        channel: 'D0HOME',
        tab: 'home',
        event_ts: '1700000000.000900',
      }),
    });
    expect(ack.status).toBe(200);
    const [publish] = await api.waitForCalls('views.publish');
    expect(publish!.body.user_id).toBe('U0HOME');
    const view = (
      typeof publish!.body.view === 'string' ? JSON.parse(publish!.body.view) : publish!.body.view
    ) as { type: string; blocks: { type: string }[] };
    expect(view.type).toBe('home');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = textsOf(view as never).join('\n');
    expect(text).toContain('The articles I know* · 5 articles, newest first');
    // newest first, each with its date
    expect(text.indexOf('7 August 2025')).toBeGreaterThan(-1);
    expect(text.indexOf('7 August 2025')).toBeLessThan(text.indexOf('22 April 2025'));
    expect(text).toContain('/talks-ask ');
    expect(text).toContain('The latest events');
    expectSlackSafe({ text: 'Home', blocks: view.blocks } as never);

    // the Messages tab has no view to publish
    await post({
      json: eventCallback({ type: 'app_home_opened', user: 'U0MSG', channel: 'D0MSG', tab: 'messages' }),
    });
    await post({ json: eventCallback(appMentionEvent('C0AFTERHOME', `<@${FAKE_IDS.botUser}> help`)) });
    await postsIn('C0AFTERHOME');
    expect(api.calls('views.publish').filter((c) => c.body.user_id === 'U0MSG')).toHaveLength(0);
  });

  it('turns a timeline page when a button is clicked, replacing the message', async () => {
    const responseUrl = responses.next();
    const value = JSON.stringify({ c: 'timeline', o: { topic: 'Istanbul' }, p: 1 });
    const payload = buttonPayload('talks_page_next', value, responseUrl);
    const ack = await post({ form: { payload: JSON.stringify(payload) } });
    expect(ack.status).toBe(200);
    const [reply] = await responses.waitForPost(responseUrl);
    expect(reply!.body.replace_original).toBe(true);
    expectSlackSafe(reply!.body);
    expect(textsOf(reply!.body).join('\n')).toContain('Timeline');
  });
});
