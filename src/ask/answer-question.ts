import type { AnswerOf, Citation, Point } from '../answer.js';
import type { AskContext } from '../engine.js';
import { namingOpeningPronoun } from '../features/stand-alone.js';
import type { Sentence } from '../knowledge/types.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { isDemonym } from '../nlp/demonyms.js';
import { entityNamed, findMentions, resolveEntity, TITLE_HEADS } from '../nlp/entities/index.js';
import { wordTags } from '../nlp/entities/lexicon.js';
import { analyseQuestion, type QuestionAnalysis } from '../nlp/question.js';
import { stem, stemsOf } from '../nlp/stems.js';
import { synonymsOf } from '../nlp/synonyms.js';
import { derivedStems } from '../nlp/word-forms.js';
import { relatedWords } from '../nlp/wordnet.js';
import { embeddedSearch, type SearchBackend } from '../search/backend.js';
import { countedNoun } from './answer-phrases.js';
import { acceptedKinds, missingKindReason } from './answer-type.js';
import { citationFor } from './citations.js';
import { abstainBelow, type ConfidenceFeatures, confidenceLabel, confidenceOf } from './confidence.js';
import { readLine } from './conversation.js';
import { isKnownStem, unknownNames } from './known-names.js';
import { distinctPoints, sameFactElsewhere, wordingOverlap } from './points.js';
import { canAnswer, type RankedSentence, type RankingQuery, rankSentences } from './rank-sentences.js';
import { recencyOf } from './recency.js';
import { withActors, withNamesFound, withRolesRead } from './role-mentions.js';
import { questionSpeaker } from './speakers.js';
import { spellingVariant } from './spelling.js';
import { suggestionsFor } from './suggestions.js';
import { weighTerms } from './term-weights.js';

/** below this share of the question's weight, the best sentence is not an answer but a coincidence */
export const ANSWER_THRESHOLD = 0.3;
const CANDIDATES = 60;

/** Everything the ranking decided about a question: the answer, and what the confidence model reads. */
export interface AnswerTrace {
  answer: AnswerOf<'answer'>;
  /** set when a candidate was ranked, whether or not it was answered */
  features?: ConfidenceFeatures;
  /** the best candidate's passage, even when the bot abstained on it */
  candidate?: Citation;
  /** the ranking, best first (for the fitting script and for debugging) */
  ranked?: RankedSentence[];
}

/**
 * Answers a question with the best-matching passage, verbatim, and its sources; or abstains.
 *
 * Candidates come from `search` (the knowledge base's own lunr index unless another backend is given).
 *
 * @example
 * (await answerQuestion(kb, 'Where will the allies meet on April 23?')).text
 * // "These met in Paris last week and will meet again in London tomorrow (April 23) …"
 */
export async function answerQuestion(
  kb: KnowledgeBase,
  question: string,
  context?: AskContext,
  search: SearchBackend = embeddedSearch(kb.index),
): Promise<AnswerOf<'answer'>> {
  return (await traceAnswer(kb, question, context, search)).answer;
}

export async function traceAnswer(
  kb: KnowledgeBase,
  question: string,
  context?: AskContext,
  search: SearchBackend = embeddedSearch(kb.index),
): Promise<AnswerTrace> {
  // a pronoun after a name the question gives ("who was trump with when he …") leans on that name, not on
  // an earlier turn; compromise misses names typed in lower case, the entity layer does not
  const reading = readLine(question, context?.turns, (line) =>
    findMentions(kb.entities, line).some(
      (m) => m.via !== 'role' && entityNamed(kb.entities, m.entity)?.type === 'person',
    ),
  );
  if (reading.kind !== 'question')
    return { answer: { ...abstain(kb, question, reading.reply), clarify: reading.kind === 'clarify' } };
  const shown = new Set((reading.more ? (reading.shown ?? []) : []).map((p) => keyOf(p.citation)));
  const trace = await rankAndAnswer(kb, search, reading.text, shown, reading.more === true);
  if (reading.text !== question) {
    trace.answer.question = question;
    trace.answer.resolvedQuestion = reading.text;
  }
  return trace;
}

