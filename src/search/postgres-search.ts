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
 * How many postings a candidate query may read (what bounds a query's time as the archive grows: a
 * question's common words occur in half its passages). A query whose words together occur in no more
 * passages than this — every query on an archive this small — reads them all, which is exactly lunr's
 * exhaustive search; past it, see `essentialLexemes`.
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
 * The exhaustive candidate query: every passage with any of the query's lexemes, each scoring Σ weight ×
 * rank over the lexemes it has, the best $3 first (ties in the build's order, as lunr breaks them). A
 * lexeme's rank in a passage is ts_rank of that one lexeme, worked out once by the build
 * (`search_postings`, migrations/0102), so a query reads postings through an index and adds them up
 * instead of ranking every passage's vector per lexeme. $1 the lexemes (compared as text: a lexeme is a
 * value here, never query syntax), $2 their weights (from LEXEME_WEIGHTS_SQL).
 */
export const EXHAUSTIVE_SQL = `
WITH top AS (
  SELECT s.passage, sum(q.weight * s.rank) AS score
  FROM unnest($1::text[], $2::float8[]) AS q(lexeme, weight)
  JOIN search_postings s ON s.lexeme = q.lexeme
  GROUP BY s.passage
  ORDER BY score DESC, s.passage
  LIMIT $3
)
SELECT p.id, top.score FROM top JOIN passages p ON p.seq = top.passage
ORDER BY top.score DESC, top.passage`;

/**
 * The bounded candidate query (see `essentialLexemes`): the passages of the essential lexemes $3 (at most
 * $4 of their postings when the scan is capped, else all), scored first on those lexemes alone; the best
 * $5 of them are then scored on every other lexeme of the query too, with ts_rank over their vectors
 * ($7 its field weights: what the build ranked the postings with), and the best $6 returned. $1 and $2 as
 * in EXHAUSTIVE_SQL. ts_rank costs far less per passage and lexeme than an index probe into the postings.
 */
// q is MATERIALIZED: each lexeme's tsquery is parsed once per query, not once per passage scored
export const BOUNDED_SQL = `
WITH q AS MATERIALIZED (
  SELECT u.lexeme, quote_literal(u.lexeme)::tsquery AS query, u.weight
  FROM unnest($1::text[], $2::float8[]) AS u(lexeme, weight)
),
found AS (
  SELECT s.passage, sum(q.weight * s.rank) AS partial
  FROM (SELECT lexeme, passage, rank FROM search_postings WHERE lexeme = ANY($3::text[]) LIMIT $4) AS s
  JOIN q ON q.lexeme = s.lexeme
  GROUP BY s.passage
  ORDER BY partial DESC, s.passage
  LIMIT $5
)
SELECT p.id, f.partial + coalesce((
  SELECT sum(q.weight * ts_rank($7::float4[], p.search, q.query)) FROM q WHERE q.lexeme <> ALL($3::text[])
), 0) AS score
FROM found f JOIN passages p ON p.seq = f.passage
ORDER BY score DESC, f.passage
LIMIT $6`;

/**
 * How many of a bounded query's passages, the best on its essential lexemes, are scored on its other
 * lexemes too, per passage returned: the other lexemes are the common, light ones of the question, so a
 * passage far down on the heavy ones is not lifted into the top by them.
 */
export const RESCORE_PER_HIT = 10;

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
  options: { budget?: number; rescorePerHit?: number } = {},
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
      const lexemeList = weighted.map((l) => l.lexeme);
      const weightList = weighted.map((l) => l.weight);
      const exhaustive = finding.cap === null && finding.lexemes.length === weighted.length;
      const result = exhaustive
        ? await pool.query<{ id: string; score: number }>(EXHAUSTIVE_SQL, [lexemeList, weightList, limit])
        : await pool.query<{ id: string; score: number }>(BOUNDED_SQL, [
            lexemeList,
            weightList,
            finding.lexemes,
            finding.cap,
            limit * (options.rescorePerHit ?? RESCORE_PER_HIT),
            limit,
            weights,
          ]);
      return result.rows.map((row): Hit => ({ ref: row.id, score: Number(row.score) }));
    },
  };
}
