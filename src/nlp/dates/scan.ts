import { monthNumber, weekdayNumber } from './calendar.js';
import type { Holiday, Mention, MentionValue, Season, Shift, WeekWhich } from './mentions.js';
import type { DateQualifier } from './types.js';

/**
 * Finds temporal phrases in a sentence, table-driven: each rule is a regular expression and a
 * builder. Overlapping finds are settled longest-first, so "March 13, 2025" wins over "March 13"
 * and "2014–2015" over "2014". Durations ("50-day deadline", "within days", "over the next three
 * years") match no rule on purpose: they say how long, not when.
 */

const MONTH =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?';
const FULL_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December';
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const YEAR = '1[89]\\d\\d|20\\d\\d';
const ORDINAL = '(?:st|nd|rd|th)?';
// "early June", "mid-2024", "the end of March"
const QUALIFIER = '(?:(early|mid|late)[-\\s]+|the\\s+(end|beginning|start|middle)\\s+of\\s+)';
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};

type Build = (m: RegExpExecArray) => { value: MentionValue; relative: boolean } | undefined;

interface Rule {
  name: string;
  pattern: RegExp;
  build: Build;
}

const rule = (name: string, source: string, build: Build): Rule => ({
  name,
  pattern: new RegExp(source, 'gi'),
  build,
});

