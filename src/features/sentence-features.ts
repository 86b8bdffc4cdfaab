import type { Sentence } from '../knowledge/types.js';
import { ParsedParagraph } from '../nlp/paragraph-parse.js';
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

/**
 * number: a count or amount (a year alone is not one); percent: a share ("68%", "12 per cent"); money:
 * a sum of money ("$50 billion", "€3 million", "40 billion euros"); age: someone's age as news writing gives
 * it ("72-year-old", "aged 72", "Putin, 72,"); date: any time expression; day: a
 * particular day ("April 23", "on Sunday", "yesterday").
 */
export type AnswerKind =
  | 'number'
  | 'percent'
  | 'money'
  | 'age'
  | 'date'
  | 'day'
  | 'place'
  | 'person'
  | 'organisation'
  | 'group'
  | 'reason'
  | 'speech';

const MONTHS =
  /\b(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;
const DAYS =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tomorrow|tonight|last (night|week|month|year)|next (week|month|year)|this week)\b/i;
const YEAR = /\b(19|20)\d{2}\b/;
const PERIOD =
  /\b(early|mid|late|end of|beginning of|start of) (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(weeks?|months?|days?|hours?|decades?|years?) (ago|earlier|later|before|after)|\b(spring|summer|autumn|winter)\b|\b(earlier|later) this (week|month|year)\b/i;
const MONTH_NAME =
  '(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\\.?';
const DAY = new RegExp(
  `\\b(\\d{1,2}(st|nd|rd|th)? ${MONTH_NAME}|${MONTH_NAME} \\d{1,2}(st|nd|rd|th)?\\b)|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|tomorrow|today|tonight|last night)\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b`,
  'i',
);
// people named by what they are rather than who: "pro-Russian separatists", "European officials"
const GROUP =
  /\b(separatists|rebels|officials|leaders|allies|partners|negotiators|delegates|delegation|troops|soldiers|forces|civilians|lawmakers|diplomats|mediators|militants|fighters|government|administration|ministers|envoys|observers|monitors|analysts|experts|residents|voters|citizens)\b/i;
// a place described rather than named: "the Belarusian capital", "the border region"
const PLACE_WORD = /\b(capital|city|town|village|region|province|border|port|peninsula)\b/i;
const REASON =
  /\b(because|due to|owing to|as a result|in order to|so that|aimed at|intended to|designed to|driven by|stems? from|rooted in|reason|since|given|amid|fear|concern)\b/i;
const SPEECH =
  /["“”‘]|\b(said|says|told|stated|stressed|warned|added|declared|insisted|argued|claimed|noted|wrote|indicated|reiterated|expressed|emphasi[sz]ed|called it|described)\b/i;
// an institution's name ("Kyiv International Institute of Sociology", "World Bank") or an acronym (OSCE)
const ORGANISATION =
  /\b\p{Lu}\p{Ll}+ (?:\p{Lu}\p{Ll}+ |of |for |and )*(?:Institute|Commission|Bank|Fund|Council|Organi[sz]ation|Union|Nations|Alliance|Agency|Ministry|Service|Court|Parliament|Committee|Foundation|Association)\b|\b\p{Lu}{2,5}\b/u;
const NUMBER =
  /(\d|%|\$|€|£|\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|million|billion|fifth|quarter|half|third)\b)/i;

// "the 72-year-old", "aged 72", "Vladimir Putin, 72, said": the number after a capitalised name between commas
const AGE = /\b\d{1,3}[- ]years?[- ]old\b|\baged \d{1,3}\b|\p{Lu}\p{Ll}+, \d{2,3},/u;
const PERCENT = /\d\s?(%|percent\b|per cent\b)|\b(percent|per cent) of\b/i;
const MONEY =
  /[$€£¥₽]\s?\d|\b\d[\d.,]*\s?(bn|m|million|billion|trillion)?\s?(dollars|euros|pounds|rubles|roubles|yuan|hryvnias?)\b|\b(usd|eur|gbp)\s?\d/i;

/** Whether compromise tags a place (#Place, #Address) or a person (#Person) in a sentence. */
export interface SentenceTags {
  place: boolean;
  person: boolean;
}

/**
 * The features of every sentence of an article. `tags` is the article's compromise work (sentenceTags),
 * done once per article text and cached with it; the rest is regular expressions and stems.
 */
export function articleFeatures(
  sentences: Pick<Sentence, 'text' | 'paragraph'>[],
  entityNamesOf: (index: number) => string[],
  /** the kinds of the entities the sentence names or refers to ("he" → a person) */
  entityKindsOf?: (index: number) => readonly AnswerKind[],
  tags: readonly SentenceTags[] = sentenceTags(sentences),
): SentenceFeatures[] {
  return sentences.map((sentence, i) =>
    featuresOf(sentence.text, entityNamesOf(i), tags[i]!, entityKindsOf?.(i) ?? []),
  );
}

/**
 * Which sentences hold a place or a person by compromise's tags, with one parse per paragraph rather
 * than one per sentence (a quarter less work at index time; a parse per article saves a little more but
 * keeps far more alive at once). `places().found` means a #Place or #Address term and `people().found`
 * a #Person term, so the tags are read per sentence from the terms' offsets. `visit` hears each
 * paragraph's parse (with the index of its first sentence) while it is alive, for other work on it.
 */
export function sentenceTags(
  sentences: Pick<Sentence, 'text' | 'paragraph'>[],
  visit?: (parsed: ParsedParagraph, first: number) => void,
): SentenceTags[] {
  const found = sentences.map(() => ({ place: false, person: false }));
  for (let first = 0; first < sentences.length; ) {
    let last = first;
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === sentences[first]!.paragraph)
      last++;
    const parsed = new ParsedParagraph(sentences.slice(first, last + 1).map((sentence) => sentence.text));
    let at = 0;
    for (const term of parsed.terms()) {
      while (at + 1 < parsed.starts.length && term.offset.start >= parsed.starts[at + 1]!) at++;
      const tags = term.tags;
      if (tags?.has('Place') || tags?.has('Address')) found[first + at]!.place = true;
      if (tags?.has('Person')) found[first + at]!.person = true;
    }
    visit?.(parsed, first);
    first = last + 1;
  }
  return found;
}

