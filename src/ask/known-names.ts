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
  const lengths = prefixIndexOf(kb.stemDf).get(stem.slice(0, Math.min(6, stem.length)));
  if (!lengths) return false;
  for (const length of lengths) if (Math.abs(length - stem.length) <= 2) return true;
  return false;
}

// prefix (4, 5 or 6 letters) → lengths of the known stems that start with it; built once per knowledge base
// so a check costs one lookup instead of a scan of the whole vocabulary
const prefixIndexes = new WeakMap<Record<string, number>, Map<string, Set<number>>>();

function prefixIndexOf(stemDf: Record<string, number>): Map<string, Set<number>> {
  let index = prefixIndexes.get(stemDf);
  if (!index) {
    index = new Map();
    for (const known of Object.keys(stemDf)) {
      for (let size = 4; size <= Math.min(6, known.length); size++) {
        const prefix = known.slice(0, size);
        const lengths = index.get(prefix) ?? new Set<number>();
        lengths.add(known.length);
        index.set(prefix, lengths);
      }
    }
    prefixIndexes.set(stemDf, index);
  }
  return index;
}
