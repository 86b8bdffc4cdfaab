import type { Hit, QueryTerm } from './lunr-index.js';
import type { SearchIndex } from './search-index.js';
import { topHits } from './top-hits.js';

/**
 * Where /ask finds its candidate passages: the best `limit` passages for weighted words, best first. The
 * words come from the analysed question (stems, alternatives, related words, each with its weight), never
 * from the user's raw text, and every backend re-checks them before they reach its query language. The
 * ranker then reads the candidates' features; a backend only decides which passages it sees.
 */
export interface SearchBackend {
  /** a short name for logs and the bench ("embedded", "postgres") */
  readonly name: string;
  candidates(terms: QueryTerm[], limit: number): Promise<Hit[]>;
}

/** The default: the lunr index held in memory (and cached on disk), nothing to configure. */
export function embeddedSearch(index: SearchIndex): SearchBackend {
  return { name: 'embedded', candidates: async (terms, limit) => topHits(index, terms, limit) };
}