function featuresOf(
  text: string,
  entityNames: string[],
  tagged: SentenceTags,
  entityKinds: readonly AnswerKind[],
): SentenceFeatures {
  const holds: AnswerKind[] = [];
  if (NUMBER.test(withoutDates(text))) holds.push('number');
  if (PERCENT.test(text)) holds.push('percent');
  if (MONEY.test(text)) holds.push('money');
  if (AGE.test(text)) holds.push('age');
  if (MONTHS.test(text) || DAYS.test(text) || YEAR.test(text) || PERIOD.test(text)) holds.push('date');
  if (DAY.test(text)) holds.push('day');
  if (tagged.place || entityKinds.includes('place') || PLACE_WORD.test(text)) holds.push('place');
  if (tagged.person || entityKinds.includes('person')) holds.push('person');
  if (ORGANISATION.test(text) || entityKinds.includes('organisation')) holds.push('organisation');
  if (GROUP.test(text)) holds.push('group');
  if (REASON.test(text)) holds.push('reason');
  if (SPEECH.test(text)) holds.push('speech');
  const stems = [...new Set([...stemsOf(withoutSourceNote(text)), ...entityNames.flatMap(stemsOf)])];
  return { stems, holds, weak: /\?\s*$/.test(text) || stemsOf(text).length < 4 };
}

/** The text without its years and days of the month, so "in 2014" or "April 23" is not a count. */
function withoutDates(text: string): string {
  return text
    .replace(DAY, ' ')
    .replace(/\b(in|since|until|by|of|from|to|and|–|-)?\s*(19|20)\d{2}(s)?\b/gi, ' ')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, ' ');
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
