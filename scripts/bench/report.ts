import type { BuildCosts, SizeCosts } from './builds.js';
import type { Latency } from './stats.js';
import { round } from './stats.js';
import type { BaselineResult, BuildResult, ServeResult } from './worker.js';

export interface CorpusResult {
  name: string;
  /** passages asked for (synthetic) or null (the bundled articles) */
  target: number | null;
  knowledgeBytes: number;
  build?: BuildResult | undefined;
  serve?: ServeResult | undefined;
  baseline?: BaselineResult | undefined;
  costs?: BuildCosts | undefined;
  /** the machine's load average (1, 5, 15 minutes) when the queries were timed */
  serveLoadAverage?: number[] | undefined;
  errors: string[];
}

export interface CliResult {
  question: string;
  /** whether bin/talksbot had a start-up snapshot to start from (dist/snapshot/talksbot.blob) */
  snapshot: boolean;
  /** bin/talksbot, as a user runs `talksbot` */
  medianMs: number;
  runsMs: number[];
  /** `node -e 0` on the same machine: the part of the wall time no code of ours can remove */
  nodeFloorMs: number;
  /** `node bin/talksbot.js`: the CLI from dist/ without the snapshot */
  fromDistMedianMs: number;
  /** the machine's load average (1, 5, 15 minutes) when the CLI was timed */
  loadAverage?: number[] | undefined;
}

export interface Target {
  name: string;
  value: number | null;
  limit: string;
  holds: boolean;
  /** the issue whose target it is, when it is one of #14's "Measured" figures */
  issue?: number;
  /** the 1-minute load average when it was measured (ratios from a loaded machine say less) */
  load?: number;
}

export const COMMANDS = ['ask', 'whoSaid', 'timeline'] as const;
const LABEL = { ask: '/ask', whoSaid: '/who-said', timeline: '/timeline' } as const;

/** engine ÷ baseline, two significant decimals; null when either side is missing */
export function ratio(engine: number | undefined, baseline: number | undefined): number | null {
  if (engine === undefined || baseline === undefined || baseline === 0) return null;
  return round(engine / baseline, 2);
}

const ms = (value: number | undefined) =>
  value === undefined ? '–' : value >= 100 ? value.toFixed(0) : value.toFixed(value >= 10 ? 1 : 2);
const x = (value: number | null) => (value === null ? '–' : `×${value}`);
const mb = (bytes: number | undefined) => (bytes === undefined ? '–' : (bytes / 1048576).toFixed(1));

function latencyCell(engine: Latency | undefined, base: Latency | undefined, key: 'p50' | 'p99'): string {
  return `${ms(engine?.[key])} (${x(ratio(engine?.[key], base?.[key]))})`;
}

