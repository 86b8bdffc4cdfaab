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
 * How many passages a candidate query may read and score (PostgreSQL computes `ts_rank` per passage and
 * query lexeme, so this is what bounds a query's time as the archive grows). A query whose words together
 * occur in no more passages than this — every query on an archive this small — reads them all, which is
 * exactly lunr's exhaustive search; past it, see `essentialLexemes`.
 */
export const CANDIDATE_BUDGET = 4000;

/**
 * Each query lexeme with what PostgreSQL knows of it: in how many passages it occurs (`df`) and its
 * weight, boost × lunr's inverse document frequency (lunr's formula, from search_lexemes). Lexemes no
 * passage has are left out; `total` is the number of passages. $1 the lexemes, $2 their boosts.
 */
export const LEXEME_WEIGHTS_SQL = `
WITH n AS (SELECT coalesce((SELECT passages FROM knowledge_state), 0)::float8 AS passages)
SELECT u.lexeme, l.passages AS df, n.passages AS total,
       u.boost * ln(1 + abs((n.passages - l.passages + 0.5) / (l.passages + 0.5))) AS weight
FROM unnest($1::text[], $2::float8[]) WITH ORDINALITY AS u(lexeme, boost, position)
JOIN search_lexemes l ON l.lexeme = u.lexeme
CROSS JOIN n
ORDER BY u.position`;

/**
 * The candidate query. $1 the lexemes and $2 their weights (from LEXEME_WEIGHTS_SQL), $3 ts_rank's field
 * weights, $4 the lexemes that find the passages, $5 how many to return, $6 at most how many passages to
 * read (null: all that match). Each lexeme becomes a tsquery of its own through quote_literal (a lexeme,
 * never an operator); the passages are those matching any lexeme of $4, found through the GIN index on
 * `search`, and each scores Σ over all the query's lexemes of weight × ts_rank, as lunr scores.
 */
// q is MATERIALIZED: each lexeme's tsquery is parsed once per query, not once per passage scored
export const CANDIDATES_SQL = `
WITH q AS MATERIALIZED (
  SELECT u.lexeme, quote_literal(u.lexeme)::tsquery AS query, u.weight
  FROM unnest($1::text[], $2::float8[]) AS u(lexeme, weight)
),
anyof AS (SELECT string_agg(quote_literal(e.lexeme), ' | ')::tsquery AS query FROM unnest($4::text[]) AS e(lexeme)),
found AS (SELECT p.id, p.search FROM passages p, anyof WHERE p.search @@ anyof.query LIMIT $6)
SELECT f.id, (SELECT sum(q.weight * ts_rank($3::float4[], f.search, q.query)) FROM q) AS score
FROM found f
ORDER BY score DESC, f.id
LIMIT $5`;

export interface WeightedLexeme {
  lexeme: string;
  /** in how many passages it occurs */
  df: number;
  weight: number;
}

/**
 * Which of a query's lexemes find the passages to score (all of them score every passage found), and
 * whether the scan must stop at the budget. While the lexemes together occur in at most `budget`
 * passages, all of them: the exact, exhaustive search. Past it, the lexemes that weigh most (a rare word
 * of the question weighs more than a common one or a loosely related one) are taken one by one, each
 * while the passages to read stay within the budget, and the common ones only add to the score of the
 * passages the others found — MaxScore's "essential terms", bounded: a passage that has none of the chosen
 * lexemes has only common words of the question, the weakest evidence. When even the rarest lexeme occurs
 * in more passages than the budget (a question of common words only), it alone finds them and the scan
 * stops at the budget.
 */
export function essentialLexemes(
  lexemes: readonly WeightedLexeme[],
  budget: number,
  passages: number,
): { lexemes: string[]; cap: number | null } {
  const total = lexemes.reduce((sum, l) => sum + l.df, 0);
  if (total <= budget || passages <= budget) return { lexemes: lexemes.map((l) => l.lexeme), cap: null };
  const chosen: string[] = [];
  let reading = 0;
  const byWeight = [...lexemes].sort(
    (a, b) => b.weight - a.weight || a.df - b.df || (a.lexeme < b.lexeme ? -1 : 1),
  );
  for (const l of byWeight) {
    if (reading + l.df > budget) continue;
    chosen.push(l.lexeme);
    reading += l.df;
  }
  if (chosen.length) return { lexemes: chosen, cap: null };
  const rarest = [...lexemes].sort((a, b) => a.df - b.df || (a.lexeme < b.lexeme ? -1 : 1))[0]!;
  return { lexemes: [rarest.lexeme], cap: budget };
}

/** PostgreSQL full-text search over the passages table (migrations/0100_search.sql). */
export function postgresSearch(
  pool: Pick<pg.Pool, 'query'>,
  options: { budget?: number } = {},
): SearchBackend {
  const weights = rankWeights();
  const budget = options.budget ?? CANDIDATE_BUDGET;
  return {
    name: 'postgres',
    async candidates(terms, limit) {
      const lexemes = queryLexemes(terms);
      if (lexemes.length === 0 || limit <= 0) return [];
      const known = await pool.query<{ lexeme: string; df: number; total: number; weight: number }>(
        LEXEME_WEIGHTS_SQL,
        [lexemes.map((l) => l.lexeme), lexemes.map((l) => l.boost)],
      );
      if (known.rows.length === 0) return [];
      const weighted = known.rows.map((row) => ({
        lexeme: row.lexeme,
        df: Number(row.df),
        weight: Number(row.weight),
      }));
      const finding = essentialLexemes(weighted, budget, Number(known.rows[0]!.total));
      const result = await pool.query<{ id: string; score: number }>(CANDIDATES_SQL, [
        weighted.map((l) => l.lexeme),
        weighted.map((l) => l.weight),
        weights,
        finding.lexemes,
        limit,
        finding.cap,
      ]);
      return result.rows.map((row): Hit => ({ ref: row.id, score: Number(row.score) }));
    },
  };
}
