import type { Quote } from '../answer.js';
import type { SpeakerCount } from '../engine.js';
import { indexWords } from '../text/normalise.js';
import { isNamedSpeaker, quoteWords, sameWordsKey } from './quote-words.js';

export { isNamedSpeaker } from './quote-words.js';

/** The same words by the same speaker in one article (a summary bullet and its paragraph) are one quote. */
export function quoteKey(quote: Quote): string {
  return sameWordsKey(quote, indexWords(quote.quote));
}

/** People with quotes and how many, most first (Discord autocomplete, "who has quotes?"). */
export function countSpeakers(quotes: Quote[]): SpeakerCount[] {
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  const { keys } = quoteWords(quotes);
  for (const [i, quote] of quotes.entries()) {
    if (!isNamedSpeaker(quote.speaker) || seen.has(keys[i]!)) continue;
    seen.add(keys[i]!);
    counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
