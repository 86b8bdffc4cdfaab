import { stem } from '../nlp/stems.js';

/**
 * Phrases that make a sentence's figure or place the answer to a question, read from its text at question
 * time (a few candidate sentences per question). A sentence's kinds say it holds some number or some place;
 * these say whether it holds the one asked for.
 */

// a count as news writing gives one: digits, a number word, or "a dozen" / "hundreds of"
const NUMBER_WORD =
  /^(\d[\d,.]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|several|once|twice|thrice|half|third|quarter|fifth|tenth)$/i;
// what may stand between a count and what it counts: "over 30 Ukrainian civilians", "1,000 of the prisoners"
const BETWEEN = 3;

/**
 * "How many prisoners …" is answered by a count of prisoners ("1,000 prisoners", "over thirty people"), not
 * by any figure in a sentence that names prisoners ("a 30-day pause … prisoners"). Whether the text has a
 * number followed, within three words, by the counted noun (any inflection). "once"/"twice" count times.
 */
export function countsThing(text: string, counted: string, either = false): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N},.+'’-]*/gu) ?? [];
  const target = stem(counted);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(/[.,]+$/, '');
    // "30-day", "50-day": a measure of something else, not a count of the noun after it
    if (!NUMBER_WORD.test(word)) continue;
    if (/^(once|twice|thrice)$/.test(word) && target === stem('times')) return true;
    const isTarget = (j: number) => stem(words[j]!.replace(/['’]s?$|[.,]+$/g, '')) === target;
    for (let j = i + 1; j <= Math.min(words.length - 1, i + BETWEEN); j++) if (isTarget(j)) return true;
    // an amount of a mass noun may come after it: "a GDP loss exceeding $150 billion"
    if (either) for (let j = Math.max(0, i - BETWEEN); j < i; j++) if (isTarget(j)) return true;
  }
  return false;
}

// what follows "how many" / "how much" without naming what is counted: "how much will it cost", "how many of them"
const NOT_COUNTED =
  /^(of|more|less|others?|in|have|has|had|do|does|did|are|is|were|was|will|would|could|can|should|money|cash|funding|funds?|aid|budget)$/;

/**
 * "how many prisoners were swapped": the noun counted; "how much oil does india buy": the mass noun measured
 * (`mass`, whose amount may come before or after it). Undefined for "how many of them", "how much will it
 * cost" and sums of money, which the money kind answers.
 */
export function countedNoun(question: string): { noun: string; mass: boolean } | undefined {
  const found = /\bhow (many|much) ([\p{L}-]+)/iu.exec(question);
  const noun = found?.[2]?.toLowerCase();
  if (!noun || NOT_COUNTED.test(noun)) return undefined;
  return { noun, mass: found![1]!.toLowerCase() === 'much' };
}

// not "to": "according to US officials", "talked to Putin" are no places
const LOCATIVE =
  /\b(in|at|near|inside|outside|into|from|across)\s+(?:the\s+)?([\p{L}][\p{L}'’-]*)(?:\s+([\p{L}][\p{L}'’-]*))?/giu;
const NOT_PLACES =
  /^(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|i|it|its)$/i;
// a place described rather than named: "in the Belarusian capital", "at the border"
const PLACE_WORD =
  /^(capital|city|town|village|region|province|border|port|peninsula|country|summit|venue)$/i;

/**
 * "Where will they meet?" is answered by where something is, a place after a preposition of place ("in
 * London", "in the Belarusian capital", "at the border"), not by a country that only qualifies someone
 * ("US envoy Steve Witkoff"). The places so given, as lowercase words; `known` are the stems of the
 * question's own words, which cannot be the answer ("where were the Riyadh talks held" is not "in Riyadh").
 */
export function locatesElsewhere(text: string, known: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(LOCATIVE)) {
    const [, , first, second] = match;
    const named = /^\p{Lu}/u.test(first!) && !NOT_PLACES.test(first!);
    const described = PLACE_WORD.test(first!) || (second !== undefined && PLACE_WORD.test(second));
    if (!named && !described) continue;
    // "differs from Europe’s strategy", "in Russia’s stance": an owner, not a location
    if (named && /['’]s$/.test(first!)) continue;
    const word = stem(first!.toLowerCase());
    if (named && known.has(word)) continue;
    return true;
  }
  return false;
}
