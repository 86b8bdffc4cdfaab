import { loadKnowledge, parseArticle } from '../knowledge/load.js';
import type { Article } from '../knowledge/types.js';
import { type FetchOptions, FetchRefusal, fetchPage } from './fetch-page.js';
import { writeArticle } from './knowledge-files.js';
import { DEFAULT_MAX_BYTES } from './limits.js';
import type { PageMetadata } from './page-metadata.js';
import { type Draft, type Overrides, prepareArticle } from './prepare-article.js';

export interface AddFromUrlOptions extends FetchOptions {
  knowledgeDir: string;
  /** false: fetch and check only (a preview); true writes the article */
  write?: boolean;
  overrides?: Overrides;
  /** what is known about the page from elsewhere (a feed item), used when the page does not say */
  fallback?: PageMetadata;
  /** the articles already known, when the caller has them (a feed poll adds several in a row) */
  known?: readonly Article[];
  now?: Date;
}

export type AddResult =
  | { kind: 'added'; draft: Draft; file: string /** as the loader reads it back */; article?: Article }
  | { kind: 'preview'; draft: Draft }
  | {
      kind: 'refused';
      /** the sentence for a terminal, with the flag or command that gets past it */
      reason: string;
      /** the same without command-line advice, for chat (absent when `reason` has none) */
      fact?: string;
      transient?: boolean;
      duplicateOf?: string;
    };

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
    if (error instanceof FetchRefusal)
      return { kind: 'refused', reason: error.message, fact: error.fact, transient: error.transient };
    throw error;
  }
  const known = options.known ?? (await loadKnowledge(options.knowledgeDir)).articles;
  const prepared = prepareArticle(
    { bytes: page.bytes, origin: page.url, url: page.url, contentType: page.contentType },
    options.overrides ?? {},
    {
      known,
      maxBytes,
      ...(options.now ? { now: options.now } : {}),
      ...(options.fallback ? { fallback: options.fallback } : {}),
    },
  );
  if (!prepared.ok)
    return {
      kind: 'refused',
      reason: prepared.reason,
      fact: prepared.fact,
      ...(prepared.duplicateOf ? { duplicateOf: prepared.duplicateOf } : {}),
    };
  if (!options.write) return { kind: 'preview', draft: prepared.draft };
  try {
    const file = await writeArticle(options.knowledgeDir, prepared.draft.fileName, prepared.draft.content);
    const article = parseArticle(prepared.draft.fileName, prepared.draft.content);
    return { kind: 'added', draft: prepared.draft, file, ...('reason' in article ? {} : { article }) };
  } catch (error) {
    return { kind: 'refused', reason: error instanceof Error ? error.message : String(error) };
  }
}
