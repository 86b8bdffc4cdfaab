import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../adapters/config.js';
import { loadKnowledge } from '../src/knowledge/load.js';
import { measureBuildCosts, measureSizes, type SizeCosts } from './bench/builds.js';
import { inWorker, wallTimes } from './bench/processes.js';
import { type CliResult, type CorpusResult, evaluateTargets, tables, targetLines } from './bench/report.js';
import { median, round } from './bench/stats.js';
import { writeSyntheticCorpus } from './bench/synthetic.js';
import type { BaselineResult, BuildResult, ServeResult } from './bench/worker.js';

/**
 * `npm run bench [-- --sizes 1000,10000,50000]`: build time, cache size, cached start-up, peak RSS and
 * query latency for the bundled articles and synthetic corpora, each against a brute-force scan, plus
 * the whole-process time of `talksbot --json "/ask …"`. Prints Markdown tables; writes bench/results.json.
 * `--build-only` measures the builds and their costs (floor, one thread, one article added) alone.
 * `--queries-only` measures the query latencies alone (build, cached start-up, the query mix and the scan, at
 * 10k passages unless `--sizes` says otherwise): no bundled corpus, no build costs, sizes or CLI timing.
 */

const DEFAULT_SIZES = [1000, 10000, 50000];
// the build's costs and the size runs are measured at this corpus (--costs-at for a quick run)
let COSTS_AT = 10000;
// --build-only: the builds and their costs alone (no queries, sizes or CLI), for work on the build
let BUILD_ONLY = false;
const CLI_QUESTION = '/ask Where will the allies meet on April 23?';
const CLI_RUNS = 9;

const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const label = (size: number) => (size % 1000 === 0 ? `${size / 1000}k` : String(size));
// fewer passes over the mix on big corpora keep the whole run near ten minutes on two cores
const repsFor = (passages: number) => (passages <= 1000 ? 5 : passages <= 10000 ? 3 : 1);

async function directoryBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir))
    if (name.endsWith('.md')) total += (await stat(join(dir, name))).size;
  return total;
}

async function measureCorpus(
  name: string,
  target: number | null,
  knowledgeDir: string,
  cacheDir: string,
): Promise<CorpusResult> {
  const result: CorpusResult = {
    name,
    target,
    knowledgeBytes: await directoryBytes(knowledgeDir),
    errors: [],
  };
  const reps = repsFor(target ?? 0);
  const step = async <R>(what: string, run: () => Promise<R>): Promise<R | undefined> => {
    const start = performance.now();
    log(`${name}: ${what}…`);
    try {
      const value = await run();
      log(`${name}: ${what} done in ${((performance.now() - start) / 1000).toFixed(1)} s`);
      return value;
    } catch (error) {
      log(`${name}: ${what} FAILED: ${String(error)}`);
      result.errors.push(`${what}: ${String(error)}`);
      return undefined;
    }
  };
  result.build = await step('build from scratch', () =>
    inWorker<BuildResult>({ phase: 'build', knowledgeDir, cacheDir }),
  );
  if (result.build && !BUILD_ONLY) {
    result.serveLoadAverage = loadavg().map((l) => round(l, 2));
    result.serve = await step('cached start-up and queries', () =>
      inWorker<ServeResult>({ phase: 'serve', knowledgeDir, cacheDir, reps }),
    );
  }
  if (!BUILD_ONLY)
    result.baseline = await step('brute-force baseline', () =>
      inWorker<BaselineResult>({ phase: 'baseline', knowledgeDir, reps }),
    );
  // the build's own costs (its floor, one thread, one article added) at the size they matter most
  const built = result.build;
  if (target === COSTS_AT && built)
    result.costs = await step('floor, one-thread build and one article added', () =>
      measureBuildCosts(knowledgeDir, cacheDir, join(cacheDir, '..', 'costs'), built),
    );
  if (result.serve && result.baseline && result.serve.mixHash !== result.baseline.mixHash)
    result.errors.push('engine and baseline saw different query mixes');
  return result;
}

/**
 * The whole process as a user starts it: `talksbot` is bin/talksbot, which starts from the start-up
 * snapshot `npm run build` made (dist/snapshot/) when it is current. `node bin/talksbot.js` (the CLI from
 * dist/, no snapshot) is measured beside it for context. The three commands take turns, so a change in
 * the machine's load falls on each alike.
 */
async function measureCli(tmp: string): Promise<CliResult> {
  const env = { ...process.env, CACHE_DIR: join(tmp, 'cli-cache'), LOG_LEVEL: 'silent' };
  const loadAverage = loadavg().map((l) => round(l, 2));
  const launcher = join(PROJECT_ROOT, 'bin', 'talksbot');
  const fromDist = [join(PROJECT_ROOT, 'bin', 'talksbot.js'), '--json', CLI_QUESTION];
  wallTimes(launcher, ['--json', CLI_QUESTION], 1, env); // builds the cache
  const runs: number[] = [];
  const floor: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < CLI_RUNS; i++) {
    runs.push(...wallTimes(launcher, ['--json', CLI_QUESTION], 1, env));
    floor.push(...wallTimes(process.execPath, ['-e', '0'], 1, env));
    plain.push(...wallTimes(process.execPath, fromDist, 1, env));
  }
  return {
    question: CLI_QUESTION,
    snapshot: existsSync(join(PROJECT_ROOT, 'dist', 'snapshot', 'talksbot.blob')),
    medianMs: round(median(runs), 1),
    runsMs: runs.map((t) => round(t, 1)),
    nodeFloorMs: round(median(floor), 1),
    fromDistMedianMs: round(median(plain), 1),
    loadAverage,
  };
}

