import { createHash } from 'node:crypto';

/** Five words in a row: long enough that two different stories rarely share one, short enough to survive edits. */
const SHINGLE_WORDS = 5;

/** Words as compared for duplicates: case, accents, punctuation and curly quotes do not count. */
export function comparableWords(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The set of five-word runs in a text (a text shorter than that is one run of all its words). */
export function shingles(text: string): Set<string> {
  const words = comparableWords(text);
  const runs = new Set<string>();
  if (words.length <= SHINGLE_WORDS) {
    if (words.length) runs.add(words.join(' '));
    return runs;
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++)
    runs.add(words.slice(i, i + SHINGLE_WORDS).join(' '));
  return runs;
}

/** Share of a's shingles that are also in b: 1 when a is a copy (or an excerpt) of b. */
export function containment(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 0;
  let shared = 0;
  for (const run of a) if (b.has(run)) shared++;
  return shared / a.size;
}

/** A hash of the words alone, so the same text with other spacing or quotes is "the same text". */
export function textFingerprint(text: string): string {
  return createHash('sha256').update(comparableWords(text).join(' ')).digest('hex').slice(0, 16);
}
