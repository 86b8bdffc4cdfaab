import { availableParallelism } from 'node:os';
import type { SkippedFile } from '../answer.js';
import type { KnowledgeFile, ReadKnowledgeFiles } from '../knowledge/read-files.js';
import { type SlicedArticle, withoutSlices, withSlices } from '../knowledge/slices.js';
import { articleKey, readCache, writeCache } from '../search/cache.js';
import { type ArticleAnalysis, analyseFile, type FileAnalysis } from './analyse-article.js';
import { analyseInWorkers } from './analysis-pool.js';
import { type ArticleLinks, acceptLinks } from './link-article.js';

export interface AnalyseOptions {
  /** where each article's work is cached, by its content and the engine version; omit for none */
  cacheDir?: string | undefined;
  /**
   * worker threads for the articles not in the cache: 'auto' (the default) uses every core once there is
   * enough to do to pay for starting them; a number asks for that many (1: this thread only)
   */
  threads?: number | 'auto' | undefined;
  /** after each article's work is done or found in the cache */
  onProgress?: ((done: number, total: number, file: string) => void) | undefined;
  /** what could not be cached (the build goes on without it) */
  onWarning?: ((message: string) => void) | undefined;
}

export interface AnalysedFiles {
  analyses: ArticleAnalysis[];
  skipped: SkippedFile[];
  /** the files whose own work this build did, because the cache had none for their text: in file order */
  analysed: string[];
  /** the per-article cache keys in use, for pruning the rest */
  keys: string[];
  /** per analysis, in the same order: its cache key, and its cached links (link-article.ts) if any */
  analysisKeys: string[];
  links: (ArticleLinks | undefined)[];
}

// starting a worker loads compromise (~0.2 s): below this much new text one thread is faster
const AUTO_THREADS_MIN_BYTES = 256 * 1024;
// cache files are read this many at a time, well under any open-file limit
const READ_BATCH = 64;

/**
 * Every knowledge file's own work (build/analyse-article.ts), from the cache when the file's text and the
 * engine are unchanged, otherwise done now (in worker threads when it is worth it) and cached. Two files
 * with one id: the first (in file order) is kept and the other skipped with the reason.
 */
export async function analyseFiles(
  read: ReadKnowledgeFiles,
  options: AnalyseOptions = {},
): Promise<AnalysedFiles> {
  const files = read.files;
  const keys = await Promise.all(files.map(({ file, content }) => articleKey(file, content)));
  const results: (FileAnalysis | undefined)[] = new Array(files.length);
  let done = 0;
  const progress = (file: string) => options.onProgress?.(++done, files.length, file);
  if (options.cacheDir) {
    for (let from = 0; from < files.length; from += READ_BATCH) {
      await Promise.all(
        keys.slice(from, from + READ_BATCH).map(async (key, offset) => {
          const cached = await readCache(options.cacheDir!, key, acceptAnalysis, 'article');
          if (cached.status !== 'hit') return;
          results[from + offset] = { analysis: cached.value };
          progress(files[from + offset]!.file);
        }),
      );
    }
  }
  const missing = files.flatMap((_, i) => (results[i] ? [] : [i]));
  const todo = missing.map((i) => files[i]!);
  const threads = threadsFor(todo, options.threads ?? 'auto');
  const fresh =
    threads > 1
      ? await analyseInWorkers(todo, threads, progress)
      : todo.map((f) => withProgress(f, progress));
  missing.forEach((i, n) => {
    results[i] = fresh[n]!;
  });
  if (options.cacheDir) {
    const failures = await Promise.all(
      missing.map(async (i) => {
        const result = results[i]!;
        if (!('analysis' in result)) return undefined;
        const stored = { ...result.analysis, article: withoutSlices(result.analysis.article) };
        return writeCache(options.cacheDir!, keys[i]!, stored, 'article').then(
          () => undefined,
          (error: unknown) => String(error),
        );
      }),
    );
    const failed = failures.find(Boolean);
    if (failed)
      options.onWarning?.(`could not cache each article's work (${failed}); the next build redoes it`);
  }
  const assembled = assemble(files, results as FileAnalysis[], keys, read.unreadable, {
    analysed: missing.map((i) => files[i]!.file),
    keys: keys.filter((_, i) => 'analysis' in results[i]!),
  });
  // the links of an article whose own work was cached; a new or changed article has none yet
  const redone = new Set(missing.map((i) => keys[i]!));
  const links: (ArticleLinks | undefined)[] = new Array(assembled.analyses.length);
  if (options.cacheDir) {
    for (let from = 0; from < assembled.analyses.length; from += READ_BATCH) {
      await Promise.all(
        assembled.analyses.slice(from, from + READ_BATCH).map(async (analysis, offset) => {
          const key = assembled.analysisKeys[from + offset]!;
          if (redone.has(key)) return;
          const cached = await readCache(
            options.cacheDir!,
            key,
            (data) => acceptLinks(data, analysis),
            'links',
          );
          if (cached.status === 'hit') links[from + offset] = cached.value;
        }),
      );
    }
  }
  return { ...assembled, links };
}

