import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  ANSWER_LOG_TTL_MS,
  type AnswerLog,
  type AnswerOf,
  answerSchema,
  type ConversationStore,
  createRateLimits,
  type DeliveryGuard,
  type FeedbackEntry,
  type FeedbackStore,
  hashUserId,
  InMemoryDeliveryGuard,
  MemoryConversationStore,
  openSqliteFeedbackStore,
  type RateLimitOptions,
} from '../../src/index.js';
import {
  createPostgresPool,
  migrate,
  openSharedState,
  PostgresAnswerLog,
  PostgresConversationStore,
  PostgresDeliveryGuard,
  PostgresFeedbackStore,
  postgresRateLimiter,
} from '../../src/store/postgres/index.js';
import { describePostgres, useTestDatabase } from '../helpers/postgres.js';

/**
 * One behaviour, two homes: every store interface runs the same cases in memory (or SQLite) and on a real
 * PostgreSQL server, so a replica behaves as a single process does. PostgreSQL adds what only a shared store
 * can show: two "replicas" (two pools) seeing each other's writes and racing on the same row.
 */

interface Backend {
  name: string;
  conversations(limits: {
    maxTurns?: number;
    maxConversations?: number;
    ttlMs?: number;
    now?: () => number;
  }): {
    store: ConversationStore;
    settle(): Promise<void>;
  };
  guard(windowMs: number): DeliveryGuard;
  feedback(): Promise<FeedbackStore>;
  /** the answer log the vote buttons read back, on a clock the test moves */
  answers(now: () => number): AnswerLog;
  rateLimiter: RateLimitOptions['limiter'];
}

const database = useTestDatabase();
let pool: pg.Pool;
let second: pg.Pool;
let keyspace = 0;
/** each test's keys are its own: the PostgreSQL tables persist across the tests of this file */
const key = (name: string) => `k${keyspace}:${name}`;
beforeEach(() => {
  keyspace += 1;
});

/** the SQLite feedback store is the one-process answer log (its open is async; the log's calls wait for it) */
function sqliteAnswers(now: () => number): AnswerLog {
  const store = openSqliteFeedbackStore(':memory:', { now });
  return {
    remember: async (id, answer) => (await store).remember(id, answer),
    recall: async (id) => (await store).recall(id),
  };
}

const memory: Backend = {
  name: 'in memory (and SQLite)',
  conversations: (limits) => {
    const store = new MemoryConversationStore(limits);
    return { store, settle: async () => undefined };
  },
  guard: (windowMs) => new InMemoryDeliveryGuard(windowMs),
  feedback: () => openSqliteFeedbackStore(':memory:'),
  answers: (now) => sqliteAnswers(now),
  rateLimiter: undefined,
};

const postgres: Backend = {
  name: 'PostgreSQL',
  conversations: (limits) => {
    const store = new PostgresConversationStore(pool, limits);
    return { store, settle: () => store.sweep() };
  },
  guard: (windowMs) => new PostgresDeliveryGuard(pool, windowMs),
  feedback: async () => {
    await pool.query('TRUNCATE feedback');
    return new PostgresFeedbackStore(pool);
  },
  answers: (now) => new PostgresAnswerLog(pool, { now }),
  rateLimiter: (rule) => postgresRateLimiter(pool)(rule),
};

/** a whole answer as the engine gives it (checked against its schema), kept with the turn it answered */
const ANSWER = answerSchema.parse({
  kind: 'answer',
  question: 'Where will the ministers meet?',
  text: 'The ministers will meet in Lisbon on 3 May.',
  abstained: false,
  confidence: 0.82,
  confidenceLabel: 'strong match',
  citations: [
    {
      articleId: '2025-04-30-ministers',
      title: 'Ministers to meet in Lisbon',
      outlet: null,
      published: '2025-04-30',
      passage: 'The ministers will meet in Lisbon on 3 May.',
      start: 0,
      end: 44,
    },
  ],
  asOf: '2025-04-30',
}) as AnswerOf<'answer'>;

const vote = (over: Partial<FeedbackEntry>): FeedbackEntry => ({
  platform: 'slack',
  channel: 'C1',
  messageId: 'm1',
  userHash: hashUserId('slack', 'U1'),
  rating: 'down',
  question: 'Where will the ministers meet?',
  answer: 'In Lisbon.',
  passages: [{ articleId: 'a1', start: 0, end: 10, passage: 'In Lisbon.' }],
  at: '2025-08-01T10:00:00.000Z',
  ...over,
});

