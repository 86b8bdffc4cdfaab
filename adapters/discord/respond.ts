import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Answer } from '../../src/index.js';
import type { Logger } from '../logger.js';
import { type DiscordReply, render, renderError } from './render.js';

/**
 * Sends a rendered answer the right way for the interaction's state: `editReply` after a deferral,
 * `reply` otherwise. Error answers go only to the person who asked (ephemeral).
 */
export async function sendAnswer(
  interaction: RepliableInteraction,
  answer: Answer,
  log: Logger,
  payload?: DiscordReply,
): Promise<void> {
  if (answer.kind === 'error') return sendError(interaction, answer.message, log);
  const message = payload ?? render(answer);
  if (interaction.deferred || interaction.replied) await interaction.editReply(message);
  else await interaction.reply(message);
}

/**
 * A short ephemeral message. A deferral can't be made ephemeral after the fact, so after one the error goes
 * out as an ephemeral follow-up and the public "thinking…" placeholder is removed.
 */
export async function sendError(
  interaction: RepliableInteraction,
  message: string,
  log: Logger,
): Promise<void> {
  const payload = { ...renderError(message), flags: MessageFlags.Ephemeral } as const;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply(payload);
    return;
  }
  await interaction.followUp(payload);
  if (interaction.deferred && !interaction.ephemeral) {
    await interaction.deleteReply().catch((error: unknown) =>
      log.debug('could not remove the deferred reply', {
        interactionId: interaction.id,
        error: String(error),
      }),
    );
  }
}
