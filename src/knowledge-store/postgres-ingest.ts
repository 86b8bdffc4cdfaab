import type pg from 'pg';
import type { SkippedFile } from '../answer.js';
import type { ArticleAnalysis } from '../build/analyse-article.js';
import { analyseFiles } from '../build/analyse-files.js';
import type { ArticleLinks } from '../build/link-article.js';
import { KnowledgeBuild, type LinkedArticle } from '../knowledge-base.js';
import type { AliasEntry } from '../nlp/entities/index.js';
import { GenerationWriter, readKnowledgeContents } from './postgres-knowledge.js';

export interface IngestSource {
  /** the article files in the database (not the alias file), in the build's order */
  files: readonly string[];
  /** the knowledge files' key (knowledgeFileNames) */
  key: string;
  aliases: AliasEntry[];
  /** files skipped before the build: unreadable in the folder, an unusable alias file (listed last) */
  unreadable: readonly SkippedFile[];
  aliasSkipped: readonly SkippedFile[];
}

export interface IngestOptions {
  cacheDir?: string | undefined;
  threads?: number | 'auto' | undefined;
  /**
   * articles read and analysed, then linked and written, per batch (default 1,000: ~30k passages). What
   * the ingest holds of a batch — its files' text, its links and rows — is let go once it is written.
   */
  batchArticles?: number | undefined;
  /** hears each step as it starts, with the batch it is at */
  onStep?: ((step: string) => void) | undefined;
}

const DEFAULT_BATCH_ARTICLES = 1_000;
// articles linked between two turns of the event loop
const YIELD_EVERY = 4;

/**
 * Builds the knowledge in the database a batch of articles at a time, so an archive's ingest holds what
 * the corpus-wide steps need and not every article's rows:
 *
 * 1. each batch of files is read from knowledge_files and analysed (in worker threads, or from the
 *    per-article cache); the analyses are kept, since the merged entity table needs every article's
 *    people and places before any article can be linked to it;
 * 2. each batch of articles is linked to the table and written (articles, passages with their vectors,
 *    quotes); its links, rows and the articles' own work (tags, parses) are then let go;
 * 3. the timeline's events are merged across the articles, and PostgreSQL works out the lexemes'
 *    document frequencies and the postings from the stored passages; one commit publishes it all.
 *
 * The rows are exactly those of one build over every article (test/knowledge-store/). Returns how many
 * articles and passages the generation has.
 */
export async function ingestKnowledge(
  pool: pg.Pool,
  source: IngestSource,
  options: IngestOptions = {},
): Promise<{ articles: number; passages: number; skipped: SkippedFile[] }> {
  const batch = Math.max(1, Math.floor(options.batchArticles ?? DEFAULT_BATCH_ARTICLES));
  const onStep = options.onStep ?? (() => {});
  const { analyses, links, skipped } = await analyseStored(pool, source, batch, options, onStep);
  const build = new KnowledgeBuild({ analyses, skipped, aliases: source.aliases, links }, () => {}, {
    keep: false,
    searchIndex: false,
  });
  const total = analyses.length;
  const writer = await GenerationWriter.begin(pool);
  let passages = 0;
  // a batch is written while the next is linked: PostgreSQL inserts on one core while this process
  // links on the other (at most two batches are held)
  let writing: Promise<void> = Promise.resolve();
  try {
    for (let from = 0; from < total; from += batch) {
      const to = Math.min(total, from + batch);
      onStep(`linking and writing articles ${from + 1}–${to} of ${total}`);
      const linked: LinkedArticle[] = [];
      for (let position = from; position < to; position++) {
        linked.push(build.link(position));
        // the cached links were only needed to link this article
        links[position] = undefined;
        // linking is synchronous: let the batch being written send its next statement meanwhile
        if (position % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      await writing;
      writing = writer.write(linked);
      // awaited before the next batch is written; until then a failure must not count as unhandled
      writing.catch(() => {});
      passages += linked.reduce((n, { article }) => n + article.sentences.length, 0);
    }
    await writing;
    onStep('timeline events');
    const { events, eventTerms } = build.events();
    await writer.publish({ key: source.key, entities: build.entities, events, eventTerms, skipped }, onStep);
  } catch (error) {
    await writer.abort();
    throw error;
  }
  return { articles: total, passages, skipped };
}

/**
 * Every stored article's own work, a batch of files at a time (only one batch's text is in memory at
 * once, beside the analyses), with the skipped files sorted by name as one build over the folder sorts
 * them and the alias file's reason last. Two files with one id: the first in the build's order is kept.
 */
async function analyseStored(
  pool: pg.Pool,
  source: IngestSource,
  batch: number,
  options: IngestOptions,
  onStep: (step: string) => void,
): Promise<{ analyses: ArticleAnalysis[]; links: (ArticleLinks | undefined)[]; skipped: SkippedFile[] }> {
  const analyses: ArticleAnalysis[] = [];
  const links: (ArticleLinks | undefined)[] = [];
  const skipped: SkippedFile[] = [...source.unreadable];
  const usedBy = new Map<string, string>();
  for (let from = 0; from < source.files.length; from += batch) {
    const names = source.files.slice(from, from + batch);
    onStep(`analysing articles ${from + 1}–${from + names.length} of ${source.files.length}`);
    const files = await readKnowledgeContents(pool, names);
    const done = await analyseFiles(
      { files, unreadable: [] },
      { cacheDir: options.cacheDir, threads: options.threads },
    );
    skipped.push(...done.skipped);
    done.analyses.forEach((analysis, i) => {
      const { id, file } = analysis.article;
      const first = usedBy.get(id);
      if (first !== undefined) {
        skipped.push({ file, reason: `id: "${id}" is already used by ${first}` });
        return;
      }
      usedBy.set(id, file);
      analyses.push(analysis);
      links.push(done.links[i]);
    });
  }
  skipped.sort((a, b) => a.file.localeCompare(b.file));
  skipped.push(...source.aliasSkipped);
  return { analyses, links, skipped };
}
