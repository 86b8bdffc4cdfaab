import type { AnswerOf, SkippedFile } from './answer.js';
import { answerQuestion } from './ask/answer-question.js';
import { citationFor } from './ask/citations.js';
import { analyseFiles, cacheLinks } from './build/analyse-files.js';
import type { ArticleLinks } from './build/link-article.js';
import { restoreMemo, saveMemo } from './build/memo.js';
import type { Engine, TimelineQuery, TopicCount } from './engine.js';
import { newestFirst } from './knowledge/newest-first.js';
import { readArticleFiles } from './knowledge/read-files.js';
import {
  buildKnowledgeBase,
  type KnowledgeBase,
  loadKnowledgeBase,
  type SerialisedKnowledgeBase,
  serialiseKnowledgeBase,
} from './knowledge-base.js';
import { parsedAliasFile, readAliasText, resolveEntity } from './nlp/entities/index.js';
import { countSpeakers, findQuotes } from './quotes/index.js';
import { embeddedSearch, type SearchBackend } from './search/backend.js';
import { cacheKey, pruneCache, readCache, removeOrphanedTempFiles, writeCache } from './search/cache.js';
import { queryTimeline, timelineTopics } from './timeline/index.js';

export interface EngineOptions {
  /** folder of Markdown articles */
  knowledgeDir: string;
  /** where the built index and facts are cached; omit to always build in memory */
  cacheDir?: string | undefined;
  /**
   * article files larger than this many bytes are skipped with a reason, never read (default 1 MB,
   * DEFAULT_MAX_ARTICLE_BYTES): one oversized file must not hold up start-up
   */
  maxArticleBytes?: number | undefined;
  /**
   * where progress and warnings go; the engine never writes to stdout itself. `level` is 'info' for
   * progress ("Indexing 5 articles…") and 'warn' for what someone should fix (a skipped file).
   */
  log?: ((message: string, level: LogLevel) => void) | undefined;
  /** how long a build step may run silently before progress is logged (default 1000 ms) */
  progressEveryMs?: number | undefined;
  /**
   * worker threads for the articles whose own work is not cached: 'auto' (default) uses every core when
   * there is enough new text to pay for starting them; 1 builds in this thread only
   */
  threads?: number | 'auto' | undefined;
}

export type LogLevel = 'info' | 'warn';

export interface LoadedEngine extends Engine {
  readonly knowledge: KnowledgeBase;
  /** true when start-up loaded the cache instead of rebuilding */
  readonly fromCache: boolean;
  /** where /ask finds candidate passages */
  readonly search: SearchBackend;
  /**
   * the knowledge files whose own work (parse, segmentation, compromise) this start-up did; every other
   * article's came from the cache. Empty when the whole knowledge base came from the cache.
   */
  readonly analysed: readonly string[];
  /**
   * the knowledge files whose links to the entity table (mentions, features, quotes, event keys) this
   * start-up made anew, because the new table answers what they read differently or nothing was cached;
   * every other article's were reused. Empty when the whole knowledge base came from the cache.
   */
  readonly relinked: readonly string[];
}

/**
 * Loads the articles (from the cache when nothing changed) and returns the engine. Nothing in the
 * knowledge folder or the cache can stop it: unreadable, oversized or malformed files are skipped and
 * reported (`sources().skipped`, and the log), and a cache that cannot be used is rebuilt.
 *
 * @example
 * const engine = await createEngine({ knowledgeDir: 'knowledge', cacheDir: '.cache' });
 * (await engine.ask('Who is Russia’s foreign minister?')).text; // "Russian Foreign Minister Sergey Lavrov dismissed …"
 */
