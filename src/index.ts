/**
 * The engine's public surface. Adapters import from here and nowhere else in src/.
 *
 * @example
 * import { createEngine, runLine } from '../src/index.js';
 * const engine = await createEngine({ knowledgeDir: 'knowledge' });
 * const answer = await runLine(engine, '/ask Where will the allies meet on April 23?');
 * if (answer.kind === 'answer') console.log(answer.text, answer.citations[0]?.title);
 */
export * from './answer.js';
export { confidenceLabel } from './ask/confidence.js';
/**
 * The eval source of a worker thread beside the caller's file (compiled, or from source through tsx).
 * Loaded on use: it needs node:module, which the CLI's start-up snapshot must not load.
 */
export async function workerSourceOf(callerUrl: string, file: string): Promise<string> {
  return (await import('./build/worker-source.js')).workerSource(callerUrl, file);
}
export type { CommandDefinition, CommandOption } from './commands/index.js';
export { commands, findCommand, helpAnswer, isRequired, usageOf } from './commands/index.js';
export {
  MAX_LINE_LENGTH,
  MAX_QUERY_LENGTH,
  MAX_QUESTION_LENGTH,
  MAX_RAW_LINE_LENGTH,
} from './commands/options.js';
export type { RawOptions } from './commands/run-command.js';
export { parseCommandLine, runCommand, unknownCommandAnswer } from './commands/run-command.js';
export type { EngineOptions, LoadedEngine } from './create-engine.js';
export { createEngine, engineOver } from './create-engine.js';
export type {
  AskContext,
  ConversationTurn,
  Engine,
  SpeakerCount,
  TimelineQuery,
  TopicCount,
} from './engine.js';
export * from './ingest/index.js';
export type { Route } from './intent/index.js';
export { routeText } from './intent/index.js';
export { runLine } from './intent/run-line.js';
export type { Composed, NewArticle } from './knowledge/compose-article.js';
export { articleIdFor, composeArticle, deriveTitle } from './knowledge/compose-article.js';
export { contentHashOf } from './knowledge/content-hash.js';
export { newestFirst } from './knowledge/newest-first.js';
export {
  createPostgresEngine,
  type PostgresEngineOptions,
} from './knowledge-store/postgres-engine.js';
export { removeKnowledgeFiles } from './knowledge-store/postgres-knowledge.js';
export {
  createLiveEngine,
  isKnowledgeFile,
  type LiveEngine,
  type LiveEngineOptions,
  type ReloadReport,
} from './live/live-engine.js';
export { formatIsoDate } from './nlp/dates/format-date.js';
export { closeWordNet } from './nlp/wordnet.js';
export { embeddedSearch, type SearchBackend } from './search/backend.js';
export { engineVersion } from './search/cache.js';
export * from './store/index.js';
export { cleanInput } from './text/clean-input.js';