export const RULES: Rule[] = [
  rule('iso-date', `\\b(${YEAR})-(\\d\\d)-(\\d\\d)\\b`, (m) =>
    day(Number(m[1]), Number(m[2]), Number(m[3]), false),
  ),
  // "March 13, 2025", "Sunday, July 20, 2025"
  rule(
    'month-day-year',
    `\\b(?:(?:${WEEKDAY}),?\\s+)?(${MONTH})\\s+(\\d{1,2})${ORDINAL},?\\s+(${YEAR})\\b`,
    (m) => (capitalised(m[1]!) ? day(Number(m[3]), monthNumber(m[1]!), Number(m[2]), false) : undefined),
  ),
  // "13 March 2025", "21st of April 2025"
  rule(
    'day-month-year',
    `\\b(?:(?:${WEEKDAY}),?\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${MONTH}),?\\s+(${YEAR})\\b`,
    (m) => (capitalised(m[2]!) ? day(Number(m[3]), monthNumber(m[2]!), Number(m[1]), false) : undefined),
  ),
  // "June 25–26", "June 25–26, 2025": a range of days in one month
  rule(
    'month-day-range',
    `\\b(${MONTH})\\s+(\\d{1,2})\\s*[–—-]\\s*(\\d{1,2})\\b(?:,?\\s+(${YEAR})\\b)?`,
    (m) => {
      const month = monthNumber(m[1]!);
      const [from, to] = [Number(m[2]), Number(m[3])];
      if (!month || !capitalised(m[1]!) || from < 1 || to <= from || to > 31) return undefined;
      const year = m[4] ? Number(m[4]) : undefined;
      return {
        value: { kind: 'day', month, day: from, endDay: to, ...(year ? { year } : {}) },
        relative: !year,
      };
    },
  ),
  // "April 21": the year comes from the publication date
  rule(
    'month-day',
    `\\b(?:(?:${WEEKDAY}),?\\s+)?(${MONTH})\\s+(\\d{1,2})${ORDINAL}\\b(?![\\d%]|[.,:]\\d)`,
    (m) => (capitalised(m[1]!) ? day(undefined, monthNumber(m[1]!), Number(m[2]), false) : undefined),
  ),
  rule(
    'day-month',
    `\\b(?:(?:${WEEKDAY}),?\\s+)?(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?(${FULL_MONTH})\\b`,
    (m) => (capitalised(m[2]!) ? day(undefined, monthNumber(m[2]!), Number(m[1]), false) : undefined),
  ),
  // "in August 2024", "early June 2025"
  rule('month-year', `\\b${QUALIFIER}?(${MONTH}),?\\s+(?:of\\s+)?(${YEAR})\\b`, (m) => {
    const month = monthNumber(m[3]!);
    if (!month || !capitalised(m[3]!)) return undefined;
    return { value: { kind: 'month', month, year: Number(m[4]), qualifier: qualifier(m) }, relative: false };
  }),
  // "in May of last year", "early March this year": the year is the publication's, shifted
  rule(
    'month-relative-year',
    `\\b${QUALIFIER}?(${FULL_MONTH})\\s+(?:of\\s+)?(last|this|next)\\s+year\\b`,
    (m) => {
      const month = monthNumber(m[3]!);
      if (!month || !capitalised(m[3]!)) return undefined;
      return {
        value: { kind: 'month', month, qualifier: qualifier(m), yearShift: shiftOf(m[4]!) },
        relative: true,
      };
    },
  ),
  // "in early June", "last June": a bare month needs a word that makes it a date ("May" is also a verb)
  rule(
    'month',
    `(?:\\b(?:in|since|until|till|by|during|from|through|to|of|before|after|last|next|this)\\s+)?${QUALIFIER}?\\b(${FULL_MONTH})\\b(?!\\s+\\d)`,
    (m) => {
      const month = monthNumber(m[3]!);
      if (!month || !capitalised(m[3]!)) return undefined;
      const lead = /^(\w+)\s/.exec(m[0])?.[1]?.toLowerCase();
      if (!lead && !m[1] && !m[2]) return undefined;
      const shift: Shift | undefined =
        lead === 'last' ? -1 : lead === 'next' ? 1 : lead === 'this' ? 0 : undefined;
      return {
        value: { kind: 'month', month, qualifier: qualifier(m), ...(shift !== undefined ? { shift } : {}) },
        relative: true,
      };
    },
  ),
  // "2014–2015", "2014-15"
  rule('year-range', `\\b(${YEAR})\\s*[–—-]\\s*(${YEAR}|\\d\\d)\\b(?![-–]\\d)`, (m) => {
    const from = Number(m[1]);
    const to = m[2]!.length === 2 ? Math.floor(from / 100) * 100 + Number(m[2]) : Number(m[2]);
    return to > from ? { value: { kind: 'year', year: from, endYear: to }, relative: false } : undefined;
  }),
  // "in 2014 and 2015", "between 2014 and 2016", "from 2014 to 2015": one span of years
  rule(
    'year-pair',
    `(?<=\\b(?:in|between|from)\\s+)(${YEAR})\\s+(?:and|to|through|until)\\s+(${YEAR})\\b`,
    (m) => {
      const [from, to] = [Number(m[1]), Number(m[2])];
      return to > from ? { value: { kind: 'year', year: from, endYear: to }, relative: false } : undefined;
    },
  ),
  // "the 1990s", "the early 2000s"
  rule('decade', `\\b(?:the\\s+)?${QUALIFIER}?(1[89]\\d0|20\\d0)['’]?s\\b`, (m) => {
    const from = Number(m[3]);
    return {
      value: { kind: 'year', year: from, endYear: from + 9, qualifier: qualifier(m) },
      relative: false,
    };
  }),
  rule('season-year', `\\b(spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(${YEAR})\\b`, (m) => ({
    value: { kind: 'season', season: season(m[1]!), year: Number(m[2]) },
    relative: false,
  })),
  rule('qualified-year', `\\b${QUALIFIER}(${YEAR})\\b`, (m) => ({
    value: { kind: 'year', year: Number(m[3]), qualifier: qualifier(m) },
    relative: false,
  })),
  rule('year', `\\b(${YEAR})\\b`, (m) => ({ value: { kind: 'year', year: Number(m[1]) }, relative: false })),
  // "on the 3rd", "by the 21st": a day with no month is one of the months around publication; not "the
  // 3rd of March" (day-month), nor "the 3rd round", "the 21st century"
  rule(
    'day-of-month',
    `\\b(?:on|by|until|till|since|from|before|after)\\s+the\\s+(\\d{1,2})(?:st|nd|rd|th)\\b(?!\\s+(?:of\\s+)?(?:${MONTH})\\b)(?!\\s+[a-z])`,
    (m) => {
      const day = Number(m[1]);
      return day >= 1 && day <= 31 ? { value: { kind: 'day-of-month', day }, relative: true } : undefined;
    },
  ),
  rule(
    'day-words',
    `\\b(the day before yesterday|the day after tomorrow|yesterday|today|tonight|tomorrow|last night|this (?:morning|afternoon|evening)|earlier today|later today)\\b`,
    (m) => ({
      value: { kind: 'day-offset', days: DAY_WORDS[m[1]!.toLowerCase()] ?? 0 },
      relative: true,
    }),
  ),
  rule('weekday', `\\b(?:(last|next|this|coming)\\s+)?(${WEEKDAY})\\b(?!['’]?s\\b)`, (m) => {
    const weekday = weekdayNumber(m[2]!);
    if (weekday === undefined || !capitalised(m[2]!)) return undefined;
    const word = m[1]?.toLowerCase();
    const shift: Shift | undefined =
      word === 'last' ? -1 : word === 'next' || word === 'coming' ? 1 : word === 'this' ? 0 : undefined;
    return { value: { kind: 'weekday', weekday, ...(shift !== undefined ? { shift } : {}) }, relative: true };
  }),
  rule(
    'week',
    `\\b(earlier this week|later this week|last week|this week|next week|the (?:coming|upcoming) week|(?:last|this|next) weekend|(?<=\\b(?:over|during|at)\\s+)the weekend)\\b`,
    (m) => ({
      value: {
        kind: 'week',
        which: WEEK_WORDS[m[1]!.toLowerCase().replace(/^the /, '').replace('upcoming', 'coming')] ?? 'this',
      },
      relative: true,
    }),
  ),
  rule('relative-month', `\\b(?:(earlier|later)\\s+)?(last|this|next)\\s+month\\b`, (m) => ({
    value: { kind: 'relative-month', shift: shiftOf(m[2]!), ...part(m[1]) },
    relative: true,
  })),
  rule('relative-year', `\\b(?:(earlier|later)\\s+)?(last|this|next)\\s+year\\b`, (m) => ({
    value: { kind: 'relative-year', shift: shiftOf(m[2]!), ...part(m[1]) },
    relative: true,
  })),
  rule(
    'ago',
    `\\b(\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(day|week|month|year)s?\\s+ago\\b`,
    (m) => {
      const amount = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()];
      if (!amount) return undefined;
      return { value: { kind: 'ago', amount, unit: m[2]!.toLowerCase() as 'day' }, relative: true };
    },
  ),
  rule(
    'holiday',
    `\\b(Orthodox\\s+)?(Easter|Christmas Eve|Christmas|New Year['’]s Eve|New Year['’]s Day)(?:\\s+(?:Sunday|Day|holidays?|weekend))?(?:\\s+(${YEAR}))?\\b`,
    (m) => {
      if (!capitalised(m[2]!)) return undefined;
      const name = m[2]!.toLowerCase().replace('’', "'");
      const holiday: Holiday =
        name === 'easter' ? (m[1] ? 'orthodox-easter' : 'easter') : (HOLIDAY_WORDS[name] ?? 'christmas');
      return { value: { kind: 'holiday', holiday, year: m[3] ? Number(m[3]) : undefined }, relative: !m[3] };
    },
  ),
];

