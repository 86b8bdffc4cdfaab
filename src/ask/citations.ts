import type { Citation } from '../answer.js';
import { contentHashOf } from '../knowledge/content-hash.js';
import type { Article } from '../knowledge/types.js';

/** A citation of `article.body.slice(start, end)`, verbatim. */
export function citationFor(article: Article, start: number, end: number): Citation {
  return {
    articleId: article.id,
    title: article.title,
    outlet: article.outlet,
    published: article.published,
    ...(article.url ? { url: article.url } : {}),
    passage: article.body.slice(start, end),
    start,
    end,
    contentHash: contentHashOf(article),
  };
}
