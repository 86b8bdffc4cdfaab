import { describe, expect, it } from 'vitest';
import { inflect, REPORTING_VERB_LEMMAS } from '../../src/nlp/reporting-verbs.js';
import { INVERTED_VERBS, SPEECH_VERBS } from '../../src/quotes/cues.js';

describe('inflecting a reporting verb', () => {
  it.each<[string, string[]]>([
    ['say:said', ['say', 'says', 'saying', 'said']],
    ['insist', ['insist', 'insists', 'insisting', 'insisted']],
    ['criticise', ['criticise', 'criticises', 'criticising', 'criticised']],
    ['reply', ['reply', 'replies', 'replying', 'replied']],
    ['echo', ['echo', 'echoes', 'echoing', 'echoed']],
    ['slam', ['slam', 'slams', 'slamming', 'slammed']],
    ['refer', ['refer', 'refers', 'referring', 'referred']],
    ['signal', ['signal', 'signals', 'signaling', 'signalled', 'signaled']],
    ['write:wrote:written', ['write', 'writes', 'writing', 'wrote', 'written']],
  ])('%s', (entry, forms) => {
    expect(inflect(entry)).toEqual(expect.arrayContaining(forms));
  });
});

describe('the reporting-verb inventory', () => {
  it.each([
    'praised',
    'echoing',
    'calling',
    'accused',
    'insisted',
    'wrote',
    'replied',
    'dismissed',
    'told',
    'warns',
  ])('knows %s', (verb) => {
    expect(SPEECH_VERBS.has(verb)).toBe(true);
  });

  it.each(['met', 'arrived', 'held', 'visited', 'signed'])('is not fooled by %s', (verb) => {
    expect(SPEECH_VERBS.has(verb)).toBe(false);
  });

  it.each<[string, boolean]>([
    ['said', true],
    ['added', true],
    ['insisted', true],
    ['wrote', true],
    ['says', true],
    ['saying', false],
    ['insist', false],
  ])('"…,” %s X": %s', (verb, inverted) => {
    expect(INVERTED_VERBS.has(verb)).toBe(inverted);
  });

  it('lists each lemma in one class only', () => {
    const lemmas = Object.values(REPORTING_VERB_LEMMAS).flatMap((group) =>
      group.split(/\s+/).map((entry) => entry.split(':')[0]),
    );
    expect(lemmas.filter((lemma, i) => lemmas.indexOf(lemma) !== i)).toEqual([]);
  });
});
