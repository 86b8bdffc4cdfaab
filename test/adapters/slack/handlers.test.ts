import { beforeAll, describe, expect, it } from 'vitest';
import type { SlackDeps } from '../../../adapters/slack/deps.js';
import { pageButton } from '../../../adapters/slack/listeners/actions/page-button.js';
import { slashCommand } from '../../../adapters/slack/listeners/commands/slash-command.js';
import type { ChatPoster, Reactor } from '../../../adapters/slack/listeners/events/answer-text.js';
import { appMention, type MentionEvent } from '../../../adapters/slack/listeners/events/app-mention.js';
import { directMessage, type MessageEvent } from '../../../adapters/slack/listeners/events/direct-message.js';
import type { SlackMessage } from '../../../adapters/slack/render.js';
import { createEngine, type Engine } from '../../../src/index.js';
import { expectSlackSafe, textsOf } from './expect-slack.js';
import { handlerDeps } from './handler-deps.js';

// the handlers are plain functions: these tests call them with the real engine and a recording fake client
let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ knowledgeDir: 'knowledge' });
});

const deps = (over: Partial<SlackDeps> = {}): SlackDeps => handlerDeps(engine, over);

type Posted = SlackMessage & { channel: string; thread_ts?: string };
function fakeClient(): ChatPoster & Reactor & { posted: Posted[] } {
  const posted: Posted[] = [];
  return {
    posted,
    chat: {
      postMessage: async (message) => {
        posted.push(message);
        return { ok: true };
      },
      postEphemeral: async () => ({ ok: true }),
    },
    reactions: { add: async () => ({ ok: true }), remove: async () => ({ ok: true }) },
  };
}

const BOT = 'U0BOT';
const mention = (over: Partial<MentionEvent> = {}): MentionEvent => ({
  channel: 'C1',
  text: `<@${BOT}> sources`,
  ts: '1700000000.000100',
  user: 'U1',
  ...over,
});

describe('appMention', () => {
  // [name, event, retry, expected thread_ts or null for "not answered"]
  const rows: [string, Partial<MentionEvent>, { retryNum?: number; retryReason?: string }, string | null][] =
    [
      ['a channel mention is answered in a thread under it', {}, {}, '1700000000.000100'],
      [
        'a mention inside a thread is answered in that thread',
        { thread_ts: '1699999999.000001' },
        {},
        '1699999999.000001',
      ],
      ['another bot is ignored', { bot_id: 'B2' }, {}, null],
      ['a bot_message is ignored', { subtype: 'bot_message' }, {}, null],
      ['the bot itself is ignored', { user: BOT }, {}, null],
      ['a timeout retry is not answered', {}, { retryNum: 1, retryReason: 'http_timeout' }, null],
      [
        'a retry after a failed first delivery is answered',
        {},
        { retryNum: 1, retryReason: 'http_error' },
        '1700000000.000100',
      ],
    ];
  it.each(rows)('%s', async (_name, over, retry, threadTs) => {
    const client = fakeClient();
    await appMention(
      { event: mention(over), body: { event_id: 'Ev1' }, context: { botUserId: BOT, ...retry }, client },
      deps(),
    );
    if (threadTs === null) return expect(client.posted).toEqual([]);
    expect(client.posted).toHaveLength(1);
    expect(client.posted[0]).toMatchObject({ channel: 'C1', thread_ts: threadTs });
    expectSlackSafe(client.posted[0]!);
  });

  it('answers one event id once, however often it arrives', async () => {
    const client = fakeClient();
    const shared = deps();
    for (const retryNum of [undefined, 1, 2]) {
      await appMention(
        { event: mention(), body: { event_id: 'EvSame' }, context: { botUserId: BOT, retryNum }, client },
        shared,
      );
    }
    expect(client.posted).toHaveLength(1);
  });

  it('routes the text without the mention: sources lists the five articles', async () => {
    const client = fakeClient();
    await appMention(
      {
        event: mention({ text: `<@${BOT}> what are your sources?` }),
        body: {},
        context: { botUserId: BOT },
        client,
      },
      deps(),
    );
    expect(textsOf(client.posted[0]!).join('\n')).toContain('I answer from 5 articles');
  });

  it('answers a bare mention with help', async () => {
    const client = fakeClient();
    await appMention(
      { event: mention({ text: `<@${BOT}>` }), body: {}, context: { botUserId: BOT }, client },
      deps(),
    );
    expect(textsOf(client.posted[0]!).join('\n')).toContain('/talks-help');
  });

  it('understands Slack’s own slash names typed in a mention', async () => {
    const client = fakeClient();
    await appMention(
      { event: mention({ text: `<@${BOT}> /talks-sources` }), body: {}, context: { botUserId: BOT }, client },
      deps(),
    );
    expect(textsOf(client.posted[0]!).join('\n')).toContain('I answer from 5 articles');
  });

  it('never echoes a mention or link someone typed', async () => {
    const client = fakeClient();
    const text = `<@${BOT}> /ask is <!channel> &lt;!here&gt; <https://evil.example|safe> real?`;
    await appMention({ event: mention({ text }), body: {}, context: { botUserId: BOT }, client }, deps());
    expectSlackSafe(client.posted[0]!);
  });
});

