import { describe, expect, it } from 'vitest';
import { isSafeLexeme, passageVector, rankWeights } from '../../src/search/passage-vector.js';
import { queryLexemes } from '../../src/search/postgres-search.js';

describe('passageVector: lunr’s words of each field, with the field’s weight label', () => {
  it.each<[string, { text: string; entities?: string; heading?: string; title?: string }, string]>([
    ['stems and drops stop words as lunr does', { text: 'The talks ended' }, "'talk':1B 'end':2B"],
    [
      'labels entities A, text B, heading C, title D',
      { entities: 'Kyiv', text: 'Kyiv talks', heading: 'Talks', title: 'Peace' },
      "'kyiv':1A,2B 'talk':3B,4C 'peac':5D",
    ],
    [
      'folds accents and possessives',
      { text: 'Zelenskyy’s Gdańsk visit' },
      "'zelenskyi':1B 'gdansk':2B 'visit':3B",
    ],
    ['keeps no punctuation at all', { text: "a:* & b | !c <-> 'd'" }, "'b':1B 'c':2B 'd':3B"],
  ])('%s', (_name, fields, expected) => {
    const document = { id: 'x#0', entities: '', heading: '', title: '', ...fields };
    expect(passageVector(document)).toBe(expected);
  });
});

describe('queryLexemes: what reaches PostgreSQL of a query', () => {
  it.each<[string, { word: string; boost?: number }[], { lexeme: string; boost: number }[]]>([
    ['stems each word', [{ word: 'negotiators', boost: 2 }], [{ lexeme: 'negoti', boost: 2 }]],
    [
      'adds up a repeated stem',
      [
        { word: 'talks', boost: 1 },
        { word: 'talk', boost: 0.5 },
      ],
      [{ lexeme: 'talk', boost: 1.5 }],
    ],
    [
      'splits a term into words',
      [{ word: 'Sergey Lavrov' }],
      [
        { lexeme: 'sergey', boost: 1 },
        { lexeme: 'lavrov', boost: 1 },
      ],
    ],
    [
      'drops query syntax',
      [{ word: "a:* & !b | 'c' <-> (d)" }],
      ['a', 'b', 'c', 'd'].map((lexeme) => ({ lexeme, boost: 1 })),
    ],
    ['gives nothing for no words', [{ word: "'; -- \\\\" }], []],
  ])('%s', (_name, terms, expected) => {
    expect(queryLexemes(terms)).toEqual(expected);
  });

  it.each([
    ['talk', true],
    ['gdansk', true],
    ['2025', true],
    ["it's", false],
    ['a:*', false],
    ['', false],
    ['x'.repeat(201), false],
  ])('isSafeLexeme(%j) is %s', (word, safe) => {
    expect(isSafeLexeme(word)).toBe(safe);
  });

  it('weighs fields as lunr boosts them, over the largest (ts_rank weights are at most 1)', () => {
    expect(rankWeights().map((w) => Math.round(w * 1000) / 1000)).toEqual([0.133, 0.2, 0.667, 1]);
  });
});
