import { isCalendarDay } from '../text/calendar-date.js';

// the rule lives in src/text so the loader's front matter schema applies the same one
export { isCalendarDay };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;
const DAY_MS = 86_400_000;

/**
 * The publication day from a date or timestamp as pages write it ("2025-07-20",
 * "2025-07-20T09:30:00+02:00"): the day as the outlet wrote it, not shifted to UTC.
 */
export function isoDayOf(value: string): string | undefined {
  const match = ISO_DAY.exec(value.trim());
  if (!match) return undefined;
  return isCalendarDay(match[0]) ? match[0] : undefined;
}

/**
 * Why a publication date cannot be used, or undefined when it can. A day ahead is allowed because an
 * outlet's date can be tomorrow in its time zone; further ahead is a typo.
 */
export function publishedDateRefusal(value: string, now: Date): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value))
    return `“${value}” is not a date like 2025-07-20: give --published YYYY-MM-DD`;
  if (!isCalendarDay(value))
    return `${value} is not a day of the calendar: check the month and day (--published YYYY-MM-DD)`;
  if (Date.parse(`${value}T00:00:00Z`) - now.getTime() > DAY_MS)
    return `${value} is in the future: give the day the article was published (--published YYYY-MM-DD)`;
  return undefined;
}
