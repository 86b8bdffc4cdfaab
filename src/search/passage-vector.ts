import lunr from 'lunr';
import { normaliseForIndex } from '../text/normalise.js';
import { FIELD_BOOSTS, type PassageDocument, type SearchField } from './lunr-index.js';

/**
 * PostgreSQL's weight label per field, strongest first, so that ts_rank's weights can be lunr's boosts
 * (divided by the largest, as ts_rank wants weights of at most 1).
 */
export const FIELD_LABELS: Record<SearchField, 'A' | 'B' | 'C' | 'D'> = {
  entities: 'A',
  text: 'B',
  heading: 'C',
  title: 'D',
};

/** ts_rank's weights array, in its order {D, C, B, A}: lunr's field boosts over the largest boost. */
export function rankWeights(): number[] {
  const largest = Math.max(...Object.values(FIELD_BOOSTS));
  const byLabel = Object.fromEntries(
    Object.entries(FIELD_LABELS).map(([field, label]) => [label, FIELD_BOOSTS[field as SearchField]]),
  );
  return ['D', 'C', 'B', 'A'].map((label) => byLabel[label]! / largest);
}

// what lunr's builder runs over every field: the same words reach both backends
const indexPipeline = new lunr.Pipeline();
indexPipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);

/** A lexeme PostgreSQL may be given: letters and digits only, of a length a tsvector holds. */
export function isSafeLexeme(word: string): boolean {
  return word.length > 0 && word.length <= 200 && /^[\p{L}\p{N}]+$/u.test(word);
}

// tsvector positions stop at 16383; a sentence never gets near it, and past it they are clamped
const MAX_POSITION = 16_383;

/**
 * A passage's tsvector as PostgreSQL's input syntax ('lexeme':1A,4B …): lunr's own tokens and stems for
 * each field, labelled with the field's weight. Built here rather than with to_tsvector so that both
 * backends index exactly the same words: PostgreSQL's English stemmer and stop list differ from lunr's.
 */
export function passageVector(document: PassageDocument): string {
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const field of ['entities', 'text', 'heading', 'title'] as const) {
    const tokens = indexPipeline.run(lunr.tokenizer(normaliseForIndex(document[field])));
    for (const token of tokens) {
      const lexeme = token.toString();
      position = Math.min(position + 1, MAX_POSITION);
      if (!isSafeLexeme(lexeme)) continue;
      const list = positions.get(lexeme) ?? [];
      list.push(`${position}${FIELD_LABELS[field]}`);
      positions.set(lexeme, list);
    }
  }
  return [...positions].map(([lexeme, at]) => `'${lexeme}':${at.join(',')}`).join(' ');
}
