import type { AnswerOf } from './answer.js';
import { answerQuestion } from './ask/answer-question.js';
import { isRequired, usageOf } from './commands/define-command.js';
import { commands } from './commands/index.js';
import type { Engine, TimelineQuery } from './engine.js';
import { loadKnowledge } from './knowledge/load.js';
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
  const loaded = await loadKnowledge(options.knowledgeDir);
  for (const skipped of loaded.skipped) log(`skipped ${skipped.file}: ${skipped.reason}`);
  let knowledge: KnowledgeBase | undefined;
  let fromCache = false;
  // the alias file is knowledge too: editing it must rebuild the cached entities
  const aliasFile = await readAliasFile(options.knowledgeDir);
  const key = options.cacheDir ? await cacheKey([...loaded.files, aliasFile]) : '';
  if (options.cacheDir) {
    const cached = await readCache<SerialisedKnowledgeBase>(options.cacheDir, key);
    if (cached) {
      knowledge = loadKnowledgeBase(cached);
      fromCache = true;
    }
  }
  if (!knowledge) {
    knowledge = buildKnowledgeBase({ ...loaded, aliases: aliasFile.entries });
    if (options.cacheDir) {
      await writeCache(options.cacheDir, key, serialiseKnowledgeBase(knowledge)).catch((error: unknown) =>
        log(
          `could not write the index cache (${String(error)}); answers still work, start-up is just slower`,
        ),
      );
    }
  }
  return engineOver(knowledge, fromCache);
}

/** The engine over a knowledge base already in memory (tests and benchmarks build one directly). */
export function engineOver(knowledge: KnowledgeBase, fromCache = false): LoadedEngine {
  return {
    knowledge,
    fromCache,
    ask: (question) => answerQuestion(knowledge, question),
    whoSaid: (query) => findQuotes(knowledge.quotes, knowledge.entities, query),
    timeline: (query: TimelineQuery = {}) => queryTimeline(knowledge.events, knowledge.entities, query),
    sources: () => sourcesAnswer(knowledge),
    help: () => helpAnswer(),
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

function helpAnswer(): AnswerOf<'help'> {
  return {
    kind: 'help',
    commands: commands.map((command) => ({
      name: command.name,
      description: command.description,
      usage: usageOf(command),
      example: command.example,
      available: command.available,
      options: Object.entries(command.options).map(([name, option]) => ({
        name,
        description: option.description,
        required: isRequired(option),
      })),
    })),
  };
}