function gitHead(): string | null {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' });
  return head.status === 0 ? head.stdout.trim() : null;
}

async function main(): Promise<void> {
  // the backends side by side (embedded lunr and PostgreSQL) is a run of its own
  if (process.argv.includes('--backend'))
    return (await import('./bench/backends.js')).benchBackends(process.argv.slice(2));
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      // default bench/results.json (bench/results-queries.json for --queries-only)
      out: { type: 'string' },
      // the commit measured, when the run is from an export without .git
      commit: { type: 'string' },
      'costs-at': { type: 'string' },
      'build-only': { type: 'boolean', default: false },
      'queries-only': { type: 'boolean', default: false },
    },
  });
  const queriesOnly = values['queries-only'] === true;
  const out =
    values.out ?? join(PROJECT_ROOT, 'bench', queriesOnly ? 'results-queries.json' : 'results.json');
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : queriesOnly ? [10000] : DEFAULT_SIZES;
  // the build's own costs are measured only at COSTS_AT: a queries-only run skips them
  if (queriesOnly) COSTS_AT = Number.NaN;
  if (values['costs-at']) COSTS_AT = Number(values['costs-at']);
  BUILD_ONLY = values['build-only'] ?? false;
  const started = performance.now();
  const loadStart = loadavg();
  const tmp = await mkdtemp(join(tmpdir(), 'talksbot-bench-'));
  const bundledDir = join(PROJECT_ROOT, 'knowledge');
  const corpora: CorpusResult[] = [];
  let cli: CliResult | undefined;
  let sizeCosts: SizeCosts | undefined;
  try {
    if (!queriesOnly)
      corpora.push(await measureCorpus('bundled', null, bundledDir, join(tmp, 'bundled-cache')));
    const bundled = (await loadKnowledge(bundledDir)).articles;
    for (const size of sizes) {
      const dir = join(tmp, `synthetic-${size}`);
      log(`${label(size)}: generating ${size} passages…`);
      await writeSyntheticCorpus(bundled, size, join(dir, 'knowledge'));
      corpora.push(await measureCorpus(label(size), size, join(dir, 'knowledge'), join(dir, 'cache')));
      if (size === COSTS_AT && !BUILD_ONLY) {
        log('build time against article size (1 MB, 10 × 100 kB, 20 MB)…');
        sizeCosts = await measureSizes(join(dir, 'knowledge'), bundledDir, join(tmp, 'sizes')).catch(
          (error: unknown) => {
            log(`sizes FAILED: ${String(error)}`);
            return undefined;
          },
        );
      }
      await rm(dir, { recursive: true, force: true });
    }
    if (!BUILD_ONLY && !queriesOnly) {
      log('whole-process CLI timing…');
      cli = await measureCli(tmp);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  const targets = evaluateTargets(corpora, cli, sizeCosts);
  const cpu = cpus();
  const results = {
    date: new Date().toISOString(),
    commit: values.commit ?? gitHead(),
    machine: {
      cpu: cpu[0]?.model ?? 'unknown',
      cores: cpu.length,
      memoryGb: round(totalmem() / 1024 ** 3, 1),
      freeMemoryGb: round(freemem() / 1024 ** 3, 1),
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      loadAverage: { start: loadStart.map((l) => round(l, 2)), end: loadavg().map((l) => round(l, 2)) },
    },
    durationS: round((performance.now() - started) / 1000, 1),
    corpora,
    sizes: sizeCosts,
    cli,
    targets,
  };
  await mkdir(resolve(out, '..'), { recursive: true });
  await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
  const cliLine = cli
    ? `talksbot --json "${cli.question}": median ${cli.medianMs} ms whole-process over ${CLI_RUNS} runs, warm cache, ${cli.snapshot ? 'from the start-up snapshot' : 'no start-up snapshot'} (node -e 0: ${cli.nodeFloorMs} ms; node bin/talksbot.js: ${cli.fromDistMedianMs} ms)`
    : 'talksbot --json: not measured';
  process.stdout.write(
    `talksbot bench — ${results.date}, commit ${results.commit ?? 'unknown'}, ${results.machine.cpu} ×${results.machine.cores}, ${results.machine.memoryGb} GB, Node ${results.machine.node}, load ${loadStart.map((l) => l.toFixed(1)).join(' ')}\n\n${tables(corpora, sizeCosts)}\n\n${cliLine}\n\nTargets:\n${targetLines(targets)}\n\nwritten to ${out} in ${results.durationS} s\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