function storeContract(backend: () => Backend) {
  describe('conversations', () => {
    it('keeps the latest turns of each conversation, apart', async () => {
      const { store } = backend().conversations({ maxTurns: 2 });
      for (const question of ['one', 'two', 'three']) await store.append(key('t1'), { question });
      await store.append(key('t2'), { question: 'other', answer: ANSWER });
      expect((await store.turns(key('t1'))).map((t) => t.question)).toEqual(['two', 'three']);
      expect(await store.turns(key('t2'))).toEqual([{ question: 'other', answer: ANSWER }]);
      expect(await store.has(key('t1'))).toBe(true);
      expect(await store.has(key('t3'))).toBe(false);
      await store.clear(key('t1'));
      expect(await store.turns(key('t1'))).toEqual([]);
    });

    it('forgets an idle conversation, and starts it over when it is picked up again', async () => {
      let now = Date.UTC(2025, 0, 1);
      const { store } = backend().conversations({ ttlMs: 1000, now: () => now });
      await store.append(key('a'), { question: 'before' });
      now += 1500;
      expect(await store.has(key('a'))).toBe(false);
      expect(await store.turns(key('a'))).toEqual([]);
      await store.append(key('a'), { question: 'after' });
      expect((await store.turns(key('a'))).map((t) => t.question)).toEqual(['after']);
    });

    it('holds at most its bound: the least recently active go first', async () => {
      let now = Date.UTC(2025, 0, 2);
      const { store, settle } = backend().conversations({
        maxConversations: 2,
        ttlMs: 60_000,
        now: () => now,
      });
      if (backend() === postgres) await pool.query('TRUNCATE conversations');
      for (const name of ['b', 'c', 'd']) {
        now += 10;
        await store.append(key(name), { question: 'q' });
      }
      await settle();
      expect(await store.has(key('b'))).toBe(false);
      expect(await store.has(key('c'))).toBe(true);
      expect(await store.has(key('d'))).toBe(true);
    });
  });

  describe('delivery guard', () => {
    it('takes an id once within its window, and again after it', async () => {
      const guard = backend().guard(10_000);
      const t = Date.UTC(2025, 0, 3);
      expect(await guard.firstTime(key('Ev1'), t)).toBe(true);
      expect(await guard.firstTime(key('Ev1'), t + 9_000)).toBe(false);
      expect(await guard.firstTime(key('Ev2'), t + 9_000)).toBe(true);
      expect(await guard.firstTime(key('Ev1'), t + 10_001)).toBe(true);
    });
  });

  describe('feedback', () => {
    it('keeps one vote per person per answer and lists the most disliked', async () => {
      const store = await backend().feedback();
      await store.record(vote({ rating: 'up' }));
      await store.record(vote({ rating: 'down' })); // the same person changes their mind
      await store.record(vote({ userHash: hashUserId('slack', 'U2') }));
      await store.record(vote({ messageId: 'm2', question: 'Who met?', answer: 'Nobody.', rating: 'up' }));
      const worst = await store.mostDisliked();
      await store.close();
      expect(worst).toEqual([
        {
          question: 'Where will the ministers meet?',
          answer: 'In Lisbon.',
          up: 0,
          down: 2,
          passages: [{ articleId: 'a1', start: 0, end: 10, passage: 'In Lisbon.' }],
          lastAt: '2025-08-01T10:00:00.000Z',
        },
      ]);
    });
  });

  describe('answer log', () => {
    it('recalls what it remembered until the expiry, the latest under an id winning', async () => {
      let now = Date.UTC(2025, 7, 1);
      const log = backend().answers(() => now);
      const rated = {
        question: 'Where will the ministers meet?',
        answer: 'In Lisbon.',
        passages: [{ articleId: 'a1', start: 0, end: 10, passage: 'In Lisbon.', contentHash: 'abc' }],
      };
      await log.remember(key('A1'), { ...rated, answer: 'first' });
      await log.remember(key('A1'), rated);
      expect(await log.recall(key('A1'))).toEqual(rated);
      expect(await log.recall(key('never'))).toBeUndefined();
      now += ANSWER_LOG_TTL_MS - 1000;
      expect(await log.recall(key('A1'))).toEqual(rated);
      now += 1000;
      expect(await log.recall(key('A1'))).toBeUndefined();
    });
  });

  describe('rate limits', () => {
    it('refuses a person over their limit, with the wait, while others go on', async () => {
      const limits = createRateLimits({
        user: { points: 2, duration: 60 },
        channel: { points: 100, duration: 60 },
        limiter: backend().rateLimiter,
      });
      expect(await limits.take(key('alice'), key('c1'))).toEqual({ allowed: true });
      expect(await limits.take(key('alice'), key('c1'))).toEqual({ allowed: true });
      const refused = await limits.take(key('alice'), key('c1'));
      expect(refused).toMatchObject({ allowed: false, scope: 'user' });
      expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(await limits.take(key('bob'), key('c1'))).toEqual({ allowed: true });
    });

    it('limits a busy channel as a whole', async () => {
      const limits = createRateLimits({
        user: { points: 100, duration: 60 },
        channel: { points: 2, duration: 60 },
        limiter: backend().rateLimiter,
      });
      await limits.take(key('a'), key('busy'));
      await limits.take(key('b'), key('busy'));
      expect(await limits.take(key('c'), key('busy'))).toMatchObject({ allowed: false, scope: 'channel' });
      expect(await limits.take(key('c'), key('quiet'))).toEqual({ allowed: true });
    });
  });
}

