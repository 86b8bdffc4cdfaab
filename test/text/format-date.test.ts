import { describe, expect, it } from 'vitest';
import { cleanInput, formatIsoDate } from '../../src/index.js';

describe('formatIsoDate', () => {
  it.each<[string | null, 'long' | 'short', string]>([
    ['2025-04-22', 'long', '22 April 2025'],
    ['2025-04-22', 'short', '22 Apr 2025'],
    ['2025-09', 'long', 'September 2025'],
    ['2025-09', 'short', 'Sep 2025'],
    ['1994', 'long', '1994'],
    ['--04', 'long', 'April'],
    ['--04-21', 'short', '21 Apr'],
    ['--13', 'long', '--13'],
    ['2025-13', 'long', '2025'],
    ['not a date', 'long', 'not a date'],
    [null, 'long', ''],
  ])('%s (%s) → %s', (iso, style, expected) => {
    expect(formatIsoDate(iso, style)).toBe(expected);
  });
});

describe('cleanInput', () => {
  it.each<[string, string]>([
    ['  spaced \t out\n', 'spaced out'],
    ['\u0000\u0007bell', 'bell'],
    ['\u202eright-to-left', 'right-to-left'],
    ['zero\u200bwidth', 'zerowidth'],
    ['Café', 'Café'],
    ['🕊️ peace', '🕊️ peace'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanInput(raw)).toBe(clean);
  });
});
