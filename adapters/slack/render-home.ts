import type { types } from '@slack/bolt';
import type { AnswerOf, SpeakerCount } from '../../src/index.js';
import { plural } from '../shared/index.js';
import { ONLY_ME_FLAG } from './only-me.js';
import { context, eventDate, formatDate, section } from './render.js';
import { linkTo, safe } from './slack-text.js';
import type { SlashNames } from './slash-commands.js';

/**
 * The App Home tab: what the bot knows (the articles, newest first, with dates), what to ask it (the
 * command list's examples under their Slack names, and a question about the person quoted most), and the
 * latest events. Built from the engine's answers at each opening, so it is never staler than the knowledge.
 */
export interface HomeContent {
  sources: AnswerOf<'sources'>;
  timeline: AnswerOf<'timeline'>;
  speakers: readonly SpeakerCount[];
  names: SlashNames;
}

/** Slack allows 100 blocks in a Home tab; these keep it well under that and readable */
export const HOME_LIMITS = { articles: 15, events: 5, blocks: 100 } as const;

export interface HomeView {
  type: 'home';
  blocks: types.KnownBlock[];
}

export function renderHome({ sources, timeline, speakers, names }: HomeContent): HomeView {
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: 'talksbot', emoji: true } },
    section(
      'Sourced answers about the news articles below: every answer cites the passage it comes from. ' +
        'Mention me in a channel (I answer in a thread), send me a message in the Messages tab, or use a slash command.',
    ),
    { type: 'divider' },
    ...articleBlocks(sources, names),
    { type: 'divider' },
    ...exampleBlocks(names, speakers),
    { type: 'divider' },
    ...eventBlocks(timeline),
  ];
  return { type: 'home', blocks: blocks.slice(0, HOME_LIMITS.blocks) };
}

function articleBlocks(sources: AnswerOf<'sources'>, slash: SlashNames): types.KnownBlock[] {
  const count = plural(sources.articles.length, 'article');
  if (sources.articles.length === 0)
    return [section('*The articles I know*\nNone yet: a moderator can add one.')];
  // the engine lists them newest first
  const shown = sources.articles.slice(0, HOME_LIMITS.articles);
  const lines = shown.map((article) => {
    const details = [
      formatDate(article.published),
      article.outlet ? safe(article.outlet, 100) : '_outlet not stated_',
      plural(article.passages, 'passage'),
    ];
    return `• *${linkTo(article.url, article.title, 300)}*\n    ${details.join(' · ')}`;
  });
  const blocks: types.KnownBlock[] = [section(`*The articles I know* · ${count}, newest first`)];
  // several articles to a section, each section under Slack's 3000 characters
  for (let i = 0; i < lines.length; i += 5) blocks.push(section(lines.slice(i, i + 5).join('\n')));
  if (sources.articles.length > shown.length)
    blocks.push(
      context(
        `…and ${sources.articles.length - shown.length} more: ${safe(slash.slashFor('sources'), 50)} lists them all`,
      ),
    );
  return blocks;
}

function exampleBlocks(slash: SlashNames, speakers: readonly SpeakerCount[]): types.KnownBlock[] {
  const examples = slash.commands
    .filter(({ command }) => command.available && command.name !== 'help')
    .map(({ command }) => `\`${safe(slash.toSlackLine(command.example), 200)}\``);
  const quoted = speakers[0];
  if (quoted) examples.push(`\`@talksbot what did ${safe(quoted.name, 100)} say\``);
  return [
    section(`*Try*\n${examples.map((example) => `• ${example}`).join('\n')}`),
    context(
      `Add \`${ONLY_ME_FLAG}\` to a slash command for an answer only you can see · ${safe(slash.slashFor('help'), 50)} lists everything`,
    ),
  ];
}

function eventBlocks(timeline: AnswerOf<'timeline'>): types.KnownBlock[] {
  // the timeline is in date order: the latest are at its end
  const latest = timeline.events.slice(-HOME_LIMITS.events).reverse();
  if (latest.length === 0) return [section('*The latest events*\nNo dated events in the articles yet.')];
  return [
    section('*The latest events*'),
    ...latest.map((event) => section(`*${safe(eventDate(event), 100)}*  ${safe(event.text, 2500)}`)),
  ];
}
