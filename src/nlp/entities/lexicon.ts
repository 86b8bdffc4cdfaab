import { nlp } from '../compromise.js';
import { listedGenderOf } from './first-names.js';

/**
 * What compromise's lexicon knows about a single word, out of context: first names and their usual gender,
 * countries and cities, demonyms. Asked one word at a time so the answer never depends on a sentence's
 * other words; cached because the same names recur.
 */
const cache = new Map<string, ReadonlySet<string>>();

export function wordTags(word: string): ReadonlySet<string> {
  let tags = cache.get(word);
  if (!tags) {
    const term = nlp(word).json()[0]?.terms?.[0] as { tags?: string[] } | undefined;
    tags = new Set(term?.tags ?? []);
    cache.set(word, tags);
  }
  return tags;
}

/**
 * The words looked up so far with their tags, and the way to restore them in a later process: a lookup
 * depends on nothing but the word and compromise's version, so a build caches them (build/memo.ts)
 * rather than parse every capitalised word of the knowledge base again after each change.
 */
export function lookedUpWords(): [word: string, tags: string[]][] {
  return [...cache].map(([word, tags]) => [word, [...tags]]);
}

export function rememberWords(entries: readonly [string, string[]][]): void {
  for (const [word, tags] of entries) if (!cache.has(word)) cache.set(word, new Set(tags));
}

export function isFirstName(word: string): boolean {
  return wordTags(word).has('FirstName');
}

/**
 * A first name's usual gender: compromise's lexicon first (it knows the names of English-language news),
 * else the first-name lists of gender-detection-from-name when they agree (Nadiya, Bohdan, Mykola); a
 * name compromise files as both is nobody's gender.
 */
export function genderOfFirstName(word: string): 'male' | 'female' | undefined {
  const tags = wordTags(word);
  const male = tags.has('MaleName');
  const female = tags.has('FemaleName');
  if (male || female) return male && female ? undefined : male ? 'male' : 'female';
  return listedGenderOf(word);
}

/** A country, city or region that is a place on its own, not only as part of a longer name. */
export function isPlaceWord(word: string): boolean {
  const tags = wordTags(word);
  return tags.has('Country') || tags.has('City') || tags.has('Region');
}

/** Words compromise files as dates, demonyms or common nouns are never names on their own. */
export function isCommonWord(word: string): boolean {
  const tags = wordTags(word);
  return [
    'Date',
    'Demonym',
    'Verb',
    'Adjective',
    'Adverb',
    'Determiner',
    'Preposition',
    'Pronoun',
    'Value',
  ].some((tag) => tags.has(tag));
}

// "March" and "May" are verbs to compromise when they stand alone
const MONTHS = new Set(
  'january february march april may june july august september october november december'.split(' '),
);

export function isDateWord(word: string): boolean {
  return MONTHS.has(word.toLowerCase()) || wordTags(word).has('Date');
}
