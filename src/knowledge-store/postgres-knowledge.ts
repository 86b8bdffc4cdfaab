import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Quote, SkippedFile, TimelineEvent } from '../answer.js';
import { type SentenceFeatures, stemDocumentFrequencies } from '../features/sentence-features.js';
import type { KnowledgeFile } from '../knowledge/read-files.js';
import type { Article, Sentence } from '../knowledge/types.js';
import { type KnowledgeBase, withLookups } from '../knowledge-base.js';
import type { Entity, FormTarget } from '../nlp/entities/index.js';
import type { PassageDocument } from '../search/lunr-index.js';
import { buildSearchIndex } from '../search/lunr-index.js';
import { passageVector, rankWeights } from '../search/passage-vector.js';
import { SearchIndex } from '../search/search-index.js';
import { ARTICLES_CHANNEL, articlesPayload } from '../store/postgres/articles-channel.js';
import { type EventTerms, eventTerms } from '../timeline/index.js';

/**
 * The knowledge in PostgreSQL (migrations/0100_search.sql): the knowledge files every replica builds
 * from, and one generation of what a build derives from them — articles, passages with their features and
 * full-text vectors, quotes, events, entities — written in one transaction and read back whole. A publish
 * notifies the articles channel, as `talksbot add` does, so every replica reloads within seconds.
 */

const BATCH = 2_000;

/**
 * Puts a knowledge folder's files into knowledge_files: new files are added, changed ones replaced.
 * Files only in the database stay (another replica or `talksbot add` put them there).
 */
export async function storeKnowledgeFiles(
  pool: pg.Pool,
  files: readonly KnowledgeFile[],
): Promise<{ added: string[]; changed: string[] }> {
  const known = new Map(
    (await pool.query<{ file: string; sha256: string }>('SELECT file, sha256 FROM knowledge_files')).rows.map(
      (row) => [row.file, row.sha256],
    ),
  );
  const added: string[] = [];
  const changed: string[] = [];
  const writes = files.flatMap((file) => {
    const sha256 = sha256Of(file.content);
    const before = known.get(file.file);
    if (before === sha256) return [];
    (before === undefined ? added : changed).push(file.file);
    return [{ ...file, sha256 }];
  });
  for (const batch of batches(writes)) {
    await pool.query(
      `INSERT INTO knowledge_files (file, content, sha256)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (file) DO UPDATE SET content = excluded.content, sha256 = excluded.sha256, updated_at = now()`,
      [batch.map((f) => f.file), batch.map((f) => f.content), batch.map((f) => f.sha256)],
    );
  }
  return { added, changed };
}

/** Removes knowledge files from the database (`talksbot remove`); the next build leaves them out. */
export async function removeKnowledgeFiles(pool: pg.Pool, files: readonly string[]): Promise<number> {
  const result = await pool.query('DELETE FROM knowledge_files WHERE file = ANY($1::text[])', [files]);
  return result.rowCount ?? 0;
}

/** The knowledge files in the database, by name, and the key that names this set of contents. */
export async function readKnowledgeFiles(pool: pg.Pool): Promise<{ files: KnowledgeFile[]; key: string }> {
  const rows = (
    await pool.query<{ file: string; content: string; sha256: string }>(
      'SELECT file, content, sha256 FROM knowledge_files ORDER BY file COLLATE "C"',
    )
  ).rows;
  const key = sha256Of(rows.map((row) => `${row.file}\0${row.sha256}`).join('\n'));
  return { files: rows.map(({ file, content }) => ({ file, content })), key };
}

/** The source key of the generation the derived tables hold, if any. */
export async function publishedKey(pool: pg.Pool): Promise<string | undefined> {
  const row = (await pool.query<{ source_key: string }>('SELECT source_key FROM knowledge_state')).rows[0];
  return row?.source_key;
}

/**
 * Replaces the derived tables with a new build in one transaction: a replica reading meanwhile sees the
 * old generation whole (DELETE, not TRUNCATE, so readers are never blocked), then the new one.
 */
