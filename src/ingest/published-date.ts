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

/** A real day of the calendar: 2024-02-29 is, 2025-02-30 is not. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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
