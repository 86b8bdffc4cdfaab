import { z } from 'zod';

/**
 * The engine answers with data, never with markup: each adapter renders these shapes for its platform.
 * The zod schemas double as the `--json` contract, so the CLI output is validated by the same definitions.
 */

export const citationSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string(),
  url: z.string().optional(),
  /** verbatim article text the answer rests on */
  passage: z.string(),
  /** character offsets of `passage` in the article body (after the front matter) */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** the article text's hash when cited: a passage button carries it to notice a changed article */
  contentHash: z.string().optional(),
});
export type Citation = z.infer<typeof citationSchema>;

/** One distinct thing an answer says, with the passage it rests on. */
export const pointSchema = z.object({
  /** verbatim article text: the passage of `citation` */
  text: z.string(),
  citation: citationSchema,
});
export type Point = z.infer<typeof pointSchema>;

/** How well the best passage fits the question, in words a reader will not take for a probability. */
export const confidenceLabelSchema = z.enum(['strong match', 'partial match', 'weak match']);
export type ConfidenceLabel = z.infer<typeof confidenceLabelSchema>;

export const quoteSchema = z.object({
  /** canonical speaker name, a description of an unnamed source, or "unattributed" */
  speaker: z.string(),
  speakerRole: z.string().optional(),
  /** verbatim quoted words, without the quotation marks */
  quote: z.string(),
  /** the reporting verb or phrase: "said", "told Russian media", "wrote on X" */
  cue: z.string().optional(),
  partial: z.boolean().optional(),
  /** reported (indirect) speech, not in quotation marks: the words are the article's, not the speaker's */
  reported: z.boolean().optional(),
  articleId: z.string(),
  title: z.string().optional(),
  outlet: z.string().nullable().optional(),
  published: z.string(),
  url: z.string().optional(),
  passage: z.string(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Quote = z.infer<typeof quoteSchema>;

export const timelineSourceSchema = z.object({
  articleId: z.string(),
  title: z.string(),
  outlet: z.string().nullable(),
  published: z.string(),
  url: z.string().optional(),
  passage: z.string(),
});

export const timelineEventSchema = z.object({
  /** ISO date at the precision the text supports: 1994, 2024-08, 2025-07-20 */
  date: z.string(),
  /** for ranges such as "the 2014–2015 Minsk process" */
  endDate: z.string().optional(),
  precision: z.enum(['year', 'month', 'day']),
  /** e.g. "early" for "early June" */
  qualifier: z.string().optional(),
  text: z.string(),
  articleId: z.string(),
  published: z.string().optional(),
  /** verbatim sentence the event was read from (first source) */
  passage: z.string(),
  sources: z.array(timelineSourceSchema).optional(),
});
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

export const articleSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  titleDerived: z.boolean(),
  outlet: z.string().nullable(),
  author: z.string().nullable(),
  published: z.string(),
  url: z.string().optional(),
  passages: z.number().int(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;

export const skippedFileSchema = z.object({ file: z.string(), reason: z.string() });
export type SkippedFile = z.infer<typeof skippedFileSchema>;

export const commandOptionSummarySchema = z.object({
  name: z.string(),
  description: z.string(),
  required: z.boolean(),
});
export const commandSummarySchema = z.object({
  name: z.string(),
  description: z.string(),
  usage: z.string(),
  example: z.string(),
  available: z.boolean(),
  options: z.array(commandOptionSummarySchema),
});
export type CommandSummary = z.infer<typeof commandSummarySchema>;

export const answerSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('answer'),
    question: z.string().optional(),
    /**
     * the question the engine really answered when it differs from the line typed: a follow-up read against
     * the conversation ("go on" → the previous question, "and what about Odesa?" → that question about
     * Odesa). Adapters keep this in the conversation turn, so a second "go on" still knows what was asked.
     */
    resolvedQuestion: z.string().optional(),
    text: z.string(),
    abstained: z.boolean(),
    /** estimated chance the answer is right, from a model fitted on training questions (0 when abstained) */
    confidence: z.number().min(0).max(1),
    /** the confidence in words, for chat: "strong match", "partial match" */
    confidenceLabel: confidenceLabelSchema.optional(),
    citations: z.array(citationSchema),
    /**
     * the distinct points of the answer, newest article first (one for a single fact, up to four when the
     * question asks for several things); `text` and `citations[0]` stay the best-matching passage
     */
    points: z.array(pointSchema).optional(),
    /** the publication date of the newest article the answer rests on: the answer is news as of then */
    asOf: z.string().optional(),
    /** set when the bot asks the user to say more instead of answering (a follow-up with nothing before it) */
    clarify: z.boolean().optional(),
    /** what the bot can answer instead, offered with an abstention */
    suggestions: z.array(z.string()).optional(),
  }),
  z.object({
    kind: z.literal('quotes'),
    query: z.string(),
    /** the canonical person the query named, when it named one */
    speaker: z.string().nullable().optional(),
    quotes: z.array(quoteSchema),
    /** set when nothing matched: a polite explanation */
    message: z.string().optional(),
    /** people who do have quotes, offered when the query matched none */
    suggestions: z.array(z.string()).optional(),
  }),
  z.object({
    kind: z.literal('timeline'),
    topic: z.string().nullable(),
    from: z.string().nullable().optional(),
    to: z.string().nullable().optional(),
    events: z.array(timelineEventSchema),
    message: z.string().optional(),
    /** how the query was read when it needed reading: the year taken for a month given without one */
    note: z.string().optional(),
  }),
  z.object({
    kind: z.literal('sources'),
    articles: z.array(articleSummarySchema),
    skipped: z.array(skippedFileSchema),
  }),
  z.object({ kind: z.literal('help'), commands: z.array(commandSummarySchema) }),
  z.object({ kind: z.literal('error'), message: z.string() }),
]);
export type Answer = z.infer<typeof answerSchema>;
export type AnswerOf<K extends Answer['kind']> = Extract<Answer, { kind: K }>;

/** A polite error answer: what adapters show for bad input or a failure they caught. */
export function errorAnswer(message: string): AnswerOf<'error'> {
  return { kind: 'error', message };
}
