import compromiseAsShipped from 'compromise';
import { describe, expect, it } from 'vitest';
import { nlp, tagged } from '../../src/nlp/compromise.js';

// compromise's ESM entry is a module instance of its own, with compromise's own sweep: the reference
const reference = compromiseAsShipped;
const TAGGING = (reference.world() as { hooks: string[] }).hooks.filter((hook) => hook !== 'chunks');

function tagsOf(doc: ReturnType<typeof nlp>): [string, string[]][][] {
  const docs = (doc as unknown as { docs: { text: string; tags: Set<string> }[][] }).docs;
  return docs.map((terms) => terms.map((t) => [t.text, [...t.tags].sort()]));
}

function referenceTags(text: string): [string, string[]][][] {
  const doc = reference.tokenize(text);
  doc.compute(TAGGING);
  return tagsOf(doc as unknown as ReturnType<typeof nlp>);
}

describe('the faster pattern selection of the post-tagger', () => {
  // invented questions and passages of the kinds the bot reads: the tags must be compromise's own
  it.each([
    'Where will the envoys meet after the summit in Vienna?',
    'what did the general say after the doha meetings',
    'How many prisoners were exchanged on Sunday, and who led the delegation?',
    'whats up w/ the sanctions',
    'The talks, which had been postponed twice, finally began on 3 March in Geneva.',
    '“We will not accept these terms,” said Mira Valdez, the foreign minister. She left early.',
    'Did the alliance agree to send more troops? Officials would not say.',
    'Hi',
    '',
  ])('%j is tagged as compromise tags it', (text) => {
    expect(tagsOf(tagged(text))).toEqual(referenceTags(text));
  });

  it('finds the same chunks and verbs in a full parse', () => {
    const text = 'The delegation had hoped to sign a truce, but the vote was delayed until next week.';
    const ours = nlp(text);
    const theirs = reference(text);
    expect(ours.verbs().out('array')).toEqual(theirs.verbs().out('array'));
    expect(ours.nouns().out('array')).toEqual(theirs.nouns().out('array'));
    expect(tagsOf(ours)).toEqual(tagsOf(theirs as unknown as ReturnType<typeof nlp>));
  });
});
