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
    (name) => !resolveEntity(kb.entities, name) && !stemsOf(name).every((s) => isKnownStem(kb, s)),
  );
}

/**
 * A stem the articles use, allowing for spelling variants and demonyms: "india" is known through
 * "indian", "zelenskiy" through "zelenskyi" (same first six letters, lengths within two).
 */
export function isKnownStem(kb: KnowledgeBase, stem: string): boolean {
  if ((kb.stemDf[stem] ?? 0) > 0) return true;
  if (stem.length < 4) return false;
  const prefix = stem.slice(0, Math.min(6, stem.length));
  return Object.keys(kb.stemDf).some(
    (known) => known.startsWith(prefix) && Math.abs(known.length - stem.length) <= 2,
  );
}
