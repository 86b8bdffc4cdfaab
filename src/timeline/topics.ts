import type { TimelineEvent } from '../answer.js';
import type { TopicCount } from '../engine.js';
import { type EntityTable, findMentions, resolveEntity } from '../nlp/entities/index.js';

/**
 * The people, places and organisations the timeline's events mention, each with how many events mention it,
 * most first: what `/timeline topic:` can usefully be. Read from each event's own text with the entity layer
 * (names, aliases and roles all count for their entity), so every topic offered finds events.
 */
export function timelineTopics(events: readonly TimelineEvent[], entities: EntityTable): TopicCount[] {
  const counts = new Map<string, number>();
  for (const event of events) {
    const named = new Set(findMentions(entities, event.text).map((mention) => mention.entity));
    for (const name of named) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => {
      const type = resolveEntity(entities, name)?.type;
      return { name, count, ...(type ? { type } : {}) };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
