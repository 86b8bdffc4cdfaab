import type { types } from '@slack/bolt';
import {
  type Answer,
  type AnswerOf,
  type Citation,
  formatIsoDate,
  type Quote,
  type TimelineEvent,
} from '../../src/index.js';
import {
  answerFooter,
  type FeedbackButtons,
  pageOf,
  passageRepeatsAnswer,
  plural,
  quotedWords,
  type SourceLike,
  sourceParts,
  sourceText,
  suggestionsFor,
  uniqueSources,
  VOTES,
} from '../shared/index.js';
import { MAX_BUTTON_VALUE, PAGE_ACTION_PREFIX, type PageState, writePageState } from './paging.js';
import { escapeMrkdwn, fitMrkdwn, linkTo, safe } from './slack-text.js';
import { defaultSlashNames, type SlashNames } from './slash-commands.js';

type KnownBlock = types.KnownBlock;
type ContextBlock = types.ContextBlock;
type SectionBlock = types.SectionBlock;

/**
 * The only place that knows Block Kit (with render-home.ts, which builds the Home tab from these blocks).
 * One pure function from an engine Answer to a Slack message:
 * `blocks` for the message itself and `text` for notifications and clients without blocks. Every piece of
 * user or article text is escaped, and Slack's limits are enforced here, never left to Slack to reject.
 */
export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface RenderOptions {
  /** which page of a timeline or quote list, from 0 */
  page?: number;
  /** the Slack names of the commands (SLACK_COMMAND_PREFIX), for /help and suggestions */
  names?: SlashNames;
  /** 👍/👎 under an /ask answer, carrying this answer id */
  feedback?: FeedbackButtons | undefined;
}

/** `talks_vote_up` / `talks_vote_down`; the button's value is the answer id */
export const VOTE_ACTION_PREFIX = 'talks_vote_';
export const VOTE_ACTION = /^talks_vote_(up|down)$/;

export const LIMITS = {
  sectionText: 3000,
  blocks: 50,
  contextElements: 10,
  /** a notification shows a line or two; Slack truncates `text` itself far later, at 40,000 */
  fallbackText: 3000,
  buttonText: 75,
} as const;

const MAX_CITATIONS = 3;
const MAX_ARTICLES = 40;
const PASSAGE_IN_CONTEXT = 600;

export function render(answer: Answer, options: RenderOptions = {}): SlackMessage {
  const message = renderKind(answer, options.page ?? 0, options.names ?? defaultSlashNames);
  const votes = answer.kind === 'answer' ? voteBlocks(options.feedback) : [];
  // the votes are kept when the block limit bites: they are what makes a bad answer visible
  return {
    text: message.text || ' ',
    blocks: [...withinBlockLimit(message.blocks, LIMITS.blocks - votes.length), ...votes],
  };
}

/** 👍 and 👎 in one actions block, each carrying the answer id */
function voteBlocks(feedback: FeedbackButtons | undefined): KnownBlock[] {
  if (!feedback) return [];
  return [
    {
      type: 'actions',
      block_id: 'talks_feedback',
      elements: VOTES.map((vote) => ({
        type: 'button' as const,
        action_id: `${VOTE_ACTION_PREFIX}${vote.rating}`,
        text: { type: 'plain_text' as const, text: vote.emoji, emoji: true },
        accessibility_label: vote.label,
        value: feedback.answerId,
      })),
    },
  ];
}

function renderKind(answer: Answer, page: number, names: SlashNames): SlackMessage {
  switch (answer.kind) {
    case 'answer':
      return renderAnswer(answer, names);
    case 'quotes':
      return renderQuotes(answer, page);
    case 'timeline':
      return renderTimeline(answer, page);
    case 'sources':
      return renderSources(answer);
    case 'help':
      return renderHelp(answer, names);
    case 'error':
      return renderError(answer.message);
  }
}

// --- building blocks -------------------------------------------------------------------------------

