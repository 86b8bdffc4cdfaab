import type { TimelineEvent } from '../answer.js';
import { formatIsoDate } from '../nlp/dates/format-date.js';

const YEARLESS = /^--(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;

export interface ResolvedBound {
  /** the bound with its year: 2025-04 */
  iso: string;
  /** how the reply says it was read: "April is taken as April 2025, the latest April with events in the articles." */
  note: string;
}

/**
 * A bound without a year (`--04` for "April", `--04-21` for "April 21", ISO 8601's forms) means the latest
 * such month or day that the articles' events are dated in — a reader asking about "April" means the April
 * the news is about — or, when no event is dated in one, the latest that is not after the last event.
 * Only dates at least as precise as the bound count: an event dated just "2025" is not an April event.
 * Undefined for a bound that has its year, or when there are no events to take one from.
 */
export function resolveYearless(bound: string, events: TimelineEvent[]): ResolvedBound | undefined {
  if (!YEARLESS.test(bound)) return undefined;
  const suffix = bound.slice(1); // "-04" or "-04-21"
  const dates = events.flatMap((event) => (event.endDate ? [event.date, event.endDate] : [event.date]));
  if (dates.length === 0) return undefined;
  const matching = dates
    .filter((date) => date.slice(4, 4 + suffix.length) === suffix)
    .map((date) => Number(date.slice(0, 4)));
  const last = dates.reduce((latest, date) => (date > latest ? date : latest));
  let year = Math.max(...matching, Number.NEGATIVE_INFINITY);
  if (!Number.isFinite(year)) {
    year = Number(last.slice(0, 4));
    if (`${year}${suffix}` > last) year -= 1;
  }
  const label = formatIsoDate(bound);
  const which =
    matching.length > 0
      ? `the latest ${label} with events in the articles`
      : `the latest ${label} before the articles’ last event`;
  return {
    iso: `${year}${suffix}`,
    note: `${label} is taken as ${formatIsoDate(`${year}${suffix}`)}, ${which}.`,
  };
}