export async function publishKnowledge(
  pool: pg.Pool,
  kb: KnowledgeBase,
  passages: ReadonlyMap<string, PassageDocument>,
  key: string,
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // the postings have no foreign key (a cascade would delete them one row at a time)
    await client.query('DELETE FROM search_postings');
    for (const table of ['articles', 'search_lexemes', 'entities', 'entity_forms', 'skipped_files'])
      await client.query(`DELETE FROM ${table}`);
    await insertArticles(client, kb.articles);
    await insertPassages(client, kb, passages);
    await client.query(
      "INSERT INTO search_lexemes (lexeme, passages) SELECT word, ndoc FROM ts_stat('SELECT search FROM passages')",
    );
    await insertPostings(client);
    await insertJson(client, 'quotes', ['article_id', 'speaker'], kb.quotes, (q: Quote) => [
      q.articleId,
      q.speaker,
    ]);
    await insertEvents(client, kb.events, kb.eventTerms);
    for (const [i, batch] of batches(kb.entities.entities).entries()) {
      await client.query(
        `INSERT INTO entities (position, name, type, data)
         SELECT * FROM unnest($1::int[], $2::text[], $3::text[], $4::json[])`,
        [
          batch.map((_, j) => i * BATCH + j),
          batch.map((e) => e.name),
          batch.map((e) => e.type),
          batch.map((e) => JSON.stringify(e)),
        ],
      );
    }
    for (const [i, batch] of batches(Object.entries(kb.entities.forms)).entries()) {
      await client.query(
        'INSERT INTO entity_forms (position, form, target) SELECT * FROM unnest($1::int[], $2::text[], $3::json[])',
        [
          batch.map((_, j) => i * BATCH + j),
          batch.map(([form]) => form),
          batch.map(([, target]) => JSON.stringify(target)),
        ],
      );
    }
    for (const [i, batch] of batches(kb.skipped).entries()) {
      await client.query(
        'INSERT INTO skipped_files (position, file, reason) SELECT * FROM unnest($1::int[], $2::text[], $3::text[])',
        [batch.map((_, j) => i * BATCH + j), batch.map((s) => s.file), batch.map((s) => s.reason)],
      );
    }
    await client.query(
      `INSERT INTO knowledge_state (singleton, source_key, passages) VALUES (true, $1, $2)
       ON CONFLICT (singleton) DO UPDATE SET source_key = excluded.source_key, passages = excluded.passages, built_at = now()`,
      [key, kb.sentenceById.size],
    );
    // the one channel every replica listens on (talksbot_articles): delivered only if this commits
    await client.query('SELECT pg_notify($1, $2)', [
      ARTICLES_CHANNEL,
      articlesPayload({ ids: kb.articles.map((a) => a.id), origin: 'knowledge build' }),
    ]);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
  // the candidate query reads the postings by an index-only scan, which needs their pages marked
  // all-visible, and the planner wants the new generation's statistics: at once, not at autovacuum's pace
  await pool.query('VACUUM (ANALYZE) search_postings, passages, search_lexemes');
}

/**
 * Each lexeme's postings with its rank in the passage worked out now (ts_rank of that one lexeme, with
 * the weights the candidate query ranks by), in the index's order, so the index grows at its end.
 */
async function insertPostings(client: pg.PoolClient): Promise<void> {
  await client.query(
    `INSERT INTO search_postings (lexeme, passage, rank)
     SELECT u.lexeme, p.seq, ts_rank($1::float4[], p.search, quote_literal(u.lexeme)::tsquery)
     FROM passages p, unnest(p.search) AS u
     ORDER BY 1, 2`,
    [rankWeights()],
  );
}

async function insertArticles(client: pg.PoolClient, articles: readonly Article[]): Promise<void> {
  for (const [i, batch] of batches(articles).entries()) {
    await client.query(
      `INSERT INTO articles (id, position, file, title, outlet, published, url, data)
       SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::json[])`,
      [
        batch.map((a) => a.id),
        batch.map((_, j) => i * BATCH + j),
        batch.map((a) => a.file),
        batch.map((a) => a.title),
        batch.map((a) => a.outlet),
        batch.map((a) => a.published),
        batch.map((a) => a.url ?? null),
        // sentences are rows of their own; their text is the body's slice
        batch.map((a) => JSON.stringify({ ...a, sentences: [] })),
      ],
    );
  }
}

