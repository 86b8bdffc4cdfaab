import { stem } from '../nlp/stems.js';

/**
 * Phrases that make a sentence's figure or place the answer to a question, read from its text at question
 * time (a few candidate sentences per question). A sentence's kinds say it holds some number or some place;
 * these say whether it holds the one asked for.
 */

// a count as news writing gives one: digits, a number word, or "a dozen" / "hundreds of"
const NUMBER_WORD =
  /^(\d[\d,.]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens|several|once|twice|thrice)$/i;
// what may stand between a count and what it counts: "over 30 Ukrainian civilians", "1,000 of the prisoners"
const BETWEEN = 3;

/**
 * "How many prisoners …" is answered by a count of prisoners ("1,000 prisoners", "over thirty people"), not
 * by any figure in a sentence that names prisoners ("a 30-day pause … prisoners"). Whether the text has a
 * number followed, within three words, by the counted noun (any inflection). "once"/"twice" count times.
 */
export function countsThing(text: string, counted: string): boolean {
  const words = text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N},.+'’-]*/gu) ?? [];
  const target = stem(counted);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.replace(/[.,]+$/, '');
    // "30-day", "50-day": a measure of something else, not a count of the noun after it
    if (!NUMBER_WORD.test(word)) continue;
    if (/^(once|twice|thrice)$/.test(word) && target === stem('times')) return true;
    for (let j = i + 1; j <= Math.min(words.length - 1, i + BETWEEN); j++)
      if (stem(words[j]!.replace(/['’]s?$|[.,]+$/g, '')) === target) return true;
  }
  return false;
}

/** "how many prisoners were swapped": the noun counted (undefined for "how many of them", "how much"). */
export function countedNoun(question: string): string | undefined {
  const found = /\bhow many ([\p{L}-]+)/iu.exec(question);
  const noun = found?.[1]?.toLowerCase();
  return noun && !/^(of|more|others?|in|have|has|had|do|does|did|are|is|were|was|will|would)$/.test(noun)
    ? noun
    : undefined;
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
