import { basename } from 'node:path';
import { composeArticle } from '../knowledge/compose-article.js';
import { headerDateOf, headlineOf } from '../knowledge/headline.js';
import { parseArticle } from '../knowledge/load.js';
import type { Article } from '../knowledge/types.js';
import { findDuplicate } from './duplicates.js';
import { articleFromHtml } from './html-article.js';
import { DEFAULT_MAX_BYTES, formatBytes } from './limits.js';
import type { Found, PageMetadata } from './page-metadata.js';
import { isoDayOf, publishedDateRefusal } from './published-date.js';
import { contentTypeRefusal, isHtmlContentType, looksLikeHtml, notTextReason } from './text-content.js';

/** What was read: a file, stdin or a fetched page. */
export interface IngestSource {
  bytes: Uint8Array;
  /** a file path, a url or "stdin": shown in `talksbot list` as where the article came from */
  origin: string;
  /** the page's address, when it was fetched */
  url?: string | undefined;
  contentType?: string | undefined;
}

/** Values given on the command line: each wins over what the page says. */
export interface Overrides {
  title?: string | undefined;
  outlet?: string | undefined;
  author?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
}

export interface PrepareOptions {
  /** the articles already known, for the duplicate checks */
  known: readonly Article[];
  now?: Date;
  maxBytes?: number;
  /** what is known from elsewhere (a feed item's date), used when the page itself does not say */
  fallback?: PageMetadata;
}

/** An article ready to write, with the evidence for each field, for the person to check first. */
export interface Draft {
  id: string;
  fileName: string;
  /** the whole knowledge file: front matter and text */
  content: string;
  title: Found;
  outlet: Found | undefined;
  author: Found | undefined;
  published: Found;
  url: Found | undefined;
  origin: string;
  firstParagraph: string;
  passages: number;
  kind: 'html' | 'text';
}

export type Prepared =
  | { ok: true; draft: Draft }
  | {
      ok: false;
      /** the whole sentence for a terminal, with what to type to get past it */
      reason: string;
      /** the same without the command-line remedy, for chat, where nobody can type a flag */
      fact: string;
      /** the known article it repeats */
      duplicateOf?: string;
    };

/** `remedy` is command-line advice (a flag, a command): `reason` carries it, `fact` does not. */
const refuse = (fact: string, remedy?: string): Extract<Prepared, { ok: false }> => ({
  ok: false,
  reason: remedy ? `${fact}${remedy}` : fact,
  fact: remedy ? fact.trimEnd().replace(/[:;]$/, '.') : fact,
});

/**
 * Turns what was read into an article draft, or says why it cannot be one: too big, not text, no article
 * in the page, no usable date, or a story already known. Nothing is written here.
 */
export function prepareArticle(
  source: IngestSource,
  overrides: Overrides,
  options: PrepareOptions,
): Prepared {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (source.bytes.length > maxBytes)
    return refuse(
      `${source.origin} is ${formatBytes(source.bytes.length)}, over the ${formatBytes(maxBytes)} limit for one article: `,
      'split it into parts, or raise the limit with --max-size',
    );
  const wrongType = contentTypeRefusal(source.contentType);
  if (wrongType) return refuse(`${source.origin} cannot be added: ${wrongType}`);
  const notText = notTextReason(source.bytes);
  if (notText) return refuse(`${source.origin} cannot be added: ${notText}`);

  const raw = new TextDecoder().decode(source.bytes);
  const isHtml =
    isHtmlContentType(source.contentType) || /\.x?html?$/i.test(source.origin) || looksLikeHtml(raw);
  let text = raw;
  let found: PageMetadata = {};
  if (isHtml) {
    const page = articleFromHtml(raw);
    if (!page)
      return refuse(
        `No article text was found in ${source.origin}: is it a story page rather than an index?`,
      );
    text = page.text;
    found = page.metadata;
  }
  if (!text.trim()) return refuse(`${source.origin} is empty.`);
  // a capture's date bar or byline stamp is offered when the page's metadata gives no date
  const dateLine = found.published ? undefined : headerDateOf(text);
  if (dateLine)
    found = { ...found, published: { value: dateLine.day, from: `the date line “${dateLine.line}”` } };

  const pick = (field: keyof Overrides, flag: string): Found | undefined => {
    const given = overrides[field]?.trim();
    return given ? { value: given, from: flag } : (found[field] ?? options.fallback?.[field]);
  };
  const published = pick('published', '--published');
  if (!published)
    return refuse(
      `No publication date was found${isHtml ? ' in the page' : ''}: `,
      'give it with --published YYYY-MM-DD',
    );
  const day = isoDayOf(published.value) ?? published.value;
  const badDate = publishedDateRefusal(day, options.now ?? new Date());
  if (badDate)
    return refuse(published.from === '--published' ? badDate : `${badDate} (from ${published.from})`);

  const url = resolvedUrl(pick('url', '--url'), source.url);
  const duplicate = findDuplicate({ text, url: url?.value }, options.known);
  if (duplicate) {
    const how =
      duplicate.why === 'near-duplicate'
        ? `${Math.round((duplicate.share ?? 0) * 100)}% of its text is in that article`
        : `${duplicate.why}`;
    return {
      ...refuse(
        `Not added: already known as ${duplicate.id} (${how}). `,
        `To replace it, run talksbot remove ${duplicate.id} first.`,
      ),
      duplicateOf: duplicate.id,
    };
  }

  const title = pick('title', '--title');
  const outlet = pick('outlet', '--outlet');
  const author = pick('author', '--author');
  const composed = composeArticle({
    text,
    published: day,
    title: title?.value,
    outlet: outlet?.value,
    author: author?.value,
    url: url?.value,
    source: source.url ? undefined : basename(source.origin),
  });
  if (!composed.ok) return refuse(`Not added: ${composed.message}`);
  if (options.known.some((article) => article.id === composed.id))
    return refuse(
      `Not added: an article with the id ${composed.id} exists already; `,
      'give another --title to tell them apart',
    );
  // read back exactly as the loader will, so the preview shows what the bot will know
  const article = parseArticle(composed.fileName, composed.content);
  if ('reason' in article) return refuse(`Not added: ${article.reason}`);
  return {
    ok: true,
    draft: {
      id: composed.id,
      fileName: composed.fileName,
      content: composed.content,
      title: title ?? {
        value: article.title,
        from: headlineOf(text) === article.title ? 'its headline line' : 'its first sentence',
      },
      outlet,
      author,
      published: { value: day, from: published.from },
      url,
      origin: source.origin,
      firstParagraph: article.paragraphs.find((p) => p.kind === 'body')?.text ?? '',
      passages: article.sentences.length,
      kind: isHtml ? 'html' : 'text',
    },
  };
}

/** The page's own address for itself (canonical link), made absolute; else the address it was fetched from. */
function resolvedUrl(found: Found | undefined, fetchedFrom: string | undefined): Found | undefined {
  if (found) {
    try {
      const absolute = new URL(found.value, fetchedFrom);
      if (absolute.protocol === 'http:' || absolute.protocol === 'https:')
        return { ...found, value: absolute.href };
    } catch {
      // a relative link in a file read from disk has nothing to resolve against
    }
  }
  return fetchedFrom ? { value: fetchedFrom, from: 'the address fetched' } : undefined;
}
