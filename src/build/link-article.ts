import type { Quote } from '../answer.js';
import { referredEntities } from '../features/coreference.js';
import { articleFeatures, type SentenceFeatures } from '../features/sentence-features.js';
import { filedPlaces, filedSentence } from '../knowledge/filed-in.js';
import type { Article, Sentence } from '../knowledge/types.js';
import {
  type EntityClues,
  type EntityTable,
  findMentions,
  firstEntityNamed,
  framedAnswerOfRead,
  recordingTable,
  recordReads,
  resolveEntity,
  type StoredReads,
  storedReadsHold,
  storeReads,
} from '../nlp/entities/index.js';
import { articleQuotes } from '../quotes/index.js';
import { indexTerms, type PassageDocument } from '../search/lunr-index.js';
import { eventKeys } from '../timeline/event-keys.js';
import { eventLines, type TextTerms, textTerms } from '../timeline/index.js';
import { type ArticleAnalysis, candidatesOf } from './analyse-article.js';

/** A report's event keys as cached: the sets as arrays, in the order they were filled. */
export interface StoredEventKeys {
  keys: string[];
  names: string[];
  people: string[];
  speech: boolean;
}

/**
 * The part of one article's work that depends on the merged entity table as well as on the article: its
 * sentences' mentions and features, its search-index terms, its quotes, its reports' event keys. Cached
 * per article with the table reads it made (table-reads.ts): a later build over a new table reuses it
 * when those reads get the same answers, so adding an article redoes only the articles whose names it
 * changed. Plain JSON.
 */
export interface ArticleLinks {
  reads: StoredReads;
  /**
   * the article's own part of the entity table (its place clues and demonyms), cached here for the
   * next build's table; it is checked on its own (build-table.ts), not by `reads`
   */
  clues: EntityClues;
  /** per sentence, the entities it names */
  explicit: string[][];
  /** per sentence, the entities it names or refers to, with their aliases (what the index sees) */
  named: string[][];
  features: SentenceFeatures[];
  /** per sentence, per search field (FIELD_BOOSTS order), the terms lunr's pipeline makes of it */
  terms: string[][][];
  quotes: Quote[];
  /** per dated report of the analysis, in its order */
  eventKeys: StoredEventKeys[];
  /** how many of its sentences hold each event key: its share of the keys' document frequencies */
  keyCounts: [string, number][];
  /** per dated report, the line an event it leads shows (extract-events.ts), or null for its own text */
  eventLines: (string | null)[];
  /** the /timeline terms (event-terms.ts) of each of those lines and of the reports' passages */
  eventTexts: [text: string, terms: TextTerms][];
}

/**
 * The links of an article: the cached ones when the table answers their reads as before, else made now.
 * `clues` are the article's entity clues this build used; `stale` says the cached file no longer holds
 * the links returned (made anew, or its clues were), so the caller writes it again.
 */
export function linkArticle(
  analysis: ArticleAnalysis,
  table: EntityTable,
  cached: ArticleLinks | undefined,
  clues: { value: EntityClues; reused: boolean },
): { links: ArticleLinks; reused: boolean; stale: boolean } {
  if (cached && storedReadsHold(cached.reads, (key) => framedAnswerOfRead(table, key)))
    return clues.reused
      ? { links: cached, reused: true, stale: false }
      : { links: { ...cached, clues: clues.value }, reused: true, stale: true };
  const { value, reads } = recordReads(() => links(analysis, recordingTable(table)));
  return { links: { ...value, reads: storeReads(reads), clues: clues.value }, reused: false, stale: true };
}

