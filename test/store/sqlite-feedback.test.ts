import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ANSWER_LOG_TTL_MS,
  type FeedbackEntry,
  hashUserId,
  MemoryAnswerLog,
  openSqliteFeedbackStore,
  type RatedAnswer,
} from '../../src/index.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const vote = (over: Partial<FeedbackEntry>): FeedbackEntry => ({
  platform: 'slack',
  channel: 'C1',
  messageId: 'm1',
  userHash: hashUserId('slack', 'U1'),
  rating: 'down',
  question: 'Where will the allies meet?',
  answer: 'In Paris.',
  passages: [{ articleId: 'a1', start: 0, end: 9, passage: 'In Paris.' }],
  at: '2025-08-01T10:00:00.000Z',
  ...over,
});

describe('SQLite feedback', () => {
  it('keeps votes in a file, one per person per answer, and lists the most disliked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talksbot-feedback-'));
    dirs.push(dir);
    const file = join(dir, 'cache', 'feedback.sqlite');
    const store = await openSqliteFeedbackStore(file);
    await store.record(vote({ rating: 'up' }));
    await store.record(vote({ rating: 'down' })); // the same person changes their mind
    await store.record(vote({ userHash: hashUserId('slack', 'U2') }));
    await store.record(vote({ messageId: 'm2', question: 'Who met?', answer: 'Nobody.', rating: 'up' }));
    await store.close();

    // read back from the file by a second connection, as `talksbot feedback` does
    const reader = await openSqliteFeedbackStore(file);
    const worst = await reader.mostDisliked();
    await reader.close();
    expect(worst).toEqual([
      expect.objectContaining({
        question: 'Where will the allies meet?',
        answer: 'In Paris.',
        up: 0,
        down: 2,
      }),
    ]);
    expect(worst[0]!.passages[0]).toMatchObject({ articleId: 'a1', passage: 'In Paris.' });
  });

  it('hashes user ids per platform, never storing them', () => {
    expect(hashUserId('slack', 'U1')).toMatch(/^[0-9a-f]{16}$/);
    expect(hashUserId('slack', 'U1')).not.toBe(hashUserId('discord', 'U1'));
    expect(hashUserId('slack', 'U1')).not.toContain('U1');
  });

  it('keeps the answers its buttons rate across a restart, until they expire', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talksbot-answers-'));
    dirs.push(dir);
    const file = join(dir, 'feedback.sqlite');
    let now = Date.parse('2025-08-01T10:00:00.000Z');
    const rated: RatedAnswer = {
      question: 'Where will the allies meet?',
      answer: 'In Paris.',
      passages: [{ articleId: 'a1', start: 0, end: 9, passage: 'In Paris.', contentHash: 'abc' }],
    };
    const first = await openSqliteFeedbackStore(file, { now: () => now });
    await first.remember('ans-1', rated);
    await first.close();

    const second = await openSqliteFeedbackStore(file, { now: () => now });
    expect(await second.recall('ans-1')).toEqual(rated);
    expect(await second.recall('ans-unknown')).toBeUndefined();
    now += ANSWER_LOG_TTL_MS + 1;
    expect(await second.recall('ans-1')).toBeUndefined();
    // a later answer sweeps the expired one out of the table
    await second.remember('ans-2', rated);
    expect(await second.recall('ans-2')).toEqual(rated);
    await second.close();
  });

  it('the memory answer log forgets after its expiry', async () => {
    let now = 0;
    const log = new MemoryAnswerLog({ ttlMs: 1000, now: () => now });
    await log.remember('a', { question: 'q', answer: 'a', passages: [] });
    expect(await log.recall('a')).toMatchObject({ question: 'q' });
    now = 1000;
    expect(await log.recall('a')).toBeUndefined();
  });
});
