import { createHash } from 'node:crypto';
import type { Article } from './types.js';

const hashes = new WeakMap<Article, string>();

/**
 * A short hash of an article's text. A button or link that points at a passage carries it, so when the
 * article has changed since (a reload), the adapter can say "this passage has changed" instead of
 * showing whatever text now sits at the old offsets. Computed once per loaded article.
 */
export function contentHashOf(article: Pick<Article, 'body'> & object): string {
  let hash = hashes.get(article as Article);
  if (!hash) {
    hash = createHash('sha256').update(article.body).digest('base64url').slice(0, 12);
    hashes.set(article as Article, hash);
  }
  return hash;
}
