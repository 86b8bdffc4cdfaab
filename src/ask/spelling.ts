import type { KnowledgeBase } from '../knowledge-base.js';
import { isDictionaryWord } from '../nlp/wordnet.js';

/**
 * People type fast: "witkof", "zelenskiy", "protocls", "memorandom", "trmup". A question word that is neither
 * a word the articles use nor an English word (WordNet's lemmas) is most likely a misspelling of a word the
 * articles do use; the closest known stem (one edit, two for long words; a swap of two letters is one edit)
 * counts as an alternative spelling. English words the articles never use ("gdp", "senators") are left
 * alone: they are the asker's own words, and the abstention checks must see them as unknown.
 */
export function spellingVariant(kb: KnowledgeBase, word: string, wordStem: string): string | undefined {
  if (word.length < 5 || (kb.stemDf[wordStem] ?? 0) > 0 || isDictionaryWord(word)) return undefined;
  return nearestKnownStem(kb, wordStem);
}

/** The most frequent known stem within the edit limit, sharing the first letter (typos rarely hit it). */
export function nearestKnownStem(kb: KnowledgeBase, wanted: string): string | undefined {
  const limit = wanted.length >= 8 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  let bestDf = 0;
  for (const [known, df] of stemsStartingWith(kb.stemDf, wanted[0]!)) {
    if (Math.abs(known.length - wanted.length) > limit || known.length < 4) continue;
    const distance = typingDistance(known, wanted, limit);
    if (distance < bestDistance || (distance === bestDistance && df > bestDf)) {
      best = known;
      bestDistance = distance;
      bestDf = df;
    }
  }
  return bestDistance <= limit ? best : undefined;
}

const byFirstLetter = new WeakMap<Record<string, number>, Map<string, [string, number][]>>();
/** The known stems and their frequencies by first letter, in stemDf's order (ties go to the first). */
function stemsStartingWith(stemDf: Record<string, number>, letter: string): readonly [string, number][] {
  let index = byFirstLetter.get(stemDf);
  if (!index) {
    index = new Map();
    for (const entry of Object.entries(stemDf)) {
      const same = index.get(entry[0][0]!);
      if (same) same.push(entry);
      else index.set(entry[0][0]!, [entry]);
    }
    byFirstLetter.set(stemDf, index);
  }
  return index.get(letter) ?? [];
}

/**
 * Edit distance with a swap of neighbouring letters as one edit (optimal string alignment), the commonest
 * typing slip after a missed or doubled letter; gives up past `limit`.
 */
export function typingDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let value = Math.min(
        previous[j]! + 1,
        current[j - 1]! + 1,
        previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}
