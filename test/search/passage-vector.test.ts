import { describe, expect, it } from 'vitest';
import { isSafeLexeme, passageVector, rankWeights } from '../../src/search/passage-vector.js';
import { essentialLexemes, queryLexemes } from '../../src/search/postgres-search.js';

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

describe('essentialLexemes: which words of a query find the passages PostgreSQL scores', () => {
  const lexeme = (name: string, df: number, weight: number) => ({ lexeme: name, df, weight });
  it.each<[string, ReturnType<typeof lexeme>[], number, number, { lexemes: string[]; cap: number | null }]>([
    [
      'every word, when together they occur in no more passages than the budget',
      [lexeme('lavrov', 40, 9), lexeme('talk', 900, 2), lexeme('minist', 60, 6)],
      1000,
      100_000,
      { lexemes: ['lavrov', 'talk', 'minist'], cap: null },
    ],
    [
      'every word, when the archive itself is no larger than the budget',
      [lexeme('talk', 900, 2), lexeme('negoti', 800, 2)],
      1000,
      1000,
      { lexemes: ['talk', 'negoti'], cap: null },
    ],
    [
      'the heaviest words that fit; a common one only adds to their scores',
      [lexeme('talk', 50_000, 1.7), lexeme('krouzir', 1000, 25), lexeme('penalti', 700, 24)],
      2500,
      100_000,
      { lexemes: ['krouzir', 'penalti'], cap: null },
    ],
    [
      'skips a heavy word that does not fit and keeps a lighter one that does',
      [lexeme('ceasefir', 3000, 12), lexeme('truce', 400, 3), lexeme('demand', 900, 8)],
      2000,
      100_000,
      { lexemes: ['demand', 'truce'], cap: null },
    ],
    [
      'a question of common words only: the rarest alone, the scan capped at the budget',
      [lexeme('talk', 50_000, 1.7), lexeme('negoti', 47_000, 1.5)],
      2500,
      100_000,
      { lexemes: ['negoti'], cap: 2500 },
    ],
  ])('%s', (_name, lexemes, budget, passages, expected) => {
    expect(essentialLexemes(lexemes, budget, passages)).toEqual(expected);
  });
});
