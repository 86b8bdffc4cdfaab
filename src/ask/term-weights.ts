import type { QuestionTerm } from '../nlp/question.js';

export interface WeightedTerm extends QuestionTerm {
  weight: number;
  /** how many sentences hold the term (or one of its alternatives) */
  df: number;
  /** a name the question gives, or the thing it asks about: an answer should mention it */
  required: boolean;
}

// a word the articles never use is most often the asker's paraphrase: it counts for part of an average word
const UNSEEN_SHARE = 0.5;
// a name the asker typed is a constraint, however common it is in the articles
const NAME_FLOOR = 1;

/**
 * Inverse document frequency over sentences, with two corrections. Words the articles never use cannot be
 * matched by any passage, so they weigh a share of the average known word: a paraphrase lowers confidence
 * without sinking it (questions about things the articles never cover are caught by the name and focus
 * checks). Required words (names, the focus) weigh at least the average, so "Putin" is not outweighed by "things".
 */
export function weighTerms(
  terms: QuestionTerm[],
  stemDf: Record<string, number>,
  sentenceCount: number,
  requiredStems: ReadonlySet<string> = new Set(),
): WeightedTerm[] {
  const weighed = terms.map((term) => {
    const df = Math.max(stemDf[term.stem] ?? 0, ...term.alternatives.map((alt) => stemDf[alt] ?? 0));
    return {
      ...term,
      df,
      weight: Math.log(1 + sentenceCount / (df + 0.5)),
      required: requiredStems.has(term.stem),
    };
  });
  const known = weighed.filter((t) => t.df > 0);
  const average = known.reduce((sum, t) => sum + t.weight, 0) / Math.max(1, known.length);
  return weighed.map((t) => {
    // "Which organisation …": a word for the kind of answer, which the text will name rather than say
    if (t.df === 0 && t.answerKind) return { ...t, weight: 0 };
    if (t.df === 0) return { ...t, weight: UNSEEN_SHARE * average };
    if (t.required) return { ...t, weight: Math.max(t.weight, NAME_FLOOR * average) };
    return t;
  });
}
