import type { Article } from '../knowledge/types.js';
import { containment, shingles, textFingerprint } from './shingles.js';

/**
 * "Most of its shingles already in one article": above half, the new text is a copy of a story the bot
 * knows (a syndicated wire story, a re-published page, the same text with a new headline).
 */
export const NEAR_DUPLICATE_SHARE = 0.5;

export interface Duplicate {
  id: string;
  why: 'same url' | 'same text' | 'near-duplicate';
  /** share of the new text's five-word runs found in the known article */
  share?: number;
}

/** The known article a new one repeats, by url, by text, or by most of its five-word runs. */
export function findDuplicate(
  candidate: { text: string; url?: string | undefined },
  known: readonly Pick<Article, 'id' | 'url' | 'body'>[],
): Duplicate | undefined {
  const url = candidate.url && normaliseUrl(candidate.url);
  if (url) {
    const same = known.find((article) => article.url && normaliseUrl(article.url) === url);
    if (same) return { id: same.id, why: 'same url' };
  }
  const fingerprint = textFingerprint(candidate.text);
  const identical = known.find((article) => textFingerprint(article.body) === fingerprint);
  if (identical) return { id: identical.id, why: 'same text' };
  const runs = shingles(candidate.text);
  let best: Duplicate | undefined;
  for (const article of known) {
    const share = containment(runs, shingles(article.body));
    if (share > NEAR_DUPLICATE_SHARE && share > (best?.share ?? 0))
      best = { id: article.id, why: 'near-duplicate', share };
  }
  return best;
}

/** The same page whatever its scheme, fragment, tracking parameters, trailing slash or host case. */
export function normaliseUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  url.hash = '';
  for (const name of [...url.searchParams.keys()])
    if (/^(utm_|fbclid$|gclid$|mc_)/i.test(name)) url.searchParams.delete(name);
  url.pathname = url.pathname.replace(/\/+$/, '') || '/';
  return `${url.host}${url.pathname}${url.search}`;
}