/** Caches the links whose cached file is stale (made anew, or with new entity clues), by their article's key. */
export async function cacheLinks(
  cacheDir: string,
  analysed: Pick<AnalysedFiles, 'analysisKeys'>,
  links: readonly ArticleLinks[],
  stale: readonly boolean[],
): Promise<string | undefined> {
  const failures = await Promise.all(
    links.map((made, i) =>
      !stale[i]
        ? undefined
        : writeCache(cacheDir, analysed.analysisKeys[i]!, made, 'links').then(
            () => undefined,
            (error: unknown) => String(error),
          ),
    ),
  );
  return failures.find(Boolean);
}

function withProgress(file: KnowledgeFile, progress: (file: string) => void): FileAnalysis {
  const result = analyseFile(file.file, file.content);
  progress(file.file);
  return result;
}

function threadsFor(todo: readonly KnowledgeFile[], threads: number | 'auto'): number {
  if (todo.length < 2) return 1;
  if (threads !== 'auto') return Math.max(1, Math.floor(threads));
  const bytes = todo.reduce((n, file) => n + file.content.length, 0);
  return bytes < AUTO_THREADS_MIN_BYTES ? 1 : availableParallelism();
}

function assemble(
  files: readonly KnowledgeFile[],
  results: readonly FileAnalysis[],
  keys: readonly string[],
  unreadable: readonly SkippedFile[],
  extra: Pick<AnalysedFiles, 'analysed' | 'keys'>,
): Omit<AnalysedFiles, 'links'> {
  const analyses: ArticleAnalysis[] = [];
  const analysisKeys: string[] = [];
  const skipped: SkippedFile[] = [...unreadable];
  const seenIds = new Map<string, string>();
  results.forEach((result, i) => {
    const file = files[i]!.file;
    if ('skipped' in result) skipped.push(result.skipped);
    else if (seenIds.has(result.analysis.article.id)) {
      const id = result.analysis.article.id;
      skipped.push({ file, reason: `id: "${id}" is already used by ${seenIds.get(id)}` });
    } else {
      seenIds.set(result.analysis.article.id, file);
      analyses.push(result.analysis);
      analysisKeys.push(keys[i]!);
    }
  });
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  return { analyses, skipped, analysisKeys, ...extra };
}

/** A cached analysis, checked for what the build reads: anything else is a miss, redone. */
function acceptAnalysis(data: unknown): ArticleAnalysis {
  const stored = data as Partial<Omit<ArticleAnalysis, 'article'>> & { article?: SlicedArticle };
  const article = stored?.article;
  if (
    typeof article?.body !== 'string' ||
    !Array.isArray(article.sentences) ||
    !Array.isArray(article.paragraphs) ||
    !Array.isArray(stored.people) ||
    !Array.isArray(stored.candidates) ||
    stored.tags?.length !== article.sentences.length
  )
    throw new Error('not an article analysis');
  return { ...(stored as ArticleAnalysis), article: withSlices(article) };
}
