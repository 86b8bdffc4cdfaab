import { createHash } from 'node:crypto';
import pg from 'pg';
import type { TimelineQuery } from '../../src/index.js';
import { type Latency, round, summarise, timeEach } from './stats.js';

/**
 * One PostgreSQL measurement in a process of its own (forked by scripts/bench/backends.ts): a fresh
 * database on the given server, the schema migrated, the corpus ingested (stored, built, published), a
 * second start that loads the published build as a replica does, then the bench's query mix.
 */
export interface PostgresTask {
  knowledgeDir: string;
  /** a superuser URL on the bench's server: this worker creates and drops its own database */
  serverUrl: string;
  reps: number;
  /**
   * the per-article analysis cache the embedded build of the same corpus wrote: the ingest reuses each
   * article's own work, as a deployment with a warm cache does, and measures the rest (the cross-article
   * build and the writes)
   */
  cacheDir?: string | undefined;
}

export interface PostgresResult {
  ingestMs: number;
  /** a replica's start: loading the published build from PostgreSQL */
  loadMs: number;
  passages: number;
  databaseMb: number;
  mixHash: string;
  ask: Latency;
  whoSaid: Latency;
  timeline: Latency;
  answered: number;
  /** the process's peak resident memory by the end of the ingest (the replica's start and the queries follow) */
  ingestPeakRssMb: number;
  peakRssMb: number;
}

const hashOf = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 12);

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function measure(task: PostgresTask): Promise<PostgresResult> {
  const { createPostgresEngine, loadPostgres } = await import('../../src/index.js');
  const { queryMix } = await import('./queries.js');
  const name = `talksbot_bench_${process.pid}`;
  await admin(task.serverUrl, `CREATE DATABASE ${name}`);
  const url = new URL(task.serverUrl);
  url.pathname = `/${name}`;
  const { createPostgresPool, migrate } = await loadPostgres();
  const pool = createPostgresPool(url.toString(), { max: 4 });
  try {
    await migrate(pool);
    let start = performance.now();
    await createPostgresEngine({
      knowledgeDir: task.knowledgeDir,
      pool,
      ...(task.cacheDir ? { cacheDir: task.cacheDir } : {}),
      // a long ingest says where it is (its steps, at most every 10 s, with the heap in use)
      log: (message) => process.stderr.write(`[bench pg worker] ${message}\n`),
    });
    const ingestMs = performance.now() - start;
    const ingestPeakRssMb = process.resourceUsage().maxRSS / 1024;
    start = performance.now();
    const engine = await createPostgresEngine({ knowledgeDir: task.knowledgeDir, pool });
    const loadMs = performance.now() - start;
    await pool.query('ANALYZE');
    const mix = queryMix(engine.knowledge.articles);
    let answered = 0;
    for (const question of mix.ask) if (!(await engine.ask(question)).abstained) answered++;
    const size = await pool.query<{ mb: number }>(
      'SELECT pg_database_size(current_database()) / 1048576.0 AS mb',
    );
    return {
      ingestMs: round(ingestMs, 1),
      loadMs: round(loadMs, 1),
      passages: engine.knowledge.sentenceById.size,
      databaseMb: round(Number(size.rows[0]!.mb), 1),
      mixHash: hashOf(mix),
      ask: summarise(await timeEach(mix.ask, task.reps, (q) => engine.ask(q))),
      whoSaid: summarise(await timeEach(mix.whoSaid, task.reps, (q) => engine.whoSaid(q))),
      timeline: summarise(await timeEach(mix.timeline, task.reps, (q: TimelineQuery) => engine.timeline(q))),
      answered: round(answered / mix.ask.length, 3),
      ingestPeakRssMb: round(ingestPeakRssMb, 1),
      peakRssMb: round(process.resourceUsage().maxRSS / 1024, 1),
    };
  } finally {
    await pool.end();
    await admin(task.serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

const task = JSON.parse(process.argv[2] ?? '{}') as PostgresTask;
measure(task).then(
  (result) => process.send?.(result, () => process.exit(0)),
  (error: unknown) => {
    process.stderr.write(`bench postgres worker failed: ${error instanceof Error ? error.stack : error}\n`);
    process.exit(1);
  },
);
