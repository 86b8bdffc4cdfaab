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

/** What a build is given: each article's own work, the files it skipped, the alias file's entries. */
export interface BuildInput {
  analyses: ArticleAnalysis[];
  skipped: SkippedFile[];
  aliases?: AliasEntry[] | undefined;
  /** each analysis's cached links, if any, in the same order */
  links?: readonly (ArticleLinks | undefined)[] | undefined;
}

/** One article's part of a build, as it was linked: its rows for a backend that stores them itself. */
export interface LinkedArticle {
  article: Article;
  links: ArticleLinks;
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
  input: BuildInput,
  onStep: (step: string) => void = () => {},
  options: BuildOptions = {},
): KnowledgeBase {
  const build = new KnowledgeBuild(input, onStep, options);
  for (let position = 0; position < input.analyses.length; position++) build.link(position);
  return build.finish();
}

/**
 * A build in steps, for a backend that writes each article's part as it is linked and keeps none of it
 * (PostgreSQL, src/knowledge-store/): the entity table first (it needs every article), then `link` each
 * article in order, then `events` (merged across the articles). With `keep: false` the build holds no
 * article's features, mentions or index terms once `link` has returned them, and lets go of the
 * article's own work (its tags and parses): what stays is the articles, the entity table and the
 * timeline's candidates, which the events need. Such a build takes the input's `analyses` over: it
 * empties each entry as it links it, so what the caller no longer holds can be freed. buildKnowledgeBase
 * is this with everything kept.
 */
export class KnowledgeBuild {
  readonly articles: Article[];
  readonly entities: EntityTable;
  private readonly analyses: (ArticleAnalysis | undefined)[];
  private readonly cachedLinks: readonly (ArticleLinks | undefined)[] | undefined;
  private readonly skipped: SkippedFile[];
  private readonly keep: boolean;
  private clues: EntityClues[] = [];
  private cluesReused: boolean[] = [];
  private readonly sentenceEntities: Record<string, string[]> = {};
  private readonly features: Record<string, SentenceFeatures> = {};
  private readonly documentIds: string[] = [];
  private readonly terms: string[][][] = [];
  private readonly quotes: Quote[] = [];
  private readonly keyed: KeyedCandidate[] = [];
  private readonly keyDf = new Map<string, number>();
  // what /timeline matches of each dated report's line and passage, from the links
  private readonly textTerms = new Map<string, TextTerms>();
  private sentences = 0;
  private readonly linked: ArticleLinks[] = [];
  private readonly reused: boolean[] = [];
  private readonly stale: boolean[] = [];

  constructor(
    input: BuildInput,
    private readonly onStep: (step: string) => void = () => {},
    private readonly options: BuildOptions & { keep?: boolean } = {},
  ) {
    this.keep = options.keep !== false;
    this.analyses = input.analyses;
    this.cachedLinks = input.links;
    this.skipped = input.skipped;
    this.articles = input.analyses.map((analysis) => analysis.article);
    onStep('people, places and organisations');
    this.entities = buildEntityTable(
      this.articles,
      input.aliases,
      input.analyses.flatMap((analysis) => analysis.people),
      {
        cached: input.links?.map((links) => links?.clues),
        onClues: (made, reused) => {
          this.clues = made;
          this.cluesReused = reused;
        },
      },
    );
  }

  /** Links the article at `position` (in order, each once) and returns its part of the build. */
  link(position: number): LinkedArticle {
    const analysis = this.analyses[position]!;
    const { article } = analysis;
    this.onStep(`sentences of ${article.file} (article ${position + 1} of ${this.articles.length})`);
    const made = linkArticle(analysis, this.entities, this.cachedLinks?.[position], {
      value: this.clues[position]!,
      reused: this.cluesReused[position]!,
    });
    const links = made.links;
    if (this.keep) {
      this.linked.push(links);
      this.reused.push(made.reused);
      this.stale.push(made.stale);
    } else this.analyses[position] = undefined;
    article.sentences.forEach((sentence, i) => {
      if (this.keep) {
        this.sentenceEntities[sentence.id] = links.explicit[i]!;
        this.features[sentence.id] = links.features[i]!;
      }
      // the whole passage only for a backend that indexes passages itself: the index needs its id and terms
      if (this.options.onPassage) this.options.onPassage(passageOf(article, sentence, links.named[i]!));
      if (this.keep && this.options.searchIndex !== false) {
        this.documentIds.push(sentence.id);
        this.terms.push(links.terms[i]!);
      }
    });
    if (this.keep) this.quotes.push(...links.quotes);
    for (const [text, terms] of links.eventTexts) this.textTerms.set(text, terms);
    candidatesOf(analysis).forEach((candidate, i) => {
      const keys = links.eventKeys[i]!;
      this.keyed.push({
        ...candidate,
        line: links.eventLines[i] ?? candidate.text,
        keys: new Set(keys.keys),
        names: new Set(keys.names),
        people: new Set(keys.people),
        speech: keys.speech,
      });
    });
    for (const [key, count] of links.keyCounts) this.keyDf.set(key, (this.keyDf.get(key) ?? 0) + count);
    this.sentences += article.sentences.length;
    return { article, links };
  }

  /** The timeline's events merged across every linked article, with what /timeline matches of each. */
  events(): { events: TimelineEvent[]; eventTerms: EventTerms[] } {
    forgetReadAnswers(this.entities);
    this.onStep('timeline events');
    const events = extractEvents(this.articles, this.entities, [], {
      candidates: this.keyed,
      weight: weightsOf(this.keyDf, this.sentences),
    });
    return { events, eventTerms: eventTerms(events, this.entities, this.articles, this.textTerms) };
  }

  /** The knowledge base, once every article is linked (a build made with `keep`, the default). */
  finish(): KnowledgeBase {
    forgetReadAnswers(this.entities);
    this.options.onLinks?.(this.linked, this.reused, this.stale);
    const stemDf = stemDocumentFrequencies(Object.values(this.features));
    this.onStep('the search index');
    const index = SearchIndex.load(indexFromTerms(this.documentIds, this.terms));
    return withLookups({
      articles: this.articles,
      skipped: this.skipped,
      entities: this.entities,
      sentenceEntities: this.sentenceEntities,
      features: this.features,
      stemDf,
      quotes: this.quotes,
      ...this.events(),
      index,
    });
  }
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
