/**
 * One normalisation for indexed text and queries alike, so they always meet: lowercase, curly quotes and
 * dashes folded, possessive 's dropped, everything that is not a letter or digit turned into a space.
 * Because only letters and digits survive, nothing a user types can reach lunr as query syntax
 * (`*` wildcards, `~` fuzziness, `^` boosts, `field:` prefixes, `+`/`-` presence).
 */
export function normaliseForIndex(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’`´]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Words of a text after normalisation, in order, repeats kept. */
export function indexWords(text: string): string[] {
  const normalised = normaliseForIndex(text);
  return normalised ? normalised.split(' ') : [];
}