async function rankAndAnswer(
  kb: KnowledgeBase,
  search: SearchBackend,
  question: string,
  shown: Set<string>,
  more: boolean,
): Promise<AnswerTrace> {
  const read = withRolesRead(kb, withNamesFound(kb, analyseQuestion(question)));
  const { holders } = read;
  const analysis = withActors(kb, read.analysis);
  const sentenceCount = kb.sentenceById.size;
  // a demonym ("Ukrainian city") describes rather than names, so it is not required
  // and in "Who is the X of Y?" the role X must be in the answer, or it cannot say who holds it
  const required = new Set([
    ...analysis.names
      .flatMap(stemsOf)
      .filter((s) => !analysis.terms.some((t) => t.stem === s && isDemonym(t.word))),
    // and in "How many prisoners …" the answer's number must count prisoners
    ...((analysis.type === 'who' || analysis.type === 'quantity') && analysis.focus
      ? [stem(analysis.focus)]
      : []),
    // and "what is the weather in Kyiv" by a passage that says nothing of weather
    ...(analysis.type === 'what' && asksWhatItIs(question, analysis.focus) ? [stem(analysis.focus!)] : []),
    // "the Dutch prime minister" is not the Dutch infrastructure minister: the focus's compound modifier
    ...(analysis.type === 'who' || analysis.type === 'what' ? focusModifier(question, analysis.focus) : []),
    // and "the Dutch prime minister", when nobody is known to hold it, by a passage that says "Dutch"
    ...((analysis.type === 'who' || analysis.type === 'what') && holders.length === 0
      ? titleDemonym(question, analysis.focus)
      : []),
    // "who is the US envoy": whoever the articles give that role
    ...holders.map((name) => stemsOf(name).at(-1)!),
    // and "what did Lavrov say about the proposal" is not answered by Lavrov's words on something else
    ...(analysis.topic ? [stem(analysis.topic)] : []),
  ]);
  // a name the articles never use is an abstention whatever the other words are: checked before their
  // spelling variants, each of which may cost a WordNet lookup and a scan of every stem
  const missing = unknownNames(kb, analysis.names);
  if (missing.length > 0) {
    return {
      answer: abstain(
        kb,
        question,
        `The articles don't mention ${listOf(missing)}, so I can't answer that from them.`,
      ),
    };
  }
  const terms = weighTerms(
    withSpellingVariants(kb, analysis).map((t) => ({
      ...t,
      related: withDerived(kb, t, knownRelated(kb, t.related)),
    })),
    kb.stemDf,
    sentenceCount,
    required,
  );
  if (terms.length === 0 || terms.every((t) => t.weight === 0)) {
    return { answer: abstain(kb, question, 'I need a few more words to search the articles for.') };
  }
  const uncovered = analysis.focusNouns.find((noun) => !isCovered(kb, noun));
  if (uncovered) {
    return {
      answer: abstain(
        kb,
        question,
        `The articles don't cover “${uncovered}”, so I can't answer that from them.`,
      ),
    };
  }
  // the backend's best CANDIDATES passages for the question's weighted words
  const hits = await search.candidates(
    terms.flatMap((t) => [
      { word: t.word, boost: t.weight },
      ...t.alternatives.map((a) => ({ word: a, boost: t.weight * 0.8 })),
      ...t.related.map((r) => ({ word: r.stem, boost: t.weight * r.weight })),
    ]),
    CANDIDATES,
  );
  const candidates = hits
    .map((hit) => kb.sentenceById.get(hit.ref))
    .filter((s): s is Sentence => s !== undefined);
  const predicateStems = new Set(analysis.predicates.map(stem));
  const query: RankingQuery = {
    terms,
    accepted: acceptedKinds(analysis),
    // a verb the articles never use is the asker's paraphrase: it cannot be checked, only weighed
    predicates: terms.filter((t) => predicateStems.has(t.stem) && t.df > 0),
    wantsReason: analysis.type === 'why' || /\bwhat (happens|would happen|will happen)\b/i.test(question),
    wantsSpeech: analysis.type === 'said',
    speaker: questionSpeaker(kb, analysis, terms),
    recency: analysis.recent ? recencyOf(kb) : undefined,
    counted: analysis.type === 'quantity' ? countedNoun(analysis.text) : undefined,
    wantsLocation: analysis.type === 'where',
    focusOwner: focusOwnerOf(analysis, terms),
    questionEntities: new Set(analysis.names.flatMap((name) => resolveEntity(kb.entities, name)?.name ?? [])),
  };
  const ranked = rankSentences(kb, candidates, query);
  const answerable = ranked.filter(canAnswer);
  const traced = <T extends AnswerTrace>(t: T): T => ({ ...t, ranked });
  const best = answerable.find((r) => !shown.has(keyOf(windowCitation(kb, r))));
  if (!best) {
    const reason = more
      ? "That's all the articles say about it, as far as I can find."
      : ranked[0] && !ranked[0].fitsType && ranked[0].score >= ANSWER_THRESHOLD
        ? missingKindReason(analysis)
        : "The articles don't say, as far as I can find.";
    return traced({ answer: abstain(kb, question, reason) });
  }
  const features = featuresOf(kb, best, answerable, terms, query);
  const confidence = confidenceOf(features);
  const primary = windowCitation(kb, best);
  if (best.score < ANSWER_THRESHOLD || confidence < abstainBelow()) {
    return traced({
      answer: abstain(kb, question, "The articles don't say, as far as I can find."),
      features,
      candidate: primary,
    });
  }
  const pointList: Point[] = analysis.several
    ? distinctPoints(kb, best, answerable, (r) => windowCitation(kb, r), shown)
    : [{ text: primary.passage, citation: primary }];
  const also = sameFactElsewhere(kb, best, answerable, query.accepted, terms).map((r) =>
    windowCitation(kb, r),
  );
  const citations = [primary, ...also];
  const dates = [...pointList.map((p) => p.citation.published), primary.published].sort();
  return traced({
    answer: {
      kind: 'answer',
      question,
      text: standAloneText(kb, best, primary.passage),
      abstained: false,
      confidence,
      confidenceLabel: confidenceLabel(confidence),
      citations,
      points: pointList,
      asOf: dates.at(-1)!,
    },
    features,
    candidate: primary,
  });
}