function links(analysis: ArticleAnalysis, table: EntityTable): Omit<ArticleLinks, 'reads' | 'clues'> {
  const { article, tags } = analysis;
  const filedFrom = filedSentence(article);
  const filedNames = filedPlaces(article).flatMap((place) => resolveEntity(table, place)?.name ?? []);
  const explicit = article.sentences.map((sentence) => {
    const mentioned = findMentions(table, sentence.text).map((mention) => mention.entity);
    // the dateline's place, cut from this sentence, is still where it happened
    if (sentence === filedFrom) mentioned.push(...filedNames);
    return [...new Set(mentioned)];
  });
  // "he", "the alliance": who a sentence refers to counts for matching as if it were named
  const referred = referredEntities(article.sentences, explicit, table);
  const named = explicit.map((names, i) => {
    const all = [...names, ...referred[i]!];
    return [...all, ...all.flatMap((name) => firstEntityNamed(table, name)?.aliases ?? [])];
  });
  const kinds = explicit.map((names, i) =>
    [...names, ...referred[i]!].flatMap((name) => firstEntityNamed(table, name)?.type ?? []),
  );
  const features = articleFeatures(
    article.sentences,
    (i) => named[i]!,
    (i) => kinds[i]!,
    tags,
  );
  const candidates = candidatesOf(analysis);
  const keyCounts = new Map<string, number>();
  for (const sentence of article.sentences)
    for (const key of eventKeys(sentence.text, table).keys) keyCounts.set(key, (keyCounts.get(key) ?? 0) + 1);
  return {
    explicit,
    named,
    features,
    terms: article.sentences.map((sentence, i) => indexTerms(passageOf(article, sentence, named[i]!))),
    quotes: articleQuotes(article, table),
    ...timelineTexts(candidates, table),
    eventKeys: candidates.map((candidate) => {
      const keyed = eventKeys(candidate.text, table);
      return {
        keys: [...keyed.keys],
        names: [...keyed.names],
        people: [...keyed.people],
        speech: keyed.speech,
      };
    }),
    keyCounts: [...keyCounts],
  };
}

/** What the timeline shows and matches of an article's dated reports, should one lead an event. */
function timelineTexts(
  candidates: ReturnType<typeof candidatesOf>,
  table: EntityTable,
): Pick<ArticleLinks, 'eventLines' | 'eventTexts'> {
  const lines = eventLines(candidates, table);
  const texts = new Map<string, TextTerms>();
  for (const text of [...lines, ...candidates.map((candidate) => candidate.passage)])
    if (!texts.has(text)) texts.set(text, textTerms(text, table));
  return {
    eventLines: lines.map((line, i) => (line === candidates[i]!.text ? null : line)),
    eventTexts: [...texts],
  };
}

/** A sentence as the search index sees it. */
export function passageOf(article: Article, sentence: Sentence, named: readonly string[]): PassageDocument {
  return {
    id: sentence.id,
    text: sentence.text,
    heading: headingAbove(article, sentence),
    entities: named.join(' '),
    title: article.title,
  };
}

function headingAbove(article: Article, sentence: Sentence): string {
  for (let i = sentence.paragraph; i >= 0; i--) {
    const paragraph = article.paragraphs[i];
    if (paragraph?.kind === 'heading') return paragraph.text;
  }
  return '';
}

/** Cached links, checked for what the build reads: anything else is a miss, redone. */
export function acceptLinks(data: unknown, analysis: ArticleAnalysis): ArticleLinks {
  const links = data as Partial<ArticleLinks>;
  const sentences = analysis.article.sentences.length;
  if (
    !Array.isArray(links?.reads?.keys) ||
    typeof links.reads.digest !== 'string' ||
    links.explicit?.length !== sentences ||
    links.named?.length !== sentences ||
    links.features?.length !== sentences ||
    links.terms?.length !== sentences ||
    !Array.isArray(links.quotes) ||
    links.eventKeys?.length !== analysis.candidates.length ||
    !Array.isArray(links.keyCounts) ||
    links.eventLines?.length !== analysis.candidates.length ||
    !Array.isArray(links.eventTexts) ||
    !Array.isArray(links.clues?.demonyms) ||
    !cluesShaped(links.clues.places)
  )
    throw new Error('not the links of this article');
  return links as ArticleLinks;
}

function cluesShaped(places: Partial<EntityClues['places']> | undefined): boolean {
  return (
    Array.isArray(places?.sightings) &&
    Array.isArray(places.definite) &&
    Array.isArray(places.located) &&
    Array.isArray(places.speaking) &&
    Array.isArray(places.cued) &&
    Array.isArray(places.personWords?.present) &&
    Array.isArray(places.personWords.absent)
  );
}
