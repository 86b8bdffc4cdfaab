import { loadKnowledge } from '../knowledge/load.js';
import { type FetchOptions, FetchRefusal, fetchPage } from './fetch-page.js';
import { writeArticle } from './knowledge-files.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import { type Draft, type Overrides, prepareArticle } from './prepare-article.js';

export interface AddFromUrlOptions extends FetchOptions {
  knowledgeDir: string;
  /** false: fetch and check only (a preview); true writes the article */
  write?: boolean;
  overrides?: Overrides;
  now?: Date;
}

export type AddResult =
  | { kind: 'added'; draft: Draft; file: string }
  | { kind: 'preview'; draft: Draft }
  | { kind: 'refused'; reason: string };

/**
 * Fetches a page and adds its article: the path behind `talksbot add <url>`, each feed item and chat's
 * `/talks-add`. Chat-triggered calls keep the defaults (public addresses only, 5 redirects, a deadline,
 * the size limit); every problem comes back as a refusal with a sentence to show, never a throw.
 *
 * @example
 * const result = await addFromUrl('https://example.com/story', { knowledgeDir: 'knowledge', write: true });
 * if (result.kind === 'refused') reply(result.reason);
 */
export async function addFromUrl(url: string, options: AddFromUrlOptions): Promise<AddResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let page: Awaited<ReturnType<typeof fetchPage>>;
  try {
    page = await fetchPage(url, { ...options, maxBytes });
  } catch (error) {
    if (error instanceof FetchRefusal) return { kind: 'refused', reason: error.message };
    throw error;
  }
  const { articles } = await loadKnowledge(options.knowledgeDir);
  const prepared = prepareArticle(
    { bytes: page.bytes, origin: page.url, url: page.url, contentType: page.contentType },
    options.overrides ?? {},
    { known: articles, maxBytes, ...(options.now ? { now: options.now } : {}) },
  );
  if (!prepared.ok) return { kind: 'refused', reason: prepared.reason };
  if (!options.write) return { kind: 'preview', draft: prepared.draft };
  try {
    const file = await writeArticle(options.knowledgeDir, prepared.draft.fileName, prepared.draft.content);
    return { kind: 'added', draft: prepared.draft, file };
  } catch (error) {
    return { kind: 'refused', reason: error instanceof Error ? error.message : String(error) };
  }
}
