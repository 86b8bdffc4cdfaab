import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ENGINE_DIR = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * The cache key: a hash of every knowledge file and of the engine's version (engineVersion). Hashing the
 * code rather than keeping a hand-bumped version means a changed extractor can never be served stale facts.
 */
export async function cacheKey(files: { file: string; content: string }[]): Promise<string> {
  const hash = createHash('sha256');
  hash.update(await engineVersion());
  for (const { file, content } of files) hash.update(`${file}\0${content}\0`);
  return hash.digest('hex').slice(0, 24);
}

/** The key of one article's own work: its file name and bytes under this engine version. */
export async function articleKey(file: string, content: string): Promise<string> {
  return createHash('sha256')
    .update(await engineVersion())
    .update(`${file}\0${content}`)
    .digest('hex')
    .slice(0, 24);
}

let version: Promise<string> | undefined;
/**
 * What the engine's output depends on besides the articles: its own code and the installed version of
 * every runtime dependency, because the data packages (compromise's lexicon, WordNet, the country list)
 * decide tags, names and synonyms as much as the code does. The code a process runs does not change
 * under it, so this is computed once per process.
 */
export function engineVersion(): Promise<string> {
  version ??= (async () => {
    const hash = createHash('sha256');
    for (const file of await engineCodeFiles(ENGINE_DIR)) hash.update(await readFile(file));
    for (const line of await dependencyVersions(ENGINE_DIR)) hash.update(`${line}\0`);
    return hash.digest('hex');
  })();
  return version;
}

async function engineCodeFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return engineCodeFiles(path);
      return ['.ts', '.js', '.json'].includes(extname(entry.name)) ? [path] : [];
    }),
  );
  return files.flat().sort();
}

/**
 * "name@version" of each runtime dependency as installed: read from its package.json wherever Node would
 * find it (the package's own exports may hide package.json from require.resolve). A dependency that is
 * not installed counts as "name@missing", so installing it later also changes the version.
 */
export async function dependencyVersions(fromDir: string): Promise<string[]> {
  const manifestPath = await nearestPackageJson(fromDir);
  if (!manifestPath) return [];
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const require = createRequire(manifestPath);
  return Promise.all(
    Object.keys(manifest.dependencies ?? {})
      .sort()
      .map(async (name) => {
        for (const folder of require.resolve.paths(name) ?? []) {
          const installed = await readFile(join(folder, name, 'package.json'), 'utf8').catch(() => undefined);
          if (installed) return `${name}@${(JSON.parse(installed) as { version?: string }).version ?? '?'}`;
        }
        return `${name}@missing`;
      }),
  );
}

async function nearestPackageJson(dir: string): Promise<string | undefined> {
  for (let at = dir; ; at = dirname(at)) {
    const candidate = join(at, 'package.json');
    if (
      await stat(candidate).then(
        (info) => info.isFile(),
        () => false,
      )
    )
      return candidate;
    if (dirname(at) === at) return undefined;
  }
}

/** Bumped whenever the file layout around the data changes; the data's own shape is checked by the caller. */
const CACHE_FORMAT = 1;

export type CacheRead<T> =
  | { status: 'hit'; value: T }
  | { status: 'miss' }
  /** the file exists but cannot be used: corrupt, another format, or data of the wrong shape */
  | { status: 'unusable'; file: string; reason: string };

/**
 * What a cache file holds: the whole knowledge base, one article's own work, or one article's links to
 * the entity table, or what compromise said of single words (see build/).
 */
export type CacheKind = 'knowledge' | 'article' | 'links' | 'memo';

const cacheName = (kind: CacheKind, key: string) => `${kind}-${key}.json`;
const cacheFile = (cacheDir: string, key: string, kind: CacheKind) => join(cacheDir, cacheName(kind, key));

/**
 * A cache file is `{"format":1,"key":…,"digest":…,"data":…}` with the envelope's fields in this order, so the
 * bytes of `data` can be found without parsing it: `digest` is their SHA-256. A file whose key and digest
 * match is, byte for byte, what this engine version wrote for this key (the key hashes the engine version),
 * and its reader may skip checking its shape; anything else (an older file, a hand edit, a torn copy) is
 * still read, but as untrusted data.
 */
