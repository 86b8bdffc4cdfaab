import { describe, expect, it } from 'vitest';
import { expandChatForms } from '../../src/nlp/chat-forms.js';
import { analyseQuestion } from '../../src/nlp/question.js';

describe('chat spellings and addresses', () => {
  it.each([
    ['whats up w/ the 50 day deadline', 'what is up with the 50 day deadline'],
    ['wat did peskov say abt it', 'what did peskov say about it'],
    // a message that opens by addressing someone: the address is not part of the question
    ['@Reader who is Russia’s foreign minister?', 'who is Russia’s foreign minister?'],
    ['@Reader, @Ana: whats the deadline', 'what is the deadline'],
    ['<@1400000000000000001> who is the envoy', 'who is the envoy'],
    ['<@!1400000000000000001> — who is the envoy', 'who is the envoy'],
    // a handle inside the question is what it asks about
    ['what did @ZelenskyyUa post on x', 'what did @ZelenskyyUa post on x'],
    ['who is the envoy @Reader', 'who is the envoy @Reader'],
  ])('%s → %s', (typed, meant) => {
    expect(expandChatForms(typed)).toBe(meant);
  });

  it('a question addressed to someone is analysed as the same question without the address', () => {
    const plain = analyseQuestion('who is Russia’s foreign minister?');
    const addressed = analyseQuestion('@Reader who is Russia’s foreign minister?');
    expect(addressed.type).toBe('who');
    expect(addressed.terms.map((t) => t.stem)).toEqual(plain.terms.map((t) => t.stem));
  });
});
