import { z } from 'zod';
import { quoteSchema, skippedFileSchema, timelineEventSchema } from './answer.js';
import type { SerialisedKnowledgeBase } from './knowledge-base.js';

/**
 * The shape of a cached knowledge base, checked before it is used: a cache file can be valid JSON and still
 * be `{}`, another version's layout or a hand-edited file with a field missing, and trusting it would fail
 * at every start. Objects are loose (fields not listed here are kept), so the check only says what the
 * loader and the commands rely on.
 */
const span = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

const articleSchema = z.looseObject({
  id: z.string(),
  title: z.string(),
  published: z.string(),
  file: z.string(),
  body: z.string(),
  paragraphs: z.array(
    z.looseObject({ index: z.number(), kind: z.string(), ...span, text: z.string().optional() }),
  ),
  sentences: z.array(
    z.looseObject({
      id: z.string(),
      articleId: z.string(),
      paragraph: z.number(),
      ...span,
      text: z.string().optional(),
    }),
  ),
});

const entityTableSchema = z.looseObject({
  entities: z.array(
    z.looseObject({
      name: z.string(),
      type: z.string(),
      aliases: z.array(z.string()),
      roles: z.array(z.string()),
    }),
  ),
  forms: z.record(z.string(), z.looseObject({ entities: z.array(z.string()), via: z.string() })),
});

// the index's long number arrays are checked with a plain loop: zod per element is ten times slower here
const numbers = z.custom<number[]>(
  (value) => Array.isArray(value) && value.every((n) => typeof n === 'number'),
  'must be an array of numbers',
);

const searchIndexSchema = z.looseObject({
  format: z.literal(1),
  fields: z.array(z.string()),
  pipeline: z.array(z.string()),
  refs: z.array(z.string()),
  terms: z.array(z.string()),
  counts: numbers,
  indices: numbers,
  values: numbers,
});

const strings = (value: unknown) => Array.isArray(value) && value.every((s) => typeof s === 'string');
// per event: names and stems per text, checked with plain loops like the index's numbers
const eventTermsSchema = z.custom<{ entities: string[]; stems: string[][] }[]>(
  (value) =>
    Array.isArray(value) &&
    value.every(
      (terms) =>
        typeof terms === 'object' &&
        terms !== null &&
        strings(terms.entities) &&
        Array.isArray(terms.stems) &&
        terms.stems.every(strings),
    ),
  'must be an array of { entities, stems }',
);

const serialisedKnowledgeBaseSchema = z
  .looseObject({
    articles: z.array(articleSchema),
    skipped: z.array(skippedFileSchema),
    entities: entityTableSchema,
    sentenceEntities: z.record(z.string(), z.array(z.string())),
    features: z.record(
      z.string(),
      z.looseObject({ stems: z.array(z.string()), holds: z.array(z.string()), weak: z.boolean() }),
    ),
    stemDf: z.record(z.string(), z.number()),
    quotes: z.array(quoteSchema.loose()),
    events: z.array(timelineEventSchema.loose()),
    eventTerms: eventTermsSchema,
    index: searchIndexSchema,
  })
  .refine((kb) => kb.eventTerms.length === kb.events.length, {
    message: 'has not one entry per event',
    path: ['eventTerms'],
  });

/**
 * Checks cached data and returns it untouched (not zod's copy, which would cost a second allocation of
 * the whole index); throws an error naming the first field that is wrong.
 */
export function checkSerialisedKnowledgeBase(data: unknown): SerialisedKnowledgeBase {
  const result = serialisedKnowledgeBaseSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const field = issue.path.join('.') || 'its data';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    throw new Error(missing ? `${field} is missing` : `${field}: ${issue.message}`);
  }
  return data as SerialisedKnowledgeBase;
}
