import { type FSWatcher, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SkippedFile } from '../answer.js';
import { createEngine, type EngineOptions, type LoadedEngine } from '../create-engine.js';
import { buildEngineOffThread } from './build-off-thread.js';

export interface ReloadReport {
  articles: number;
  added: string[];
  removed: string[];
  changed: string[];
  skipped: SkippedFile[];
  ms: number;
}

export interface LiveEngine extends LoadedEngine {
  /** rebuilds from the knowledge folder off the event loop and swaps the new engine in */
  reload(): Promise<ReloadReport>;
  /** stops watching the folder */
  close(): void;
}

export interface LiveEngineOptions extends EngineOptions {
  /** watch the knowledge folder and reload on changes (debounced) */
  watch?: boolean;
  debounceMs?: number;
  /** after each reload: what changed, or why it failed (the old engine keeps answering then) */
  onReload?: (report: ReloadReport | Error) => void;
  /** build in this thread (tests of the swap itself, tiny corpora); default: a worker thread */
  inline?: boolean;
  /**
   * builds the engine instead of reading the folder here (the PostgreSQL engine, whose build stores the
   * folder in the database and whose connections cannot move to a worker thread)
   */
  build?: (() => Promise<LoadedEngine>) | undefined;
}

/** Files whose change means the knowledge changed: articles and the alias file, not temp or state files. */
export function isKnowledgeFile(name: string): boolean {
  if (name.startsWith('.')) return false;
  return (name.endsWith('.md') && !/^readme\.md$/i.test(name)) || name === 'aliases.yml';
}

/**
 * An engine that follows its knowledge folder while it runs. Every call is answered by the engine
 * current when the call starts, so a question in flight finishes on the old knowledge; a reload builds
 * in a worker thread and swaps the reference in one assignment. A malformed file is skipped and
 * reported by the build; a failed build keeps the old engine.
 *
 * @example
 * const engine = await createLiveEngine({ knowledgeDir: 'knowledge', cacheDir: '.cache', watch: true });
 * await engine.reload(); // also what `/reload` in the REPL does
 */
export async function createLiveEngine(options: LiveEngineOptions): Promise<LiveEngine> {
  const log = options.log ?? (() => {});
  let current = await (options.build ? options.build() : createEngine(options));
  let running: Promise<ReloadReport> | undefined;
  let again = false;
  // the folder as the newest build read it; a watched change that leaves it so (the event of a file an
  // explicit reload already read, an editor touching a file it did not change) needs no rebuild
  let builtFrom: string | undefined = await folderFingerprint(options.knowledgeDir);

  const buildOnce = async (): Promise<void> => {
    // taken before the build reads the folder: a write during the build makes the next check differ
    builtFrom = await folderFingerprint(options.knowledgeDir);
    current = options.build
      ? await options.build()
      : options.inline
        ? await createEngine(options)
        : await buildEngineOffThread({ knowledgeDir: options.knowledgeDir, cacheDir: options.cacheDir }, log);
  };
  const reload = (): Promise<ReloadReport> => {
    if (running) {
      // a change during a build: build once more after it, so the last change is never missed
      again = true;
      return running;
    }
    running = (async () => {
      // one report for the whole call, however many builds it took: what changed since it began
      const before = current;
      const started = performance.now();
      try {
        await buildOnce();
        while (again) {
          again = false;
          // the folder is all a local build reads: unchanged since this build began, nothing is missed
          // (a custom build, e.g. from the database, may have changed elsewhere, so it always runs again)
          if (!options.build && (await folderFingerprint(options.knowledgeDir)) === builtFrom) break;
          await buildOnce();
        }
        const report = compare(before, current, performance.now() - started);
        options.onReload?.(report);
        return report;
      } catch (error) {
        const failure = error instanceof Error ? error : new Error(String(error));
        options.onReload?.(failure);
        throw failure;
      } finally {
        running = undefined;
      }
    })();
    return running;
  };

  const reloadIfChanged = async (): Promise<void> => {
    // a build under way may already be reading this change: decide when it is done
    while (running) await running.catch(() => {});
    const now = await folderFingerprint(options.knowledgeDir);
    if (now !== undefined && now === builtFrom) return;
    await reload();
  };

  let watcher: FSWatcher | undefined;
  let timer: NodeJS.Timeout | undefined;
  if (options.watch) {
    watcher = watch(options.knowledgeDir, (_event, name) => {
      if (name && !isKnowledgeFile(name.toString())) return;
      clearTimeout(timer);
      timer = setTimeout(() => void reloadIfChanged().catch(() => {}), options.debounceMs ?? 300);
      timer.unref();
    });
    watcher.on('error', (error) => log(`stopped watching ${options.knowledgeDir}: ${String(error)}`, 'warn'));
    // watching never keeps a process alive by itself: a REPL that ends, ends
    watcher.unref();
  }
  const close = () => {
    clearTimeout(timer);
    watcher?.close();
  };

  const extras = { reload, close };
  // everything else is the current engine's, looked up at each call
  return new Proxy({} as LiveEngine, {
    get: (_target, property) =>
      property in extras ? extras[property as keyof typeof extras] : Reflect.get(current, property),
    has: (_target, property) => property in extras || property in current,
  });
}

/**
 * Names, sizes and modification times of the knowledge files: it changes whenever the knowledge can have
 * changed, without reading a file. Undefined when the folder cannot be read (then a reload decides).
 */
export async function folderFingerprint(dir: string): Promise<string | undefined> {
  try {
    const names = (await readdir(dir)).filter(isKnowledgeFile).sort();
    const parts = await Promise.all(
      names.map(async (name) => {
        const info = await stat(join(dir, name)).catch(() => undefined);
        return info ? `${name}\0${info.size}\0${info.mtimeMs}\0${info.ctimeMs}` : `${name}\0gone`;
      }),
    );
    return parts.join('\n');
  } catch {
    return undefined;
  }
}

function compare(before: LoadedEngine, after: LoadedEngine, ms: number): ReloadReport {
  const bodies = (engine: LoadedEngine) => new Map(engine.knowledge.articles.map((a) => [a.id, a.body]));
  const old = bodies(before);
  const now = bodies(after);
  return {
    articles: now.size,
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now.keys()].filter((id) => old.has(id) && old.get(id) !== now.get(id)),
    skipped: after.knowledge.skipped,
    ms: Math.round(ms),
  };
}