const DAY_WORDS: Record<string, number> = {
  'the day before yesterday': -2,
  yesterday: -1,
  'last night': -1,
  today: 0,
  tonight: 0,
  'this morning': 0,
  'this afternoon': 0,
  'this evening': 0,
  'earlier today': 0,
  'later today': 0,
  tomorrow: 1,
  'the day after tomorrow': 2,
};

const WEEK_WORDS: Record<string, WeekWhich> = {
  'earlier this week': 'earlier-this',
  'later this week': 'later-this',
  'last week': 'last',
  'this week': 'this',
  'next week': 'next',
  'coming week': 'coming',
  'last weekend': 'last-weekend',
  'this weekend': 'this-weekend',
  'next weekend': 'next-weekend',
  weekend: 'recent-weekend',
};

const HOLIDAY_WORDS: Record<string, Holiday> = {
  christmas: 'christmas',
  'christmas eve': 'christmas-eve',
  "new year's day": 'new-year',
  "new year's eve": 'new-year-eve',
};

/** Every temporal phrase in `text`, in order, without overlaps. Years are checked for a date-like context. */
export function scanMentions(text: string): Mention[] {
  const found: (Mention & { rule: string })[] = [];
  for (const { name, pattern, build } of RULES) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const built = build(m);
      if (!built) continue;
      const start = m.index + leadingSkip(m[0]);
      const end = m.index + m[0].length;
      if (name === 'year' && !yearInContext(text, start, end)) continue;
      found.push({ ...built, start, end, rule: name });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: Mention[] = [];
  for (const mention of found) {
    const last = kept[kept.length - 1];
    if (last && mention.start < last.end) continue;
    kept.push({ value: mention.value, start: mention.start, end: mention.end, relative: mention.relative });
  }
  return kept;
}

