import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { type RunningSlack, startSlack } from '../../../adapters/slack/main.js';
import { createEngine, createRateLimits } from '../../../src/index.js';
import { type FakeSocketMode, startFakeSocketMode } from '../../fakes/slack-socket-mode.js';
import { FAKE_IDS, type FakeSlackWebApi, startFakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { textsOf } from './expect-slack.js';
import { appMentionEvent, eventCallback } from './slack-events.js';

/**
 * Conversation on the real Bolt app in Socket Mode: a reply in a thread the bot answered is answered
 * without a mention, with the thread's earlier turns as context; a burst from one person is throttled
 * while someone else is still answered.
 */
let api: FakeSlackWebApi;
let socket: FakeSocketMode;
let slack: RunningSlack;
let envelope = 0;

const send = (event: Record<string, unknown>) => {
  const id = `env-conv-${++envelope}`;
  socket.send({
    envelope_id: id,
    type: 'events_api',
    accepts_response_payload: false,
    payload: eventCallback(event),
  });
  return id;
};
const threadMessage = (channel: string, threadTs: string, text: string, user = 'U0ALICE') => {
  const ts = `17100000${String(++envelope).padStart(2, '0')}.000300`;
  return {
    type: 'message',
    channel_type: 'channel',
    channel,
    user,
    text,
    ts,
    event_ts: ts,
    thread_ts: threadTs,
  };
};
const postsTo = (channel: string) => api.calls('chat.postMessage').filter((c) => c.body.channel === channel);

beforeAll(async () => {
  const engine = await createEngine({ knowledgeDir: 'knowledge' });
  api = await startFakeSlackWebApi();
  socket = await startFakeSocketMode();
  api.socketUrl = socket.url;
  slack = await startSlack(
    engine,
    { botToken: 'xoxb-test-token', appToken: 'xapp-1-test', apiUrl: api.apiUrl, port: 0 },
    createLogger('silent'),
    // five questions per person per minute: the burst below is throttled however slow the machine is
    // and the ⏳ at once, however quick the answer, so the test below sees it go on and off
    {
      apiRetries: 0,
      limits: createRateLimits({ user: { points: 5, duration: 60 } }),
      workingReactionAfterMs: 0,
    },
  );
  await socket.connected();
});

afterAll(async () => {
  await slack?.stop();
  await socket?.close();
  await api?.close();
});

describe('Slack threads', () => {
  it('answers a follow-up in the thread without a mention, with the thread as context', async () => {
    const question = appMentionEvent('C0THREAD', `<@${FAKE_IDS.botUser}> Who is Russia’s foreign minister?`);
    send(question);
    const [first] = await api.recorder.waitFor(
      (r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C0THREAD',
    );
    expect(first!.body.thread_ts).toBe(question.ts);
    // the working indicator went on the question, and came off once answered
    await api.waitForCalls('reactions.remove');
    expect(api.calls('reactions.add')[0]?.body).toMatchObject({
      channel: 'C0THREAD',
      timestamp: question.ts,
    });

    send(threadMessage('C0THREAD', question.ts, 'go on'));
    const [, second] = await api.recorder.waitFor(
      (r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C0THREAD',
      2,
    );
    expect(second!.body.thread_ts).toBe(question.ts);
    const followUp = textsOf(second!.body).join('\n');
    // without the thread's context, "go on" gets a request to ask the whole question
    expect(followUp).not.toContain('nothing before it to go on');
    expect(followUp).not.toEqual(textsOf(first!.body).join('\n'));
  });

  it('leaves alone threads it never answered in, and messages outside threads', async () => {
    send(threadMessage('C0OTHER', '1699999999.000001', 'go on'));
    send({ ...threadMessage('C0OTHER', '', 'what about Odesa?'), thread_ts: undefined });
    // a later mention is answered: the two messages before it were handled by then
    send(appMentionEvent('C0OTHER-AFTER', `<@${FAKE_IDS.botUser}> help`));
    await api.recorder.waitFor(
      (r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C0OTHER-AFTER',
    );
    expect(postsTo('C0OTHER')).toHaveLength(0);
  });
});

describe('Slack rate limits', () => {
  it('throttles a burst from one person politely while another person is answered', async () => {
    const burst = 40;
    const sentAt = Date.now();
    const ids = Array.from({ length: burst }, (_, i) =>
      send(
        appMentionEvent('C0BURST', `<@${FAKE_IDS.botUser}> What did Lavrov say? ${i}`, { user: 'U0SPAM' }),
      ),
    );
    const otherSentAt = Date.now();
    send(appMentionEvent('C0CALM', `<@${FAKE_IDS.botUser}> sources`, { user: 'U0BOB' }));
    await api.recorder.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C0CALM');
    const otherLatency = Date.now() - otherSentAt;
    const acks = await Promise.all(ids.map((id) => socket.waitForAck(id, 10_000)));
    const lastAck = Date.now() - sentAt;
    const notes = await api.waitForCalls('chat.postEphemeral', burst - 5, 10_000);
    expect(acks).toHaveLength(burst);
    expect(notes[0]!.body).toMatchObject({ channel: 'C0BURST', user: 'U0SPAM' });
    expect(String(notes[0]!.body.text)).toMatch(/slow down and try again in \d+ s/);
    await api.recorder.waitFor((r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C0BURST', 5);
    expect(postsTo('C0BURST')).toHaveLength(5);
    // figures for the report; the bounds are loose so a loaded machine does not fail the test
    console.info(
      `slack burst: ${burst} mentions acked within ${lastAck} ms; another user answered in ${otherLatency} ms`,
    );
    expect(otherLatency).toBeLessThan(15_000);
  });
});
