import type { AnswerOf, Quote } from '../answer.js';
import type { Article } from '../knowledge/types.js';
import type { EntityTable } from '../nlp/entities/index.js';
import type { SpeakerCount } from '../engine.js';

// placeholder until /who-said lands
export function extractQuotes(_articles: Article[], _entities: EntityTable): Quote[] {
  return [];
}

export function findQuotes(_quotes: Quote[], _entities: EntityTable, query: string): AnswerOf<'quotes'> {
  return { kind: 'quotes', query, quotes: [], message: '/who-said is coming soon.' };
}

export function countSpeakers(_quotes: Quote[]): SpeakerCount[] {
  return [];
}
