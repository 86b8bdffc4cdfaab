import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe } from 'vitest';
import { findPostgresBinDir, startThrowawayPostgres } from '../../scripts/postgres/throwaway-cluster.js';

/**
 * PostgreSQL for tests: a fresh database per test file on a real server on loopback.
 *
 * - CI (.ci/run) starts one throwaway server and sets TALKSBOT_TEST_DATABASE_URL (a superuser URL).
 * - Run locally without it, the first test file that asks starts a throwaway cluster of its own (Debian's
 *   PostgreSQL, /usr/lib/postgresql/N/bin) and stops it when the file is done.
 * - In CI a PostgreSQL test that cannot reach its server fails: it is never skipped. Only a developer's
 *   machine with no PostgreSQL installed skips them (and says so in the test name).
 */

const IN_CI = process.env.CI === 'true' || process.env.CI === '1';
const GIVEN_SERVER = process.env.TALKSBOT_TEST_DATABASE_URL?.trim() || undefined;

/** true when this run can have a PostgreSQL server: one given, one installed, or CI (which must) */
export const POSTGRES_AVAILABLE = IN_CI || GIVEN_SERVER !== undefined || findPostgresBinDir() !== undefined;

/** describe() for PostgreSQL tests: always runs in CI; skipped only on a machine without PostgreSQL */
export function describePostgres(name: string, body: () => void): void {
  if (POSTGRES_AVAILABLE) describe(name, body);
  else describe.skip(`${name} (PostgreSQL is not installed here)`, body);
}

let server: Promise<{ url: string; stop(): Promise<void> }> | undefined;

/** The server's superuser URL: the given one, or a throwaway cluster started for this file. */
export function postgresServerUrl(): Promise<string> {
  if (!server) {
    if (GIVEN_SERVER) server = Promise.resolve({ url: GIVEN_SERVER, stop: async () => undefined });
    else if (IN_CI)
      server = Promise.reject(
        new Error('CI runs the PostgreSQL tests against TALKSBOT_TEST_DATABASE_URL, which .ci/run sets'),
      );
    else server = startThrowawayPostgres({ maxConnections: 100 });
  }
  return server.then((s) => s.url);
}

/** Stops the throwaway server, if this file started one. */
export async function stopPostgresServer(): Promise<void> {
  const started = server;
  server = undefined;
  if (started) await (await started.catch(() => undefined))?.stop();
}

/** A connection URL with its database replaced. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export interface TestDatabase {
  /** a URL to a new, empty database of its own */
  url: string;
  name: string;
  drop(): Promise<void>;
}

/** CREATE DATABASE with a unique name on the test server; drop() removes it (closing any connections). */
export async function createTestDatabase(): Promise<TestDatabase> {
  const serverUrl = await postgresServerUrl();
  const name = `talksbot_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  await adminQuery(serverUrl, `CREATE DATABASE ${name}`);
  return {
    url: withDatabase(serverUrl, name),
    name,
    drop: () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`cannot reach the test PostgreSQL server at ${redact(url)}: ${String(error)}`);
  }
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const redact = (url: string) => url.replace(/:\/\/([^:@/]+):[^@]*@/, '://$1:***@');

let users = 0;

/**
 * One fresh database for the test file: created before its tests, dropped after them (and the
 * throwaway server stopped, when the file started one). Read `.url` inside tests or hooks.
 */
export function useTestDatabase(): { readonly url: string } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    users += 1;
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
    users -= 1;
    if (users === 0) await stopPostgresServer();
  });
  return {
    get url() {
      if (!database) throw new Error('useTestDatabase().url is only there inside tests and hooks');
      return database.url;
    },
  };
}
