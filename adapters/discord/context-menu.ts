import {
  ApplicationCommandType,
  type Message,
  type MessageContextMenuCommandInteraction,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { type Engine, errorAnswer, findCommand, runCommand } from '../../src/index.js';
import type { Logger } from '../logger.js';
import { offerFeedback } from '../shared/feedback.js';
import { tooLong } from '../shared/input.js';
import { render } from './render.js';
import { sendAnswer } from './respond.js';
import { type DiscordServices, feedbackOf } from './services.js';

/**
 * Message context-menu commands (right-click a message → Apps): each runs one of the engine's commands with
 * the message's text as its text option. Discord shows the name as written, spaces and capitals included.
 */
export interface MessageCommand {
  name: string;
  /** the engine command it runs */
  command: string;
  /** the option the message text goes into */
  option: string;
}

export const MESSAGE_COMMANDS: readonly MessageCommand[] = [
  { name: 'Ask talksbot', command: 'ask', option: 'question' },
  { name: 'Who said this?', command: 'who-said', option: 'query' },
];

export function messageCommands(): RESTPostAPIContextMenuApplicationCommandsJSONBody[] {
  return MESSAGE_COMMANDS.map(({ name }) => ({ type: ApplicationCommandType.Message, name }));
}

/** Defers (the search may take a moment), runs the command on the message's text, edits in the answer. */
export async function handleMessageCommand(
  interaction: MessageContextMenuCommandInteraction,
  engine: Engine,
  log: Logger,
  services: DiscordServices,
): Promise<void> {
  const entry = MESSAGE_COMMANDS.find((c) => c.name === interaction.commandName);
  const command = entry && findCommand(entry.command);
  if (!entry || !command) {
    log.warn('unknown message command: run npm run discord:deploy', { command: interaction.commandName });
    return sendAnswer(interaction, errorAnswer('That command is out of date: please try again later.'), log);
  }
  const text = messageText(interaction.targetMessage);
  // checked before any language processing, and before the deferral makes the answer public
  const problem = !text
    ? errorAnswer('That message has no text to read: pick a message with words in it.')
    : tooLong(text);
  if (problem) return sendAnswer(interaction, problem, log);
  await interaction.deferReply();
  const answer = await runCommand(engine, command, { [entry.option]: text });
  const feedback = await offerFeedback(feedbackOf(services), answer, { asked: text, log });
  await sendAnswer(interaction, answer, log, render(answer, { feedback }));
}

/**
 * The words of a message as people read them: mentions as @names, or, for a message that is only an embed
 * (another bot's post), its title and description. Not discord.js's cleanContent: it needs the channel in
 * the cache, which a DM's or an uncached thread's resolved message does not have.
 */
export function messageText(message: Message): string {
  const content = readableMentions(message.content ?? '', message)
    .replace(/\s+/g, ' ')
    .trim();
  if (content) return content;
  const embed = message.embeds[0];
  return [embed?.title, embed?.description].filter(Boolean).join(' ').replace(/\s+/g, ' ').trim();
}

/** `<@123>` → `@Reader` (the mentioned user, as the payload resolves them), `<#1>` → `#channel`, roles → `@role` */
function readableMentions(content: string, message: Message): string {
  return content
    .replace(/<@!?(\d+)>/g, (_whole, id: string) => {
      const user = message.mentions.users.get(id);
      return `@${user?.globalName ?? user?.username ?? 'someone'}`;
    })
    .replace(/<@&\d+>/g, '@role')
    .replace(/<#\d+>/g, '#channel')
    .replace(/<a?:(\w+):\d+>/g, ':$1:');
}
