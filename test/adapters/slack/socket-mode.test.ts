import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../../adapters/config.js';
import { createLogger } from '../../../adapters/logger.js';
import { type RunningSlack, startSlack } from '../../../adapters/slack/main.js';
import { createEngine, type LoadedEngine } from '../../../src/index.js';
import { type FakeResponseUrl, startFakeResponseUrl } from '../../fakes/slack-response-url.js';
import { type FakeSocketMode, startFakeSocketMode } from '../../fakes/slack-socket-mode.js';
import { FAKE_IDS, type FakeSlackWebApi, startFakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { unlimited } from '../discord/helpers.js';
import { expectSlackSafe, textsOf } from './expect-slack.js';
import { appMentionEvent, eventCallback, slashCommandBody } from './slack-events.js';

/**
 * The real Bolt app in Socket Mode: apps.connections.open on the fake Web API hands out a WebSocket URL
 * on 127.0.0.1, where the fake server says hello, sends envelopes and collects the acks.
 */
const APP_TOKEN = 'xapp-1-test';

let engine: LoadedEngine;
let api: FakeSlackWebApi;
let socket: FakeSocketMode;
let responses: FakeResponseUrl;
let slack: RunningSlack;

beforeAll(async () => {
  engine = await createEngine({ knowledgeDir: 'knowledge' });
  api = await startFakeSlackWebApi();
  socket = await startFakeSocketMode();
  responses = await startFakeResponseUrl();
  api.socketUrl = socket.url;
  slack = await startSlack(
    engine,
    { botToken: 'xoxb-test-token', appToken: APP_TOKEN, apiUrl: api.apiUrl, port: 0 },
    createLogger('silent'),
    { apiRetries: 0, limits: unlimited() },
  );
});

afterAll(async () => {
  await slack?.stop();
  await socket?.close();
  await api?.close();
  await responses?.close();
});

describe('Slack in Socket Mode (real Bolt, fake WebSocket)', () => {
  it('opens the connection with the app-level token', async () => {
    expect(slack.mode).toBe('socket');
    const [open] = api.calls('apps.connections.open');
    expect(open?.headers.authorization).toBe(`Bearer ${APP_TOKEN}`);
    await socket.connected();
  });

  it('acks an events_api envelope and answers the mention in a thread', async () => {
    const event = appMentionEvent('C0SOCKET', `<@${FAKE_IDS.botUser}> sources`);
    socket.send({
      envelope_id: 'env-mention-1',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 0,
      retry_reason: '',
      payload: eventCallback(event, 'EvSOCKET1'),
    });
    const ack = await socket.waitForAck('env-mention-1');
    expect(ack.envelope_id).toBe('env-mention-1');
    const [call] = await api.recorder.waitFor(
      (r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C0SOCKET',
    );
    expect(call!.body.thread_ts).toBe(event.ts);
    expectSlackSafe(call!.body);
    expect(textsOf(call!.body).join('\n')).toContain('I answer from 5 articles');
  });

  it('acks a redelivered envelope without answering again', async () => {
    socket.send({
      envelope_id: 'env-mention-2',
      type: 'events_api',
      accepts_response_payload: false,
      retry_attempt: 1,
      retry_reason: 'http_timeout',
      payload: eventCallback(appMentionEvent('C0SOCKET', `<@${FAKE_IDS.botUser}> sources`), 'EvSOCKET1'),
    });
    await socket.waitForAck('env-mention-2');
    // a later message is answered: the redelivery before it was handled by then
    socket.send({
      envelope_id: 'env-after',
      type: 'events_api',
      accepts_response_payload: false,
      payload: eventCallback(appMentionEvent('C0SOCKET-AFTER', `<@${FAKE_IDS.botUser}> help`)),
    });
    await api.recorder.waitFor(
      (r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C0SOCKET-AFTER',
    );
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(api.calls('chat.postMessage').filter((c) => c.body.channel === 'C0SOCKET')).toHaveLength(1);
  });

  it('acks a slash command envelope, then responds to response_url', async () => {
    const responseUrl = responses.next();
    socket.send({
      envelope_id: 'env-slash-1',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: slashCommandBody('/talks-help', '', responseUrl),
    });
    await socket.waitForAck('env-slash-1');
    const [reply] = await responses.waitForPost(responseUrl);
    expect(reply!.body.response_type).toBe('ephemeral');
    expectSlackSafe(reply!.body);
    expect(textsOf(reply!.body).join('\n')).toContain('/talks-sources');
  });
});

describe('Slack start-up errors', () => {
  it('says which variable Slack rejected and what to do', async () => {
    const failing = await startFakeSlackWebApi();
    failing.override('auth.test', { ok: false, error: 'invalid_auth' });
    try {
      const start = startSlack(
        engine,
        { botToken: 'xoxb-wrong', appToken: APP_TOKEN, apiUrl: failing.apiUrl, port: 0 },
        createLogger('silent'),
        { apiRetries: 0 },
      );
      await expect(start).rejects.toBeInstanceOf(ConfigError);
      await expect(start).rejects.toThrow(/SLACK_BOT_TOKEN \(invalid_auth\).*OAuth & Permissions/);
    } finally {
      await failing.close();
    }
  });

  it('reports a rejected app-level token', async () => {
    const failing = await startFakeSlackWebApi();
    failing.override('apps.connections.open', { ok: false, error: 'invalid_auth' });
    try {
      const start = startSlack(
        engine,
        { botToken: 'xoxb-test-token', appToken: 'xapp-wrong', apiUrl: failing.apiUrl, port: 0 },
        createLogger('silent'),
        { apiRetries: 0 },
      );
      await expect(start).rejects.toThrow(/SLACK_APP_TOKEN \(invalid_auth\).*connections:write/);
    } finally {
      await failing.close();
    }
  });
});
