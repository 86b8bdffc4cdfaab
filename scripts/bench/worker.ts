import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { TimelineQuery } from '../../src/engine.js';
import type { Article } from '../../src/knowledge/types.js';
import { type Latency, round, summarise, timeEach } from './stats.js';

/**
 * One measurement in a process of its own, so that peak RSS belongs to one corpus and one phase:
 * - build: a start-up with an empty cache (parse, build the index and facts, write the cache)
 * - serve: a start-up from that cache, then the query mix through the engine
 * - baseline: the articles parsed with no index, then the same mix through a brute-force scan
 * Forked by scripts/bench.ts; the result goes back as one IPC message.
 */
export type WorkerTask =
  | { phase: 'build'; knowledgeDir: string; cacheDir: string; threads?: number | 'auto' }
  | { phase: 'floor'; knowledgeDir: string; threads?: number }
  | { phase: 'add'; knowledgeDir: string; cacheDir: string }
  | { phase: 'serve'; knowledgeDir: string; cacheDir: string; reps: number }
  | { phase: 'baseline'; knowledgeDir: string; reps: number };

export interface BuildResult {
  phase: 'build';
  /** worker threads asked for: 'auto' (every core, the default) or 1 */
  threads: number | 'auto';
  importMs: number;
  buildMs: number;
  /** CPU time of the whole process during the build, every thread's: what the build cost, load aside */
  cpuMs: number;
  cacheBytes: number;
  articles: number;
  sentences: number;
  stems: number;
  indexTerms: number;
  /** files skipped, with why (a file over the size limit) */
  skipped: { file: string; reason: string }[];
  peakRssMb: number;
}

export interface QueryResults {
  mixHash: string;
  ask: Latency;
  whoSaid: Latency;
  timeline: Latency;
  /** share of /ask questions answered rather than abstained (engine), or with any hit (baseline) */
  answered: number;
}

export interface ServeResult extends QueryResults {
  phase: 'serve';
  importMs: number;
  startupMs: number;
  fromCache: boolean;
  peakRssMb: number;
}

export interface BaselineResult extends QueryResults {
  phase: 'baseline';
  importMs: number;
  startupMs: number;
  peakRssMb: number;
}

/**
 * The floor a build is measured against: one compromise parse of each article's text, nothing else; in
 * this thread, or shared between `threads` worker threads (started and warmed up before the clock starts,
 * the texts dealt out largest first), the floor of a build that uses as many.
 */
export interface FloorResult {
  phase: 'floor';
  threads: number;
  parseMs: number;
  cpuMs: number;
  articles: number;
  characters: number;
}

/** A start-up after one article was added to a knowledge base whose cache is warm. */
export interface AddResult {
  phase: 'add';
  addMs: number;
  /** CPU time of the whole process during the start-up, every thread's */
  cpuMs: number;
  /** the files whose own work the start-up did: the added one alone when the cache works */
  analysed: string[];
  /** the files whose links to the entity table it made anew: those whose names the addition changed */
  relinked: string[];
  fromCache: boolean;
  peakRssMb: number;
}

export type WorkerResult = BuildResult | ServeResult | BaselineResult | FloorResult | AddResult;

const peakRssMb = () => round(process.resourceUsage().maxRSS / 1024, 1);

async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

function hashOf(value: unknown): string {
  return createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);
}

async function build(task: Extract<WorkerTask, { phase: 'build' }>): Promise<BuildResult> {
  let start = performance.now();
  const { createEngine } = await import('../../src/index.js');
  const importMs = performance.now() - start;
  start = performance.now();
  const cpu = process.cpuUsage();
  const threads = task.threads ?? 'auto';
  const engine = await createEngine({ knowledgeDir: task.knowledgeDir, cacheDir: task.cacheDir, threads });
  const buildMs = performance.now() - start;
  const cpuMs = cpuSince(cpu);
  const kb = engine.knowledge;
  return {
    phase: 'build',
    threads,
    importMs: round(importMs, 1),
    buildMs: round(buildMs, 1),
    cpuMs: round(cpuMs, 1),
    cacheBytes: await directoryBytes(task.cacheDir),
    articles: kb.articles.length,
    sentences: kb.sentenceById.size,
    stems: Object.keys(kb.stemDf).length,
    indexTerms: kb.index.terms.length,
    skipped: kb.skipped,
    peakRssMb: peakRssMb(),
  };
}

async function serve(task: Extract<WorkerTask, { phase: 'serve' }>): Promise<ServeResult> {
  let start = performance.now();
  const { createEngine } = await import('../../src/index.js');
  const { queryMix } = await import('./queries.js');
  const importMs = performance.now() - start;
  start = performance.now();
  const engine = await createEngine({ knowledgeDir: task.knowledgeDir, cacheDir: task.cacheDir });
  const startupMs = performance.now() - start;
  const mix = queryMix(engine.knowledge.articles);
  let answered = 0;
  for (const question of mix.ask) if (!(await engine.ask(question)).abstained) answered++;
  return {
    phase: 'serve',
    importMs: round(importMs, 1),
    startupMs: round(startupMs, 1),
    fromCache: engine.fromCache,
    mixHash: hashOf(mix),
    ask: summarise(await timeEach(mix.ask, task.reps, (q) => engine.ask(q))),
    whoSaid: summarise(await timeEach(mix.whoSaid, task.reps, (q) => engine.whoSaid(q))),
    timeline: summarise(await timeEach(mix.timeline, task.reps, (q: TimelineQuery) => engine.timeline(q))),
    answered: round(answered / mix.ask.length, 3),
    peakRssMb: peakRssMb(),
  };
}