/** Markdown tables: what the run printed is what the README quotes. */
export function tables(corpora: CorpusResult[], sizes?: SizeCosts): string {
  const size = [
    '| corpus | passages | articles | stems | build | cache | start-up (cached) | peak RSS build / serve | baseline: parse, RSS |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...corpora.map((c) => {
      const b = c.build;
      const s = c.serve;
      const base = c.baseline;
      return `| ${c.name} | ${b?.sentences ?? '–'} | ${b?.articles ?? '–'} | ${b?.stems ?? '–'} | ${b ? `${(b.buildMs / 1000).toFixed(1)} s` : 'failed'} | ${mb(b?.cacheBytes)} MB (×${b ? round(b.cacheBytes / c.knowledgeBytes, 1) : '–'} text) | ${ms(s?.startupMs)} ms (${x(ratio(s?.startupMs, base?.startupMs))}) | ${b?.peakRssMb ?? '–'} / ${s?.peakRssMb ?? '–'} MB | ${ms(base?.startupMs)} ms, ${base?.peakRssMb ?? '–'} MB |`;
    }),
  ];
  const latency = [
    `| corpus | ${COMMANDS.map((c) => `${LABEL[c]} p50 | ${LABEL[c]} p99`).join(' | ')} | baseline /ask p50 / p99 |`,
    `|---|${COMMANDS.map(() => '--:|--:').join('|')}|--:|`,
    ...corpora.map((c) => {
      const cells = COMMANDS.flatMap((command) => [
        latencyCell(c.serve?.[command], c.baseline?.[command], 'p50'),
        latencyCell(c.serve?.[command], c.baseline?.[command], 'p99'),
      ]);
      return `| ${c.name} | ${cells.join(' | ')} | ${ms(c.baseline?.ask.p50)} / ${ms(c.baseline?.ask.p99)} |`;
    }),
  ];
  const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
  const costs = corpora.flatMap((c) => {
    const k = c.costs;
    if (!k) return [];
    return [
      `| ${c.name} | ${seconds(k.floorMs)} | ${seconds(k.floorThreadedMs)} | ${seconds(k.singleThreadMs)} (${x(ratio(k.singleThreadMs, k.floorMs))}) | ${seconds(k.threadedMs)} (${x(ratio(k.threadedMs, k.floorMs))}; ${x(ratio(k.threadedMs, k.floorThreadedMs))} of the floor in ${k.threads} threads) | ${x(ratio(k.singleThreadCpuMs, k.floorCpuMs))} / ${x(ratio(k.threadedCpuMs, k.floorCpuMs))} | ${seconds(k.addMs)} (${x(ratio(k.addMs, k.threadedMs))} of the build, the median of ${k.addRunsMs.map(seconds).join(', ')}; CPU ${x(ratio(k.addCpuMs, k.threadedCpuMs))} of the build's; ${k.addAnalysed.length} article parsed, ${k.addRelinked.length} relinked) | ${k.loadAverage.join(' ')}; additions ${k.addLoadAverage.join(' ')} |`,
    ];
  });
  const costTable =
    costs.length > 0
      ? `\n\nBuild costs (× floor = ÷ one compromise parse of the same text, in one thread or in as many threads as the build; CPU = the build's CPU time, every thread's, ÷ the one-thread floor's; the addition ÷ the full build):\n\n| corpus | floor | floor, threads | build, one thread | build, worker threads | CPU one thread / threads | one article added | load average |\n|---|--:|--:|--:|--:|--:|--:|--:|\n${costs.join('\n')}`
      : '';
  const sizeTable = sizes
    ? `\n\nBuild time against article size (one thread, from scratch):\n\n| one article of ${(sizes.bytes / 1e6).toFixed(2)} MB | the same text as ten articles | ratio | 20 MB file beside the bundled articles |\n|--:|--:|--:|---|\n| ${seconds(sizes.oneArticleMs)} | ${seconds(sizes.tenArticlesMs)} | ${x(ratio(sizes.oneArticleMs, sizes.tenArticlesMs))} | ${sizes.twentyMb.refused ? 'refused' : 'built'}: start-up ${seconds(sizes.twentyMb.startupMs)} (without it ${seconds(sizes.twentyMb.bundledMs)}) |`
    : '';
  return `${size.join('\n')}\n\nLatency in ms, in-process (× = engine ÷ brute-force scan on the same queries):\n\n${latency.join('\n')}${costTable}${sizeTable}`;
}

export function targetLines(targets: Target[]): string {
  const line = (t: Target) =>
    `- ${t.value === null ? 'not measured' : t.holds ? 'holds' : 'MISSED'}: ${t.name} — ${t.value ?? 'n/a'} (target ${t.limit}${t.load === undefined ? '' : `; load average ${t.load}`})`;
  const issue14 = targets.filter((t) => t.issue === 14);
  const others = targets.filter((t) => t.issue !== 14);
  return `${others.map(line).join('\n')}\n\nIssue #14, "Measured" (each a ratio within this run; the load average when it was measured):\n${issue14.map(line).join('\n')}`;
}

