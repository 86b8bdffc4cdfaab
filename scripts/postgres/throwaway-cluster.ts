import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

/**
 * A PostgreSQL server of its own for a test run, a bench or the deploy example, when none is given: a new
 * cluster in a temporary folder, listening on 127.0.0.1 on a free port, password-protected, removed by
 * stop(). The same recipe as .ci/services.sh, for runs outside CI. PostgreSQL refuses to run as root, so as
 * root the cluster belongs to the `postgres` user that Debian's package creates (or `nobody`).
 */

const run = promisify(execFile);

export interface ThrowawayPostgres {
  /** postgres://talksbot:…@127.0.0.1:PORT/postgres: a superuser, for creating databases */
  url: string;
  port: number;
  /** the cluster's folder (server.log is there) */
  dir: string;
  stop(): Promise<void>;
}

/** The newest installed PostgreSQL's bin folder (initdb, pg_ctl), or undefined. */
export function findPostgresBinDir(): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

export function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** uid/gid to run the server as: ourselves, or when root the `postgres` (else `nobody`) user */
async function serverUser(): Promise<{ uid: number; gid: number } | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  for (const name of ['postgres', 'nobody']) {
    try {
      const uid = Number((await run('id', ['-u', name])).stdout.trim());
      const gid = Number((await run('id', ['-g', name])).stdout.trim());
      return { uid, gid };
    } catch {
      // no such user: try the next
    }
  }
  throw new Error('running as root and no postgres or nobody user to run PostgreSQL as');
}

export async function startThrowawayPostgres(
  options: { binDir?: string; maxConnections?: number } = {},
): Promise<ThrowawayPostgres> {
  const bin = options.binDir ?? findPostgresBinDir();
  if (!bin) throw new Error('PostgreSQL is not installed (Debian: apt-get install postgresql)');
  const user = await serverUser();
  const dir = mkdtempSync(join(tmpdir(), 'talksbot-pg-'));
  const password = randomBytes(16).toString('hex');
  const port = await freeLoopbackPort();
  const as = user ? { uid: user.uid, gid: user.gid } : {};
  try {
    if (user) chownSync(dir, user.uid, user.gid);
    const pwfile = join(dir, 'pwfile');
    writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
    if (user) chownSync(pwfile, user.uid, user.gid);
    await run(
      join(bin, 'initdb'),
      ['-D', join(dir, 'data'), '-U', 'talksbot', `--pwfile=${pwfile}`, '-A', 'scram-sha-256'],
      { ...as, env: { ...process.env, LC_ALL: 'C.UTF-8' } },
    ).catch(async () => {
      // some machines lack the C.UTF-8 locale: the C locale with UTF-8 encoding works everywhere
      rmSync(join(dir, 'data'), { recursive: true, force: true });
      await run(
        join(bin, 'initdb'),
        ['-D', join(dir, 'data'), '-U', 'talksbot', `--pwfile=${pwfile}`, '-A', 'scram-sha-256'],
        { ...as, env: { ...process.env, LC_ALL: 'C' } },
      );
    });
    rmSync(pwfile);
    const serverOptions = [
      '-c listen_addresses=127.0.0.1',
      `-p ${port}`,
      `-k ${dir}`,
      // throwaway: no durability needed, and a busy test machine runs faster without it
      '-c fsync=off',
      '-c synchronous_commit=off',
      `-c max_connections=${options.maxConnections ?? 300}`,
    ].join(' ');
    await run(
      join(bin, 'pg_ctl'),
      [
        '-D',
        join(dir, 'data'),
        '-l',
        join(dir, 'server.log'),
        '-w',
        '-t',
        '60',
        '-o',
        serverOptions,
        'start',
      ],
      as,
    );
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  let stopped = false;
  return {
    url: `postgres://talksbot:${password}@127.0.0.1:${port}/postgres`,
    port,
    dir,
    async stop() {
      if (stopped) return;
      stopped = true;
      await run(join(bin, 'pg_ctl'), ['-D', join(dir, 'data'), '-m', 'fast', '-w', 'stop'], as).catch(
        () => undefined,
      );
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
