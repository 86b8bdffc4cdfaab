import { randomBytes } from 'node:crypto';
import { link, mkdir, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { loadKnowledge } from '../knowledge/load.js';
import type { Article } from '../knowledge/types.js';

/** A temporary name beside the target that no other process picks and the loader never reads (not .md). */
export function tempNameFor(target: string): string {
  return join(dirname(target), `.${randomBytes(6).toString('hex')}.${process.pid}.tmp`);
}

/**
 * Writes a file whole or not at all: the text goes to a temporary file first, then is linked into place,
 * which fails if the name exists, so a concurrent add of the same article cannot overwrite the other.
 */
export async function writeNewFile(target: string, content: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = tempNameFor(target);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await link(temp, target);
  } finally {
    await rm(temp, { force: true });
  }
}

/** Replaces a file whole (temporary file, then rename): readers see the old or the new, never half. */
export async function replaceFile(target: string, content: string): Promise<void> {
  await mkdir(dirname(target), { recursive: true });
  const temp = tempNameFor(target);
  try {
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

export class FileExistsError extends Error {
  override name = 'FileExistsError';
}

/** Adds a composed article to the knowledge folder; refuses to replace one that is there. */
export async function writeArticle(knowledgeDir: string, fileName: string, content: string): Promise<string> {
  const target = join(knowledgeDir, fileName);
  try {
    await writeNewFile(target, content);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST')
      throw new FileExistsError(`${target} already exists: remove it first, or give another --title`);
    throw error;
  }
  return target;
}

/** Removes the article with this id; answers the article removed, or undefined when no article has it. */
export async function removeArticle(knowledgeDir: string, id: string): Promise<Article | undefined> {
  const { articles } = await loadKnowledge(knowledgeDir);
  const article = articles.find((a) => a.id === id || a.file === id || a.file === `${id}.md`);
  if (!article) return undefined;
  await unlink(join(knowledgeDir, article.file));
  return article;
}

/** The articles in the knowledge folder as the loader reads them, and the files it had to skip. */
export async function knownArticles(knowledgeDir: string) {
  const { articles, skipped } = await loadKnowledge(knowledgeDir);
  return { articles, skipped };
}
