import { Worker } from 'node:worker_threads';
import { workerSource } from '../build/worker-source.js';
import { createEngine, engineOver, type LoadedEngine, type LogLevel } from '../create-engine.js';
import { loadKnowledgeBase } from '../knowledge-base.js';
import type { BuildReply, BuildRequest } from './build-worker.js';

/**
 * Builds the engine for the knowledge folder in a worker thread and resolves with it; the event loop
 * stays free for the questions the current engine is answering.
 */
export function buildEngineOffThread(
  request: BuildRequest,
  log: (message: string, level: LogLevel) => void,
): Promise<LoadedEngine> {
  return new Promise<BuildReply>((resolve, reject) => {
    const worker = new Worker(workerSource(import.meta.url, 'build-worker'), {
      eval: true,
      workerData: request,
    });
    let replied = false;
    worker.once('message', (reply: BuildReply) => {
      replied = true;
      resolve(reply);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (!replied) reject(new Error(`the build worker stopped (exit code ${code}) before it finished`));
    });
  }).then(async (reply) => {
    if (!reply.ok) throw new Error(reply.error);
    for (const { message, level } of reply.warnings) log(message, level);
    if (reply.serialised)
      return engineOver(loadKnowledgeBase(reply.serialised), false, undefined, reply.analysed);
    // the worker wrote the cache: loading it here is a fraction of the build (and rebuilds if it vanished)
    const engine = await createEngine({ knowledgeDir: request.knowledgeDir, cacheDir: request.cacheDir });
    return engine.fromCache ? { ...engine, analysed: reply.analysed } : engine;
  });
}
