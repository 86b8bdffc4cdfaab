import type { KnowledgeBase } from '../knowledge-base.js';

// by knowledge base: the articles never change under one
const recencies = new WeakMap<KnowledgeBase, (articleId: string) => number>();

/**
 * How recent an article is among those known, 0 for the oldest date and 1 for the newest: "latest",
 * "now" and "still" ask about the newest state of things, so newer articles rank a little higher.
 */
export function recencyOf(kb: KnowledgeBase): (articleId: string) => number {
  let found = recencies.get(kb);
  if (!found) {
    const dates = [...new Set(kb.articles.map((a) => a.published))].sort();
    const rank = new Map(dates.map((date, i) => [date, dates.length > 1 ? i / (dates.length - 1) : 1]));
    const byArticle = new Map(kb.articles.map((a) => [a.id, rank.get(a.published) ?? 0]));
    found = (articleId) => byArticle.get(articleId) ?? 0;
    recencies.set(kb, found);
  }
  return found;
}
