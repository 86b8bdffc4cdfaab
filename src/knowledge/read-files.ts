import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { SkippedFile } from '../answer.js';
import { notTextReason } from '../text/is-text.js';

/**
 * The largest article file read, by default. A long news article is some 10,000 words (about 70 kB); a
 * 1 MB file is a whole book or a capture gone wrong, and building its index would hold up start-up for
 * many seconds, so it is skipped with a reason instead. EngineOptions.maxArticleBytes changes it.
 */
export const DEFAULT_MAX_ARTICLE_BYTES = 1_000_000;

/** A knowledge file's name and text, as read. */
export interface KnowledgeFile {
  file: string;
  content: string;
}

export interface ReadKnowledgeFiles {
  files: KnowledgeFile[];
  /** entries that could not be read as text (a broken link, a folder, too large, not readable) */
  unreadable: SkippedFile[];
}

/** Markdown files in the knowledge folder that are articles (README.md and the alias file are not). */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((name) => name.endsWith('.md') && !/^readme\.md$/i.test(name)).sort();
}

/**
 * Reads every article file. One entry that cannot be read — a symbolic link that loops or points nowhere,
 * a folder named x.md, a file without read permission, a file over the size limit — is reported, never
 * fatal for the others. Only a knowledge folder that cannot be listed at all is an error.
 */
export async function readArticleFiles(
  dir: string,
  maxBytes = DEFAULT_MAX_ARTICLE_BYTES,
): Promise<ReadKnowledgeFiles> {
  const results = await Promise.all(
    (await listArticleFiles(dir)).map((file) => readArticleFile(dir, file, maxBytes)),
  );
  const files: KnowledgeFile[] = [];
  const unreadable: SkippedFile[] = [];
  for (const result of results) {
    if ('reason' in result) unreadable.push(result);
    else files.push(result);
  }
  return { files, unreadable };
}

async function readArticleFile(
  dir: string,
  file: string,
  maxBytes: number,
): Promise<KnowledgeFile | SkippedFile> {
  const path = join(dir, file);
  try {
    // stat first: it follows links (so a loop or a dangling link fails here), and it keeps a folder, a
    // pipe (which would block a read forever) and an oversized file from ever being read
    const info = await stat(path);
    if (info.isDirectory()) return { file, reason: describeReadError({ code: 'EISDIR' }) };
    if (!info.isFile()) return { file, reason: 'is not a regular file (a pipe, socket or device)' };
    if (info.size > maxBytes) return { file, reason: tooLarge(info.size, maxBytes) };
    const bytes = await readFile(path);
    // it may have grown between the two calls
    if (bytes.length > maxBytes) return { file, reason: tooLarge(bytes.length, maxBytes) };
    // valid front matter over an image's bytes would otherwise become passages
    const notText = notTextReason(bytes);
    if (notText) return { file, reason: `the file is not text: ${notText}` };
    return { file, content: bytes.toString('utf8') };
  } catch (error) {
    return { file, reason: describeReadError(error) };
  }
}

/** Why an entry could not be read, from its error code, phrased as what to fix. */
export function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  switch (code) {
    case 'ELOOP':
      return 'is a symbolic link that loops back on itself (ELOOP): point it at a real file or remove it';
    case 'ENOENT':
      return 'is a symbolic link to a file that does not exist, or was removed while loading (ENOENT)';
    case 'EISDIR':
      return 'is a folder, not a file (EISDIR): only .md files are articles';
    case 'EACCES':
    case 'EPERM':
      return `cannot be read: permission denied (${code}); let the bot's user read it (chmod a+r)`;
    default:
      return `cannot be read (${code || (error instanceof Error ? error.message : String(error))})`;
  }
}

function tooLarge(size: number, maxBytes: number): string {
  return (
    `${megabytes(size, 1)} is over the ${megabytes(maxBytes)} article limit: an article is the text of ` +
    'one story; split the file, or raise EngineOptions.maxArticleBytes'
  );
}

/** 20971520 → "21.0 MB"; the limit itself without a needless ".0" ("1 MB"). */
function megabytes(bytes: number, digits?: number): string {
  const value = bytes / 1_000_000;
  return `${digits === undefined ? String(Number(value.toFixed(2))) : value.toFixed(digits)} MB`;
}
