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
  | { phase: 'build'; knowledgeDir: string; cacheDir: string }
  | { phase: 'serve'; knowledgeDir: string; cacheDir: string; reps: number }
  | { phase: 'baseline'; knowledgeDir: string; reps: number };

export interface BuildResult {
  phase: 'build';
  importMs: number;
  buildMs: number;
  cacheBytes: number;
  articles: number;
  sentences: number;
  stems: number;
  indexTerms: number;
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

export type WorkerResult = BuildResult | ServeResult | BaselineResult;

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
  const engine = await createEngine({ knowledgeDir: task.knowledgeDir, cacheDir: task.cacheDir });
  const buildMs = performance.now() - start;
  const kb = engine.knowledge;
  return {
    phase: 'build',
    importMs: round(importMs, 1),
    buildMs: round(buildMs, 1),
    cacheBytes: await directoryBytes(task.cacheDir),
    articles: kb.articles.length,
    sentences: kb.sentenceById.size,
    stems: Object.keys(kb.stemDf).length,
    indexTerms: kb.index.terms.length,
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

async function run(task: WorkerTask): Promise<WorkerResult> {
  if (task.phase === 'build') return build(task);
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
