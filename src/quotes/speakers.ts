import type { Quote } from '../answer.js';
import type { SpeakerCount } from '../engine.js';

/**
 * Named speakers: canonical names start with a capital, while descriptions of unnamed sources are stored
 * lowercase ("a senior U.S. official") and "unattributed" names nobody.
 */
export function isNamedSpeaker(speaker: string): boolean {
  return /^\p{Lu}/u.test(speaker);
}

/** People with quotes and how many, most first (Discord autocomplete, "who has quotes?"). */
export function countSpeakers(quotes: Quote[]): SpeakerCount[] {
  const counts = new Map<string, number>();
  for (const quote of quotes) {
    if (isNamedSpeaker(quote.speaker)) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
