import type { AnswerOf, Citation } from '../../src/index.js';
import { formatIsoDate } from '../../src/index.js';

type AskAnswer = AnswerOf<'answer'>;

/**
 * The confidence in words a reader will not take for a probability. The engine may say it itself
 * (`confidenceLabel`); otherwise the number is put in words with the same three bands.
 */
export function confidenceWords(answer: AskAnswer): string {
  const label = (answer as { confidenceLabel?: unknown }).confidenceLabel;
  if (typeof label === 'string' && label) return label;
  if (answer.confidence >= 0.75) return 'strong match';
  if (answer.confidence >= 0.45) return 'partial match';
  return 'weak match';
}

/**
 * "as of 22 April 2025": news changes, so every answer says how recent the articles it rests on are
 * (the newest of them). Empty when no citation has a date.
 */
export function asOf(answer: AskAnswer, style: 'long' | 'short' = 'long'): string {
  const stated = (answer as { asOf?: unknown }).asOf;
  const newest =
    typeof stated === 'string' && stated
      ? stated
      : answer.citations
          .map((citation) => citation.published)
          .filter(Boolean)
          .sort()
          .at(-1);
  return newest ? `as of ${formatIsoDate(newest, style)}` : '';
}

/** What to try when the articles don't say; the engine's own suggestions first. */
export const DEFAULT_SUGGESTIONS: readonly string[] = [
  '/sources — the articles I answer from',
  '/timeline — what happened when',
  '/who-said — quotes by a person',
  'Ask about a person, place or meeting the articles mention',
];

export function suggestionsFor(answer: { suggestions?: string[] | undefined }): readonly string[] {
  return answer.suggestions?.length ? answer.suggestions : DEFAULT_SUGGESTIONS;
}

/** The footer every answer carries: how well it matched, how recent it is, and that it is sourced. */
export function answerFooter(answer: AskAnswer, style: 'long' | 'short' = 'long'): string {
  return [confidenceWords(answer), asOf(answer, style), 'answered only from the articles']
    .filter(Boolean)
    .join(' · ');
}

/** An extractive answer often is its passage: showing it twice would only add noise. */
export function passageRepeatsAnswer(citation: Citation, answerText: string): boolean {
  const norm = (text: string) => text.replace(/\s+/g, ' ').trim();
  return norm(citation.passage) === norm(answerText);
}
