import type { TimelineEvent } from '../answer.js';
import { dayBounds } from '../nlp/dates/index.js';

/**
 * Timeline order. Events sort by the first day they can stand for, so a month sorts at its 1st and
 * "2025-04" comes before "2025-04-21"; a qualifier moves that day (early = 1st, mid = 11th, late =
 * 21st of a month; January, May, September of a year). At an equal start the coarser date comes
 * first (a year before its months, a month before its days), then the longer range; after that the
 * order is the order events were extracted in (publication date, article, position), which
 * Array.prototype.sort keeps because it is stable.
 */

type Dated = Pick<TimelineEvent, 'date' | 'endDate' | 'precision' | 'qualifier'>;

const PRECISION_RANK = { year: 0, month: 1, day: 2 } as const;
const MONTH_QUALIFIER_DAY: Record<string, string> = { early: '01', mid: '11', late: '21' };
const YEAR_QUALIFIER_MONTH: Record<string, string> = { early: '01', mid: '05', late: '09' };

/** First and last day an event's date (or range) covers. */
export function eventInterval(event: Pick<TimelineEvent, 'date' | 'endDate'>): [string, string] {
  return [dayBounds(event.date)[0], dayBounds(event.endDate ?? event.date)[1]];
}

function sortStart(event: Dated): string {
  const [start] = eventInterval(event);
  if (!event.qualifier) return start;
  if (event.precision === 'month') return `${event.date}-${MONTH_QUALIFIER_DAY[event.qualifier] ?? '01'}`;
  if (event.precision === 'year') return `${event.date}-${YEAR_QUALIFIER_MONTH[event.qualifier] ?? '01'}-01`;
  return start;
}

export function compareEvents(a: Dated, b: Dated): number {
  return (
    sortStart(a).localeCompare(sortStart(b)) ||
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision] ||
    eventInterval(b)[1].localeCompare(eventInterval(a)[1])
  );
}

export function sortEvents<T extends Dated>(events: T[]): T[] {
  return [...events].sort(compareEvents);
}
