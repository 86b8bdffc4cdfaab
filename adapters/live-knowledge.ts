import { createLiveEngine, type LiveEngine, type ReloadReport } from '../src/index.js';
import type { Config } from './config.js';
import { openDatabase } from './knowledge-backend.js';
import type { Logger } from './logger.js';

/** One line about a reload: what changed and what was skipped, for the log and the REPL's /reload. */
export function describeReload(report: ReloadReport): string {
  const changes = [
    report.added.length ? `added ${report.added.join(', ')}` : '',
    report.changed.length ? `changed ${report.changed.join(', ')}` : '',
    report.removed.length ? `removed ${report.removed.join(', ')}` : '',
  ].filter(Boolean);
  const skipped = report.skipped.map((file) => `; skipped ${file.file}: ${file.reason}`).join('');
  return `knowledge reloaded in ${(report.ms / 1000).toFixed(1)} s: ${report.articles} articles${changes.length ? ` (${changes.join('; ')})` : ', nothing changed'}${skipped}`;
}

/**
 * The engine a long-running bot or REPL uses: it watches the knowledge folder and swaps in a rebuilt
 * knowledge base when an article is added, changed or removed. A failed rebuild is logged and the previous
 * knowledge keeps answering.
 */
export async function startLiveEngine(
  config: Pick<Config, 'knowledgeDir' | 'cacheDir' | 'databaseUrl'>,
  log: Logger,
  engineLog: (message: string, level: 'info' | 'warn') => void,
): Promise<LiveEngine & { shutdown(): Promise<void> }> {
  // with DATABASE_URL every reload stores the folder's changes in the database and rebuilds from it
  const database = config.databaseUrl ? await openDatabase(config.databaseUrl, engineLog) : undefined;
  const live = await createLiveEngine({
    knowledgeDir: config.knowledgeDir,
    cacheDir: config.cacheDir,
    log: engineLog,
    build: database && (() => database.build(config.knowledgeDir, config.cacheDir)),
    watch: true,
    onReload: (report) => {
      if (report instanceof Error)
        log.warn(`reloading the knowledge failed, still answering from the previous one: ${report.message}`);
      else log.info(describeReload(report));
    },
  });
  // stops watching and ends the database pool: its idle connections would keep the process alive
  const shutdown = async () => {
    live.close();
    await database?.close().catch(() => undefined);
  };
  // the live engine is a proxy over whichever engine is current: add to it the same way
  return new Proxy(live as LiveEngine & { shutdown(): Promise<void> }, {
    get: (target, property) => (property === 'shutdown' ? shutdown : Reflect.get(target, property)),
    has: (target, property) => property === 'shutdown' || Reflect.has(target, property),
  });
}
