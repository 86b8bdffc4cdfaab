import type pg from 'pg';
import { stem } from '../nlp/stems.js';
import type { SearchBackend } from './backend.js';
import { type Hit, type QueryTerm, safeTerms } from './lunr-index.js';
import { isSafeLexeme, rankWeights } from './passage-vector.js';

/** One lexeme of a query and its boost: repeated stems add up, as in lunr's query vector. */
export interface QueryLexeme {
  lexeme: string;
  boost: number;
}

/**
 * The lexemes a query searches for: each term re-normalised into words, stemmed as lunr's search pipeline
 * stems, and kept only when it is letters and digits. Nothing else can reach PostgreSQL, and what does
 * reaches it as a bound parameter, never as query syntax (see `candidatesSql`).
 */
export function queryLexemes(terms: QueryTerm[]): QueryLexeme[] {
  const boosts = new Map<string, number>();
  for (const term of safeTerms(terms)) {
    const lexeme = stem(term.word);
    if (!isSafeLexeme(lexeme)) continue;
    boosts.set(lexeme, (boosts.get(lexeme) ?? 0) + (term.boost ?? 1));
  }
  return [...boosts].map(([lexeme, boost]) => ({ lexeme, boost }));
}

/**
 * The candidate query. $1 are the lexemes and $2 their boosts. Each lexeme becomes a tsquery of its own
 * through quote_literal (a lexeme, never an operator); the passages are those matching any of them, found
 * through the GIN index on `search`, scored as lunr scores: per lexeme its boost × its inverse document
 * frequency (lunr's formula, from search_lexemes) × ts_rank with the fields' weights.
 */
export const CANDIDATES_SQL = `
WITH n AS (SELECT coalesce((SELECT passages FROM knowledge_state), 0)::float8 AS passages),
q AS (
  SELECT u.lexeme, quote_literal(u.lexeme)::tsquery AS query,
         u.boost * ln(1 + abs((n.passages - l.passages + 0.5) / (l.passages + 0.5))) AS weight
  FROM unnest($1::text[], $2::float8[]) AS u(lexeme, boost)
  JOIN search_lexemes l ON l.lexeme = u.lexeme
  CROSS JOIN n
),
anyof AS (SELECT string_agg(quote_literal(lexeme), ' | ')::tsquery AS query FROM q)
SELECT p.id, (SELECT sum(q.weight * ts_rank($3::float4[], p.search, q.query)) FROM q) AS score
FROM passages p, anyof
WHERE p.search @@ anyof.query
ORDER BY score DESC, p.id
LIMIT $4`;

/** PostgreSQL full-text search over the passages table (migrations/0100_search.sql). */
export function postgresSearch(pool: Pick<pg.Pool, 'query'>): SearchBackend {
  const weights = rankWeights();
  return {
    name: 'postgres',
    async candidates(terms, limit) {
      const lexemes = queryLexemes(terms);
      if (lexemes.length === 0 || limit <= 0) return [];
      const result = await pool.query<{ id: string; score: number }>(CANDIDATES_SQL, [
        lexemes.map((l) => l.lexeme),
        lexemes.map((l) => l.boost),
        weights,
        limit,
      ]);
      return result.rows.map((row): Hit => ({ ref: row.id, score: Number(row.score) }));
    },
  };
}
