import type { Quote, SkippedFile, TimelineEvent } from './answer.js';
import { type ArticleAnalysis, candidatesOf } from './build/analyse-article.js';
import { type ArticleLinks, linkArticle, passageOf } from './build/link-article.js';
import { type SentenceFeatures, stemDocumentFrequencies } from './features/sentence-features.js';
import { type SlicedArticle, withoutSlices, withSlices } from './knowledge/slices.js';
import type { Article, Sentence } from './knowledge/types.js';
import {
  type AliasEntry,
  buildEntityTable,
  type EntityClues,
  type EntityTable,
  forgetReadAnswers,
} from './nlp/entities/index.js';
import { indexFromTerms, type PassageDocument } from './search/lunr-index.js';
import { SearchIndex, type SerialisedSearchIndex } from './search/search-index.js';
import {
  type EventTerms,
  eventTerms,
  extractEvents,
  type KeyedCandidate,
  type TextTerms,
  TimelineIndex,
  weightsOf,
} from './timeline/index.js';

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
  /**
   * hears each article's links (build/link-article.ts), in the analyses' order, whether they were the
   * cached ones, and whether the cached file is stale (the links or their entity clues were made anew):
   * the build's caller caches the stale ones
   */
  onLinks?: ((links: ArticleLinks[], reused: boolean[], stale: boolean[]) => void) | undefined;
}

/**
 * The corpus-wide part of a build, over each article's own work (build/analyse-article.ts): entities
 * merged across the articles, then each article's links to them (mentions and references, sentence
 * features, index terms, quotes, event keys; reused from `links` where the new entity table answers
 * their reads as before), timeline events merged across the articles, document frequencies and the
 * search index. `onStep` hears each step as it starts ("entities", "sentences of x.md", "quotes", …), so
 * a slow build can report where it is.
 */
export function buildKnowledgeBase(
  input: {
    analyses: ArticleAnalysis[];
    skipped: SkippedFile[];
    aliases?: AliasEntry[] | undefined;
    /** each analysis's cached links, if any, in the same order */
    links?: readonly (ArticleLinks | undefined)[] | undefined;
  },
  onStep: (step: string) => void = () => {},
  options: BuildOptions = {},
): KnowledgeBase {
  const { analyses, skipped } = input;
  const articles = analyses.map((analysis) => analysis.article);
  onStep('people, places and organisations');
  let clues: EntityClues[] = [];
  let cluesReused: boolean[] = [];
  const entities = buildEntityTable(
    articles,
    input.aliases,
    analyses.flatMap((analysis) => analysis.people),
    {
      cached: input.links?.map((links) => links?.clues),
      onClues: (made, reused) => {
        clues = made;
        cluesReused = reused;
      },
    },
  );
  const sentenceEntities: Record<string, string[]> = {};
  const features: Record<string, SentenceFeatures> = {};
  const documentIds: string[] = [];
  const terms: string[][][] = [];
  const quotes: Quote[] = [];
  const keyed: KeyedCandidate[] = [];
  const keyDf = new Map<string, number>();
  // what /timeline matches of each dated report's line and passage, from the links
  const textTerms = new Map<string, TextTerms>();
  let sentences = 0;
  const linked: ArticleLinks[] = [];
  const reused: boolean[] = [];
  const stale: boolean[] = [];
  for (const [position, analysis] of analyses.entries()) {
    const { article } = analysis;
    onStep(`sentences of ${article.file} (article ${position + 1} of ${articles.length})`);
    const made = linkArticle(analysis, entities, input.links?.[position], {
      value: clues[position]!,
      reused: cluesReused[position]!,
    });
    linked.push(made.links);
    reused.push(made.reused);
    stale.push(made.stale);
    const links = made.links;
    article.sentences.forEach((sentence, i) => {
      sentenceEntities[sentence.id] = links.explicit[i]!;
      features[sentence.id] = links.features[i]!;
      // the whole passage only for a backend that indexes passages itself: the index needs its id and terms
      if (options.onPassage) options.onPassage(passageOf(article, sentence, links.named[i]!));
      if (options.searchIndex !== false) {
        documentIds.push(sentence.id);
        terms.push(links.terms[i]!);
      }
    });
    quotes.push(...links.quotes);
    for (const [text, terms] of links.eventTexts) textTerms.set(text, terms);
    candidatesOf(analysis).forEach((candidate, i) => {
      const keys = links.eventKeys[i]!;
      keyed.push({
        ...candidate,
        line: links.eventLines[i] ?? candidate.text,
        keys: new Set(keys.keys),
        names: new Set(keys.names),
        people: new Set(keys.people),
        speech: keys.speech,
      });
    });
    for (const [key, count] of links.keyCounts) keyDf.set(key, (keyDf.get(key) ?? 0) + count);
    sentences += article.sentences.length;
  }
  forgetReadAnswers(entities);
  options.onLinks?.(linked, reused, stale);
  const stemDf = stemDocumentFrequencies(Object.values(features));
  onStep('the search index');
  const index = SearchIndex.load(indexFromTerms(documentIds, terms));
  onStep('timeline events');
  const events = extractEvents(articles, entities, [], {
    candidates: keyed,
    weight: weightsOf(keyDf, sentences),
  });
  return withLookups({
    articles,
    skipped,
    entities,
    sentenceEntities,
    features,
    stemDf,
    quotes,
    events,
    eventTerms: eventTerms(events, entities, articles, textTerms),
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
