import { fitEmbed } from './embeds.js';
import { formatDate, plain } from './format.js';
import { LIMITS, truncate } from './limits.js';
import { COLOURS, type DiscordReply, reply } from './reply.js';

export interface PassageSource {
  title: string;
  outlet: string | null;
  published: string;
  url?: string | undefined;
}

/** The verbatim passage behind a "Show passage" button, as a quote under the article's (linked) title. */
export function renderPassage(article: PassageSource, passage: string): DiscordReply {
  const quoted = truncate(plain(passage.trim()), LIMITS.embedDescription - 200)
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
  const { embed } = fitEmbed({
    color: COLOURS.passage,
    title: article.title,
    ...(article.url && /^https?:\/\//.test(article.url) ? { url: article.url } : {}),
    description: quoted,
    footer: { text: `${article.outlet ?? 'outlet not stated'} · ${formatDate(article.published)}` },
  });
  return reply([embed]);
}
