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

// each word's folded form, worked out once: a build tokenises every sentence several times over (its
// mentions, its people, its quotes' context), and folding is most of that
const norms = new Map<string, string>();
const NORMS_KEPT = 200_000;

/** Words of a text with offsets; a possessive ending is kept in `raw` but left out of `norm` and `end`. */
export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const possessive = POSSESSIVE.exec(raw)?.[0].length ?? 0;
    const word = raw.slice(0, raw.length - possessive);
    let norm = norms.get(word);
    if (norm === undefined) {
      norm = fold(word).replace(/\./g, '');
      if (norms.size >= NORMS_KEPT) norms.clear();
      norms.set(word, norm);
    }
    tokens.push({ raw, norm, start: match.index, end: match.index + word.length });
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

// two rows of the distance table, reused by every call: /who-said and the typo lookups compare a query
// word with thousands of words, and a pair of fresh arrays per comparison was most of their time
let rowA = new Int32Array(64);
let rowB = new Int32Array(64);

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = 3): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  if (rowA.length <= n) {
    rowA = new Int32Array(2 * n + 2);
    rowB = new Int32Array(2 * n + 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= n; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let best = i;
    const letter = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      let value = previous[j]! + 1;
      const insert = current[j - 1]! + 1;
      if (insert < value) value = insert;
      const replace = previous[j - 1]! + (letter === b.charCodeAt(j - 1) ? 0 : 1);
      if (replace < value) value = replace;
      current[j] = value;
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[n]!;
}
