import { z } from 'zod';
import { isCalendarDay } from '../text/calendar-date.js';

const isoDay = z
  .string({ error: 'must be a date like 2025-07-20' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date like 2025-07-20')
  // Date.parse would read 2025-02-30 as 2 March
  .refine(isCalendarDay, 'is not a day on the calendar: check the month and day');

/** The front matter every knowledge file must carry. Unknown fields are kept out, not rejected. */
export const frontMatterSchema = z.object({
  id: z
    .string({ error: 'is missing' })
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and dashes (e.g. 2025-07-20-talks)'),
  title: z.string({ error: 'is missing' }).trim().min(1, 'is empty'),
  titleDerived: z.boolean().default(false),
  outlet: z.string().nullable().default(null),
  author: z.string().nullable().default(null),
  // YAML 1.1 parsers turn bare dates into Date objects; accept both so hand-written files just work
  published: z.preprocess(
    (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
    isoDay,
  ),
  publishedInferred: z.object({ evidence: z.string() }).optional(),
  // only http(s): the url becomes a link in Discord and Slack, where javascript:, data: or file: must not
  url: z.url({ protocol: /^https?$/, error: 'must be a full http(s) URL' }).optional(),
  /** the captured file the text came from, for provenance and the evaluation's source names */
  source: z.string().optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** "published: must be a date like 2025-07-20", naming the first bad field. */
export function describeFrontMatterError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const field = issue.path.join('.') || 'front matter';
      const message =
        issue.code === 'invalid_type' && issue.input === undefined ? 'is missing' : issue.message;
      return `${field}: ${message}`;
    })
    .join('; ');
}
