import type { AnswerOf } from '../../src/index.js';
import { plural } from '../shared/index.js';
import { fitEmbed } from './embeds.js';
import { plain, sourceLine } from './format.js';
import { joinLinesWithin, LIMITS } from './limits.js';
import { COLOURS, type DiscordReply, reply } from './reply.js';

/** The articles the bot answers from, newest first, and any file it had to skip. */
export function renderSources(answer: AnswerOf<'sources'>): DiscordReply {
  const n = answer.articles.length;
  const lines = answer.articles.map((article, i) => {
    const by = article.author ? ` · by ${plain(article.author)}` : '';
    const passages = plural(article.passages, 'passage');
    return `**${i + 1}.** ${sourceLine({ ...article, articleId: article.id })}${by} · ${passages}`;
  });
  const skipped = answer.skipped.map((file) => `• ${plain(file.file)}: ${plain(file.reason)}`);
  const { embed } = fitEmbed({
    color: COLOURS.sources,
    title: `Sources — ${plural(n, 'article')}`,
    description:
      n > 0
        ? joinLinesWithin(lines, LIMITS.embedDescription)
        : 'No articles are loaded, so I cannot answer anything yet.',
    fields:
      skipped.length > 0
        ? [{ name: 'Skipped files', value: joinLinesWithin(skipped, LIMITS.fieldValue) }]
        : [],
    footer: { text: 'Every answer comes from these articles alone' },
  });
  return reply([embed]);
}
