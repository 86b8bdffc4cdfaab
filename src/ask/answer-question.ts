import type { AnswerOf, Citation } from '../answer.js';
import type { Sentence } from '../knowledge/types.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { isDemonym } from '../nlp/demonyms.js';
import { analyseQuestion } from '../nlp/question.js';
import { stem, stemsOf } from '../nlp/stems.js';
import { synonymsOf } from '../nlp/synonyms.js';
import { topHits } from '../search/top-hits.js';
import { citationFor } from './citations.js';
import { isKnownStem, unknownNames } from './known-names.js';
import { neighbours, type RankedSentence, rankSentences } from './rank-sentences.js';
import { suggestionsFor } from './suggestions.js';
import { weighTerms } from './term-weights.js';

/** below this share of the question's weight, the best sentence is not an answer but a coincidence */
export const ANSWER_THRESHOLD = 0.3;
const CANDIDATES = 60;
// sentences this similar to the answer, from other articles, are the same fact reported twice
const SAME_FACT_OVERLAP = 0.5;
const SAME_FACT_SCORE = 0.8;

/**
 * Answers a question with the best-matching sentence, verbatim, and its sources; or abstains.
 *
 * @example
 * answerQuestion(kb, 'Where will the allies meet on April 23?').text
 * // "These met in Paris last week and will meet again in London tomorrow (April 23) …"
 */
export function answerQuestion(kb: KnowledgeBase, question: string): AnswerOf<'answer'> {
  const analysis = analyseQuestion(question);
  const sentenceCount = kb.sentenceById.size;
  // a demonym ("Ukrainian city") describes rather than names, so it is not required
  // and in "Who is the X of Y?" the role X must be in the answer, or it cannot say who holds it
  const required = new Set([
    ...analysis.names
      .flatMap(stemsOf)
      .filter((s) => !analysis.terms.some((t) => t.stem === s && isDemonym(t.word))),
    ...(analysis.type === 'who' && analysis.focus ? [stem(analysis.focus)] : []),
  ]);
  const terms = weighTerms(analysis.terms, kb.stemDf, sentenceCount, required);
  if (terms.length === 0) {
    return abstain(kb, question, 'I need a few more words to search the articles for.');
  }
  const missing = unknownNames(kb, analysis.names);
  if (missing.length > 0) {
    return abstain(
      kb,
      question,
      `The articles don't mention ${listOf(missing)}, so I can't answer that from them.`,
    );
  }
  const uncovered = analysis.focusNouns.find((noun) => !isCovered(kb, noun));
  if (uncovered) {
    return abstain(
      kb,
      question,
      `The articles don't cover “${uncovered}”, so I can't answer that from them.`,
    );
  }
  // lunr's best CANDIDATES hits, exactly, without scoring every posting of every term
  const hits = topHits(
    kb.index,
    terms.flatMap((t) => [
      { word: t.word, boost: t.weight },
      ...t.alternatives.map((a) => ({ word: a, boost: t.weight * 0.8 })),
    ]),
    CANDIDATES,
  );
  const candidates = hits
    .map((hit) => kb.sentenceById.get(hit.ref))
    .filter((s): s is Sentence => s !== undefined);
  const ranked = rankSentences(kb, candidates, terms, analysis.type);
  const best = ranked[0];
  if (!best || best.score < ANSWER_THRESHOLD) {
    return abstain(kb, question, "The articles don't say, as far as I can find.");
  }
  const primary = passageFor(
    kb,
    best,
    terms.map((t) => t.stem),
  );
  const citations = [primary, ...sameFactElsewhere(kb, best, ranked)];
  return {
    kind: 'answer',
    question,
    text: primary.passage,
    abstained: false,
    confidence: confidenceOf(best.score),
    citations,
  };
}

/** The answer sentence, with the sentence before it when the answer leans on it ("He said…", or terms it lacks). */
function passageFor(kb: KnowledgeBase, best: RankedSentence, stems: string[]): Citation {
  const article = kb.articleById.get(best.sentence.articleId)!;
  const before = neighbours(kb, best.sentence).find((n) => n.end <= best.sentence.start);
  const leansBack = /^(this|that|these|those|it|he|she|they|such|the move|the event|the incident)\b/i.test(
    best.sentence.text,
  );
  const completes =
    before !== undefined &&
    stems.some((s) => !best.matched.has(s) && kb.features[before.id]!.stems.includes(s)) &&
    best.sentence.text.length < 260;
  const start = before && (leansBack || completes) ? before.start : best.sentence.start;
  return citationFor(article, start, best.sentence.end);
}

function sameFactElsewhere(kb: KnowledgeBase, best: RankedSentence, ranked: RankedSentence[]): Citation[] {
  const bestStems = new Set(kb.features[best.sentence.id]!.stems);
  const cited = new Set([best.sentence.articleId]);
  const extra: Citation[] = [];
  for (const other of ranked.slice(1)) {
    if (cited.has(other.sentence.articleId) || other.score < best.score * SAME_FACT_SCORE) continue;
    const stems = kb.features[other.sentence.id]!.stems;
    const shared = stems.filter((s) => bestStems.has(s)).length;
    if (shared / Math.min(stems.length, bestStems.size) < SAME_FACT_OVERLAP) continue;
    cited.add(other.sentence.articleId);
    extra.push(
      citationFor(kb.articleById.get(other.sentence.articleId)!, other.sentence.start, other.sentence.end),
    );
  }
  return extra;
}

/** Maps a ranking score onto 0–1 so that the abstention threshold sits at 0.5. */
function confidenceOf(score: number): number {
  // logistic around the threshold: 0.5 there, ~0.77 at +0.3, ~0.94 at +0.7; never a claim of certainty
  const value = 1 / (1 + Math.exp(-4 * (score - ANSWER_THRESHOLD)));
  return Math.round(Math.min(0.99, value) * 100) / 100;
}

function abstain(kb: KnowledgeBase, question: string, reason: string): AnswerOf<'answer'> {
  return {
    kind: 'answer',
    question,
    text: reason,
    abstained: true,
    confidence: 0,
    citations: [],
    suggestions: suggestionsFor(kb),
  };
}

/** The focus word, or one of its synonyms, occurs in the articles. */
function isCovered(kb: KnowledgeBase, word: string): boolean {
  return [word, ...synonymsOf(word)].some((w) => isKnownStem(kb, stem(w)));
}

function listOf(names: string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
