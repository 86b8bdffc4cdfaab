/**
 * Real calendar days only. `Date.parse('2025-02-30')` quietly reads the 30th of February as 2 March, so a
 * front matter date, a date someone typed or a date a page gives is checked against the month's length
 * (leap years included). Used by the loader's front matter schema and by `talksbot add`.
 */

/** Days in a month of the Gregorian calendar (month 1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** A `YYYY-MM-DD` string naming a day that exists: 2024-02-29 is one, 2025-02-30 is not. */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
