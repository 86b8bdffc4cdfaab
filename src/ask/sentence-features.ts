import nlp from 'compromise';
import type { Sentence } from '../knowledge/types.js';
import { stemsOf } from '../nlp/stems.js';

/** What a sentence holds, computed once at index time so ranking a question does no NLP on passages. */
export interface SentenceFeatures {
  /** distinct stems of its words */
  stems: string[];
  /** kinds of answer it can give: a number, a date, a place, a person */
  holds: AnswerKind[];
  /** a question, or a sentence so short it cannot answer anything on its own */
  weak: boolean;
}

export type AnswerKind = 'number' | 'date' | 'place' | 'person' | 'reason' | 'speech';

const MONTHS =
  /\b(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const DAYS =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tomorrow|tonight|last (night|week|month|year)|next (week|month|year)|this week)\b/i;
const YEAR = /\b(19|20)\d{2}\b/;
const REASON =
  /\b(because|due to|owing to|as a result|in order to|so that|aimed at|intended to|designed to|driven by|stems? from|rooted in|reason|since|given|amid|fear|concern)\b/i;
const SPEECH =
  /["“”‘]|\b(said|says|told|stated|stressed|warned|added|declared|insisted|argued|claimed|noted|wrote|indicated|reiterated|expressed|emphasi[sz]ed|called it|described)\b/i;
const NUMBER =
  /(\d|%|\$|€|£|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|fifth|quarter|half|third)\b)/i;

/**
 * @param entityNames canonical names and aliases of the entities the sentence mentions, so that
 * "the Kremlin spokesperson" matches a question about Peskov
 */
export function sentenceFeatures(
  sentence: Pick<Sentence, 'text'>,
  entityNames: string[] = [],
): SentenceFeatures {
  const text = sentence.text;
  const doc = nlp(text);
  const holds: AnswerKind[] = [];
  if (NUMBER.test(text)) holds.push('number');
  if (MONTHS.test(text) || DAYS.test(text) || YEAR.test(text)) holds.push('date');
  if (doc.places().found) holds.push('place');
  if (doc.people().found) holds.push('person');
  if (REASON.test(text)) holds.push('reason');
  if (SPEECH.test(text)) holds.push('speech');
  const stems = [...new Set([...stemsOf(withoutSourceNote(text)), ...entityNames.flatMap(stemsOf)])];
  return { stems, holds, weak: /\?\s*$/.test(text) || stemsOf(text).length < 4 };
}

/**
 * Drops a closing source note such as "(Reuters)" or "(Wikipedia – Kursk Offensive)": it names where a
 * claim came from, not what the sentence says, and must not make the sentence match "Kursk Offensive".
 */
export function withoutSourceNote(text: string): string {
  return text.replace(
    /\s*\((?:\p{Lu}[\p{L}.]*)(?: \p{Lu}[\p{L}.]*){0,2}(?: [–—-] [^()]{1,80})?\)(?=[.!?]?\s*$)/u,
    '',
  );
}

/** In how many sentences each stem occurs: the document frequencies behind term weights. */
export function stemDocumentFrequencies(features: Iterable<SentenceFeatures>): Record<string, number> {
  const df: Record<string, number> = {};
  for (const f of features) for (const s of f.stems) df[s] = (df[s] ?? 0) + 1;
  return df;
}
