/**
 * Demonyms and their places, so "Russia's foreign minister" finds "Russian Foreign Minister".
 * Only pairs whose Porter stems differ need listing; "Ukraine"/"Ukrainian" stem apart, for example.
 */
const PAIRS: [string, string][] = [
  ['russian', 'russia'],
  ['ukrainian', 'ukraine'],
  ['american', 'america'],
  ['european', 'europe'],
  ['british', 'britain'],
  ['french', 'france'],
  ['german', 'germany'],
  ['polish', 'poland'],
  ['turkish', 'turkey'],
  ['chinese', 'china'],
  ['belarusian', 'belarus'],
  ['soviet', 'ussr'],
  ['dutch', 'netherlands'],
  ['indian', 'india'],
];

const RELATED = new Map<string, string>();
for (const [demonym, place] of PAIRS) {
  RELATED.set(demonym, place);
  RELATED.set(place, demonym);
}

/** The demonym of a place or the place of a demonym, for a lowercase word. */
export function relatedPlaceWord(word: string): string | undefined {
  return RELATED.get(word);
}

export function isDemonym(word: string): boolean {
  return PAIRS.some(([demonym]) => demonym === word);
}
