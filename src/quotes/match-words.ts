import { editDistance } from '../nlp/entities/normalise.js';

/** Same word, allowing one typo in a word of four letters or more, two from eight. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  const limit = shorter >= 8 ? 2 : 1;
  return editDistance(a, b, limit) <= limit;
}

/**
 * How well a query's words occur, in order, in a quote's words: a local alignment (Smith–Waterman) that
 * tolerates a missing, extra or misspelt word, scaled to 1 for the whole query found verbatim.
 */
export function matchScore(query: readonly string[], quote: readonly string[]): number {
  if (query.length === 0) return 0;
  let previous = new Array<number>(quote.length + 1).fill(0);
  let best = 0;
  for (let i = 1; i <= query.length; i++) {
    const current = [0];
    for (let j = 1; j <= quote.length; j++) {
      const diagonal = previous[j - 1]! + (sameWord(query[i - 1]!, quote[j - 1]!) ? 2 : -1);
      const value = Math.max(0, diagonal, previous[j]! - 1, current[j - 1]! - 1);
      current.push(value);
      best = Math.max(best, value);
    }
    previous = current;
  }
  return best / (2 * query.length);
}
