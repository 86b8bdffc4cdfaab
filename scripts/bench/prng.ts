/** A seeded PRNG (mulberry32): the same seed gives the same corpus and the same queries on every machine. */
export interface Random {
  /** uniform in [0, 1) */
  next(): number;
  /** uniform integer in [0, n) */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** an index in [0, n) drawn with Zipf-like skew: a few items are common, most are rare */
  zipf(n: number): number;
}

export function seeded(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    next,
    int,
    pick: (items) => items[int(items.length)]!,
    chance: (p) => next() < p,
    // inverse-CDF of a continuous 1/x law over [1, n+1): rank 1 is ~n/ln(n) times as likely as rank n
    zipf: (n) => Math.min(n - 1, Math.floor(Math.exp(next() * Math.log(n + 1)) - 1)),
  };
}

const ONSETS = [
  'b',
  'br',
  'd',
  'dr',
  'g',
  'k',
  'kr',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  'st',
  't',
  'v',
  'z',
  'ch',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ei', 'ia', 'ou'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'k', 'v', 'sk', 'nt'];

/** A pronounceable pseudo-word of 2–3 syllables: "dravonek", "zeilam". Distinct seeds, distinct words. */
export function pseudoWord(random: Random, syllables = 2 + random.int(2)): string {
  let word = '';
  for (let i = 0; i < syllables; i++) word += random.pick(ONSETS) + random.pick(VOWELS);
  return word + random.pick(CODAS);
}

/** `count` distinct pseudo-words. */
export function pseudoWords(random: Random, count: number, exclude: ReadonlySet<string>): string[] {
  const words = new Set<string>();
  for (let tries = 0; words.size < count && tries < count * 20; tries++) {
    const word = pseudoWord(random);
    if (!exclude.has(word)) words.add(word);
  }
  return [...words];
}

export function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
