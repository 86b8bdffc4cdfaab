import type pg from 'pg';
import type { SkippedFile } from '../answer.js';
import { analyseFiles } from '../build/analyse-files.js';
import { type EngineOptions, engineOver, type LoadedEngine } from '../create-engine.js';
import { type KnowledgeFile, readArticleFiles } from '../knowledge/read-files.js';
import { buildKnowledgeBase } from '../knowledge-base.js';
import { ALIAS_FILE, type AliasEntry, parseAliasFile, readAliasFile } from '../nlp/entities/index.js';
import type { PassageDocument } from '../search/lunr-index.js';
import { postgresSearch } from '../search/postgres-search.js';
import {
  loadKnowledge,
  publishedKey,
  publishKnowledge,
  readKnowledgeFiles,
  storeKnowledgeFiles,
} from './postgres-knowledge.js';

export interface PostgresEngineOptions extends EngineOptions {
  /** a pool on DATABASE_URL, migrated (`talksbot db migrate`); the caller owns it and ends it */
  pool: pg.Pool;
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
  const read = await readArticleFiles(options.knowledgeDir, options.maxArticleBytes);
  const alias = await readAliasFile(options.knowledgeDir);
  const local: KnowledgeFile[] = [...read.files];
  // an unreadable alias file is reported by the build from what is stored, not copied in
  if (alias.content && !alias.content.startsWith('\0'))
    local.push({ file: ALIAS_FILE, content: alias.content });
  const stored = await storeKnowledgeFiles(pool, local);
  if (stored.added.length || stored.changed.length)
    log(`stored ${stored.added.length} new and ${stored.changed.length} changed knowledge files`, 'info');

  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [BUILD_LOCK]);
    try {
      const { files, key } = await readKnowledgeFiles(pool);
      if ((await publishedKey(pool)) === key) {
        const knowledge = await loadKnowledge(pool);
        log(`Loaded ${knowledge.articles.length} articles from PostgreSQL`, 'info');
        return engineOver(knowledge, true, postgresSearch(pool));
      }
      const started = performance.now();
      const articleFiles = files.filter((f) => f.file !== ALIAS_FILE);
      log(`Indexing ${articleFiles.length} articles into PostgreSQL…`, 'info');
      const { aliases, skipped } = aliasesOf(files.find((f) => f.file === ALIAS_FILE));
      // each article's own work comes from the per-article cache when it is there (the embedded build's,
      // or this process's last build): a rebuild after one added article analyses that article only
      const loaded = await analyseFiles(
        { files: articleFiles, unreadable: read.unreadable },
        { cacheDir: options.cacheDir, threads: options.threads },
      );
      loaded.skipped.push(...skipped);
      for (const file of loaded.skipped) log(`skipped ${file.file}: ${file.reason}`, 'warn');
      const passages = new Map<string, PassageDocument>();
      const knowledge = buildKnowledgeBase({ ...loaded, aliases }, undefined, {
        searchIndex: false,
        onPassage: (passage) => passages.set(passage.id, passage),
      });
      await publishKnowledge(pool, knowledge, passages, key);
      log(
        `Indexed ${knowledge.articles.length} articles (${passages.size} passages) into PostgreSQL in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        'info',
      );
      return engineOver(knowledge, false, postgresSearch(pool));
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [BUILD_LOCK]);
    }
  } finally {
    client.release();
  }
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
