import type { AnswerKind, SentenceFeatures } from '../features/sentence-features.js';
import type { Sentence } from '../knowledge/types.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import type { QuestionType } from '../nlp/question.js';
import type { WeightedTerm } from './term-weights.js';

export interface RankedSentence {
  sentence: Sentence;
  score: number;
  /** share of the question's term weight the sentence itself covers, 0–1 */
  coverage: number;
  matched: Set<string>;
}

// which kind of content answers which kind of question
const WANTS: Partial<Record<QuestionType, AnswerKind>> = {
  who: 'person',
  organisation: 'organisation',
  when: 'date',
  where: 'place',
  quantity: 'number',
  why: 'reason',
  said: 'speech',
};

const TYPE_BONUS = 0.12;
const WEAK_PENALTY = 0.3;
// a neighbour's words help a sentence a little ("the Istanbul talks" named one sentence earlier)
const CONTEXT_SHARE = 0.35;
// "Who is the prime minister of Poland?" is not answered by a sentence about Britain's prime minister
const MISSING_REQUIRED_PENALTY = 0.5;

export function matchedTerms(terms: WeightedTerm[], features: SentenceFeatures): Set<string> {
  // a sentence has a few dozen stems: scanning them beats building a Set per candidate and neighbour
  const stems = features.stems;
  return new Set(
    terms
      .filter((t) => stems.includes(t.stem) || t.alternatives.some((a) => stems.includes(a)))
      .map((t) => t.stem),
  );
}

/** Scores candidate sentences by weighted term coverage, neighbour context and question-type fit. */
export function rankSentences(
  kb: KnowledgeBase,
  candidates: Sentence[],
  terms: WeightedTerm[],
  type: QuestionType,
): RankedSentence[] {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return [];
  const weightOf = new Map(terms.map((t) => [t.stem, t.weight]));
  const sumOf = (stems: Iterable<string>) => [...stems].reduce((sum, s) => sum + (weightOf.get(s) ?? 0), 0);
  const wanted = WANTS[type];

  return candidates
    .map((sentence) => {
      const features = kb.features[sentence.id]!;
      const matched = matchedTerms(terms, features);
      const coverage = sumOf(matched) / total;
      const context = neighbours(kb, sentence)
        .flatMap((n) => [...matchedTerms(terms, kb.features[n.id]!)])
        .filter((s) => !matched.has(s));
      let score = coverage + (CONTEXT_SHARE * sumOf(new Set(context))) / total;
      const missing = terms.filter(
        (t) => t.required && !matched.has(t.stem) && !paragraphMentions(kb, sentence, t),
      );
      score -= MISSING_REQUIRED_PENALTY * missing.length;
      if (wanted && features.holds.includes(wanted)) score += TYPE_BONUS;
      if (features.weak) score -= WEAK_PENALTY;
      return { sentence, score, coverage, matched };
    })
    .sort((a, b) => b.score - a.score || a.sentence.id.localeCompare(b.sentence.id));
}

/** Whether any sentence of the paragraph holds the term: a name can be two sentences back. */
function paragraphMentions(kb: KnowledgeBase, sentence: Sentence, term: WeightedTerm): boolean {
  const article = kb.articleById.get(sentence.articleId)!;
  return article.sentences.some(
    (s) => s.paragraph === sentence.paragraph && matchedTerms([term], kb.features[s.id]!).size > 0,
  );
}

/** The sentences just before and after, in the same paragraph. */
export function neighbours(kb: KnowledgeBase, sentence: Sentence): Sentence[] {
  const article = kb.articleById.get(sentence.articleId)!;
  // ids are `${articleId}#${position}`, so no search is needed
  const position = Number(sentence.id.slice(sentence.id.lastIndexOf('#') + 1));
  return [article.sentences[position - 1], article.sentences[position + 1]].filter(
    (s): s is Sentence => s !== undefined && s.paragraph === sentence.paragraph,
  );
}