/** mrkdwn that is already escaped; fitted again in case a caller combined several pieces */
export function section(mrkdwn: string): SectionBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: fitMrkdwn(mrkdwn || ' ', LIMITS.sectionText) } };
}

export function context(...mrkdwn: string[]): ContextBlock {
  return {
    type: 'context',
    elements: mrkdwn
      .filter(Boolean)
      .slice(0, LIMITS.contextElements)
      .map((text) => ({ type: 'mrkdwn' as const, text: fitMrkdwn(text, LIMITS.sectionText) })),
  };
}

/** "> " before every line, so a multi-line passage stays one quotation */
function blockquote(escaped: string): string {
  return escaped
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** 2025-04-22 → 22 April 2025; 2025-04 → April 2025; anything else as it is */
export function formatDate(iso: string | null | undefined): string {
  return formatIsoDate(iso, 'long');
}

/** the shared source line in mrkdwn: title (linked when a url is known) · outlet · date */
export function sourceLine(source: SourceLike): string {
  const parts = sourceParts(source);
  const title = `*${linkTo(parts.url, parts.title, 300)}*`;
  const outlet = parts.outletKnown ? safe(parts.outlet, 100) : `_${parts.outlet}_`;
  return [`:newspaper: ${title}`, outlet, parts.date].filter(Boolean).join(' · ');
}

/** a command suggestion under Slack's name ("/talks-sources to see …"); a question in quotes */
function suggestion(text: string, names: SlashNames): string {
  return text.startsWith('/') ? safe(names.toSlackLine(text), 200) : `“${safe(text, 200)}”`;
}

const same = (a: string, b: string) => a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

// --- one renderer per kind -------------------------------------------------------------------------

function renderAnswer(answer: AnswerOf<'answer'>, names: SlashNames): SlackMessage {
  const blocks: KnownBlock[] = [section(safe(answer.text, LIMITS.sectionText))];
  for (const citation of answer.citations.slice(0, MAX_CITATIONS))
    blocks.push(...citationBlocks(citation, answer.text));
  if (answer.citations.length > MAX_CITATIONS) {
    blocks.push(context(`…and ${answer.citations.length - MAX_CITATIONS} more sources`));
  }
  const suggestions = answer.abstained ? suggestionsFor(answer) : (answer.suggestions ?? []);
  if (suggestions.length) {
    blocks.push(
      context(
        `Try: ${suggestions
          .slice(0, 5)
          .map((text) => suggestion(text, names))
          .join(' · ')}`,
      ),
    );
  }
  if (!answer.abstained) blocks.push(context(safe(answerFooter(answer), 500)));
  const first = answer.citations[0];
  const source = first ? ` (${sourceText(first)})` : '';
  return { text: safe(`${answer.text}${source}`, LIMITS.fallbackText), blocks };
}

function citationBlocks(citation: Citation, answerText: string): KnownBlock[] {
  const blocks: KnownBlock[] = [context(sourceLine(citation))];
  // an extractive answer often is its passage: showing it twice would only add noise
  if (!passageRepeatsAnswer(citation, answerText))
    blocks.push(section(blockquote(safe(citation.passage, LIMITS.sectionText - 200))));
  return blocks;
}

function renderQuotes(answer: AnswerOf<'quotes'>, requestedPage: number): SlackMessage {
  const query = safe(answer.query, 200);
  if (answer.quotes.length === 0) {
    const blocks: KnownBlock[] = [
      section(safe(answer.message ?? `No quotes matched “${answer.query}”.`, LIMITS.sectionText)),
    ];
    if (answer.suggestions?.length) {
      blocks.push(
        context(
          `People with quotes: ${answer.suggestions
            .slice(0, 20)
            .map((s) => safe(s, 80))
            .join(', ')}`,
        ),
      );
    }
    return {
      text: safe(answer.message ?? `No quotes matched “${answer.query}”.`, LIMITS.fallbackText),
      blocks,
    };
  }
  const { page, items, pages } = pageOf(answer.quotes, requestedPage);
  const count = plural(answer.quotes.length, 'quote');
  const heading = answer.speaker
    ? `*What ${safe(answer.speaker, 200)} said* · ${count}`
    : `*${count}* matching “${query}”`;
  const blocks: KnownBlock[] = [section(heading)];
  for (const quote of items) blocks.push(...quoteBlocks(quote));
  blocks.push(...pager({ c: 'who-said', o: { query: answer.query }, p: page }, pages));
  const first = answer.quotes[0]!;
  return {
    text: safe(`${first.speaker}: ${quotedWords(first, first.quote)} (${count})`, LIMITS.fallbackText),
    blocks,
  };
}

function quoteBlocks(quote: Quote): KnownBlock[] {
  const role = quote.speakerRole ? `, ${safe(quote.speakerRole, 200)}` : '';
  const cue = quote.cue ? ` (${safe(quote.cue, 100)})` : '';
  const note = quote.reported
    ? ' _(reported speech, not a direct quote)_'
    : quote.partial
      ? ' _(partial)_'
      : '';
  const words = `> ${quotedWords(quote, safe(quote.quote, LIMITS.sectionText - 600))}${note}`;
  const passage = same(quote.passage, quote.quote) ? '' : `_${safe(quote.passage, PASSAGE_IN_CONTEXT)}_`;
  return [
    section(`${words}\n— *${safe(quote.speaker, 200)}*${role}${cue}`),
    context(sourceLine(quote), passage),
  ];
}

function renderTimeline(answer: AnswerOf<'timeline'>, requestedPage: number): SlackMessage {
  const scope = [
    answer.topic ? `“${safe(answer.topic, 200)}”` : '',
    answer.from || answer.to ? `${formatDate(answer.from) || '…'} – ${formatDate(answer.to) || '…'}` : '',
  ]
    .filter(Boolean)
    .join(' · ');
  const title = `*Timeline*${scope ? ` · ${scope}` : ''}`;
  if (answer.events.length === 0) {
    const message = answer.message ?? 'No dated events matched.';
    return {
      text: safe(message, LIMITS.fallbackText),
      blocks: [section(`${title}\n${safe(message, 2500)}`)],
    };
  }
  const { page, items, pages, first } = pageOf(answer.events, requestedPage);
  const count = plural(answer.events.length, 'event');
  const shown = pages > 1 ? ` · showing ${first + 1}–${first + items.length}` : '';
  const blocks: KnownBlock[] = [section(`${title}\n${count}${shown}`)];
  for (const event of items) blocks.push(...eventBlocks(event));
  const options: Record<string, string> = {};
  if (answer.topic) options.topic = answer.topic;
  if (answer.from) options.from = answer.from;
  if (answer.to) options.to = answer.to;
  blocks.push(...pager({ c: 'timeline', o: options, p: page }, pages));
  const firstEvent = answer.events[0]!;
  return {
    text: safe(`Timeline: ${count}, from ${eventDate(firstEvent)}: ${firstEvent.text}`, LIMITS.fallbackText),
    blocks,
  };
}

export function eventDate(event: TimelineEvent): string {
  const date = event.endDate
    ? `${formatDate(event.date)} – ${formatDate(event.endDate)}`
    : formatDate(event.date);
  return event.qualifier ? `${event.qualifier} ${date}` : date;
}

function eventBlocks(event: TimelineEvent): KnownBlock[] {
  const sources: SourceLike[] = event.sources?.length
    ? event.sources
    : [{ articleId: event.articleId, published: event.published }];
  const passage = same(event.passage, event.text) ? '' : `_${safe(event.passage, PASSAGE_IN_CONTEXT)}_`;
  return [
    section(`*${safe(eventDate(event), 100)}*  ${safe(event.text, LIMITS.sectionText - 200)}`),
    context(...uniqueSources(sources).slice(0, 3).map(sourceLine), passage),
  ];
}

function renderSources(answer: AnswerOf<'sources'>): SlackMessage {
  const count = plural(answer.articles.length, 'article');
  const blocks: KnownBlock[] = [section(`*I answer from ${count}:*`)];
  for (const article of answer.articles.slice(0, MAX_ARTICLES)) {
    const details = [
      article.outlet ? safe(article.outlet, 100) : '_outlet not stated_',
      article.author ? `by ${safe(article.author, 100)}` : '',
      formatDate(article.published),
      plural(article.passages, 'passage'),
    ].filter(Boolean);
    blocks.push(section(`*${linkTo(article.url, article.title, 500)}*\n${details.join(' · ')}`));
  }
  if (answer.articles.length > MAX_ARTICLES)
    blocks.push(context(`…and ${answer.articles.length - MAX_ARTICLES} more`));
  if (answer.skipped.length > 0) {
    const skipped = answer.skipped.slice(0, 5).map((s) => `${safe(s.file, 120)}: ${safe(s.reason, 300)}`);
    blocks.push(context(`:warning: Skipped ${plural(answer.skipped.length, 'file')}: ${skipped.join('; ')}`));
  }
  const titles = answer.articles.map((article) => article.title).join('; ');
  return { text: safe(`I answer from ${count}: ${titles}`, LIMITS.fallbackText), blocks };
}

function renderHelp(answer: AnswerOf<'help'>, names: SlashNames): SlackMessage {
  const blocks: KnownBlock[] = [
    section(
      '*Ask me about the articles I know; every answer cites its source.*\n' +
        'Mention me in a channel (I reply in a thread), send me a direct message, or use a slash command:',
    ),
  ];
  for (const command of answer.commands.slice(0, 40)) {
    const usage = escapeMrkdwn(names.toSlackLine(command.usage).replace(/^\/[\w-]+\s*/, ''));
    const soon = command.available ? '' : ' _(coming soon)_';
    blocks.push(
      section(
        `*${names.slashFor(command.name)}*${usage ? ` \`${usage}\`` : ''}${soon}\n${safe(command.description, 500)}\n` +
          `_e.g._ \`${safe(names.toSlackLine(command.example), 300)}\``,
      ),
    );
  }
  blocks.push(
    context(
      'Plain English works too: “who said great progress”, “what did Lavrov say”, “timeline of the Istanbul talks”, ' +
        '“what happened in April 2025”, “sources”, “help”.',
    ),
  );
  const slashes = answer.commands.map((command) => names.slashFor(command.name)).join(', ');
  return { text: `talksbot: mention me with a question, or use ${slashes}`, blocks };
}

