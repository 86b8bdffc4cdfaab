import { type ChatInputCommandInteraction, MessageFlags, PermissionFlagsBits } from 'discord.js';
import type { Logger } from '../logger.js';
import { addFromChat, type ChatAddSettings, describeChatAdd } from '../shared/add-from-chat.js';
import { truncate } from '../shared/index.js';
import { plain } from './format.js';

/**
 * `/talks-add url:` from a moderator: fetch, add, reload, and tell them what was added or why not. The reply
 * is ephemeral (it is the moderator's business); fetching and rebuilding can take seconds, so it defers.
 */
export async function handleAddCommand(
  interaction: ChatInputCommandInteraction,
  adding: ChatAddSettings | undefined,
  log: Logger,
): Promise<void> {
  const refuse = (content: string) =>
    interaction.reply({ content, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
  // Discord hides the command from others by default; a changed override or an old client must not get past
  if (!interaction.inGuild() || !interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild))
    return void (await refuse('Only members with the Manage Server permission can add articles.'));
  if (!adding) return void (await refuse('Adding articles from chat is not set up for this bot.'));
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const url = String(interaction.options.get('url')?.value ?? '');
  const result = await addFromChat(url, adding);
  log.info(`discord: /talks-add by ${interaction.user.id}: ${result.kind}`, {
    url: url.slice(0, 200),
    ...(result.kind === 'added' ? { id: result.id } : { reason: result.reason }),
  });
  // shortened before escaping, which can only lengthen it: 1900 leaves room under Discord's 2000
  await interaction.editReply({
    content: plain(truncate(describeChatAdd(result), 1900)),
    allowedMentions: { parse: [] },
  });
}
