import { beforeAll, describe, expect, it } from 'vitest';
import type { LoadedEngine } from '../../src/index.js';
import { realEngine } from '../helpers.js';

let engine: LoadedEngine;
beforeAll(async () => {
  engine = await realEngine();
});

describe('the timeline’s topics (autocomplete for /timeline topic)', () => {
  it('lists the people, places and organisations the events mention, most events first', async () => {
    const topics = await engine.timelineTopics();
    expect(topics.length).toBeGreaterThan(5);
    const counts = topics.map((t) => t.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const types = new Set(topics.map((t) => t.type));
    expect(types).toContain('person');
    expect(types).toContain('place');
    expect(topics.map((t) => t.name)).toContain('Istanbul');
  });

  it('offers only topics that find events, as many as it counted', async () => {
    for (const topic of (await engine.timelineTopics()).slice(0, 12)) {
      const timeline = await engine.timeline({ topic: topic.name });
      expect(timeline.events.length, topic.name).toBeGreaterThanOrEqual(topic.count);
    }
  });
});