function renderError(message: string): SlackMessage {
  const text = safe(message, LIMITS.sectionText - 20);
  return { text, blocks: [section(`:warning: ${text}`)] };
}

// --- paging --------------------------------------------------------------------------------------

/** Previous/Next buttons carrying the state of the page they lead to; nothing when it all fits on one page */
function pager(state: PageState, pages: number): KnownBlock[] {
  if (pages <= 1) return [];
  const button = (direction: 'prev' | 'next', label: string, page: number): types.Button | undefined => {
    if (page < 0 || page >= pages) return undefined;
    const value = writePageState({ ...state, p: page });
    // a state too large for a button (a very long query) just loses its pager
    if (value.length > MAX_BUTTON_VALUE) return undefined;
    return {
      type: 'button',
      action_id: `${PAGE_ACTION_PREFIX}${direction}`,
      text: { type: 'plain_text', text: label, emoji: true },
      value,
    };
  };
  const buttons = [button('prev', '◀ Previous', state.p - 1), button('next', 'Next ▶', state.p + 1)].filter(
    (b): b is types.Button => b !== undefined,
  );
  if (buttons.length === 0) return [];
  return [
    { type: 'actions', block_id: 'talks_pager', elements: buttons },
    context(`Page ${state.p + 1} of ${pages}`),
  ];
}

/** The last guard: never more than 50 blocks, whatever a renderer produced. */
function withinBlockLimit(blocks: KnownBlock[], max: number = LIMITS.blocks): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  return [...blocks.slice(0, max - 1), context(`…${blocks.length - max + 1} more blocks not shown`)];
}
