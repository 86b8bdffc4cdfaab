import { parentPort, workerData } from 'node:worker_threads';
import { createEngine, type LogLevel } from '../create-engine.js';
import { serialiseKnowledgeBase } from '../knowledge-base.js';

/**
 * Builds a knowledge base in a worker thread, so a running bot keeps answering while it builds. With a
 * cache folder the result is written there (the main thread then loads it in a fraction of the build's
 * time); without one it is sent back whole.
 */
export interface BuildRequest {
  knowledgeDir: string;
  cacheDir?: string | undefined;
}

export type BuildReply =
  | {
      ok: true;
      cached: boolean;
      /** the files whose own work the build did (the others' came from the cache) */
      analysed: readonly string[];
      serialised?: ReturnType<typeof serialiseKnowledgeBase>;
      warnings: { message: string; level: LogLevel }[];
    }
  | { ok: false; error: string };

const request = workerData as BuildRequest;
const warnings: { message: string; level: LogLevel }[] = [];
createEngine({
  knowledgeDir: request.knowledgeDir,
  cacheDir: request.cacheDir,
  log: (message, level) => warnings.push({ message, level }),
})
  .then((engine) => {
    const reply: BuildReply = request.cacheDir
      ? { ok: true, cached: true, analysed: engine.analysed, warnings }
      : {
          ok: true,
          cached: false,
          analysed: engine.analysed,
          serialised: serialiseKnowledgeBase(engine.knowledge),
          warnings,
        };
    parentPort?.postMessage(reply);
  })
  .catch((error: unknown) => {
    parentPort?.postMessage({ ok: false, error: error instanceof Error ? error.message : String(error) });
  });
