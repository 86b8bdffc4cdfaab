import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { type RunningSlack, startSlack } from '../../../adapters/slack/main.js';
import { type AnswerLog, type FeedbackStore, openSqliteFeedbackStore } from '../../../src/index.js';
import { type FakeResponseUrl, startFakeResponseUrl } from '../../fakes/slack-response-url.js';
import { type FakeSocketMode, startFakeSocketMode } from '../../fakes/slack-socket-mode.js';
import { FAKE_IDS, type FakeSlackWebApi, startFakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { realEngine, runTalksbot } from '../../helpers.js';
import { unlimited } from '../discord/helpers.js';
import { expectSlackSafe } from './expect-slack.js';
import { appMentionEvent, eventCallback, slashCommandBody } from './slack-events.js';

/**
 * 👍/👎 in Slack end to end: the real Bolt app in Socket Mode answers with vote buttons, a block_actions
 * envelope stores the vote in a real SQLite file, and `talksbot feedback` reads it back.
 */
const QUESTION = 'Who is Russia’s foreign minister?';

let api: FakeSlackWebApi;
let socket: FakeSocketMode;
let responses: FakeResponseUrl;
let slack: RunningSlack;
let dir: string;
let store: FeedbackStore & AnswerLog;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'talksbot-slack-feedback-'));
  store = await openSqliteFeedbackStore(join(dir, 'feedback.sqlite'));
  api = await startFakeSlackWebApi();
  socket = await startFakeSocketMode();
  responses = await startFakeResponseUrl();
  api.socketUrl = socket.url;
  slack = await startSlack(
    await realEngine(),
    { botToken: 'xoxb-test-token', appToken: 'xapp-1-test', apiUrl: api.apiUrl, port: 0 },
    createLogger('silent'),
    { apiRetries: 0, limits: unlimited(), feedback: store, answers: store },
  );
  await socket.connected();
});

afterAll(async () => {
  await slack?.stop();
  await socket?.close();
  await api?.close();
  await responses?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

interface Button {
  action_id: string;
  value: string;
  text: { text: string };
}
type Block = { type: string; block_id?: string; elements?: Button[] };
const votesIn = (body: { blocks?: Block[] }) =>
  (body.blocks ?? []).find((b) => b.block_id === 'talks_feedback')?.elements ?? [];

let envelopes = 0;
function clickVote(button: Button, user: string, responseUrl: string): string {
  const id = `env-vote-${++envelopes}`;
  socket.send({
    envelope_id: id,
    type: 'interactive',
    accepts_response_payload: false,
    payload: {
      type: 'block_actions',
      user: { id: user, username: user.toLowerCase(), team_id: FAKE_IDS.team },
      api_app_id: FAKE_IDS.app,
      token: 'verification-token-unused',
      container: {
        type: 'message',
        message_ts: '1700000000.000100',
        channel_id: 'C0SLASH',
        is_ephemeral: false,
      },
      trigger_id: '1.2.3',
      team: { id: FAKE_IDS.team, domain: 'example' },
      channel: { id: 'C0SLASH', name: 'general' },
      message: { type: 'message', ts: '1700000000.000100', text: 'answer', user: FAKE_IDS.botUser },
      response_url: responseUrl,
      actions: [
        {
          type: 'button',
          action_id: button.action_id,
          block_id: 'talks_feedback',
          value: button.value,
          text: { type: 'plain_text', text: button.text.text },
          action_ts: '1700000001.000100',
        },
      ],
    },
  });
  return id;
}

describe('Slack 👍/👎', () => {
  let votes: Button[] = [];

  it('puts 👍 and 👎 under a /talks-ask answer', async () => {
    const responseUrl = responses.next();
    socket.send({
      envelope_id: 'env-ask',
      type: 'slash_commands',
      accepts_response_payload: true,
      payload: slashCommandBody('/talks-ask', QUESTION, responseUrl),
    });
    const [reply] = await responses.waitForPost(responseUrl, 1, 10_000);
    expectSlackSafe(reply!.body);
    votes = votesIn(reply!.body);
    expect(votes.map((b) => [b.action_id, b.text.text])).toEqual([
      ['talks_vote_up', '👍'],
      ['talks_vote_down', '👎'],
    ]);
    expect(votes[0]!.value).toBe(votes[1]!.value);
  });

  it('and under an answer to a mention', async () => {
    const event = appMentionEvent('C0MENTION', `<@${FAKE_IDS.botUser}> ${QUESTION}`);
    socket.send({
      envelope_id: 'env-mention',
      type: 'events_api',
      accepts_response_payload: false,
      payload: eventCallback(event),
    });
    const [post] = await api.recorder.waitFor(
      (r) => r.path === '/api/chat.postMessage' && r.body.channel === 'C0MENTION',
      1,
      10_000,
    );
    const blocks = typeof post!.body.blocks === 'string' ? JSON.parse(post!.body.blocks) : post!.body.blocks;
    expect(votesIn({ blocks }).map((b) => b.action_id)).toEqual(['talks_vote_up', 'talks_vote_down']);
  });

  it('a click is acked, stored, and thanked ephemerally; a second vote by the same person replaces the first', async () => {
    const [up, down] = votes as [Button, Button];
    const first = responses.next();
    await socket.waitForAck(clickVote(up, 'U0ALICE', first));
    const [thanks] = await responses.waitForPost(first, 1, 10_000);
    expect(thanks!.body).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(thanks!.body.text).toMatch(/👍.*noted/);

    const second = responses.next();
    await socket.waitForAck(clickVote(down, 'U0ALICE', second));
    await responses.waitForPost(second, 1, 10_000);
    const third = responses.next();
    await socket.waitForAck(clickVote(down, 'U0BOB', third));
    await responses.waitForPost(third, 1, 10_000);

    const [worst] = await store.mostDisliked();
    expect(worst).toMatchObject({ question: QUESTION, up: 0, down: 2 });
    expect(worst!.passages[0]?.contentHash).toMatch(/\S/);
  });

  it('`talksbot feedback` reads the Slack vote back', async () => {
    const run = await runTalksbot(['feedback'], { env: { CACHE_DIR: dir } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`“${QUESTION}”`);
    expect(run.stdout).toMatch(/👎 2 {2}👍 0/);
  });
});
