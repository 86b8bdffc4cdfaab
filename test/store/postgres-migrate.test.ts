import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import {
  createPostgresPool,
  defaultMigrationsDir,
  migrate,
  pendingMigrations,
  readMigrations,
} from '../../src/store/postgres/index.js';
import { createTestDatabase, describePostgres, useTestDatabase } from '../helpers/postgres.js';
import { runTalksbot } from '../helpers.js';

describePostgres('SQL migrations on a real PostgreSQL', () => {
  const database = useTestDatabase();
  let pool: pg.Pool;
  let scratch: string;
  beforeAll(async () => {
    pool = createPostgresPool(database.url, { max: 4 });
    scratch = await mkdtemp(join(tmpdir(), 'talksbot-migrations-'));
  });
  afterAll(async () => {
    await pool?.end();
    if (scratch) await rm(scratch, { recursive: true, force: true });
  });

  it("applies the project's migrations once and records their versions", async () => {
    const files = await readMigrations(defaultMigrationsDir());
    expect(files[0]).toMatchObject({ version: 1, name: 'shared_state' });
    const first = await migrate(pool);
    expect(first.applied.map((m) => m.version)).toEqual(files.map((m) => m.version));
    const tables = await pool.query<{ name: string }>(
      "SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1",
    );
    expect(tables.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'answers',
        'conversations',
        'delivery_ids',
        'feedback',
        'rate_limits',
        'schema_migrations',
      ]),
    );
    const again = await migrate(pool);
    expect(again.applied).toEqual([]);
    expect(again.versions).toEqual(first.versions);
    expect(await pendingMigrations(pool)).toEqual([]);
  });

  it('lets replicas that start together migrate at once: each version is applied exactly once', async () => {
    const fresh = await createTestDatabase();
    const pools = [0, 1, 2].map(() => createPostgresPool(fresh.url, { max: 1 }));
    try {
      const reports = await Promise.all(pools.map((p) => migrate(p)));
      const applied = reports.flatMap((r) => r.applied.map((m) => m.version));
      expect(applied.sort((a, b) => a - b)).toEqual(reports[0]!.versions);
    } finally {
      await Promise.all(pools.map((p) => p.end()));
      await fresh.drop();
    }
  });

  it('applies a lower version that arrives after a higher one (two lines of work, landed in any order)', async () => {
    const dir = join(scratch, 'order');
    const fresh = await createTestDatabase();
    const p = createPostgresPool(fresh.url, { max: 1 });
    try {
      await import('node:fs/promises').then((fs) => fs.mkdir(dir));
      await writeFile(join(dir, '0100_search.sql'), 'CREATE TABLE later (id int);');
      expect((await migrate(p, dir)).applied.map((m) => m.version)).toEqual([100]);
      await writeFile(join(dir, '0002_more_state.sql'), 'CREATE TABLE earlier (id int);');
      expect((await migrate(p, dir)).applied.map((m) => m.version)).toEqual([2]);
      expect((await migrate(p, dir)).versions).toEqual([2, 100]);
    } finally {
      await p.end();
      await fresh.drop();
    }
  });

  it('rolls a failing migration back whole and says which file failed', async () => {
    const dir = join(scratch, 'failing');
    const fresh = await createTestDatabase();
    const p = createPostgresPool(fresh.url, { max: 1 });
    try {
      await import('node:fs/promises').then((fs) => fs.mkdir(dir));
      await writeFile(join(dir, '0001_half.sql'), 'CREATE TABLE half (id int); SELECT * FROM no_such_table;');
      await expect(migrate(p, dir)).rejects.toThrow(/0001_half\.sql failed: .*no_such_table/);
      const half = await p.query("SELECT to_regclass('half') IS NULL AS gone");
      expect(half.rows[0].gone).toBe(true);
      expect((await pendingMigrations(p, dir)).map((m) => m.file)).toEqual(['0001_half.sql']);
    } finally {
      await p.end();
      await fresh.drop();
    }
  });

  it('refuses a migration edited after it was applied', async () => {
    const dir = join(scratch, 'edited');
    const fresh = await createTestDatabase();
    const p = createPostgresPool(fresh.url, { max: 1 });
    try {
      await import('node:fs/promises').then((fs) => fs.mkdir(dir));
      await writeFile(join(dir, '0001_table.sql'), 'CREATE TABLE t (id int);');
      await migrate(p, dir);
      await writeFile(join(dir, '0001_table.sql'), 'CREATE TABLE t (id bigint);');
      await expect(migrate(p, dir)).rejects.toThrow(/0001_table\.sql changed after it was applied/);
    } finally {
      await p.end();
      await fresh.drop();
    }
  });

  it.each([
    ['1_short.sql', /is not named NNNN_what_it_does\.sql/],
    ['0003_Mixed-Case.sql', /is not named NNNN_what_it_does\.sql/],
  ])('refuses a badly named migration file: %s', async (file, message) => {
    const dir = await mkdtemp(join(scratch, 'named-'));
    await writeFile(join(dir, file), 'SELECT 1;');
    await expect(readMigrations(dir)).rejects.toThrow(message);
  });

  it('`talksbot db migrate` applies the schema, and a second run says there is nothing to do', async () => {
    const fresh = await createTestDatabase();
    try {
      const first = await runTalksbot(['db', 'migrate'], { env: { DATABASE_URL: fresh.url } });
      expect(first.stderr).toBe('');
      expect(first.stdout).toMatch(/^applied 0001_shared_state$/m);
      expect(first.code).toBe(0);
      const second = await runTalksbot(['db', 'migrate'], { env: { DATABASE_URL: fresh.url } });
      expect(second.stdout).toMatch(/Nothing to do/);
      const status = await runTalksbot(['db', 'status'], { env: { DATABASE_URL: fresh.url } });
      expect(status).toMatchObject({ code: 0, stdout: 'The database is up to date.\n' });
    } finally {
      await fresh.drop();
    }
  });

  it('`talksbot db migrate` explains a missing or unreachable database without a stack trace', async () => {
    const unset = await runTalksbot(['db', 'migrate'], { env: { DATABASE_URL: '' } });
    expect(unset).toMatchObject({ code: 2 });
    expect(unset.stderr).toMatch(/DATABASE_URL is not set/);
    const missing = new URL(database.url);
    missing.pathname = '/talksbot_no_such_database';
    const gone = await runTalksbot(['db', 'migrate'], { env: { DATABASE_URL: missing.toString() } });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toMatch(/does not exist/);
    expect(gone.stderr).not.toContain(new URL(database.url).password);
  });
});
