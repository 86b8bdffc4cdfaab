import type { Article } from '../../src/knowledge/types.js';
import { STOP_WORDS } from '../../src/nlp/stop-words.js';

/**
 * The baseline every figure is compared with: no index. Start-up splits each sentence into lowercase
 * words once; each query then scans every word of every sentence, scores a sentence by how many distinct
 * query words it contains, and keeps the best `limit`. Cost per query: one pass over the corpus.
 */
export interface BaselineHit {
  id: string;
  score: number;
}

const WORD_SPLIT = /[^\p{L}\p{N}]+/u;

export interface Baseline {
  search(query: string, limit?: number): BaselineHit[];
}

export function bruteForce(articles: Article[]): Baseline {
  const sentences = articles.flatMap((a) =>
    a.sentences.map((s) => ({ id: s.id, words: s.text.toLowerCase().split(WORD_SPLIT) })),
  );
  return {
    search(query, limit = 60) {
      const terms = new Set(
        query
          .toLowerCase()
          .split(WORD_SPLIT)
          .filter((w) => w.length > 1 && !STOP_WORDS.has(w)),
      );
      const hits: BaselineHit[] = [];
      if (terms.size === 0) return hits;
      const seen = new Set<string>();
      for (const sentence of sentences) {
        seen.clear();
        for (const word of sentence.words) if (terms.has(word)) seen.add(word);
        if (seen.size > 0) hits.push({ id: sentence.id, score: seen.size });
      }
      return hits.sort((a, b) => b.score - a.score).slice(0, limit);
    },
  };
}
