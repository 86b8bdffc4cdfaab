import { describe, expect, it } from 'vitest';
import { pairQuotes } from '../../src/quotes/pair-quotes.js';

describe('pairQuotes', () => {
  it.each([
    ['curly double quotes', 'He said “we will go” today.', ['we will go']],
    ['straight double quotes', 'He said "we will go" today.', ['we will go']],
    [
      'single curly quotes as quotation marks',
      'about possibly ‘moving on’ if progress stalls',
      ['moving on'],
    ],
    [
      'a whole sentence in single quotes',
      'stating, ‘We need to sort this out.’',
      ['We need to sort this out.'],
    ],
    ['apostrophes are not quotes', 'Russia’s view: don’t worry, it’s fine, the allies’ plan stands.', []],
    ['apostrophes inside a quote', '“Russia’s army won’t stop,” he said.', ['Russia’s army won’t stop,']],
    ['apostrophes around a single-quoted phrase', 'Kyiv’s ‘red lines’ aren’t moving.', ['red lines']],
    [
      'a quote spanning sentences',
      '“It also used to be 100 days. We’ve been through all of this.”',
      ['It also used to be 100 days. We’ve been through all of this.'],
    ],
    [
      'a quote split around its attribution',
      '“Fifty days, it used to be 24 hours,” Lavrov said, “It also used to be 100 days.”',
      ['Fifty days, it used to be 24 hours,', 'It also used to be 100 days.'],
    ],
    [
      'a mismatched closing mark',
      'Kyiv will work for “a real and lasting peace.“ Then',
      ['a real and lasting peace.'],
    ],
    [
      'single quotes inside double quotes',
      '“He called it ‘theatre’,” she said.',
      ['He called it ‘theatre’,'],
    ],
    ['a quote that runs on to the end', 'He said: “We will not stop', ['We will not stop']],
    ['an opening single mark that never closes', 'the ‘90s were different', []],
  ])('%s', (_, text, expected) => {
    expect(pairQuotes(text).map((span) => text.slice(span.start, span.end))).toEqual(expected);
  });

  it('gives the offsets of the marks and whether the quote closed', () => {
    const text = 'a “b” and “c';
    expect(pairQuotes(text)).toEqual([
      { open: 2, close: 4, start: 3, end: 4, marks: 'double', closed: true },
      { open: 10, close: 12, start: 11, end: 12, marks: 'double', closed: false },
    ]);
  });
});
