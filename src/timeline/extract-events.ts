import type { TimelineEvent } from '../answer.js';
import type { Article } from '../knowledge/types.js';
import { type EntityTable, findMentions } from '../nlp/entities/index.js';
import { articleCandidates, type Candidate } from './candidates.js';
import { eventKeys, keyWeights } from './event-keys.js';
import { type KeyedCandidate, mergeCandidates, sourceOrder } from './merge-events.js';
import { sortEvents } from './order.js';

/**
 * The dated events the articles describe, each once with every report of it, in timeline order.
 * Runs at build time; the result is cached as JSON with the rest of the knowledge base.
 */
export function extractEvents(
  articles: Article[],
  entities: EntityTable,
  /** each article's dated candidates (articleCandidates), when the build already has them per article */
  perArticle: Candidate[][] = articles.map(articleCandidates),
): TimelineEvent[] {
  const candidates: KeyedCandidate[] = perArticle
    .flat()
    .sort(sourceOrder)
    .map((candidate) => ({ ...candidate, ...eventKeys(candidate.text, entities) }));
  const weight = keyWeights(
    articles.flatMap((article) => article.sentences.map((sentence) => sentence.text)),
    entities,
  );
  // clusters in reading order first, so events with equal dates keep it through the stable sort
  const events = mergeCandidates(candidates, weight)
    .sort((a, b) => sourceOrder(a.lead, b.lead))
    .map(({ lead, members }) => toEvent(lead, [lead, ...members.filter((m) => m !== lead)], entities));
  return sortEvents(events);
}

function toEvent(lead: Candidate, reports: Candidate[], entities: EntityTable): TimelineEvent {
  return {
    date: lead.date,
    ...(lead.endDate ? { endDate: lead.endDate } : {}),
    precision: lead.precision,
    ...(lead.qualifier ? { qualifier: lead.qualifier } : {}),
    text: namingRoles(lead.text, entities),
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

/**
 * A person named only by a role gets the name beside it, once: "the Russian president (Vladimir
 * Putin) said …". Out of its article a timeline line has no earlier sentence to say who that is.
 */
function namingRoles(text: string, entities: EntityTable): string {
  const mentions = findMentions(entities, text);
  const people = new Set(entities.entities.filter((e) => e.type === 'person').map((e) => e.name));
  const named = new Set(mentions.filter((m) => m.via !== 'role').map((m) => m.entity));
  let out = text;
  // right to left, so earlier offsets stay valid
  for (const mention of [...mentions].reverse()) {
    if (mention.via !== 'role' || !people.has(mention.entity) || named.has(mention.entity)) continue;
    if (
      mentions.some(
        (m) => m !== mention && m.via === 'role' && m.entity === mention.entity && m.start < mention.start,
      )
    )
      continue;
    out = `${out.slice(0, mention.end)} (${mention.entity})${out.slice(mention.end)}`;
  }
  return out;
}
