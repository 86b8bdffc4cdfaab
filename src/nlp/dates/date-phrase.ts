import { MONTHS } from './calendar.js';
/**
 * Reads the date phrases people type — after "what happened …", or as a /timeline bound — into the ISO
 * forms /timeline takes (2025, 2025-04, 2025-04-21). A month or day without a year ("April", "April 21")
 * becomes ISO 8601's form for a date whose year is not said (--04, --04-21): only the articles know which
 * April is meant, so the timeline picks the year (src/timeline/yearless.ts).
 */

export interface DatePhrase {
  /** set when the phrase names a year: 2025, 2025-04 or 2025-04-21 */
  iso?: string;
  /** the phrase as a label, for a topic when there is no year: "April", "April 21" */
  label: string;
  /** month (1–12) and day, kept so a year found elsewhere ("March and April 2025") can complete them */
  month?: number;
  day?: number;
}

const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const QUALIFIER = '(?:(?:early|mid|late|the end of|the start of|the beginning of|the middle of)[\\s-]+)?';
const YEAR = '((?:19|20)\\d{2})';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(word: string): number {
  const prefix = word.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(prefix)) + 1;
}

function monthName(month: number): string {
  const name = MONTHS[month - 1] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

function build(year: string | undefined, month?: number, day?: number): DatePhrase | undefined {
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && (day < 1 || day > 31)) return undefined;
  const label = [month ? monthName(month) : '', day ? String(day) : '', year ?? ''].filter(Boolean).join(' ');
  const phrase: DatePhrase = { label };
  if (month !== undefined) phrase.month = month;
  if (day !== undefined) phrase.day = day;
  if (year) phrase.iso = [year, month ? pad(month) : '', day ? pad(day) : ''].filter(Boolean).join('-');
  return phrase;
}

// each reader takes the whole phrase (already lowercase, no leading "the")
const READERS: [RegExp, (m: RegExpExecArray) => DatePhrase | undefined][] = [
  [/^(\d{4})-(\d{2})-(\d{2})$/, (m) => build(m[1], Number(m[2]), Number(m[3]))],
  [/^(\d{4})-(\d{2})$/, (m) => build(m[1], Number(m[2]))],
  [new RegExp(`^${YEAR}$`), (m) => build(m[1])],
  [
    new RegExp(`^${QUALIFIER}${MONTH_WORD}(?:,?\\s+(?:of\\s+)?${YEAR})?$`),
    (m) => build(m[2], monthNumber(m[1]!)),
  ],
  [
    new RegExp(`^${MONTH_WORD}\\s+${DAY}(?:,?\\s+${YEAR})?$`),
    (m) => build(m[3], monthNumber(m[1]!), Number(m[2])),
  ],
  [
    new RegExp(`^(?:the\\s+)?${DAY}(?:\\s+of)?\\s+${MONTH_WORD}(?:,?\\s+${YEAR})?$`),
    (m) => build(m[3], monthNumber(m[2]!), Number(m[1])),
  ],
];

/** A single date phrase ("April 2025", "21 April", "2014", "early June"), or undefined when it is not one. */
export function readDate(phrase: string): DatePhrase | undefined {
  const text = phrase
    .trim()
    .toLowerCase()
    .replace(/^(the\s+(month|year)\s+(of\s+)?)/, '')
    .replace(/\.$/, '');
  for (const [pattern, read] of READERS) {
    const match = pattern.exec(text);
    if (match) return read(match);
  }
  return undefined;
}

/** ISO 8601's date without a year: --04 for April, --04-21 for April 21. */
export function yearlessIso(month: number, day?: number): string {
  return `--${pad(month)}${day ? `-${pad(day)}` : ''}`;
}

const ISO_BOUND =
  /^(\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)$/;

/**
 * A /timeline bound as typed, in the form the timeline takes: "2025", "2025-04" and "2025-04-21" as they
 * are; "April 2025" → 2025-04, "21 April 2025" → 2025-04-21; without a year "april" → --04 and
 * "April 21" → --04-21. Undefined when the text is not one date.
 */
export function readDateBound(text: string): string | undefined {
  const trimmed = text.trim();
  if (ISO_BOUND.test(trimmed)) return trimmed;
  const date = readDate(trimmed);
  if (!date) return undefined;
  if (date.iso) return ISO_BOUND.test(date.iso) ? date.iso : undefined;
  return date.month ? yearlessIso(date.month, date.day) : undefined;
}

/**
 * What a bound typed in words can look like after `--from` / `--to` (a regular expression's source), so
 * "--from April 2025 Peskov" reads the bound "April 2025" and leaves "Peskov" as the topic.
 */
export const DATE_BOUND_WORDS =
  `(?:${QUALIFIER}(?:(?:the\\s+)?${DAY}\\s+(?:of\\s+)?)?${MONTH_WORD}(?:\\s+${DAY})?(?:,?\\s+${YEAR})?)`.replace(
    /\((?!\?)/g,
    '(?:',
  );

/** "March and April 2025": the year said once applies to both ends. */
export function readRange(phrase: string): [DatePhrase, DatePhrase] | undefined {
  const match = /^(?:between\s+)?(.+?)\s+(?:and|to|until|till|through|-|–)\s+(.+)$/i.exec(phrase.trim());
  if (!match) return undefined;
  let start = readDate(match[1]!);
  let end = readDate(match[2]!);
  if (!start || !end) return undefined;
  const yearOf = (d: DatePhrase) => d.iso?.slice(0, 4);
  if (!start.iso && yearOf(end) && start.month) start = build(yearOf(end), start.month, start.day) ?? start;
  if (!end.iso && yearOf(start) && end.month) end = build(yearOf(start), end.month, end.day) ?? end;
  return [start, end];
}

/** The period after an ISO date at its own precision: 2025 → 2026, 2025-04 → 2025-05, 2025-04-30 → 2025-05-01. */
export function nextPeriod(iso: string): string {
  return shift(iso, 1);
}

/** The period before an ISO date at its own precision. */
export function previousPeriod(iso: string): string {
  return shift(iso, -1);
}

function shift(iso: string, by: 1 | -1): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number?, number?];
  if (month === undefined) return String(year + by);
  if (day === undefined) {
    const date = new Date(Date.UTC(year, month - 1 + by, 1));
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
  }
  const date = new Date(Date.UTC(year, month - 1, day + by));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}
