import type { AnswerOf, TimelineEvent, TimelineQuery } from '../../src/index.js';
import { PAGE_SIZE, pageLabel, pageOf, plural } from '../shared/index.js';
import { button, buttonRows } from './components.js';
import { timelinePageId } from './custom-ids.js';
import { fitEmbed } from './embeds.js';
import { formatDate, plain, type SourceInfo, sourceLine } from './format.js';
import { joinLinesWithin, LIMITS, truncate } from './limits.js';
import { COLOURS, type DiscordReply, reply } from './reply.js';

export const EVENTS_PER_PAGE = PAGE_SIZE;
/** the title is also where a button reads back a topic too long for its custom id */
export const TIMELINE_TITLE_PREFIX = 'Timeline: ';

export interface TimelinePageOptions {
  /** zero-based; clamped to the pages there are */
  page?: number | undefined;
  /** the query as the user gave it, for the Previous/Next buttons (defaults to what the answer echoes) */
  query?: TimelineQuery | undefined;
}

/** One page of ten events, its sources as fields, and Previous/Next buttons that carry the query. */
export function renderTimeline(
  answer: AnswerOf<'timeline'>,
  options: TimelinePageOptions = {},
): DiscordReply {
  const query = options.query ?? {
    topic: answer.topic ?? undefined,
    from: answer.from ?? undefined,
    to: answer.to ?? undefined,
  };
  const title = query.topic ? `${TIMELINE_TITLE_PREFIX}${query.topic}` : 'Timeline';
  const range = [query.from && `from ${formatDate(query.from)}`, query.to && `to ${formatDate(query.to)}`]
    .filter(Boolean)
    .join(' ');
  if (answer.events.length === 0) {
    const { embed } = fitEmbed({
      color: COLOURS.abstained,
      title,
      description: answer.message ? plain(answer.message) : 'The articles mention no dated events for that.',
      fields: [
        {
          name: 'Try',
          value:
            '• /timeline with no topic\n• a wider date range, such as from:2025\n• /sources to see what the articles cover',
        },
      ],
      ...(range ? { footer: { text: range } } : {}),
    });
    return reply([embed]);
  }
  const shown = pageOf(answer.events, options.page ?? 0, EVENTS_PER_PAGE);
  const { page, pages, items: events } = shown;
  const sources: SourceInfo[] = [];
  const lines = events.map((event) => {
    const source = sourceOf(event);
    let n = sources.findIndex((s) => s.articleId === source.articleId);
    if (n < 0) n = sources.push(source) - 1;
    // ten lines must share 4096 characters
    return `**${eventDate(event)}** — ${truncate(plain(event.text), 360)} [${n + 1}]`;
  });
  const count = plural(answer.events.length, 'event');
  const { embed } = fitEmbed({
    color: COLOURS.timeline,
    title,
    description: joinLinesWithin(lines, LIMITS.embedDescription),
    fields: sources.map((source, i) => ({ name: `Source ${i + 1}`, value: sourceLine(source) })),
    footer: {
      text: [pageLabel(shown), count, range].filter(Boolean).join(' · '),
    },
  });
  if (pages === 1) return reply([embed]);
  const buttons = [
    button(timelinePageId(Math.max(0, page - 1), query), '◀ Previous', { disabled: page === 0 }),
    button(timelinePageId(Math.min(pages - 1, page + 1), query), 'Next ▶', { disabled: page === pages - 1 }),
  ];
  return reply([embed], buttonRows(buttons));
}

/** "22 Apr 2025", "early Jun 2025", "2014–2015" */
function eventDate(event: TimelineEvent): string {
  const date = formatDate(event.date);
  const span = event.endDate ? `${date}–${formatDate(event.endDate)}` : date;
  return event.qualifier ? `${plain(event.qualifier)} ${span}` : span;
}

function sourceOf(event: TimelineEvent): SourceInfo {
  const first = event.sources?.find((s) => s.articleId === event.articleId) ?? event.sources?.[0];
  return first ?? { articleId: event.articleId, published: event.published };
}
