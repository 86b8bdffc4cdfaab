import type { RawOptions } from '../commands/run-command.js';
import {
  type DatePhrase,
  nextPeriod,
  previousPeriod,
  readDate,
  readRange,
  yearlessIso,
} from '../nlp/dates/date-phrase.js';
import { withoutDeterminer } from './phrasing.js';
import type { Route, Verdict } from './route.js';
import { isClause } from './who-said.js';

/**
 * Requests for the timeline: "timeline", "timeline of the Istanbul talks", "what happened in April 2025".
 * Dates become from/to; a month or day without a year becomes a bound without one (--04), whose year
 * the timeline takes from the articles. "What happened after Witkoff met Putin?" is a question,
 * not a topic, so it stays with /ask.
 */

const timeline = (options: RawOptions = {}): Route => ({ command: 'timeline', options });

const TIMELINE_WORDS =
  '(?:timeline|chronology|key dates|key events|main events|sequence of events|events|history)';
// "a full timeline" is the whole timeline, not a timeline about "full"
const SIZE = '(?:(?:full|complete|whole|entire|detailed|brief|short|quick|overall) )?';
const PREPOSITIONS =
  '(?:in|on|during|at|around|with|to|for|of|about|since|after|from|before|until|till|by|between|through)';

/** Reads what follows a preposition: a date, a date range, or a short topic. */
function fromTail(preposition: string, tail: string): Route | undefined {
  const range = readRange(tail);
  if (range) return rangeRoute(range);
  const date = readDate(tail);
  if (date) return dateRoute(preposition.toLowerCase(), date);
  // "after the Riyadh talks", "before Easter": relative to an event, which a topic would not capture
  if (/^(since|after|before|until|till|by|between|from|through)$/i.test(preposition)) return undefined;
  const topic = withoutDeterminer(tail);
  if (!topic || topic.split(/\s+/).length > 6 || isClause(tail)) return undefined;
  return timeline({ topic });
}

function dateRoute(preposition: string, date: DatePhrase): Route {
  // a month or day without a year ("since June") is a bound too: the timeline finds its year
  const iso = date.iso ?? (date.month ? yearlessIso(date.month, date.day) : undefined);
  if (!iso) return timeline({ topic: date.label });
  switch (preposition) {
    case 'since':
    case 'from':
      return timeline({ from: iso });
    case 'after': {
      const next = date.iso ? nextPeriod(iso) : shiftYearless(iso, 1);
      return next ? timeline({ from: next }) : timeline({ topic: date.label });
    }
    case 'until':
    case 'till':
    case 'by':
    case 'through':
      return timeline({ to: iso });
    case 'before': {
      const previous = date.iso ? previousPeriod(iso) : shiftYearless(iso, -1);
      return previous ? timeline({ to: previous }) : timeline({ topic: date.label });
    }
    default:
      return timeline({ from: iso, to: iso });
  }
}

/** "after June" → --07: a date without a year moves within its year; past its end there is no year to move into. */
function shiftYearless(iso: string, by: 1 | -1): string | undefined {
  // 2000 is a leap year, so --02-29 moves too
  const inYear = `2000${iso.slice(1)}`;
  const shifted = by === 1 ? nextPeriod(inYear) : previousPeriod(inYear);
  return shifted.startsWith('2000') ? `-${shifted.slice(4)}` : undefined;
}

function rangeRoute([start, end]: [DatePhrase, DatePhrase]): Route {
  const yearless = (d: DatePhrase) => (d.month ? yearlessIso(d.month, d.day) : undefined);
  const from = start.iso ?? yearless(start);
  const to = end.iso ?? yearless(end);
  // "between Easter and May": a guess at one end is worse than the whole timeline
  if (!from || !to) return timeline();
  return timeline({ from, to });
}

const RULES: [RegExp, (m: RegExpExecArray) => Route | undefined][] = [
  // timeline / the timeline / a timeline of events
  [new RegExp(`^(?:the |a |an )?${SIZE}${TIMELINE_WORDS}(?: of events| so far)?$`, 'i'), () => timeline()],
  // timeline of the Istanbul talks / events in April 2025 / history of the Minsk agreements
  [
    new RegExp(
      `^(?:(?:what is|what's|what was) )?(?:the |a |an )?${SIZE}${TIMELINE_WORDS}(?: of events)? (${PREPOSITIONS}) (.+)$`,
      'i',
    ),
    (m) => fromTail(m[1]!, m[2]!),
  ],
  // Istanbul talks timeline
  [
    /^(.+?) (?:timeline|chronology)$/i,
    (m) => (isClause(m[1]!) ? undefined : timeline({ topic: withoutDeterminer(m[1]!) })),
  ],
  // what happened / what has happened so far
  [
    /^what(?:'s| has| is)? (?:happened|happening|been happening|going on|went on)(?: so far| to date| recently| lately)?$/i,
    () => timeline(),
  ],
  // what happened in April / on 21 April 2025 / at the Istanbul talks / between March and July 2025
  [
    new RegExp(
      `^what(?:'s| has| is)? (?:happened|happening|been happening|going on|went on) (${PREPOSITIONS}) (.+)$`,
      'i',
    ),
    (m) => fromTail(m[1]!, m[2]!),
  ],
];

export function routeTimeline(core: string): Verdict {
  for (const [pattern, route] of RULES) {
    const match = pattern.exec(core);
    if (match) return route(match) ?? 'ask';
  }
  return undefined;
}
