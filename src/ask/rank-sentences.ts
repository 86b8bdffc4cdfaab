import type { AnswerKind, SentenceFeatures } from '../features/sentence-features.js';
import type { Sentence } from '../knowledge/types.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { entityNamed } from '../nlp/entities/index.js';
import { stem, stemsOf } from '../nlp/stems.js';
import { countsThing, locatesElsewhere } from './answer-phrases.js';
import { speaksIn } from './speakers.js';
import type { WeightedTerm } from './term-weights.js';

/** A candidate answer: a sentence, and the short window around it that the answer needs. */
export interface RankedSentence {
  sentence: Sentence;
  score: number;
  /** share of the question's term weight the sentence itself covers, 0–1 */
  coverage: number;
  /** share of the question's term weight the cited window covers, 0–1 */
  windowCoverage: number;
  /** stems of the question the cited window holds, with the share of a match each earns */
  matched: Map<string, number>;
  /** the sentences cited, in order: the sentence, with a neighbour when the answer needs it */
  window: Sentence[];
  /** the window holds the kind of answer the question asks for (always true when it asks for none) */
  fitsType: boolean;
  /** share of the question's own verbs (those the articles use anywhere) the window states, 0–1 */
  predicateShare: number;
  /** every one of them */
  predicateCovered: boolean;
  /** names or the focus of the question that neither the window nor its paragraph holds */
  missingRequired: number;
}

export interface RankingQuery {
  terms: WeightedTerm[];
  /** the kinds of content that answer the question, any one will do; undefined: anything */
  accepted: readonly AnswerKind[] | undefined;
  /** stems of the question's verbs that the articles use: the window must state them */
  predicates: WeightedTerm[];
  /** the question asks why: the reason often follows the sentence that sets the scene */
  wantsReason: boolean;
  /** the question asks for someone's words */
  wantsSpeech: boolean;
  /** the person whose words are asked for ("what did Merz say"): the window must give their words */
  speaker?: string | undefined;
  /** canonical names of the entities the question names: a who/where answer must name someone else */
  questionEntities: ReadonlySet<string>;
  /** "whats ukraine's gdp": the focus's stem and the stems that name its owner (the word, its alternatives) */
  focusOwner?: { focus: string; owner: ReadonlySet<string> } | undefined;
  /** "how many prisoners": the noun whose count answers it (a number elsewhere in the sentence does not) */
  counted?: { noun: string; mass: boolean } | undefined;
  /** a where-question: the place must be given as where something is ("in London"), not as a qualifier */
  wantsLocation?: boolean | undefined;
  /** 0–1 by article date (newest 1) when the question asks for the latest, else nothing */
  recency?: ((articleId: string) => number) | undefined;
}

const TYPE_BONUS = 0.12;
// a neighbour's words help a sentence a little ("the Istanbul talks" named one sentence earlier)
const CONTEXT_SHARE = 0.35;
// "Who is the prime minister of Poland?" is not answered by a sentence about Britain's prime minister
const MISSING_REQUIRED_PENALTY = 0.5;
// a window's words beyond the sentence's own count in full only when the window is cited
const RECENCY_BONUS = 0.15;
// the question's verb unstated: "what did he say after the meetings" is not answered by "he will attend them"
const PREDICATE_PENALTY = 0.15;
const ENTITY_KINDS: ReadonlySet<AnswerKind> = new Set(['person', 'place', 'organisation']);
// a sentence that leans on the one before it
const LEANS_BACK =
  /^\W*(this|that|these|those|it|he|she|they|his|her|their|such|the move|the event|the incident|but|however|yet)\b/i;

/**
 * The question's terms a sentence holds, each with the share of a match it earns: 1 for the word, its
 * demonym or its capital, less for a WordNet synonym (by the synonym's sense weight).
 */
export function matchedTerms(terms: WeightedTerm[], features: SentenceFeatures): Map<string, number> {
  return termMatcher(terms)(features);
}

/**
 * `matchedTerms` for one question's terms, read the other way round: the terms' stems are indexed once,
 * and each sentence's few dozen stems are looked up in that index, rather than every term's word,
 * alternatives and WordNet relations searched for in every sentence. The same credits, in term order.
 */
export function termMatcher(terms: WeightedTerm[]): (features: SentenceFeatures) => Map<string, number> {
  // stem → the terms it stands for, each with its credit (1: the word or an alternative; else a relation's)
  const index = new Map<string, { term: number; credit: number; exact: boolean }[]>();
  const add = (stem: string, term: number, credit: number, exact: boolean) => {
    const entries = index.get(stem);
    if (entries) entries.push({ term, credit, exact });
    else index.set(stem, [{ term, credit, exact }]);
  };
  terms.forEach((t, i) => {
    add(t.stem, i, 1, true);
    for (const a of t.alternatives) add(a, i, 1, true);
    for (const r of t.related) add(r.stem, i, r.weight, false);
  });
  const exact = new Uint8Array(terms.length);
  const related = new Float64Array(terms.length);
  return (features) => {
    exact.fill(0);
    related.fill(0);
    for (const s of features.stems) {
      const entries = index.get(s);
      if (!entries) continue;
      for (const e of entries) {
        if (e.exact) exact[e.term] = 1;
        else if (e.credit > related[e.term]!) related[e.term] = e.credit;
      }
    }
    const matched = new Map<string, number>();
    for (let i = 0; i < terms.length; i++) {
      if (exact[i]) matched.set(terms[i]!.stem, 1);
      else if (related[i]! > 0) matched.set(terms[i]!.stem, related[i]!);
    }
    return matched;
  };
}