export async function createEngine(options: EngineOptions): Promise<LoadedEngine> {
  const log = options.log ?? (() => {});
  const logSkipped = (skipped: SkippedFile[]) => {
    for (const file of skipped) log(`skipped ${file.file}: ${file.reason}`, 'warn');
  };
  // the alias file is knowledge too: editing it must rebuild the cached entities
  const aliasText = await readAliasText(options.knowledgeDir);
  const read = await readArticleFiles(options.knowledgeDir, options.maxArticleBytes);
  // the key needs only the files' bytes (and why any could not be read): parsing is left to a rebuild, and
  // what parsing the alias file says of it follows from its bytes
  const keyInput = [
    ...read.files,
    ...read.unreadable.map((s) => ({ file: s.file, content: `\0skipped\0${s.reason}` })),
    aliasText,
  ];
  if (options.cacheDir) {
    await removeOrphanedTempFiles(options.cacheDir);
    // a file this engine wrote for this key, unaltered (its digest matches), is loaded as it is; any other
    // is checked field by field first (the zod schema is imported only then: building it, and checking a
    // large knowledge base with it, cost a warm start more than reading the file)
    const cached = await readCache(options.cacheDir, await cacheKey(keyInput), async (data, intact) =>
      loadKnowledgeBase(
        intact
          ? (data as SerialisedKnowledgeBase)
          : (await import('./knowledge-base-schema.js')).checkSerialisedKnowledgeBase(data),
      ),
    );
    if (cached.status === 'hit') {
      logSkipped(cached.value.skipped);
      return engineOver(cached.value, true);
    }
    if (cached.status === 'unusable')
      log(`the index cache ${cached.file} ${cached.reason}: rebuilding it`, 'warn');
  }
  const aliasFile = parsedAliasFile(aliasText);
  const aliasSkipped: SkippedFile[] = aliasFile.error
    ? [
        {
          file: aliasFile.file,
          reason: `${aliasFile.error.replace(`${aliasFile.file}: `, '')}; running without aliases`,
        },
      ]
    : [];
  const memo = options.cacheDir ? await restoreMemo(options.cacheDir) : undefined;
  const progress = buildProgress(log, options.progressEveryMs ?? 1000);
  progress.start(read.files.length);
  const analysed = await analyseFiles(read, {
    cacheDir: options.cacheDir,
    threads: options.threads,
    onProgress: (done, total, file) => progress.step(`reading ${file} (article ${done} of ${total})`),
    onWarning: (message) => log(message, 'warn'),
  });
  analysed.skipped.push(...aliasSkipped);
  logSkipped(analysed.skipped);
  let linked: { links: ArticleLinks[]; reused: boolean[]; stale: boolean[] } | undefined;
  const knowledge = buildKnowledgeBase(
    { ...analysed, aliases: aliasFile.entries },
    (step) => progress.step(step),
    { onLinks: (links, reused, stale) => (linked = { links, reused, stale }) },
  );
  progress.done(knowledge);
  if (options.cacheDir && linked) {
    const failed = await cacheLinks(options.cacheDir, analysed, linked.links, linked.stale);
    if (failed) log(`could not cache each article's links (${failed}); the next build redoes them`, 'warn');
  }
  // what compromise said of single words: a lost write only makes the next build slower
  if (options.cacheDir && memo) await saveMemo(options.cacheDir, memo).catch(() => {});
  if (options.cacheDir) {
    const key = await cacheKey(keyInput);
    const written = await writeCache(options.cacheDir, key, serialiseKnowledgeBase(knowledge)).then(
      () => true,
      (error: unknown) => {
        log(
          `could not write the index cache (${String(error)}); answers still work, start-up is just slower`,
          'warn',
        );
        return false;
      },
    );
    // what no current key uses is an earlier build's: without this, .cache grows with every edit
    if (written)
      await pruneCache(options.cacheDir, {
        knowledge: [key],
        article: analysed.keys,
        links: analysed.analysisKeys,
        memo: memo ? [memo.key] : [],
      });
  }
  const relinked = analysed.analyses.flatMap((analysis, i) =>
    linked?.reused[i] ? [] : [analysis.article.file],
  );
  return engineOver(knowledge, false, undefined, analysed.analysed, relinked);
}

/**
 * Build progress for the log: one line when a build starts, then the current step whenever a step starts
 * more than `everyMs` after the last line, and the total time when the build was slow enough to report.
 */
function buildProgress(log: (message: string, level: LogLevel) => void, everyMs: number) {
  const started = performance.now();
  let lastLine = started;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  return {
    start(files: number) {
      log(`Indexing ${files} article${files === 1 ? '' : 's'}…`, 'info');
    },
    step(step: string) {
      const now = performance.now();
      if (now - lastLine < everyMs) return;
      lastLine = now;
      log(`Indexing: ${step} (${seconds(now - started)} so far)`, 'info');
    },
    done(knowledge: KnowledgeBase) {
      const elapsed = performance.now() - started;
      const sentences = knowledge.articles.reduce((n, article) => n + article.sentences.length, 0);
      log(
        `Indexed ${knowledge.articles.length} article${knowledge.articles.length === 1 ? '' : 's'} (${sentences} sentences) in ${seconds(elapsed)}`,
        'info',
      );
    },
  };
}

/** The engine over a knowledge base already in memory (tests and benchmarks build one directly). */
export function engineOver(
  knowledge: KnowledgeBase,
  fromCache = false,
  search: SearchBackend = embeddedSearch(knowledge.index),
  analysed: readonly string[] = [],
  relinked: readonly string[] = [],
): LoadedEngine {
  // the events never change within one knowledge base: counted once, on first use
  let topics: TopicCount[] | undefined;
  return {
    knowledge,
    fromCache,
    search,
    ask: (question, context) => answerQuestion(knowledge, question, context, search),
    analysed,
    relinked,
    whoSaid: async (query) => findQuotes(knowledge.quotes, knowledge.entities, query),
    timeline: async (query: TimelineQuery = {}) =>
      queryTimeline(knowledge.events, knowledge.entities, query, knowledge.timeline),
    sources: async () => sourcesAnswer(knowledge),
    speakers: async () => countSpeakers(knowledge.quotes),
    timelineTopics: async () => (topics ??= timelineTopics(knowledge.events, knowledge.entities)),
    entityType: async (name) => resolveEntity(knowledge.entities, name)?.type,
    passage: async (articleId, start, end) => passageOf(knowledge, articleId, start, end),
  };
}

function passageOf(knowledge: KnowledgeBase, articleId: string, start: number, end: number) {
  const article = knowledge.articleById.get(articleId);
  if (!article || start < 0 || end <= start || end > article.body.length) return undefined;
  return citationFor(article, start, end);
}

function sourcesAnswer(knowledge: KnowledgeBase): AnswerOf<'sources'> {
  const articles = [...knowledge.articles].sort(newestFirst).map((article) => ({
    id: article.id,
    title: article.title,
    titleDerived: article.titleDerived,
    outlet: article.outlet,
    author: article.author,
    published: article.published,
    ...(article.url ? { url: article.url } : {}),
    passages: article.sentences.length,
  }));
  return { kind: 'sources', articles, skipped: knowledge.skipped };
}
