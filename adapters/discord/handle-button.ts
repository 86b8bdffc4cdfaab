import { type ButtonInteraction, MessageFlags } from 'discord.js';
import { type Engine, findCommand, runCommand } from '../../src/index.js';
import type { Logger } from '../logger.js';
import { recordVote, voteAcknowledgement } from '../shared/feedback.js';
import { type PassageId, parseButtonId, shortHash, type TimelinePageId, type VoteId } from './custom-ids.js';
import { render } from './render.js';
import { renderPassage } from './render-passage.js';
import { TIMELINE_TITLE_PREFIX } from './render-timeline.js';
import { reply } from './reply.js';
import { sendError } from './respond.js';
import { type DiscordServices, defaultServices, feedbackOf } from './services.js';

const EXPIRED = 'This button no longer works: please run the command again.';

/** Buttons carry their state in the custom id, so they work on messages sent before a restart. */
export async function handleButton(
  interaction: ButtonInteraction,
  engine: Engine,
  log: Logger,
  services: DiscordServices = defaultServices(),
): Promise<void> {
  const id = parseButtonId(interaction.customId);
  if (id?.kind === 'vote') return vote(interaction, id, services, log);
  if (id?.kind === 'passage') return showPassage(interaction, engine, id, log);
  if (id?.kind === 'timeline') return turnTimelinePage(interaction, engine, id, log);
  log.debug('button with an unknown custom id', { customId: interaction.customId });
  return sendError(interaction, EXPIRED, log);
}

/** 👍/👎: stored with the answer it rates; the voter alone is told it was noted. */
async function vote(
  interaction: ButtonInteraction,
  id: VoteId,
  services: DiscordServices,
  log: Logger,
): Promise<void> {
  const feedback = feedbackOf(services);
  if (!feedback) return sendError(interaction, EXPIRED, log);
  const result = await recordVote(feedback, {
    platform: 'discord',
    channel: interaction.channelId ?? 'dm',
    userId: interaction.user.id,
    answerId: id.answerId,
    rating: id.rating,
  });
  await interaction.reply({
    ...reply([], [], voteAcknowledgement(result, id.rating)),
    flags: MessageFlags.Ephemeral,
  });
}

/** Re-reads the passage from the article text itself, and shows it to the person who asked only. */
async function showPassage(
  interaction: ButtonInteraction,
  engine: Engine,
  id: PassageId,
  log: Logger,
): Promise<void> {
  // an article id too long for the custom id travels as its hash: the source list resolves it
  const articleId =
    id.articleId ?? (await engine.sources()).articles.find((a) => shortHash(a.id) === id.articleHash)?.id;
  const passage = articleId === undefined ? undefined : await engine.passage(articleId, id.start, id.end);
  if (!passage) {
    return sendError(
      interaction,
      'That passage is no longer in the articles (they may have changed): please ask again.',
      log,
    );
  }
  await interaction.reply({
    ...renderPassage(passage, passage.passage),
    flags: MessageFlags.Ephemeral,
  });
}

/** Runs the same timeline query again and shows the requested page in place. */
async function turnTimelinePage(
  interaction: ButtonInteraction,
  engine: Engine,
  id: TimelinePageId,
  log: Logger,
): Promise<void> {
  const topic = id.topicHash === undefined ? id.topic : topicFromMessage(interaction, id.topicHash);
  const timeline = findCommand('timeline');
  if (!timeline || (id.topicHash !== undefined && topic === undefined))
    return sendError(interaction, EXPIRED, log);
  const query = { topic, from: id.from, to: id.to };
  const answer = await runCommand(engine, timeline, query);
  if (answer.kind === 'error') return sendError(interaction, answer.message, log);
  await interaction.update(render(answer, { timeline: { page: id.page, query } }));
}

/** A topic too long for the custom id is read back from the embed title and checked against its hash. */
function topicFromMessage(interaction: ButtonInteraction, hash: string): string | undefined {
  const title = interaction.message.embeds[0]?.title ?? '';
  if (!title.startsWith(TIMELINE_TITLE_PREFIX)) return undefined;
  const topic = title.slice(TIMELINE_TITLE_PREFIX.length);
  return shortHash(topic) === hash ? topic : undefined;
}
