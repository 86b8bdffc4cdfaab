import { z } from 'zod';

/** Limits shared by every adapter, so a question that works in the terminal works in Discord too. */
export const MAX_QUESTION_LENGTH = 300;
export const MAX_QUERY_LENGTH = 200;

export const questionText = z
  .string({ error: 'Please type a question.' })
  .trim()
  .min(1, 'Please type a question, for example: /ask Who is Russia’s foreign minister?')
  .max(
    MAX_QUESTION_LENGTH,
    `That is too long: please keep a question under ${MAX_QUESTION_LENGTH} characters.`,
  );

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

/** YYYY, YYYY-MM or YYYY-MM-DD, the precisions timeline dates come in */
export const optionalIsoDate = z
  .string()
  .trim()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'Dates look like 2025, 2025-04 or 2025-04-21.',
  )
  .optional();
