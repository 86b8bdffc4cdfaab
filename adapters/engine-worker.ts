import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { Engine } from '../src/index.js';
import { ConfigError } from './config.js';
import type { EngineCall, EngineThreadData, FromEngineThread } from './engine-thread.js';
import { startLiveEngine } from './live-knowledge.js';
import { createLogger, engineLog } from './logger.js';
import { followSharedArticles } from './shared-state.js';

/**
 * The engine's side of adapters/engine-thread.ts: the live engine (and, with DATABASE_URL, its following
 * of the other replicas' articles) in a thread of its own, at a lower OS priority than the thread that
 * acknowledges chat requests. Each call from the parent is answered by id.
 */
const data = workerData as EngineThreadData;
const port = parentPort!;
const post = (message: FromEngineThread) => port.postMessage(message);
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

async function start(): Promise<void> {
  // on Linux a thread's nice value is its own (setpriority on "this process" means the calling thread),
  // so this lowers the engine and the build threads it starts, never the thread that acks. Relative to
  // the process's own: a bot started niced keeps its engine below its ack all the same
  if (data.nice > 0) {
    try {
      setPriority(Math.min(19, getPriority() + data.nice));
    } catch {
      // a platform without per-thread priorities: the thread still keeps the answering off the ack loop
    }
  }
  const log = createLogger(data.logLevel);
  const engine = await startLiveEngine(
    data.config,
    log,
    engineLog(log, data.logLevel, {
      isTTY: data.stderr.isTTY,
      ...(data.stderr.columns ? { columns: data.stderr.columns } : {}),
      write: (text) => process.stderr.write(text),
    }),
  );
  const follower = data.config.databaseUrl
    ? await followSharedArticles(data.config.databaseUrl, engine, log)
    : undefined;
  const methods: Record<EngineCall['method'], (...args: never[]) => Promise<unknown>> = {
    ask: (...args: Parameters<Engine['ask']>) => engine.ask(...args),
    whoSaid: (query: string) => engine.whoSaid(query),
    timeline: (...args: Parameters<Engine['timeline']>) => engine.timeline(...args),
    sources: () => engine.sources(),
    speakers: () => engine.speakers(),
    timelineTopics: () => engine.timelineTopics(),
    entityType: (name: string) => engine.entityType(name),
    passage: (...args: Parameters<Engine['passage']>) => engine.passage(...args),
    reload: () => engine.reload(),
  };
  port.on('message', (message: EngineCall | { kind: 'shutdown' }) => {
    if (message.kind === 'shutdown') {
      void (async () => {
        await follower?.stop().catch(() => undefined);
        await engine.shutdown().catch(() => undefined);
        post({ kind: 'stopped' });
        port.close();
      })();
      return;
    }
    const call = methods[message.method] as (...args: unknown[]) => Promise<unknown>;
    call(...message.args).then(
      (value) => post({ kind: 'reply', id: message.id, ok: true, value }),
      (error: unknown) => post({ kind: 'reply', id: message.id, ok: false, error: messageOf(error) }),
    );
  });
  post({ kind: 'ready' });
}

start().catch((error: unknown) =>
  post({ kind: 'failed', error: messageOf(error), configError: error instanceof ConfigError }),
);
