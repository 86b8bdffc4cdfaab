import type { RespondArguments } from '@slack/bolt';
import { addFromChat, describeChatAdd } from '../../../shared/add-from-chat.js';
import type { SlackDeps } from '../../deps.js';
import { safe } from '../../slack-text.js';
import type { SlashArgs } from './slash-command.js';
import { WORKING_NOTE, WORKING_NOTE_AFTER_MS } from './slash-command.js';

/**
 * `/talks-add <url>` from one of SLACK_ADMIN_USER_IDS: fetch, add, reload, and tell them what was added or
 * why not. Slack has no per-command permissions for apps, so the bot checks the member id itself. Replies
 * are ephemeral: adding is the moderator's business, not the channel's.
 */
export async function addCommand({ command, ack, respond }: SlashArgs, deps: SlackDeps): Promise<void> {
  await ack();
  const reply = (text: string) =>
    respond({ response_type: 'ephemeral', text: safe(text, 2900) } satisfies RespondArguments);
  if (!command.user_id || !deps.adminUserIds?.includes(command.user_id)) {
    await reply(
      deps.adminUserIds?.length
        ? `Only the bot's moderators can add articles; ask one of them to add ${command.text?.trim() || 'it'}.`
        : 'Only the bot’s moderators can add articles, and none are set up: the operator lists them in SLACK_ADMIN_USER_IDS.',
    );
    return;
  }
  if (!deps.adding) {
    await reply('Adding articles from chat is not set up for this bot.');
    return;
  }
  const note = setTimeout(() => {
    reply(WORKING_NOTE).catch(() => {});
  }, deps.workingNoteAfterMs ?? WORKING_NOTE_AFTER_MS);
  let text: string;
  try {
    const result = await addFromChat(command.text ?? '', deps.adding);
    deps.log.info(`slack: /talks-add by ${command.user_id}: ${result.kind}`, {
      ...(result.kind === 'added' ? { id: result.id } : { reason: result.reason }),
    });
    text = describeChatAdd(result);
  } catch (error) {
    deps.log.error('slack: /talks-add failed', { error: String(error) });
    text = 'Sorry, something went wrong adding that page. Please try again.';
  } finally {
    clearTimeout(note);
  }
  await reply(text);
}
