-- Each lexeme's postings with its rank precomputed (issue #16): a query adds up the ranks of its lexemes'
-- postings, read through an index, instead of ranking every candidate passage's tsvector once per query
-- lexeme at query time (at 100k passages that was most of /ask's time).
--
-- passages.seq is the passage's place in the build (articles in their order, sentences in theirs): the
-- postings' small key, and the tie-break of equal scores, as lunr breaks ties by its documents' order.
ALTER TABLE passages ADD COLUMN seq integer;
UPDATE passages p SET seq = o.seq
FROM (
  SELECT p.id, row_number() OVER (ORDER BY a.position, p.position) AS seq
  FROM passages p JOIN articles a ON a.id = p.article_id
) AS o
WHERE o.id = p.id;
ALTER TABLE passages ALTER COLUMN seq SET NOT NULL;
CREATE UNIQUE INDEX passages_by_seq ON passages (seq);

-- rank: ts_rank of that one lexeme in the passage's vector with the field weights {D,C,B,A} = lunr's
-- boosts / 1.5 (src/search/passage-vector.ts rankWeights), which the build passes when it writes them.
-- No foreign key: a build deletes the postings itself, at once, before the passages.
CREATE TABLE search_postings (
  lexeme  text NOT NULL,
  passage integer NOT NULL,
  rank    real NOT NULL,
  PRIMARY KEY (lexeme, passage) INCLUDE (rank)
);
INSERT INTO search_postings (lexeme, passage, rank)
SELECT u.lexeme, p.seq,
       ts_rank('{0.13333333333333333,0.19999999999999998,0.6666666666666666,1}'::float4[], p.search,
               quote_literal(u.lexeme)::tsquery)
FROM passages p, unnest(p.search) AS u
ORDER BY 1, 2;

-- the GIN index found the candidates before; the postings do now
DROP INDEX passages_search;
