import { type Answer, errorAnswer, MAX_QUESTION_LENGTH } from '../../src/index.js';

/**
 * Slack delivers up to 40,000 characters of message text, escaped (`&amp;`) and with mentions and links in
 * `<…>`. What the bot reads is at most a question (MAX_QUESTION_LENGTH) plus a command and its flags, and
 * markup can make that a few times longer on the wire; anything beyond is refused before the unescaping,
 * routing and language work, which all grow with the text (a 40k-character mention held the event loop
 * for 0.6–0.9 s).
 */
export const MAX_SLACK_TEXT_LENGTH = 4 * (MAX_QUESTION_LENGTH + 100);

/** The polite refusal for raw Slack text too long to be any question, or undefined when it may be read. */
export function tooLongAnswer(raw: string): Answer | undefined {
  if (raw.length <= MAX_SLACK_TEXT_LENGTH) return undefined;
  return errorAnswer(`That is too long: please keep a question under ${MAX_QUESTION_LENGTH} characters.`);
}
