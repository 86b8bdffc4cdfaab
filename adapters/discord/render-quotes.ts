import type { AnswerOf, Quote } from '../../src/index.js';
import { plural, quotedWords, quoteNote } from '../shared/index.js';
import { button, buttonRows } from './components.js';
import { passageId } from './custom-ids.js';
import { fitEmbed } from './embeds.js';
import { plain, sourceLine } from './format.js';
import { LIMITS, truncate } from './limits.js';
import { COLOURS, type DiscordReply, reply } from './reply.js';

/** Quotes, one field each: who, the verbatim words, and the article they appear in. */
export function renderQuotes(answer: AnswerOf<'quotes'>): DiscordReply {
  const query = plain(answer.query);
  if (answer.quotes.length === 0) {
    const people = answer.suggestions?.length
      ? answer.suggestions.map((name) => `• /who-said ${plain(name)}`)
      : [
          '• a surname, such as /who-said Lavrov',
          '• a few words from the quote',
          '• /sources to see the articles',
        ];
    const { embed } = fitEmbed({
      color: COLOURS.abstained,
      title: `No quotes found for “${query}”`,
      description: answer.message
        ? plain(answer.message)
        : 'None of the articles quotes anyone matching that.',
      fields: [{ name: 'Try', value: people.join('\n') }],
    });
    return reply([embed]);
  }
  const { embed, dropped } = fitEmbed({
    color: COLOURS.quotes,
    title: answer.speaker ? `Quotes by ${plain(answer.speaker)}` : `Who said “${query}”`,
    fields: answer.quotes.map((quote, i) => quoteField(quote, i)),
    footer: {
      text: `${plural(answer.quotes.length, 'quote')} from the articles`,
    },
  });
  const shown = answer.quotes.length - dropped;
  const buttons = answer.quotes
    .slice(0, shown)
    .flatMap((quote, i) =>
      quote.start !== undefined && quote.end !== undefined && quote.end > quote.start
        ? [button(passageId(quote.articleId, quote.start, quote.end), `Show passage ${i + 1}`)]
        : [],
    );
  return reply([embed], buttonRows(buttons));
}

function quoteField(quote: Quote, i: number): { name: string; value: string } {
  const who = quote.speakerRole ? `${quote.speaker}, ${quote.speakerRole}` : quote.speaker;
  const source = `— ${quote.cue ? `${plain(quote.cue)}, in ` : ''}${sourceLine(quote)}`;
  // the source line is short; the quote takes whatever room is left in the field
  const room = LIMITS.fieldValue - source.length - 5;
  const words = truncate(plain(quote.quote), Math.max(40, room));
  const note = quoteNote(quote);
  const mark = note ? ` (${note})` : '';
  return { name: `${i + 1}. ${plain(who)}`, value: `> ${quotedWords(quote, words)}${mark}\n${source}` };
}