/**
 * Scores candidate sentences as short windows: a sentence's own coverage of the question's weight, a
 * little for its neighbours' words, the kind of answer asked for (in the sentence or the next one), and
 * penalties for names it lacks. Each result says which window to cite and whether it can answer at all.
 */
export function rankSentences(
  kb: KnowledgeBase,
  candidates: Sentence[],
  query: RankingQuery,
): RankedSentence[] {
  const { terms } = query;
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  if (total === 0) return [];
  const weightOf = new Map(terms.map((t) => [t.stem, t.weight]));
  const sumOf = (credits: Map<string, number>) => {
    let sum = 0;
    for (const [s, credit] of credits) sum += (weightOf.get(s) ?? 0) * credit;
    return sum;
  };
  const holds = (s: Sentence | undefined, kinds: readonly AnswerKind[]) =>
    s !== undefined && kinds.some((kind) => kb.features[s.id]!.holds.includes(kind) && isNew(s, kind));
  // a person, place or organisation answers only when it is not one the question itself names
  const questionStems = new Set(terms.flatMap((t) => [t.stem, ...t.alternatives]));
  const isNew = (s: Sentence, kind: AnswerKind) => {
    const counted = query.counted;
    if (
      (kind === 'number' || kind === 'percent') &&
      counted &&
      !countsThing(s.text, counted.noun, counted.mass)
    )
      return false;
    if (kind === 'place' && query.wantsLocation) {
      // "to Zelensky" is not a place: the people the sentence names are no location
      const people = (kb.sentenceEntities[s.id] ?? []).filter((name) => entityKind(kb, name) === 'person');
      const known = new Set([...questionStems, ...people.flatMap((name) => stemsOf(name))]);
      if (!locatesElsewhere(s.text, known)) return false;
    }
    if (!ENTITY_KINDS.has(kind)) return true;
    const named = (kb.sentenceEntities[s.id] ?? []).filter((name) => entityKind(kb, name) === kind);
    return named.length === 0 || named.some((name) => !query.questionEntities.has(name));
  };

  // a sentence is often both a candidate and a candidate's neighbour: its terms are read once per question
  const matcher = termMatcher(terms);
  const matchedBy = new Map<string, Map<string, number>>();
  const matchedIn = (s: Sentence) => {
    let found = matchedBy.get(s.id);
    if (!found) {
      found = matcher(kb.features[s.id]!);
      matchedBy.set(s.id, found);
    }
    return found;
  };

  const ranked: RankedSentence[] = [];
  for (const sentence of candidates) {
    const features = kb.features[sentence.id]!;
    if (features.weak || isHeading(kb, sentence)) continue;
    const matched = matchedIn(sentence);
    const coverage = sumOf(matched) / total;
    const [before, after] = neighbours(kb, sentence);
    const none = new Map<string, number>();
    const matchedBefore = before ? matchedIn(before) : none;
    const matchedAfter = after ? matchedIn(after) : none;
    // what the neighbours add: their credit beyond the sentence's own
    const context = new Map<string, number>();
    for (const [s, credit] of [...matchedBefore, ...matchedAfter]) {
      const extra = credit - (matched.get(s) ?? 0);
      if (extra > (context.get(s) ?? 0)) context.set(s, extra);
    }
    let score = coverage + (CONTEXT_SHARE * sumOf(context)) / total;

    // which neighbours the answer needs
    let withBefore =
      before !== undefined &&
      (LEANS_BACK.test(sentence.text) ||
        ([...matchedBefore.keys()].some((s) => !matched.has(s)) && sentence.text.length < 260));
    let withAfter = false;
    let fitsType = true;
    if (query.accepted) {
      // the next sentence can hold the answer only when it continues this one ("He did so on Sunday")
      if (holds(sentence, query.accepted)) score += TYPE_BONUS;
      else if (after && LEANS_BACK.test(after.text) && holds(after, query.accepted)) {
        withAfter = true;
        score += TYPE_BONUS / 2;
      } else if (withBefore && LEANS_BACK.test(sentence.text) && holds(before, query.accepted))
        score += TYPE_BONUS / 2;
      else fitsType = false;
    }
    // "Russia's GDP" does not answer "whats ukraine's gdp", however near Ukraine is named
    if (query.focusOwner && ownedByAnother(sentence.text, query.focusOwner)) fitsType = false;
    if (query.wantsReason && !holds(sentence, ['reason']) && holds(after, ['reason'])) withAfter = true;
    if (query.speaker) {
      // their words, in the sentence or in a neighbour that continues or introduces it
      const speaks = (s: Sentence | undefined) => s !== undefined && speaksIn(kb, s, query.speaker!);
      if (speaks(sentence)) score += TYPE_BONUS / 2;
      else if (speaks(before)) withBefore = true;
      else if (speaks(after)) withAfter = true;
      else fitsType = false;
    } else if (query.wantsSpeech && holds(sentence, ['speech'])) score += TYPE_BONUS / 2;

    const inWindow = (term: WeightedTerm) =>
      matched.has(term.stem) ||
      (withBefore && matchedBefore.has(term.stem)) ||
      (withAfter && matchedAfter.has(term.stem));
    let uncovered = 0;
    for (const predicate of query.predicates) {
      if (inWindow(predicate)) continue;
      if (!withAfter && matchedAfter.has(predicate.stem)) withAfter = true;
      else if (!withBefore && matchedBefore.has(predicate.stem)) withBefore = true;
      else uncovered++;
    }
    if (query.predicates.length) score -= (PREDICATE_PENALTY * uncovered) / query.predicates.length;
    const missing = terms.filter(
      (t) => t.required && !inWindow(t) && !paragraphMentions(kb, sentence, t, matchedIn),
    ).length;
    score -= MISSING_REQUIRED_PENALTY * missing;
    if (query.recency) score += RECENCY_BONUS * query.recency(sentence.articleId);
    // a question sentence cited before the answer, or a window of three, says too much
    if (withBefore && before && kb.features[before.id]!.weak) withBefore = false;
    const window = [
      ...(withBefore && before ? [before] : []),
      sentence,
      ...(withAfter && after ? [after] : []),
    ];
    const windowMatched = new Map<string, number>();
    for (const t of terms) {
      const credit = Math.max(
        matched.get(t.stem) ?? 0,
        withBefore ? (matchedBefore.get(t.stem) ?? 0) : 0,
        withAfter ? (matchedAfter.get(t.stem) ?? 0) : 0,
      );
      if (credit > 0) windowMatched.set(t.stem, credit);
    }
    ranked.push({
      sentence,
      score,
      coverage,
      windowCoverage: sumOf(windowMatched) / total,
      matched: windowMatched,
      window,
      fitsType,
      predicateShare: query.predicates.length ? 1 - uncovered / query.predicates.length : 1,
      predicateCovered: uncovered === 0,
      missingRequired: missing,
    });
  }
  return ranked.sort((a, b) => b.score - a.score || a.sentence.id.localeCompare(b.sentence.id));
}

