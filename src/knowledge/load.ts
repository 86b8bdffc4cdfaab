import type { SkippedFile } from '../answer.js';
import { describeFrontMatterError, frontMatterSchema } from './article-schema.js';
import { splitFrontMatter } from './front-matter.js';
import { type KnowledgeFile, type ReadKnowledgeFiles, readArticleFiles } from './read-files.js';
import { segment } from './segment.js';
import type { Article } from './types.js';

export interface LoadedKnowledge {
  articles: Article[];
  /** files that could not be read as articles, with a reason a person can act on */
  skipped: SkippedFile[];
  /** every readable file's name and content */
  files: KnowledgeFile[];
}

export { listArticleFiles } from './read-files.js';

export interface LoadOptions {
  /** files larger than this are skipped, not read (DEFAULT_MAX_ARTICLE_BYTES) */
  maxArticleBytes?: number | undefined;
  /** called before each article is parsed, for progress reports */
  onArticle?: ((file: string, index: number, total: number) => void) | undefined;
}

/** Reads every article; an unreadable or malformed file is skipped with a reason, never fatal for the others. */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadedKnowledge> {
  return parseKnowledgeFiles(await readArticleFiles(dir, options.maxArticleBytes), options);
}

/** Parses files already read (the engine reads them once, for the cache key, and parses on a rebuild). */
export function parseKnowledgeFiles(read: ReadKnowledgeFiles, options: LoadOptions = {}): LoadedKnowledge {
  const articles: Article[] = [];
  const skipped: SkippedFile[] = [...read.unreadable];
  const seenIds = new Map<string, string>();
  for (const [index, { file, content }] of read.files.entries()) {
    options.onArticle?.(file, index, read.files.length);
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
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return { articles, skipped, files: read.files };
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
