import { type AnswerOf, errorAnswer, MAX_QUESTION_LENGTH } from '../../src/index.js';

/**
 * The longest message the bot reads at all. Checked on the raw text before any language processing (a
 * 40,000-character paste would otherwise cost the event loop most of a second before "too long"). Generous
 * beside the question limit, since Slack and Discord markup (mentions, links) lengthen what people typed.
 */
export const MAX_MESSAGE_LENGTH = MAX_QUESTION_LENGTH * 4;

export function tooLong(text: string): AnswerOf<'error'> | undefined {
  return text.length > MAX_MESSAGE_LENGTH
    ? errorAnswer(`That is too long: please keep a question under ${MAX_QUESTION_LENGTH} characters.`)
    : undefined;
}
