import type { AnswerOf, TimelineEvent } from '../answer.js';
import type { TimelineQuery } from '../engine.js';
import type { Article } from '../knowledge/types.js';
import type { EntityTable } from '../nlp/entities/index.js';

// placeholder until /timeline lands
export function extractEvents(_articles: Article[], _entities: EntityTable): TimelineEvent[] {
  return [];
}

export function queryTimeline(_events: TimelineEvent[], _entities: EntityTable, query: TimelineQuery): AnswerOf<'timeline'> {
  return { kind: 'timeline', topic: query.topic ?? null, events: [], message: '/timeline is coming soon.' };
}
