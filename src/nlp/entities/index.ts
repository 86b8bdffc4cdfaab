import type { Article } from '../../knowledge/types.js';
import type { Entity, EntityTable, Mention } from './types.js';

export type { Entity, EntityTable, EntityType, Mention } from './types.js';

// placeholder until the entity layer lands: no entities, so nothing resolves
export function buildEntityTable(_articles: Article[]): EntityTable {
  return { entities: [] };
}

export function resolveEntity(table: EntityTable, text: string): Entity | undefined {
  const wanted = text.trim().toLowerCase();
  return table.entities.find((e) => e.name.toLowerCase() === wanted || e.aliases.some((a) => a.toLowerCase() === wanted));
}

export function findMentions(_table: EntityTable, _text: string): Mention[] {
  return [];
}
