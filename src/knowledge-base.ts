import type lunr from 'lunr';
import type { Quote, SkippedFile, TimelineEvent } from './answer.js';
import { articleFeatures, type SentenceFeatures, stemDocumentFrequencies } from './ask/sentence-features.js';
import type { LoadedKnowledge } from './knowledge/load.js';
import type { Article, Sentence } from './knowledge/types.js';
import { type AliasEntry, buildEntityTable, type EntityTable, findMentions } from './nlp/entities/index.js';
import { extractQuotes } from './quotes/index.js';
import { buildSearchIndex, loadSearchIndex, type PassageDocument } from './search/lunr-index.js';
import { extractEvents } from './timeline/index.js';

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
  index: lunr.Index;
  /** derived lookups, rebuilt on load rather than cached */
  sentenceById: Map<string, Sentence>;
  articleById: Map<string, Article>;
}

export type SerialisedKnowledgeBase = Omit<KnowledgeBase, 'index' | 'sentenceById' | 'articleById'> & {
  index: object;
};

export function buildKnowledgeBase(
  loaded: Pick<LoadedKnowledge, 'articles' | 'skipped'> & { aliases?: AliasEntry[] | undefined },
): KnowledgeBase {
  const { articles, skipped } = loaded;
  const entities = buildEntityTable(articles, loaded.aliases);
  const sentenceEntities: Record<string, string[]> = {};
  const features: Record<string, SentenceFeatures> = {};
  const documents: PassageDocument[] = [];
  // the first entity of each name, as a scan of the list would find it, without scanning it per sentence
  const entityByName = new Map<string, (typeof entities.entities)[number]>();
  for (const entity of entities.entities)
    if (!entityByName.has(entity.name)) entityByName.set(entity.name, entity);
  for (const article of articles) {
    const named = article.sentences.map((sentence) => {
      const names = [...new Set(findMentions(entities, sentence.text).map((mention) => mention.entity))];
      sentenceEntities[sentence.id] = names;
      return [...names, ...names.flatMap((name) => entityByName.get(name)?.aliases ?? [])];
    });
    const articleFeatureList = articleFeatures(article.sentences, (i) => named[i]!);
    article.sentences.forEach((sentence, i) => {
      features[sentence.id] = articleFeatureList[i]!;
      documents.push({
        id: sentence.id,
        text: sentence.text,
        heading: headingAbove(article, sentence),
        entities: named[i]!.join(' '),
        title: article.title,
      });
    });
  }
  const stemDf = stemDocumentFrequencies(Object.values(features));
  const index = buildSearchIndex(documents);
  const quotes = extractQuotes(articles, entities);
  const events = extractEvents(articles, entities);
  return withLookups({
    articles,
    skipped,
    entities,
    sentenceEntities,
    features,
    stemDf,
    quotes,
    events,
    index,
  });
}

export function serialiseKnowledgeBase(kb: KnowledgeBase): SerialisedKnowledgeBase {
  const { sentenceById: _s, articleById: _a, index, ...rest } = kb;
  return { ...rest, index: index.toJSON() };
}

export function loadKnowledgeBase(data: SerialisedKnowledgeBase): KnowledgeBase {
  return withLookups({ ...data, index: loadSearchIndex(data.index) });
}

function withLookups(kb: Omit<KnowledgeBase, 'sentenceById' | 'articleById'>): KnowledgeBase {
  return {
    ...kb,
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
