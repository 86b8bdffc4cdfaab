import type { AnswerOf, TimelineEvent } from '../answer.js';
import type { TimelineQuery } from '../engine.js';
import { dayBounds } from '../nlp/dates/index.js';
import { type EntityTable, resolveEntity } from '../nlp/entities/index.js';
import { topicStems } from './event-keys.js';
import { TimelineIndex } from './event-terms.js';
import { eventInterval } from './order.js';
import { resolveYearless } from './yearless.js';

const ISO_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/**
 * `/timeline [topic] [from] [to]`: the events in date order, narrowed to a topic and to bounds.
 * A topic is a person, place or term: an entity the entity layer knows matches every alias and role
 * that stands for it ("Peskov" → "the Kremlin spokesperson"); any topic also matches by its words.
 * Bounds take any precision and keep an event whose dates may fall inside them: from=2025-04 keeps
 * 2025-04-21, and to=2025-04-21 keeps an event dated just 2025-04. A bound without a year (--04, "April")
 * is the latest such month the events are dated in (./yearless.ts), and `note` says which year it took.
 */
export function queryTimeline(
  events: TimelineEvent[],
  entities: EntityTable,
  query: TimelineQuery,
  /** the events' index, built with the knowledge base; without it, one is made for this query */
  index: TimelineIndex = TimelineIndex.of(events, entities),
): AnswerOf<'timeline'> {
  const topic = query.topic?.trim() || undefined;
  // a month without a year (--04) takes the year from the events; the reply says which it took
  const notes = new Set<string>();
  const withYear = (bound: string | undefined) => {
    const resolved = bound ? resolveYearless(bound, events) : undefined;
    if (resolved) notes.add(resolved.note);
    return resolved?.iso ?? bound;
  };
  const from = withYear(query.from?.trim() || undefined);
  const to = withYear(query.to?.trim() || undefined);
  const answer = (selected: TimelineEvent[], message?: string): AnswerOf<'timeline'> => ({
    kind: 'timeline',
    topic: topic ?? null,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    events: selected,
    ...(message ? { message } : {}),
    ...(notes.size > 0 ? { note: [...notes].join(' ') } : {}),
  });

  if (events.length === 0) return answer([], 'The articles describe no dated events.');
  for (const bound of [from, to]) {
    if (bound && !ISO_DATE.test(bound))
      return answer(
        [],
        `“${bound}” is not a date: use YYYY, YYYY-MM or YYYY-MM-DD (e.g. 2025-04), or a month such as April.`,
      );
  }
  const lower = from ? dayBounds(from)[0] : undefined;
  const upper = to ? dayBounds(to)[1] : undefined;
  if (lower && upper && lower > upper)
    return answer([], `The start (${from}) is after the end (${to}): swap them and try again.`);

  const all = index.events;
  const onTopic = topic ? eventsAbout(topic, entities, index) : all;
  const inRange = onTopic.filter((event) => {
    const [start, end] = eventInterval(event);
    return (!lower || end >= lower) && (!upper || start <= upper);
  });
  if (inRange.length > 0) return answer(inRange);

  const range =
    from && to ? `between ${from} and ${to}` : from ? `on or after ${from}` : `on or before ${to}`;
  if (!topic) {
    const span = `${all[0]!.date} to ${all[all.length - 1]!.endDate ?? all[all.length - 1]!.date}`;
    return answer([], `No dated events ${range}. The articles’ events run from ${span}.`);
  }
  if (onTopic.length === 0)
    return answer(
      [],
      `No dated events mention “${topic}”. Try /timeline without a topic to see all ${all.length}.`,
    );
  return answer([], `No dated events about “${topic}” ${range}; ${onTopic.length} fall outside those dates.`);
}

/**
 * A topic is a person, place or term: an entity the entity layer knows matches every alias and role that
 * stands for it, and the entity's names count as the topic's words too, so matching works before entity
 * roles resolve.
 */
function eventsAbout(topic: string, entities: EntityTable, index: TimelineIndex): readonly TimelineEvent[] {
  const entity = resolveEntity(entities, topic);
  const wordSets = [
    topicStems(topic),
    ...(entity ? [entity.name, ...entity.aliases].map(topicStems) : []),
  ].filter((words) => words.length > 0);
  return index.about(entity?.name, wordSets);
}