describe('directMessage', () => {
  const dm = (over: Partial<MessageEvent> = {}): MessageEvent => ({
    channel: 'D1',
    channel_type: 'im',
    text: 'sources',
    ts: '1700000000.000200',
    user: 'U1',
    ...over,
  });
  // [name, event, answered, thread_ts]
  const rows: [string, Partial<MessageEvent>, boolean, string | undefined][] = [
    ['a direct message is answered in the conversation, no mention needed', {}, true, undefined],
    [
      'a direct message in a thread is answered in that thread',
      { thread_ts: '1699999999.1' },
      true,
      '1699999999.1',
    ],
    ['a channel message is not for this handler', { channel_type: 'channel' }, false, undefined],
    ['an edit is ignored', { subtype: 'message_changed' }, false, undefined],
    ['a bot is ignored', { bot_id: 'B2' }, false, undefined],
    ['the bot itself is ignored', { user: BOT }, false, undefined],
    ['an empty message is ignored', { text: '  ' }, false, undefined],
  ];
  it.each(rows)('%s', async (_name, over, answered, threadTs) => {
    const client = fakeClient();
    await directMessage(
      { event: dm(over), body: { event_id: 'Ev2' }, context: { botUserId: BOT }, client },
      deps(),
    );
    expect(client.posted).toHaveLength(answered ? 1 : 0);
    if (answered) expect(client.posted[0]?.thread_ts).toBe(threadTs);
  });
});

describe('slashCommand', () => {
  // [slash, text, response_type, text expected in the reply]
  const rows: [string, string, 'in_channel' | 'ephemeral', string][] = [
    ['/talks-sources', '', 'ephemeral', 'I answer from 5 articles'],
    ['/talks-help', 'anything', 'ephemeral', '/talks-who-said'],
    ['/talks-ask', '', 'ephemeral', 'Please type a question'],
    ['/talks-ask', 'Where will the allies meet on April 23?', 'in_channel', ''],
    ['/talks-who-said', 'Lavrov', 'in_channel', ''],
    ['/talks-timeline', 'Istanbul --from 2025-04', 'in_channel', 'Timeline'],
    // a month without a year is the latest April the articles cover, and the reply's range shows which
    ['/talks-timeline', '--from April', 'in_channel', 'April 2025'],
    ['/talks-timeline', '--from Smarch', 'ephemeral', 'Dates look like 2025'],
    // an app installed from the manifest before the prefix keeps its commands
    ['/ask', 'Where will the allies meet on April 23?', 'in_channel', ''],
    ['/who-said', 'Lavrov', 'in_channel', ''],
    ['/weather', 'Kyiv', 'ephemeral', "I don't handle /weather; try /talks-ask"],
  ];
  it.each(rows)('%s %s → %s', async (slash, text, responseType, expected) => {
    const calls: string[] = [];
    const responses: Record<string, unknown>[] = [];
    await slashCommand(
      {
        command: { command: slash, text },
        ack: async () => {
          calls.push('ack');
        },
        respond: async (message) => {
          calls.push('respond');
          responses.push(message as Record<string, unknown>);
        },
      },
      deps(),
    );
    expect(calls).toEqual(['ack', 'respond']);
    expect(responses[0]?.response_type).toBe(responseType);
    expectSlackSafe(responses[0]!);
    expect(textsOf(responses[0]!).join('\n')).toContain(expected);
  });
});

describe('pageButton', () => {
  it.each([
    [
      'a valid state replaces the message with that page',
      '{"c":"timeline","o":{"topic":"Istanbul"},"p":1}',
      true,
    ],
    ['a tampered state gets a polite note', '{"c":"ask","o":{},"p":1}', false],
    ['garbage gets a polite note', 'not json', false],
  ])('%s', async (_name, value, replaced) => {
    const calls: string[] = [];
    const responses: Record<string, unknown>[] = [];
    await pageButton(
      {
        action: { value },
        ack: async () => {
          calls.push('ack');
        },
        respond: async (message) => {
          calls.push('respond');
          responses.push(message as Record<string, unknown>);
        },
      },
      deps(),
    );
    expect(calls).toEqual(['ack', 'respond']);
    expect(responses[0]?.replace_original).toBe(replaced);
    if (replaced) expectSlackSafe(responses[0]!);
  });
});
