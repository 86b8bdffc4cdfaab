import type { Article, Sentence } from './types.js';

/** The places an article was filed from, as its dateline names them: "Yerevan", "Baku" for "YEREVAN/BAKU —". */
export function filedPlaces(article: Pick<Article, 'filedIn'>): string[] {
  const filed = article.filedIn;
  return filed ? [filed.place, ...(filed.alsoIn ?? [])] : [];
}

/**
 * The sentence filed from the dateline's place: the first of the paragraph the dateline opens ("VIENNA —
 * Ministers met on Tuesday …"). A Vienna-datelined report is about Vienna even when that sentence does
 * not say so, because the dateline said it.
 */
export function filedSentence(article: Pick<Article, 'filedIn' | 'sentences'>): Sentence | undefined {
  const paragraph = article.filedIn?.paragraph;
  if (paragraph === undefined) return undefined;
  return article.sentences.find((sentence) => sentence.paragraph === paragraph);
}
