import { type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import {
  type Engine,
  findCommand,
  type RawOptions,
  runCommand,
  unknownCommandAnswer,
} from '../../src/index.js';
import type { Logger } from '../logger.js';
import { offerFeedback } from '../shared/feedback.js';
import { wantsOnlyMe } from './only-me.js';
import { render } from './render.js';
import { sendAnswer } from './respond.js';
import { type DiscordServices, defaultServices, feedbackOf } from './services.js';

// these only list what is already in memory; everything else may search, so it defers first
const INSTANT = new Set(['sources', 'help']);

/**
 * A slash command: defer (Discord's 3-second rule), run the engine's command, edit the reply with the
 * answer (with 👍/👎 under an /ask answer when feedback is on; only to the asker with `only-me`).
 */
export async function handleCommand(
  interaction: ChatInputCommandInteraction,
  engine: Engine,
  log: Logger,
  services: DiscordServices = defaultServices(),
): Promise<void> {
  const command = findCommand(interaction.commandName);
  if (!command) {
    // registered commands and the code disagree: the deploy step is out of date
    log.warn('unknown slash command: run npm run discord:deploy', { command: interaction.commandName });
    return sendAnswer(interaction, unknownCommandAnswer(interaction.commandName), log);
  }
  // with only-me the deferral is ephemeral, and so is the answer that replaces it
  const onlyMe = wantsOnlyMe(interaction);
  if (!INSTANT.has(command.name))
    await interaction.deferReply(onlyMe ? { flags: MessageFlags.Ephemeral } : {});
  const options = readOptions(interaction, Object.keys(command.options));
  const answer = await runCommand(engine, command, options);
  const feedback = await offerFeedback(feedbackOf(services), answer, { asked: options.question, log });
  await sendAnswer(interaction, answer, log, render(answer, { feedback }));
}

/** Option values as strings, the form every adapter hands to runCommand (which validates them). */
export function readOptions(interaction: ChatInputCommandInteraction, names: readonly string[]): RawOptions {
  const raw: RawOptions = {};
  for (const name of names) {
    const value = interaction.options.get(name)?.value;
    if (value !== undefined && value !== null) raw[name] = String(value);
  }
  return raw;
}
