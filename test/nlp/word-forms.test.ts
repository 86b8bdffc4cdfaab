import { describe, expect, it } from 'vitest';
import { stem } from '../../src/nlp/stems.js';
import { derivedStems, otherSpellings } from '../../src/nlp/word-forms.js';

describe('otherSpellings: British and American spellings by their regular endings', () => {
  it.each<[string, string[]]>([
    ['recognise', ['recognize']],
    ['emphasized', ['emphasised']],
    ['organisation', ['organization']],
    ['analyse', ['analyze']],
    ['neighbour', ['neighbor']],
    ['neighbor', ['neighbour']],
    ['theatre', ['theater']],
    ['defence', ['defense']],
    ['dialogue', ['dialog']],
    ['travelled', ['traveled']],
    ['cancelling', ['canceling']],
    ['centres', ['centers']],
    ['offenses', ['offences']],
    ['catalogues', ['catalogs']],
    ['analyzing', ['analysing']],
    ['behaviours', ['behaviors']],
    ['organizations', ['organisations']],
    // no ending any correspondence rewrites
    ['talks', []],
    ['ceasefire', []],
    // short words whose endings only look alike
    ['filled', []],
    ['four', []],
    ['hour', []],
    ['rise', []],
    ['water', []],
  ])('%s → %j', (word, expected) => {
    expect(otherSpellings(word)).toEqual(expected);
  });
});

describe('derivedStems: the articles’ stems one derivational suffix away', () => {
  // an invented vocabulary, as stems with their document frequencies
  const vocabulary = Object.fromEntries(
    ['threaten', 'recognit', 'agreement', 'failur', 'state', 'secur', 'securiti'].map((s) => [s, 1]),
  );
  it.each<[string, string[]]>([
    [stem('threat'), ['threaten']],
    [stem('threatens'), []], // the vocabulary's own stem is not its own relative
    [stem('recognize'), ['recognit']],
    [stem('secure'), ['securiti']],
    [stem('statement'), ['state']],
    // a stem shorter than five letters is too often a word of its own ("form" / "former", "fact" / "factor"),
    // so "agre" ↔ "agreement" and "fail" ↔ "failur" are left to WordNet's own derivations
    [stem('agree'), []],
    [stem('fail'), []],
  ])('%s → %j', (of, expected) => {
    expect(derivedStems(vocabulary, of)).toEqual(expected);
  });
});