export function evaluateTargets(
  corpora: CorpusResult[],
  cli: CliResult | undefined,
  sizes?: SizeCosts | undefined,
): Target[] {
  const byName = new Map(corpora.map((c) => [c.name, c]));
  const bundled = byName.get('bundled');
  const k1 = byName.get('1k');
  const k10 = byName.get('10k');
  const k50 = byName.get('50k');
  const targets: Target[] = [];
  const add = (
    name: string,
    value: number | undefined | null,
    limit: string,
    holds: boolean,
    issue14?: { load: number[] | undefined },
  ) =>
    targets.push({
      name,
      value: value ?? null,
      limit,
      holds: value !== undefined && value !== null && holds,
      ...(issue14 ? { issue: 14 } : {}),
      ...(issue14?.load?.[0] !== undefined ? { load: issue14.load[0] } : {}),
    });
  const bundledP99 = bundled?.serve?.ask.p99;
  add('bundled /ask p99 (ms)', bundledP99, '< 5', (bundledP99 ?? Infinity) < 5);
  add(
    'talksbot --json "/ask …" whole process, warm cache (ms)',
    cli?.medianMs,
    '< 600',
    (cli?.medianMs ?? Infinity) < 600,
  );
  const p50Ratio = ratio(k10?.serve?.ask.p50, k10?.baseline?.ask.p50);
  add('10k /ask p50 ÷ brute-force p50', p50Ratio, '≤ 0.33', (p50Ratio ?? Infinity) <= 1 / 3);
  add('10k /ask p99 (ms)', k10?.serve?.ask.p99, '< 50', (k10?.serve?.ask.p99 ?? Infinity) < 50);
  add(
    '10k cached start-up (ms)',
    k10?.serve?.startupMs,
    '< 1000',
    (k10?.serve?.startupMs ?? Infinity) < 1000,
  );
  const peak10 = k10?.build && k10.serve ? Math.max(k10.build.peakRssMb, k10.serve.peakRssMb) : undefined;
  add('10k peak RSS, build and serve (MB)', peak10, '< 400', (peak10 ?? Infinity) < 400);
  const growth = ratio(k10?.serve?.ask.p50, k1?.serve?.ask.p50);
  add('/ask p50 at 10k ÷ p50 at 1k', growth, '≤ 5', (growth ?? Infinity) <= 5);
  add('50k build completes (peak RSS, MB)', k50?.build?.peakRssMb, 'completes', k50?.build !== undefined);
  // issue #14: every command beats the scan; builds against their floor; a change against a build
  for (const [name, corpus] of [
    ['10k', k10],
    ['50k', k50],
  ] as const) {
    for (const command of ['whoSaid', 'timeline'] as const) {
      for (const key of ['p50', 'p99'] as const) {
        const r = ratio(corpus?.serve?.[command][key], corpus?.baseline?.[command][key]);
        add(`${name} ${LABEL[command]} ${key} ÷ brute-force ${key}`, r, '< 1', (r ?? Infinity) < 1, {
          load: corpus?.serveLoadAverage,
        });
      }
    }
  }
  add(
    '50k /timeline p99 (ms)',
    k50?.serve?.timeline.p99,
    '≤ 50',
    (k50?.serve?.timeline.p99 ?? Infinity) <= 50,
    { load: k50?.serveLoadAverage },
  );
  const ask10p99 = k10?.serve?.ask.p99;
  add('10k /ask p99 (ms), again for #12', ask10p99, '< 50', (ask10p99 ?? Infinity) < 50);
  const costs = k10?.costs;
  const single = ratio(costs?.singleThreadMs, costs?.floorMs);
  const costsLoad = { load: costs?.loadAverage };
  add('10k build, one thread ÷ floor', single, '≤ 1.5', (single ?? Infinity) <= 1.5, costsLoad);
  const threaded = ratio(costs?.threadedMs, costs?.floorMs);
  add('10k build, worker threads ÷ floor', threaded, '< 1', (threaded ?? Infinity) < 1, costsLoad);
  // the same bar as one thread's, against the floor parsed in as many threads as the build used
  const parallel = ratio(costs?.threadedMs, costs?.floorThreadedMs);
  add(
    '10k build, worker threads ÷ floor in as many threads',
    parallel,
    '≤ 1.5',
    (parallel ?? Infinity) <= 1.5,
    costsLoad,
  );
  const added = ratio(costs?.addMs, costs?.threadedMs);
  add('10k: one article added ÷ full build (worker threads)', added, '≤ 0.10', (added ?? Infinity) <= 0.1, {
    load: costs?.addLoadAverage ?? costs?.loadAverage,
  });
  const linear = ratio(sizes?.oneArticleMs, sizes?.tenArticlesMs);
  add('1 MB article ÷ the same text as ten 100 kB articles', linear, '≤ 1.3', (linear ?? Infinity) <= 1.3, {
    load: sizes?.loadAverage,
  });
  const huge = sizes ? ratio(sizes.twentyMb.startupMs, sizes.twentyMb.bundledMs) : null;
  add(
    '20 MB file: refused, start-up ÷ start-up without it',
    huge,
    'refused, ≤ 1.5',
    sizes?.twentyMb.refused !== null && (huge ?? Infinity) <= 1.5,
    { load: sizes?.loadAverage },
  );
  const cliRatio = ratio(cli?.medianMs, cli?.nodeFloorMs);
  add('talksbot --json "/ask …" ÷ node -e 0', cliRatio, '≤ 4', (cliRatio ?? Infinity) <= 4, {
    load: cli?.loadAverage,
  });
  return targets;
}
