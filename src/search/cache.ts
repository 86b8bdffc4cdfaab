import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
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

export async function readCache<T>(cacheDir: string, key: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(join(cacheDir, `knowledge-${key}.json`), 'utf8')) as T;
  } catch {
    return undefined;
  }
}

/** Writes atomically (temp file, then rename) so a crash mid-write never leaves a corrupt cache behind. */
export async function writeCache(cacheDir: string, key: string, data: unknown): Promise<void> {
  await mkdir(cacheDir, { recursive: true });
  const target = join(cacheDir, `knowledge-${key}.json`);
  const temp = `${target}.${process.pid}.tmp`;
  await writeFile(temp, JSON.stringify(data));
  await rename(temp, target);
}
