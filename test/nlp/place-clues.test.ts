import { describe, expect, it } from 'vitest';
import { cluesHold, learnPlaces, placeClues } from '../../src/nlp/entities/learn-places.js';
import { articleOf } from '../quotes/synthetic.js';

// each article's place clues are cached with the person words they asked about, and reused while the
// corpus's person words answer those questions the same: reused or not, the places learned are the same
const ARTICLE = articleOf(
  'Officials in Donbas said the Kremlin had refused. The Kremlin did not reply. ' +
    'Zarnytsia, the armed group, said it would keep talking. Mykola Tarasenko met them in Vienna.',
);

describe('place clues of one article', () => {
  it.each<[string, string[], string[], boolean]>([
    // the same person words: every question gets the same answer
    ['unchanged', ['mykola', 'tarasenko'], ['mykola', 'tarasenko'], true],
    // a new person word the article never uses asks nothing of it
    ['a name it does not use', ['mykola', 'tarasenko'], ['mykola', 'tarasenko', 'peskov'], true],
    // a word of the article that becomes a person's changes what it learns
    ['one of its words becomes a name', ['mykola', 'tarasenko'], ['mykola', 'tarasenko', 'zarnytsia'], false],
    // and one that stops being a person's
    ['a name it uses is gone', ['mykola', 'tarasenko'], ['mykola'], false],
  ])('%s → reused: %s', (_, before, after, holds) => {
    const clues = placeClues(ARTICLE, new Set(before));
    expect(cluesHold(clues, new Set(after))).toBe(holds);
    // whether the cached clues are reused or made again, the places learned are those made from scratch
    const fromScratch = learnPlaces([ARTICLE], new Set(after));
    let reused: boolean[] = [];
    const fromCache = learnPlaces([ARTICLE], new Set(after), [clues], (_made, wasReused) => {
      reused = wasReused;
    });
    expect(reused).toEqual([holds]);
    expect(fromCache).toEqual(fromScratch);
  });

  it('learns from the clues what one pass over the sentences learns', () => {
    const names = learnPlaces([ARTICLE, ARTICLE], new Set(['mykola', 'tarasenko'])).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['Donbas', 'Vienna', 'Kremlin', 'Zarnytsia']));
  });
});
