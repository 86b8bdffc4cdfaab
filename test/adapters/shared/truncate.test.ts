import { describe, expect, it } from 'vitest';
import { joinLinesWithin, truncate } from '../../../adapters/shared/truncate.js';

describe('truncate', () => {
  it.each([
    ['short text is left alone', 'Short.', 10, 'Short.'],
    ['exactly the limit is left alone', 'exactly ten', 11, 'exactly ten'],
    [
      'cuts at the last sentence that fits',
      'The talks began in Istanbul. Delegations met for two hours. Nothing was agreed.',
      65,
      'The talks began in Istanbul. Delegations met for two hours. …',
    ],
    [
      'falls back to a word boundary',
      'Delegations from both countries met for two hours in the palace',
      30,
      'Delegations from both…',
    ],
    [
      'does not take "U.S." for a sentence end',
      'U.S. officials said the talks would resume soon after the summit ended.',
      40,
      'U.S. officials said the talks would…',
    ],
    [
      'does not take "Mr." for a sentence end',
      'Mr. Witkoff flew to Moscow. He met Putin there for three hours.',
      45,
      'Mr. Witkoff flew to Moscow. …',
    ],
    [
      'keeps a closing quotation mark with its sentence',
      'Putin said: “The war must end.” Zelensky disagreed strongly with him.',
      50,
      'Putin said: “The war must end.” …',
    ],
    ['drops a dangling comma', 'Kyiv, Moscow, Washington, Ankara, Brussels', 20, 'Kyiv, Moscow…'],
    [
      'cuts a single word longer than the limit (nothing else is possible)',
      `https://example.com/${'a'.repeat(100)}`,
      30,
      'https://example.com/aaaaaaaaa…',
    ],
  ])('%s', (_name, text, max, expected) => {
    expect(truncate(text, max)).toBe(expected);
  });

  it('never exceeds the limit and never cuts inside a word', () => {
    const text =
      'Ukraine and Russia exchanged prisoners on Friday. Officials in Kyiv said 390 people came home, the largest exchange since 2022; Moscow confirmed the figure. Talks may resume in June.';
    // from 9: below that even the first word ("Ukraine" and an ellipsis) does not fit
    for (let max = 9; max <= text.length; max++) {
      const result = truncate(text, max);
      expect(result.length).toBeLessThanOrEqual(max);
      if (result === text) continue;
      const kept = result.replace(/\s?…$/, '');
      expect(text.startsWith(kept)).toBe(true);
      // the kept part ends where a word ends
      expect(text.charAt(kept.length)).toMatch(/^[\s,;.]?$/);
    }
  });

  it('does not split a surrogate pair in a forced cut', () => {
    expect(truncate('🇺🇦🇺🇦🇺🇦🇺🇦', 4)).toBe('🇺…');
  });
});

describe('joinLinesWithin', () => {
  it.each([
    ['all lines fit', ['alpha', 'beta'], 25, 'alpha\nbeta'],
    [
      'whole lines only, then how many were left out',
      ['alpha', 'beta', 'gamma', 'delta', 'epsilon'],
      25,
      'alpha\nbeta\n…and 3 more',
    ],
    [
      'a first line too long is shortened, still with the note',
      ['x'.repeat(50), 'b'],
      30,
      `${'x'.repeat(17)}…\n…and 1 more`,
    ],
  ])('%s', (_name, lines, max, expected) => {
    const joined = joinLinesWithin(lines, max);
    expect(joined).toBe(expected);
    expect(joined.length).toBeLessThanOrEqual(max);
  });
});
