import { z } from 'zod';
import { readDateBound } from '../nlp/dates/date-phrase.js';
import { cleanInput } from '../text/clean-input.js';

/** Limits shared by every adapter, so a question that works in the terminal works in Discord too. */
export const MAX_QUESTION_LENGTH = 300;
export const MAX_QUERY_LENGTH = 200;
/**
 * The longest line the engine reads: the longest question plus room for a command name and its flags.
 * Anything longer is refused before routing or parsing, whose language work grows with the text (a
 * 100,000-character line took seconds); no command could accept it anyway.
 */
export const MAX_LINE_LENGTH = MAX_QUESTION_LENGTH + 100;
export const TOO_LONG_MESSAGE = `That is too long: please keep a question under ${MAX_QUESTION_LENGTH} characters.`;
/** Raw characters worth cleaning at all: spaces and invisible characters may pad a line, not by this much. */
export const MAX_RAW_LINE_LENGTH = MAX_LINE_LENGTH * 4;

/** True when a line is too long to be any command: the raw length is checked first, in O(1). */
export function isOverLineLimit(line: string): boolean {
  return line.length > MAX_RAW_LINE_LENGTH || cleanInput(line).length > MAX_LINE_LENGTH;
}

export const questionText = z
  .string({ error: 'Please type a question.' })
  .trim()
  .min(1, 'Please type a question, for example: /ask Who is Russia’s foreign minister?')
  .max(MAX_QUESTION_LENGTH, TOO_LONG_MESSAGE);

export const queryText = z
  .string({ error: 'Please type a name or some words from a quote.' })
  .trim()
  .min(1, 'Please type a name or some words from a quote, for example: /who-said Lavrov')
  .max(MAX_QUERY_LENGTH, `That is too long: please keep it under ${MAX_QUERY_LENGTH} characters.`);

export const optionalTopic = z
  .string()
  .trim()
  .max(MAX_QUERY_LENGTH, `That topic is too long: please keep it under ${MAX_QUERY_LENGTH} characters.`)
  .optional()
  .transform((topic) => (topic ? topic : undefined));

export const DATE_HINT = 'Dates look like 2025, 2025-04, 2025-04-21, April or April 2025.';

/**
 * A timeline bound: YYYY, YYYY-MM or YYYY-MM-DD (the precisions timeline dates come in), or a month as
 * people say it ("april", "April 2025", "21 April"), read into those forms; a month without a year
 * becomes --MM, for the timeline to find its year in the articles.
 */
export const optionalDateBound = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return undefined;
    const bound = readDateBound(value);
    if (bound) return bound;
    context.issues.push({ code: 'custom', message: DATE_HINT, input: value });
    return z.NEVER;
  });
