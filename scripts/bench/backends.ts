import { fork } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../adapters/config.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { startThrowawayPostgres } from '../postgres/throwaway-cluster.js';
import type { PostgresResult, PostgresTask } from './postgres-worker.js';
import { inWorker } from './processes.js';
import { round } from './stats.js';
import { writeSyntheticCorpus } from './synthetic.js';
import type { BuildResult, ServeResult } from './worker.js';

/**
 * `npm run bench -- --backend pg [--sizes 10000,100000] [--huge]`: the embedded lunr backend and PostgreSQL
 * side by side on the same synthetic corpora in one run — build/ingest time, start-up, /ask p50/p99 — on a
 * throwaway PostgreSQL on loopback (or BENCH_DATABASE_URL, a superuser URL). --huge adds 1M passages.
 */

const log = (message: string) => process.stderr.write(`[bench pg] ${message}\n`);
const label = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000}M` : `${size / 1000}k`);
const reps = (size: number) => (size <= 10_000 ? 3 : 1);
/** the largest corpus the embedded backend is built for (--huge's 1M is PostgreSQL alone) */
const EMBEDDED_LIMIT = 100_000;

interface Row {
  passages: number;
  embedded?: { build: BuildResult; serve: ServeResult } | { error: string };
  postgres?: PostgresResult | { error: string };
}

/**
 * The worker's heap limit: the ingest writes each batch of articles as it links them and keeps none of
 * their rows (src/knowledge-store/postgres-ingest.ts); what grows with the corpus is the articles'
 * analyses during the build (~1.5 GB at 1M passages) and then the knowledge a replica loads (~3-4 GB at
 * 1M). Capped at 10 GB, well under this shared 23 GB machine: an ingest that needs more fails with
 * Node's out-of-memory error instead of taking the machine down.
 */
export function ingestHeapMb(passages: number): number {
  return Math.min(10_240, Math.max(4_096, Math.ceil(passages / 100_000) * 1_024));
}

function inPostgresWorker(task: PostgresTask, passages: number): Promise<PostgresResult> {
  return new Promise((resolvePromise, reject) => {
    const child = fork(new URL('./postgres-worker.js', import.meta.url), [JSON.stringify(task)], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      execArgv: [...process.execArgv, `--max-old-space-size=${ingestHeapMb(passages)}`],
    });
    let result: PostgresResult | undefined;
    child.on('message', (message) => {
      result = message as PostgresResult;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      result ? resolvePromise(result) : reject(new Error(`the postgres worker exited with code ${code}`)),
    );
  });
}

async function attempt<T>(what: string, run: () => Promise<T>): Promise<T | { error: string }> {
  const start = performance.now();
  log(`${what}…`);
  try {
    const value = await run();
    log(`${what} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
    return value;
  } catch (error) {
    log(`${what} FAILED: ${String(error)}`);
    return { error: String(error) };
  }
}

