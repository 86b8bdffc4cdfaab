import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/nlp/entities/normalise.js';

/** The textbook full-table Levenshtein distance, to check the early-stopping one against. */
function levenshtein(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) table[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      table[i]![j] = Math.min(
        table[i - 1]![j]! + 1,
        table[i]![j - 1]! + 1,
        table[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
  return table[a.length]![b.length]!;
}

describe('editDistance', () => {
  it.each<[string, string, number, number]>([
    ['zelensky', 'zelensky', 2, 0],
    ['zelensky', 'zelenskiy', 2, 1],
    ['zelenskyy', 'zelenskiy', 2, 1],
    ['lavrov', 'lavorv', 2, 2],
    ['peskov', 'putin', 1, 2],
    ['', 'kyiv', 5, 4],
    ['kyiv', '', 3, 4],
    ['київ', 'киів', 2, 1],
    ['negotiation', 'negotiator', 2, 2],
    ['a', 'abcdef', 2, 3],
  ])('%s ↔ %s (limit %i) is %i', (a, b, limit, expected) => {
    expect(editDistance(a, b, limit)).toBe(expected);
  });

  it('says within the limit exactly when the full distance is, and gives that distance', () => {
    // a seeded walk over short strings of a small alphabet: many near misses, long words after short ones
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const word = () =>
      Array.from({ length: Math.floor(next() * 14) }, () => 'abcdéz'[Math.floor(next() * 6)]).join('');
    for (let n = 0; n < 5000; n++) {
      const a = word();
      const b = next() < 0.5 ? word() : a.slice(0, Math.floor(next() * a.length)) + word().slice(0, 2);
      const limit = Math.floor(next() * 4);
      const full = levenshtein(a, b);
      const got = editDistance(a, b, limit);
      if (full <= limit) expect(got, `${a} ↔ ${b}`).toBe(full);
      else expect(got, `${a} ↔ ${b}`).toBeGreaterThan(limit);
    }
  });
});
