import { createHash } from 'node:crypto';
import type pg from 'pg';
import type { Quote, SkippedFile, TimelineEvent } from '../answer.js';
import { passageOf } from '../build/link-article.js';
import { type SentenceFeatures, stemDocumentFrequencies } from '../features/sentence-features.js';
import type { KnowledgeFile } from '../knowledge/read-files.js';
import type { Article, Sentence } from '../knowledge/types.js';
import { type KnowledgeBase, type LinkedArticle, withLookups } from '../knowledge-base.js';
import type { Entity, EntityTable, FormTarget } from '../nlp/entities/index.js';
import { buildSearchIndex, FIELD_BOOSTS } from '../search/lunr-index.js';
import { FIELD_LABELS, passageVector, rankWeights } from '../search/passage-vector.js';
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
  for (const batch of chunks(writes, BATCH)) {
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

/**
 * The knowledge files in the database by name (in the build's order) and the key that names this set of
 * contents as this engine indexes it; their text is read a batch at a time (`readKnowledgeContents`), so
 * an archive's files are never all in memory at once.
 */
export async function knowledgeFileNames(
  pool: pg.Pool,
  index: string = indexSettings(),
): Promise<{ files: string[]; key: string }> {
  const rows = (
    await pool.query<{ file: string; sha256: string }>(
      'SELECT file, sha256 FROM knowledge_files ORDER BY file COLLATE "C"',
    )
  ).rows;
  const key = sha256Of([index, ...rows.map((row) => `${row.file}\0${row.sha256}`)].join('\n'));
  return { files: rows.map((row) => row.file), key };
}

// bumped when what a generation stores per passage changes shape (its vector, its postings)
const GENERATION_FORMAT = 1;

/**
 * What the stored vectors and postings depend on besides the files: the fields' boosts (each posting's
 * rank is worked out with them) and the generation's format. Part of the build's key, so a generation
 * built with other boosts is rebuilt rather than served with stale ranks. Not the whole engine version:
 * replicas of two versions side by side in a rolling deploy would then rebuild in turn, each undoing the
 * other's generation, for as long as both run.
 */
export function indexSettings(): string {
  return JSON.stringify({ format: GENERATION_FORMAT, boosts: FIELD_BOOSTS, labels: FIELD_LABELS });
}

/** The text of the named knowledge files, in the order named (a file no longer stored is left out). */
export async function readKnowledgeContents(
  pool: Pick<pg.Pool, 'query'>,
  files: readonly string[],
): Promise<KnowledgeFile[]> {
  const rows = (
    await pool.query<{ file: string; content: string }>(
      'SELECT file, content FROM knowledge_files WHERE file = ANY($1::text[])',
      [files],
    )
  ).rows;
  const byName = new Map(rows.map((row) => [row.file, row.content]));
  return files.flatMap((file) => {
    const content = byName.get(file);
    return content === undefined ? [] : [{ file, content }];
  });
}

/** The source key of the generation the derived tables hold, if any. */
export async function publishedKey(pool: pg.Pool): Promise<string | undefined> {
  const row = (await pool.query<{ source_key: string }>('SELECT source_key FROM knowledge_state')).rows[0];
  return row?.source_key;
}

/** What a generation holds besides its articles' rows, known once every article is linked. */
export interface GenerationSummary {
  /** the knowledge files' key (knowledgeFileNames) */
  key: string;
  entities: EntityTable;
  events: readonly TimelineEvent[];
  eventTerms: readonly EventTerms[];
  skipped: readonly SkippedFile[];
}

/**
 * A new generation of the derived tables, written in one transaction as the build goes: the old one is
 * deleted first (DELETE, not TRUNCATE, so readers are never blocked: a replica reading meanwhile sees the
 * old generation whole until `publish` commits), then each batch of linked articles is written as it is
 * made (`write`), and the corpus-wide rest at the end, when the search postings are worked out from the
 * stored passages in one statement. A publish notifies the articles channel, so every replica reloads.
 */
export class GenerationWriter {
  private articles = 0;
  private passages = 0;
  private readonly ids: string[] = [];

  private constructor(private readonly client: pg.PoolClient) {}

  static async begin(pool: pg.Pool): Promise<GenerationWriter> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      // the postings have no foreign key (a cascade would delete them one row at a time)
      await client.query('DELETE FROM search_postings');
      for (const table of ['articles', 'search_lexemes', 'entities', 'entity_forms', 'skipped_files'])
        await client.query(`DELETE FROM ${table}`);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      client.release();
      throw error;
    }
    return new GenerationWriter(client);
  }

  /** Writes a batch of linked articles, in the build's order: the articles, their passages and quotes. */
  async write(batch: readonly LinkedArticle[]): Promise<void> {
    for (const part of chunks(batch, BATCH)) await insertArticles(this.client, part, this.articles);
    this.articles += batch.length;
    for (const { article } of batch) if (this.ids.length <= ARTICLE_IDS_NOTIFIED) this.ids.push(article.id);
    const passages = batch.flatMap(({ article, links }) =>
      article.sentences.map((sentence, position) => ({ article, links, sentence, position })),
    );
    for (const part of chunks(passages, BATCH)) {
      await insertPassages(this.client, part, this.passages);
      this.passages += part.length;
    }
    const quotes = batch.flatMap(({ links }) => links.quotes);
    for (const part of chunks(quotes, BATCH))
      await this.client.query(
        'INSERT INTO quotes (article_id, speaker, data) SELECT * FROM unnest($1::text[], $2::text[], $3::json[])',
        [part.map((q) => q.articleId), part.map((q) => q.speaker), part.map((q) => JSON.stringify(q))],
      );
  }

  /**
   * Writes the corpus-wide rest — the lexemes' document frequencies and the postings, worked out from the
   * stored passages; the events, entities and skipped files — and commits the generation.
   */
  async publish(summary: GenerationSummary, onStep: (step: string) => void = () => {}): Promise<void> {
    const client = this.client;
    try {
      onStep('document frequencies');
      await client.query(
        "INSERT INTO search_lexemes (lexeme, passages) SELECT word, ndoc FROM ts_stat('SELECT search FROM passages')",
      );
      onStep('search postings');
      await insertPostings(client);
      onStep('events, entities');
      await insertEvents(client, summary.events, summary.eventTerms);
      for (const [i, batch] of chunks(summary.entities.entities, BATCH).entries()) {
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
      for (const [i, batch] of chunks(Object.entries(summary.entities.forms), BATCH).entries()) {
        await client.query(
          'INSERT INTO entity_forms (position, form, target) SELECT * FROM unnest($1::int[], $2::text[], $3::json[])',
          [
            batch.map((_, j) => i * BATCH + j),
            batch.map(([form]) => form),
            batch.map(([, target]) => JSON.stringify(target)),
          ],
        );
      }
      for (const [i, batch] of chunks(summary.skipped, BATCH).entries()) {
        await client.query(
          'INSERT INTO skipped_files (position, file, reason) SELECT * FROM unnest($1::int[], $2::text[], $3::text[])',
          [batch.map((_, j) => i * BATCH + j), batch.map((s) => s.file), batch.map((s) => s.reason)],
        );
      }
      await client.query(
        `INSERT INTO knowledge_state (singleton, source_key, passages) VALUES (true, $1, $2)
         ON CONFLICT (singleton) DO UPDATE SET source_key = excluded.source_key, passages = excluded.passages, built_at = now()`,
        [summary.key, this.passages],
      );
      // the one channel every replica listens on (talksbot_articles): delivered only if this commits
      await client.query('SELECT pg_notify($1, $2)', [
        ARTICLES_CHANNEL,
        articlesPayload({
          ids: this.ids.length <= ARTICLE_IDS_NOTIFIED ? this.ids : [],
          origin: 'knowledge build',
        }),
      ]);
      onStep('commit');
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /** Drops the generation being written: the old one stays published. */
  async abort(): Promise<void> {
    await this.client.query('ROLLBACK').catch(() => {});
    this.client.release();
  }
}

// articlesPayload names the ids only when there are few; past that the writer stops collecting them
const ARTICLE_IDS_NOTIFIED = 200;

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

/** A batch of articles; `before` is how many the generation has already, so positions run on. */
async function insertArticles(
  client: pg.PoolClient,
  batch: readonly LinkedArticle[],
  before: number,
): Promise<void> {
  await client.query(
    `INSERT INTO articles (id, position, file, title, outlet, published, url, data)
     SELECT * FROM unnest($1::text[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::json[])`,
    [
      batch.map(({ article }) => article.id),
      batch.map((_, j) => before + j),
      batch.map(({ article }) => article.file),
      batch.map(({ article }) => article.title),
      batch.map(({ article }) => article.outlet),
      batch.map(({ article }) => article.published),
      batch.map(({ article }) => article.url ?? null),
      // sentences are rows of their own; their text is the body's slice
      batch.map(({ article }) => JSON.stringify({ ...article, sentences: [] })),
    ],
  );
}

interface PassageRow {
  article: Article;
  links: LinkedArticle['links'];
  sentence: Sentence;
  /** the sentence's place in its article */
  position: number;
}

/** A batch of passages; `before` is how many the generation has already (seq runs on from it). */
async function insertPassages(
  client: pg.PoolClient,
  batch: readonly PassageRow[],
  before: number,
): Promise<void> {
  const docs = batch.map(({ article, links, sentence, position }) =>
    passageOf(article, sentence, links.named[position]!),
  );
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
      batch.map(({ sentence }) => sentence.id),
      batch.map(({ sentence }) => sentence.articleId),
      batch.map(({ position }) => position),
      batch.map(({ sentence }) => sentence.paragraph),
      batch.map(({ sentence }) => sentence.start),
      batch.map(({ sentence }) => sentence.end),
      batch.map(({ sentence }) => sentence.text),
      docs.map((d) => d.heading),
      docs.map((d) => d.entities),
      batch.map(({ links, position }) => JSON.stringify(links.explicit[position] ?? [])),
      batch.map(({ links, sentence, position }) =>
        JSON.stringify({ ...links.features[position], indexInParagraph: sentence.indexInParagraph }),
      ),
      docs.map((d) => passageVector(d)),
      // the passage's place in the build, from 1
      before,
    ],
  );
}

/** The events in the build's order, each with the terms /timeline matches topics against. */
async function insertEvents(
  client: pg.PoolClient,
  events: readonly TimelineEvent[],
  terms: readonly EventTerms[],
): Promise<void> {
  for (const [i, batch] of chunks(events, BATCH).entries()) {
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

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
