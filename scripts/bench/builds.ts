import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { inWorker } from './processes.js';
import { median, round } from './stats.js';
import type { AddResult, BuildResult, FloorResult } from './worker.js';

/**
 * What a build costs against its floor, and what a change costs against a build:
 * - floor: one compromise parse of every article's text, in a fresh process (the least any build that
 *   reads the text with compromise can do), in one thread and shared between as many worker threads as a
 *   build uses (one per core): a build in threads can only beat the one-thread floor by parallelism,
 *   so it is also held to the floor in as many threads
 * - the full build in one thread and with worker threads, each from an empty cache, with the CPU time
 *   each took (every thread's), which a busy machine inflates far less than wall time
 * - one article added to the knowledge base with a warm cache (a copy of one of its articles under a
 *   new id, with a sentence of its own, so nothing of it is cached): ADD_RUNS start-ups, each from a
 *   copy of the same warm cache, the median kept (one start-up of ~2 s moves by more than the margin)
 */
export interface BuildCosts {
  floorMs: number;
  /** the floor in `threads` worker threads */
  floorThreadedMs: number;
  threads: number;
  singleThreadMs: number;
  threadedMs: number;
  /** CPU time: the floor's parse, and each build's */
  floorCpuMs: number;
  singleThreadCpuMs: number;
  threadedCpuMs: number;
  /** the median of the additions' wall times, and each */
  addMs: number;
  addRunsMs: number[];
  /** the CPU time of the addition whose wall time is the median */
  addCpuMs: number;
  addAnalysed: string[];
  /** the articles whose links to the entity table the addition made anew */
  addRelinked: string[];
  /** the machine's load average (1, 5, 15 minutes) as these were measured: at the start, and before the additions */
  loadAverage: number[];
  addLoadAverage: number[];
}

const ADD_RUNS = 3;

export async function measureBuildCosts(
  knowledgeDir: string,
  cacheDir: string,
  scratch: string,
  threaded: BuildResult,
): Promise<BuildCosts> {
  const loadAverage = loadavg().map((load) => Math.round(load * 100) / 100);
  const threads = availableParallelism();
  const floor = await inWorker<FloorResult>({ phase: 'floor', knowledgeDir });
  const floorThreaded = await inWorker<FloorResult>({ phase: 'floor', knowledgeDir, threads });
  const single = await inWorker<BuildResult>({
    phase: 'build',
    knowledgeDir,
    cacheDir: join(scratch, 'single-thread-cache'),
    threads: 1,
  });
  await rm(join(scratch, 'single-thread-cache'), { recursive: true, force: true });
  const added = await addOne(knowledgeDir);
  const addLoadAverage = loadavg().map((load) => round(load, 2));
  const adds: AddResult[] = [];
  for (let run = 0; run < ADD_RUNS; run++) {
    const copy = join(scratch, `add-cache-${run}`);
    await cp(cacheDir, copy, { recursive: true });
    adds.push(await inWorker<AddResult>({ phase: 'add', knowledgeDir, cacheDir: copy }));
    await rm(copy, { recursive: true, force: true });
  }
  await rm(added, { force: true });
  const addMs = median(adds.map((a) => a.addMs));
  const add = adds.find((a) => a.addMs === addMs) ?? adds[0]!;
  return {
    floorMs: floor.parseMs,
    floorThreadedMs: floorThreaded.parseMs,
    threads,
    singleThreadMs: single.buildMs,
    threadedMs: threaded.buildMs,
    floorCpuMs: floor.cpuMs,
    singleThreadCpuMs: single.cpuMs,
    threadedCpuMs: threaded.cpuMs,
    addMs,
    addRunsMs: adds.map((a) => a.addMs),
    addCpuMs: add.cpuMs,
    addAnalysed: add.analysed,
    addRelinked: add.relinked,
    loadAverage,
    addLoadAverage,
  };
}

async function addOne(knowledgeDir: string): Promise<string> {
  const [first] = (await readdir(knowledgeDir)).filter((name) => name.endsWith('.md')).sort();
  const text = await readFile(join(knowledgeDir, first!), 'utf8');
  const file = join(knowledgeDir, 'zz-added-article.md');
  await writeFile(
    file,
    `${text.replace(/^id: .*$/m, 'id: zz-added-article').trimEnd()}\n\nThe envoys met again in Geneva on Friday.\n`,
  );
  return file;
}

