import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describePostgres, useTestDatabase } from '../../helpers/postgres.js';
import { HAS_SCRIPT, promptLine, startTerminalSession, type TerminalSession } from './terminal-session.js';

/**
 * The interactive REPL with DATABASE_URL answers from PostgreSQL and, when left, ends its connection pool:
 * before, the pool's idle connections kept the process alive for their 30 s idle timeout after "exit".
 */
describePostgres('the REPL on PostgreSQL', () => {
  const database = useTestDatabase();
  let cacheDir: string;
  let session: TerminalSession | undefined;
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'talksbot-repl-pg-'));
  });
  afterAll(async () => {
    session?.kill();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it.skipIf(!HAS_SCRIPT)(
    'answers from the database and leaves at once on exit, its pool closed',
    async () => {
      session = startTerminalSession({
        cols: 100,
        env: { CACHE_DIR: cacheDir, DATABASE_URL: database.url },
      });
      const repl = session;
      await repl.waitFor((screen) => promptLine(screen) === '', 'the first prompt');
      repl.type('/sources\r');
      await repl.waitFor((screen) => screen.some((row) => row.includes('passages')), 'the sources');
      repl.type('exit\r');
      const left = Date.now();
      // well under the pool's 30 s idle timeout, which is what an open pool would have waited
      const code = await Promise.race([
        repl.exited,
        new Promise<string>((resolve) => setTimeout(() => resolve('still running'), 20_000)),
      ]);
      expect(code).toBe(0);
      expect(Date.now() - left).toBeLessThan(20_000);
    },
    120_000,
  );
});
