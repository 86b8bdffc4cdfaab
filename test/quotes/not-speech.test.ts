import { describe, expect, it } from 'vitest';
import { notSpeech } from '../../src/quotes/not-speech.js';
import { pairQuotes } from '../../src/quotes/pair-quotes.js';

describe('notSpeech', () => {
  it.each([
    ['a name', 'Zelenskyy unveiled the “Victory Plan” in October 2024.', ['name']],
    ['a scare quote', 'talks on a potential “reassurance force” proposed by Macron.', ['scare-quote']],
    [
      'a list of quoted keywords',
      'Keywords like “Putin Zelenskyy ceasefire,” “Russia Ukraine talks,” and “Ukraine peace negotiations” underscore it.',
      ['keyword-list', 'keyword-list', 'keyword-list'],
    ],
    [
      'a term someone used, in a naming frame',
      'he referred to the government as a “Nazi regime,” claiming so.',
      [undefined],
    ],
    [
      'a partial quote after a copula',
      'An official noted this week is ‘critically important’ for a truce.',
      [undefined],
    ],
    ['a full quote', '“The dynamics of the negotiations must improve,” Zelenskyy said.', [undefined]],
    [
      'a quote split around its attribution',
      '“Fifty days, it used to be 24 hours,” Lavrov said, “It also used to be 100 days.”',
      [undefined, undefined],
    ],
    ['two quoted words', 'Peskov called the talks “useful” and “frank.”', [undefined, undefined]],
    [
      'two quoted search terms',
      'Searches for terms like “ceasefire now” and “peace deal” rose.',
      ['keyword-list', 'keyword-list'],
    ],
    ['a Title Case exclamation', 'The crowd shouted “Stop The War!” outside.', [undefined]],
    ['a one-word partial quote', 'if there is no visible progress within “days.”', [undefined]],
  ])('%s', (_, text, expected) => {
    const spans = pairQuotes(text);
    expect(spans.map((span) => notSpeech(text, span, spans))).toEqual(expected);
  });
});
