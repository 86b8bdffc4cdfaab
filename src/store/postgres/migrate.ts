import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

/**
 * Versioned SQL migrations: `migrations/NNNN_what_it_does.sql`, each applied once, in version order, inside
 * its own transaction, and recorded in `schema_migrations` with a checksum. Any version missing from the
 * table is applied, not only those above the highest: two lines of work can number their files apart
 * (0001–0099 shared state, 0100+ search) and land in either order. A file changed after it was applied is
 * an error rather than silently skipped. An advisory lock makes replicas that start together take turns.
 */

export interface Migration {
  version: number;
  name: string;
  file: string;
  sql: string;
  checksum: string;
}

export interface MigrationReport {
  /** the versions this run applied, in order */
  applied: { version: number; name: string }[];
  /** every version now recorded */
  versions: number[];
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;
/** pg_advisory_lock key: any constant the application's other locks do not use */
const MIGRATION_LOCK = 7_246_131;

/** The project's migrations folder: `migrations/` beside package.json, from src/ or from dist/src/. */
export function defaultMigrationsDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'migrations')))
      return join(dir, 'migrations');
    if (dirname(dir) === dir) throw new Error('no migrations/ folder beside package.json');
  }
}

/** The migrations in `dir`, by version; a badly named .sql file or a repeated version is an error. */
export async function readMigrations(dir: string): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((file) => file.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = FILE_NAME.exec(file);
    if (!match)
      throw new Error(`migration ${file} is not named NNNN_what_it_does.sql (four digits, lower case)`);
    const sql = await readFile(join(dir, file), 'utf8');
    migrations.push({
      version: Number(match[1]),
      name: match[2]!,
      file,
      sql,
      checksum: createHash('sha256').update(sql).digest('hex'),
    });
  }
  for (let i = 1; i < migrations.length; i += 1) {
    if (migrations[i]!.version === migrations[i - 1]!.version)
      throw new Error(`migrations ${migrations[i - 1]!.file} and ${migrations[i]!.file} share a version`);
  }
  return migrations;
}

/** Applies every migration of `dir` the database lacks. Safe to run from several processes at once. */
export async function migrate(pool: pg.Pool, dir = defaultMigrationsDir()): Promise<MigrationReport> {
  const migrations = await readMigrations(dir);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await client.query(`
        CREATE TABLE IF NOT EXISTS schema_migrations (
          version    integer PRIMARY KEY,
          name       text NOT NULL,
          checksum   text NOT NULL,
          applied_at timestamptz NOT NULL DEFAULT now()
        )`);
      const done = new Map(
        (
          await client.query<{ version: number; checksum: string }>(
            'SELECT version, checksum FROM schema_migrations',
          )
        ).rows.map((row) => [row.version, row.checksum]),
      );
      const applied: MigrationReport['applied'] = [];
      for (const migration of migrations) {
        const checksum = done.get(migration.version);
        if (checksum !== undefined) {
          if (checksum !== migration.checksum)
            throw new Error(
              `migration ${migration.file} changed after it was applied: add a new migration instead of editing it`,
            );
          continue;
        }
        await client.query('BEGIN');
        try {
          await client.query(migration.sql);
          await client.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [
            migration.version,
            migration.name,
            migration.checksum,
          ]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw new Error(`migration ${migration.file} failed: ${(error as Error).message}`);
        }
        applied.push({ version: migration.version, name: migration.name });
      }
      const versions = (
        await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
      ).rows.map((row) => row.version);
      return { applied, versions };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    client.release();
  }
}

/** The versions `dir` has that the database has not applied yet (for a health check or a start-up warning). */
export async function pendingMigrations(pool: pg.Pool, dir = defaultMigrationsDir()): Promise<Migration[]> {
  const migrations = await readMigrations(dir);
  const exists = await pool.query<{ present: boolean }>(
    "SELECT to_regclass('schema_migrations') IS NOT NULL AS present",
  );
  if (!exists.rows[0]?.present) return migrations;
  const done = new Set(
    (await pool.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
      (r) => r.version,
    ),
  );
  return migrations.filter((m) => !done.has(m.version));
}
