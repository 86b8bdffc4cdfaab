import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AnswerOf, SkippedFile } from './answer.js';
import { answerQuestion } from './ask/answer-question.js';
import type { Engine, TimelineQuery } from './engine.js';
import { listArticleFiles, loadKnowledge } from './knowledge/load.js';
import {
  buildKnowledgeBase,
  type KnowledgeBase,
  loadKnowledgeBase,
  type SerialisedKnowledgeBase,
  serialiseKnowledgeBase,
} from './knowledge-base.js';
import { readAliasFile } from './nlp/entities/index.js';
import { countSpeakers, findQuotes } from './quotes/index.js';
import { cacheKey, readCache, writeCache } from './search/cache.js';
import { queryTimeline } from './timeline/index.js';

export interface EngineOptions {
  /** folder of Markdown articles */
  knowledgeDir: string;
  /** where the built index and facts are cached; omit to always build in memory */
  cacheDir?: string | undefined;
  /** where progress and warnings go; the engine never writes to stdout itself */
  log?: ((message: string) => void) | undefined;
}

export interface LoadedEngine extends Engine {
  readonly knowledge: KnowledgeBase;
  /** true when start-up loaded the cache instead of rebuilding */
  readonly fromCache: boolean;
}

/**
 * Loads the articles (from the cache when nothing changed) and returns the engine.
 *
 * @example
 * const engine = await createEngine({ knowledgeDir: 'knowledge', cacheDir: '.cache' });
 * engine.ask('Who is Russia’s foreign minister?').text; // "Russian Foreign Minister Sergey Lavrov dismissed …"
 */
export async function createEngine(options: EngineOptions): Promise<LoadedEngine> {
  const log = options.log ?? (() => {});
  const logSkipped = (skipped: SkippedFile[]) => {
    for (const file of skipped) log(`skipped ${file.file}: ${file.reason}`);
  };
  let knowledge: KnowledgeBase | undefined;
  let fromCache = false;
  // the alias file is knowledge too: editing it must rebuild the cached entities
  const aliasFile = await readAliasFile(options.knowledgeDir);
  if (options.cacheDir) {
    // the key needs only the files' bytes: parsing the articles is left to a rebuild
    const key = await cacheKey([...(await readArticleFiles(options.knowledgeDir)), aliasFile]);
    const cached = await readCache<SerialisedKnowledgeBase>(options.cacheDir, key);
    if (cached) {
      knowledge = loadKnowledgeBase(cached);
      logSkipped(knowledge.skipped);
      fromCache = true;
    }
  }
  if (!knowledge) {
    const loaded = await loadKnowledge(options.knowledgeDir);
    logSkipped(loaded.skipped);
    knowledge = buildKnowledgeBase({ ...loaded, aliases: aliasFile.entries });
    if (options.cacheDir) {
      const key = await cacheKey([...loaded.files, aliasFile]);
      await writeCache(options.cacheDir, key, serialiseKnowledgeBase(knowledge)).catch((error: unknown) =>
        log(
          `could not write the index cache (${String(error)}); answers still work, start-up is just slower`,
        ),
      );
    }
  }
  return engineOver(knowledge, fromCache);
}

/** Every article file's name and text, exactly as loadKnowledge reads them: the cache key's input. */
async function readArticleFiles(dir: string): Promise<{ file: string; content: string }[]> {
  const names = await listArticleFiles(dir);
  return Promise.all(names.map(async (file) => ({ file, content: await readFile(join(dir, file), 'utf8') })));
}

/** The engine over a knowledge base already in memory (tests and benchmarks build one directly). */
export function engineOver(knowledge: KnowledgeBase, fromCache = false): LoadedEngine {
  return {
    knowledge,
    fromCache,
    ask: (question, context) => answerQuestion(knowledge, question, context),
    whoSaid: (query) => findQuotes(knowledge.quotes, knowledge.entities, query),
    timeline: (query: TimelineQuery = {}) => queryTimeline(knowledge.events, knowledge.entities, query),
    sources: () => sourcesAnswer(knowledge),
    speakers: () => countSpeakers(knowledge.quotes),
  };
}

function sourcesAnswer(knowledge: KnowledgeBase): AnswerOf<'sources'> {
  const articles = [...knowledge.articles]
    .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id))
    .map((article) => ({
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
