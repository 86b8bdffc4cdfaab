import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { WORKING_NOTE } from '../../../adapters/slack/listeners/commands/slash-command.js';
import { type RunningSlack, startSlack } from '../../../adapters/slack/main.js';
import { type FakeResponseUrl, startFakeResponseUrl } from '../../fakes/slack-response-url.js';
import { signedPost } from '../../fakes/slack-signing.js';
import { FAKE_IDS, type FakeSlackWebApi, startFakeSlackWebApi } from '../../fakes/slack-web-api.js';
import { ANSWER_WORDS, type ChatAddFixture, QUESTION, startChatAddFixture } from '../chat-add-fixture.js';
import { unlimited } from '../discord/helpers.js';
import { textsOf } from './expect-slack.js';
import { appMentionEvent, eventCallback, slashCommandBody } from './slack-events.js';

/**
 * `/talks-add` on the real Bolt app (HTTP receiver, signed requests, fake Web API): a moderator adds a page
 * served on 127.0.0.1 while the bot runs, and the bot then answers a question from it; anyone else is
 * refused, and so is a private address until the operator allows private addresses.
 */
const SECRET = 'test-signing-secret';
const MODERATOR = 'U0MODERATOR';

let world: ChatAddFixture;
let api: FakeSlackWebApi;
let responses: FakeResponseUrl;
let slack: RunningSlack;
let eventsUrl: string;

beforeAll(async () => {
  world = await startChatAddFixture();
  api = await startFakeSlackWebApi();
  responses = await startFakeResponseUrl();
  slack = await startSlack(
    world.engine,
    {
      botToken: 'xoxb-test-token',
      signingSecret: SECRET,
      apiUrl: api.apiUrl,
      port: 0,
      adminUserIds: [MODERATOR],
    },
    createLogger('silent'),
    { host: '127.0.0.1', apiRetries: 0, limits: unlimited(), adding: world.adding },
  );
  eventsUrl = `http://127.0.0.1:${slack.port}/slack/events`;
}, 120_000);

afterAll(async () => {
  await slack?.stop();
  await api?.close();
  await responses?.close();
  await world?.close();
});

/** `/talks-add <text>` typed by `user`; resolves with the reply (a "working on it" note may come first) */
async function add(text: string, user: string) {
  const responseUrl = responses.next();
  const ack = await signedPost(
    eventsUrl,
    { form: { ...slashCommandBody('/talks-add', text, responseUrl), user_id: user } },
    { secret: SECRET },
  );
  expect(ack.status).toBe(200);
  const [reply] = await responses.recorder.waitFor(
    (r) => `${responses.recorder.origin}${r.path}` === responseUrl && r.body.text !== WORKING_NOTE,
    1,
    60_000,
  );
  return { type: reply!.body.response_type, text: textsOf(reply!.body).join('\n') };
}

/** a mention in a fresh channel, and the text of the bot's answer */
async function askInChannel(channel: string, question: string): Promise<string> {
  await signedPost(
    eventsUrl,
    { json: eventCallback(appMentionEvent(channel, `<@${FAKE_IDS.botUser}> ${question}`)) },
    { secret: SECRET },
  );
  const [posted] = await api.recorder.waitFor(
    (r) => r.path === '/api/chat.postMessage' && r.body.channel === channel,
    1,
    30_000,
  );
  return textsOf(posted!.body).join('\n');
}

describe('Slack /talks-add', () => {
  it('refuses someone who is not a moderator, and fetches nothing', async () => {
    const reply = await add(world.pageUrl, 'U0ALICE');
    expect(reply.type).toBe('ephemeral');
    expect(reply.text).toMatch(/Only the bot's moderators can add articles/);
    expect(world.pages.requests).toHaveLength(0);
    expect(await world.articleFiles()).toHaveLength(1);
  });

  it('refuses a loopback address while private addresses are not allowed', async () => {
    const reply = await add(world.pageUrl, MODERATOR);
    expect(reply.type).toBe('ephemeral');
    expect(reply.text).toContain('Not added: 127.0.0.1 is a private or local address');
    expect(world.pages.requests).toHaveLength(0);
    expect(await world.articleFiles()).toHaveLength(1);
  });

  it('adds the page for a moderator, says what was added, and answers from it at once', async () => {
    expect(await askInChannel('C0BEFORE', QUESTION)).not.toContain(ANSWER_WORDS);
    // the test-only configuration: FETCH_ALLOW_PRIVATE for the page server on 127.0.0.1
    world.adding.allowPrivate = true;
    // Slack sends a pasted link as <url>; the fetch and the rebuild may outlast the working note
    const reply = await add(`<${world.pageUrl}>`, MODERATOR);
    expect(reply.type).toBe('ephemeral');
    expect(reply.text).toBe(
      'Added “Orrin water talks resume in Lastra after a summer pause” (The Northern Ledger, 3 September 2025): 6 passages, as 2025-09-03-orrin-water-talks-resume-in-lastra. I answer from it now.',
    );
    expect(await world.articleFiles()).toContain('2025-09-03-orrin-water-talks-resume-in-lastra.md');
    const answer = await askInChannel('C0AFTER', QUESTION);
    expect(answer).toContain(ANSWER_WORDS);
    expect(answer).toContain('Orrin water talks resume in Lastra');
  }, 120_000);

  it('refuses the same page a second time, naming the article it already is', async () => {
    const reply = await add(world.pageUrl, MODERATOR);
    expect(reply.text).toMatch(
      /^Not added: .*already known as 2025-09-03-orrin-water-talks-resume-in-lastra \(same url\)\.$/,
    );
    // nobody in a channel can run a shell command
    expect(reply.text).not.toMatch(/talksbot remove|--\w/);
  }, 60_000);
});