const ENVELOPE_HEAD = /^\{"format":(\d+),"key":"([0-9a-z-]+)","digest":"([0-9a-f]{64})","data":/;

const digestOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** `intact`: the file's key and digest match, so it is this engine's own output for this key, unaltered. */
type Accept<T> = (data: unknown, intact: boolean) => T | Promise<T>;

/**
 * Reads the cache for a key. `accept` checks the data (and may build from it); whatever it throws makes the
 * file unusable rather than fatal, so the caller rebuilds instead of failing at every start.
 */
export async function readCache<T>(
  cacheDir: string,
  key: string,
  accept: Accept<T>,
  kind: CacheKind = 'knowledge',
): Promise<CacheRead<T>> {
  const file = cacheFile(cacheDir, key, kind);
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'miss' };
    return { status: 'unusable', file, reason: `cannot be read (${(error as NodeJS.ErrnoException).code})` };
  }
  const intact = intactData(bytes, key);
  if (intact) {
    let data: unknown;
    try {
      data = JSON.parse(bytes.toString('utf8', intact.start, intact.end));
    } catch {
      return { status: 'unusable', file, reason: 'is not valid JSON' };
    }
    return accepted(file, () => accept(data, true));
  }
  let envelope: unknown;
  try {
    envelope = JSON.parse(bytes.toString('utf8'));
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
  const { data } = envelope;
  return accepted(file, () => accept(data, false));
}

/** Where `data`'s bytes are, when the file is this key's and they hash to its digest; else undefined. */
function intactData(bytes: Buffer, key: string): { start: number; end: number } | undefined {
  const head = ENVELOPE_HEAD.exec(bytes.toString('latin1', 0, Math.min(bytes.length, 256)));
  if (!head || Number(head[1]) !== CACHE_FORMAT || head[2] !== key) return undefined;
  const start = head[0].length;
  const end = bytes.length - 1;
  if (end < start || bytes[end] !== 0x7d /* } */) return undefined;
  return digestOf(bytes.subarray(start, end)) === head[3] ? { start, end } : undefined;
}

async function accepted<T>(file: string, accept: () => T | Promise<T>): Promise<CacheRead<T>> {
  try {
    return { status: 'hit', value: await accept() };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { status: 'unusable', file, reason: `does not hold what this version reads (${why})` };
  }
}

/**
 * Writes atomically (temp file, then rename) so a crash mid-write never leaves a corrupt cache behind. The
 * temp name is unique (process id and random bytes): processes or shards building at once never share one.
 */
export async function writeCache(
  cacheDir: string,
  key: string,
  data: unknown,
  kind: CacheKind = 'knowledge',
): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const target = cacheFile(cacheDir, key, kind);
  const temp = `${target}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const body = Buffer.from(JSON.stringify(data));
  const head = `{"format":${CACHE_FORMAT},"key":${JSON.stringify(key)},"digest":"${digestOf(body)}","data":`;
  try {
    await writeFile(temp, Buffer.concat([Buffer.from(head), body, Buffer.from('}')]));
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** A temp file older than this is orphaned whoever wrote it (a write takes seconds; pids get reused). */
const ORPHAN_AGE_MS = 60 * 60 * 1000;
const TEMP_FILE = /^(?:knowledge|article|links|memo)-.+\.json\.(\d+)(?:\.[0-9a-f]+)?\.tmp$/;

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

/** A cache file written this recently may be another process's, written and not yet read: it is kept. */
const RECENT_MS = 60 * 1000;
const CACHE_FILE = /^(knowledge|article|links|memo)-([0-9a-f]+)\.json$/;

/**
 * Removes the cache files no current key uses: knowledge bases of earlier article sets or engine versions,
 * and the work of articles that changed or left. Files another process wrote in the last minute are kept
 * (two replicas may share the folder); anything else in the folder (history, feedback) is never touched.
 * Returns the names removed.
 */
export async function pruneCache(
  cacheDir: string,
  keep: {
    knowledge: readonly string[];
    article: readonly string[];
    links?: readonly string[];
    memo?: readonly string[];
  },
  now = Date.now(),
): Promise<string[]> {
  const wanted = new Set([
    ...keep.knowledge.map((key) => cacheName('knowledge', key)),
    ...keep.article.map((key) => cacheName('article', key)),
    ...(keep.links ?? []).map((key) => cacheName('links', key)),
    ...(keep.memo ?? []).map((key) => cacheName('memo', key)),
  ]);
  const names = await readdir(cacheDir).catch(() => [] as string[]);
  const removed: string[] = [];
  for (const name of names) {
    if (!CACHE_FILE.test(name) || wanted.has(name)) continue;
    const path = join(cacheDir, name);
    const age = await stat(path).then(
      (info) => now - info.mtimeMs,
      () => undefined,
    );
    if (age === undefined || age < RECENT_MS) continue;
    await rm(path, { force: true }).then(
      () => removed.push(name),
      () => {},
    );
  }
  return removed;
}
