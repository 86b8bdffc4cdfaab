import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../adapters/config.js';
import {
  createEngine,
  createPostgresEngine,
  type LoadedEngine,
  loadPostgres,
  runLine,
} from '../../src/index.js';
import { startThrowawayPostgres } from '../postgres/throwaway-cluster.js';
import { buildKnowledgeDir, readCorpus } from './corpus.js';
import { readGold, readQaSet } from './gold.js';

/**
 * `node dist/scripts/eval/backend-parity.js`: every line the evaluation asks (the development gold, every
 * *-qa.jsonl set, and the development corpus with the bundled articles), answered by the embedded engine
 * and by the PostgreSQL engine over the same files (a throwaway server on loopback, or
 * BENCH_DATABASE_URL). Prints the share of byte-identical answers per set and the lines that differ.
 */
const FIXTURES = join(PROJECT_ROOT, 'test', 'fixtures');

async function compare(name: string, embedded: LoadedEngine, postgres: LoadedEngine, lines: string[]) {
  const differing: string[] = [];
  for (const line of lines) {
    const [a, b] = [await runLine(embedded, line), await runLine(postgres, line)];
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      const text = (x: typeof a) =>
        x.kind === 'answer' ? (x.abstained ? '(abstained)' : x.text.slice(0, 70)) : x.kind;
      differing.push(`    ${line}\n      embedded: ${text(a)}\n      postgres: ${text(b)}`);
    }
  }
  const same = lines.length - differing.length;
  process.stdout.write(
    `${name}: ${same}/${lines.length} identical (${((100 * same) / Math.max(1, lines.length)).toFixed(1)}%)\n${differing.join('\n')}${differing.length ? '\n' : ''}`,
  );
  return { same, total: lines.length };
}

async function main(): Promise<void> {
  const given = process.env.BENCH_DATABASE_URL?.trim();
  const server = given ? { url: given, stop: async () => {} } : await startThrowawayPostgres({});
  const { createPostgresPool, migrate } = await loadPostgres();
  const totals = { same: 0, total: 0 };
  const add = (r: { same: number; total: number }) => {
    totals.same += r.same;
    totals.total += r.total;
  };
  let database = 0;
  // the databases this run made, dropped at its end however it ends (on a given server they would
  // otherwise pile up, one pair per run)
  const created: string[] = [];
  const admin = createPostgresPool(server.url, { max: 1 });
  // a database of its own per knowledge folder: files in a database are never dropped by a start
  const over = async (knowledgeDir: string) => {
    const name = `talksbot_parity_${process.pid}_${database++}`;
    await admin.query(`CREATE DATABASE ${name}`);
    created.push(name);
    const url = new URL(server.url);
    url.pathname = `/${name}`;
    const pool = createPostgresPool(url.toString(), { max: 4 });
    await migrate(pool);
    const [embedded, postgres] = [
      await createEngine({ knowledgeDir }),
      await createPostgresEngine({ knowledgeDir, pool }),
    ];
    return { embedded, postgres, close: () => pool.end() };
  };
  try {
    const bundled = await over(join(PROJECT_ROOT, 'knowledge'));
    const gold = await readGold(join(FIXTURES, 'gold'));
    add(
      await compare(
        'gold /ask',
        bundled.embedded,
        bundled.postgres,
        gold.qa.map((g) => `/ask ${g.q}`),
      ),
    );
    add(
      await compare('gold /who-said and /timeline', bundled.embedded, bundled.postgres, [
        ...gold.quotes.map((g) => `/who-said ${g.quote}`),
        '/timeline',
        '/sources',
      ]),
    );
    for (const file of (await readdir(FIXTURES)).filter((f) => f.endsWith('-qa.jsonl')).sort()) {
      const set = await readQaSet(join(FIXTURES, file));
      add(
        await compare(
          file,
          bundled.embedded,
          bundled.postgres,
          set.map((g) => `/ask ${g.q}`),
        ),
      );
    }
    await bundled.close();
    const corpus = await readCorpus(join(FIXTURES, 'corpus'));
    const { dir } = await buildKnowledgeDir({
      bundledDir: join(PROJECT_ROOT, 'knowledge'),
      corpus,
      withBundledArticles: true,
    });
    try {
      const withCorpus = await over(join(dir, 'knowledge'));
      add(
        await compare('corpus (with the bundled five)', withCorpus.embedded, withCorpus.postgres, [
          ...corpus.qa.map((g) => `/ask ${g.q}`),
          ...corpus.quotes.map((g) => `/who-said ${g.quote}`),
          '/timeline',
        ]),
      );
      await withCorpus.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  } finally {
    for (const name of created) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
    await server.stop();
  }
  process.stdout.write(
    `\nall: ${totals.same}/${totals.total} identical (${((100 * totals.same) / totals.total).toFixed(1)}%)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`parity failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
