import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createEngine,
  createPostgresEngine,
  type LoadedEngine,
  loadPostgres,
  runLine,
} from '../../src/index.js';
import {
  indexSettings,
  knowledgeFileNames,
  publishedKey,
} from '../../src/knowledge-store/postgres-knowledge.js';
import { describePostgres, useTestDatabase } from '../helpers/postgres.js';
import { KNOWLEDGE_DIR } from '../helpers.js';

// building twice and dumping every table on a loaded 2-core machine takes longer than the default 30 s
const HEAVY_TIMEOUT = 120_000;

// every derived table, whole, in a stable order: what "the same generation" means (the build times and
// file timestamps aside)
const TABLES: [string, string][] = [
  ['knowledge_state', 'SELECT source_key, passages FROM knowledge_state'],
  [
    'articles',
    'SELECT id, position, file, title, outlet, published, url, data::text FROM articles ORDER BY position',
  ],
  [
    'passages',
    `SELECT id, article_id, position, paragraph, start_at, end_at, text, heading, entities, mentions,
            features::text, search::text, seq FROM passages ORDER BY seq`,
  ],
  ['search_lexemes', 'SELECT lexeme, passages FROM search_lexemes ORDER BY lexeme COLLATE "C"'],
  [
    'search_postings',
    'SELECT lexeme, passage, rank FROM search_postings ORDER BY lexeme COLLATE "C", passage',
  ],
  ['quotes', 'SELECT id, article_id, speaker, data::text FROM quotes ORDER BY id'],
  ['events', 'SELECT id, article_id, date, data::text, terms::text FROM events ORDER BY id'],
  ['entities', 'SELECT position, name, type, data::text FROM entities ORDER BY position'],
  ['entity_forms', 'SELECT position, form, target::text FROM entity_forms ORDER BY position'],
  ['skipped_files', 'SELECT position, file, reason FROM skipped_files ORDER BY position'],
];

async function dump(pool: pg.Pool): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const [table, sql] of TABLES) out[table] = (await pool.query(sql)).rows;
  return out;
}

// two invented articles with one id, far apart in the build's order: with batches of two articles they
// are read in different batches, and the second must still be skipped as one build skips it
const invented = (title: string, body: string) =>
  [
    '---',
    'id: 2025-10-02-ferry-strike',
    `title: ${title}`,
    'outlet: Invented Wire',
    'published: 2025-10-02',
    '---',
    '',
    body,
    '',
  ].join('\n');

describePostgres('a PostgreSQL ingest in batches', () => {
  const whole = useTestDatabase();
  const batched = useTestDatabase();
  let pools: pg.Pool[] = [];
  let dir: string;
  let one: LoadedEngine;
  let many: LoadedEngine;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-pg-ingest-'));
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    await writeFile(
      join(dir, '0001-ferry-strike.md'),
      invented(
        'Ferry crews walk out over rosters',
        'Ferry crews in Tallinn stopped work on Thursday, October 2, over new rosters. "We were never asked," said Maret Kask, who speaks for the crews\u2019 union.',
      ),
    );
    await writeFile(
      join(dir, 'zz-ferry-strike-copy.md'),
      invented('Ferry crews walk out (copy)', 'A second copy of the ferry report, filed under the same id.'),
    );
    const { createPostgresPool, migrate } = await loadPostgres();
    pools = [createPostgresPool(whole.url, { max: 2 }), createPostgresPool(batched.url, { max: 2 })];
    for (const pool of pools) await migrate(pool);
    one = await createPostgresEngine({ knowledgeDir: dir, pool: pools[0]!, threads: 1 });
    many = await createPostgresEngine({ knowledgeDir: dir, pool: pools[1]!, threads: 1, batchArticles: 2 });
  }, HEAVY_TIMEOUT);
  afterAll(async () => {
    for (const pool of pools) await pool.end();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it(
    'writes exactly the tables of one build over every article, in batches of two',
    async () => {
      const [a, b] = [await dump(pools[0]!), await dump(pools[1]!)];
      expect(a.articles!.length).toBe(6);
      expect(a.passages!.length).toBeGreaterThan(100);
      expect(a.search_postings!.length).toBeGreaterThan(a.passages!.length);
      expect(a.events!.length).toBeGreaterThan(0);
      for (const [table] of TABLES) expect(b[table], table).toEqual(a[table]);
      // the same id in a later batch is skipped with the first file's name, as one build does
      expect(b.skipped_files).toEqual([
        {
          position: 0,
          file: 'zz-ferry-strike-copy.md',
          reason: 'id: "2025-10-02-ferry-strike" is already used by 0001-ferry-strike.md',
        },
      ]);
    },
    HEAVY_TIMEOUT,
  );

  it(
    'serves the same knowledge and answers, and its replica loads the same',
    async () => {
      expect(many.knowledge).toEqual(one.knowledge);
      for (const line of [
        'Who speaks for the ferry crews?',
        '/who-said Kask',
        '/timeline Tallinn',
        '/sources',
      ])
        expect(await runLine(many, line)).toEqual(await runLine(one, line));
      // and it is what the embedded engine builds over the same folder in one piece (the search index aside)
      const embedded = (await createEngine({ knowledgeDir: dir, threads: 1 })).knowledge;
      for (const part of [
        'articles',
        'skipped',
        'entities',
        'sentenceEntities',
        'features',
        'stemDf',
        'quotes',
        'events',
        'eventTerms',
      ] as const)
        expect(many.knowledge[part], part).toEqual(embedded[part]);
      const replica = await createPostgresEngine({ knowledgeDir: dir, pool: pools[1]!, batchArticles: 2 });
      expect(replica.fromCache).toBe(true);
      expect(replica.knowledge).toEqual(many.knowledge);
    },
    HEAVY_TIMEOUT,
  );

  it(
    'rebuilds a generation built with other field boosts instead of serving its stale postings ranks',
    async () => {
      const pool = pools[1]!;
      const current = await knowledgeFileNames(pool);
      expect(await publishedKey(pool)).toBe(current.key);
      // what a build whose fields were boosted otherwise published: the same files, another key
      const settings = JSON.parse(indexSettings()) as { boosts: Record<string, number> };
      const other = JSON.stringify({ ...settings, boosts: { ...settings.boosts, heading: 0.9 } });
      const stale = (await knowledgeFileNames(pool, other)).key;
      expect(stale).not.toBe(current.key);
      await pool.query('UPDATE knowledge_state SET source_key = $1', [stale]);
      const rebuilt = await createPostgresEngine({ knowledgeDir: dir, pool, batchArticles: 2 });
      expect(rebuilt.fromCache).toBe(false);
      expect(await publishedKey(pool)).toBe(current.key);
      expect(rebuilt.knowledge).toEqual(many.knowledge);
    },
    HEAVY_TIMEOUT,
  );
});