function featuresOf(
  kb: KnowledgeBase,
  best: RankedSentence,
  answerable: RankedSentence[],
  terms: ReturnType<typeof weighTerms>,
  query: RankingQuery,
): ConfidenceFeatures {
  const total = terms.reduce((sum, t) => sum + t.weight, 0);
  // the runner-up that says something else: one saying the same thing is agreement, not doubt
  const next = answerable.find(
    (r) => r !== best && !best.window.includes(r.sentence) && wordingOverlap(kb, best.window, r.window) < 0.5,
  );
  const articles = new Set(
    answerable
      .filter(
        (r) =>
          r.sentence.articleId !== best.sentence.articleId &&
          r.score >= 0.8 * best.score &&
          wordingOverlap(kb, best.window, r.window) >= 0.5,
      )
      .map((r) => r.sentence.articleId),
  );
  const matchedWeight = terms.reduce((sum, t) => sum + t.weight * (best.matched.get(t.stem) ?? 0), 0);
  return {
    score: best.score,
    coverage: best.windowCoverage,
    gap: Math.max(0, best.score - (next?.score ?? 0)),
    unseen: terms.filter((t) => t.df === 0).reduce((sum, t) => sum + t.weight, 0) / Math.max(total, 1e-9),
    typed: query.accepted ? 1 : 0,
    agreement: Math.min(articles.size, 3) / 3,
    predicate: best.predicateShare,
    mass: matchedWeight / Math.log(1 + kb.sentenceById.size),
  };
}

/** The answer's text: its passage, with who an opening "He"/"She" is (the citation stays verbatim). */
function standAloneText(kb: KnowledgeBase, ranked: RankedSentence, passage: string): string {
  const article = kb.articleById.get(ranked.sentence.articleId)!;
  const first = article.sentences.findIndex((s) => s.id === ranked.window[0]!.id);
  if (first < 0) return passage;
  const named = (i: number) => kb.sentenceEntities[article.sentences[i]!.id] ?? [];
  return namingOpeningPronoun(passage, article, first, named, kb.entities);
}

/** The citation of a ranked candidate's window: one passage, verbatim, from its first to its last sentence. */
function windowCitation(kb: KnowledgeBase, ranked: RankedSentence): Citation {
  const article = kb.articleById.get(ranked.sentence.articleId)!;
  return citationFor(article, ranked.window[0]!.start, ranked.window.at(-1)!.end);
}

// WordNet words the articles never use cannot match; a few of the best are enough to search with
const RELATED_PER_TERM = 6;
function knownRelated(kb: KnowledgeBase, related: { stem: string; weight: number }[]) {
  return related.filter((r) => (kb.stemDf[r.stem] ?? 0) > 0).slice(0, RELATED_PER_TERM);
}

