import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/answer.js';
import { resolveYearless } from '../../src/timeline/yearless.js';

const event = (date: string, endDate?: string): TimelineEvent => ({
  date,
  ...(endDate ? { endDate } : {}),
  precision: date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day',
  text: `event ${date}`,
  articleId: 'a',
  passage: `passage ${date}`,
});

// invented dates spread over three years, the last in August 2025
const events = [
  event('2014', '2015'),
  event('2023-04-02'),
  event('2024-04'),
  event('2024-12-30', '2025-01-05'),
  event('2025'),
  event('2025-06-10'),
  event('2025-08-07'),
];

describe('a month or day without a year is the latest such the events are dated in', () => {
  it.each<[string, string | undefined, RegExp | undefined]>([
    ['--04', '2024-04', /April is taken as April 2024, the latest April with events/],
    ['--06', '2025-06', /June 2025/],
    ['--01', '2025-01', /January 2025/], // a range's end counts
    ['--12', '2024-12', /December 2024/],
    ['--04-02', '2023-04-02', /2 April is taken as 2 April 2023/],
    // no event in that month: the latest one not after the last event ("2025" alone is not a May event)
    ['--05', '2025-05', /the latest May before the articles’ last event/],
    ['--09', '2024-09', /September 2024/],
    ['--08-20', '2024-08-20', /20 August 2024/],
    // bounds with their year are left alone
    ['2025-04', undefined, undefined],
    ['2025', undefined, undefined],
  ])('%s → %s', (bound, iso, note) => {
    const resolved = resolveYearless(bound, events);
    expect(resolved?.iso).toBe(iso);
    if (note) expect(resolved?.note).toMatch(note);
  });

  it('has no year to take when there are no events', () => {
    expect(resolveYearless('--04', [])).toBeUndefined();
  });
});
