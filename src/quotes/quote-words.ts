import type { Quote } from '../answer.js';
import { indexWords } from '../text/normalise.js';

/**
 * Named speakers: canonical names start with a capital, while descriptions of unnamed sources are stored
 * lowercase ("a senior U.S. official") and "unattributed" names nobody.
 */
export function isNamedSpeaker(speaker: string): boolean {
  return /^\p{Lu}/u.test(speaker);
}

/**
 * The words of every quote and speaker, split once per list of quotes rather than once per query, and
 * which quotes hold each word: /who-said looks up the quotes a query's words can match instead of
 * aligning the query with every quote. Derived from the quotes on first use, and kept as long as they are.
 */
export interface QuoteWords {
  /** per quote, its words in order */
  words: readonly string[][];
  /** per quote, its speaker's words joined by spaces */
  speakers: readonly string[];
  /** per quote, the same-words key of quoteKey (speakers.ts) */
  keys: readonly string[];
  /** word → the quotes that hold it, ascending */
  byWord: ReadonlyMap<string, readonly number[]>;
  /** the distinct words of all quotes, by length: a typo is within two letters of the length */
  byLength: ReadonlyMap<number, readonly string[]>;
  /** each quote's place in the list */
  indexOf: ReadonlyMap<Quote, number>;
  /** the quotes of each length in words, ascending: a quote repeated within a query is no longer than it */
  byCount: readonly (readonly number[])[];
  /** the quotes whose speaker is a description ("a senior official"), not a name, ascending */
  unnamed: readonly number[];
}

/** The same words by the same speaker in one article are one quote (see quoteKey). */
export function sameWordsKey(quote: Quote, words: readonly string[]): string {
  return `${quote.articleId}\0${quote.speaker}\0${words.join(' ')}`;
}

const prepared = new WeakMap<readonly Quote[], QuoteWords>();

export function quoteWords(quotes: readonly Quote[]): QuoteWords {
  let found = prepared.get(quotes);
  if (found) return found;
  const words = quotes.map((quote) => indexWords(quote.quote));
  const byWord = new Map<string, number[]>();
  words.forEach((list, i) => {
    for (const word of new Set(list)) {
      const holders = byWord.get(word);
      if (holders) holders.push(i);
      else byWord.set(word, [i]);
    }
  });
  const byLength = new Map<number, string[]>();
  for (const word of byWord.keys()) {
    const same = byLength.get(word.length);
    if (same) same.push(word);
    else byLength.set(word.length, [word]);
  }
  const byCount: number[][] = [];
  words.forEach((list, i) => {
    const same = byCount[list.length];
    if (same) same.push(i);
    else byCount[list.length] = [i];
  });
  found = {
    words,
    speakers: quotes.map((quote) => indexWords(quote.speaker).join(' ')),
    keys: quotes.map((quote, i) => sameWordsKey(quote, words[i]!)),
    byWord,
    byLength,
    indexOf: new Map(quotes.map((quote, i) => [quote, i])),
    byCount,
    unnamed: quotes.flatMap((quote, i) => (isNamedSpeaker(quote.speaker) ? [] : [i])),
  };
  prepared.set(quotes, found);
  return found;
}
