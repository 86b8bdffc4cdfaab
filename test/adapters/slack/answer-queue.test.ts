import { beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../adapters/logger.js';
import { AnswerQueue } from '../../../adapters/shared/answer-queue.js';
import type { SlackDeps } from '../../../adapters/slack/deps.js';
import {
  BUSY_TEXT,
  type ChatPoster,
  type Reactor,
  WORKING_REACTION,
} from '../../../adapters/slack/listeners/events/answer-text.js';
import { appMention, type MentionEvent } from '../../../adapters/slack/listeners/events/app-mention.js';
import { ReactionBudget } from '../../../adapters/slack/working-reaction.js';
import { createEngine, type Engine } from '../../../src/index.js';
import { textsOf } from './expect-slack.js';
import { handlerDeps } from './handler-deps.js';

/**
 * What happens to a mention between its ack and its answer: the replica's answer queue (a few at a time, in
 * order, failures reported, a full queue said to the person) and the ⏳ reaction (only once a question has
 * waited). The real engine and the real handlers, with a client that records what it is asked to do.
 */
let engine: Engine;
beforeAll(async () => {
  engine = await createEngine({ knowledgeDir: 'knowledge' });
});

interface Call {
  method: string;
  args: Record<string, unknown>;
}

/** a client recording every Web API call in order; `failPosts` makes the next N postMessage calls throw */
function recordingClient(options: { failPosts?: number; holdPosts?: Promise<void> } = {}) {
  const calls: Call[] = [];
  let failures = options.failPosts ?? 0;
  const client: ChatPoster & Reactor = {
    chat: {
      postMessage: async (message) => {
        await options.holdPosts;
        if (failures > 0) {
          failures -= 1;
          throw new Error('An HTTP protocol error occurred: statusCode = 503');
        }
        calls.push({ method: 'chat.postMessage', args: message as unknown as Record<string, unknown> });
        return { ok: true };
      },
      postEphemeral: async (message) => {
        calls.push({ method: 'chat.postEphemeral', args: message });
        return { ok: true };
      },
    },
    reactions: {
      add: async (args) => {
        calls.push({ method: 'reactions.add', args });
        return { ok: true };
      },
      remove: async (args) => {
        calls.push({ method: 'reactions.remove', args });
        return { ok: true };
      },
    },
  };
  return { client, calls };
}

function logLines() {
  const lines: string[] = [];
  return { lines, log: createLogger('warn', (line) => lines.push(line)) };
}

const deps = (over: Partial<SlackDeps> = {}): SlackDeps => handlerDeps(engine, over);

let eventNumber = 0;
function mentionArgs(client: ChatPoster, text: string, over: Partial<MentionEvent> = {}) {
  eventNumber += 1;
  return {
    event: {
      channel: 'C1',
      text: `<@U0BOT> ${text}`,
      ts: `1700000000.${String(eventNumber).padStart(6, '0')}`,
      user: 'U1',
      ...over,
    },
    body: { event_id: `Ev${eventNumber}` },
    context: { botUserId: 'U0BOT' },
    client,
  };
}

const methods = (calls: Call[]) => calls.map((c) => c.method);

describe('the ⏳ reaction', () => {
  it('goes on before the answer and comes off after it when asked for at once', async () => {
    const { client, calls } = recordingClient();
    await appMention(mentionArgs(client, 'sources'), deps({ workingReactionAfterMs: 0 }));
    expect(methods(calls)).toEqual(['reactions.add', 'chat.postMessage', 'reactions.remove']);
    expect(calls[0]!.args).toMatchObject({ channel: 'C1', name: WORKING_REACTION });
    expect(calls[2]!.args).toEqual(calls[0]!.args);
  });

  it('is never put on an answer that comes before it is due', async () => {
    const { client, calls } = recordingClient();
    await appMention(mentionArgs(client, 'sources'), deps({ workingReactionAfterMs: 60_000 }));
    expect(methods(calls)).toEqual(['chat.postMessage']);
  });

  it('is put on at most the budget a minute, so a burst stays within what Slack allows reactions', async () => {
    let now = Date.UTC(2025, 0, 1);
    const budget = new ReactionBudget(2, () => now);
    const { client, calls } = recordingClient();
    const d = deps({ workingReactionAfterMs: 0, reactionBudget: budget });
    for (let i = 0; i < 3; i += 1) await appMention(mentionArgs(client, 'help'), d);
    expect(methods(calls).filter((m) => m === 'reactions.add')).toHaveLength(2);
    expect(methods(calls).filter((m) => m === 'chat.postMessage')).toHaveLength(3);
    now += 60_000;
    await appMention(mentionArgs(client, 'help'), d);
    expect(methods(calls).filter((m) => m === 'reactions.add')).toHaveLength(3);
  });

  it('comes off a question whose answer could not be posted', async () => {
    const { client, calls } = recordingClient({ failPosts: 1 });
    await expect(
      appMention(mentionArgs(client, 'sources'), deps({ workingReactionAfterMs: 0 })),
    ).rejects.toThrow(/503/);
    expect(methods(calls)).toEqual(['reactions.add', 'reactions.remove']);
  });
});

describe('the answer queue', () => {
  it('acknowledged mentions return at once and are answered in arrival order, one at a time here', async () => {
    let release!: () => void;
    const holdPosts = new Promise<void>((resolve) => (release = resolve));
    const { client, calls } = recordingClient({ holdPosts });
    const queue = new AnswerQueue({ concurrency: 1, log: createLogger('silent') });
    const d = deps({ queue, workingReactionAfterMs: 60_000 });
    const questions = ['sources', "Who is Russia's foreign minister?", 'help'];
    for (const q of questions) await appMention(mentionArgs(client, q), d);
    // all three handlers have returned; the first answer is held at its post, the other two wait their turn
    expect(queue.stats()).toMatchObject({ running: 1, waiting: 2 });
    expect(calls).toHaveLength(0);
    release();
    expect(await queue.drain(30_000)).toBe(true);
    const posted = calls.filter((c) => c.method === 'chat.postMessage');
    expect(posted.map((c) => c.args.thread_ts)).toEqual(
      [...posted.map((c) => c.args.thread_ts as string)].sort(),
    );
    expect(textsOf(posted[0]!.args).join('\n')).toContain('I answer from 5 articles');
    expect(textsOf(posted[1]!.args).join('\n')).toMatch(/Lavrov/);
  });

  it('reports an answer that could not be posted, and goes on with the next', async () => {
    const { client, calls } = recordingClient({ failPosts: 1 });
    const { lines, log } = logLines();
    const queue = new AnswerQueue({ concurrency: 1, log });
    const d = deps({ queue, log, workingReactionAfterMs: 60_000 });
    await appMention(mentionArgs(client, 'sources', { channel: 'C0FAILS' }), d);
    await appMention(mentionArgs(client, 'help', { channel: 'C0NEXT' }), d);
    expect(await queue.drain(30_000)).toBe(true);
    expect(calls.map((c) => c.args.channel)).toEqual(['C0NEXT']);
    expect(queue.stats().failed).toBe(1);
    expect(lines.join('\n')).toMatch(/ERROR could not answer app_mention Ev\d+ in C0FAILS .*503/);
  });

  it('says so to the person when the queue is full, instead of taking the question', async () => {
    let release!: () => void;
    const holdPosts = new Promise<void>((resolve) => (release = resolve));
    const { client, calls } = recordingClient({ holdPosts });
    const { lines, log } = logLines();
    const queue = new AnswerQueue({ concurrency: 1, maxWaiting: 1, log });
    const d = deps({ queue, log, workingReactionAfterMs: 60_000 });
    await appMention(mentionArgs(client, 'sources'), d); // running
    await appMention(mentionArgs(client, 'help'), d); // waiting
    await appMention(mentionArgs(client, 'sources', { user: 'U0LATE', thread_ts: '1699.000001' }), d);
    expect(calls).toEqual([
      {
        method: 'chat.postEphemeral',
        args: { channel: 'C1', user: 'U0LATE', text: BUSY_TEXT, thread_ts: '1699.000001' },
      },
    ]);
    expect(queue.stats()).toMatchObject({ refused: 1, waiting: 1 });
    expect(lines.join('\n')).toMatch(/WARN answer queue full \(1 waiting\): refused app_mention/);
    release();
    expect(await queue.drain(30_000)).toBe(true);
    expect(calls.filter((c) => c.method === 'chat.postMessage')).toHaveLength(2);
  });

  it('drain says false when the work outlasts the wait', async () => {
    let release!: () => void;
    const holdPosts = new Promise<void>((resolve) => (release = resolve));
    const { client } = recordingClient({ holdPosts });
    const queue = new AnswerQueue({ log: createLogger('silent') });
    await appMention(mentionArgs(client, 'sources'), deps({ queue, workingReactionAfterMs: 60_000 }));
    expect(await queue.drain(50)).toBe(false);
    release();
    expect(await queue.drain(30_000)).toBe(true);
  });
});
