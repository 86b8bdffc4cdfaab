import {
  createEngine,
  createPostgresEngine,
  type EngineOptions,
  type LoadedEngine,
  loadPostgres,
  removeKnowledgeFiles,
} from '../src/index.js';
import type { Config } from './config.js';

type EngineLog = NonNullable<EngineOptions['log']>;

/** For one-shot commands: the engine's progress is not theirs to print, its warnings go to stderr. */
export const quietLog: EngineLog = (message, level) => {
  if (level === 'warn') process.stderr.write(`${message}\n`);
};

/** An engine and what to release when the process is done with it (the database pool). */
export interface OpenEngine {
  engine: LoadedEngine;
  close(): Promise<void>;
}

/**
 * The engine the configuration asks for: with DATABASE_URL, PostgreSQL stores the knowledge and searches
 * it (the knowledge folder's files are added to it first); without, the embedded lunr index, as always.
 */
export async function openEngine(
  config: Pick<Config, 'knowledgeDir' | 'cacheDir' | 'databaseUrl'>,
  log: EngineLog,
): Promise<OpenEngine> {
  if (!config.databaseUrl) {
    const engine = await createEngine({ knowledgeDir: config.knowledgeDir, cacheDir: config.cacheDir, log });
    return { engine, close: async () => {} };
  }
  const database = await openDatabase(config.databaseUrl, log);
  try {
    return { engine: await database.build(config.knowledgeDir, config.cacheDir), close: database.close };
  } catch (error) {
    await database.close();
    throw error;
  }
}

/**
 * A pool on DATABASE_URL with the schema brought up to date (pending migrations applied, as every start
 * does; replicas starting together take turns), and a builder of engines over it.
 */
export async function openDatabase(url: string, log: EngineLog) {
  const { createPostgresPool, migrate } = await loadPostgres();
  const pool = createPostgresPool(url, {
    max: 4,
    onError: (error) => log(`a database connection failed: ${error.message}`, 'warn'),
  });
  try {
    await migrate(pool);
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    pool,
    // cacheDir: the per-article analyses are cached there as the embedded build caches them
    build: (knowledgeDir: string, cacheDir?: string) =>
      createPostgresEngine({ knowledgeDir, pool, log, ...(cacheDir ? { cacheDir } : {}) }),
    close: () => pool.end(),
  };
}

/**
 * After `talksbot add` or `feeds` wrote files: with DATABASE_URL, store them in the database and publish
 * the rebuilt knowledge, so every replica answers from it. Without, nothing to do (the folder is the store).
 */
export async function publishKnowledgeFolder(
  config: Pick<Config, 'knowledgeDir' | 'databaseUrl'>,
  log: EngineLog,
  removed: readonly string[] = [],
): Promise<boolean> {
  if (!config.databaseUrl) return false;
  const database = await openDatabase(config.databaseUrl, log);
  try {
    if (removed.length) await removeKnowledgeFiles(database.pool, removed);
    await database.build(config.knowledgeDir);
    return true;
  } finally {
    await database.close();
  }
}
