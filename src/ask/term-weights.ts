import type { QuestionTerm } from '../nlp/question.js';

export interface WeightedTerm extends QuestionTerm {
  weight: number;
  /** how many sentences hold the term (or one of its alternatives) */
  df: number;
}

/**
 * Inverse document frequency over sentences. A word the articles never use weighs the most: a question
 * whose heaviest words are missing from every passage is one the articles cannot answer.
 */
export function weighTerms(
  terms: QuestionTerm[],
  stemDf: Record<string, number>,
  sentenceCount: number,
): WeightedTerm[] {
  return terms.map((term) => {
    const df = Math.max(stemDf[term.stem] ?? 0, ...term.alternatives.map((alt) => stemDf[alt] ?? 0));
    const weight = Math.log(1 + sentenceCount / (df + 0.5));
    return { ...term, df, weight };
  });
}
