// an abbreviation written with full stops after single letters ("U.S.", "U.K.", "E.U.", "a.m."): one word,
// as its undotted spelling ("US") is; the lookbehind keeps the last letter of a word ("Kyiv.S") out of it
const DOTTED_ABBREVIATION = /(?<![\p{L}\p{N}])((?:\p{L}\.){1,3}\p{L})\.?(?![\p{L}\p{N}])/gu;

// a build normalises each passage several times (its stems, its index terms, its event keys)
const normalisedTexts = new Map<string, string>();
const TEXTS_KEPT = 4096;

/**
 * One normalisation for indexed text and queries alike, so they always meet: lowercase, curly quotes and
 * dashes folded, possessive 's dropped, a dotted abbreviation ("U.S.") written as one word ("us"),
 * everything that is not a letter or digit turned into a space.
 * Because only letters and digits survive, nothing a user types can reach lunr as query syntax
 * (`*` wildcards, `~` fuzziness, `^` boosts, `field:` prefixes, `+`/`-` presence).
 */
export function normaliseForIndex(text: string): string {
  let normalised = normalisedTexts.get(text);
  if (normalised === undefined) {
    normalised = text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(DOTTED_ABBREVIATION, (abbreviation) => abbreviation.replace(/\./g, ''))
      .toLowerCase()
      .replace(/['’`´]s\b/g, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (normalisedTexts.size >= TEXTS_KEPT) normalisedTexts.clear();
    normalisedTexts.set(text, normalised);
  }
  return normalised;
}

/** Words of a text after normalisation, in order, repeats kept. */
export function indexWords(text: string): string[] {
  const normalised = normaliseForIndex(text);
  return normalised ? normalised.split(' ') : [];
}