async function baseline(task: Extract<WorkerTask, { phase: 'baseline' }>): Promise<BaselineResult> {
  let start = performance.now();
  const { loadKnowledge } = await import('../../src/knowledge/load.js');
  const { bruteForce } = await import('./baseline.js');
  const { queryMix } = await import('./queries.js');
  const importMs = performance.now() - start;
  start = performance.now();
  const articles: Article[] = (await loadKnowledge(task.knowledgeDir)).articles;
  const scan = bruteForce(articles);
  const startupMs = performance.now() - start;
  const mix = queryMix(articles);
  const answered = mix.ask.filter((q) => scan.search(q).length > 0).length;
  return {
    phase: 'baseline',
    importMs: round(importMs, 1),
    startupMs: round(startupMs, 1),
    mixHash: hashOf(mix),
    ask: summarise(await timeEach(mix.ask, task.reps, (q) => scan.search(q))),
    whoSaid: summarise(await timeEach(mix.whoSaid, task.reps, (q) => scan.search(q))),
    timeline: summarise(
      await timeEach(mix.timeline, task.reps, (q: TimelineQuery) => scan.search(q.topic ?? '')),
    ),
    answered: round(answered / mix.ask.length, 3),
    peakRssMb: peakRssMb(),
  };
}

async function floor(task: Extract<WorkerTask, { phase: 'floor' }>): Promise<FloorResult> {
  const { loadKnowledge } = await import('../../src/knowledge/load.js');
  const articles = (await loadKnowledge(task.knowledgeDir)).articles;
  const threads = Math.max(1, task.threads ?? 1);
  const result = { phase: 'floor' as const, threads, articles: articles.length };
  const characters = articles.reduce((n, article) => n + article.body.length, 0);
  if (threads === 1) {
    const { nlp } = await import('../../src/nlp/compromise.js');
    nlp('Warm up the lexicon once, as a build does before its first article.');
    const cpu = process.cpuUsage();
    const start = performance.now();
    for (const article of articles) nlp(article.body);
    const parseMs = performance.now() - start;
    return { ...result, parseMs: round(parseMs, 1), cpuMs: round(cpuSince(cpu), 1), characters };
  }
  const { Worker } = await import('node:worker_threads');
  const workers = Array.from(
    { length: threads },
    () => new Worker(new URL('./floor-worker.js', import.meta.url)),
  );
  try {
    await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once('message', resolve))));
    // largest first, each to the least loaded thread
    const shares: string[][] = workers.map(() => []);
    const loads = workers.map(() => 0);
    for (const body of articles.map((a) => a.body).sort((a, b) => b.length - a.length)) {
      const least = loads.indexOf(Math.min(...loads));
      shares[least]!.push(body);
      loads[least]! += body.length;
    }
    const cpu = process.cpuUsage();
    const start = performance.now();
    await Promise.all(
      workers.map(
        (worker, i) =>
          new Promise((resolve) => {
            worker.once('message', resolve);
            worker.postMessage(shares[i]);
          }),
      ),
    );
    const parseMs = performance.now() - start;
    return { ...result, parseMs: round(parseMs, 1), cpuMs: round(cpuSince(cpu), 1), characters };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** Milliseconds of CPU (user and system, every thread of the process) since `from`. */
function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}

async function add(task: Extract<WorkerTask, { phase: 'add' }>): Promise<AddResult> {
  const { createEngine } = await import('../../src/index.js');
  const start = performance.now();
  const cpu = process.cpuUsage();
  const engine = await createEngine({ knowledgeDir: task.knowledgeDir, cacheDir: task.cacheDir });
  return {
    phase: 'add',
    addMs: round(performance.now() - start, 1),
    cpuMs: round(cpuSince(cpu), 1),
    analysed: [...engine.analysed],
    relinked: [...engine.relinked],
    fromCache: engine.fromCache,
    peakRssMb: peakRssMb(),
  };
}

async function run(task: WorkerTask): Promise<WorkerResult> {
  if (task.phase === 'build') return build(task);
  if (task.phase === 'floor') return floor(task);
  if (task.phase === 'add') return add(task);
  if (task.phase === 'serve') return serve(task);
  return baseline(task);
}

const task = JSON.parse(process.argv[2] ?? '{}') as WorkerTask;
run(task).then(
  (result) => process.send?.(result, () => process.exit(0)),
  (error: unknown) => {
    process.stderr.write(
      `bench worker (${task.phase}) failed: ${error instanceof Error ? error.stack : error}\n`,
    );
    process.exit(1);
  },
);
