import type { Mention, MentionValue } from './mentions.js';
import { type Direction, resolveMention } from './resolve.js';
import { scanMentions } from './scan.js';
import { governingVerb, type SentenceParse, type VerbGroup, verbGroups } from './tense.js';
import type { TemporalExpression, TemporalRole, Tense } from './types.js';

export { dayBounds } from './resolve.js';
export type { SentenceParse, VerbGroup } from './tense.js';
export { governingVerb, ownParse, parseSentence, verbGroups } from './tense.js';
export type {
  DatePrecision,
  DateQualifier,
  DateValue,
  TemporalExpression,
  TemporalRole,
  Tense,
} from './types.js';

/**
 * Temporal expressions in one sentence, normalised against the article's publication date.
 *
 * @example
 * findTemporalExpressions('Peskov told Russian media on Sunday that …', '2025-07-20');
 * // [{ text: 'Sunday', date: '2025-07-20', precision: 'day', relative: true, role: 'at', tense: 'past', … }]
 */
export function findTemporalExpressions(
  sentence: string,
  published: string,
  /** the sentence's parse when the caller has one (a paragraph's); else it is parsed alone if needed */
  parse?: () => SentenceParse | undefined,
  /** the sentence's verb groups when the caller computes them too (once per sentence), else made here */
  verbGroupsOf: () => VerbGroup[] = () => verbGroups(sentence, parse?.()),
): TemporalExpression[] {
  // compromise runs only for sentences that need a tense, and once per sentence
  let verbs: VerbGroup[] | undefined;
  const verbAt = (start: number, end: number) => {
    verbs ??= verbGroupsOf();
    return governingVerb(sentence, start, end, verbs);
  };
  const expressions: TemporalExpression[] = [];
  for (const mention of withExplicitDates(sentence, scanMentions(sentence))) {
    if (mention.relative && !adverbial(sentence, mention)) continue;
    const role = roleOf(sentence, mention.start, mention.end);
    const verb = needsDirection(mention.value) ? verbAt(mention.start, mention.end) : undefined;
    let direction = directionOf(mention.value, role, verb);
    // "The visit comes after a call on Saturday", "the first talks since a meeting on Thursday": what
    // a present-tense sentence says came before is in the past, whatever the weekday's distance
    if (direction === 'nearest' && verb && afterSomething(sentence, mention.start, verbs ?? []))
      direction = 'past';
    const value =
      'explicit' in mention
        ? resolveExplicitBeside(mention, published, direction)
        : resolveMention(mention.value, published, direction);
    if (!value) continue;
    expressions.push({
      text: sentence.slice(mention.start, mention.end),
      start: mention.start,
      end: mention.end,
      ...value,
      relative: mention.relative,
      role,
      ...(verb ? { tense: verb.tense } : {}),
    });
  }
  return expressions;
}

type Combined = Mention & { explicit?: Mention };

// "last night (April 21)", "tomorrow (April 23)": one expression whose date is the explicit one
function withExplicitDates(sentence: string, mentions: Mention[]): Combined[] {
  const out: Combined[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const current = mentions[i]!;
    const next = mentions[i + 1];
    if (current.relative && next && next.value.kind === 'day') {
      const between = sentence.slice(current.end, next.start);
      const close = /^\s*\)/.exec(sentence.slice(next.end));
      if (/^\s*\(\s*$/.test(between) && close) {
        out.push({ ...current, end: next.end + close[0].length, relative: false, explicit: next });
        i++;
        continue;
      }
    }
    out.push(current);
  }
  return out;
}

function resolveExplicitBeside(mention: Combined, published: string, direction: Direction) {
  const near = resolveMention(mention.value, published, direction);
  if (!mention.explicit) return near;
  // the explicit date's year is the one nearest to what the relative phrase means
  return resolveMention(mention.explicit.value, near?.date.slice(0, 10) ?? published, 'nearest') ?? near;
}

// words that make a relative phrase a thing talked about rather than the time of an event:
// "the critical nature of this week", "making this week critical", "this week is crucial", "This week’s talks"
const NOT_ADVERBIAL_BEFORE = /\b(?:of|making|make|makes|made)\s+$/i;
const NOT_ADVERBIAL_AFTER =
  /^(?:['’]s\b|\s+(?:is|was|are|were|will|would|has|had|may|might|could|should|remains|seems|looks|critical|crucial|important|decisive|key|vital)\b)/i;

function adverbial(sentence: string, mention: Mention): boolean {
  if (mention.value.kind === 'holiday' || mention.value.kind === 'day') return true;
  const before = sentence.slice(Math.max(0, mention.start - 12), mention.start);
  const after = sentence.slice(mention.end, mention.end + 14);
  // "on Saturday was broken": after a preposition it is a time, whatever follows
  if (/\b(?:on|in|at|until|till|by|since|from|during|before|after|through)\s+$/i.test(before)) return true;
  return !NOT_ADVERBIAL_BEFORE.test(before) && !NOT_ADVERBIAL_AFTER.test(after);
}

function roleOf(sentence: string, start: number, end: number): TemporalRole {
  const before = sentence.slice(Math.max(0, start - 24), start).toLowerCase();
  if (/\b(?:after|since|following|before|ahead of|prior to)\s+(?:the\s+)?$/.test(before)) return 'reference';
  if (/\b(?:until|till|by|no later than)\s+$/.test(before)) return 'deadline';
  // "the Friday deadline", "a July 9 deadline": a date that names a deadline
  if (/^['’]?s?\s+(?:deadline|cut-?off|ultimatum)\b/i.test(sentence.slice(end, end + 16))) return 'deadline';
  return 'at';
}

/**
 * The phrase is inside what "after", "since" or "following" introduces, with no finite verb between
 * ("comes after a phone call between the leaders on Saturday"): it is said to have come first.
 */
function afterSomething(sentence: string, start: number, verbs: VerbGroup[]): boolean {
  const clauseStart = Math.max(sentence.lastIndexOf(',', start), sentence.lastIndexOf(';', start), 0);
  const words = [...sentence.slice(0, start).matchAll(/\b(?:after|since|following|follows|followed)\b/gi)];
  const word = words.at(-1);
  if (!word || word.index < clauseStart) return false;
  const from = word.index + word[0].length;
  return !verbs.some((v) => v.finite && v.start >= from && v.end <= start);
}

function needsDirection(value: MentionValue): boolean {
  switch (value.kind) {
    case 'day':
    case 'holiday':
      return !value.year;
    case 'month':
      return !value.year && value.shift === undefined;
    case 'weekday':
      return value.shift === undefined;
    case 'day-of-month':
      return true;
    case 'week':
      return value.which === 'this';
    default:
      return false;
  }
}

function directionOf(value: MentionValue, role: TemporalRole, verb: VerbGroup | undefined): Direction {
  if (!needsDirection(value)) return 'nearest';
  // "has given Putin until Friday": a deadline lies ahead unless the sentence narrates it as done
  if (role === 'deadline')
    return verb?.form === 'simple-past' || verb?.form === 'past-perfect' ? 'past' : 'future';
  return directionOfTense(verb?.tense);
}

function directionOfTense(tense: Tense | undefined): Direction {
  return tense === 'past' ? 'past' : tense === 'future' ? 'future' : 'nearest';
}