/**
 * Build time against article size: one article of about 1 MB against the same text as ten articles of
 * about 100 kB, each built from scratch in one thread; and a 20 MB file beside the bundled articles,
 * which the size limit must refuse with a message while the rest starts as usual.
 */
export interface SizeCosts {
  oneArticleMs: number;
  tenArticlesMs: number;
  bytes: number;
  twentyMb: { startupMs: number; bundledMs: number; refused: string | null };
  /** the machine's load average (1, 5, 15 minutes) as these were measured */
  loadAverage?: number[];
}

const ONE_MB = 990_000;

export async function measureSizes(
  sourceDir: string,
  bundledDir: string,
  scratch: string,
): Promise<SizeCosts> {
  const loadAverage = loadavg().map((load) => round(load, 2));
  const paragraphs: string[] = [];
  let bytes = 0;
  for (const article of (await loadKnowledge(sourceDir)).articles) {
    for (const paragraph of article.paragraphs) {
      if (paragraph.kind !== 'body' || bytes > ONE_MB) continue;
      paragraphs.push(paragraph.text);
      bytes += Buffer.byteLength(paragraph.text) + 2;
    }
  }
  const one = join(scratch, 'one-article');
  const ten = join(scratch, 'ten-articles');
  await mkdir(one, { recursive: true });
  await mkdir(ten, { recursive: true });
  const front = (id: string) => `---\nid: ${id}\ntitle: Size test ${id}\npublished: 2025-05-01\n---\n`;
  await writeFile(join(one, 'one.md'), `${front('one')}${paragraphs.join('\n\n')}\n`);
  const per = Math.ceil(paragraphs.length / 10);
  for (let i = 0; i < 10; i++)
    await writeFile(
      join(ten, `part-${i}.md`),
      `${front(`part-${i}`)}${paragraphs.slice(i * per, (i + 1) * per).join('\n\n')}\n`,
    );
  const buildOf = (dir: string) =>
    inWorker<BuildResult>({ phase: 'build', knowledgeDir: dir, cacheDir: join(dir, '.cache'), threads: 1 });
  const oneBuild = await buildOf(one);
  const tenBuild = await buildOf(ten);

  const huge = join(scratch, 'with-20-mb');
  await mkdir(huge, { recursive: true });
  for (const name of await readdir(bundledDir))
    await writeFile(join(huge, name), await readFile(join(bundledDir, name)));
  const line = 'The delegations met again and agreed to keep talking about the ceasefire. ';
  // two start-ups each way, alternating, the faster of each kept: a 2 s start-up on a shared machine
  // moves by more than the ratio measured
  const withHuge: BuildResult[] = [];
  const without: BuildResult[] = [];
  for (let rep = 0; rep < 2; rep++) {
    await writeFile(
      join(huge, 'huge.md'),
      `${front('huge')}${line.repeat(Math.ceil(20_000_000 / line.length))}\n`,
    );
    withHuge.push(
      await inWorker<BuildResult>({
        phase: 'build',
        knowledgeDir: huge,
        cacheDir: join(huge, `.with-${rep}`),
      }),
    );
    await rm(join(huge, 'huge.md'));
    without.push(
      await inWorker<BuildResult>({
        phase: 'build',
        knowledgeDir: huge,
        cacheDir: join(huge, `.without-${rep}`),
      }),
    );
  }
  const fastest = (runs: BuildResult[]) => runs.reduce((a, b) => (b.buildMs < a.buildMs ? b : a));
  await rm(scratch, { recursive: true, force: true });
  return {
    oneArticleMs: oneBuild.buildMs,
    tenArticlesMs: tenBuild.buildMs,
    bytes,
    twentyMb: {
      startupMs: fastest(withHuge).buildMs,
      bundledMs: fastest(without).buildMs,
      refused: withHuge[0]!.skipped.find((s) => s.file === 'huge.md')?.reason ?? null,
    },
    loadAverage,
  };
}
