import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENGINE_DIR = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * The cache key: a hash of every knowledge file and of the engine's own code. Hashing the code rather than
 * keeping a hand-bumped version means a changed extractor can never be served stale facts.
 */
export async function cacheKey(files: { file: string; content: string }[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await engineCodeHash());
  for (const { file, content } of files) hash.update(`${file}\0${content}\0`);
  return hash.digest('hex').slice(0, 24);
}

let codeHash: Promise<string> | undefined;
/** The code a process runs does not change under it, so it is hashed once per process. */
function engineCodeHash(): Promise<string> {
  codeHash ??= (async () => {
    const hash = createHash('sha256');
    for (const file of await engineCodeFiles(ENGINE_DIR)) hash.update(await readFile(file));
    return hash.digest('hex');
  })();
  return codeHash;
}

async function engineCodeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return engineCodeFiles(path);
      return ['.ts', '.js'].includes(extname(entry.name)) ? [path] : [];
    }),
  );
  return files.flat().sort();
}

/** Bumped whenever the file layout around the data changes; the data's own shape is checked by the caller. */
const CACHE_FORMAT = 1;

export type CacheRead<T> =
  | { status: 'hit'; value: T }
  | { status: 'miss' }
  /** the file exists but cannot be used: corrupt, another format, or data of the wrong shape */
  | { status: 'unusable'; file: string; reason: string };

const cacheFile = (cacheDir: string, key: string) => join(cacheDir, `knowledge-${key}.json`);

/**
 * Reads the cache for a key. `accept` checks the data (and may build from it); whatever it throws makes the
 * file unusable rather than fatal, so the caller rebuilds instead of failing at every start.
 */
export async function readCache<T>(
  cacheDir: string,
  key: string,
  accept: (data: unknown) => T,
): Promise<CacheRead<T>> {
  const file = cacheFile(cacheDir, key);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'miss' };
    return { status: 'unusable', file, reason: `cannot be read (${(error as NodeJS.ErrnoException).code})` };
  }
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return { status: 'unusable', file, reason: 'is not valid JSON' };
  }
  if (typeof envelope !== 'object' || envelope === null || !('format' in envelope) || !('data' in envelope))
    return { status: 'unusable', file, reason: 'is not a talksbot index cache' };
  if (envelope.format !== CACHE_FORMAT)
    return {
      status: 'unusable',
      file,
      reason: `has cache format ${String(envelope.format)}, not ${CACHE_FORMAT}`,
    };
  try {
    return { status: 'hit', value: accept(envelope.data) };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { status: 'unusable', file, reason: `does not hold what this version reads (${why})` };
  }
}

/**
 * Writes atomically (temp file, then rename) so a crash mid-write never leaves a corrupt cache behind. The
 * temp name is unique (process id and random bytes): processes or shards building at once never share one.
 */
export async function writeCache(cacheDir: string, key: string, data: unknown): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const target = cacheFile(cacheDir, key);
  const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    await writeFile(temp, JSON.stringify({ format: CACHE_FORMAT, data }));
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A temp file older than this is orphaned whoever wrote it (a write takes seconds; pids get reused). */
const ORPHAN_AGE_MS = 60 * 60 * 1000;
const TEMP_FILE = /^knowledge-.+\.json\.(\d+)(?:\.[0-9a-f]+)?\.tmp$/;

/**
 * Removes temp files a crashed or killed write left behind: those whose writing process is gone, or that
 * are over an hour old. Returns their names. Best effort: a file another process removed first is fine.
 */
export async function removeOrphanedTempFiles(cacheDir: string, now = Date.now()): Promise<string[]> {
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    const pid = TEMP_FILE.exec(name)?.[1];
    if (pid === undefined) continue;
    const path = join(cacheDir, name);
    const age = await stat(path).then(
      (info) => now - info.mtimeMs,
      () => undefined,
    );
    if (age === undefined) continue;
    if (isRunning(Number(pid)) && age < ORPHAN_AGE_MS) continue;
    await rm(path, { force: true }).then(
      () => removed.push(name),
      () => {},
    );
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just someone else's
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
