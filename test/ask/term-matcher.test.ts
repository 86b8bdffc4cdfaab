import { describe, expect, it } from 'vitest';
import { termMatcher } from '../../src/ask/rank-sentences.js';
import type { WeightedTerm } from '../../src/ask/term-weights.js';

/** A question term as the ranking sees it: its stem, alternatives and WordNet relations with their credit. */
const term = (stem: string, alternatives: string[] = [], related: [string, number][] = []): WeightedTerm => ({
  word: stem,
  stem,
  alternatives,
  related: related.map(([s, weight]) => ({ stem: s, weight })),
  answerKind: false,
  weight: 1,
  df: 1,
  required: false,
});

const TERMS = [
  term('envoi', ['emissari'], [['deleg', 0.64]]),
  term('ukrain', ['kyiv']),
  term(
    'postpon',
    [],
    [
      ['delai', 0.48],
      ['defer', 0.64],
    ],
  ),
];

describe('termMatcher', () => {
  // [the sentence's stems, the credit each question term earns, in the question's order]
  it.each<[string[], [string, number][]]>([
    [
      ['envoi', 'arriv', 'kyiv'],
      [
        ['envoi', 1],
        ['ukrain', 1],
      ],
    ],
    [['emissari', 'deleg'], [['envoi', 1]]],
    [['deleg', 'talk'], [['envoi', 0.64]]],
    // the best of several relations, and a relation never outweighs the word itself
    [['delai', 'defer', 'meet'], [['postpon', 0.64]]],
    [['postpon', 'defer'], [['postpon', 1]]],
    [['talk', 'meet'], []],
    [[], []],
  ])('%j → %j', (stems, expected) => {
    const matched = termMatcher(TERMS)({ stems, holds: [], weak: false });
    expect([...matched]).toEqual(expected);
  });

  it('reads each sentence afresh: nothing carries over from the sentence before', () => {
    const match = termMatcher(TERMS);
    expect([...match({ stems: ['envoi', 'defer'], holds: [], weak: false })]).toEqual([
      ['envoi', 1],
      ['postpon', 0.64],
    ]);
    expect([...match({ stems: ['kyiv'], holds: [], weak: false })]).toEqual([['ukrain', 1]]);
  });
});
