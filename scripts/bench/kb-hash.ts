import { createHash } from 'node:crypto';
import { cp, mkdir, readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../../adapters/config.js';
import { analyseFile } from '../../src/build/analyse-article.js';
import { createEngine } from '../../src/create-engine.js';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { readArticleFiles } from '../../src/knowledge/read-files.js';
import { serialiseKnowledgeBase } from '../../src/knowledge-base.js';
import { buildKnowledgeDir, readCorpus } from '../eval/corpus.js';
import { writeSyntheticCorpus } from './synthetic.js';

/**
 * `node dist/scripts/bench/kb-hash.js --dir /tmp/x [--sizes 10000]`: the SHA-256 of the built knowledge
 * base and of every article's own analysis (what the per-article cache and the PostgreSQL ingest store),
 * for the bundled articles, bundled + test/fixtures/corpus, and synthetic corpora, each built in one
 * thread from nothing. A speed-up of the build must leave every line the same: run it before and after.
 * The knowledge folders are written into --dir once and reused, so two checkouts hash the same files.
 */

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

async function exists(dir: string): Promise<boolean> {
  return readdir(dir).then(
    (names) => names.length > 0,
    () => false,
  );
}

async function folders(root: string, sizes: number[]): Promise<[string, string][]> {
  const bundled = join(PROJECT_ROOT, 'knowledge');
  const out: [string, string][] = [['bundled', bundled]];
  const withCorpus = join(root, 'bundled-corpus');
  if (!(await exists(withCorpus))) {
    const corpus = await readCorpus(join(PROJECT_ROOT, 'test', 'fixtures', 'corpus'));
    const made = await buildKnowledgeDir({ bundledDir: bundled, corpus, withBundledArticles: true });
    await mkdir(withCorpus, { recursive: true });
    await cp(join(made.dir, 'knowledge'), withCorpus, { recursive: true });
  }
  out.push(['bundled+corpus', withCorpus]);
  const articles = (await loadKnowledge(bundled)).articles;
  for (const size of sizes) {
    const dir = join(root, `synthetic-${size}`);
    if (!(await exists(dir))) await writeSyntheticCorpus(articles, size, dir);
    out.push([`synthetic-${size}`, dir]);
  }
  return out;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { dir: { type: 'string' }, sizes: { type: 'string', default: '10000' } },
  });
  if (!values.dir) throw new Error('--dir <folder for the knowledge folders> is required');
  const sizes = values.sizes ? values.sizes.split(',').filter(Boolean).map(Number) : [];
  for (const [name, dir] of await folders(resolve(values.dir), sizes)) {
    const start = performance.now();
    const engine = await createEngine({ knowledgeDir: dir, threads: 1 });
    const ms = performance.now() - start;
    const kb = sha(JSON.stringify(serialiseKnowledgeBase(engine.knowledge)));
    const read = await readArticleFiles(dir);
    const analyses = createHash('sha256');
    for (const file of read.files) analyses.update(JSON.stringify(analyseFile(file.file, file.content)));
    process.stdout.write(
      `${name}: knowledge base ${kb.slice(0, 16)} analyses ${analyses.digest('hex').slice(0, 16)} (build ${(ms / 1000).toFixed(1)} s)\n`,
    );
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`kb-hash failed: ${error instanceof Error ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
}
