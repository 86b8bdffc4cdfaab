-- Objects the engine reads back whole are `json`, not `jsonb`: json keeps their text (and key order) as
-- written, so an answer read from PostgreSQL is byte-for-byte the embedded engine's.
--
-- The knowledge and its search index, shared by every replica (issue #16, the search half).
--
-- knowledge_files holds what a knowledge folder holds (articles as Markdown with front matter, aliases.yml):
-- the source every replica builds from. The other tables are what a build derives from all of them,
-- replaced together in one transaction by whichever process builds (see src/knowledge-store/), so a
-- replica always reads one consistent generation.

CREATE TABLE knowledge_files (
  file       text PRIMARY KEY,
  content    text NOT NULL,
  sha256     text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- one row: which knowledge files the derived tables were built from, and their count of passages
CREATE TABLE knowledge_state (
  singleton  boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  source_key text NOT NULL,
  passages   integer NOT NULL,
  built_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE articles (
  id        text PRIMARY KEY,
  -- the build's order (file name order), which the answers' tie-breaks follow
  position  integer NOT NULL,
  file      text NOT NULL,
  title     text NOT NULL,
  outlet    text,
  published text NOT NULL,
  url       text,
  -- the article as the engine reads it (body, paragraphs, metadata), sentences kept in passages
  data      json NOT NULL
);

-- one passage per sentence, with the features the ranker reads and the full-text vector it is found by
CREATE TABLE passages (
  id         text PRIMARY KEY,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  position   integer NOT NULL,
  paragraph  integer NOT NULL,
  start_at   integer NOT NULL,
  end_at     integer NOT NULL,
  -- text, heading, entity names and title, as lunr indexes them (kept for reading and re-indexing)
  text       text NOT NULL,
  heading    text NOT NULL,
  entities   text NOT NULL,
  -- canonical entity names the sentence mentions
  mentions   text[] NOT NULL,
  features   jsonb NOT NULL,
  -- lunr's lexemes of each field with the field's weight label: A entities (boost 1.5), B text (1),
  -- C heading (0.3), D title (0.2); ranked with ts_rank weights {D,C,B,A} = the boosts / 1.5
  search     tsvector NOT NULL
);
CREATE INDEX passages_search ON passages USING gin (search);
CREATE INDEX passages_by_article ON passages (article_id, position);

-- in how many passages each lexeme occurs (any field): the inverse document frequency lunr weighs by
CREATE TABLE search_lexemes (
  lexeme   text PRIMARY KEY,
  passages integer NOT NULL
);

CREATE TABLE quotes (
  id         bigserial PRIMARY KEY,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  speaker    text,
  data       json NOT NULL
);
CREATE INDEX quotes_by_speaker ON quotes (speaker);

CREATE TABLE events (
  id         bigserial PRIMARY KEY,
  article_id text NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  date       text NOT NULL,
  data       json NOT NULL
);

CREATE TABLE entities (
  position integer PRIMARY KEY,
  name     text NOT NULL,
  type     text NOT NULL,
  data     json NOT NULL
);

-- folded name, alias and role variants → entity (EntityTable.forms)
CREATE TABLE entity_forms (
  position integer PRIMARY KEY,
  form     text NOT NULL,
  target   json NOT NULL
);

-- articles skipped by the build (unreadable, malformed), with the reason, for /sources
CREATE TABLE skipped_files (
  position integer PRIMARY KEY,
  file     text NOT NULL,
  reason   text NOT NULL
);
