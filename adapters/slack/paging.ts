import { z } from 'zod';

/**
 * Timelines and quote lists come 10 to a page, with Previous/Next buttons. Everything needed to draw
 * another page rides in the button's `value` (at most 2000 characters), so the bot keeps no state:
 * the handler re-runs the command with the same options and renders the requested page.
 */
export { PAGE_SIZE } from '../shared/index.js';
export const PAGE_ACTION_PREFIX = 'talks_page_';
export const PAGE_ACTION = /^talks_page_(prev|next)$/;
export const MAX_BUTTON_VALUE = 2000;

const pageStateSchema = z.object({
  c: z.enum(['timeline', 'who-said']),
  o: z.record(z.string(), z.string().max(300)),
  p: z.number().int().min(0).max(10_000),
});

export type PageState = z.infer<typeof pageStateSchema>;

export function writePageState(state: PageState): string {
  return JSON.stringify(state);
}

/** undefined for anything a button of ours would not carry: old formats, edits, garbage */
export function readPageState(value: string | undefined): PageState | undefined {
  if (!value || value.length > MAX_BUTTON_VALUE) return undefined;
  try {
    const parsed = pageStateSchema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
