import type { SkippedFile } from '../answer.js';
import { type SentenceTags, sentenceTags } from '../features/sentence-features.js';
import { parseArticle } from '../knowledge/load.js';
import type { Article } from '../knowledge/types.js';
import { type PersonSighting, peopleIn } from '../nlp/entities/learn-people.js';
import { type Candidate, embedCandidates, sentenceCandidates } from '../timeline/candidates.js';

/** A timeline candidate as cached: its article is the analysis's own, re-attached on use. */
export type StoredCandidate = Omit<Candidate, 'article'>;

/**
 * One article's own work: everything a build does to it that depends on nothing but its file — the
 * front matter, segmentation, and every compromise parse (the sentence tags, the timeline's dated
 * candidates with their verbs, the people its text names). This is what a change to one article
 * redoes; what depends on the other articles (the merged entities, mentions, document frequencies, the
 * search index) is the corpus-wide part of the build (knowledge-base.ts). Plain JSON: it is cached per
 * article and crosses worker threads.
 */
export interface ArticleAnalysis {
  article: Article;
  /** people its sentences name, in order, before merging across articles */
  people: PersonSighting[];
  /** per sentence: does compromise tag a place or a person in it */
  tags: SentenceTags[];
  candidates: StoredCandidate[];
}

export type FileAnalysis = { analysis: ArticleAnalysis } | { skipped: SkippedFile };

/** Parses and analyses one knowledge file; a file that is not an article is skipped with the reason. */
export function analyseFile(file: string, content: string): FileAnalysis {
  const parsed = parseArticle(file, content);
  if ('reason' in parsed) return { skipped: parsed };
  return { analysis: analyseArticle(parsed) };
}

export function analyseArticle(article: Article): ArticleAnalysis {
  const candidates: Candidate[] = [];
  // one compromise parse per paragraph serves the tags and the dated sentences' verbs
  const tags = sentenceTags(article.sentences, (parsed, first) => {
    parsed.starts.forEach((_, i) => {
      candidates.push(
        ...sentenceCandidates(article, article.sentences[first + i]!, () => parsed.sentence(i)),
      );
    });
  });
  candidates.push(...embedCandidates(article));
  return {
    article,
    people: article.sentences.flatMap((sentence) => peopleIn(sentence.text)),
    tags,
    candidates: candidates.map(({ article: _article, ...candidate }) => candidate),
  };
}

/** The candidates with their article attached again, as the timeline's extraction reads them. */
export function candidatesOf(analysis: ArticleAnalysis): Candidate[] {
  return analysis.candidates.map((candidate) => ({ ...candidate, article: analysis.article }));
}