// a word of the same family by a suffix ("threat" ↔ "threatens", "recognise" ↔ "recognition") is good evidence,
// though a suffix can also change the sense ("state" ↔ "statement"), so it counts for less than a synonym
const DERIVED_SHARE = 0.6;
function withDerived(
  kb: KnowledgeBase,
  term: QuestionAnalysis['terms'][number],
  related: { stem: string; weight: number }[],
) {
  const own = new Set([term.stem, ...term.alternatives, ...related.map((r) => r.stem)]);
  const derived = [term.stem, ...term.alternatives]
    .flatMap((s) => derivedStems(kb.stemDf, s))
    .filter((s) => !own.has(s));
  return [...related, ...[...new Set(derived)].map((s) => ({ stem: s, weight: DERIVED_SHARE }))];
}

/** "whats ukraine's gdp": the focus's stem and every stem that names its owner ("ukrain", "kyiv"). */
function focusOwnerOf(analysis: QuestionAnalysis, terms: ReturnType<typeof weighTerms>) {
  if (!analysis.owner || !analysis.focus) return undefined;
  const owner = stem(analysis.owner);
  const term = terms.find((t) => t.stem === owner);
  return { focus: stem(analysis.focus), owner: new Set([owner, ...(term?.alternatives ?? [])]) };
}

const keyOf = (citation: Citation) => `${citation.articleId}:${citation.start}`;

/** Each question word that looks like a misspelling of a word the articles use gets that word as an alternative. */
function withSpellingVariants(kb: KnowledgeBase, analysis: QuestionAnalysis): QuestionAnalysis['terms'] {
  return analysis.terms.map((term) => {
    if (term.alternatives.some((a) => kb.stemDf[a])) return term;
    const variant = spellingVariant(kb, term.word, term.stem);
    return variant ? { ...term, alternatives: [...term.alternatives, variant] } : term;
  });
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

/**
 * The word that makes a title a compound ("prime" in "the Dutch prime minister", "foreign" in "Russia's
 * foreign minister"): a lowercase adjective or noun right before the focus, not a determiner, a possessive, a
 * number or a demonym. Its stem, as a word the answer must hold.
 */
function focusModifier(question: string, focus: string | undefined): string[] {
  // only a title: "the foreign minister" and "the defence minister" are two people
  if (!focus || !TITLE_HEADS.has(focus)) return [];
  const before = new RegExp(`\\b(\\p{Ll}+)[\\s-]+${focus}\\b`, 'u').exec(question)?.[1];
  if (!before || isDemonym(before)) return [];
  const tags = wordTags(before);
  if (!tags.has('Adjective') && !tags.has('Noun')) return [];
  if (
    ['Determiner', 'Possessive', 'Pronoun', 'Value', 'Preposition', 'QuestionWord'].some((t) => tags.has(t))
  )
    return [];
  return [stem(before)];
}

/** "What is the weather in …", "what's the population of …": the focus is the thing asked about. */
function asksWhatItIs(question: string, focus: string | undefined): boolean {
  // the pattern below is compiled per focus; a question not opening with "what" cannot match it
  if (!focus || !/^\W*what/i.test(question)) return false;
  return new RegExp(
    `^\\W*what(?:['’]s|\\s+(?:is|are|was|were|will be))\\s+(?:the\\s+)?(?:\\p{L}+\\s+)?${focus}\\b`,
    'iu',
  ).test(question);
}

/** The demonym that qualifies a title in the question ("Dutch" in "the Dutch prime minister"), as a stem. */
function titleDemonym(question: string, focus: string | undefined): string[] {
  if (!focus || !TITLE_HEADS.has(focus)) return [];
  const before = new RegExp(`\\b(\\p{Lu}[\\p{L}-]+)\\s+(?:\\p{Ll}+\\s+)?${focus}\\b`, 'u').exec(
    question,
  )?.[1];
  return before && isDemonym(before) ? [stem(before.toLowerCase())] : [];
}

/** The focus word, or a word that stands for it, occurs in the articles. */
function isCovered(kb: KnowledgeBase, word: string): boolean {
  // a derived form covers it ("negotiator" for "negotiation"); a synonym need not mean the same here
  // ("conditions" is a sense of "weather", but a text about ceasefire conditions is not about weather)
  const related = relatedWords(word)
    .filter((r) => r.how === 'derived')
    .map((r) => r.word);
  return [word, ...synonymsOf(word), ...related].some((w) => isKnownStem(kb, stem(w)));
}

function listOf(names: string[]): string {
  const quoted = names.map((n) => `“${n}”`);
  return quoted.length === 1 ? quoted[0]! : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1)}`;
}
