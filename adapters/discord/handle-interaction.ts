import { type Client, Events, type Interaction, RateLimitError } from 'discord.js';
import type { Engine } from '../../src/index.js';
import type { Logger } from '../logger.js';
import { slowDownText } from '../shared/slow-down.js';
import { ADD_COMMAND } from './command-json.js';
import { handleMessageCommand } from './context-menu.js';
import { describeError } from './describe-error.js';
import { handleAddCommand } from './handle-add.js';
import { handleAutocomplete } from './handle-autocomplete.js';
import { handleButton } from './handle-button.js';
import { handleCommand } from './handle-command.js';
import { handleMessage } from './handle-message.js';
import { guardGatewayPackets } from './packet-guard.js';
import { reportRateLimited } from './rate-limits.js';
import { sendError } from './respond.js';
import { type DiscordServices, defaultServices } from './services.js';

const SORRY = 'Sorry, something went wrong answering that. Please try again in a moment.';

/** Routes every interaction to its handler, and logs client-level errors instead of crashing on them. */
export function listen(
  client: Client,
  engine: Engine,
  log: Logger,
  services: DiscordServices = defaultServices(),
): void {
  guardGatewayPackets(client, log);
  client.on(Events.InteractionCreate, (interaction) => {
    // the boundary below catches everything; this only keeps a bug in its own catch from going unlogged
    handleInteraction(interaction, engine, log, services).catch((error: unknown) =>
      log.error('discord interaction failed, and so did reporting it', describeError(error)),
    );
  });
  client.on(Events.MessageCreate, (message) => {
    handleMessage(message, client, engine, services, log).catch((error: unknown) =>
      log.warn('discord: could not answer a message', { messageId: message.id, ...describeError(error) }),
    );
  });
  client.on(Events.Error, (error) => log.error('discord client error', { error: error.message }));
  client.on(Events.ShardError, (error, shardId) =>
    log.warn('discord connection error', { shardId, error: error.message }),
  );
}

/**
 * The one error boundary: whatever fails becomes a short ephemeral apology for the user and a log line with
 * context for us. A stack trace is never shown in chat, and nothing thrown here stops the bot.
 */
export async function handleInteraction(
  interaction: Interaction,
  engine: Engine,
  log: Logger,
  services: DiscordServices = defaultServices(),
): Promise<void> {
  try {
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      // a person over their limit gets a short note only they see; nothing is searched for them
      const decision = await services.limits.take(interaction.user.id, interaction.channelId ?? 'dm');
      if (!decision.allowed) return await sendError(interaction, slowDownText(decision), log);
    }
    if (interaction.isChatInputCommand() && interaction.commandName === ADD_COMMAND)
      await handleAddCommand(interaction, services.adding, log);
    else if (interaction.isChatInputCommand()) await handleCommand(interaction, engine, log, services);
    else if (interaction.isMessageContextMenuCommand())
      await handleMessageCommand(interaction, engine, log, services);
    else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, engine);
    else if (interaction.isButton()) await handleButton(interaction, engine, log, services);
  } catch (error) {
    if (error instanceof RateLimitError && interaction.isRepliable()) {
      await reportRateLimited(interaction, error, log).catch((replyError: unknown) =>
        log.warn('could not tell the user about the rate limit', {
          interactionId: interaction.id,
          ...describeError(replyError),
        }),
      );
      return;
    }
    log.error('discord interaction failed', { ...describeInteraction(interaction), ...describeError(error) });
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]).catch(() => {});
      return;
    }
    if (!interaction.isRepliable()) return;
    await sendError(interaction, SORRY, log).catch((replyError: unknown) =>
      // typically the interaction expired (over 3 s without a deferral, or 15 min after it)
      log.warn('could not tell the user about the failure', {
        interactionId: interaction.id,
        ...describeError(replyError),
      }),
    );
  }
}

function describeInteraction(interaction: Interaction): Record<string, unknown> {
  const context: Record<string, unknown> = {
    interactionId: interaction.id,
    type: interaction.type,
    guildId: interaction.guildId,
    channelId: interaction.channelId,
    userId: interaction.user.id,
  };
  if (interaction.isMessageContextMenuCommand()) {
    context.command = interaction.commandName;
    context.targetMessageId = interaction.targetId;
  }
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    context.command = interaction.commandName;
    context.options = interaction.options.data.map((o) => ({
      name: o.name,
      value: String(o.value).slice(0, 200),
    }));
  }
  if (interaction.isButton()) context.customId = interaction.customId;
  return context;
}
