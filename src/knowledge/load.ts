import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SkippedFile } from '../answer.js';
import { describeFrontMatterError, frontMatterSchema } from './article-schema.js';
import { splitFrontMatter } from './front-matter.js';
import { segment } from './segment.js';
import type { Article } from './types.js';

export interface LoadedKnowledge {
  articles: Article[];
  /** files that could not be read as articles, with a reason a person can act on */
  skipped: SkippedFile[];
  /** every file's name and content, for the cache key */
  files: { file: string; content: string }[];
}

/** Markdown files in the knowledge folder that are articles (README.md and the alias file are not). */
export async function listArticleFiles(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((name) => name.endsWith('.md') && !/^readme\.md$/i.test(name)).sort();
}

/** Reads every article; a malformed file is skipped with a reason, never fatal for the others. */
export async function loadKnowledge(dir: string): Promise<LoadedKnowledge> {
  const files = await Promise.all(
    (await listArticleFiles(dir)).map(async (file) => ({
      file,
      content: await readFile(join(dir, file), 'utf8'),
    })),
  );
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [];
  const seenIds = new Map<string, string>();
  for (const { file, content } of files) {
    const result = parseArticle(file, content);
    if ('reason' in result) {
      skipped.push(result);
    } else if (seenIds.has(result.id)) {
      skipped.push({ file, reason: `id: "${result.id}" is already used by ${seenIds.get(result.id)}` });
    } else {
      seenIds.set(result.id, file);
      articles.push(result);
    }
  }
  return { articles, skipped, files };
}

export function parseArticle(file: string, content: string): Article | SkippedFile {
  const { data, body, error } = splitFrontMatter(content);
  if (error) return { file, reason: error };
  if (data === undefined)
    return {
      file,
      reason: 'no front matter: the file must start with a --- YAML block (see README, "Adding an article")',
    };
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) return { file, reason: describeFrontMatterError(parsed.error) };
  if (!body.trim()) return { file, reason: 'the article text is empty' };
  const meta = { ...parsed.data, file };
  return { ...meta, body, ...segment(meta, body) };
}