// the bare-month rule matches its preposition to check the context; the phrase itself starts after it
function leadingSkip(matched: string): number {
  const lead = /^(?:in|since|until|till|by|during|from|through|to|of|before|after)\s+/i.exec(matched);
  return lead ? lead[0].length : 0;
}

// a four-digit number is a year only where a date can stand: "in 1994", "Russia's 2014 annexation",
// "the 2014 crisis" — not "2000 troops" or "$2025"
function yearInContext(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 16);
  if (/[$€£#\d.,]$/.test(before) || /^[.,]?\d|^\s*(%|per\s?cent|percent)/i.test(after)) return false;
  if (
    /^\s+(?:people|troops|soldiers|civilians|dead|deaths|km|kilometres|kilometers|miles|tons|tonnes|times|units|votes)\b/i.test(
      after,
    )
  )
    return false;
  return /(?:\b(?:in|since|by|until|till|from|to|through|during|of|before|after|between|and|or|circa|around|the|year|early|late|mid)\s+|['’]s\s+|mid-|\(|[–—-]\s*)$/i.test(
    before,
  );
}

function day(
  year: number | undefined,
  month: number | undefined,
  dayOfMonth: number,
  relative: boolean,
): { value: MentionValue; relative: boolean } | undefined {
  if (!month || dayOfMonth < 1 || dayOfMonth > 31) return undefined;
  return {
    value: { kind: 'day', month, day: dayOfMonth, ...(year ? { year } : {}) },
    relative: relative || !year,
  };
}

function qualifier(m: RegExpExecArray): DateQualifier | undefined {
  const word = (m[1] ?? m[2])?.toLowerCase();
  if (!word) return undefined;
  if (word === 'early' || word === 'beginning' || word === 'start') return 'early';
  if (word === 'mid' || word === 'middle') return 'mid';
  return 'late';
}

function season(word: string): Season {
  const w = word.toLowerCase();
  return w === 'fall' ? 'autumn' : (w as Season);
}

function shiftOf(word: string): Shift {
  const w = word.toLowerCase();
  return w === 'last' ? -1 : w === 'next' ? 1 : 0;
}

function part(word: string | undefined): { part?: 'earlier' | 'later' } {
  const w = word?.toLowerCase();
  return w === 'earlier' || w === 'later' ? { part: w } : {};
}

// month and weekday names are proper nouns: "may" and "march" in lower case are verbs
function capitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}
