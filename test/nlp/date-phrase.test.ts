import { describe, expect, it } from 'vitest';
import { readDateBound } from '../../src/nlp/dates/date-phrase.js';

describe('a /timeline bound as people type it', () => {
  it.each<[string, string | undefined]>([
    // ISO forms pass as they are
    ['2025', '2025'],
    ['2025-04', '2025-04'],
    ['2025-04-21', '2025-04-21'],
    ['--04', '--04'],
    // a month or day with its year
    ['April 2025', '2025-04'],
    ['april, 2025', '2025-04'],
    ['apr 2025', '2025-04'],
    ['21 April 2025', '2025-04-21'],
    ['April 21, 2025', '2025-04-21'],
    ['early June 2025', '2025-06'],
    // without a year: ISO 8601's yearless form, for the timeline to find the year
    ['april', '--04'],
    ['June', '--06'],
    ['sept', '--09'],
    ['April 21', '--04-21'],
    ['the 23rd of April', '--04-23'],
    // not one date
    ['2025-13', undefined],
    ['2025-04-32', undefined],
    ['mayhem', undefined],
    ['last week', undefined],
    ['April 40', undefined],
    ['', undefined],
  ])('%j → %s', (text, bound) => {
    expect(readDateBound(text)).toBe(bound);
  });
});
