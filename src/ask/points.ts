import type { Citation, Point } from '../answer.js';
import type { AnswerKind } from '../features/sentence-features.js';
import type { Sentence } from '../knowledge/types.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { entityNamed } from '../nlp/entities/index.js';
import { stemsOf } from '../nlp/stems.js';
import type { RankedSentence } from './rank-sentences.js';
import type { WeightedTerm } from './term-weights.js';

const MAX_POINTS = 4;
// a point must be nearly as good an answer as the best one
const POINT_SHARE = 0.6;
const POINT_FLOOR = 0.3;
// two passages sharing this much of their wording say the same thing
const SAME_WORDING = 0.5;
const SAME_WORDING_TYPED = 0.3;
// a second source must rank nearly as well as the answer
const SAME_FACT_SCORE = 0.8;
// …and share this much of what the answer says beyond the question's own words
const SAME_ANSWER = 0.4;

/**
 * Up to four distinct points for a question that asks for several things: the best answer, then the
 * next best from other articles, then more from the same ones; never two with the same wording or the
 * same passage. Newest article first, so the reader sees the latest state before the background.
 */
export function distinctPoints(
  kb: KnowledgeBase,
  best: RankedSentence,
  answerable: RankedSentence[],
  cite: (ranked: RankedSentence) => Citation,
  shown: ReadonlySet<string>,
): Point[] {
  const floor = Math.max(POINT_FLOOR, POINT_SHARE * best.score);
  const pool = answerable.filter(
    (r) => r !== best && r.score >= floor && !shown.has(`${r.sentence.articleId}:${cite(r).start}`),
  );
  const chosen = [best];
  const distinct = (r: RankedSentence) =>
    chosen.every(
      (c) => !overlaps(c.window, r.window) && wordingOverlap(kb, c.window, r.window) < SAME_WORDING,
    );
  for (const fromNewArticle of [true, false]) {
    for (const r of pool) {
      if (chosen.length >= MAX_POINTS) break;
      if (chosen.includes(r)) continue;
      if (fromNewArticle && chosen.some((c) => c.sentence.articleId === r.sentence.articleId)) continue;
      if (distinct(r)) chosen.push(r);
    }
  }
  return chosen
    .map((r) => ({ r, citation: cite(r) }))
    .sort(
      (a, b) =>
        b.citation.published.localeCompare(a.citation.published) ||
        a.citation.articleId.localeCompare(b.citation.articleId) ||
        a.citation.start - b.citation.start,
    )
    .map(({ citation }) => ({ text: citation.passage, citation }));
}

/**
 * Other articles whose passage states the same answer: as answerable as the answer itself, nearly as
 * well ranked, worded alike, and holding the same answer — the same figure, date or name when the
 * question asks for one, otherwise much of what the answer says beyond the question's words.
 */
export function sameFactElsewhere(
  kb: KnowledgeBase,
  best: RankedSentence,
  answerable: RankedSentence[],
  accepted: readonly AnswerKind[] | undefined,
  terms: WeightedTerm[],
): RankedSentence[] {
  const cited = new Set([best.sentence.articleId]);
  const questionStems = new Set(terms.flatMap((t) => [t.stem, ...t.alternatives]));
  const bestAnswer = answerStems(kb, best.window, questionStems);
  // the question's own names and figures are not the answer
  const bestValues = new Set(
    [...valuesOf(kb, best.window, accepted ?? [])].filter(
      (v) => !stemsOf(v).every((s) => questionStems.has(s)),
    ),
  );
  const extra: RankedSentence[] = [];
  for (const other of answerable) {
    if (other === best || cited.has(other.sentence.articleId) || other.score < best.score * SAME_FACT_SCORE)
      continue;
    // the same figure or date is strong evidence of the same fact; otherwise the wording must agree more
    if (wordingOverlap(kb, best.window, other.window) < (accepted ? SAME_WORDING_TYPED : SAME_WORDING))
      continue;
    const states = accepted
      ? [...valuesOf(kb, other.window, accepted)].some((v) => bestValues.has(v))
      : share(answerStems(kb, other.window, questionStems), bestAnswer) >= SAME_ANSWER;
    if (!states) continue;
    cited.add(other.sentence.articleId);
    extra.push(other);
  }
  return extra;
}

// a window is compared with many others while one question is answered: its stems are gathered once
const windowStems = new WeakMap<Sentence[], Set<string>>();

function stemsOfWindow(kb: KnowledgeBase, window: Sentence[]): Set<string> {
  let stems = windowStems.get(window);
  if (!stems) {
    stems = new Set(
      window.length === 1
        ? kb.features[window[0]!.id]!.stems
        : window.flatMap((s) => kb.features[s.id]!.stems),
    );
    windowStems.set(window, stems);
  }
  return stems;
}

/** Shared stems over the smaller window's stems. */
export function wordingOverlap(kb: KnowledgeBase, a: Sentence[], b: Sentence[]): number {
  return share(stemsOfWindow(kb, a), stemsOfWindow(kb, b));
}

function share(a: Set<string>, b: Set<string>): number {
  const smaller = Math.min(a.size, b.size);
  if (smaller === 0) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / smaller;
}

/** What a passage says beyond the question: its stems less the question's. */
function answerStems(kb: KnowledgeBase, window: Sentence[], questionStems: Set<string>): Set<string> {
  return new Set([...stemsOfWindow(kb, window)].filter((s) => !questionStems.has(s)));
}

const FIGURE =
  /\d[\d,.]*%?|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|half|third|quarter|fifth)\b/gi;
const TIME =
  /\b(19|20)\d{2}\b|\b(january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/gi;

/**
 * What a passage states of the kind asked for — its dates for a when-question, its figures for a
 * how-many, its names for who or where: what "the same answer" is compared on.
 */
function valuesOf(kb: KnowledgeBase, window: Sentence[], kinds: readonly AnswerKind[]): Set<string> {
  const values = new Set<string>();
  const wantsTime = kinds.includes('date') || kinds.includes('day');
  for (const sentence of window) {
    if (wantsTime) for (const match of sentence.text.matchAll(TIME)) values.add(match[0].toLowerCase());
    if (kinds.includes('number'))
      for (const match of sentence.text.matchAll(FIGURE)) values.add(match[0].toLowerCase());
    for (const name of kb.sentenceEntities[sentence.id] ?? []) {
      const type = entityNamed(kb.entities, name)?.type;
      if (type && kinds.includes(type)) values.add(name);
    }
  }
  return values;
}

function overlaps(a: Sentence[], b: Sentence[]): boolean {
  return a.some((s) => b.includes(s));
}
