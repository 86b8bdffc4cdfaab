import { describe, expect, it } from 'vitest';
import { createRateLimits, ExpiringMap, MemoryConversationStore } from '../../src/index.js';

describe('ExpiringMap', () => {
  it('forgets an entry once its time is up', () => {
    const map = new ExpiringMap<number>(10, 1000);
    map.set('a', 1, 0);
    expect(map.get('a', 999)).toBe(1);
    expect(map.get('a', 1000)).toBeUndefined();
  });

  it('never holds more than its bound: the least recently written goes first', () => {
    const map = new ExpiringMap<number>(3, 60_000);
    for (const [i, key] of ['a', 'b', 'c', 'd'].entries()) map.set(key, i, i);
    expect(map.size).toBe(3);
    expect(map.get('a', 10)).toBeUndefined();
    map.set('b', 9, 11); // rewriting b makes c the oldest
    map.set('e', 5, 12);
    expect(map.get('c', 13)).toBeUndefined();
    expect(map.get('b', 13)).toBe(9);
  });

  it('refuses a bound or an expiry that would make it grow for ever', () => {
    expect(() => new ExpiringMap(0, 1000)).toThrow(RangeError);
    expect(() => new ExpiringMap(10, Number.NaN)).toThrow(RangeError);
  });
});

describe('MemoryConversationStore', () => {
  it('keeps the latest turns of each conversation, apart', async () => {
    const store = new MemoryConversationStore({ maxTurns: 2 });
    for (const question of ['one', 'two', 'three']) await store.append('t1', { question });
    await store.append('t2', { question: 'other' });
    expect((await store.turns('t1')).map((t) => t.question)).toEqual(['two', 'three']);
    expect((await store.turns('t2')).map((t) => t.question)).toEqual(['other']);
    expect(await store.has('t3')).toBe(false);
    await store.clear('t1');
    expect(await store.turns('t1')).toEqual([]);
  });

  it('forgets idle conversations and holds at most its bound', async () => {
    let now = 0;
    const store = new MemoryConversationStore({ maxConversations: 2, ttlMs: 1000, now: () => now });
    await store.append('a', { question: 'q' });
    now = 1500;
    expect(await store.has('a')).toBe(false);
    for (const key of ['b', 'c', 'd']) await store.append(key, { question: 'q' });
    expect(store.size).toBe(2);
    expect(await store.has('b')).toBe(false);
  });
});

describe('rate limits', () => {
  it('refuses a person over their limit, with the wait, while others go on', async () => {
    const limits = createRateLimits({
      user: { points: 2, duration: 60 },
      channel: { points: 100, duration: 60 },
    });
    expect(await limits.take('alice', 'c1')).toEqual({ allowed: true });
    expect(await limits.take('alice', 'c1')).toEqual({ allowed: true });
    const refused = await limits.take('alice', 'c1');
    expect(refused).toMatchObject({ allowed: false, scope: 'user' });
    expect(refused.allowed === false && refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(await limits.take('bob', 'c1')).toEqual({ allowed: true });
  });

  it('limits a busy channel as a whole', async () => {
    const limits = createRateLimits({
      user: { points: 100, duration: 60 },
      channel: { points: 2, duration: 60 },
    });
    await limits.take('a', 'busy');
    await limits.take('b', 'busy');
    expect(await limits.take('c', 'busy')).toMatchObject({ allowed: false, scope: 'channel' });
    expect(await limits.take('c', 'quiet')).toEqual({ allowed: true });
  });
});
