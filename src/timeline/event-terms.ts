import type { TimelineEvent } from '../answer.js';
import { filedPlaces, filedSentence } from '../knowledge/filed-in.js';
import type { Article } from '../knowledge/types.js';
import { type EntityTable, findMentions, resolveEntity } from '../nlp/entities/index.js';
import { textStems } from './event-keys.js';
import { sortEvents } from './order.js';

/**
 * What /timeline matches a topic against, per event: the entities named in its texts and the stems of
 * each text. Its texts are the event's own line and every passage that reports it and no other event (a
 * sentence that dates two events speaks for neither alone). Worked out when the knowledge base is built
 * and cached with it, so a query does no language processing on events.
 */
export interface EventTerms {
  entities: string[];
  /** per text, its distinct stems */
  stems: string[][];
}

/**
 * The terms of each event, in the order given. A passage a dateline was cut from also names the
 * dateline's places ("VIENNA — Ministers met …" is about Vienna): `articles` says which those are.
 */
export function eventTerms(
  events: readonly TimelineEvent[],
  entities: EntityTable,
  articles: readonly Pick<Article, 'filedIn' | 'sentences'>[] = [],
  /** the terms of texts the build already worked out (with each article's links), by text */
  known: ReadonlyMap<string, TextTerms> = new Map(),
): EventTerms[] {
  const shared = sharedPassages(events);
  const filedAt = filedPassages(articles, entities);
  const termsOf = (text: string) => known.get(text) ?? textTerms(text, entities);
  return events.map((event) => {
    const passages = (event.sources ?? [{ passage: event.passage }]).map((source) => source.passage);
    const texts = [event.text, ...passages.filter((passage) => !shared.has(passage))].map(termsOf);
    const filed = passages.flatMap((passage) => filedAt.get(passage) ?? []);
    return {
      entities: [...new Set([...texts.flatMap((text) => text.entities), ...filed])],
      stems: texts.map((text) => text.stems),
    };
  });
}

/** One text's part of an event's terms: the entities it names (first named first) and its distinct stems. */
export interface TextTerms {
  entities: string[];
  stems: string[];
}

export function textTerms(text: string, entities: EntityTable): TextTerms {
  return {
    entities: [...new Set(findMentions(entities, text).map((m) => m.entity))],
    stems: [...textStems(text)],
  };
}

/** The text of each sentence a dateline was cut from, with the entities of the dateline's places. */
export function filedPassages(
  articles: readonly Pick<Article, 'filedIn' | 'sentences'>[],
  entities: EntityTable,
): Map<string, string[]> {
  const filedAt = new Map<string, string[]>();
  for (const article of articles) {
    const sentence = filedSentence(article);
    const names = filedPlaces(article).flatMap((place) => resolveEntity(entities, place)?.name ?? []);
    if (sentence && names.length) filedAt.set(sentence.text, names);
  }
  return filedAt;
}

// a sentence that dates two events ("These met in Paris last week and will meet again in London
// tomorrow") speaks for neither alone: a topic must then be in the event's own text
function sharedPassages(events: readonly TimelineEvent[]): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const event of events) {
    for (const passage of new Set((event.sources ?? [{ passage: event.passage }]).map((s) => s.passage))) {
      if (seen.has(passage)) shared.add(passage);
      seen.add(passage);
    }
  }
  return shared;
}

/**
 * The events in timeline order with their terms, and which events name each entity or hold each stem:
 * a topic finds its events by lookups, not by a pass over every event's text.
 */
export class TimelineIndex {
  private readonly byEntity = new Map<string, number[]>();
  private readonly byStem = new Map<string, number[]>();

  /** `events` must be in timeline order (extractEvents returns them so) and `terms` in the same order */
  constructor(
    readonly events: readonly TimelineEvent[],
    private readonly terms: readonly EventTerms[],
  ) {
    terms.forEach((term, i) => {
      for (const name of term.entities) push(this.byEntity, name, i);
      for (const stem of new Set(term.stems.flat())) push(this.byStem, stem, i);
    });
  }

  /** For events in any order (tests, a knowledge base built in memory): sorted, terms worked out now. */
  static of(events: readonly TimelineEvent[], entities: EntityTable): TimelineIndex {
    const sorted = sortEvents([...events]);
    return new TimelineIndex(sorted, eventTerms(sorted, entities));
  }

  /**
   * The events, in order, that name `entity` in one of their texts or that hold every word of one of
   * `wordSets` in one text.
   */
  about(entity: string | undefined, wordSets: readonly (readonly string[])[]): TimelineEvent[] {
    const hit = new Uint8Array(this.events.length);
    if (entity) for (const i of this.byEntity.get(entity) ?? []) hit[i] = 1;
    for (const words of wordSets) {
      const lists = words.map((word) => this.byStem.get(word) ?? []);
      const fewest = lists.reduce((a, b) => (b.length < a.length ? b : a));
      for (const i of fewest) {
        if (hit[i]) continue;
        if (this.terms[i]!.stems.some((stems) => words.every((word) => stems.includes(word)))) hit[i] = 1;
      }
    }
    return this.events.filter((_, i) => hit[i] === 1);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
