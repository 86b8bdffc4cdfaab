import type { AnswerOf } from '../../src/index.js';
import { answerFooter, suggestionsFor } from '../shared/index.js';
import { button, buttonRows } from './components.js';
import { passageId } from './custom-ids.js';
import { fitEmbed } from './embeds.js';
import { plain, sourceLine } from './format.js';
import { LIMITS, truncate } from './limits.js';
import { COLOURS, type DiscordReply, reply } from './reply.js';

/** An answer: the text, then its sources as fields, each passage behind a "Show passage" button. */
export function renderAnswer(answer: AnswerOf<'answer'>): DiscordReply {
  if (answer.abstained) return renderAbstention(answer);
  const { embed, dropped } = fitEmbed({
    color: COLOURS.answer,
    title: answer.question ? plain(answer.question) : 'Answer',
    description: truncate(plain(answer.text), LIMITS.embedDescription),
    fields: answer.citations.map((citation, i) => ({ name: `Source ${i + 1}`, value: sourceLine(citation) })),
    footer: { text: answerFooter(answer, 'short') },
  });
  const shown = answer.citations.length - dropped;
  const buttons = answer.citations
    .slice(0, Math.min(shown, LIMITS.actionRows * LIMITS.buttonsPerRow))
    .map((c, i) =>
      button(passageId(c.articleId, c.start, c.end), shown === 1 ? 'Show passage' : `Show passage ${i + 1}`),
    );
  return reply([embed], buttonRows(buttons));
}

/** Says plainly that the articles don't say, and what to try instead: never a guess. */
function renderAbstention(answer: AnswerOf<'answer'>): DiscordReply {
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
  return reply([embed]);
}
