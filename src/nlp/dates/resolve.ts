import {
  addDays,
  dayOf,
  daysBetween,
  daysInMonth,
  isoDay,
  isoMonth,
  isValidDay,
  makeDay,
  mondayOf,
  orthodoxEaster,
  shiftMonth,
  weekdayOf,
  westernEaster,
} from './calendar.js';
import type { Holiday, MentionValue } from './mentions.js';
import type { DateValue } from './types.js';

/**
 * Which way to look from the publication date when the text leaves it open ("on Sunday", "in early
 * June", "Easter"): `past` → the latest on or before publication, `future` → the earliest on or
 * after, `nearest` → whichever is closer (ties go to the past: news mostly reports).
 */
export type Direction = 'past' | 'future' | 'nearest';

/** Places a mention on the calendar. `published` is the article's YYYY-MM-DD date. */
export function resolveMention(
  value: MentionValue,
  published: string,
  direction: Direction,
): DateValue | undefined {
  const pub = dayOf(published);
  const year = pub.getUTCFullYear();
  const month = pub.getUTCMonth() + 1;
  switch (value.kind) {
    case 'day': {
      const years = value.year ? [value.year] : [year - 1, year, year + 1];
      const candidates = years
        .filter((y) => isValidDay(y, value.month, value.day))
        .map((y) => makeDay(y, value.month, value.day));
      const chosen = value.year ? candidates[0] : pick(candidates, pub, direction);
      if (!chosen) return undefined;
      const y = chosen.getUTCFullYear();
      return value.endDay && isValidDay(y, value.month, value.endDay)
        ? rangeValue(chosen, makeDay(y, value.month, value.endDay))
        : dayValue(chosen);
    }
    case 'month': {
      if (value.year) return monthValue(value.year, value.month, value.qualifier);
      if (value.yearShift !== undefined)
        return monthValue(year + value.yearShift, value.month, value.qualifier);
      if (value.shift !== undefined) {
        // "last June" is the June before this one; "this June" the one in the publication year
        const y =
          value.shift === 0
            ? year
            : value.shift < 0
              ? value.month < month
                ? year
                : year - 1
              : value.month > month
                ? year
                : year + 1;
        return monthValue(y, value.month, value.qualifier);
      }
      // a month "is" past once it has begun, and still future until it has ended
      const y = pickMonthYear(value.month, year, month, direction);
      return monthValue(y, value.month, value.qualifier);
    }
    case 'year':
      return {
        date: String(value.year),
        ...(value.endYear ? { endDate: String(value.endYear) } : {}),
        precision: 'year',
        ...(value.qualifier ? { qualifier: value.qualifier } : {}),
      };
    case 'season':
      return seasonValue(value.season, value.year);
    case 'weekday':
      return dayValue(resolveWeekday(value.weekday, value.shift, pub, direction));
    case 'day-of-month': {
      const candidates = ([-1, 0, 1] as const)
        .map((shift) => shiftMonth(year, month, shift))
        .filter(([y, m]) => isValidDay(y, m, value.day))
        .map(([y, m]) => makeDay(y, m, value.day));
      const chosen = pick(candidates, pub, direction);
      return chosen ? dayValue(chosen) : undefined;
    }
    case 'day-offset':
      return dayValue(addDays(pub, value.days));
    case 'week':
      return resolveWeek(value.which, pub, direction);
    case 'relative-month': {
      const [y, m] = shiftMonth(year, month, value.shift);
      return monthValue(y, m);
    }
    case 'relative-year':
      return { date: String(year + value.shift), precision: 'year' };
    case 'ago':
      return resolveAgo(value.amount, value.unit, pub);
    case 'holiday': {
      if (value.year) return dayValue(holidayDate(value.holiday, value.year));
      const chosen = pick(
        [year - 1, year, year + 1].map((y) => holidayDate(value.holiday, y)),
        pub,
        direction,
      );
      return chosen ? dayValue(chosen) : undefined;
    }
  }
}

function dayValue(date: Date): DateValue {
  return { date: isoDay(date), precision: 'day' };
}

function rangeValue(from: Date, to: Date): DateValue {
  if (daysBetween(from, to) <= 0) return dayValue(from);
  return { date: isoDay(from), endDate: isoDay(to), precision: 'day' };
}

function monthValue(year: number, month: number, qualifier?: DateValue['qualifier']): DateValue {
  return { date: isoMonth(year, month), precision: 'month', ...(qualifier ? { qualifier } : {}) };
}

function pick(candidates: Date[], pub: Date, direction: Direction): Date | undefined {
  const offsets = candidates.map((date) => ({ date, offset: daysBetween(pub, date) }));
  if (direction === 'past')
    return offsets.filter((c) => c.offset <= 0).sort((a, b) => b.offset - a.offset)[0]?.date;
  if (direction === 'future')
    return offsets.filter((c) => c.offset >= 0).sort((a, b) => a.offset - b.offset)[0]?.date;
  return offsets.sort((a, b) => Math.abs(a.offset) - Math.abs(b.offset) || a.offset - b.offset)[0]?.date;
}