/** A candidate that can answer: the right kind of content and all the question's names. */
export function canAnswer(candidate: RankedSentence): boolean {
  return candidate.fitsType && candidate.missingRequired === 0;
}

// a name's possessive and the one to three words after it: "Russia’s GDP", "Russia's annual oil revenue"
const NAMED_OWNER = /(\p{Lu}[\p{L}-]*)['’]s\s+(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?/gu;

/** Whether the sentence gives the thing asked about an owner by name other than the question's. */
export function ownedByAnother(text: string, asked: { focus: string; owner: ReadonlySet<string> }): boolean {
  for (const match of text.matchAll(NAMED_OWNER)) {
    const owner = stem(match[1]!.toLowerCase());
    if (asked.owner.has(owner)) continue;
    if (match.slice(2).some((word) => word !== undefined && stem(word.toLowerCase()) === asked.focus))
      return true;
  }
  return false;
}

function entityKind(kb: KnowledgeBase, name: string): AnswerKind | undefined {
  return entityNamed(kb.entities, name)?.type;
}

function isHeading(kb: KnowledgeBase, sentence: Sentence): boolean {
  return kb.articleById.get(sentence.articleId)!.paragraphs[sentence.paragraph]?.kind === 'heading';
}

/** Whether any sentence of the paragraph holds the term: a name can be two sentences back. */
function paragraphMentions(
  kb: KnowledgeBase,
  sentence: Sentence,
  term: WeightedTerm,
  matchedIn: (s: Sentence) => Map<string, number>,
): boolean {
  const article = kb.articleById.get(sentence.articleId)!;
  return article.sentences.some((s) => s.paragraph === sentence.paragraph && matchedIn(s).has(term.stem));
}

/** The sentences just before and after, in the same paragraph (undefined where there is none). */
export function neighbours(
  kb: KnowledgeBase,
  sentence: Sentence,
): [Sentence | undefined, Sentence | undefined] {
  const article = kb.articleById.get(sentence.articleId)!;
  // ids are `${articleId}#${position}`, so no search is needed
  const position = Number(sentence.id.slice(sentence.id.lastIndexOf('#') + 1));
  const same = (s: Sentence | undefined) =>
    s !== undefined && s.paragraph === sentence.paragraph ? s : undefined;
  return [same(article.sentences[position - 1]), same(article.sentences[position + 1])];
}
