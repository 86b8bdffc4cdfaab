import lunr from 'lunr';
import { indexWords } from '../text/normalise.js';

/** The Porter stem lunr indexes with, so our own scoring agrees with lunr's retrieval. */
export function stem(word: string): string {
  return lunr.stemmer(new lunr.Token(word, {})).toString();
}

export function stemsOf(text: string): string[] {
  return indexWords(text).map(stem);
}
