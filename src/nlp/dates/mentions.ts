import type { DateQualifier } from './types.js';

/**
 * What a temporal phrase says, before it is placed on the calendar. Fields left out (a year, a
 * direction) are filled in from the publication date and the sentence's tense by `resolve.ts`.
 */
export type MentionValue =
  | { kind: 'day'; month: number; day: number; endDay?: number | undefined; year?: number | undefined }
  | {
      kind: 'month';
      month: number;
      year?: number | undefined;
      qualifier?: DateQualifier | undefined;
      shift?: Shift;
      /** "May of last year": the month in the year before (-1), of (0) or after (+1) publication */
      yearShift?: Shift;
    }
  | { kind: 'year'; year: number; endYear?: number | undefined; qualifier?: DateQualifier | undefined }
  | { kind: 'season'; season: Season; year: number }
  | { kind: 'weekday'; weekday: number; shift?: Shift }
  // yesterday = -1, tomorrow = +1, last night = -1
  | { kind: 'day-offset'; days: number }
  // "on the 3rd": a day of the publication month, or of the month before or after, as the tense says
  | { kind: 'day-of-month'; day: number }
  | { kind: 'week'; which: WeekWhich }
  | { kind: 'relative-month'; shift: Shift; part?: 'earlier' | 'later' }
  | { kind: 'relative-year'; shift: Shift; part?: 'earlier' | 'later' }
  | { kind: 'ago'; amount: number; unit: 'day' | 'week' | 'month' | 'year' }
  | { kind: 'holiday'; holiday: Holiday; year?: number | undefined };

/** -1 last, 0 this, +1 next */
export type Shift = -1 | 0 | 1;
export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type Holiday =
  | 'easter'
  | 'orthodox-easter'
  | 'christmas'
  | 'christmas-eve'
  | 'new-year'
  | 'new-year-eve';
export type WeekWhich =
  | 'last'
  | 'this'
  | 'next'
  | 'earlier-this'
  | 'later-this'
  | 'coming'
  | 'last-weekend'
  | 'this-weekend'
  | 'next-weekend'
  // "over the weekend": the latest Saturday–Sunday up to publication
  | 'recent-weekend';

export interface Mention {
  value: MentionValue;
  start: number;
  end: number;
  /** explicit dates beat relative ones beside them: "last night (April 21)" */
  relative: boolean;
}