describe('stores in memory (and SQLite)', () => {
  storeContract(() => memory);
});

describePostgres('stores on PostgreSQL', () => {
  beforeAll(async () => {
    pool = createPostgresPool(database.url, { max: 8 });
    second = createPostgresPool(database.url, { max: 8 });
    await migrate(pool);
  });
  afterAll(async () => {
    await pool?.end();
    await second?.end();
  });

  storeContract(() => postgres);

  describe('shared by replicas', () => {
    it('answers a Slack event once however many replicas receive it at once', async () => {
      const replicas = [pool, second, pool, second].map((p) => new PostgresDeliveryGuard(p));
      const now = Date.now();
      const results = await Promise.all(
        Array.from({ length: 40 }, (_, i) => replicas[i % replicas.length]!.firstTime(key('Ev-race'), now)),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
    });

    it('forgets delivery ids after their window, so the table does not grow', async () => {
      const guard = new PostgresDeliveryGuard(pool, 1000);
      const t = Date.UTC(2025, 0, 4);
      await guard.firstTime(key('old'), t);
      expect(await guard.sweep(t + 500)).toBe(0);
      expect(await guard.sweep(t + 1000)).toBeGreaterThanOrEqual(1);
      const left = await pool.query('SELECT 1 FROM delivery_ids WHERE id = $1', [key('old')]);
      expect(left.rowCount).toBe(0);
    });

    it("reads a thread's context written by another replica, and loses no turn when both append at once", async () => {
      const a = new PostgresConversationStore(pool, { maxTurns: 6 });
      const b = new PostgresConversationStore(second, { maxTurns: 6 });
      await a.append(key('thread'), { question: 'first' });
      expect(await b.has(key('thread'))).toBe(true);
      await Promise.all(
        ['x', 'y', 'z', 'w'].map((q, i) => (i % 2 ? a : b).append(key('thread'), { question: q })),
      );
      const turns = (await a.turns(key('thread'))).map((t) => t.question);
      expect(turns).toHaveLength(5);
      expect(turns[0]).toBe('first');
      expect([...turns].sort()).toEqual(['first', 'w', 'x', 'y', 'z']);
      for (const q of 'abcdefgh') await b.append(key('thread'), { question: q });
      expect((await a.turns(key('thread'))).map((t) => t.question)).toEqual([...'cdefgh']);
    });

    it('recalls an answer posted through another replica, and sweeps expired ones', async () => {
      const t = Date.UTC(2025, 0, 5);
      const a = new PostgresAnswerLog(pool, { now: () => t });
      const b = new PostgresAnswerLog(second, { now: () => t });
      const rated = { question: 'Who met?', answer: 'The ministers.', passages: [] };
      await a.remember(key('A-shared'), rated);
      expect(await b.recall(key('A-shared'))).toEqual(rated);
      expect(await b.sweep(t + ANSWER_LOG_TTL_MS - 1)).toBe(0);
      expect(await b.sweep(t + ANSWER_LOG_TTL_MS)).toBeGreaterThanOrEqual(1);
      const left = await pool.query('SELECT 1 FROM answers WHERE answer_id = $1', [key('A-shared')]);
      expect(left.rowCount).toBe(0);
    });

    it('counts one person across replicas', async () => {
      const rules = { user: { points: 3, duration: 60 }, channel: { points: 100, duration: 60 } };
      const a = createRateLimits({ ...rules, limiter: postgresRateLimiter(pool) });
      const b = createRateLimits({ ...rules, limiter: postgresRateLimiter(second) });
      const decisions = [
        await a.take(key('carol'), key('c')),
        await b.take(key('carol'), key('c')),
        await a.take(key('carol'), key('c')),
        await b.take(key('carol'), key('c')),
      ];
      expect(decisions.map((d) => d.allowed)).toEqual([true, true, true, false]);
    });

    it('opens every shared store on one pool, migrating a new database first', async () => {
      const state = await openSharedState(database.url, { applicationName: 'talksbot test' });
      try {
        expect(state.migrations.applied).toEqual([]); // migrated in beforeAll
        expect(await state.guard.firstTime(key('E-open'), Date.now())).toBe(true);
        await state.conversations.append(key('open'), { question: 'q' });
        expect(await new PostgresConversationStore(pool).has(key('open'))).toBe(true);
        expect(await state.limits.take(key('dave'), key('c'))).toEqual({ allowed: true });
      } finally {
        await state.close();
      }
    });
  });
});
