import { isCalendarDay } from '../text/calendar-date.js';
import { datelineOf } from './furniture.js';

/**
 * The headline and the date line of a captured page, read from the lines above the story. A capture starts
 * with a site's masthead, menus, section labels, sign-in prompts, a byline and a date bar; the headline is
 * the first of those lines that reads like one: a handful of words, not a label in capitals, not a menu
 * (separators), not a byline, stamp or call to action, and not a finished sentence (a standfirst or a
 * notice ends with a full stop; a headline does not). The story starts at the first long prose line or
 * dateline, and nothing below it is a headline candidate.
 */

const MAX_HEAD_LINES = 15;

// the words of a web page's controls: a line starting with one is a call to action, not a headline
const CALL_TO_ACTION =
  /^(?:skip|sign|log|register|subscribe|follow|listen|share|show|hide|toggle|read|watch|download|click|tap|please|join|get|turn|copy|print|save|email|advertisement|sponsored|menu|search|home|back|continue|load|view|open|close|accept|unlock|start|try)\b/i;
// "By A and B", "Guest essay by A", "Translated by A", "Words and photos by A"
const CREDIT =
  /^(?:\p{L}+\s+){0,3}[Bb]y\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:\s*(?:,|and|&)\s*\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*$/u;
// a stamp: "Updated …", "Published: …", "Last updated: …", "Posted on …"
const STAMP = /^(?:(?:last|first)\s+)?(?:updated|published|posted|modified|edited)\b/i;
const MENU_SEPARATOR = /\s[|›»·•/]\s|\s{3,}|\t/;
const TIME = /\b\d{1,2}[:.]\d{2}\b(?!\.\d)/;
// "&" is "and" in a section's name ("Climate & Environment")
const FUNCTION_WORD = /^(?:a|an|the|of|in|on|for|and|&|or|to|at|by|with|from|as|vs\.?|amid|into|over)$/i;

function wordsOf(line: string): string[] {
  return line.split(/\s+/).filter(Boolean);
}

/** Every content word capitalised: a name (a site's, a section's), not a headline sentence. */
function isNameLike(words: string[]): boolean {
  const content = words.filter((word) => !FUNCTION_WORD.test(word));
  return content.length > 0 && content.every((word) => /^[\p{Lu}\d]/u.test(word));
}

/**
 * The story's first line: a dateline in capitals or with an agency or date, or a long line of prose that
 * ends like a sentence. ("Vienna:" alone is not enough: a headline's speaker is written the same way.)
 */
export function isStoryStart(line: string): boolean {
  if (datelineOf(line, false)) return true;
  return wordsOf(line).length >= 20 && /[.!?…"”’»)]\s*$/.test(line);
}

/** Why a line above the story is not a headline, or undefined when it reads like one. */
export function notHeadlineReason(line: string): string | undefined {
  const words = wordsOf(line);
  if (words.length < 3) return 'a label of one or two words';
  if (words.length > 30 || line.length > 220) return 'too long for a headline';
  if (words.length === 3 && isNameLike(words)) return 'a name (a site or section)';
  if (!/\p{Ll}/u.test(line)) return 'a label in capitals';
  if (/[.:;,]\s*$/.test(line)) return 'a finished sentence (a standfirst or notice)';
  if (MENU_SEPARATOR.test(line)) return 'a menu or a bar of separated items';
  if (CREDIT.test(line)) return 'a byline or credit';
  if (STAMP.test(line) || TIME.test(line) || dateIn(line)) return 'a date or time stamp';
  if (CALL_TO_ACTION.test(line)) return 'a call to action';
  if (/^[\p{S}\d\s.,:+-]+/u.test(line) && !/^["“‘'«\d]/u.test(line)) return 'counters or symbols';
  return undefined;
}

function firstLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .slice(0, MAX_HEAD_LINES);
}

/** The lines above the story (at most a screen of them): the masthead, menus, headline, byline, date bar. */
export function headLines(text: string): string[] {
  const lines = firstLines(text);
  const story = lines.findIndex(isStoryStart);
  return story === -1 ? [] : lines.slice(0, story);
}

/** A line that is a date and little else ("January 22, 2026", "12.03.2025 10:41"): a date bar. */
function isDateBar(line: string): boolean {
  return dateIn(line) !== undefined && wordsOf(line).length <= 6 && !/[.!?]\s*$/.test(line);
}

/** The headline of a captured page: the first line above the story that reads like one, if any. */
export function headlineOf(text: string): string | undefined {
  return headLines(text).find((line) => notHeadlineReason(line) === undefined);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;
const MONTH_WORD =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_WORD},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?!\d)/;
// 12.03.2025: day first, as every country that writes dots does
const DOTTED = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/;

function isoDay(year: string, month: number, day: string | number): string | undefined {
  const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDay(iso) ? iso : undefined;
}

function monthNumber(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase() as (typeof MONTHS)[number]) + 1;
}

/** A calendar day written with its year in a line ("15 Oct 2025", "March 25, 2025", "12.03.2025"). */
export function dateIn(line: string): string | undefined {
  const iso = ISO.exec(line);
  if (iso) return isoDay(iso[1]!, Number(iso[2]), iso[3]!);
  const dmy = DAY_MONTH_YEAR.exec(line);
  if (dmy) return isoDay(dmy[3]!, monthNumber(dmy[2]!), dmy[1]!);
  const mdy = MONTH_DAY_YEAR.exec(line);
  if (mdy) return isoDay(mdy[3]!, monthNumber(mdy[1]!), mdy[2]!);
  const dotted = DOTTED.exec(line);
  if (dotted) return isoDay(dotted[3]!, Number(dotted[2]), dotted[1]!);
  return undefined;
}

/**
 * The publication day a page's date bar, byline or stamp gives, with the line it came from. A line that
 * says "Published" wins over one that says "Updated"; else the first dated line above the story.
 */
export function headerDateOf(text: string): { day: string; line: string } | undefined {
  const head = headLines(text);
  const bars = firstLines(text).filter((line) => !head.includes(line) && isDateBar(line));
  const dated = [...head, ...bars]
    .map((line) => {
      const published = /\b(?:published|posted)\b[:\s]*(.*)$/i.exec(line)?.[1];
      return { line, day: (published && dateIn(published)) || dateIn(line), published: !!published };
    })
    .filter((entry): entry is { line: string; day: string; published: boolean } => !!entry.day);
  const best = dated.find((entry) => entry.published) ?? dated[0];
  return best ? { day: best.day, line: best.line } : undefined;
}
