import type { Sentence } from '../knowledge/types.js';
import type { KnowledgeBase } from '../knowledge-base.js';
import { entityNamed, findMentions, resolveEntity } from '../nlp/entities/index.js';
import type { QuestionAnalysis, QuestionTerm } from '../nlp/question.js';
import { stemsOf } from '../nlp/stems.js';

/**
 * "What did Merz say on the video call?" asks for Merz's words: a passage that only names him ("his video
 * conference with Merz …") does not answer it, however well it matches. The speaker is the person the
 * question names before its speech verb, found as the entity layer finds names in text (any case, so
 * "what did merz say" works as typed).
 */
export function questionSpeaker(
  kb: KnowledgeBase,
  analysis: QuestionAnalysis,
  /** the question's terms with their spelling variants: "trmup" is read as "trump" */
  terms: readonly Pick<QuestionTerm, 'word' | 'alternatives'>[] = analysis.terms,
): string | undefined {
  if (analysis.type !== 'said') return undefined;
  const verb = /\b(say|said|tell|told|describe|call|claim|warn|stress|write|announce)\b/i.exec(analysis.text);
  const before = verb ? analysis.text.slice(0, verb.index) : analysis.text;
  const isPerson = (name: string | undefined) =>
    name !== undefined && entityNamed(kb.entities, name)?.type === 'person';
  const named = findMentions(kb.entities, before).find((m) => isPerson(m.entity))?.entity;
  if (named) return named;
  const words = new Set(before.toLowerCase().split(/\W+/));
  for (const term of terms) {
    if (!words.has(term.word)) continue;
    for (const spelling of term.alternatives) {
      const entity = resolveEntity(kb.entities, spelling)?.name;
      if (isPerson(entity)) return entity;
    }
  }
  return undefined;
}

// a reporting verb: quotation marks alone may be scare quotes or a name ("the “reassurance force”")
const REPORTING =
  /\b(said|says|say|told|tells|stated|stressed|warned|added|declared|insisted|argued|claimed|noted|wrote|indicated|reiterated|expressed|emphasi[sz]ed|called|calling|described|announced|urged|dismissed|according to)\b/i;

/**
 * Whether a sentence gives the speaker's words: it overlaps a quotation the quote layer credits to them, or it
 * reports speech ("said", "told", a quotation mark) and names them or refers to them ("he said").
 */
export function speaksIn(kb: KnowledgeBase, sentence: Sentence, speaker: string): boolean {
  const quoted = quotedSpeakersOf(kb).get(sentence.id);
  if (quoted?.has(speaker)) return true;
  // a quotation the quote layer credits to someone else is their words, however near the speaker is named
  // ("…,” Trump said during a meeting with Mark Rutte" does not say what Rutte said)
  if (quoted && quoted.size > 0) return false;
  const features = kb.features[sentence.id]!;
  if (!features.holds.includes('speech') || !REPORTING.test(sentence.text)) return false;
  if ((kb.sentenceEntities[sentence.id] ?? []).includes(speaker)) return true;
  // the features' stems include the names of the entities the sentence refers to (coreference)
  const surname = stemsOf(speaker).at(-1);
  return surname !== undefined && features.stems.includes(surname);
}

const bySentence = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/** sentence id → the speakers of the quotations it overlaps, built once per knowledge base */
function quotedSpeakersOf(kb: KnowledgeBase): Map<string, Set<string>> {
  let map = bySentence.get(kb);
  if (map) return map;
  map = new Map();
  for (const quote of kb.quotes) {
    if (quote.start === undefined || quote.end === undefined) continue;
    const article = kb.articleById.get(quote.articleId);
    for (const sentence of article?.sentences ?? []) {
      if (sentence.end <= quote.start || sentence.start >= quote.end) continue;
      const speakers = map.get(sentence.id) ?? new Set<string>();
      speakers.add(quote.speaker);
      map.set(sentence.id, speakers);
    }
  }
  bySentence.set(kb, map);
  return map;
}
