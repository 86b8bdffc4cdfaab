import type { TimelineEvent } from '../answer.js';
import type { Article } from '../knowledge/types.js';
import type { EntityTable } from '../nlp/entities/index.js';
import { articleCandidates, type Candidate } from './candidates.js';
import { eventKeys, keyWeights } from './event-keys.js';
import { type KeyedCandidate, mergeCandidates, sourceOrder } from './merge-events.js';
import { sortEvents } from './order.js';

/**
 * The dated events the articles describe, each once with every report of it, in timeline order.
 * Runs at build time; the result is cached as JSON with the rest of the knowledge base.
 */
export function extractEvents(articles: Article[], entities: EntityTable): TimelineEvent[] {
  const candidates: KeyedCandidate[] = articles
    .flatMap(articleCandidates)
    .sort(sourceOrder)
    .map((candidate) => ({ ...candidate, ...eventKeys(candidate.text, entities) }));
  const weight = keyWeights(
    articles.flatMap((article) => article.sentences.map((sentence) => sentence.text)),
    entities,
  );
  // clusters in reading order first, so events with equal dates keep it through the stable sort
  const events = mergeCandidates(candidates, weight)
    .sort((a, b) => sourceOrder(a.lead, b.lead))
    .map(({ lead, members }) => toEvent(lead, [lead, ...members.filter((m) => m !== lead)]));
  return sortEvents(events);
}

function toEvent(lead: Candidate, reports: Candidate[]): TimelineEvent {
  return {
    date: lead.date,
    ...(lead.endDate ? { endDate: lead.endDate } : {}),
    precision: lead.precision,
    ...(lead.qualifier ? { qualifier: lead.qualifier } : {}),
    text: lead.text,
    articleId: lead.article.id,
    published: lead.article.published,
    passage: lead.passage,
    sources: reports.map(({ article, passage }) => ({
      articleId: article.id,
      title: article.title,
      outlet: article.outlet,
      published: article.published,
      ...(article.url ? { url: article.url } : {}),
      passage,
    })),
  };
}