function pickMonthYear(target: number, year: number, month: number, direction: Direction): number {
  // a month counts as past once it has begun and as future until it has ended, so the current month fits both
  const offsets = [year - 1, year, year + 1].map((y) => ({ y, offset: (y - year) * 12 + target - month }));
  const chosen =
    direction === 'past'
      ? offsets.filter((c) => c.offset <= 0).sort((a, b) => b.offset - a.offset)[0]
      : direction === 'future'
        ? offsets.filter((c) => c.offset >= 0).sort((a, b) => a.offset - b.offset)[0]
        : offsets.sort((a, b) => Math.abs(a.offset) - Math.abs(b.offset) || a.offset - b.offset)[0];
  return chosen?.y ?? year;
}

function resolveWeekday(
  weekday: number,
  shift: -1 | 0 | 1 | undefined,
  pub: Date,
  direction: Direction,
): Date {
  const back = (weekdayOf(pub) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(pub) + 7) % 7;
  // "last Friday" and "next Friday" never mean the publication day itself
  if (shift === -1) return addDays(pub, -(back || 7));
  if (shift === 1) return addDays(pub, ahead || 7);
  if (shift === 0) return addDays(mondayOf(pub), weekday);
  if (direction === 'past') return addDays(pub, -back);
  if (direction === 'future') return addDays(pub, ahead);
  return ahead < back ? addDays(pub, ahead) : addDays(pub, -back);
}

function resolveWeek(which: string, pub: Date, direction: Direction): DateValue {
  const monday = mondayOf(pub);
  const sunday = addDays(monday, 6);
  switch (which) {
    case 'last':
      return rangeValue(addDays(monday, -7), addDays(monday, -1));
    case 'next':
      return rangeValue(addDays(monday, 7), addDays(monday, 13));
    case 'earlier-this':
      return rangeValue(monday, daysBetween(monday, pub) > 0 ? addDays(pub, -1) : pub);
    case 'later-this':
      return rangeValue(daysBetween(pub, sunday) > 0 ? addDays(pub, 1) : pub, sunday);
    case 'coming':
      return rangeValue(addDays(pub, 1), addDays(pub, 7));
    case 'last-weekend':
      return rangeValue(addDays(monday, -2), addDays(monday, -1));
    case 'this-weekend':
      return rangeValue(addDays(monday, 5), sunday);
    case 'next-weekend':
      return rangeValue(addDays(monday, 12), addDays(monday, 13));
    case 'recent-weekend':
      return weekdayOf(pub) >= 5
        ? rangeValue(addDays(monday, 5), pub)
        : rangeValue(addDays(monday, -2), addDays(monday, -1));
    default:
      // "this week": the part of the week the tense points at
      if (direction === 'past') return rangeValue(monday, pub);
      if (direction === 'future') return rangeValue(pub, sunday);
      return rangeValue(monday, sunday);
  }
}

function resolveAgo(amount: number, unit: 'day' | 'week' | 'month' | 'year', pub: Date): DateValue {
  if (unit === 'day') return dayValue(addDays(pub, -amount));
  if (unit === 'week') {
    const monday = mondayOf(addDays(pub, -7 * amount));
    return rangeValue(monday, addDays(monday, 6));
  }
  if (unit === 'month') {
    const [y, m] = shiftMonth(pub.getUTCFullYear(), pub.getUTCMonth() + 1, -amount);
    return monthValue(y, m);
  }
  return { date: String(pub.getUTCFullYear() - amount), precision: 'year' };
}

function seasonValue(season: string, year: number): DateValue {
  // meteorological seasons, northern hemisphere; winter runs December to February
  const [from, to] =
    season === 'spring' ? [3, 5] : season === 'summer' ? [6, 8] : season === 'autumn' ? [9, 11] : [12, 2];
  const endYear = season === 'winter' ? year + 1 : year;
  return { date: isoMonth(year, from), endDate: isoMonth(endYear, to), precision: 'month' };
}

function holidayDate(holiday: Holiday, year: number): Date {
  switch (holiday) {
    case 'easter':
      return westernEaster(year);
    case 'orthodox-easter':
      return orthodoxEaster(year);
    case 'christmas':
      return makeDay(year, 12, 25);
    case 'christmas-eve':
      return makeDay(year, 12, 24);
    case 'new-year':
      return makeDay(year, 1, 1);
    case 'new-year-eve':
      return makeDay(year, 12, 31);
  }
}

/** First and last day an ISO date (at any precision) covers: "2024" → 2024-01-01…2024-12-31. */
export function dayBounds(date: string): readonly [string, string] {
  let bounds = boundsOf.get(date);
  if (!bounds) {
    bounds = workOutBounds(date);
    // dates a user asks for go through here too: a bound on the memo keeps it from growing without end
    if (boundsOf.size >= 10_000) boundsOf.clear();
    boundsOf.set(date, bounds);
  }
  return bounds;
}

// the event merge and the timeline's sort ask for the same few hundred dates' bounds at every comparison
const boundsOf = new Map<string, readonly [string, string]>();

function workOutBounds(date: string): readonly [string, string] {
  const [y, m, d] = date.split('-').map(Number);
  if (d !== undefined) return [date, date];
  if (m !== undefined) return [`${date}-01`, `${date}-${String(daysInMonth(y!, m)).padStart(2, '0')}`];
  return [`${date}-01-01`, `${date}-12-31`];
}
