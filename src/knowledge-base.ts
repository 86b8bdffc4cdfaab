import type { Quote, SkippedFile, TimelineEvent } from './answer.js';
import { type ArticleAnalysis, candidatesOf } from './build/analyse-article.js';
import { referredEntities } from './features/coreference.js';
import {
  articleFeatures,
  type SentenceFeatures,
  stemDocumentFrequencies,
} from './features/sentence-features.js';
import { filedPlaces, filedSentence } from './knowledge/filed-in.js';
import { type SlicedArticle, withoutSlices, withSlices } from './knowledge/slices.js';
import type { Article, Sentence } from './knowledge/types.js';
import {
  type AliasEntry,
  buildEntityTable,
  type EntityTable,
  findMentions,
  resolveEntity,
} from './nlp/entities/index.js';
import { extractQuotes } from './quotes/index.js';
import { buildSearchIndex, type PassageDocument } from './search/lunr-index.js';
import { SearchIndex, type SerialisedSearchIndex } from './search/search-index.js';
import { type EventTerms, eventTerms, extractEvents, TimelineIndex } from './timeline/index.js';

/** Everything the engine knows, built once from the knowledge folder and cached as JSON. */
export interface KnowledgeBase {
  articles: Article[];
  skipped: SkippedFile[];
  entities: EntityTable;
  /** canonical entity names each sentence mentions, by sentence id */
  sentenceEntities: Record<string, string[]>;
  /** per-sentence answer features, by sentence id */
  features: Record<string, SentenceFeatures>;
  /** in how many sentences each stem occurs */
  stemDf: Record<string, number>;
  quotes: Quote[];
  events: TimelineEvent[];
  /** per event, in the same order: the entities and stems a /timeline topic is matched against */
  eventTerms: EventTerms[];
  index: SearchIndex;
  /** derived lookups, rebuilt on load rather than cached */
  sentenceById: Map<string, Sentence>;
  articleById: Map<string, Article>;
  timeline: TimelineIndex;
}

export type SerialisedKnowledgeBase = Omit<
  KnowledgeBase,
  'articles' | 'index' | 'sentenceById' | 'articleById' | 'timeline'
> & {
  articles: SlicedArticle[];
  index: SerialisedSearchIndex;
};

export interface BuildOptions {
  /**
   * false when another backend indexes the passages (PostgreSQL): the lunr index is then left empty,
   * saving its build time and memory. Default true.
   */
  searchIndex?: boolean | undefined;
  /** hears every passage as the search index would see it, for a backend that indexes them itself */
  onPassage?: ((passage: PassageDocument) => void) | undefined;
}

/**
 * The corpus-wide part of a build, over each article's own work (build/analyse-article.ts): entities
 * merged across the articles, mentions and references, sentence features, quotes, timeline events,
 * document frequencies and the search index. `onStep` hears each step as it starts ("entities",
 * "sentences of x.md", "quotes", …), so a slow build can report where it is.
 */
export function buildKnowledgeBase(
  input: { analyses: ArticleAnalysis[]; skipped: SkippedFile[]; aliases?: AliasEntry[] | undefined },
  onStep: (step: string) => void = () => {},
  options: BuildOptions = {},
): KnowledgeBase {
  const { analyses, skipped } = input;
  const articles = analyses.map((analysis) => analysis.article);
  onStep('people, places and organisations');
  const entities = buildEntityTable(
    articles,
    input.aliases,
    analyses.flatMap((analysis) => analysis.people),
  );
  const sentenceEntities: Record<string, string[]> = {};
  const features: Record<string, SentenceFeatures> = {};
  // the first entity of each name, as a scan of the list would find it, without scanning it per sentence
  const entityByName = new Map<string, (typeof entities.entities)[number]>();
  for (const entity of entities.entities)
    if (!entityByName.has(entity.name)) entityByName.set(entity.name, entity);
  const documents: PassageDocument[] = [];
  for (const [position, { article, tags }] of analyses.entries()) {
    onStep(`sentences of ${article.file} (article ${position + 1} of ${articles.length})`);
    const filedFrom = filedSentence(article);
    const filedNames = filedPlaces(article).flatMap((place) => resolveEntity(entities, place)?.name ?? []);
    const explicit = article.sentences.map((sentence) => {
      const mentioned = findMentions(entities, sentence.text).map((mention) => mention.entity);
      // the dateline's place, cut from this sentence, is still where it happened
      if (sentence === filedFrom) mentioned.push(...filedNames);
      const names = [...new Set(mentioned)];
      sentenceEntities[sentence.id] = names;
      return names;
    });
    // "he", "the alliance": who a sentence refers to counts for matching as if it were named
    const referred = referredEntities(article.sentences, explicit, entities);
    const named = explicit.map((names, i) => {
      const all = [...names, ...referred[i]!];
      return [...all, ...all.flatMap((name) => entityByName.get(name)?.aliases ?? [])];
    });
    const kinds = explicit.map((names, i) =>
      [...names, ...referred[i]!].flatMap((name) => entityByName.get(name)?.type ?? []),
    );
    const articleFeatureList = articleFeatures(
      article.sentences,
      (i) => named[i]!,
      (i) => kinds[i]!,
      tags,
    );
    article.sentences.forEach((sentence, i) => {
      features[sentence.id] = articleFeatureList[i]!;
      const document = {
        id: sentence.id,
        text: sentence.text,
        heading: headingAbove(article, sentence),
        entities: named[i]!.join(' '),
        title: article.title,
      };
      options.onPassage?.(document);
      if (options.searchIndex !== false) documents.push(document);
    });
  }
  const stemDf = stemDocumentFrequencies(Object.values(features));
  onStep('the search index');
  const index = SearchIndex.fromLunr(buildSearchIndex(documents));
  onStep('quotes');
  const quotes = extractQuotes(articles, entities);
  onStep('timeline events');
  const events = extractEvents(articles, entities, analyses.map(candidatesOf));
  return withLookups({
    articles,
    skipped,
    entities,
    sentenceEntities,
    features,
    stemDf,
    quotes,
    events,
    eventTerms: eventTerms(events, entities, articles),
    index,
  });
}

export function serialiseKnowledgeBase(kb: KnowledgeBase): SerialisedKnowledgeBase {
  const { sentenceById: _s, articleById: _a, timeline: _t, index, articles, ...rest } = kb;
  return { ...rest, articles: articles.map(withoutSlices), index: index.toJSON() };
}

export function loadKnowledgeBase(data: SerialisedKnowledgeBase): KnowledgeBase {
  return withLookups({
    ...data,
    articles: data.articles.map(withSlices),
    index: SearchIndex.load(data.index),
  });
}

export function withLookups(
  kb: Omit<KnowledgeBase, 'sentenceById' | 'articleById' | 'timeline'>,
): KnowledgeBase {
  return {
    ...kb,
    timeline: new TimelineIndex(kb.events, kb.eventTerms),
    sentenceById: new Map(kb.articles.flatMap((article) => article.sentences.map((s) => [s.id, s] as const))),
    articleById: new Map(kb.articles.map((article) => [article.id, article])),
  };
}

function headingAbove(article: Article, sentence: Sentence): string {
  for (let i = sentence.paragraph; i >= 0; i--) {
    const paragraph = article.paragraphs[i];
    if (paragraph?.kind === 'heading') return paragraph.text;
  }
  return '';
}
