import type { KnowledgeBase } from '../knowledge-base.js';
import { resolveEntity } from '../nlp/entities/index.js';
import { stemsOf } from '../nlp/stems.js';

/**
 * Names from a question that the articles never use. A name counts as known when the entity layer
 * resolves it, or when every word of it occurs somewhere in the articles (so "Kremlin" and
 * "Istanbul talks" are known, "Xi Jinping" and "Dutch" are not).
 */
export function unknownNames(kb: KnowledgeBase, names: string[]): string[] {
  return names.filter(
    (name) => !resolveEntity(kb.entities, name) && !stemsOf(name).every((s) => (kb.stemDf[s] ?? 0) > 0),
  );
}
