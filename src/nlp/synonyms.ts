import { createRequire } from 'node:module';
import type { Country } from 'world-countries';
import { STOP_WORDS } from './stop-words.js';
import { relatedWords } from './wordnet.js';

/**
 * Words a reader takes as the same when asking. Two sources, both data packages rather than a hand list:
 * WordNet (synonyms in a word's likelier senses and its derivational forms, weighted by sense) and
 * world-countries for the capital that news writing uses for its government ("Kyiv" for Ukraine,
 * "Moscow" for Russia).
 */

export interface WeightedWord {
  word: string;
  /** 0–1: how much a match on this word counts against a match on the word itself */
  weight: number;
}

// a synonym match is good evidence, not as good as the word itself
const SYNONYM_SHARE = 0.8;
// verbs so light that, as a synonym, they match almost anything ("get" for "begin", "have" for "hold")
const LIGHT = new Set(
  'get got give gave have make made take took do go come put set keep let run'.split(' '),
);

let capitals: Map<string, string[]> | undefined;
// capital → the first word for its country, one direction only: "kyiv" → "ukraine", "washington" → "us"
const countryOfCapital = new Map<string, string>();

/** capital ↔ country, both ways, lowercase: "kyiv" → ["ukraine"], "ukraine" → ["kyiv"], "washington" → ["us", "usa"]. */
function capitalTable(): Map<string, string[]> {
  if (capitals) return capitals;
  capitals = new Map();
  const data = createRequire(import.meta.url)('world-countries') as Country[];
  for (const country of data) {
    if (!country.independent) continue;
    // a country named in several words stands as its abbreviation ("US", "UK", "UAE"), one word like the
    // capital: "Washington" ↔ "US" (the index writes "U.S." as "us" too)
    const common = country.name.common.toLowerCase();
    const names = common.includes(' ')
      ? country.altSpellings.filter((a) => /^\p{Lu}{2,3}$/u.test(a)).map((a) => a.toLowerCase())
      : [common];
    for (const capital of country.capital ?? []) {
      const city = capital.toLowerCase().replace(/\s+d\.c\.$/, '');
      if (city.includes(' ')) continue;
      if (names[0] && !countryOfCapital.has(city)) countryOfCapital.set(city, names[0]);
      for (const name of names) {
        capitals.set(city, [...(capitals.get(city) ?? []), name]);
        capitals.set(name, [...(capitals.get(name) ?? []), city]);
      }
    }
  }
  return capitals;
}

/** Words that stand for a lowercase word outright: a capital for its country and back. */
export function synonymsOf(word: string): string[] {
  return capitalTable().get(word) ?? [];
}

/**
 * A text with each capital city that stands for its country's government written as the country:
 * "kyiv's leader" → "ukraine's leader", "washington's envoy" → "us's envoy" (world-countries' capitals).
 */
export function withCountriesForCapitals(text: string): string {
  capitalTable();
  return text.replace(/\p{L}+/gu, (word) => {
    const country = countryOfCapital.get(word.toLowerCase());
    return country && /^\p{Lu}/u.test(word)
      ? country.replace(/^\p{L}/u, (c) => c.toUpperCase())
      : (country ?? word);
  });
}

/** Words related to a lowercase word by WordNet, each with the share of a match it is worth. */
export function relatedOf(word: string): WeightedWord[] {
  return relatedWords(word)
    .filter((r) => !LIGHT.has(r.word) && !STOP_WORDS.has(r.word))
    .map((r) => ({ word: r.word, weight: SYNONYM_SHARE * r.weight }));
}
