import type { AnswerOf } from '../../src/index.js';
import { answerFooter, type FeedbackButtons, suggestionsFor, VOTES } from '../shared/index.js';
import { type ButtonRow, button, buttonRows } from './components.js';
import { passageId, voteId } from './custom-ids.js';
import { fitEmbed } from './embeds.js';
import { plain, sourceLine } from './format.js';
import { LIMITS, truncate } from './limits.js';
import { COLOURS, type DiscordReply, reply } from './reply.js';

/**
 * An answer: the text, then its sources as fields, each passage behind a "Show passage" button; with
 * `feedback`, a last row of 👍/👎.
 */
export function renderAnswer(answer: AnswerOf<'answer'>, feedback?: FeedbackButtons): DiscordReply {
  if (answer.abstained) return renderAbstention(answer, feedback);
  const { embed, dropped } = fitEmbed({
    color: COLOURS.answer,
    title: answer.question ? plain(answer.question) : 'Answer',
    description: truncate(plain(answer.text), LIMITS.embedDescription),
    fields: answer.citations.map((citation, i) => ({ name: `Source ${i + 1}`, value: sourceLine(citation) })),
    footer: { text: answerFooter(answer, 'short') },
  });
  const shown = answer.citations.length - dropped;
  // the vote row takes one of the five rows
  const rows = LIMITS.actionRows - (feedback ? 1 : 0);
  const buttons = answer.citations
    .slice(0, Math.min(shown, rows * LIMITS.buttonsPerRow))
    .map((c, i) =>
      button(passageId(c.articleId, c.start, c.end), shown === 1 ? 'Show passage' : `Show passage ${i + 1}`),
    );
  return reply([embed], [...buttonRows(buttons), ...voteRow(feedback)]);
}

/** 👍 and 👎 on a row of their own, so they read as a question about the whole answer */
function voteRow(feedback: FeedbackButtons | undefined): ButtonRow[] {
  if (!feedback) return [];
  return buttonRows(VOTES.map((vote) => button(voteId(vote.rating, feedback.answerId), vote.emoji)));
}

/** Says plainly that the articles don't say, and what to try instead: never a guess. */
function renderAbstention(answer: AnswerOf<'answer'>, feedback: FeedbackButtons | undefined): DiscordReply {
  const said = answer.text.trim()
    ? plain(answer.text)
    : 'None of the articles covers that, so I won’t guess.';
  const asked = answer.question ? `You asked: *${plain(answer.question)}*\n\n` : '';
  const suggestions = suggestionsFor(answer);
  const { embed } = fitEmbed({
    color: COLOURS.abstained,
    title: 'The articles don’t say',
    description: truncate(`${asked}${said}`, LIMITS.embedDescription),
    fields: [
      { name: 'Try instead', value: suggestions.map((s) => `• ${plain(s)}`).join('\n') },
      ...answer.citations.map((c, i) => ({ name: `Closest passage ${i + 1}`, value: sourceLine(c) })),
    ],
    footer: { text: 'I answer only from the articles: see /sources' },
  });
  return reply([embed], voteRow(feedback));
}
