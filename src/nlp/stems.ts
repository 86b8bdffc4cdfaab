import lunr from 'lunr';
import { indexWords } from '../text/normalise.js';

// a build stems the same few thousand words again and again (each passage several times over)
const stems = new Map<string, string>();
const STEMS_KEPT = 200_000;

/** The Porter stem lunr indexes with, so our own scoring agrees with lunr's retrieval. */
export function stem(word: string): string {
  let stemmed = stems.get(word);
  if (stemmed === undefined) {
    stemmed = lunr.stemmer(new lunr.Token(word, {})).toString();
    if (stems.size >= STEMS_KEPT) stems.clear();
    stems.set(word, stemmed);
  }
  return stemmed;
}

/** lunr's stemmer as a pipeline step, through the memo above (the same stems). */
export function stemToken(token: lunr.Token): lunr.Token {
  return token.update((word) => stem(word));
}
lunr.Pipeline.registerFunction(stemToken, 'talksbotStemmer');

export function stemsOf(text: string): string[] {
  return indexWords(text).map(stem);
}
