/**
 * One folding for names wherever they are compared: in the articles, the alias file and what users type.
 * Case, diacritics, curly apostrophes, possessives, hyphens and the dots of initialisms all fold away, so
 * "Zelenskyy’s", "zelenskyy" and "Zelenskyy's" meet, as do "U.S." and "US".
 */

export interface Token {
  /** as written */
  raw: string;
  /** folded: lowercase, no diacritics, no possessive, no dots */
  norm: string;
  start: number;
  /** end of the word without a possessive ending ("Russia" in "Russia’s") */
  end: number;
}

// initialisms with dots ("U.S.") or words with inner apostrophes ("don’t", "Russia’s"); hyphens split words
const WORD = /(?:\p{L}\.){2,}|[\p{L}\p{N}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const POSSESSIVE = /['’]s$/i;

export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'");
}

/** Words of a text with offsets; a possessive ending is kept in `raw` but left out of `norm` and `end`. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const possessive = POSSESSIVE.exec(raw)?.[0].length ?? 0;
    const word = raw.slice(0, raw.length - possessive);
    tokens.push({
      raw,
      norm: fold(word).replace(/\./g, ''),
      start: match.index,
      end: match.index + word.length,
    });
  }
  return tokens;
}

/** The lookup key of a name, alias or role: its folded words joined by single spaces. */
export function formKey(text: string): string {
  return tokenise(text)
    .map((token) => token.norm)
    .join(' ');
}

/** A short all-capitals acronym ("US", "EU") is only a name in capitals: "us" is a pronoun. */
export function isShortAcronym(word: string): boolean {
  const bare = word.replace(/\./g, '');
  return bare.length <= 3 && /^\p{Lu}+$/u.test(bare);
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}
