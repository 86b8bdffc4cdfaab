import type { RawOptions } from '../commands/run-command.js';
import { type DatePhrase, nextPeriod, previousPeriod, readDate, readRange } from './dates.js';
import { withoutDeterminer } from './phrasing.js';
import type { Route, Verdict } from './route.js';
import { isClause } from './who-said.js';

/**
 * Requests for the timeline: "timeline", "timeline of the Istanbul talks", "what happened in April 2025".
 * Dates with a year become from/to; a month or day without a year becomes the topic ("April"), since
 * only the articles know which April is meant. "What happened after Witkoff met Putin?" is a question,
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
  if (!date.iso) return timeline({ topic: date.label });
  switch (preposition) {
    case 'since':
    case 'from':
      return timeline({ from: date.iso });
    case 'after':
      return timeline({ from: nextPeriod(date.iso) });
    case 'until':
    case 'till':
    case 'by':
    case 'through':
      return timeline({ to: date.iso });
    case 'before':
      return timeline({ to: previousPeriod(date.iso) });
    default:
      return timeline({ from: date.iso, to: date.iso });
  }
}

function rangeRoute([start, end]: [DatePhrase, DatePhrase]): Route {
  // "between March and May" without a year: the whole timeline beats a guess
  if (!start.iso || !end.iso) return timeline();
  return timeline({ from: start.iso, to: end.iso });
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
