import { Worker } from 'node:worker_threads';
import { type Engine, type ReloadReport, workerSourceOf } from '../src/index.js';
import { type Config, ConfigError } from './config.js';
import type { Logger, LogLevel } from './logger.js';

/**
 * The engine of a chat process in a worker thread of its own, at a lower OS priority (ENGINE_NICE).
 * The main thread then only acknowledges requests and talks to Slack, Discord and the database: an
 * answer's parsing, search and ranking never hold up an ack, and when the cores are short the thread that
 * acks gets them first (issue #16's load test: acks waited behind answers). The knowledge lives in the
 * thread only, so memory is not doubled; the thread follows the folder and, with DATABASE_URL, the other
 * replicas' articles itself. Answers come back as structured clones (they are plain data).
 */

export type EngineMethod = keyof Engine | 'reload';

export interface EngineThreadData {
  config: Pick<Config, 'knowledgeDir' | 'cacheDir' | 'databaseUrl'>;
  logLevel: LogLevel;
  /** how much nicer than the process the thread runs (0–19; higher yields more to the thread that acks) */
  nice: number;
  /** whether the parent's stderr is a terminal (the engine's progress is written for people there) */
  stderr: { isTTY: boolean; columns?: number | undefined };
}

export interface EngineCall {
  kind: 'call';
  id: number;
  method: EngineMethod;
  args: unknown[];
}

export type FromEngineThread =
  | { kind: 'ready' }
  | { kind: 'failed'; error: string; configError: boolean }
  | { kind: 'reply'; id: number; ok: true; value: unknown }
  | { kind: 'reply'; id: number; ok: false; error: string }
  | { kind: 'stopped' };

export interface ThreadEngine extends Engine {
  reload(): Promise<ReloadReport>;
  /** stops the thread (its folder watch, database pool and listener with it) */
  shutdown(): Promise<void>;
}

/** how long a stopping thread may take to close its database pool before it is terminated */
const STOP_MS = 5000;
/** a thread that could not be restarted is tried again after this long */
const RESTART_RETRY_MS = 5000;

/**
 * Starts the engine thread and resolves once it answers (a start-up failure rejects, as an in-process
 * engine's would). A thread that dies later fails the calls it held, is logged and started again.
 */
export async function startEngineThread(
  config: EngineThreadData['config'],
  log: Logger,
  options: { logLevel: LogLevel; nice: number; stderr?: { isTTY?: boolean; columns?: number } },
): Promise<ThreadEngine> {
  const data: EngineThreadData = {
    config: { knowledgeDir: config.knowledgeDir, cacheDir: config.cacheDir, databaseUrl: config.databaseUrl },
    logLevel: options.logLevel,
    nice: options.nice,
    stderr: { isTTY: options.stderr?.isTTY === true, columns: options.stderr?.columns },
  };
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let stopping = false;
  let worker: Worker | undefined;

  const source = await workerSourceOf(import.meta.url, 'engine-worker');
  const spawn = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const thread = new Worker(source, { eval: true, workerData: data });
      let started = false;
      thread.on('message', (message: FromEngineThread) => {
        if (message.kind === 'ready') {
          started = true;
          worker = thread;
          resolve(thread);
        } else if (message.kind === 'failed') {
          reject(message.configError ? new ConfigError(message.error) : new Error(message.error));
          void thread.terminate();
        } else if (message.kind === 'reply') {
          const call = pending.get(message.id);
          pending.delete(message.id);
          if (message.ok) call?.resolve(message.value);
          else call?.reject(new Error(message.error));
        }
      });
      thread.on('error', (error) => {
        if (!started) reject(error);
        else log.error(`the engine thread failed: ${error.message}`);
      });
      thread.on('exit', (code) => {
        if (!started)
          return reject(new Error(`the engine thread stopped (exit code ${code}) before it was ready`));
        if (stopping || worker !== thread) return;
        worker = undefined;
        for (const call of pending.values()) call.reject(new Error('the engine thread stopped; ask again'));
        pending.clear();
        log.error(`the engine thread stopped (exit code ${code}): starting it again`);
        restart();
      });
    });

  let ready = spawn();
  const restart = () => {
    ready = spawn();
    ready.catch((error: unknown) => {
      log.error(
        `could not restart the engine thread: ${error instanceof Error ? error.message : String(error)}`,
      );
      if (!stopping) setTimeout(restart, RESTART_RETRY_MS).unref();
    });
  };
  await ready;

  const call = async (method: EngineMethod, args: unknown[]): Promise<never> => {
    if (stopping) throw new Error('the engine is shutting down');
    const thread = await ready;
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      thread.postMessage({ kind: 'call', id, method, args } satisfies EngineCall);
    });
  };

  return {
    ask: (...args) => call('ask', args),
    whoSaid: (...args) => call('whoSaid', args),
    timeline: (...args) => call('timeline', args),
    sources: () => call('sources', []),
    speakers: () => call('speakers', []),
    timelineTopics: () => call('timelineTopics', []),
    entityType: (...args) => call('entityType', args),
    passage: (...args) => call('passage', args),
    reload: () => call('reload', []),
    shutdown: async () => {
      if (stopping) return;
      stopping = true;
      const thread = worker ?? (await ready.catch(() => undefined));
      if (!thread) return;
      const stopped = new Promise<void>((resolve) => {
        thread.on('message', (message: FromEngineThread) => message.kind === 'stopped' && resolve());
        thread.once('exit', () => resolve());
      });
      thread.postMessage({ kind: 'shutdown' });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([stopped, new Promise((resolve) => (timer = setTimeout(resolve, STOP_MS)))]);
      clearTimeout(timer);
      await thread.terminate();
    },
  };
}

/**
 * The engine a chat process (npm start with an adapter, a Discord shard) answers from: in its thread,
 * following the knowledge folder and, with DATABASE_URL, the other replicas' articles.
 */
export function startChatEngine(
  config: Pick<Config, 'knowledgeDir' | 'cacheDir' | 'databaseUrl' | 'logLevel' | 'engineNice'>,
  log: Logger,
): Promise<ThreadEngine> {
  return startEngineThread(config, log, {
    logLevel: config.logLevel,
    nice: config.engineNice,
    stderr: process.stderr,
  });
}
