import type { Quote } from '../../src/index.js';

/**
 * How a quote's words are shown: a direct quote in quotation marks, reported (indirect) speech without
 * them and marked as reported, since those words are the article's paraphrase, not the speaker's own.
 * `words` is the text to show (a renderer may have truncated or escaped `quote.quote`).
 */
export function quotedWords(quote: Pick<Quote, 'reported'>, words: string): string {
  return quote.reported ? words : `“${words}”`;
}

/** The note after the words: reported speech, a partial quote, or nothing. */
export function quoteNote(quote: Pick<Quote, 'reported' | 'partial'>): string | undefined {
  if (quote.reported) return 'reported speech, not a direct quote';
  if (quote.partial) return 'partial quote';
  return undefined;
}