async function insertPassages(
  client: pg.PoolClient,
  kb: KnowledgeBase,
  passages: ReadonlyMap<string, PassageDocument>,
): Promise<void> {
  const sentences = kb.articles.flatMap((a) => a.sentences.map((s, position) => ({ s, position })));
  for (const [i, batch] of batches(sentences).entries()) {
    const docs = batch.map(({ s }) => passages.get(s.id));
    await client.query(
      `INSERT INTO passages (id, article_id, position, paragraph, start_at, end_at, text, heading, entities,
                             mentions, features, search, seq)
       SELECT id, article_id, position, paragraph, start_at, end_at, text, heading, entities,
              ARRAY(SELECT jsonb_array_elements_text(mentions)), features, search::tsvector,
              $13::int + ordinality::int
       FROM unnest($1::text[], $2::text[], $3::int[], $4::int[], $5::int[], $6::int[], $7::text[], $8::text[],
                   $9::text[], $10::jsonb[], $11::jsonb[], $12::text[]) WITH ORDINALITY
         AS u(id, article_id, position, paragraph, start_at, end_at, text, heading, entities, mentions,
              features, search, ordinality)`,
      [
        batch.map(({ s }) => s.id),
        batch.map(({ s }) => s.articleId),
        batch.map(({ position }) => position),
        batch.map(({ s }) => s.paragraph),
        batch.map(({ s }) => s.start),
        batch.map(({ s }) => s.end),
        batch.map(({ s }) => s.text),
        docs.map((d) => d?.heading ?? ''),
        docs.map((d) => d?.entities ?? ''),
        batch.map(({ s }) => JSON.stringify(kb.sentenceEntities[s.id] ?? [])),
        batch.map(({ s }) => JSON.stringify({ ...kb.features[s.id], indexInParagraph: s.indexInParagraph })),
        docs.map((d) => (d ? passageVector(d) : '')),
        // the passage's place in the build, from 1
        i * BATCH,
      ],
    );
  }
}

/** The events in the build's order, each with the terms /timeline matches topics against. */
async function insertEvents(
  client: pg.PoolClient,
  events: readonly TimelineEvent[],
  terms: readonly EventTerms[],
): Promise<void> {
  for (const [i, batch] of batches(events).entries()) {
    await client.query(
      `INSERT INTO events (article_id, date, data, terms)
       SELECT * FROM unnest($1::text[], $2::text[], $3::json[], $4::json[])`,
      [
        batch.map((e) => e.articleId),
        batch.map((e) => e.date),
        batch.map((e) => JSON.stringify(e)),
        batch.map((_, j) => JSON.stringify(terms[i * BATCH + j])),
      ],
    );
  }
}

async function insertJson<T>(
  client: pg.PoolClient,
  table: 'quotes',
  columns: [string, string],
  rows: readonly T[],
  keys: (row: T) => [string, string | null],
): Promise<void> {
  for (const batch of batches(rows)) {
    await client.query(
      `INSERT INTO ${table} (${columns.join(', ')}, data) SELECT * FROM unnest($1::text[], $2::text[], $3::json[])`,
      [batch.map((r) => keys(r)[0]), batch.map((r) => keys(r)[1]), batch.map((r) => JSON.stringify(r))],
    );
  }
}

/**
 * The published generation, whole, as the engine holds it in memory; the lunr index is left empty, since
 * PostgreSQL searches. Articles, quotes and events come back in the order the build made them, so the
 * answers' tie-breaks are the embedded backend's.
 */
