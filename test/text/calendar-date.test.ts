import { describe, expect, it } from 'vitest';
import { isCalendarDay } from '../../src/text/calendar-date.js';

describe('isCalendarDay: only days that exist', () => {
  it.each<[string, boolean]>([
    ['2025-02-28', true],
    ['2025-02-29', false], // 2025 is not a leap year
    ['2025-02-30', false], // Date.parse reads it as 2 March
    ['2024-02-29', true], // leap year
    ['1900-02-29', false], // divisible by 100, not by 400
    ['2000-02-29', true], // divisible by 400
    ['2025-04-30', true],
    ['2025-04-31', false],
    ['2025-12-31', true],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-1-5', false],
    ['2025-01-05T00:00:00Z', false],
    ['20250105', false],
    ['', false],
  ])('%s → %s', (value, expected) => {
    expect(isCalendarDay(value)).toBe(expected);
  });
});
