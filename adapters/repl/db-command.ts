import { loadPostgres } from '../../src/index.js';
import { type CommandIo, processIo } from './command-io.js';

const DB_USAGE = `talksbot db migrate   applies the SQL migrations in migrations/ to DATABASE_URL (safe to repeat)
talksbot db status    the migrations applied and those still pending`;

/** `talksbot db …`: the PostgreSQL schema of DATABASE_URL. */
export async function dbCommand(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const [action, ...rest] = argv;
  if ((action !== 'migrate' && action !== 'status') || rest.length) {
    io.stderr(
      `${action && action !== 'help' ? `talksbot db: unknown command "${action}"\n\n` : ''}${DB_USAGE}\n`,
    );
    return action === 'help' ? 0 : 2;
  }
  const url = io.config.databaseUrl;
  if (!url) {
    io.stderr(
      'talksbot db: DATABASE_URL is not set. Put a PostgreSQL URL in .env, e.g. DATABASE_URL=postgres://talksbot:secret@127.0.0.1:5432/talksbot\n',
    );
    return 2;
  }
  const { createPostgresPool, migrate, pendingMigrations } = await loadPostgres();
  const pool = createPostgresPool(url, { max: 1, applicationName: 'talksbot db' });
  try {
    if (action === 'status') {
      const pending = await pendingMigrations(pool);
      io.stdout(
        pending.length
          ? `${pending.length} migration(s) pending: ${pending.map((m) => m.file).join(', ')}\n`
          : 'The database is up to date.\n',
      );
      return pending.length ? 1 : 0;
    }
    const report = await migrate(pool);
    for (const step of report.applied)
      io.stdout(`applied ${String(step.version).padStart(4, '0')}_${step.name}\n`);
    io.stdout(
      report.applied.length
        ? `The database is up to date (schema versions ${report.versions.join(', ')}).\n`
        : 'Nothing to do: the database is up to date.\n',
    );
    return 0;
  } catch (error) {
    io.stderr(`talksbot db ${action}: ${describeDbError(error)}\n`);
    return 1;
  } finally {
    await pool.end();
  }
}

/** The driver's errors, in words an operator can act on; the password never appears. */
function describeDbError(error: unknown): string {
  const err = error as NodeJS.ErrnoException & { code?: string };
  if (err.code === 'ECONNREFUSED')
    return 'cannot connect to the database (is PostgreSQL running at DATABASE_URL?)';
  if (err.code === '28P01') return 'the database refused the password in DATABASE_URL';
  if (err.code === '3D000') return 'the database named in DATABASE_URL does not exist (createdb it first)';
  return err.message ?? String(error);
}
