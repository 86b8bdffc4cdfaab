import type pg from 'pg';
import type { SkippedFile } from '../answer.js';
import { type EngineOptions, engineOver, type LoadedEngine } from '../create-engine.js';
import { type KnowledgeFile, readArticleFiles } from '../knowledge/read-files.js';
import { ALIAS_FILE, type AliasEntry, parseAliasFile, readAliasFile } from '../nlp/entities/index.js';
import { postgresSearch } from '../search/postgres-search.js';
import { ingestKnowledge } from './postgres-ingest.js';
import {
  knowledgeFileNames,
  loadKnowledge,
  publishedKey,
  readKnowledgeContents,
  storeKnowledgeFiles,
} from './postgres-knowledge.js';

export interface PostgresEngineOptions extends EngineOptions {
  /** a pool on DATABASE_URL, migrated (`talksbot db migrate`); the caller owns it and ends it */
  pool: pg.Pool;
  /** articles analysed, linked and written per batch of a build (postgres-ingest.ts); default 1,000 */
  batchArticles?: number | undefined;
}

// pg_advisory_lock key of a build: replicas that start together build once, the others then load it
const BUILD_LOCK = 7_246_200;

/**
 * The engine with PostgreSQL as its store and search: the knowledge folder's files are added to the
 * database (files already there from other replicas stay), and when the files changed since the last
 * build, this process rebuilds from all of them and publishes the result; otherwise it loads the published
 * build. /ask finds candidates with PostgreSQL full-text search; the ranking is the embedded engine's.
 *
 * @example
 * const engine = await createPostgresEngine({ knowledgeDir: 'knowledge', pool });
 * (await engine.ask('Who is Russia’s foreign minister?')).text;
 */
export async function createPostgresEngine(options: PostgresEngineOptions): Promise<LoadedEngine> {
  const { pool } = options;
  const log = options.log ?? (() => {});
  const unreadable = await storeFolder(pool, options, log);

  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [BUILD_LOCK]);
    try {
      const { files, key } = await knowledgeFileNames(pool);
      if ((await publishedKey(pool)) === key) {
        const knowledge = await loadKnowledge(pool);
        log(`Loaded ${knowledge.articles.length} articles from PostgreSQL`, 'info');
        return engineOver(knowledge, true, postgresSearch(pool));
      }
      const started = performance.now();
      const articleFiles = files.filter((file) => file !== ALIAS_FILE);
      log(`Indexing ${articleFiles.length} articles into PostgreSQL…`, 'info');
      const aliasFile = files.includes(ALIAS_FILE)
        ? (await readKnowledgeContents(pool, [ALIAS_FILE]))[0]
        : undefined;
      const { aliases, skipped: aliasSkipped } = aliasesOf(aliasFile);
      // each article's own work comes from the per-article cache when it is there (the embedded build's,
      // or this process's last build): a rebuild after one added article analyses that article only
      const progress = stepLog(log, options.progressEveryMs ?? 10_000, started);
      const ingested = await ingestKnowledge(
        pool,
        { files: articleFiles, key, aliases, unreadable, aliasSkipped },
        {
          cacheDir: options.cacheDir,
          threads: options.threads,
          batchArticles: options.batchArticles,
          onStep: progress,
        },
      );
      for (const file of ingested.skipped) log(`skipped ${file.file}: ${file.reason}`, 'warn');
      // the search postings are read by an index-only scan, which needs their pages marked all-visible,
      // and the planner wants the new generation's statistics: at once, not at autovacuum's pace
      progress('vacuum');
      await pool.query('VACUUM (ANALYZE) search_postings, passages, search_lexemes');
      log(
        `Indexed ${ingested.articles} articles (${ingested.passages} passages) into PostgreSQL in ${seconds(started)} s`,
        'info',
      );
      // what every replica serves, read back as they read it: the build's own rows and links are gone by
      // now, so an archive's ingest never holds them and the knowledge both at once
      const knowledge = await loadKnowledge(pool);
      return engineOver(knowledge, false, postgresSearch(pool));
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [BUILD_LOCK]);
    }
  } finally {
    client.release();
  }
}

/**
 * Adds the knowledge folder's files to the database (files already there from other replicas stay);
 * returns the folder's unreadable files, which the build lists as skipped. The folder's text is not kept.
 */
async function storeFolder(
  pool: pg.Pool,
  options: PostgresEngineOptions,
  log: NonNullable<EngineOptions['log']>,
): Promise<SkippedFile[]> {
  const read = await readArticleFiles(options.knowledgeDir, options.maxArticleBytes);
  const alias = await readAliasFile(options.knowledgeDir);
  const local: KnowledgeFile[] = [...read.files];
  // an unreadable alias file is reported by the build from what is stored, not copied in
  if (alias.content && !alias.content.startsWith('\0'))
    local.push({ file: ALIAS_FILE, content: alias.content });
  const stored = await storeKnowledgeFiles(pool, local);
  if (stored.added.length || stored.changed.length)
    log(`stored ${stored.added.length} new and ${stored.changed.length} changed knowledge files`, 'info');
  return read.unreadable;
}

const seconds = (since: number) => ((performance.now() - since) / 1000).toFixed(1);

/** Logs a long ingest's steps, at most one line per `everyMs`, with the time and the heap in use. */
function stepLog(log: NonNullable<EngineOptions['log']>, everyMs: number, started: number) {
  let last = Number.NEGATIVE_INFINITY;
  return (step: string) => {
    const now = performance.now();
    if (now - last < everyMs) return;
    last = now;
    const heap = Math.round(process.memoryUsage().heapUsed / 1024 ** 2);
    log(`indexing: ${step} (${seconds(started)} s, heap ${heap} MB)`, 'info');
  };
}

function aliasesOf(file: KnowledgeFile | undefined): { aliases: AliasEntry[]; skipped: SkippedFile[] } {
  if (!file) return { aliases: [], skipped: [] };
  try {
    return { aliases: parseAliasFile(file.content), skipped: [] };
  } catch (error) {
    const reason = (error as Error).message.replace(`${ALIAS_FILE}: `, '');
    return { aliases: [], skipped: [{ file: ALIAS_FILE, reason: `${reason}; running without aliases` }] };
  }
}