export async function benchBackends(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      backend: { type: 'string' },
      sizes: { type: 'string' },
      huge: { type: 'boolean', default: false },
      out: { type: 'string', default: join(PROJECT_ROOT, 'bench', 'backends.json') },
    },
  });
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : [10_000, 100_000];
  if (values.huge) sizes.push(1_000_000);
  const given = process.env.BENCH_DATABASE_URL?.trim();
  const server = given ? { url: given, stop: async () => {} } : await startThrowawayPostgres({});
  const tmp = await mkdtemp(join(tmpdir(), 'talksbot-bench-pg-'));
  const rows: Row[] = [];
  const loadStart = loadavg();
  try {
    const bundled = (await loadKnowledge(join(PROJECT_ROOT, 'knowledge'))).articles;
    for (const size of sizes) {
      const dir = join(tmp, `synthetic-${size}`);
      const knowledgeDir = join(dir, 'knowledge');
      const cacheDir = join(dir, 'cache');
      await writeSyntheticCorpus(bundled, size, knowledgeDir);
      const row: Row = { passages: size };
      // the embedded build holds the whole lunr index and the builder's own tables in memory: ~1.9 GB at
      // 50k passages in bench/results.json, growing with the passages, so at this size it cannot build in
      // this machine's memory. It is not attempted; PostgreSQL then analyses every article itself
      const embeddedFits = size <= EMBEDDED_LIMIT;
      if (!embeddedFits) {
        row.embedded = {
          error: `not run: the embedded index cannot build ${label(size)} passages in memory`,
        };
        log(`${label(size)} embedded: ${row.embedded.error}`);
      }
      if (embeddedFits)
        row.embedded = await attempt(`${label(size)} embedded`, async () => {
          const build = await inWorker<BuildResult>({ phase: 'build', knowledgeDir, cacheDir });
          const serve = await inWorker<ServeResult>({
            phase: 'serve',
            knowledgeDir,
            cacheDir,
            reps: reps(size),
          });
          return { build, serve };
        });
      row.postgres = await attempt(`${label(size)} postgres`, () =>
        inPostgresWorker(
          {
            knowledgeDir,
            serverUrl: server.url,
            reps: reps(size),
            ...(embeddedFits ? { cacheDir } : {}),
          },
          size,
        ),
      );
      rows.push(row);
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
    await server.stop();
  }
  const cpu = cpus();
  const results = {
    date: new Date().toISOString(),
    machine: `${cpu[0]?.model ?? 'unknown'} ×${cpu.length}, ${round(totalmem() / 1024 ** 3, 1)} GB, Node ${process.version}`,
    loadAverage: { start: loadStart.map((l) => round(l, 2)), end: loadavg().map((l) => round(l, 2)) },
    rows,
  };
  await mkdir(resolve(values.out, '..'), { recursive: true });
  await writeFile(values.out, `${JSON.stringify(results, null, 2)}\n`);
  process.stdout.write(
    `talksbot bench --backend pg — ${results.date}, ${results.machine}\n\n${table(rows)}\n`,
  );
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function table(rows: Row[]): string {
  const lines = [
    '| passages | embedded build | embedded start-up (cache) | embedded /ask p50 / p99 | embedded /timeline p99 | PostgreSQL ingest (analyses cached) | PostgreSQL start-up (replica) | PostgreSQL /ask p50 / p99 | PostgreSQL /timeline p99 | answered (emb / pg) |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const e = row.embedded && !('error' in row.embedded) ? row.embedded : undefined;
    const p = row.postgres && !('error' in row.postgres) ? row.postgres : undefined;
    const failed = (r: { error: string } | unknown) =>
      r && typeof r === 'object' && 'error' in r
        ? `failed: ${String((r as { error: string }).error).slice(0, 60)}`
        : '—';
    lines.push(
      `| ${label(row.passages)} | ${e ? `${s(e.build.buildMs)} (peak ${Math.round(e.build.peakRssMb)} MB)` : failed(row.embedded)} | ${e ? s(e.serve.startupMs) : '—'} | ${e ? `${e.serve.ask.p50} / ${e.serve.ask.p99} ms` : '—'} | ${e ? `${e.serve.timeline.p99} ms` : '—'} | ${p ? `${s(p.ingestMs)} (${p.ingestPeakRssMb ? `peak ${Math.round(p.ingestPeakRssMb)} MB, ` : ''}${p.databaseMb} MB on disk${row.passages > EMBEDDED_LIMIT ? ', analyses included' : ''})` : failed(row.postgres)} | ${p ? `${s(p.loadMs)} (peak ${Math.round(p.peakRssMb)} MB)` : '—'} | ${p ? `${p.ask.p50} / ${p.ask.p99} ms` : '—'} | ${p ? `${p.timeline.p99} ms` : '—'} | ${e ? e.serve.answered : '—'} / ${p ? p.answered : '—'} |`,
    );
  }
  return lines.join('\n');
}