export async function loadKnowledge(pool: pg.Pool): Promise<KnowledgeBase> {
  const articles = (
    await pool.query<{ data: Article }>('SELECT data FROM articles ORDER BY position')
  ).rows.map((row) => row.data);
  const byId = new Map(articles.map((a) => [a.id, a]));
  const sentenceEntities: Record<string, string[]> = {};
  const features: Record<string, SentenceFeatures> = {};
  // the same few thousand stems, kinds and names recur in every passage: one string or list each, not one
  // copy per passage (JSON gives every occurrence a string of its own)
  const intern = interner();
  // in the build's order (seq), a batch at a time: a million passages are never one result in memory
  for (let from = 0; ; from += LOAD_BATCH) {
    const batch = await pool.query<{
      id: string;
      article_id: string;
      paragraph: number;
      start_at: number;
      end_at: number;
      mentions: string[];
      features: SentenceFeatures & { indexInParagraph: number };
    }>(
      `SELECT id, article_id, paragraph, start_at, end_at, mentions, features
       FROM passages WHERE seq > $1 AND seq <= $2 ORDER BY seq`,
      [from, from + LOAD_BATCH],
    );
    if (batch.rows.length === 0) break;
    for (const row of batch.rows) {
      const article = byId.get(row.article_id)!;
      const { indexInParagraph, stems, holds, weak } = row.features;
      const sentence: Sentence = {
        id: row.id,
        articleId: row.article_id,
        paragraph: row.paragraph,
        indexInParagraph,
        start: row.start_at,
        end: row.end_at,
        text: article.body.slice(row.start_at, row.end_at),
      };
      article.sentences.push(sentence);
      sentenceEntities[row.id] = intern.list(row.mentions);
      features[row.id] = { stems: stems.map(intern.string), holds: intern.list(holds), weak };
    }
  }
  const json = async <T>(sql: string) => (await pool.query<{ data: T }>(sql)).rows.map((row) => row.data);
  const entities = await json<Entity>('SELECT data FROM entities ORDER BY position');
  const forms: Record<string, FormTarget> = {};
  for (const row of (
    await pool.query<{ form: string; target: FormTarget }>(
      'SELECT form, target FROM entity_forms ORDER BY position',
    )
  ).rows)
    forms[row.form] = row.target;
  const skipped = (
    await pool.query<SkippedFile>('SELECT file, reason FROM skipped_files ORDER BY position')
  ).rows.map((row) => ({ file: row.file, reason: row.reason }));
  const eventRows = (
    await pool.query<{ data: TimelineEvent; terms: EventTerms | null }>(
      'SELECT data, terms FROM events ORDER BY id',
    )
  ).rows;
  const events = eventRows.map((row) => row.data);
  const table = { entities, forms };
  return withLookups({
    articles,
    skipped,
    entities: table,
    sentenceEntities,
    features,
    stemDf: stemDocumentFrequencies(Object.values(features)),
    quotes: await json<Quote>('SELECT data FROM quotes ORDER BY id'),
    events,
    // what /timeline matches topics against, as the build worked it out (a generation published before
    // the terms were stored has none: they are worked out again, in the order the build made the events)
    eventTerms: eventRows.every((row) => row.terms)
      ? eventRows.map((row) => row.terms!)
      : eventTerms(events, table, articles),
    index: emptyIndex(),
  });
}

// passages read per query by a replica's start
const LOAD_BATCH = 20_000;

/** One shared copy of each string, and of each list of strings (read-only lists: nothing edits them). */
function interner() {
  const strings = new Map<string, string>();
  const lists = new Map<string, string[]>();
  const string = (value: string): string => {
    const known = strings.get(value);
    if (known !== undefined) return known;
    strings.set(value, value);
    return value;
  };
  return {
    string,
    list<T extends string>(values: T[]): T[] {
      const key = values.join('\0');
      const known = lists.get(key);
      if (known) return known as T[];
      const list = values.map(string) as T[];
      lists.set(key, list);
      return list;
    },
  };
}

let empty: SearchIndex | undefined;
/** An index with no passages: the knowledge base's slot for lunr, unused when PostgreSQL searches. */
export function emptyIndex(): SearchIndex {
  empty ??= SearchIndex.fromLunr(buildSearchIndex([]));
  return empty;
}

function sha256Of(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function batches<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}
