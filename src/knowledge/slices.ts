import type { Article, Paragraph, Sentence } from './types.js';

/** An article as cached: a paragraph's or sentence's text is left out when it is the body's slice. */
export type SlicedArticle = Omit<Article, 'paragraphs' | 'sentences'> & {
  paragraphs: (Omit<Paragraph, 'text'> & { text?: string })[];
  sentences: (Omit<Sentence, 'text'> & { text?: string })[];
};

/** Paragraph and sentence texts are slices of the body: cached once, not three times. */
export function withoutSlices(article: Article): SlicedArticle {
  const drop = <T extends { start: number; end: number; text: string }>(part: T) => {
    if (article.body.slice(part.start, part.end) !== part.text) return part;
    const { text: _text, ...rest } = part;
    return rest;
  };
  return { ...article, paragraphs: article.paragraphs.map(drop), sentences: article.sentences.map(drop) };
}

export function withSlices(article: SlicedArticle): Article {
  const restore = <T extends { start: number; end: number; text?: string }>(part: T) => ({
    ...part,
    text: part.text ?? article.body.slice(part.start, part.end),
  });
  return {
    ...article,
    paragraphs: article.paragraphs.map(restore),
    sentences: article.sentences.map(restore),
  };
}
